//! The JSON report (SPEC §5), `polscore.report/1`, and its one definition: the structs
//! below. Their fields are the keys, in the order they are written; `write` streams them
//! (compact: through the writer `report_structs!` generates with them; pretty: through
//! serde_json), the formats for people render them, and `check` and `diff` read them back
//! through the same structs.
//!
//! Wire rules: every key of SPEC §5 is always present (`null` where it does not apply);
//! keys are written in the order of SPEC §5, followed by keys this version adds
//! (`title_en`, `owner`, `period`, `labels`, `text_en`, `name_en`, `source`, `provisional`,
//! `note`, `status`, `help`); numbers carry full precision, integral numbers are written
//! without a fraction (`50`, not `50.0`), and a number JSON cannot carry (infinite, NaN) is
//! written `null`. Keys may be added in later versions; none of these may be renamed or
//! removed without a new schema version.
//!
//! What a comparison reads back is what it compares (rating, value, target, outlook, trend
//! and the texts that name a node): the other keys are `skip_deserializing`, so that a
//! report that lacks them, or has keys a later version adds, reads fine, and the series,
//! nearly all of a report's bytes, is skipped while the file is read.
//!
//! Texts are `Cow`s: borrowed from the rubric and the data when the report is written, owned
//! when it is read back or escaped for people (`build`).

mod build;
mod compact;
#[cfg(test)]
pub(crate) mod fixtures;
mod write;

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize, Serializer};

use crate::data::{MilestoneStatus, Status};
use crate::diag::Level;
use crate::rating::Rating;
use crate::rubric::{Direction, KindName, Measure, YearBasis};
use crate::score::{Outlook, Trend};
use crate::values::show;

pub use build::{For, build, rubric};
use compact::report_structs;
pub use write::{Style, write};

pub const SCHEMA: &str = "polscore.report/1";

report_structs! {
/// The document. It is only written (`read` in `compare` reads its `rubrics`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report<'a> {
    pub schema: Cow<'a, str>,
    pub generator: Cow<'a, str>,
    pub rubrics: Vec<RubricReport<'a>>,
    pub diagnostics: Vec<DiagnosticReport<'a>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RubricReport<'a> {
    pub id: Cow<'a, str>,
    pub as_of: Option<i32>,
    pub title: Cow<'a, str>,
    #[serde(skip_deserializing)]
    pub title_en: Option<Cow<'a, str>>,
    #[serde(skip_deserializing)]
    pub file: Cow<'a, str>,
    pub rating: Rating,
    pub fields: Vec<FieldReport<'a>>,
    #[serde(skip_deserializing)]
    pub owner: Option<Cow<'a, str>>,
    #[serde(skip_deserializing)]
    pub period: Option<[i32; 2]>,
    /// Display labels from the rubric's `[labels]`, by rating id.
    #[serde(skip_deserializing)]
    pub labels: BTreeMap<Rating, String>,
    /// The verdict the evaluation records (SPEC §1 `assessment`), as a rating id.
    #[serde(skip_deserializing)]
    pub assessment: Option<Rating>,
    #[serde(skip_deserializing)]
    pub assessment_note: Option<Cow<'a, str>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldReport<'a> {
    pub id: Cow<'a, str>,
    pub title: Cow<'a, str>,
    pub rating: Rating,
    pub goals: Vec<GoalReport<'a>>,
    #[serde(skip_deserializing)]
    pub title_en: Option<Cow<'a, str>>,
    #[serde(skip_deserializing)]
    pub owner: Option<Cow<'a, str>>,
    #[serde(skip_deserializing)]
    pub assessment: Option<Rating>,
    #[serde(skip_deserializing)]
    pub assessment_note: Option<Cow<'a, str>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalReport<'a> {
    pub id: Cow<'a, str>,
    pub text: Cow<'a, str>,
    pub rating: Rating,
    #[serde(skip_deserializing)]
    pub coverage: CoverageReport,
    pub indicators: Vec<IndicatorReport<'a>>,
    #[serde(skip_deserializing)]
    pub text_en: Option<Cow<'a, str>>,
    #[serde(skip_deserializing)]
    pub assessment: Option<Rating>,
    #[serde(skip_deserializing)]
    pub assessment_note: Option<Cow<'a, str>>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CoverageReport {
    pub rated: usize,
    pub with_data: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndicatorReport<'a> {
    pub id: Cow<'a, str>,
    pub name: Cow<'a, str>,
    #[serde(skip_deserializing, default = "unread_kind")]
    pub kind: KindName,
    pub unit: Option<Cow<'a, str>>,
    /// A ratio's unit of its counts (`名`), for `50.5%（192名中97名）`.
    #[serde(skip_deserializing)]
    pub count_unit: Option<Cow<'a, str>>,
    #[serde(skip_deserializing)]
    pub primary: bool,
    pub direction: Option<Direction>,
    /// A number, or `[low, high]` for a band; a reference indicator's benchmark.
    pub target: Option<TargetReport>,
    pub target_year: Option<i32>,
    pub baseline: Option<BaselineReport>,
    pub due: Option<i32>,
    #[serde(skip_deserializing)]
    pub accumulate: bool,
    pub rating: Rating,
    pub year: Option<i32>,
    #[serde(skip_deserializing)]
    pub stale: bool,
    pub value: Option<JsonValue>,
    #[serde(serialize_with = "opt_num", skip_deserializing)]
    pub achievement: Option<f64>,
    pub outlook: Option<Outlook>,
    pub trend: Option<Trend>,
    #[serde(skip_deserializing)]
    pub series: Vec<PointReport<'a>>,
    #[serde(skip_deserializing)]
    pub name_en: Option<Cow<'a, str>>,
    #[serde(skip_deserializing)]
    pub source: Option<Cow<'a, str>>,
    /// The rated value is a preliminary figure.
    #[serde(skip_deserializing)]
    pub provisional: bool,
    /// The note of the rated year's row.
    #[serde(skip_deserializing)]
    pub note: Option<Cow<'a, str>>,
    /// The yearly schedule (`targets`), year → target, in order of year.
    #[serde(skip_deserializing)]
    pub targets: Option<Schedule>,
    #[serde(skip_deserializing, default = "unread_measure")]
    pub measure: Measure,
    #[serde(skip_deserializing)]
    pub year_basis: YearBasis,
    /// A reference indicator's latest value against its benchmark (SPEC §3.2); read back
    /// for `check` and `diff` (absent from reports before the amendment: null).
    pub meets_target: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BaselineReport {
    pub year: i32,
    #[serde(serialize_with = "num")]
    pub value: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PointReport<'a> {
    pub year: i32,
    pub value: Option<JsonValue>,
    pub target: Option<TargetReport>,
    #[serde(serialize_with = "opt_num")]
    pub achievement: Option<f64>,
    pub rating: Rating,
    pub provisional: bool,
    pub note: Option<Cow<'a, str>>,
    /// The row's `status` column, when it has one.
    pub status: Option<Status>,
    /// A ratio's numerator and denominator (SPEC §2), when the row gives them.
    #[serde(serialize_with = "opt_num")]
    pub numerator: Option<f64>,
    #[serde(serialize_with = "opt_num")]
    pub denominator: Option<f64>,
    /// `[first, last]` for a span row.
    pub span: Option<[i32; 2]>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiagnosticReport<'a> {
    pub level: Level,
    /// The stable code of the diagnostic (`docs/reports.md`): a warning's lint code, an
    /// error's code, or none.
    pub code: Option<Cow<'a, str>>,
    /// The message in the report's `--lang`.
    pub message: Cow<'a, str>,
    pub location: Option<Cow<'a, str>>,
    pub help: Option<Cow<'a, str>>,
}
}

/// The kind of an indicator read back, which no comparison looks at.
fn unread_kind() -> KindName {
    KindName::Target
}

impl IndicatorReport<'_> {
    /// The target when it is one number (not a band).
    pub fn target_number(&self) -> Option<f64> {
        self.target.and_then(TargetReport::number)
    }
}

impl PointReport<'_> {
    /// The year's target when it is one number (not a band).
    pub fn target_number(&self) -> Option<f64> {
        self.target.and_then(TargetReport::number)
    }
}

/// The measure of an indicator read back, which no comparison looks at.
fn unread_measure() -> Measure {
    Measure::Value
}

/// A target as the report states it: one number, or a band `[low, high]`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum TargetReport {
    Number(#[serde(serialize_with = "num")] f64),
    Band(#[serde(serialize_with = "band")] [f64; 2]),
}

impl TargetReport {
    /// The one number of a target; `None` for a band.
    pub fn number(self) -> Option<f64> {
        match self {
            TargetReport::Number(x) => Some(x),
            TargetReport::Band(_) => None,
        }
    }
}

/// A yearly schedule as the report writes it: an object of year → number, in order of year.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Schedule(pub Vec<(i32, f64)>);

impl Serialize for Schedule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (year, x) in &self.0 {
            map.serialize_entry(&year.to_string(), &Num(*x))?;
        }
        map.end()
    }
}

/// A number serialised as `num` writes it.
struct Num(f64);

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        num(&self.0, s)
    }
}

fn band<S: Serializer>(x: &[f64; 2], s: S) -> Result<S::Ok, S::Error> {
    [Num(x[0]), Num(x[1])].serialize(s)
}

/// A value: a number, or a milestone's status.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum JsonValue {
    Number(#[serde(serialize_with = "num")] f64),
    Status(MilestoneStatus),
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

/// `x` as it reads back from the report: `None` for what JSON cannot carry (written
/// `null`), an integral number without its sign of zero (written `0`), else `x` itself
/// (serde_json writes the shortest form that reads back exactly, and reads it exactly with
/// its `float_roundtrip` feature).
pub fn carried(x: f64) -> Option<f64> {
    if !x.is_finite() {
        None
    } else if let Some(i) = show::whole(x) {
        Some(i as f64)
    } else {
        Some(x)
    }
}
