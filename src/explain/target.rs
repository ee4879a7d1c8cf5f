//! A year of a target indicator as the scorer decided it (SPEC §3.1 steps 1–3): the target
//! for the year with its path arithmetic, the achievement ratio with its formula, the rule
//! that gave the rating; and a milestone's year (SPEC §3.3).

use super::words::{Out, num, rating};
use crate::lang::{Message, msg};
use crate::report::human::percent;
use crate::rubric::{Direction, PathKind, Target, Thresholds};
use crate::score::{AchievementRule, IndicatorScore, Rule, SeriesPoint, TargetRule};

pub(super) fn derivation(
    out: &mut Out,
    t: &Target,
    s: &IndicatorScore,
    p: &SeriesPoint,
    v: f64,
    scoring: &Thresholds,
) {
    let target = p.target.unwrap_or(t.target);
    let line = target_line(t, s, p.year, p.target_rule, target);
    out.line(8, line);
    // A year the schedule lists: the T(y) its value stands in for, by the scorer's own rule
    // (computed here rather than kept on every point of every series: it is shown only by
    // explain, and a million points would each carry 16 bytes for it).
    if p.target_rule == Some(TargetRule::Schedule) {
        let (instead, rule) = crate::score::unscheduled_target(t, s.baseline, p.year);
        let line = out.tr(target_line(t, s, p.year, Some(rule), instead));
        out.line(10, msg!("explain-t-instead", line = line));
    }
    let line = achievement_line(out, t, s, p, v, target);
    out.raw(8, &line);
    let line = rule_line(out, p, v, target, t.direction, scoring);
    out.raw(8, &line);
}

/// `T(y)` with its arithmetic (SPEC §3.1 step 1), by the case the scorer recorded.
fn target_line(
    t: &Target,
    s: &IndicatorScore,
    year: i32,
    rule: Option<TargetRule>,
    target: f64,
) -> Message {
    let shown = num(target);
    match (rule, t.target_year, s.baseline) {
        (Some(TargetRule::Path), Some(ty), Some(b)) => {
            let (bv, tv, by) = (num(b.value), num(t.target), b.year);
            let formula = match t.path {
                PathKind::Linear => {
                    format!("{bv} + ({tv} − {bv}) × ({year} − {by}) / ({ty} − {by})")
                }
                PathKind::Geometric => {
                    format!("{bv} × ({tv} / {bv}) ^ (({year} − {by}) / ({ty} − {by}))")
                }
            };
            msg!(
                "explain-t-path",
                year = year,
                formula = formula,
                target = shown
            )
        }
        (Some(TargetRule::Schedule), ..) => msg!("explain-t-schedule", year = year, target = shown),
        (Some(TargetRule::TargetYearReached), Some(ty), _) => msg!(
            "explain-t-reached",
            year = year,
            target = shown,
            target_year = ty
        ),
        (Some(TargetRule::NoBaseline), ..) => {
            msg!("explain-t-no-baseline", year = year, target = shown)
        }
        _ => msg!("explain-t-every-year", year = year, target = shown),
    }
}

/// `a` with its value and percentage, or the word for undefined.
pub(super) fn shown_ratio(out: &Out, a: Option<f64>) -> String {
    a.map_or(out.tr(msg!("explain-undefined")), |a| {
        format!("{} ({})", num(a), percent(a))
    })
}

/// `a` with its arithmetic (SPEC §3.1 step 2), by the formula the scorer recorded.
fn achievement_line(
    out: &Out,
    t: &Target,
    s: &IndicatorScore,
    p: &SeriesPoint,
    v: f64,
    target: f64,
) -> String {
    let (year, a) = (p.year, p.achievement);
    let shown = shown_ratio(out, a);
    if let (Some(AchievementRule::FromBaseline), Some(b)) = (p.achievement_rule, s.baseline) {
        return out.tr(msg!(
            "explain-a-from-baseline",
            v = num(v),
            b = num(b.value),
            t = num(target),
            a = shown
        ));
    }
    let direct = direct_ratio(out, t.direction, v, target, a);
    // Any other baseline already meets the year's target.
    match s.baseline {
        Some(b) => out.tr(msg!(
            "explain-a-baseline-meets",
            b = num(b.value),
            year = year,
            t = num(target),
            rest = direct
        )),
        None => direct,
    }
}

/// `a = v / T` (at_least, and a band below) or `a = T / v` (at_most), with the scorer's `a`.
pub(super) fn direct_ratio(
    out: &Out,
    direction: Direction,
    v: f64,
    target: f64,
    a: Option<f64>,
) -> String {
    let shown = shown_ratio(out, a);
    let (v, t) = (num(v), num(target));
    out.tr(match (direction, a) {
        (Direction::AtLeast | Direction::Within, Some(_)) => {
            msg!("explain-a-at-least", v = v, t = t, a = shown)
        }
        (Direction::AtMost, Some(_)) => msg!("explain-a-at-most", v = v, t = t, a = shown),
        (Direction::AtLeast | Direction::Within, None) => msg!("explain-a-undefined-t"),
        (Direction::AtMost, None) => msg!("explain-a-undefined-v"),
    })
}

/// Which rule of SPEC §3.1 step 3 gave the rating, with the comparisons that decided it.
fn rule_line(
    out: &Out,
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
    let a = p.achievement.map_or(out.tr(msg!("explain-undefined")), num);
    let (vs, ts) = (num(v), num(target));
    let met = out.tr(msg!("explain-met", v = vs, sign = meet, t = ts));
    let unmet = out.tr(msg!("explain-unmet", v = vs, sign = miss, t = ts));
    let prog = below_progressing(out, &a, scoring);
    let prev = previous_words(out, p);
    let (exceeded, progressing) = (num(scoring.exceeded), num(scoring.progressing));
    let text = out.tr(match p.rule {
        Rule::Exceeded => msg!(
            "explain-rule-exceeded",
            met = met,
            a = a,
            exceeded = exceeded
        ),
        Rule::Met => msg!("explain-rule-met", met = met, a = a, exceeded = exceeded),
        Rule::Progressing => msg!(
            "explain-rule-progressing",
            unmet = unmet,
            a = a,
            progressing = progressing
        ),
        Rule::NotMoving => msg!(
            "explain-rule-not-moving",
            unmet = unmet,
            prog = prog,
            prev = prev,
            v = vs
        ),
        Rule::NoProgress => msg!("explain-rule-no-progress", unmet = unmet, prog = prog),
        Rule::Limited if p.previous.is_none() => {
            msg!(
                "explain-rule-limited-first",
                unmet = unmet,
                prog = prog,
                prev = prev
            )
        }
        Rule::Limited => msg!(
            "explain-rule-limited",
            unmet = unmet,
            prog = prog,
            prev = prev
        ),
        other => msg!("explain-rule-other", rule = format!("{other:?}")),
    });
    format!("{text} → {}", rating(p.rating, out.lang))
}

/// `a = … < progressing`: the ratio did not reach progressing.
pub(super) fn below_progressing(out: &Out, a: &str, scoring: &Thresholds) -> String {
    let progressing = num(scoring.progressing);
    out.tr(msg!(
        "explain-below-progressing",
        a = a,
        progressing = progressing
    ))
}

/// The previous point (SPEC §3.1 step 3), or that there is none.
fn previous_words(out: &Out, p: &SeriesPoint) -> String {
    out.tr(match p.previous {
        Some((y, pv)) => msg!("explain-previous", value = num(pv), year = y),
        None => msg!("explain-no-previous"),
    })
}

pub(super) fn milestone_line(out: &mut Out, status: &str, p: &SeriesPoint, due: Option<i32>) {
    let year = p.year;
    let status = out.tr(msg!("explain-status", status = status));
    let text = out.tr(match (p.rule, due) {
        (Rule::MilestoneAchieved, _) => msg!("explain-ms-achieved", status = status),
        (Rule::MilestoneOverdue, Some(d)) => {
            msg!("explain-ms-overdue", status = status, year = year, due = d)
        }
        (_, Some(d)) => msg!(
            "explain-ms-before-due",
            status = status,
            year = year,
            due = d
        ),
        (_, None) => msg!("explain-ms-no-due", status = status),
    });
    let line = format!("{text} → {}", rating(p.rating, out.lang));
    out.raw(8, &line);
}
