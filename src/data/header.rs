//! The header row of a data table: which columns it names (SPEC §2, by their English names
//! or Japanese aliases), and the errors of a table without one.

use std::borrow::Cow;

use crate::diag::{Diagnostic, Location};
use crate::lang::{Message, msg};
use crate::values::text::{fold_width, shorten, with_list};
use crate::values::year;

/// The cells of a row read as a header: (0-based column, text).
pub(super) type HeaderCells<'a> = Vec<(usize, Cow<'a, str>)>;

/// Where the header puts the columns of SPEC §2 (0-based).
#[derive(Debug, Clone, Copy)]
pub(super) struct Columns {
    pub(super) indicator: usize,
    pub(super) year: usize,
    pub(super) value: usize,
    pub(super) note: Option<usize>,
    pub(super) status: Option<usize>,
    /// A ratio row's numerator and denominator (SPEC §2).
    pub(super) numerator: Option<usize>,
    pub(super) denominator: Option<usize>,
}

/// The columns of SPEC §2, by their English name and their Japanese aliases.
pub(super) const NAMES: [(&str, &[&str]); 7] = [
    ("indicator", &["indicator", "指標"]),
    ("year", &["year", "年度"]),
    ("value", &["value", "実績値", "値"]),
    ("note", &["note", "備考"]),
    ("status", &["status"]),
    ("numerator", &["numerator", "分子"]),
    ("denominator", &["denominator", "分母"]),
];

/// How many non-empty rows at the top of a file are searched for the header row: a sheet
/// often has a title and a blank row above its table.
pub(super) const HEADER_SEARCH_ROWS: usize = 10;

/// Whether a row is the header row: it names the indicator column.
pub(super) fn is_header(cells: &[(usize, Cow<'_, str>)]) -> bool {
    cells
        .iter()
        .any(|(_, t)| NAMES[0].1.contains(&column_name(t).as_str()))
}

/// A header cell as compared with the column names: full-width folded, lower case, without
/// a unit in brackets after it (`実績値（件）` is `実績値`).
fn column_name(cell: &str) -> String {
    let name = fold_width(cell.trim()).to_ascii_lowercase();
    let name = name.trim_end();
    let bare = match name
        .strip_suffix(')')
        .and_then(|n| n.rfind('(').map(|i| &n[..i]))
    {
        Some(before) if !before.trim().is_empty() => before.trim_end(),
        _ => name,
    };
    bare.to_string()
}

/// The error for a file none of whose first rows is a header row; `first` is the first
/// non-empty row, at `line`.
pub(super) fn no_header(file: &str, line: usize, first: &[(usize, Cow<'_, str>)]) -> Diagnostic {
    Diagnostic::error(msg!(
        "data-no-header",
        file = file,
        rows = HEADER_SEARCH_ROWS
    ))
    .at(Location {
        file: file.into(),
        line,
        column: 1,
    })
    .with_help(header_help(msg!("data-no-header-help"), first))
}

/// What a header row must hold (`help`), with what this one holds and what it looks like
/// instead: its arguments `shown`, `separator` (`tab`, `semicolon` or `none`) and `years`
/// (`yes` or `no`).
fn header_help(help: Message, header: &[(usize, Cow<'_, str>)]) -> Message {
    let shown: Vec<String> = header.iter().map(|(_, t)| shorten(t, 40)).collect();
    let separator = match header {
        [(_, only)] if only.contains('\t') => "tab",
        [(_, only)] if only.contains(';') => "semicolon",
        _ => "none",
    };
    let years = header.iter().any(|(_, t)| year::parse(t).is_ok());
    help.arg("shown", shorten(&shown.join(","), 200))
        .arg("separator", separator)
        .arg("years", if years { "yes" } else { "no" })
}

/// The place of the cell of the header row at `line` of `file`, at a 0-based column.
fn at(file: &str, line: usize, column: usize) -> Location {
    Location {
        file: file.into(),
        line,
        column: column + 1,
    }
}

/// Where the header names each column of `NAMES`, by its index there; a column named twice
/// is an error.
pub(super) fn named(
    file: &str,
    line: usize,
    header: &[(usize, Cow<'_, str>)],
    errors: &mut Vec<Diagnostic>,
) -> [Option<usize>; 7] {
    let mut index: [Option<usize>; 7] = [None; 7];
    for (column, text) in header {
        let name = column_name(text);
        let Some(c) = NAMES.iter().position(|(_, a)| a.contains(&name.as_str())) else {
            continue;
        };
        if index[c].is_some() {
            errors.push(
                Diagnostic::error(msg!("data-column-twice", file = file, column = NAMES[c].0))
                    .at(at(file, line, *column))
                    .with_help(msg!("data-column-twice-help")),
            );
        }
        index[c] = Some(*column);
    }
    index
}

impl Columns {
    /// The columns named by a header row of (0-based column, text) cells at `line` of `file`.
    /// `which` says how the row is counted (`line` in a CSV file, `row` in a sheet), for the
    /// message when a column is missing.
    pub(super) fn from_header(
        file: &str,
        line: usize,
        header: &[(usize, Cow<'_, str>)],
        which: &'static str,
    ) -> Result<Columns, Vec<Diagnostic>> {
        let mut errors = Vec::new();
        let index = named(file, line, header, &mut errors);
        let [
            Some(indicator),
            Some(year),
            Some(value),
            note,
            status,
            numerator,
            denominator,
        ] = index
        else {
            let missing: Vec<&str> = (0..3)
                .filter(|&c| index[c].is_none())
                .map(|c| NAMES[c].0)
                .collect();
            let help = header_help(
                msg!("data-columns-missing-help", counted = which, line = line),
                header,
            );
            let link = |column: &str| msg!("data-columns-missing-and", column = column);
            let message = with_list(
                msg!("data-columns-missing", file = file),
                "columns",
                &missing,
                &link,
            );
            errors.push(
                Diagnostic::error(message)
                    .at(at(file, line, header.first().map_or(0, |(c, _)| *c)))
                    .with_help(help),
            );
            return Err(errors);
        };
        if errors.is_empty() {
            Ok(Columns {
                indicator,
                year,
                value,
                note,
                status,
                numerator,
                denominator,
            })
        } else {
            Err(errors)
        }
    }

    pub(super) fn used(&self) -> impl Iterator<Item = usize> + Clone {
        [
            Some(self.indicator),
            Some(self.year),
            Some(self.value),
            self.note,
            self.status,
            self.numerator,
            self.denominator,
        ]
        .into_iter()
        .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_names_with_a_unit_in_brackets_or_in_full_width() {
        assert_eq!(column_name("実績値（件）"), "実績値");
        assert_eq!(column_name(" Value (%) "), "value");
        assert_eq!(column_name("ＩＮＤＩＣＡＴＯＲ"), "indicator");
        assert_eq!(column_name("（注）"), "(注)");
        assert_eq!(column_name("年度"), "年度");
    }
}
