//! The rubric file as written (SPEC §1), deserialised with spans so that every later check
//! can point at the offending key. Nothing here is validated beyond TOML types.

use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRubric {
    /// Checked by the structure pass (which stops at any version but 1); read here so that
    /// `deny_unknown_fields` accepts it.
    #[allow(dead_code)]
    pub schema: Spanned<i64>,
    pub policy: Spanned<RawPolicy>,
    pub scoring: Option<RawScoring>,
    pub labels: Option<RawLabels>,
    #[serde(default)]
    pub field: Vec<Spanned<RawField>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPolicy {
    pub id: Spanned<String>,
    pub title: String,
    pub title_en: Option<String>,
    pub owner: Option<String>,
    pub period: Option<Spanned<Vec<Spanned<i64>>>>,
    pub source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawScoring {
    pub exceeded: Option<Spanned<f64>>,
    pub progressing: Option<Spanned<f64>>,
    pub stable_band: Option<Spanned<f64>>,
    pub aggregation: Option<crate::rubric::Aggregation>,
    pub growth: Option<crate::rubric::Growth>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLabels {
    pub exceeded: Option<String>,
    pub met: Option<String>,
    pub progressing: Option<String>,
    pub limited: Option<String>,
    pub not_progressing: Option<String>,
    pub no_data: Option<String>,
    pub not_rated: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawField {
    pub id: Spanned<String>,
    pub title: String,
    pub title_en: Option<String>,
    pub owner: Option<String>,
    pub weight: Option<Spanned<f64>>,
    #[serde(default)]
    pub goal: Vec<Spanned<RawGoal>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawGoal {
    pub id: Spanned<String>,
    pub text: String,
    pub text_en: Option<String>,
    pub weight: Option<Spanned<f64>>,
    #[serde(default)]
    pub indicator: Vec<Spanned<RawIndicator>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawIndicator {
    pub id: Spanned<String>,
    pub name: String,
    pub name_en: Option<String>,
    pub kind: Spanned<crate::rubric::KindName>,
    pub unit: Option<String>,
    pub direction: Option<Spanned<crate::rubric::Direction>>,
    pub target: Option<Spanned<f64>>,
    pub target_year: Option<Spanned<i64>>,
    pub baseline: Option<Spanned<RawBaseline>>,
    pub path: Option<Spanned<crate::rubric::PathKind>>,
    pub accumulate: Option<Spanned<bool>>,
    pub due: Option<Spanned<i64>>,
    pub primary: Option<Spanned<bool>>,
    pub weight: Option<Spanned<f64>>,
    pub source: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBaseline {
    pub year: Spanned<i64>,
    pub value: Spanned<f64>,
}
