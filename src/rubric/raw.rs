//! The rubric file as written (SPEC §1), deserialised with spans so that every later check
//! can point at the offending key. Nothing here is validated beyond TOML types.

use std::collections::BTreeMap;

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
    pub lints: Option<RawLints>,
    #[serde(default)]
    pub field: Vec<Spanned<RawField>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawLints {
    #[serde(default)]
    pub allow: Vec<String>,
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
    pub assessment: Option<String>,
    pub assessment_note: Option<String>,
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
    pub assessment: Option<String>,
    pub assessment_note: Option<String>,
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
    pub assessment: Option<String>,
    pub assessment_note: Option<String>,
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
    pub target: Option<Spanned<RawTarget>>,
    pub target_year: Option<Spanned<i64>>,
    /// Year (as written: the structure pass has checked it is one) to target.
    pub targets: Option<Spanned<BTreeMap<String, Spanned<f64>>>>,
    pub baseline: Option<Spanned<RawBaseline>>,
    pub path: Option<Spanned<crate::rubric::PathKind>>,
    pub accumulate: Option<Spanned<bool>>,
    pub measure: Option<Spanned<crate::rubric::Measure>>,
    pub scale: Option<Spanned<f64>>,
    pub count_unit: Option<Spanned<String>>,
    pub year_basis: Option<Spanned<crate::rubric::YearBasis>>,
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

/// `target`: a number, or the band `[low, high]` of `direction = "within"` (the structure
/// pass has checked that a band is two numbers).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RawTarget {
    Number(f64),
    Band(f64, f64),
}

impl<'de> Deserialize<'de> for RawTarget {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = RawTarget;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number, or [low, high]")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<RawTarget, E> {
                Ok(RawTarget::Number(v as f64))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<RawTarget, E> {
                Ok(RawTarget::Number(v as f64))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<RawTarget, E> {
                Ok(RawTarget::Number(v))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<RawTarget, A::Error> {
                use serde::de::Error;
                let low: Option<f64> = a.next_element()?;
                let high: Option<f64> = a.next_element()?;
                match (low, high, a.next_element::<f64>()?) {
                    (Some(low), Some(high), None) => Ok(RawTarget::Band(low, high)),
                    _ => Err(A::Error::custom("a band is two numbers, [low, high]")),
                }
            }
        }
        d.deserialize_any(Visitor)
    }
}
