//! Writing the JSON report of a government-wide run: rubric by rubric as it is serialised,
//! straight from the scores, so that the whole document (hundreds of megabytes) is never
//! held in memory.
//!
//! Each rubric's report is built borrowing from the scores (`build::rubric`) and serialised
//! (compact: by `Compact`, generated with the structs; pretty: by serde_json), on every
//! core in batches, while this thread writes the batch before. The
//! document around the rubrics is serialised by serde_json too, with no rubric, and the
//! rubrics are written where its empty `rubrics` array is; in the pretty style each rubric is
//! indented as the item of `rubrics` it is. The bytes are those serde_json would write for
//! the whole document in one piece, and do not depend on the number of threads.

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;
use serde_json::ser::{CompactFormatter, PrettyFormatter};

use super::build::{self, For, generator};
use super::compact::Compact;
use super::{Report, SCHEMA};
use crate::diag::Diagnostic;
use crate::lang::Lang;
use crate::score::RubricScore;

/// How the JSON report is laid out. Both are the same document; `Compact` is the default
/// because a government-wide report is hundreds of megabytes pretty-printed and about a
/// third of that compact, and machines read either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// One line: no space between tokens.
    Compact,
    /// Indented by two spaces a level, one key a line (serde_json's pretty printer).
    Pretty,
}

/// Rubrics serialised together before they are written: enough to keep both cores busy,
/// few enough that memory holds only a small part of the report.
const BATCH: usize = 8;

/// Where the items of `rubrics` sit in the pretty style: two levels deep.
const ITEM_INDENT: &[u8] = b"    ";

/// Writes the report of `scores` as JSON in `style`, ending in a newline.
pub fn write(
    scores: &[RubricScore],
    diagnostics: &[Diagnostic],
    style: Style,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let envelope = Report {
        schema: SCHEMA.into(),
        generator: generator().into(),
        rubrics: Vec::new(),
        diagnostics: diagnostics
            .iter()
            .map(|d| build::diagnostic(d, For::Json, lang))
            .collect(),
    };
    let mut text = Vec::new();
    serialize(&envelope, style, &mut text)?;
    // The empty array of `rubrics`, the first `[]` after its key (the schema and the
    // generator come before it and hold none).
    let key = find(&text, b"\"rubrics\"").unwrap_or(0);
    let at = key + find(&text[key..], b"[]").map_or(text.len() - key, |i| i + 1);
    let (open, close) = text.split_at(at);
    out.write_all(open)?;
    let (first, next, last): (&[u8], &[u8], &[u8]) = match style {
        Style::Compact => (b"", b",", b""),
        Style::Pretty => (b"\n    ", b",\n    ", b"\n  "),
    };
    let mut any = false;
    let written = rubrics(scores, style, |text| {
        out.write_all(if any { next } else { first })?;
        any = true;
        out.write_all(&text)
    });
    written?;
    if any {
        out.write_all(last)?;
    }
    out.write_all(close)?;
    out.write_all(b"\n")
}

/// Serialises the rubrics of `scores` in parallel batches, handing each text to `write` in
/// order; two batches may wait to be written: enough to keep both sides busy, little memory.
fn rubrics(
    scores: &[RubricScore],
    style: Style,
    mut write: impl FnMut(Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<io::Result<Vec<Vec<u8>>>>(2);
        s.spawn(move || {
            for batch in scores.chunks(BATCH) {
                let texts = batch
                    .par_iter()
                    .map(|score| {
                        let mut text = Vec::with_capacity(64 * 1024);
                        let report = build::rubric(score, For::Json);
                        match style {
                            Style::Compact => report.compact(&mut text),
                            Style::Pretty => {
                                serialize(&report, style, &mut text)?;
                                text = nested(&text);
                            }
                        }
                        Ok(text)
                    })
                    .collect();
                // The writer stopped (an error): nothing more to serialise.
                if tx.send(texts).is_err() {
                    break;
                }
            }
        });
        for texts in rx {
            for text in texts? {
                write(text)?;
            }
        }
        Ok(())
    })
}

fn serialize<T: Serialize>(value: &T, style: Style, out: &mut impl Write) -> io::Result<()> {
    match style {
        Style::Compact => value.serialize(&mut serde_json::Serializer::with_formatter(
            out,
            CompactFormatter,
        )),
        Style::Pretty => value.serialize(&mut serde_json::Serializer::with_formatter(
            out,
            PrettyFormatter::new(),
        )),
    }
    .map_err(io::Error::from)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Pretty text moved two levels in: `ITEM_INDENT` after every line break. The pretty
/// printer breaks lines only between tokens (a line break in a string is written `\n`).
fn nested(pretty: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(pretty.len() + pretty.len() / 4);
    for (i, line) in pretty.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
            out.extend_from_slice(ITEM_INDENT);
        }
        out.extend_from_slice(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::json::build;

    const RUBRIC: &str = "schema = 1\n[policy]\nid = \"p\"\ntitle = \"p \\\"q\\\"\\n2\"\n\n\
        [[field]]\nid = \"f\"\ntitle = \"f\"\n\n[[field.goal]]\nid = \"g\"\ntext = \"g\"\n\n\
        [[field.goal.indicator]]\nid = \"i\"\nname = \"i\"\nkind = \"target\"\ntarget = 50.5\n";

    /// The rubrics are serialised apart and spliced into the document: the bytes are those of
    /// the document serialised in one piece, in either style, for any number of rubrics
    /// (around the batch size) and with or without diagnostics.
    #[test]
    fn the_streamed_report_is_the_document_in_one_piece() {
        let rubric = match crate::rubric::parse("p.toml", RUBRIC) {
            Ok((r, _)) => r,
            Err(e) => panic!("{e:?}"),
        };
        let data = crate::data::DataSet::default();
        let scored = crate::score::score(&rubric, &data, Some(2023));
        let warning = Diagnostic::warning("a \"quoted\"\nmessage");
        for n in [0, 1, 7, 8, 9, 17] {
            let scores = vec![scored.clone(); n];
            for diagnostics in [vec![], vec![warning.clone()]] {
                let whole = build(&scores, &diagnostics, For::Json, Lang::En);
                for (style, text) in [
                    (Style::Compact, serde_json::to_string(&whole)),
                    (Style::Pretty, serde_json::to_string_pretty(&whole)),
                ] {
                    let mut streamed = Vec::new();
                    write(&scores, &diagnostics, style, Lang::En, &mut streamed)
                        .unwrap_or_else(|e| panic!("{e}"));
                    let text = text.unwrap_or_else(|e| panic!("{e}")) + "\n";
                    assert_eq!(String::from_utf8_lossy(&streamed), text, "{n} {style:?}");
                }
            }
        }
    }

    /// The same on the shipped rubrics and data, and the example (every kind, milestones,
    /// notes, statuses, provisional values, outlooks and trends), with a label added.
    #[test]
    fn the_streamed_report_is_the_document_in_one_piece_on_real_data() {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        for (rubrics, data) in [
            ("rubrics", "inputs"),
            ("examples/peace.toml", "examples/peace.csv"),
        ] {
            let Ok(loaded) = crate::rubric::load(&[root.join(rubrics)]) else {
                panic!("{rubrics} loads")
            };
            let mut rubrics = loaded.rubrics;
            rubrics[0]
                .labels
                .insert(crate::rating::Rating::Met, "達成 \"済\"".to_string());
            let ids = crate::pipeline::catalogue(&rubrics);
            let options = crate::data::Options::default();
            let Ok(data) = crate::data::load(&[root.join(data)], &ids, options) else {
                panic!("{data} loads")
            };
            let scores: Vec<_> = rubrics
                .iter()
                .map(|r| crate::score::score(r, &data.data, None))
                .collect();
            let warnings = [Diagnostic::warning("a warning")];
            let whole = build(&scores, &warnings, For::Json, Lang::En);
            for (style, text) in [
                (Style::Compact, serde_json::to_string(&whole)),
                (Style::Pretty, serde_json::to_string_pretty(&whole)),
            ] {
                let mut streamed = Vec::new();
                write(&scores, &warnings, style, Lang::En, &mut streamed)
                    .unwrap_or_else(|e| panic!("{e}"));
                let text = text.unwrap_or_else(|e| panic!("{e}")) + "\n";
                assert_eq!(String::from_utf8_lossy(&streamed), text, "{style:?}");
            }
        }
    }
}
