//! Finding places in a rubric's text quickly, and keeping a bounded number of its errors.
//!
//! A wrong file named as a rubric (a data file of 40,000 lines) gives an error on every
//! line. Counting the lines from the top for each error, and keeping every error, made such a
//! run quadratic; here line starts are indexed once per file, errors are kept unlocated with
//! their byte span, only the first `MAX_ERRORS` by place are kept and located, and the
//! others are counted.

use std::ops::Range;

use crate::diag::Diagnostic;
use crate::diag::MAX_ERRORS;
use crate::lang::{Message, msg};
use crate::values::show::grouped;

/// The byte offset of the start of every line of a text.
pub(super) struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub(super) fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Lines { starts }
    }

    /// The 1-based line of a byte offset.
    pub(super) fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }
}

/// An error of one file, its place not yet turned into line and column.
struct Pending {
    span: Range<usize>,
    diagnostic: Diagnostic,
    related: Option<Related>,
}

/// Another place of the file shown with an error.
pub(super) enum Related {
    At(Range<usize>, Message),
    /// A place looked for only if the error is shown, as looking may walk back through the
    /// file: `find(text, at, key)`.
    Find {
        find: fn(&str, usize, &str) -> Option<Range<usize>>,
        at: usize,
        key: String,
        label: Message,
    },
}

/// The errors of one rubric file: at most `MAX_ERRORS + 1` kept (the first by place, the
/// extra one to say where the next is), and how many there were.
#[derive(Default)]
pub(super) struct Errors {
    kept: Vec<Pending>,
    total: usize,
}

impl Errors {
    pub(super) fn is_empty(&self) -> bool {
        self.total == 0
    }

    /// An error at `span`; `d` carries its message, label and help.
    pub(super) fn push(&mut self, span: Range<usize>, d: Diagnostic) {
        self.push_related(span, d, None);
    }

    /// An error at `span` that also shows another place of the file.
    pub(super) fn push_related(
        &mut self,
        span: Range<usize>,
        d: Diagnostic,
        related: Option<Related>,
    ) {
        self.total += 1;
        self.kept.push(Pending {
            span,
            diagnostic: d,
            related,
        });
        // Errors come mostly in the order of the text; trimming now and then keeps the
        // memory bounded without sorting on every push.
        if self.kept.len() > 4 * (MAX_ERRORS + 1) {
            self.trim();
        }
    }

    fn trim(&mut self) {
        self.kept.sort_by_key(|p| p.span.start);
        self.kept.truncate(MAX_ERRORS + 1);
    }

    /// The kept errors, located in `text` and sorted by place, with the total count.
    pub(super) fn finish(mut self, file: &str, text: &str) -> Counted {
        self.trim();
        let mut shown: Vec<Diagnostic> = self
            .kept
            .into_iter()
            .map(|p| {
                let d = p.diagnostic.at_span(file, text, p.span);
                match p.related {
                    Some(Related::At(span, label)) => d.with_related(text, span, label),
                    Some(Related::Find {
                        find,
                        at,
                        key,
                        label,
                    }) => match find(text, at, &key) {
                        Some(span) => d.with_related(text, span, label),
                        None => d,
                    },
                    None => d,
                }
            })
            .collect();
        shown.sort();
        Counted {
            shown,
            total: self.total,
        }
    }
}

/// Errors of one or more files: the first ones (up to `MAX_ERRORS + 1`) and how many there
/// were in all.
#[derive(Debug, Default)]
pub(super) struct Counted {
    pub(super) shown: Vec<Diagnostic>,
    pub(super) total: usize,
}

impl Counted {
    pub(super) fn from_list(errors: Vec<Diagnostic>) -> Self {
        Counted {
            total: errors.len(),
            shown: errors,
        }
    }

    /// Adds the errors of the next file (files in order, each one's sorted by place).
    pub(super) fn append(&mut self, mut other: Counted) {
        self.total += other.total;
        let room = (MAX_ERRORS + 1).saturating_sub(self.shown.len());
        other.shown.truncate(room);
        self.shown.append(&mut other.shown);
    }

    /// The errors to print: the first `MAX_ERRORS`, then, if there were more, one that
    /// counts the rest and points at the next.
    pub(super) fn into_list(mut self) -> Vec<Diagnostic> {
        if self.total > MAX_ERRORS {
            let next = self.shown.get(MAX_ERRORS).and_then(|d| d.location.clone());
            self.shown.truncate(MAX_ERRORS);
            let mut d = Diagnostic::error(msg!(
                "more-errors-not-shown",
                count = grouped(self.total - MAX_ERRORS),
                inputs = "rubrics"
            ))
            .with_help(msg!("more-errors-not-shown-help"));
            d.location = next;
            self.shown.push(d);
        }
        self.shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_found_by_offset() {
        let text = "a\nbc\n\nd";
        let lines = Lines::new(text);
        // Offsets 0-1 are line 1 (the newline ends it), 2-4 line 2, 5 line 3, 6 line 4.
        let got: Vec<usize> = (0..text.len()).map(|i| lines.line(i)).collect();
        assert_eq!(got, [1, 1, 2, 2, 2, 3, 4]);
        assert_eq!(lines.line(text.len()), 4);
    }

    #[test]
    fn the_first_errors_by_place_are_kept_and_the_rest_counted() {
        let text: String = (0..1000).map(|i| format!("line {i}\n")).collect();
        let mut errors = Errors::default();
        // Pushed last to first: the kept ones are still the first in the file.
        for start in text.rmatch_indices("line").map(|(i, _)| i) {
            errors.push(
                start..start + 4,
                Diagnostic::error(msg!("rubric-unclosed-string"))
                    .with_help(msg!("rubric-unclosed-string-help")),
            );
        }
        let counted = errors.finish("r.toml", &text);
        assert_eq!(counted.total, 1000);
        assert_eq!(counted.shown.len(), MAX_ERRORS + 1);
        let list = counted.into_list();
        assert_eq!(list.len(), MAX_ERRORS + 1);
        assert_eq!(list[0].location.as_ref().unwrap().line, 1);
        let more = list.last().unwrap();
        assert_eq!(
            more.message.to_string(),
            "900 more errors in the rubrics are not shown; the next is here"
        );
        assert_eq!(more.location.as_ref().unwrap().line, 101);
    }
}
