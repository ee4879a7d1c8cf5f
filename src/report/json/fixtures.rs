//! Report nodes for the unit tests of the formats: a policy, an indicator and a point with
//! every key at its plain default, for a test to set what it is about with `..`.

use super::{IndicatorReport, JsonValue, PointReport, RubricReport};
use crate::rating::Rating;
use crate::rubric::{KindName, Measure};

/// A policy `p` rated met at 2023, with no fields.
pub fn rubric() -> RubricReport<'static> {
    RubricReport {
        id: "p".into(),
        as_of: Some(2023),
        title: "t".into(),
        title_en: None,
        file: "p.toml".into(),
        rating: Rating::Met,
        fields: vec![],
        owner: None,
        period: None,
        labels: Default::default(),
        assessment: None,
        assessment_note: None,
    }
}

/// A reference indicator `x` without unit, target or points.
pub fn indicator() -> IndicatorReport<'static> {
    IndicatorReport {
        id: "x".into(),
        name: "x".into(),
        kind: KindName::Reference,
        unit: None,
        count_unit: None,
        primary: false,
        direction: None,
        target: None,
        target_year: None,
        baseline: None,
        due: None,
        accumulate: false,
        rating: Rating::NotRated,
        year: None,
        stale: false,
        value: None,
        achievement: None,
        outlook: None,
        trend: None,
        series: vec![],
        name_en: None,
        source: None,
        provisional: false,
        note: None,
        targets: None,
        measure: Measure::Value,
        year_basis: Default::default(),
        meets_target: None,
    }
}

/// A point of `year` with the number `value`, not rated.
pub fn point(year: i32, value: f64) -> PointReport<'static> {
    PointReport {
        year,
        value: Some(JsonValue::Number(value)),
        target: None,
        achievement: None,
        rating: Rating::NotRated,
        provisional: false,
        note: None,
        status: None,
        numerator: None,
        denominator: None,
        span: None,
    }
}
