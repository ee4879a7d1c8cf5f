//! The indicator's definition, as the rubric states it: its kind and direction, the target
//! and its path, the unit, and the scoring settings that apply to it.

use super::words::{Out, direction_words, growth_name, num, path_name, year};
use crate::lang::{Lang, msg};
use crate::rubric::{Indicator, Kind, Measure, Rubric, Target, YearBasis};

pub(super) fn definition(out: &mut Out, rubric: &Rubric, ind: &Indicator) {
    let unit = ind.unit.as_deref().unwrap_or("");
    let lang = out.lang;
    out.line(0, msg!("explain-definition"));
    match &ind.kind {
        Kind::Target(t) => target(out, t, ind, unit),
        Kind::Reference {
            direction,
            accumulate,
            benchmark,
        } => {
            let direction = direction_words(*direction, lang);
            out.line(2, msg!("explain-def-kind-reference", direction = direction));
            if let Some(b) = benchmark {
                let target = format!("{}{unit}", num(*b));
                out.line(2, msg!("explain-def-benchmark", target = target));
            }
            if *accumulate {
                out.line(2, msg!("explain-def-accumulate"));
            }
        }
        Kind::Milestone { due } => {
            out.line(2, msg!("explain-def-milestone"));
            match due {
                Some(d) => out.line(2, msg!("explain-def-due", year = year(*d, ind, lang))),
                None => out.line(2, msg!("explain-def-due-none")),
            }
        }
    }
    if !unit.is_empty() {
        out.line(2, msg!("explain-def-unit", unit = unit));
    }
    if ind.measure == Measure::Ratio {
        out.line(2, msg!("explain-def-ratio", scale = num(ind.scale)));
    }
    if ind.year_basis == YearBasis::Calendar {
        out.line(2, msg!("explain-def-calendar"));
    }
    let primary = if ind.primary { "yes" } else { "no" };
    out.line(2, msg!("explain-def-primary", primary = primary));
    scoring(out, rubric, ind);
}

/// A target indicator's kind, target and path.
fn target(out: &mut Out, t: &Target, ind: &Indicator, unit: &str) {
    let lang = out.lang;
    let direction = direction_words(Some(t.direction), lang);
    out.line(2, msg!("explain-def-kind-target", direction = direction));
    if let Some((low, high)) = t.band {
        let (low, high) = (num(low), num(high));
        let m = msg!("explain-def-band", low = low, high = high, unit = unit);
        out.line(2, m);
        return;
    }
    let target = format!("{}{unit}", num(t.target));
    let y = |y: i32| year(y, ind, lang);
    let line = match (t.target_year, t.baseline, t.accumulate) {
        (Some(ty), _, true) => msg!(
            "explain-def-target-accumulate",
            target = target,
            year = y(ty),
            path = path_name(t.path, lang)
        ),
        (Some(ty), Some(b), false) => msg!(
            "explain-def-target-path",
            target = target,
            year = y(ty),
            baseline = format!("{}{unit}", num(b.value)),
            baseline_year = y(b.year),
            path = path_name(t.path, lang)
        ),
        (Some(ty), None, false) => {
            msg!(
                "explain-def-target-no-baseline",
                target = target,
                year = y(ty)
            )
        }
        (None, Some(b), _) => msg!(
            "explain-def-target-every-year-baseline",
            target = target,
            baseline = format!("{}{unit}", num(b.value)),
            baseline_year = y(b.year)
        ),
        (None, None, _) => msg!("explain-def-target-every-year", target = target),
    };
    out.line(2, line);
    if let Some(schedule) = t.schedule.as_ref().filter(|s| !s.is_empty()) {
        let listed: Vec<String> = schedule
            .iter()
            .map(|(sy, v)| {
                let target = format!("{}{unit}", num(*v));
                out.tr(msg!(
                    "explain-def-schedule-year",
                    year = y(*sy),
                    target = target
                ))
            })
            .collect();
        let listed = listed.join(separator(lang));
        out.line(2, msg!("explain-def-schedule", listed = listed));
    }
    if t.accumulate {
        out.line(2, msg!("explain-def-accumulate"));
    }
}

/// Between the items of a list.
pub(super) fn separator(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ", ",
        Lang::Ja => "、",
    }
}

/// The scoring settings that apply to the indicator's kind.
fn scoring(out: &mut Out, rubric: &Rubric, ind: &Indicator) {
    let sc = &rubric.scoring;
    let growth = growth_name(sc.growth, out.lang);
    match &ind.kind {
        Kind::Target(_) => out.line(
            2,
            msg!(
                "explain-def-scoring-target",
                exceeded = num(sc.exceeded),
                progressing = num(sc.progressing),
                growth = growth
            ),
        ),
        Kind::Reference { .. } => out.line(
            2,
            msg!(
                "explain-def-scoring-reference",
                band = num(sc.stable_band),
                growth = growth
            ),
        ),
        Kind::Milestone { .. } => {}
    }
}
