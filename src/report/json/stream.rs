//! Writing the JSON report of a government-wide run: rubric by rubric as it is formatted,
//! straight from the scores.
//!
//! `render(&build(..))` copies every text and point into the report structs and hands them to
//! serde_json; for a million points that copying, and serde_json escaping every key it
//! writes, is most of the time. Here each rubric is written by hand into a buffer: keys are
//! ASCII constants written as they are, texts from the rubric and the data are escaped by
//! serde_json, numbers are formatted by serde_json. The result is the same bytes as
//! `render(&build(..))` in either style (tests/properties.rs checks it on the shipped data):
//! `Pretty` re-indents the compact text as serde_json's pretty printer lays it out.

use serde::Serialize;

use super::{DiagnosticReport, SCHEMA, Style, Targets};
use crate::data::Value;
use crate::diag::Diagnostic;
use crate::rubric::{Field, Goal, Indicator};
use crate::score::{FieldScore, GoalScore, IndicatorScore, RubricScore, SeriesPoint};
use crate::values::show;

/// Writes the report of `scores` as JSON in `style`, ending in a newline: the same bytes as
/// `render(&build(scores, diagnostics), style)`, but a few rubrics at a time, so that a
/// government-wide run never holds the whole document (hundreds of megabytes) in memory.
/// Rubrics are formatted on every core in batches while this thread writes the batch
/// before, so formatting and the writing to a file or pipe overlap; the batches are written
/// in order, so the bytes do not depend on the number of threads.
pub fn write(
    scores: &[RubricScore],
    diagnostics: &[Diagnostic],
    style: Style,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    use rayon::prelude::*;
    let styled = |compact: Vec<u8>, depth: usize| match style {
        Style::Compact => compact,
        Style::Pretty => indent(&compact, depth),
    };
    // The document around the rubrics, written compact and laid out like the rest.
    let mut open = b"{\"schema\":".to_vec();
    text(&mut open, SCHEMA);
    open.extend_from_slice(b",\"generator\":");
    text(
        &mut open,
        &format!("polscore {}", env!("CARGO_PKG_VERSION")),
    );
    open.extend_from_slice(b",\"rubrics\":[");
    let mut close = b"],\"diagnostics\":".to_vec();
    let reports: Vec<DiagnosticReport> = diagnostics.iter().map(DiagnosticReport::from).collect();
    value(&mut close, &reports);
    close.push(b'}');
    if scores.is_empty() {
        open.extend_from_slice(&close);
        out.write_all(&styled(open, 0))?;
        return out.write_all(b"\n");
    }
    out.write_all(&styled(open, 0))?;
    // Between rubrics: a rubric is an item of `rubrics`, at depth 2 (four spaces).
    let next: &[u8] = match style {
        Style::Compact => b",",
        Style::Pretty => b",\n    ",
    };
    std::thread::scope(|s| {
        // Two batches may wait to be written: enough to keep both sides busy, little memory.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Vec<u8>>>(2);
        s.spawn(move || {
            for batch in scores.chunks(BATCH) {
                let texts = batch
                    .par_iter()
                    .map(|score| {
                        let mut buf = Vec::with_capacity(64 * 1024);
                        rubric(&mut buf, score);
                        // Rubrics are items of `rubrics`, at depth 2.
                        styled(buf, 2)
                    })
                    .collect();
                // The writer stopped (an error): nothing more to format.
                if tx.send(texts).is_err() {
                    break;
                }
            }
        });
        let mut first = true;
        for texts in rx {
            for text in texts {
                if !first {
                    out.write_all(next)?;
                }
                first = false;
                out.write_all(&text)?;
            }
        }
        Ok::<(), std::io::Error>(())
    })?;
    // The end of `rubrics` is at depth 2, inside it.
    out.write_all(&styled(close, 2))?;
    out.write_all(b"\n")
}

/// Rubrics formatted together before they are written: enough to keep both cores busy,
/// few enough that memory holds only a small part of the report.
const BATCH: usize = 8;

/// A JSON object being written: `key` writes the comma before every key but the first.
struct Object<'a> {
    out: &'a mut Vec<u8>,
    first: bool,
}

impl<'a> Object<'a> {
    fn open(out: &'a mut Vec<u8>) -> Object<'a> {
        out.push(b'{');
        Object { out, first: true }
    }

    /// Writes `"key":` and hands back the buffer for the value. Keys are ASCII names that
    /// need no escaping.
    fn key(&mut self, key: &str) -> &mut Vec<u8> {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\":");
        self.out
    }

    fn text(&mut self, key: &str, value: &str) {
        text(self.key(key), value);
    }

    fn opt_text(&mut self, key: &str, value: Option<&str>) {
        match value {
            Some(v) => text(self.key(key), v),
            None => self.key(key).extend_from_slice(b"null"),
        }
    }

    /// An id of the report's vocabulary (a rating, a kind): ASCII, written as it is.
    fn id(&mut self, key: &str, id: &str) {
        let out = self.key(key);
        out.push(b'"');
        out.extend_from_slice(id.as_bytes());
        out.push(b'"');
    }

    fn opt_id(&mut self, key: &str, id: Option<&str>) {
        match id {
            Some(id) => self.id(key, id),
            None => self.key(key).extend_from_slice(b"null"),
        }
    }

    /// Anything else (booleans, years, counts): as serde_json writes it.
    fn value<T: Serialize + ?Sized>(&mut self, key: &str, v: &T) {
        value(self.key(key), v);
    }

    fn number(&mut self, key: &str, x: Option<f64>) {
        match x {
            Some(x) => number(self.key(key), x),
            None => self.key(key).extend_from_slice(b"null"),
        }
    }

    fn data_value(&mut self, key: &str, v: Option<Value>) {
        match v {
            Some(Value::Number(x)) => number(self.key(key), x),
            Some(Value::Milestone(m)) => self.id(key, m.id()),
            None => self.key(key).extend_from_slice(b"null"),
        }
    }

    fn close(self) {
        self.out.push(b'}');
    }
}

/// Writes the items of an array, each by `item`.
fn array<T>(
    out: &mut Vec<u8>,
    items: impl IntoIterator<Item = T>,
    mut item: impl FnMut(&mut Vec<u8>, T),
) {
    out.push(b'[');
    for (i, x) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        item(out, x);
    }
    out.push(b']');
}

fn value<T: Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) {
    // Writing to a Vec does not fail, and these values (texts, numbers, booleans, plain
    // structs) always serialise.
    let _ = serde_json::to_writer(out, v);
}

fn text(out: &mut Vec<u8>, s: &str) {
    value(out, s);
}

/// A number as the report writes it (`num` in the parent module): integral numbers without
/// a fraction.
fn number(out: &mut Vec<u8>, x: f64) {
    match show::whole(x) {
        Some(i) => value(out, &i),
        None => value(out, &x),
    }
}

fn rubric(out: &mut Vec<u8>, score: &RubricScore) {
    let r = score.rubric;
    let mut o = Object::open(out);
    o.text("id", &r.policy.id);
    o.value("as_of", &score.as_of);
    o.text("title", &r.policy.title);
    o.opt_text("title_en", r.policy.title_en.as_deref());
    o.text("file", &r.file);
    o.id("rating", score.rating.id());
    array(o.key("fields"), r.fields.iter().zip(&score.fields), field);
    o.opt_text("owner", r.policy.owner.as_deref());
    o.value("period", &r.policy.period.map(|(a, b)| [a, b]));
    o.value("labels", &r.labels);
    o.close();
}

fn field(out: &mut Vec<u8>, (f, s): (&Field, &FieldScore)) {
    let mut o = Object::open(out);
    o.text("id", &f.id);
    o.text("title", &f.title);
    o.id("rating", s.rating.id());
    array(o.key("goals"), f.goals.iter().zip(&s.goals), goal);
    o.opt_text("title_en", f.title_en.as_deref());
    o.opt_text("owner", f.owner.as_deref());
    o.close();
}

fn goal(out: &mut Vec<u8>, (g, s): (&Goal, &GoalScore)) {
    let mut o = Object::open(out);
    o.text("id", &g.id);
    o.text("text", &g.text);
    o.id("rating", s.rating.id());
    let mut coverage = Object::open(o.key("coverage"));
    coverage.value("rated", &s.coverage.rated);
    coverage.value("with_data", &s.coverage.with_data);
    coverage.close();
    array(
        o.key("indicators"),
        g.indicators.iter().zip(&s.indicators),
        indicator,
    );
    o.opt_text("text_en", g.text_en.as_deref());
    o.close();
}

fn indicator(out: &mut Vec<u8>, (ind, s): (&Indicator, &IndicatorScore)) {
    let Targets {
        target,
        target_year,
        baseline,
        due,
    } = Targets::of(ind);
    let rated = s.rated_point();
    let mut o = Object::open(out);
    o.text("id", &ind.id);
    o.text("name", &ind.name);
    o.id("kind", ind.kind.name().id());
    o.opt_text("unit", ind.unit.as_deref());
    o.value("primary", &ind.primary);
    o.opt_id("direction", ind.direction().map(|d| d.id()));
    o.number("target", target);
    o.value("target_year", &target_year);
    match baseline {
        Some(b) => {
            let mut bo = Object::open(o.key("baseline"));
            bo.value("year", &b.year);
            bo.number("value", Some(b.value));
            bo.close();
        }
        None => o.key("baseline").extend_from_slice(b"null"),
    }
    o.value("due", &due);
    o.value("accumulate", &ind.accumulate());
    o.id("rating", s.rating.id());
    o.value("year", &s.year);
    o.value("stale", &s.stale);
    o.data_value("value", s.value);
    o.number("achievement", s.achievement);
    o.opt_id("outlook", s.outlook.map(|x| x.outlook.id()));
    o.opt_id("trend", s.trend.map(|x| x.trend.id()));
    array(o.key("series"), &s.series, point);
    o.opt_text("name_en", ind.name_en.as_deref());
    o.opt_text("source", ind.source.as_deref());
    o.value("provisional", &rated.is_some_and(|p| p.point.provisional()));
    o.opt_text("note", rated.and_then(|p| p.point.note.as_deref()));
    o.close();
}

fn point(out: &mut Vec<u8>, p: &SeriesPoint) {
    let mut o = Object::open(out);
    o.value("year", &p.year);
    o.data_value("value", p.value);
    o.number("target", p.target);
    o.number("achievement", p.achievement);
    o.id("rating", p.rating.id());
    o.value("provisional", &p.point.provisional());
    o.opt_text("note", p.point.note.as_deref());
    o.opt_id("status", p.point.status.map(|s| s.id()));
    o.close();
}

/// Compact JSON laid out as serde_json's pretty printer lays it out, for a value at `depth`
/// in the document: a line per key and per array item, two spaces a level, `": "` between
/// key and value, and `{}` and `[]` for empty objects and arrays. Only the punctuation
/// outside strings is touched.
fn indent(compact: &[u8], depth: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(compact.len() * 3);
    let mut depth = depth;
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        out.resize(out.len() + 2 * depth, b' ');
    };
    let mut in_string = false;
    let mut escaped = false;
    let mut i = 0;
    while i < compact.len() {
        let c = compact[i];
        out.push(c);
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
        } else {
            match c {
                b'"' => in_string = true,
                b'{' | b'[' => {
                    if matches!(compact.get(i + 1), Some(b'}' | b']')) {
                        out.push(compact[i + 1]);
                        i += 1;
                    } else {
                        depth += 1;
                        newline(&mut out, depth);
                    }
                }
                b'}' | b']' => {
                    out.pop();
                    depth -= 1;
                    newline(&mut out, depth);
                    out.push(c);
                }
                b',' => newline(&mut out, depth),
                b':' => out.push(b' '),
                _ => {}
            }
        }
        i += 1;
    }
    out
}
