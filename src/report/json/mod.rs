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
//!
//! `score` writes the document through `stream::write`, which writes the same keys straight
//! from the scores: a key added or moved here is added or moved there too
//! (tests/properties.rs compares the two byte for byte).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize, Serializer};

use crate::data::Value;
use crate::diag::Diagnostic;
use crate::rating::Rating;
use crate::rubric::{Direction, KindName};
use crate::score::{IndicatorScore, RubricScore, SeriesPoint};
use crate::values::show;

mod stream;

pub use stream::write;

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
    match show::whole(*x) {
        Some(i) => s.serialize_i64(i),
        None => s.serialize_f64(*x),
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
