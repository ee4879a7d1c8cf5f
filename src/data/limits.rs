//! How much of a data file polscore reads. A CSV file has no limit of size (SPEC §2): it is
//! read as a stream, and memory grows with the rows kept, not with the bytes of the file. The
//! limits here keep a wrong or hostile file (a CSV file whose quote is never closed, a
//! workbook that unpacks to gigabytes) from taking the machine's memory. Each one, when hit,
//! is an error that names it. docs/data-format.md lists them for users.

use std::collections::BTreeSet;

use crate::diag::Diagnostic;
use crate::lang::msg;

/// Bytes of one workbook on disk: 16 MiB. A workbook is unpacked in memory.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// Bytes of text a CSV reader keeps for the rows it has not read yet: 64 MiB. Rows are a few
/// dozen bytes; a row that runs on this long is a quote left open.
pub const MAX_ROW_BYTES: usize = 64 * 1024 * 1024;

/// Bytes a workbook may unpack to, all its parts together: 256 MiB.
pub const MAX_WORKBOOK_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;

/// Characters in one cell (an id, a year, a value, a note): 10,000.
pub const MAX_CELL_CHARS: usize = 10_000;

/// Rows of one sheet, the header included: 1,000,000.
pub const MAX_ROWS: usize = 1_000_000;

/// Cells in one row of a sheet: Excel's own limit of columns.
pub const MAX_CELLS_PER_ROW: usize = 16_384;

/// Errors shown for the data files, in order of place; a count of the others follows.
pub use crate::diag::MAX_ERRORS;

/// The errors found in data files: the first `MAX_ERRORS` by place, where the next one is,
/// and how many there are in all. A wrong file can give an error on every row; only those
/// shown are kept, whatever the number of rows and files.
#[derive(Debug, Default)]
pub struct Errors {
    /// The first errors by place and then by text, at most `MAX_ERRORS + 1`: the last one
    /// kept is where the next error not shown is.
    kept: BTreeSet<Diagnostic>,
    /// Every error found, those kept included, and those dropped as a copy of one kept.
    total: usize,
}

impl Errors {
    pub fn push(&mut self, error: Diagnostic) {
        self.total += 1;
        if self.kept.len() > MAX_ERRORS && self.kept.last().is_some_and(|last| error >= *last) {
            return;
        }
        // The same error twice (the same file named twice) is shown and counted once.
        if !self.kept.insert(error) {
            self.total -= 1;
        }
        if self.kept.len() > MAX_ERRORS + 1 {
            self.kept.pop_last();
        }
    }

    pub fn append(&mut self, errors: &mut Vec<Diagnostic>) {
        for e in errors.drain(..) {
            self.push(e);
        }
    }

    /// Takes in the errors of another reader.
    pub fn merge(&mut self, other: Errors) {
        let kept = other.kept.len();
        // Each error kept is counted by `push`, less the copies; the others only by `other`.
        for e in other.kept {
            self.push(e);
        }
        self.total += other.total - kept;
    }

    /// Counts `n` errors found and not kept, known to come after `MAX_ERRORS + 1` others
    /// of the same file.
    pub fn count_more(&mut self, n: usize) {
        self.total += n;
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }

    pub fn len(&self) -> usize {
        self.total
    }

    /// The errors kept, in order of place.
    pub fn kept(&self) -> impl Iterator<Item = &Diagnostic> {
        self.kept.iter()
    }

    /// The errors to show: the first `MAX_ERRORS`, and, when there are more, one that says
    /// how many and where the next is. It stands for all of them in the count of errors.
    pub fn into_shown(self) -> Vec<Diagnostic> {
        let mut shown: Vec<Diagnostic> = self.kept.into_iter().collect();
        if self.total > MAX_ERRORS && shown.len() > MAX_ERRORS {
            let more = self.total - MAX_ERRORS;
            let next = shown.pop().and_then(|d| d.location);
            let mut d = Diagnostic::error(msg!(
                "more-errors-not-shown",
                count = grouped(more),
                inputs = "data"
            ))
            .with_help(msg!("more-errors-not-shown-help"))
            .standing_for(more);
            d.location = next;
            shown.push(d);
        }
        shown
    }
}

/// Cuts the warnings at cells of rows, sorted by place, to the first `MAX_ERRORS`, and one
/// that says how many more there are: a file written in one wrong form warns on every row.
pub fn few_warnings(warnings: &mut Vec<Diagnostic>) {
    warnings.dedup();
    if warnings.len() > MAX_ERRORS {
        let more = warnings.len() - MAX_ERRORS;
        let next = warnings[MAX_ERRORS].location.clone();
        warnings.truncate(MAX_ERRORS);
        let mut d = Diagnostic::warning(msg!("data-more-warnings", count = grouped(more)))
            .with_help(msg!("data-more-warnings-help"));
        d.location = next;
        warnings.push(d);
    }
}

/// `16 MiB`, `256 MiB`: a byte limit as shown in messages.
pub fn mib(bytes: u64) -> String {
    format!("{} MiB", bytes / (1024 * 1024))
}

/// `1,000,000`: a count as shown in messages.
pub use crate::values::show::grouped;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_shown_as_people_write_them() {
        assert_eq!(mib(MAX_FILE_BYTES), "16 MiB");
        assert_eq!(grouped(MAX_ROWS), "1,000,000");
        assert_eq!(grouped(10_000), "10,000");
        assert_eq!(grouped(999), "999");
    }

    fn error_at(line: usize) -> Diagnostic {
        Diagnostic::error(msg!("data-indicator-empty")).at(crate::diag::Location {
            file: "a.csv".into(),
            line,
            column: 1,
        })
    }

    #[test]
    fn errors_beyond_those_shown_are_counted_not_kept() {
        let mut errors = Errors::default();
        // In reverse order of place: each new one is the first so far.
        for line in (1..=100_000).rev() {
            errors.push(error_at(line));
        }
        assert_eq!(errors.len(), 100_000);
        assert_eq!(errors.kept().count(), MAX_ERRORS + 1);
        let shown = errors.into_shown();
        assert_eq!(shown.len(), MAX_ERRORS + 1);
        assert_eq!(shown[0].location.as_ref().unwrap().line, 1);
        let more = &shown[MAX_ERRORS];
        assert!(
            more.message.to_string().starts_with("99,900 more errors"),
            "{}",
            more.message
        );
        // Where the next one is: line 101.
        assert_eq!(more.location.as_ref().unwrap().line, 101);
        // The errors shown stand for all of them.
        assert_eq!(shown.iter().map(Diagnostic::count).sum::<usize>(), 100_000);
    }

    #[test]
    fn errors_of_several_readers_are_one_budget_and_copies_count_once() {
        let mut a = Errors::default();
        let mut b = Errors::default();
        for line in 1..=150 {
            a.push(error_at(2 * line));
            b.push(error_at(2 * line + 1));
        }
        b.push(error_at(3));
        assert_eq!(b.len(), 150);
        a.merge(b);
        assert_eq!(a.len(), 300);
        let lines: Vec<usize> = a
            .kept()
            .map(|d| d.location.as_ref().unwrap().line)
            .collect();
        assert_eq!(lines, (2..=102).collect::<Vec<_>>());
        // A copy of an error kept, merged, counts once.
        let mut c = Errors::default();
        c.push(error_at(2));
        a.merge(c);
        assert_eq!(a.len(), 300);
    }
}
