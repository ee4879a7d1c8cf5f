//! Reading a JSON report back (the baseline of `check`, both sides of `diff`), with errors
//! that name the file, line and column and say how to get a good report.

use std::path::Path;

use crate::diag::{Diagnostic, Location};
use crate::files;
use crate::report::json::{Report, SCHEMA};

const HOW_TO_MAKE: &str =
    "a report is written by `polscore score RUBRIC... --data PATH... --format json --output FILE`";

/// Reads and checks the report at `path`.
pub fn read(path: &Path) -> Result<Report, Diagnostic> {
    let name = files::display(path);
    let text = files::read_text(path, &name).map_err(|d| match d.help {
        Some(_) => d,
        None => d.with_help(HOW_TO_MAKE),
    })?;
    parse(&name, &text)
}

/// Parses the text of a report file called `name`: JSON, then a `schema` this version
/// reads, then the shape of `polscore.report/1` (unknown keys are ignored, so a report of a
/// later version that only adds keys reads fine).
pub fn parse(name: &str, text: &str) -> Result<Report, Diagnostic> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        json_error(name, text, &e, format!("{name} is not valid JSON"))
            .with_help(format!("{HOW_TO_MAKE}; do not edit it by hand"))
    })?;
    let not_a_report = |what: &str| {
        Diagnostic::error(format!("{name} is not a polscore report: {what}"))
            .at(Location {
                file: name.to_string(),
                line: 1,
                column: 1,
            })
            .with_help(HOW_TO_MAKE)
    };
    let Some(object) = value.as_object() else {
        return Err(not_a_report("the top level is not a JSON object"));
    };
    match object.get("schema") {
        None => return Err(not_a_report("it has no `schema` key")),
        Some(serde_json::Value::String(s)) if s == SCHEMA => {}
        Some(serde_json::Value::String(s)) if s.starts_with("polscore.report/") => {
            return Err(at_key(
                Diagnostic::error(format!(
                    "{name} is a report of schema `{s}`; this polscore reads `{SCHEMA}`"
                )),
                name,
                text,
                "schema",
            )
            .with_help(format!(
                "score the baseline's inputs again with this polscore to write a `{SCHEMA}` \
                 report ({HOW_TO_MAKE})"
            )));
        }
        Some(other) => {
            return Err(at_key(
                Diagnostic::error(format!(
                    "{name} is not a polscore report: its `schema` is {other}, not \"{SCHEMA}\""
                )),
                name,
                text,
                "schema",
            )
            .with_help(HOW_TO_MAKE));
        }
    }
    serde_json::from_str(text).map_err(|e| {
        json_error(
            name,
            text,
            &e,
            format!("{name} is not a valid `{SCHEMA}` report"),
        )
        .with_help(format!(
            "the report may be damaged or edited by hand; {HOW_TO_MAKE}"
        ))
    })
}

/// A serde_json error as a diagnostic at its line and column, showing the line.
fn json_error(name: &str, text: &str, e: &serde_json::Error, what: String) -> Diagnostic {
    // serde_json's message ends in " at line L column C"; the place is shown apart.
    let message = e.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    // Its line is 1-based and its column a 1-based count of bytes; `at_span` turns the byte
    // offset back into a column in characters.
    let line_start: usize = text
        .split_inclusive('\n')
        .take(e.line().saturating_sub(1))
        .map(str::len)
        .sum();
    let at = (line_start + e.column().saturating_sub(1)).min(text.len());
    Diagnostic::error(format!("{what}: {message}")).at_span(name, text, at..at + 1)
}

/// The diagnostic at the first `"key"` in `text` (else at 1:1), showing its line. A best
/// effort to point at the `schema` key: serde_json keeps no positions in a `Value`.
fn at_key(d: Diagnostic, name: &str, text: &str, key: &str) -> Diagnostic {
    let needle = format!("\"{key}\"");
    match text.find(&needle) {
        Some(at) => d.at_span(name, text, at..at + needle.len()),
        None => d.at(Location {
            file: name.to_string(),
            line: 1,
            column: 1,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> Diagnostic {
        match parse("base.json", text) {
            Ok(_) => panic!("{text:?} was read as a report"),
            Err(d) => d,
        }
    }

    #[test]
    fn a_syntax_error_names_line_and_column_in_characters() {
        // Line 3 is `  "generator": "政策" x`: the stray x is the 21st character and the
        // 25th byte (each kanji is three bytes in UTF-8).
        let d = error("{\n  \"schema\": \"polscore.report/1\",\n  \"generator\": \"政策\" x\n}");
        let loc = d.location.clone().unwrap_or_else(|| panic!("no location"));
        assert_eq!(
            (loc.file.as_str(), loc.line, loc.column),
            ("base.json", 3, 21)
        );
        assert!(
            d.message.starts_with("base.json is not valid JSON"),
            "{}",
            d.message
        );
        assert!(!d.message.contains("at line"), "{}", d.message);
    }

    #[test]
    fn another_schema_version_is_named() {
        let d = error("{\n  \"schema\": \"polscore.report/0\",\n  \"rubrics\": []\n}");
        assert!(d.message.contains("`polscore.report/0`"), "{}", d.message);
        assert!(d.message.contains("`polscore.report/1`"), "{}", d.message);
        let loc = d.location.unwrap_or_else(|| panic!("no location"));
        assert_eq!((loc.line, loc.column), (2, 3));
    }

    #[test]
    fn json_that_is_not_a_report_is_refused() {
        assert!(error("[1, 2]").message.contains("not a JSON object"));
        assert!(error("{\"a\": 1}").message.contains("no `schema` key"));
        assert!(
            error("{\"schema\": 1}")
                .message
                .contains("its `schema` is 1")
        );
        let d = error("{\"schema\": \"polscore.report/1\", \"rubrics\": []}");
        assert!(
            d.message.contains("missing field `generator`"),
            "{}",
            d.message
        );
    }

    #[test]
    fn a_minimal_report_reads() {
        let text = r#"{"schema": "polscore.report/1", "generator": "x", "rubrics": [],
                       "diagnostics": [], "a_later_key": true}"#;
        let report = parse("r.json", text).unwrap_or_else(|d| panic!("{}", d.render()));
        assert!(report.rubrics.is_empty());
    }
}
