//! A number written with a thousands separator and without quotes, `1,523`, in a row that
//! has exactly as many fields as the header: the comma splits it, so that the value reads
//! `1` and the next column (the note, the status) `523`. The row is then an error, with the
//! hint the row-length error gives, rather than a wrong value read in silence.

use std::io::Read;

use super::csv_file::{field_span, thousands};
use super::layout::Layout;
use super::stream::Stream;
use crate::diag::{Diagnostic, Location, Snippet};
use crate::lang::msg;

/// The error for a row whose value and the cell after it read as one number with a
/// thousands separator: the value is 1 to 3 digits (after a sign or 約), and the next cell
/// starts with exactly three digits followed by nothing or a non-digit. `None` for any other.
pub(super) fn split_value<R: Read>(
    name: &str,
    line: usize,
    layout: &Layout,
    record: &csv::StringRecord,
    stream: &Stream<R>,
) -> Option<Diagnostic> {
    let (value, next) = layout.after_value()?;
    let number = thousands(record, value, 1)?;
    if !reads_as_a_group(record.get(value + 1)?.trim()) {
        return None;
    }
    let source = stream.line(line);
    // A quoted cell is what it says: `6,"192名中97名"` is a value and a note.
    if quoted(source, value + 1) {
        return None;
    }
    let parts = number.split_once(',')?;
    let mut d = Diagnostic::error(msg!(
        "data-thousands-unquoted",
        number = number,
        value = parts.0,
        column = next,
        rest = parts.1
    ))
    .at(Location {
        file: name.into(),
        line,
        column: value + 1,
    })
    .with_help(msg!(
        "data-thousands-unquoted-help",
        number = number,
        digits = number.replace(',', ""),
        column = next,
        rest = parts.1
    ));
    if source.chars().count() <= 300
        && let Some((start, _)) = field_span(source, value)
        && let Some((end, len)) = field_span(source, value + 1)
    {
        d.snippet = Some(Box::new(Snippet {
            text: source.to_string(),
            start,
            len: end + len - start,
        }));
    }
    Some(d)
}

/// Whether a cell reads as the rest of a number cut at its thousands separator: three
/// digits, then nothing, a decimal part, or a short unit (`523`, `523.5`, `523%`, `523件`,
/// `523万件`). A note that goes on with words or more figures (`192名中97名`,
/// `523人が参加`) is a note: real evaluation data write such notes beside small values.
fn reads_as_a_group(cell: &str) -> bool {
    let rest = cell.get(3..).unwrap_or("");
    let rest = rest
        .strip_prefix('.')
        .map_or(rest, |r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
    !rest.contains(|c: char| c.is_ascii_digit() || c.is_whitespace()) && rest.chars().count() <= 2
}

/// Whether the `column`-th field of a CSV line is written in quotes.
fn quoted(source: &str, column: usize) -> bool {
    field_span(source, column)
        .and_then(|(start, _)| source.chars().nth(start.checked_sub(1)?))
        .is_some_and(|c| c == '"')
}

#[cfg(test)]
mod tests {
    use super::super::{Catalogue, IdInfo, Rows, read_csv};

    /// The lines of the errors reading `body` under `header` gives.
    fn errors(header: &str, body: &str) -> Vec<usize> {
        let ids: Catalogue = [("f1.staff".to_string(), IdInfo::default())].into();
        let mut rows = Rows::default();
        read_csv("a.csv", &format!("{header}\n{body}"), &ids, &mut rows);
        rows.found_errors()
            .kept()
            .map(|e| e.location.as_ref().unwrap().line)
            .collect()
    }

    #[test]
    fn only_a_value_and_three_digits_after_it_read_as_a_split_number() {
        let header = "indicator,year,value,note";
        assert_eq!(errors(header, "f1.staff,2022,1,523\n"), [2]);
        assert_eq!(errors(header, "f1.staff,2022,約12,345人\n"), [2]);
        assert_eq!(errors(header, "f1.staff,2022,-1,523\n"), [2]);
        assert_eq!(errors(header, "f1.staff,2022,1,523.5%\n"), [2]);
        assert_eq!(errors(header, "f1.staff,2022,1,523件\n"), [2]);
        // Other notes after a value are notes.
        for row in [
            "f1.staff,2022,1,52",
            "f1.staff,2022,1,5234",
            "f1.staff,2022,1234,523",
            "f1.staff,2022,1.5,523",
            "f1.staff,2022,\"1,523\",523",
            "f1.staff,2022,1,memo 523",
            "f1.staff,2022,6,\"192名中97名\"",
            // A note in the book's words beside a small value, unquoted (found by the
            // cross-check's generated data): words and figures go on after the three digits.
            "f1.staff,2022,80,192名中97名",
            "f1.staff,2022,8,523人が参加",
        ] {
            assert!(errors(header, row).is_empty(), "{row}");
        }
        // The value the last column: nothing follows it.
        assert!(errors("indicator,year,note,value", "f1.staff,2022,523,1").is_empty());
    }
}
