//! The indicator's series year by year, as the scorer recorded it: each value (or running
//! total), the target for the year with its path arithmetic, the achievement ratio with its
//! formula, and the rule of SPEC §3 that gave the year's rating.

use std::fmt::Write as _;

use super::words::num;
use crate::data::{DataSet, Value};
use crate::report::human::percent;
use crate::rubric::{Direction, Indicator, Kind, PathKind, Rubric, Target, Thresholds};
use crate::score::{AchievementRule, IndicatorScore, Rule, SeriesPoint, TargetRule};

pub(super) fn series(
    out: &mut String,
    rubric: &Rubric,
    ind: &Indicator,
    s: &IndicatorScore,
    as_of: i32,
    data: &DataSet,
) {
    let unit = ind.unit.as_deref().unwrap_or("");
    let _ = writeln!(out, "Year by year (up to {as_of})");
    if s.series.is_empty() {
        let _ = writeln!(out, "  no data for this indicator up to {as_of}");
    }
    let start = rubric.policy.period.map(|(a, _)| a);
    for p in &s.series {
        let mut head = head(p, s, ind, unit);
        if p.point.provisional() {
            head.push_str(" (provisional)");
        }
        if start.is_some_and(|a| p.year < a) {
            head.push_str("  [before the period: context only]");
        }
        let _ = writeln!(out, "{head}");
        if let Some(note) = &p.point.note {
            let _ = writeln!(out, "        note: {note}");
        }
        form_lines(out, ind, p, unit);
        derivation(out, ind, s, p, &rubric.scoring);
    }
    later_years(out, data, ind, as_of);
}

/// The year and its value; for an accumulated indicator, the increment and the running total.
fn head(p: &SeriesPoint, s: &IndicatorScore, ind: &Indicator, unit: &str) -> String {
    let step = match p.point.value {
        Some(Value::Number(step)) if ind.accumulate() => step,
        _ => return format!("  {}  {}", p.year, value_words(p, unit)),
    };
    match p.value {
        Some(Value::Number(total)) => format!(
            "  {}  {}{unit} this year; running total {} + {} = {}{unit}",
            p.year,
            num(step),
            num(p.previous.map_or(0.0, |(_, v)| v)),
            num(step),
            num(total)
        ),
        // After a gap (SPEC §3.1): the increment is known, the total is not.
        None => format!(
            "  {}  {}{unit} this year; no running total: {}",
            p.year,
            num(step),
            broken_words(s.gap)
        ),
        Some(Value::Milestone(_)) => format!("  {}  {}", p.year, value_words(p, unit)),
    }
}

/// How the year's rating came about, in the lines under its head.
fn derivation(
    out: &mut String,
    ind: &Indicator,
    s: &IndicatorScore,
    p: &SeriesPoint,
    scoring: &Thresholds,
) {
    match (&ind.kind, p.value) {
        (Kind::Target(t), Some(Value::Number(v))) if t.band.is_some() => {
            let band = t.band.unwrap_or_default();
            super::band::derivation(out, p, v, band, scoring);
        }
        (Kind::Target(t), Some(Value::Number(v))) => {
            let target = p.target.unwrap_or(t.target);
            let _ = writeln!(
                out,
                "        {}",
                target_line(t, s, p.year, p.target_rule, target)
            );
            if let Some((instead, rule)) = p.unscheduled {
                let _ = writeln!(
                    out,
                    "          instead of {}",
                    target_line(t, s, p.year, Some(rule), instead)
                );
            }
            let _ = writeln!(out, "        {}", achievement_line(t, s, p, v, target));
            let _ = writeln!(
                out,
                "        {}",
                rule_line(p, v, target, t.direction, scoring)
            );
        }
        (Kind::Milestone { due }, Some(Value::Milestone(m))) => {
            let _ = writeln!(out, "        {}", milestone_line(m.id(), p, *due));
        }
        (_, None) => {
            let breaks = ind.accumulate() && s.gap.is_some_and(|(a, b)| (a..=b).contains(&p.year));
            let why = if breaks {
                "; the running total breaks here: no later year has one"
            } else {
                ""
            };
            let what = if p.point.value.is_some() {
                "no running total"
            } else {
                "no value"
            };
            let _ = writeln!(out, "        {what}{why} → {}", p.rating.id());
        }
        _ => {}
    }
}

/// What a ratio or a span row adds: the value's arithmetic, the years a total covers.
fn form_lines(out: &mut String, ind: &Indicator, p: &SeriesPoint, unit: &str) {
    if let (Some(r), Some(Value::Number(v))) = (p.point.ratio(), p.point.value) {
        let _ = writeln!(
            out,
            "        v = numerator / denominator × scale = {} / {} × {} = {}{unit}",
            num(r.numerator),
            num(r.denominator),
            num(ind.scale),
            num(v)
        );
        if let Some(w) = r.written {
            let _ = writeln!(
                out,
                "        (the row also writes {}{unit}, shown only: the value used is the computed one)",
                num(w)
            );
        }
    }
    if let (Some((first, last)), Some(Value::Number(total))) = (p.point.span(), p.point.value) {
        let (inside, have) = if last - first > 1 {
            (format!("{first}–{}", last - 1), "have")
        } else {
            (first.to_string(), "has")
        };
        let _ = writeln!(
            out,
            "        a span row: {first}–{last} total {}{unit}, counted at {last}; {inside} {have} \
             no value of its own and is not a gap",
            num(total)
        );
    }
}

/// Why an accumulated year has no running total: the gap that broke it (SPEC §3.1).
fn broken_words(gap: Option<(i32, i32)>) -> String {
    match gap {
        Some((a, b)) if a == b => format!("the total broke at {a}, which has no value"),
        Some((a, b)) => format!("the total broke at {a}–{b}, which have no value"),
        None => "an earlier year has no value".to_string(),
    }
}

/// The years of the data after `as_of`, which the scorer left out.
fn later_years(out: &mut String, data: &DataSet, ind: &Indicator, as_of: i32) {
    let later: Vec<String> = data
        .series(&ind.id)
        .map(|points| {
            points
                .iter()
                .filter(|(y, _)| *y > as_of)
                .map(|(y, _)| y.to_string())
                .collect()
        })
        .unwrap_or_default();
    if !later.is_empty() {
        let _ = writeln!(
            out,
            "  (later years in the data are after as_of and ignored: {})",
            later.join(", ")
        );
    }
}

fn value_words(p: &SeriesPoint, unit: &str) -> String {
    match (p.value, p.point.status) {
        (Some(Value::Number(v)), _) => format!("{}{unit}", num(v)),
        (Some(Value::Milestone(m)), _) => m.id().to_string(),
        (None, Some(status)) => format!("no value ({})", status.id()),
        (None, None) => "no value".to_string(),
    }
}

/// `T(y)` with its arithmetic (SPEC §3.1 step 1), by the case the scorer recorded.
fn target_line(
    t: &Target,
    s: &IndicatorScore,
    year: i32,
    rule: Option<TargetRule>,
    target: f64,
) -> String {
    match (rule, t.target_year, s.baseline) {
        (Some(TargetRule::Path), Some(ty), Some(b)) => {
            let formula = match t.path {
                PathKind::Linear => format!(
                    "{} + ({} − {}) × ({year} − {}) / ({ty} − {})",
                    num(b.value),
                    num(t.target),
                    num(b.value),
                    b.year,
                    b.year
                ),
                PathKind::Geometric => format!(
                    "{} × ({} / {}) ^ (({year} − {}) / ({ty} − {}))",
                    num(b.value),
                    num(t.target),
                    num(b.value),
                    b.year,
                    b.year
                ),
            };
            format!("T({year}) = {formula} = {}", num(target))
        }
        (Some(TargetRule::Schedule), ..) => format!(
            "T({year}) = {} from `targets` (the yearly schedule lists {year})",
            num(target)
        ),
        (Some(TargetRule::TargetYearReached), Some(ty), _) => format!(
            "T({year}) = the target {} ({year} is at or after target_year {ty})",
            num(target)
        ),
        (Some(TargetRule::NoBaseline), ..) => format!(
            "T({year}) = the target {} (no baseline, so no path)",
            num(target)
        ),
        _ => format!(
            "T({year}) = the target {} (it holds every year)",
            num(target)
        ),
    }
}

/// `a` with its arithmetic (SPEC §3.1 step 2), by the formula the scorer recorded.
fn achievement_line(
    t: &Target,
    s: &IndicatorScore,
    p: &SeriesPoint,
    v: f64,
    target: f64,
) -> String {
    let (year, a) = (p.year, p.achievement);
    let shown = a.map_or("undefined".to_string(), |a| {
        format!("{} ({})", num(a), percent(a))
    });
    if let (Some(AchievementRule::FromBaseline), Some(b)) = (p.achievement_rule, s.baseline) {
        return format!(
            "a = (v − B) / (T − B) = ({} − {}) / ({} − {}) = {shown}",
            num(v),
            num(b.value),
            num(target),
            num(b.value)
        );
    }
    // Any other baseline already meets the year's target.
    let why = match s.baseline {
        Some(b) => format!(
            "the baseline {} already meets T({year}) = {}, so ",
            num(b.value),
            num(target)
        ),
        None => String::new(),
    };
    match (t.direction, a) {
        (Direction::AtLeast | Direction::Within, Some(_)) => {
            format!("{why}a = v / T = {} / {} = {shown}", num(v), num(target))
        }
        (Direction::AtMost, Some(_)) => {
            format!("{why}a = T / v = {} / {} = {shown}", num(target), num(v))
        }
        (Direction::AtLeast | Direction::Within, None) => {
            format!("{why}a is undefined (T is not positive)")
        }
        (Direction::AtMost, None) => format!("{why}a is undefined (v is not positive)"),
    }
}

/// Which rule of SPEC §3.1 step 3 gave the rating, with the comparisons that decided it.
fn rule_line(
    p: &SeriesPoint,
    v: f64,
    target: f64,
    direction: Direction,
    scoring: &Thresholds,
) -> String {
    let (meet, miss) = match direction {
        Direction::AtLeast | Direction::Within => ("≥", "<"),
        Direction::AtMost => ("≤", ">"),
    };
    let a = p.achievement.map_or("undefined".to_string(), num);
    let met = format!("{} {meet} {}: the target is met", num(v), num(target));
    let unmet = format!("{} {miss} {}: not met", num(v), num(target));
    let prog = format!("a = {a} < {} (progressing)", num(scoring.progressing));
    let prev_words = p
        .previous
        .map_or("no previous point".to_string(), |(y, pv)| {
            format!("the previous point is {} ({y})", num(pv))
        });
    let text = match p.rule {
        Rule::Exceeded => format!("{met}, and a = {a} ≥ {} (exceeded)", num(scoring.exceeded)),
        Rule::Met => format!("{met}; a = {a} < {} (exceeded)", num(scoring.exceeded)),
        Rule::Progressing => format!(
            "{unmet}; a = {a} ≥ {} (progressing)",
            num(scoring.progressing)
        ),
        Rule::NotMoving => format!(
            "{unmet}; {prog}; {prev_words} and {} did not move toward the target",
            num(v)
        ),
        Rule::NoProgress => format!("{unmet}; {prog}; a ≤ 0: no progress from the baseline"),
        Rule::Limited if p.previous.is_none() => format!("{unmet}; {prog}; {prev_words}; a > 0"),
        Rule::Limited => format!("{unmet}; {prog}; {prev_words}, moved toward the target; a > 0"),
        _ => format!("rule {:?}", p.rule),
    };
    format!("{text} → {}", p.rating.id())
}

fn milestone_line(status: &str, p: &SeriesPoint, due: Option<i32>) -> String {
    let year = p.year;
    let when = match (p.rule, due) {
        (Rule::MilestoneAchieved, _) => String::new(),
        (Rule::MilestoneOverdue, Some(d)) => format!(", and {year} is at or after due {d}"),
        (_, Some(d)) => format!(", and {year} is before due {d}"),
        (_, None) => ", and there is no due year".to_string(),
    };
    format!("status {status}{when} → {}", p.rating.id())
}
