//! The indicator's definition, as the rubric states it: its kind and direction, the target
//! and its path, the unit, and the scoring settings that apply to it.

use std::fmt::Write as _;

use super::words::{direction_words, growth_name, num, path_name};
use crate::rubric::{Indicator, Kind, Measure, Rubric, Target, YearBasis};

const ACCUMULATE: &str =
    "  accumulate the data are yearly increments; the indicator is their running total";

pub(super) fn definition(out: &mut String, rubric: &Rubric, ind: &Indicator) {
    let unit = ind.unit.as_deref().unwrap_or("");
    let _ = writeln!(out, "Definition");
    match &ind.kind {
        Kind::Target(t) => target(out, t, unit),
        Kind::Reference {
            direction,
            accumulate,
            benchmark,
        } => {
            let _ = writeln!(
                out,
                "  kind       reference (never rated; shows a trend), {}",
                direction_words(*direction)
            );
            if let Some(b) = benchmark {
                let _ = writeln!(
                    out,
                    "  benchmark  {}{unit} (`target`: the latest value is checked against it; \
                     never rated)",
                    num(*b)
                );
            }
            if *accumulate {
                let _ = writeln!(out, "{ACCUMULATE}");
            }
        }
        Kind::Milestone { due } => {
            let _ = writeln!(out, "  kind       milestone (a qualitative step)");
            match due {
                Some(d) => {
                    let _ = writeln!(out, "  due        {d}");
                }
                None => {
                    let _ = writeln!(out, "  due        none (never overdue)");
                }
            }
        }
    }
    if !unit.is_empty() {
        let _ = writeln!(out, "  unit       {unit}");
    }
    if ind.measure == Measure::Ratio {
        let _ = writeln!(
            out,
            "  measure    ratio: v = numerator / denominator × {} (scale)",
            num(ind.scale)
        );
    }
    if ind.year_basis == YearBasis::Calendar {
        let _ = writeln!(
            out,
            "  years      calendar years (暦年): 2023 is 2023年, not 2023年度"
        );
    }
    let _ = writeln!(
        out,
        "  primary    {}",
        if ind.primary { "yes" } else { "no" }
    );
    scoring(out, rubric, ind);
}

/// A target indicator's kind, target and path.
fn target(out: &mut String, t: &Target, unit: &str) {
    let _ = writeln!(
        out,
        "  kind       target, {}",
        direction_words(Some(t.direction))
    );
    if let Some((low, high)) = t.band {
        let _ = writeln!(
            out,
            "  target     {}～{}{unit} every year (a band: no target_year, no outlook)",
            num(low),
            num(high)
        );
        return;
    }
    let mut target = format!("{}{unit}", num(t.target));
    match (t.target_year, t.baseline, t.accumulate) {
        (Some(ty), _, true) => {
            let _ = write!(
                target,
                " by {ty}, counted as a running total from 0 on a {} path",
                path_name(t.path)
            );
        }
        (Some(ty), Some(b), false) => {
            let _ = write!(
                target,
                " by {ty}, from the baseline {}{unit} in {} on a {} path",
                num(b.value),
                b.year,
                path_name(t.path)
            );
        }
        (Some(ty), None, false) => {
            let _ = write!(target, " by {ty} (no baseline, so no path: every year)");
        }
        (None, Some(b), _) => {
            let _ = write!(
                target,
                " every year (no target_year), measured from the baseline {}{unit} in {}",
                num(b.value),
                b.year
            );
        }
        (None, None, _) => target.push_str(" every year (no target_year)"),
    }
    let _ = writeln!(out, "  target     {target}");
    if let Some(schedule) = t.schedule.as_ref().filter(|s| !s.is_empty()) {
        let listed: Vec<String> = schedule
            .iter()
            .map(|(y, v)| format!("{y}: {}{unit}", num(*v)))
            .collect();
        let _ = writeln!(
            out,
            "  schedule   {} (targets: these years take these targets)",
            listed.join(", ")
        );
    }
    if t.accumulate {
        let _ = writeln!(out, "{ACCUMULATE}");
    }
}

/// The scoring settings that apply to the indicator's kind.
fn scoring(out: &mut String, rubric: &Rubric, ind: &Indicator) {
    let sc = &rubric.scoring;
    match &ind.kind {
        Kind::Target(_) => {
            let _ = writeln!(
                out,
                "  scoring    exceeded at a ≥ {}, progressing at a ≥ {}, growth {}",
                num(sc.exceeded),
                num(sc.progressing),
                growth_name(sc.growth)
            );
        }
        Kind::Reference { .. } => {
            let _ = writeln!(
                out,
                "  scoring    stable within ±{} a year, growth {}",
                num(sc.stable_band),
                growth_name(sc.growth)
            );
        }
        Kind::Milestone { .. } => {}
    }
}
