//! What `check` and `diff` read of a `polscore.report/1`: the tree of policies, fields,
//! goals and indicators with what is compared of each (rating, value, target, outlook,
//! trend). Series and diagnostics, nearly all of a report's bytes, are skipped while the
//! file is read, so a government-wide report of hundreds of megabytes takes a few tens of
//! megabytes here. Key names are those of `report::json`; unknown keys are ignored, so a
//! later report that only adds keys reads fine.

use serde::Deserialize;

use crate::rating::Rating;
use crate::report::json::{BaselineReport, JsonValue};
use crate::rubric::Direction;

/// The policies of a report, in its order (the `rubrics` key).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    pub rubrics: Vec<RubricReport>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct RubricReport {
    pub id: String,
    pub as_of: Option<i32>,
    pub title: String,
    pub rating: Rating,
    pub fields: Vec<FieldReport>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FieldReport {
    pub id: String,
    pub title: String,
    pub rating: Rating,
    pub goals: Vec<GoalReport>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct GoalReport {
    pub id: String,
    pub text: String,
    pub rating: Rating,
    pub indicators: Vec<IndicatorReport>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct IndicatorReport {
    pub id: String,
    pub name: String,
    pub unit: Option<String>,
    pub direction: Option<Direction>,
    pub target: Option<f64>,
    pub target_year: Option<i32>,
    pub baseline: Option<BaselineReport>,
    pub due: Option<i32>,
    pub rating: Rating,
    pub year: Option<i32>,
    pub value: Option<JsonValue>,
    pub outlook: Option<String>,
    pub trend: Option<String>,
}
