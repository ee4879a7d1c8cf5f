//! The rules of one year (SPEC §3.1 steps 1 and 3, §3.3): the target for the year, whether a
//! value meets it, and the rating with the rule that gave it. Each records which of its cases
//! applied, for `explain`.

use crate::data::MilestoneStatus;
use crate::rating::Rating;
use crate::rubric::{Baseline, Direction, PathKind, Target, Thresholds};

/// The rule that decided a rating, for `explain` and for readers of the code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    NoValue,
    Reference,
    /// Target met, and the achievement ratio reached `exceeded`.
    Exceeded,
    Met,
    /// Not met, but the achievement ratio reached `progressing`.
    Progressing,
    /// Not met and the value did not move toward the target since the previous point.
    NotMoving,
    /// Not met and the achievement ratio is zero or negative.
    NoProgress,
    Limited,
    MilestoneAchieved,
    MilestoneBeforeDue,
    MilestoneOverdue,
}

/// How `T(y)` was found (SPEC §3.1 step 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetRule {
    /// `y` is listed in the yearly schedule (`targets`): its value, also at `target_year`.
    Schedule,
    /// On the path from the baseline toward `target_year`.
    Path,
    /// `y` is at or after `target_year`: the target itself.
    TargetYearReached,
    /// A `target_year` but no baseline, so no path: the target itself.
    NoBaseline,
    /// The target itself every year: no `target_year` (or one in the baseline's year).
    EveryYear,
    /// A band (`direction = "within"`): the bound the value is compared with, the low one
    /// below and inside the band, the high one above it.
    Band,
}

/// `T(y)`: the target for year `y`, the schedule's value for a listed year, else on the
/// path from the baseline before `target_year`, and the case that gave it. Schedule years
/// are not anchors of the path: an unlisted year keeps the path to `(target_year, target)`.
pub fn target_for_year(t: &Target, baseline: Option<Baseline>, y: i32) -> (f64, TargetRule) {
    if let Some(&scheduled) = t.schedule.as_ref().and_then(|s| s.get(&y)) {
        return (scheduled, TargetRule::Schedule);
    }
    unscheduled_target(t, baseline, y)
}

/// `T(y)` as it would be without the schedule: on the path, or `target` itself. For a year
/// the schedule lists, what its value stands in for (`explain` shows both).
pub fn unscheduled_target(t: &Target, baseline: Option<Baseline>, y: i32) -> (f64, TargetRule) {
    match (t.target_year, baseline) {
        (Some(ty), Some(b)) if y < ty && ty != b.year => {
            let (elapsed, span) = (f64::from(y - b.year), f64::from(ty - b.year));
            let value = match t.path {
                // In the SPEC's order (multiply, then divide), so that a path value that is
                // a whole number in exact arithmetic comes out whole: 0 + 77 × 9 / 11 = 63.
                PathKind::Linear => b.value + (t.target - b.value) * elapsed / span,
                PathKind::Geometric => b.value * (t.target / b.value).powf(elapsed / span),
            };
            (value, TargetRule::Path)
        }
        (Some(ty), _) if y >= ty => (t.target, TargetRule::TargetYearReached),
        (Some(_), None) => (t.target, TargetRule::NoBaseline),
        _ => (t.target, TargetRule::EveryYear),
    }
}

// The tolerance of thresholds is one rule with the rubric's warnings: `rubric::rules`.
pub use crate::rubric::rules::{in_band, meets, reaches};

/// The rating of a target indicator at one year (SPEC §3.1 step 3).
pub fn rate_target(
    v: f64,
    target: f64,
    a: Option<f64>,
    prev: Option<f64>,
    direction: Direction,
    scoring: &Thresholds,
) -> (Rating, Rule) {
    if meets(v, target, direction) {
        return if a.is_some_and(|a| reaches(a, scoring.exceeded)) {
            (Rating::Exceeded, Rule::Exceeded)
        } else {
            (Rating::Met, Rule::Met)
        };
    }
    if a.is_some_and(|a| reaches(a, scoring.progressing)) {
        return (Rating::Progressing, Rule::Progressing);
    }
    let not_moving = prev.is_some_and(|p| match direction {
        Direction::AtLeast | Direction::Within => v <= p,
        Direction::AtMost => v >= p,
    });
    unmet(not_moving, a)
}

/// Rules 3b–3d of SPEC §3.1 for a value that neither meets its target nor progresses.
fn unmet(not_moving: bool, a: Option<f64>) -> (Rating, Rule) {
    if not_moving {
        (Rating::NotProgressing, Rule::NotMoving)
    } else if a.is_some_and(|a| reaches(0.0, a)) {
        (Rating::NotProgressing, Rule::NoProgress)
    } else {
        (Rating::Limited, Rule::Limited)
    }
}

/// A value measured against a band `[low, high]` (`direction = "within"`, SPEC §3.1): the
/// bound it is compared with, its achievement ratio, the rating and the rule. Inside: met
/// (never exceeded), `a = 1`. Below: as `at_least` with `T = low`, `a = v / low`; above: as
/// `at_most` with `T = high`, `a = high / v`; neither with a baseline. "Moved toward the
/// target" means the distance to the band shrank since the previous point, also across it.
pub fn rate_band(
    v: f64,
    (low, high): (f64, f64),
    prev: Option<f64>,
    scoring: &Thresholds,
) -> (f64, Option<f64>, Rating, Rule) {
    if in_band(v, low, high) {
        return (low, Some(1.0), Rating::Met, Rule::Met);
    }
    let (bound, a) = if v < low {
        (low, (low > 0.0).then(|| v / low))
    } else {
        (high, (v > 0.0).then(|| high / v))
    };
    if a.is_some_and(|a| reaches(a, scoring.progressing)) {
        return (bound, a, Rating::Progressing, Rule::Progressing);
    }
    let distance = |x: f64| band_distance(x, low, high);
    let not_moving = prev.is_some_and(|p| distance(v) >= distance(p));
    let (rating, rule) = unmet(not_moving, a);
    (bound, a, rating, rule)
}

/// How far `x` lies outside `[low, high]` (0 inside, within `TOLERANCE`).
pub fn band_distance(x: f64, low: f64, high: f64) -> f64 {
    if in_band(x, low, high) {
        0.0
    } else if x < low {
        low - x
    } else {
        x - high
    }
}

/// A milestone's rating at `year` (SPEC §3.3): overdue from the `due` year on.
pub fn rate_milestone(status: MilestoneStatus, year: i32, due: Option<i32>) -> (Rating, Rule) {
    let overdue = due.is_some_and(|d| year >= d);
    let rule = if overdue {
        Rule::MilestoneOverdue
    } else {
        Rule::MilestoneBeforeDue
    };
    match (status, overdue) {
        (MilestoneStatus::Achieved, _) => (Rating::Met, Rule::MilestoneAchieved),
        (MilestoneStatus::InProgress, false) => (Rating::Progressing, rule),
        (MilestoneStatus::InProgress, true) => (Rating::Limited, rule),
        (MilestoneStatus::NotStarted, false) => (Rating::Limited, rule),
        (MilestoneStatus::NotStarted, true) => (Rating::NotProgressing, rule),
    }
}
