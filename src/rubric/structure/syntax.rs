//! TOML syntax errors, and a data file named as a rubric, said the way a rubric author
//! thinks about the file.

use std::ops::Range;

use crate::diag::Diagnostic;
use crate::lang::{Message, msg};
use crate::rubric::located::Related;

/// What an error says: its message, its label and its help.
type Said = (Message, Message, Message);

/// A data file named as a rubric: a `.csv` or `.tsv` name, or a first line of
/// comma-separated words that is neither a TOML key nor a table header.
pub(super) fn looks_like_csv(file: &str, text: &str) -> bool {
    let extension = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    if matches!(extension.as_deref(), Some("csv" | "tsv")) {
        return true;
    }
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or_default();
    (first.contains(',') || first.contains('\t')) && !first.contains('=') && !first.starts_with('[')
}

pub(super) fn csv_error(file: &str, text: &str) -> Diagnostic {
    let first_line = text.find('\n').unwrap_or(text.len());
    Diagnostic::error(msg!("rubric-csv"))
        .at_span(file, text, 0..first_line)
        .with_label(msg!("rubric-csv-label"))
        .with_help(msg!("rubric-csv-help"))
}

/// A TOML syntax error (not yet located), and the place a duplicated key was first set.
pub(super) fn syntax_error(
    text: &str,
    message: &str,
    span: Range<usize>,
) -> (Diagnostic, Option<Related>) {
    let message = message.trim();
    let found = text
        .get(span.clone())
        .unwrap_or_default()
        .trim()
        .to_string();
    let (what, label, help) = in_a_string(text, message, span.start)
        .or_else(|| in_the_layout(message, &found))
        .unwrap_or_else(|| {
            (
                msg!("rubric-toml-syntax", detail = message),
                msg!("rubric-toml-syntax-label"),
                msg!("rubric-toml-syntax-help"),
            )
        });
    let d = Diagnostic::error(what).with_label(label).with_help(help);
    let related = (message == "duplicate key").then_some(Related::Find {
        find: first_set,
        at: span.start,
        key: found,
        label: msg!("rubric-key-twice-first"),
    });
    (d, related)
}

/// A control character in a string, or a string left open.
fn in_a_string(text: &str, message: &str, at: usize) -> Option<Said> {
    let single_line = message.starts_with("invalid basic string")
        || message.starts_with("invalid literal string");
    let in_string = single_line
        || message.starts_with("invalid multi-line basic string")
        || message.starts_with("invalid multi-line literal string");
    if in_string && let Some(c) = control_character(text, at) {
        Some((
            msg!(
                "rubric-control-character",
                code = format!("U+{:04X}", c as u32)
            ),
            msg!("rubric-control-character-label"),
            msg!("rubric-control-character-help"),
        ))
    } else if single_line {
        Some((
            msg!("rubric-unclosed-string"),
            msg!("rubric-unclosed-string-label"),
            msg!("rubric-unclosed-string-help"),
        ))
    } else {
        None
    }
}

/// A header left open, a key set twice, or a value TOML cannot read.
fn in_the_layout(message: &str, found: &str) -> Option<Said> {
    Some(
        if message.starts_with("unclosed array table") || message.starts_with("unclosed table") {
            (
                msg!("rubric-unclosed-header"),
                msg!("rubric-unclosed-header-label"),
                msg!("rubric-unclosed-header-help"),
            )
        } else if message == "duplicate key" {
            (
                msg!("rubric-key-twice", key = found),
                msg!("rubric-key-twice-label"),
                msg!("rubric-key-twice-help", key = found),
            )
        } else if !message.starts_with("string values must be quoted") {
            return None;
        } else if found.is_empty() {
            (
                msg!("rubric-missing-value"),
                msg!("rubric-missing-value-label"),
                msg!("rubric-missing-value-help"),
            )
        } else {
            (
                msg!("rubric-not-a-value", found = found),
                msg!("rubric-not-a-value-label"),
                msg!("rubric-not-a-value-help"),
            )
        },
    )
}

/// The control character at byte `at` of the text, if one is there: TOML strings may not
/// hold them (but a tab). A line's end is not one: there the string is unclosed.
fn control_character(text: &str, at: usize) -> Option<char> {
    let rest = text.get(at..)?;
    let c = rest.chars().next()?;
    let line_end = c == '\n' || rest.starts_with("\r\n");
    (c.is_control() && c != '\t' && !line_end).then_some(c)
}

/// Where `key` was set before `at` in the same table: the nearest earlier line `key = …`
/// after the last table header.
fn first_set(text: &str, at: usize, key: &str) -> Option<Range<usize>> {
    let before = text.get(..at)?;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    // `end` is one past the end of the line being looked at (where its newline is).
    let mut end = line_start.saturating_sub(1);
    if line_start == 0 {
        return None;
    }
    for line in text[..end].split('\n').rev() {
        let start = end - line.len();
        end = start.saturating_sub(1);
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            return None;
        }
        if let Some(rest) = trimmed.strip_prefix(key)
            && rest.trim_start().starts_with('=')
        {
            let offset = start + (line.len() - trimmed.len());
            return Some(offset..offset + key.len());
        }
    }
    None
}
