//! The JSON report (SPEC §5), `polscore.report/1`.
//!
//! This is the one document every format is rendered from, and the one `check` and `diff`
//! read back, so it is both `Serialize` and `Deserialize`. Wire rules: every key of SPEC §5
//! is always present (`null` where it does not apply); keys are written in the order of
//! SPEC §5, followed by keys this version adds (`title_en`, `owner`, `period`, `labels`,
//! `text_en`, `name_en`, `source`, `provisional`, `note`, `status`, `help`); numbers carry
//! full precision, and integral numbers are written without a fraction (`50`, not `50.0`).
//! Keys may be added in later versions; none of these may be renamed or removed without a
//! new schema version.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize, Serializer};

use crate::data::Value;
use crate::diag::Diagnostic;
use crate::rating::Rating;
use crate::rubric::{Direction, KindName};
use crate::score::{IndicatorScore, RubricScore, SeriesPoint};

pub const SCHEMA: &str = "polscore.report/1";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub schema: String,
    pub generator: String,
    pub rubrics: Vec<RubricReport>,
    pub diagnostics: Vec<DiagnosticReport>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RubricReport {
    pub id: String,
    pub as_of: Option<i32>,
    pub title: String,
    pub title_en: Option<String>,
    pub file: String,
    pub rating: Rating,
    pub fields: Vec<FieldReport>,
    #[serde(default)]
    pub owner: Option<String>,
    #[serde(default)]
    pub period: Option<[i32; 2]>,
    /// Display labels from the rubric's `[labels]`, by rating id.
    #[serde(default)]
    pub labels: BTreeMap<Rating, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldReport {
    pub id: String,
    pub title: String,
    pub rating: Rating,
    pub goals: Vec<GoalReport>,
    #[serde(default)]
    pub title_en: Option<String>,
    #[serde(default)]
    pub owner: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalReport {
    pub id: String,
    pub text: String,
    pub rating: Rating,
    pub coverage: CoverageReport,
    pub indicators: Vec<IndicatorReport>,
    #[serde(default)]
    pub text_en: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverageReport {
    pub rated: usize,
    pub with_data: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorReport {
    pub id: String,
    pub name: String,
    pub kind: KindName,
    pub unit: Option<String>,
    pub primary: bool,
    pub direction: Option<Direction>,
    #[serde(serialize_with = "opt_num")]
    pub target: Option<f64>,
    pub target_year: Option<i32>,
    pub baseline: Option<BaselineReport>,
    pub due: Option<i32>,
    pub accumulate: bool,
    pub rating: Rating,
    pub year: Option<i32>,
    pub stale: bool,
    pub value: Option<JsonValue>,
    #[serde(serialize_with = "opt_num")]
    pub achievement: Option<f64>,
    pub outlook: Option<String>,
    pub trend: Option<String>,
    pub series: Vec<PointReport>,
    #[serde(default)]
    pub name_en: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    /// The rated value is a preliminary figure.
    #[serde(default)]
    pub provisional: bool,
    /// The note of the rated year's row.
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BaselineReport {
    pub year: i32,
    #[serde(serialize_with = "num")]
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PointReport {
    pub year: i32,
    pub value: Option<JsonValue>,
    #[serde(serialize_with = "opt_num")]
    pub target: Option<f64>,
    #[serde(serialize_with = "opt_num")]
    pub achievement: Option<f64>,
    pub rating: Rating,
    pub provisional: bool,
    pub note: Option<String>,
    /// The row's `status` column, when it has one.
    #[serde(default)]
    pub status: Option<String>,
}

/// A value: a number, or a milestone's status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum JsonValue {
    Number(#[serde(serialize_with = "num")] f64),
    Status(String),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiagnosticReport {
    pub level: String,
    pub message: String,
    pub location: Option<String>,
    #[serde(default)]
    pub help: Option<String>,
}

/// Integral numbers without a fraction; others in the shortest form that reads back exactly.
fn num<S: Serializer>(x: &f64, s: S) -> Result<S::Ok, S::Error> {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        s.serialize_i64(*x as i64)
    } else {
        s.serialize_f64(*x)
    }
}

pub(crate) fn opt_num<S: Serializer>(x: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match x {
        Some(x) => num(x, s),
        None => s.serialize_none(),
    }
}

impl From<Value> for JsonValue {
    fn from(v: Value) -> Self {
        match v {
            Value::Number(n) => JsonValue::Number(n),
            Value::Milestone(m) => JsonValue::Status(m.id().to_string()),
        }
    }
}

impl From<&Diagnostic> for DiagnosticReport {
    fn from(d: &Diagnostic) -> Self {
        DiagnosticReport {
            level: d.level.id().to_string(),
            message: d.message.clone(),
            location: d.location.as_ref().map(ToString::to_string),
            help: d.help.clone(),
        }
    }
}

/// The report of scored rubrics, with the diagnostics gathered on the way.
pub fn build(scores: &[RubricScore], diagnostics: &[Diagnostic]) -> Report {
    Report {
        schema: SCHEMA.to_string(),
        generator: format!("polscore {}", env!("CARGO_PKG_VERSION")),
        rubrics: scores.iter().map(rubric).collect(),
        diagnostics: diagnostics.iter().map(DiagnosticReport::from).collect(),
    }
}

fn rubric(s: &RubricScore) -> RubricReport {
    let r = s.rubric;
    RubricReport {
        id: r.policy.id.clone(),
        as_of: s.as_of,
        title: r.policy.title.clone(),
        title_en: r.policy.title_en.clone(),
        file: r.file.clone(),
        rating: s.rating,
        fields: r
            .fields
            .iter()
            .zip(&s.fields)
            .map(|(f, fs)| FieldReport {
                id: f.id.clone(),
                title: f.title.clone(),
                rating: fs.rating,
                goals: f
                    .goals
                    .iter()
                    .zip(&fs.goals)
                    .map(|(g, gs)| GoalReport {
                        id: g.id.clone(),
                        text: g.text.clone(),
                        rating: gs.rating,
                        coverage: CoverageReport {
                            rated: gs.coverage.rated,
                            with_data: gs.coverage.with_data,
                        },
                        indicators: g
                            .indicators
                            .iter()
                            .zip(&gs.indicators)
                            .map(|(i, is)| indicator(i, is))
                            .collect(),
                        text_en: g.text_en.clone(),
                    })
                    .collect(),
                title_en: f.title_en.clone(),
                owner: f.owner.clone(),
            })
            .collect(),
        owner: r.policy.owner.clone(),
        period: r.policy.period.map(|(a, b)| [a, b]),
        labels: r.labels.clone(),
    }
}

fn indicator(ind: &crate::rubric::Indicator, s: &IndicatorScore) -> IndicatorReport {
    let Targets {
        target,
        target_year,
        baseline,
        due,
    } = Targets::of(ind);
    let rated = s.rated_point();
    IndicatorReport {
        id: ind.id.clone(),
        name: ind.name.clone(),
        kind: ind.kind.name(),
        unit: ind.unit.clone(),
        primary: ind.primary,
        direction: ind.direction(),
        target,
        target_year,
        baseline,
        due,
        accumulate: ind.accumulate(),
        rating: s.rating,
        year: s.year,
        stale: s.stale,
        value: s.value.map(JsonValue::from),
        achievement: s.achievement,
        outlook: s.outlook.map(|o| o.outlook.id().to_string()),
        trend: s.trend.map(|t| t.trend.id().to_string()),
        series: s.series.iter().map(point).collect(),
        name_en: ind.name_en.clone(),
        source: ind.source.clone(),
        provisional: rated.is_some_and(|p| p.point.provisional()),
        note: rated.and_then(|p| p.point.note.clone()),
    }
}

/// The keys of an indicator that depend on its kind.
struct Targets {
    target: Option<f64>,
    target_year: Option<i32>,
    baseline: Option<BaselineReport>,
    due: Option<i32>,
}

impl Targets {
    fn of(ind: &crate::rubric::Indicator) -> Targets {
        use crate::rubric::Kind;
        let none = Targets {
            target: None,
            target_year: None,
            baseline: None,
            due: None,
        };
        match &ind.kind {
            Kind::Target(t) => Targets {
                target: Some(t.target),
                target_year: t.target_year,
                baseline: t.baseline.map(|b| BaselineReport {
                    year: b.year,
                    value: b.value,
                }),
                ..none
            },
            Kind::Reference { .. } => none,
            Kind::Milestone { due } => Targets { due: *due, ..none },
        }
    }
}

fn point(p: &SeriesPoint) -> PointReport {
    PointReport {
        year: p.year,
        value: p.value.map(JsonValue::from),
        target: p.target,
        achievement: p.achievement,
        rating: p.rating,
        provisional: p.point.provisional(),
        note: p.point.note.clone(),
        status: p.point.status.map(|s| s.id().to_string()),
    }
}

/// A scored rubric serialised as its `RubricReport` would be, key for key and byte for
/// byte, but from the scores themselves: `write` formats a government's report without first
/// copying every text and point into a `RubricReport`. The keys are those of the structs
/// above, in their order; a test checks that both give the same bytes.
struct RubricView<'a>(&'a RubricScore<'a>);

impl Serialize for RubricView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (score, r) = (self.0, self.0.rubric);
        let fields: Vec<FieldView> = r.fields.iter().zip(&score.fields).map(FieldView).collect();
        let mut m = s.serialize_struct("RubricReport", 10)?;
        m.serialize_field("id", &r.policy.id)?;
        m.serialize_field("as_of", &score.as_of)?;
        m.serialize_field("title", &r.policy.title)?;
        m.serialize_field("title_en", &r.policy.title_en)?;
        m.serialize_field("file", &r.file)?;
        m.serialize_field("rating", &score.rating)?;
        m.serialize_field("fields", &fields)?;
        m.serialize_field("owner", &r.policy.owner)?;
        m.serialize_field("period", &r.policy.period.map(|(a, b)| [a, b]))?;
        m.serialize_field("labels", &r.labels)?;
        m.end()
    }
}

struct FieldView<'a>((&'a crate::rubric::Field, &'a crate::score::FieldScore<'a>));

impl Serialize for FieldView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (f, fs) = self.0;
        let goals: Vec<GoalView> = f.goals.iter().zip(&fs.goals).map(GoalView).collect();
        let mut m = s.serialize_struct("FieldReport", 6)?;
        m.serialize_field("id", &f.id)?;
        m.serialize_field("title", &f.title)?;
        m.serialize_field("rating", &fs.rating)?;
        m.serialize_field("goals", &goals)?;
        m.serialize_field("title_en", &f.title_en)?;
        m.serialize_field("owner", &f.owner)?;
        m.end()
    }
}

struct GoalView<'a>((&'a crate::rubric::Goal, &'a crate::score::GoalScore<'a>));

impl Serialize for GoalView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (g, gs) = self.0;
        let indicators: Vec<IndicatorView> = g
            .indicators
            .iter()
            .zip(&gs.indicators)
            .map(IndicatorView)
            .collect();
        let mut m = s.serialize_struct("GoalReport", 6)?;
        m.serialize_field("id", &g.id)?;
        m.serialize_field("text", &g.text)?;
        m.serialize_field("rating", &gs.rating)?;
        m.serialize_field(
            "coverage",
            &CoverageReport {
                rated: gs.coverage.rated,
                with_data: gs.coverage.with_data,
            },
        )?;
        m.serialize_field("indicators", &indicators)?;
        m.serialize_field("text_en", &g.text_en)?;
        m.end()
    }
}

struct IndicatorView<'a>((&'a crate::rubric::Indicator, &'a IndicatorScore<'a>));

impl Serialize for IndicatorView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let (ind, is) = self.0;
        let Targets {
            target,
            target_year,
            baseline,
            due,
        } = Targets::of(ind);
        let rated = is.rated_point();
        let series: Vec<PointView> = is.series.iter().map(PointView).collect();
        let mut m = s.serialize_struct("IndicatorReport", 24)?;
        m.serialize_field("id", &ind.id)?;
        m.serialize_field("name", &ind.name)?;
        m.serialize_field("kind", &ind.kind.name())?;
        m.serialize_field("unit", &ind.unit)?;
        m.serialize_field("primary", &ind.primary)?;
        m.serialize_field("direction", &ind.direction())?;
        m.serialize_field("target", &target.map(Num))?;
        m.serialize_field("target_year", &target_year)?;
        m.serialize_field("baseline", &baseline)?;
        m.serialize_field("due", &due)?;
        m.serialize_field("accumulate", &ind.accumulate())?;
        m.serialize_field("rating", &is.rating)?;
        m.serialize_field("year", &is.year)?;
        m.serialize_field("stale", &is.stale)?;
        m.serialize_field("value", &is.value.map(ValueView))?;
        m.serialize_field("achievement", &is.achievement.map(Num))?;
        m.serialize_field("outlook", &is.outlook.map(|o| o.outlook.id()))?;
        m.serialize_field("trend", &is.trend.map(|t| t.trend.id()))?;
        m.serialize_field("series", &series)?;
        m.serialize_field("name_en", &ind.name_en)?;
        m.serialize_field("source", &ind.source)?;
        m.serialize_field("provisional", &rated.is_some_and(|p| p.point.provisional()))?;
        m.serialize_field("note", &rated.and_then(|p| p.point.note.as_ref()))?;
        m.end()
    }
}

struct PointView<'a>(&'a SeriesPoint<'a>);

impl Serialize for PointView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let p = self.0;
        let mut m = s.serialize_struct("PointReport", 8)?;
        m.serialize_field("year", &p.year)?;
        m.serialize_field("value", &p.value.map(ValueView))?;
        m.serialize_field("target", &p.target.map(Num))?;
        m.serialize_field("achievement", &p.achievement.map(Num))?;
        m.serialize_field("rating", &p.rating)?;
        m.serialize_field("provisional", &p.point.provisional())?;
        m.serialize_field("note", &p.point.note)?;
        m.serialize_field("status", &p.point.status.map(|s| s.id()))?;
        m.end()
    }
}

/// A number as `num` writes it.
struct Num(f64);

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        num(&self.0, s)
    }
}

/// A value as `JsonValue` writes it.
struct ValueView(Value);

impl Serialize for ValueView {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Number(n) => num(&n, s),
            Value::Milestone(m) => s.serialize_str(m.id()),
        }
    }
}

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
    // The punctuation around and between rubrics, and before the diagnostics.
    let (open, next, close, diagnostics_key) = match style {
        Style::Compact => ("[", ",", "]", ",\"diagnostics\":"),
        Style::Pretty => ("[\n    ", ",\n    ", "\n  ]", ",\n  \"diagnostics\": "),
    };
    out.write_all(head(style)?.as_bytes())?;
    out.write_all(if scores.is_empty() {
        b"[]"
    } else {
        open.as_bytes()
    })?;
    let written = std::thread::scope(|s| {
        // Two batches may wait to be written: enough to keep both sides busy, little memory.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<std::io::Result<Vec<u8>>>>(2);
        s.spawn(move || {
            for batch in scores.chunks(BATCH) {
                let texts = batch
                    .par_iter()
                    .map(|score| formatted(&RubricView(score), style, 4))
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
                    out.write_all(next.as_bytes())?;
                }
                first = false;
                out.write_all(&text?)?;
            }
        }
        Ok::<(), std::io::Error>(())
    });
    written?;
    if !scores.is_empty() {
        out.write_all(close.as_bytes())?;
    }
    let diagnostics: Vec<DiagnosticReport> =
        diagnostics.iter().map(DiagnosticReport::from).collect();
    out.write_all(diagnostics_key.as_bytes())?;
    out.write_all(&formatted(&diagnostics, style, 2)?)?;
    out.write_all(match style {
        Style::Compact => b"}\n",
        Style::Pretty => b"\n}\n",
    })
}

/// The document up to the value of `rubrics`.
fn head(style: Style) -> std::io::Result<String> {
    let text = |s: &str| serde_json::to_string(s).map_err(std::io::Error::other);
    let schema = text(SCHEMA)?;
    let generator = text(&format!("polscore {}", env!("CARGO_PKG_VERSION")))?;
    Ok(match style {
        Style::Compact => format!("{{\"schema\":{schema},\"generator\":{generator},\"rubrics\":"),
        Style::Pretty => {
            format!("{{\n  \"schema\": {schema},\n  \"generator\": {generator},\n  \"rubrics\": ")
        }
    })
}

/// Rubrics formatted together before they are written: enough to keep both cores busy,
/// few enough that memory holds only a small part of the report.
const BATCH: usize = 8;

/// A value formatted on its own in `style`. Pretty: serde_json's pretty printer with every
/// line after the first indented by `depth`, the depth the value has in the document, which
/// gives the bytes the printer would write for the whole document.
fn formatted<T: Serialize>(value: &T, style: Style, depth: usize) -> std::io::Result<Vec<u8>> {
    match style {
        Style::Compact => serde_json::to_vec(value).map_err(std::io::Error::other),
        Style::Pretty => {
            let text = serde_json::to_string_pretty(value).map_err(std::io::Error::other)?;
            Ok(indented(&text, depth).into_bytes())
        }
    }
}

/// `text` with every line after the first indented by `depth` spaces. JSON strings hold no
/// raw newline, so every newline is the pretty printer's.
fn indented(text: &str, depth: usize) -> String {
    let pad = format!("\n{}", " ".repeat(depth));
    text.replace('\n', &pad)
}

/// The report as JSON in `style`, ending in a newline.
pub fn render(report: &Report, style: Style) -> String {
    let mut out = match style {
        Style::Compact => serde_json::to_string(report),
        Style::Pretty => serde_json::to_string_pretty(report),
    }
    .unwrap_or_default();
    out.push('\n');
    out
}
