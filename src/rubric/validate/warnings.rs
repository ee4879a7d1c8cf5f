//! Warnings for rubrics that are legal but likely not what the author meant: a baseline that
//! already meets its target, a goal nothing rates, a weight the guideline rule ignores, a
//! unit and target that do not fit together. Each says why it is suspicious and what to
//! change. (Warnings that need the data and the evaluation year are `score::data_warnings`.)

use std::ops::Range;

use toml::Spanned;

use super::checker::Checker;
use crate::lang::msg;
use crate::rubric::format::{Lint, toml_number as number};
use crate::rubric::raw::{RawIndicator, RawTarget};
use crate::rubric::{Direction, Indicator, Kind, Target};

/// A goal that no indicator rates is `not_rated` and left out of its field's rating.
pub(super) fn goal(c: &mut Checker, id: &str, span: Range<usize>, indicators: &[Indicator]) {
    if indicators.is_empty() {
        c.warn(
            Lint::GoalWithoutIndicator,
            span,
            msg!("rubric-goal-without-indicator", id = id),
            msg!("rubric-goal-without-indicator-label"),
            msg!("rubric-goal-without-indicator-help"),
        );
    } else if !indicators.iter().any(Indicator::is_rated) {
        c.warn(
            Lint::GoalWithoutRatedIndicator,
            span,
            msg!("rubric-goal-without-rated", id = id),
            msg!("rubric-goal-without-rated-label"),
            msg!("rubric-goal-without-rated-help"),
        );
    }
}

/// `weight` counts only in the mean; the guideline rule looks at ratings, not weights.
pub(super) fn weight_ignored(c: &mut Checker, weight: &Option<Spanned<f64>>, guideline: bool) {
    if let Some(w) = weight
        && guideline
    {
        c.warn(
            Lint::WeightIgnored,
            w.span(),
            msg!("rubric-weight-ignored"),
            msg!("rubric-ignored-label"),
            msg!("rubric-weight-ignored-help"),
        );
    }
}

pub(super) fn indicator(c: &mut Checker, raw: &RawIndicator, ind: &Indicator, guideline: bool) {
    weight_ignored(c, &raw.weight, guideline);
    if let (Kind::Reference { .. }, Some(p)) = (&ind.kind, &raw.primary)
        && *p.get_ref()
    {
        c.warn(
            Lint::PrimaryIgnored,
            p.span(),
            msg!("rubric-primary-ignored", id = ind.id),
            msg!("rubric-ignored-label"),
            msg!("rubric-primary-ignored-help"),
        );
    }
    let Kind::Target(t) = &ind.kind else { return };
    baseline_meets_target(c, raw, &ind.id, t);
    if let Some(unit) = &ind.unit {
        unit_fits_values(c, raw, unit, t.target);
    }
}

/// A baseline that already meets its target: the scorer leaves it out of the ratio, so the
/// direction or one of the values is most likely wrong.
fn baseline_meets_target(c: &mut Checker, raw: &RawIndicator, id: &str, t: &Target) {
    let (Some(b), Some(raw_b)) = (t.baseline, &raw.baseline) else {
        return;
    };
    if !t.baseline_meets_target() {
        return;
    }
    let other = match t.direction {
        Direction::AtLeast => "at_most",
        Direction::AtMost => "at_least",
        // A band takes no baseline.
        Direction::Within => return,
    };
    c.warn(
        Lint::BaselineMeetsTarget,
        raw_b.get_ref().value.span(),
        msg!(
            "rubric-baseline-meets-target",
            id = id,
            value = number(b.value),
            year = b.year,
            target = number(t.target),
            direction = t.direction.id()
        ),
        msg!("rubric-baseline-meets-target-label"),
        msg!(
            "rubric-baseline-meets-target-help",
            other = other,
            direction = t.direction.id(),
            target = number(t.target)
        ),
    );
}

/// A target or baseline that does not fit its unit: a share outside 0–100%, a count that is
/// not whole.
fn unit_fits_values(c: &mut Checker, raw: &RawIndicator, unit: &str, target: f64) {
    let Some(raw_target) = &raw.target else {
        return;
    };
    let mut values = match *raw_target.get_ref() {
        RawTarget::Number(_) => vec![(target, "target", raw_target.span())],
        RawTarget::Band(low, high) => vec![
            (low, "target", raw_target.span()),
            (high, "target", raw_target.span()),
        ],
    };
    if let Some(b) = &raw.baseline {
        let v = &b.get_ref().value;
        values.push((*v.get_ref(), "baseline", v.span()));
    }
    for (v, what, span) in values {
        if is_percent(unit) && !(0.0..=100.0).contains(&v) {
            c.warn(
                Lint::PercentOutOfRange,
                span,
                msg!(
                    "rubric-percent-out-of-range",
                    key = what,
                    value = number(v),
                    side = if v > 100.0 { "over" } else { "below" },
                    unit = unit
                ),
                msg!("rubric-percent-out-of-range-label"),
                msg!("rubric-percent-out-of-range-help"),
            );
        } else if is_count(unit) && (v.fract() != 0.0 || v < 0.0) {
            c.warn(
                Lint::CountNotWhole,
                span,
                msg!(
                    "rubric-count-not-whole",
                    key = what,
                    value = number(v),
                    unit = unit
                ),
                msg!("rubric-count-not-whole-label"),
                msg!("rubric-count-not-whole-help", unit = unit),
            );
        }
    }
}

fn is_percent(unit: &str) -> bool {
    matches!(unit.trim(), "%" | "％" | "パーセント")
}

/// Units that count whole things, in the forms evaluation documents use.
fn is_count(unit: &str) -> bool {
    matches!(
        unit.trim(),
        "人" | "名"
            | "件"
            | "回"
            | "か国"
            | "カ国"
            | "ヶ国"
            | "ケ国"
            | "箇国"
            | "か所"
            | "箇所"
            | "校"
            | "社"
            | "団体"
            | "機関"
            | "本"
            | "冊"
            | "隻"
            | "機"
            | "人日"
    )
}
