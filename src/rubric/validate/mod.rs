//! From the raw TOML to the validated model: every check of SPEC §1, each error located.
//! Three passes: the structure of the document (`structure`: syntax, keys, types, ranges,
//! all problems at once), then serde into the spanned raw structs (`raw`; its errors, a
//! safety net, rephrased in `serde_message.rs`), then the checks of meaning: the policy,
//! fields and goals here, each indicator in `indicator.rs` (the keys of its kind, a target's
//! years and path), the warnings of likely mistakes in `warnings.rs`, all gathered by the
//! `Checker` (`checker.rs`). The checks across files are in `across.rs`.

mod across;
mod checker;
mod indicator;
mod serde_message;
mod shapes;
mod warnings;

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use self::checker::Checker;
use super::located::Counted;
use super::raw::*;
use super::*;
use crate::diag::Diagnostic;
use crate::lang::msg;
pub(super) use across::across_files;

/// One rubric from its text, or its errors (the first by place, and their count).
pub(super) fn parse(file: &str, text: &str) -> Result<(Rubric, Vec<Diagnostic>), Counted> {
    let document = super::structure::check(file, text)?;
    // The structure pass accepts only what these structs read, so this is a safety net.
    let raw = RawRubric::deserialize(toml::de::Deserializer::from(document))
        .map_err(|e| Counted::from_list(vec![serde_message::toml_error(file, text, &e)]))?;
    let mut c = Checker::new(file, text);
    let rubric = check(&mut c, raw);
    c.finish().map(|warnings| (rubric, warnings))
}

/// The checks of meaning. (`schema` is checked by the structure pass, which stops at a
/// version other than 1.)
fn check(c: &mut Checker, raw: RawRubric) -> Rubric {
    let policy = policy(c, raw.policy.into_inner());
    let scoring = thresholds(raw.scoring);
    let labels = raw.labels.map(labels).unwrap_or_default();
    // Read first: the warnings found below are silenced as they are found.
    let lints: std::collections::BTreeSet<String> = raw
        .lints
        .map(|l| l.allow)
        .unwrap_or_default()
        .into_iter()
        .collect();
    c.allow(&lints);
    let guideline = scoring.aggregation == Aggregation::Guideline;
    let fields = raw
        .field
        .into_iter()
        .map(|f| field(c, f, guideline))
        .collect();
    Rubric {
        file: c.file.to_string(),
        policy,
        scoring,
        labels,
        lints,
        fields,
    }
}

fn policy(c: &mut Checker, policy: RawPolicy) -> Policy {
    let id = policy.id.get_ref().clone();
    if id.is_empty()
        || !id
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '.' | '_' | '-'))
    {
        c.error(
            policy.id.span(),
            msg!("rubric-policy-id-invalid", id = format!("{id:?}")),
            msg!("rubric-policy-id-invalid-label"),
            Some(msg!("rubric-policy-id-invalid-help")),
        );
    }
    Policy {
        id,
        title: policy.title,
        title_en: policy.title_en,
        owner: policy.owner,
        period: policy.period.as_ref().and_then(|p| period(c, p)),
        source: policy.source,
        assessment: assessment(policy.assessment, policy.assessment_note),
    }
}

/// `period = [first, last]`: two years, in order.
fn period(c: &mut Checker, p: &Spanned<Vec<Spanned<i64>>>) -> Option<(i32, i32)> {
    let years = p.get_ref();
    if years.len() != 2 {
        c.error(
            p.span(),
            msg!("rubric-period-length", count = years.len()),
            msg!("rubric-period-length-label"),
            Some(msg!("rubric-period-length-help")),
        );
        return None;
    }
    let (a, b) = (Checker::year(&years[0]), Checker::year(&years[1]));
    if a > b {
        c.error(
            p.span(),
            msg!("rubric-period-reversed", start = a, end = b),
            msg!("rubric-period-reversed-label"),
            Some(msg!("rubric-period-reversed-help", start = a, end = b)),
        );
    }
    Some((a, b))
}

fn field(c: &mut Checker, f: Spanned<RawField>, guideline: bool) -> Field {
    let span = f.span();
    let f = f.into_inner();
    let id = c.id(&f.id, "field");
    warnings::weight_ignored(c, &f.weight, guideline);
    let goals: Vec<Goal> = f.goal.into_iter().map(|g| goal(c, g, guideline)).collect();
    if goals.is_empty() {
        c.warn(
            crate::rubric::format::Lint::FieldWithoutGoal,
            span,
            msg!("rubric-field-without-goal", id = id),
            msg!("rubric-field-without-goal-label"),
            msg!("rubric-field-without-goal-help"),
        );
    }
    Field {
        id,
        title: f.title,
        title_en: f.title_en,
        owner: f.owner,
        weight: Checker::weight(&f.weight),
        assessment: assessment(f.assessment, f.assessment_note),
        goals,
    }
}

fn goal(c: &mut Checker, g: Spanned<RawGoal>, guideline: bool) -> Goal {
    let g = g.into_inner();
    let id = c.id(&g.id, "goal");
    warnings::weight_ignored(c, &g.weight, guideline);
    let mut indicators = Vec::new();
    for i in g.indicator {
        let i = i.into_inner();
        let ind = indicator::indicator(c, &i);
        warnings::indicator(c, &i, &ind, guideline);
        indicators.push(ind);
    }
    warnings::goal(c, &id, g.id.span(), &indicators);
    Goal {
        id,
        text: g.text,
        text_en: g.text_en,
        weight: Checker::weight(&g.weight),
        assessment: assessment(g.assessment, g.assessment_note),
        indicators,
    }
}

/// The recorded verdict: the structure pass has checked that `rating` names a rating.
fn assessment(rating: Option<String>, note: Option<String>) -> Assessment {
    Assessment {
        rating: rating.as_deref().and_then(rating_named),
        note,
    }
}

fn thresholds(raw: Option<RawScoring>) -> Thresholds {
    let mut s = Thresholds::default();
    let Some(raw) = raw else { return s };
    let read =
        |v: &Option<Spanned<f64>>, default: f64| v.as_ref().map_or(default, |v| *v.get_ref());
    s.exceeded = read(&raw.exceeded, s.exceeded);
    s.progressing = read(&raw.progressing, s.progressing);
    s.stable_band = read(&raw.stable_band, s.stable_band);
    s.aggregation = raw.aggregation.unwrap_or(s.aggregation);
    s.growth = raw.growth.unwrap_or(s.growth);
    s
}

fn labels(raw: RawLabels) -> BTreeMap<Rating, String> {
    [
        (Rating::Exceeded, raw.exceeded),
        (Rating::Met, raw.met),
        (Rating::Progressing, raw.progressing),
        (Rating::Limited, raw.limited),
        (Rating::NotProgressing, raw.not_progressing),
        (Rating::NoData, raw.no_data),
        (Rating::NotRated, raw.not_rated),
    ]
    .into_iter()
    .filter_map(|(r, l)| l.map(|l| (r, l)))
    .collect()
}
