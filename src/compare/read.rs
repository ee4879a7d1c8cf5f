//! Reading a JSON report back (the baseline of `check`, both sides of `diff`), with errors
//! that name the file, line and column and say how to get a good report.
//!
//! A report is read as a stream: a government-wide one is hundreds of megabytes, and only
//! its tree of ratings (`view`) is kept, never its text or its series. The `schema` is
//! checked as soon as it is read, and every policy as soon as it ends: a policy listed
//! twice, or an id listed twice within a policy (fields, goals and indicators together), is
//! an error (the comparison would otherwise depend on which of the two it met first).

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::Report;
use super::excerpt::{Excerpt, excerpt};
use super::twice::twice_within;
use crate::diag::{Diagnostic, Location};
use crate::files;
use crate::lang::{Message, msg};
use crate::report::json::RubricReport;
use crate::report::json::SCHEMA;

/// The help of most errors: how a report is written.
fn how_to_make() -> Message {
    msg!("compare-how-to-make")
}

/// Reads and checks the report at `path`.
pub fn read(path: &Path) -> Result<Report<'static>, Diagnostic> {
    let name = files::display(path);
    let cannot = |e: std::io::Error| {
        Diagnostic::error(msg!("compare-unreadable", file = &name, error = e))
            .with_help(how_to_make())
    };
    let file = std::fs::File::open(path).map_err(cannot)?;
    let mut reader = BufReader::with_capacity(1 << 20, file);
    skip_bom(&mut reader).map_err(cannot)?;
    from_reader(&name, reader, |line, column| {
        // Only on an error: the file is read again up to the place, to show its line.
        let mut again = BufReader::new(std::fs::File::open(path).ok()?);
        skip_bom(&mut again).ok()?;
        excerpt(again, line, column)
    })
}

/// Parses the text of a report file called `name` (as `read` does a file).
pub fn parse(name: &str, text: &str) -> Result<Report<'static>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    from_reader(name, text.as_bytes(), |line, column| {
        excerpt(text.as_bytes(), line, column)
    })
}

fn skip_bom(reader: &mut impl BufRead) -> std::io::Result<()> {
    if reader.fill_buf()?.starts_with(b"\xEF\xBB\xBF") {
        reader.consume(3);
    }
    Ok(())
}

/// A problem found by the reader itself, beside serde_json's syntax and type errors.
enum Problem {
    Schema(String),
    NotAnObject,
    NoSchema,
    Duplicate(Message),
}

/// Reads a report from `reader`: JSON, then a `schema` this version reads, then the shape
/// of `polscore.report/1`. `line_of(line, column)` gives the text around a place, for the
/// messages.
fn from_reader(
    name: &str,
    reader: impl Read,
    line_of: impl Fn(usize, usize) -> Option<Excerpt>,
) -> Result<Report<'static>, Diagnostic> {
    let problem = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_reader(reader);
    let result = ReportSeed { problem: &problem }
        .deserialize(&mut de)
        .and_then(|report| de.end().map(|()| report));
    let e = match result {
        Ok(report) => return Ok(report),
        Err(e) => e,
    };
    if e.is_io() {
        return Err(
            Diagnostic::error(msg!("compare-unreadable", file = name, error = e))
                .with_help(how_to_make()),
        );
    }
    let (line, column) = (e.line(), e.column());
    let at = |d: Diagnostic| match line_of(line, column) {
        Some(x) => x.place(d, name),
        None => d.at(Location {
            file: name.to_string(),
            line: line.max(1),
            column: column.max(1),
        }),
    };
    let at_start = |d: Diagnostic| {
        d.at(Location {
            file: name.to_string(),
            line: 1,
            column: 1,
        })
    };
    // `why` is `not-object` or `no-schema`.
    let not_a_report = |why: &str| {
        Diagnostic::error(msg!("compare-not-a-report", file = name, why = why))
            .with_help(how_to_make())
    };
    Err(match problem.into_inner() {
        Some(Problem::NotAnObject) => at_start(not_a_report("not-object")),
        Some(Problem::NoSchema) => at_start(not_a_report("no-schema")),
        Some(Problem::Schema(s)) => at_key(
            wrong_schema(name, &s),
            name,
            line_of(line, column),
            "\"schema\"",
        ),
        Some(Problem::Duplicate(what)) => at(Diagnostic::error(
            what.arg("file", name).arg("schema", SCHEMA),
        )
        .with_help(msg!("compare-twice-help"))),
        None => at(not_read(name, &e)),
    })
}

/// The error of a `schema` other than `SCHEMA` (`s`, as JSON).
fn wrong_schema(name: &str, s: &str) -> Diagnostic {
    if s.starts_with("\"polscore.report/") {
        Diagnostic::error(msg!(
            "compare-schema-version",
            file = name,
            found = s.trim_matches('"'),
            schema = SCHEMA
        ))
        .with_help(msg!("compare-schema-version-help", schema = SCHEMA))
    } else {
        Diagnostic::error(msg!(
            "compare-schema-other",
            file = name,
            found = s,
            schema = SCHEMA
        ))
        .with_help(how_to_make())
    }
}

/// serde_json's syntax or type error `e`, without its place (shown apart).
fn not_read(name: &str, e: &serde_json::Error) -> Diagnostic {
    // serde_json's message ends in " at line L column C".
    let message = e.to_string();
    let message = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(m, _)| m);
    match e.classify() {
        serde_json::error::Category::Data => Diagnostic::error(msg!(
            "compare-invalid-report",
            file = name,
            schema = SCHEMA,
            detail = message
        ))
        .with_help(msg!("compare-invalid-report-help")),
        _ => Diagnostic::error(msg!("compare-invalid-json", file = name, detail = message))
            .with_help(msg!("compare-invalid-json-help")),
    }
}

/// The diagnostic at the last `key` before the place of `excerpt` (else at 1:1): the
/// `schema` key whose value was just read.
fn at_key(d: Diagnostic, name: &str, excerpt: Option<Excerpt>, key: &str) -> Diagnostic {
    match excerpt.and_then(|x| x.before_place(key)) {
        Some((x, at)) => x.mark(d, name, at..at + key.len()),
        None => d.at(Location {
            file: name.to_string(),
            line: 1,
            column: 1,
        }),
    }
}

/// The top level of a report: `schema` checked as soon as it is read; `generator`,
/// `rubrics` and `diagnostics` required, other keys ignored.
struct ReportSeed<'p> {
    problem: &'p RefCell<Option<Problem>>,
}

impl<'de> DeserializeSeed<'de> for ReportSeed<'_> {
    type Value = Report<'static>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Report<'static>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ReportSeed<'_> {
    type Value = Report<'static>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Report<'static>, A::Error> {
        let fail = |p: Problem, what: &str| {
            *self.problem.borrow_mut() = Some(p);
            de::Error::custom(what)
        };
        let (mut schema, mut generator, mut diagnostics) = (false, false, false);
        let mut rubrics = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "schema" => {
                    let value: serde_json::Value = map.next_value()?;
                    if value.as_str() != Some(SCHEMA) {
                        return Err(fail(Problem::Schema(value.to_string()), "schema"));
                    }
                    schema = true;
                }
                "generator" => {
                    map.next_value::<String>()?;
                    generator = true;
                }
                "rubrics" => {
                    rubrics = Some(map.next_value_seed(Policies {
                        problem: self.problem,
                    })?);
                }
                "diagnostics" => {
                    map.next_value::<Vec<IgnoredAny>>()?;
                    diagnostics = true;
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if !schema {
            return Err(fail(Problem::NoSchema, "no schema"));
        }
        for (present, key) in [(generator, "generator"), (diagnostics, "diagnostics")] {
            if !present {
                return Err(de::Error::missing_field(key));
            }
        }
        let rubrics = rubrics.ok_or_else(|| de::Error::missing_field("rubrics"))?;
        Ok(Report { rubrics })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Report<'static>, A::Error> {
        self.not_an_object()
    }
    fn visit_str<E: de::Error>(self, _: &str) -> Result<Report<'static>, E> {
        self.not_an_object()
    }
    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Report<'static>, E> {
        self.not_an_object()
    }
    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Report<'static>, E> {
        self.not_an_object()
    }
    fn visit_u64<E: de::Error>(self, _: u64) -> Result<Report<'static>, E> {
        self.not_an_object()
    }
    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Report<'static>, E> {
        self.not_an_object()
    }
    fn visit_unit<E: de::Error>(self) -> Result<Report<'static>, E> {
        self.not_an_object()
    }
}

impl ReportSeed<'_> {
    fn not_an_object<E: de::Error>(self) -> Result<Report<'static>, E> {
        *self.problem.borrow_mut() = Some(Problem::NotAnObject);
        Err(E::custom("not an object"))
    }
}

/// The `rubrics` array, each policy checked for ids listed twice as soon as it ends.
struct Policies<'p> {
    problem: &'p RefCell<Option<Problem>>,
}

impl<'de> DeserializeSeed<'de> for Policies<'_> {
    type Value = Vec<RubricReport<'static>>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Policies<'_> {
    type Value = Vec<RubricReport<'static>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of policies")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut policies = Vec::new();
        let mut ids = BTreeSet::new();
        while let Some(policy) = seq.next_element::<RubricReport<'static>>()? {
            let twice = if ids.contains(policy.id.as_ref()) {
                Some(msg!("compare-policy-twice", policy = &policy.id))
            } else {
                twice_within(&policy)
            };
            if let Some(what) = twice {
                *self.problem.borrow_mut() = Some(Problem::Duplicate(what));
                return Err(de::Error::custom("duplicate"));
            }
            ids.insert(policy.id.clone());
            policies.push(policy);
        }
        Ok(policies)
    }
}

#[cfg(test)]
mod tests {
    use super::super::excerpt::WINDOW;
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
            d.message
                .to_string()
                .starts_with("base.json is not valid JSON"),
            "{}",
            d.message
        );
        assert!(!d.message.to_string().contains("at line"), "{}", d.message);
    }

    #[test]
    fn another_schema_version_is_named() {
        let d = error("{\n  \"schema\": \"polscore.report/0\",\n  \"rubrics\": []\n}");
        assert!(
            d.message.to_string().contains("`polscore.report/0`"),
            "{}",
            d.message
        );
        assert!(
            d.message.to_string().contains("`polscore.report/1`"),
            "{}",
            d.message
        );
        let loc = d.location.unwrap_or_else(|| panic!("no location"));
        assert_eq!((loc.line, loc.column), (2, 3));
    }

    #[test]
    fn json_that_is_not_a_report_is_refused() {
        assert!(
            error("[1, 2]")
                .message
                .to_string()
                .contains("not a JSON object")
        );
        assert!(
            error("{\"a\": 1}")
                .message
                .to_string()
                .contains("no `schema` key")
        );
        assert!(
            error("{\"schema\": 1}")
                .message
                .to_string()
                .contains("its `schema` is 1")
        );
        let d = error("{\"schema\": \"polscore.report/1\", \"rubrics\": []}");
        assert!(
            d.message.to_string().contains("missing field `generator`"),
            "{}",
            d.message
        );
    }

    #[test]
    fn a_minimal_report_reads() {
        let text = r#"{"schema": "polscore.report/1", "generator": "x", "rubrics": [],
                       "diagnostics": [], "a_later_key": true}"#;
        let report =
            parse("r.json", text).unwrap_or_else(|d| panic!("{}", d.render(crate::lang::Lang::En)));
        assert!(report.rubrics.is_empty());
    }

    #[test]
    fn an_error_on_a_long_line_shows_a_window_of_it_at_the_right_column() {
        // A compact report is one line: the place is counted in characters over the whole
        // line, and only a window around it is shown.
        let pad = "政".repeat(10_000);
        let text = format!(
            "{{\"schema\": \"polscore.report/1\", \"pad\": \"{pad}\", \"generator\": \"g\" x}}"
        );
        let d = error(&text);
        let loc = d.location.clone().unwrap_or_else(|| panic!("no location"));
        let x = text.rfind(" x").unwrap_or(0) + 1;
        assert_eq!((loc.line, loc.column), (1, text[..x].chars().count() + 1));
        let snippet = d.snippet.unwrap_or_else(|| panic!("no snippet"));
        assert!(
            snippet.text.chars().count() <= 2 * WINDOW + 1,
            "{}",
            snippet.text
        );
        assert!(
            snippet.text.ends_with("\"generator\": \"g\" x}"),
            "{}",
            snippet.text
        );
        assert_eq!(snippet.text.chars().nth(snippet.start), Some('x'));
    }

    fn minimal(policies: &[(&str, &str)]) -> String {
        let rubrics: Vec<String> = policies
            .iter()
            .map(|(id, rating)| {
                format!(
                    r#"{{"id": "{id}", "as_of": 2023, "title": "t", "rating": "{rating}", "fields": []}}"#
                )
            })
            .collect();
        format!(
            r#"{{"schema": "polscore.report/1", "generator": "x", "rubrics": [{}], "diagnostics": []}}"#,
            rubrics.join(", ")
        )
    }

    #[test]
    fn a_policy_listed_twice_is_refused_in_either_order() {
        for order in [
            [("p", "met"), ("p", "limited")],
            [("p", "limited"), ("p", "met")],
        ] {
            let d = error(&minimal(&order));
            assert!(
                d.message.to_string().contains("policy `p` is listed twice"),
                "{}",
                d.message
            );
        }
        let report = parse("r.json", &minimal(&[("p", "met"), ("q", "met")]))
            .unwrap_or_else(|d| panic!("{}", d.render(crate::lang::Lang::En)));
        assert_eq!(report.rubrics.len(), 2);
    }
}
