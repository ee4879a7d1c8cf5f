//! One indicator (SPEC §3.1–3.3): its series up to `as_of`, the yearly target, the
//! achievement ratio, the rating, and the outlook or trend. Pure functions of the rubric's
//! definition and the data points. Every point records how its numbers were found (the
//! target's case, the achievement's formula, the previous point), so that `explain` renders
//! the scorer's own steps.

use super::numbers::numbers;
use super::outlook::{OutlookCalc, TrendCalc, outlook, trend};
use super::rule::{
    Rule, TargetRule, meets, rate_band, rate_milestone, rate_target, target_for_year,
};
use crate::data::{Point, Value};
use crate::lang::{Message, msg};
use crate::rating::Rating;
use crate::rubric::format::Lint;
use crate::rubric::{Baseline, Direction, Indicator, Kind, Target};

/// What an indicator is scored against: the rubric's evaluation year, period and settings.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub as_of: Option<i32>,
    pub period: Option<(i32, i32)>,
    pub scoring: crate::rubric::Thresholds,
}

/// One year of an indicator's series (up to `as_of`).
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesPoint<'a> {
    pub year: i32,
    /// For accumulated indicators, the running total.
    pub value: Option<Value>,
    /// `T(y)` for target indicators.
    pub target: Option<f64>,
    /// How `target` was found.
    pub target_rule: Option<TargetRule>,
    pub achievement: Option<f64>,
    /// How `achievement` was computed (a target indicator's year with a value).
    pub achievement_rule: Option<AchievementRule>,
    /// The latest earlier `(year, value)` of a numeric series, else the baseline: the
    /// previous point of SPEC §3.1 step 3, and for an accumulated indicator the running
    /// total this year's increment is added to.
    pub previous: Option<(i32, f64)>,
    /// The rating the indicator would have if rated at this year.
    pub rating: Rating,
    /// Which rule of SPEC §3 gave the rating.
    pub rule: Rule,
    pub point: &'a Point,
}

impl<'a> SeriesPoint<'a> {
    /// A point without a target: a milestone's or a reference indicator's, before its value.
    fn untargeted(year: i32, rating: Rating, rule: Rule, point: &'a Point) -> Self {
        SeriesPoint {
            year,
            value: None,
            target: None,
            target_rule: None,
            achievement: None,
            achievement_rule: None,
            previous: None,
            rating,
            rule,
            point,
        }
    }
}

/// How the achievement ratio was computed (SPEC §3.1 step 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AchievementRule {
    /// `(v − B) / (T − B)`: the baseline does not meet `T(y)`.
    FromBaseline,
    /// `v / T` (at_least) or `T / v` (at_most): there is no baseline, or it already meets
    /// `T(y)`. Undefined where the divisor is not positive.
    Direct,
    /// A band: 1 inside, `v / low` below, `high / v` above (undefined where the divisor is
    /// not positive).
    Band,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorScore<'a> {
    pub rating: Rating,
    /// The rated year (the latest value up to `as_of` for a reference indicator).
    pub year: Option<i32>,
    pub stale: bool,
    pub value: Option<Value>,
    pub achievement: Option<f64>,
    /// Whether a reference indicator's latest value meets its benchmark (SPEC §3.2); `None`
    /// without a benchmark or a value, and for other kinds.
    pub meets_target: Option<bool>,
    // Boxed: an indicator has one of the two at most, and often neither; inline, their
    // room made every indicator's score 256 bytes instead of 136.
    pub outlook: Option<Box<OutlookCalc>>,
    pub trend: Option<Box<TrendCalc>>,
    pub series: Vec<SeriesPoint<'a>>,
    /// The baseline the arithmetic used: the rubric's, or `(s - 1, 0)` when accumulating.
    pub baseline: Option<Baseline>,
    /// The first and last year of the gap that broke an accumulated indicator's running
    /// total (SPEC §3.1): from its first year on, no year has a total.
    pub gap: Option<(i32, i32)>,
    /// Things the reader should know, e.g. a compound growth that fell back to linear.
    pub warnings: Vec<Warning>,
}

/// A warning found while scoring an indicator: its code (named in `[lints] allow`) and its
/// message, on its own (as `explain` shows it under the indicator); `about` names the
/// indicator, as a diagnostic does.
#[derive(Debug, Clone, PartialEq)]
pub struct Warning {
    pub lint: Lint,
    pub message: Message,
}

impl Warning {
    pub fn new(lint: Lint, message: Message) -> Self {
        Warning { lint, message }
    }

    /// The message of the warning as a diagnostic: "indicator `id`: " and the same words.
    pub fn about(&self, indicator: &str) -> Message {
        let head = match self.lint {
            Lint::AccumulatedGap => {
                msg!("score-indicator-accumulated-gap", indicator = indicator)
            }
            Lint::CompoundNeedsPositive => {
                msg!(
                    "score-indicator-compound-needs-positive",
                    indicator = indicator
                )
            }
            // The scorer finds no other warning on an indicator.
            _ => return self.message.clone(),
        };
        let mut args = head.args;
        args.extend(self.message.args.iter().cloned());
        Message { args, ..head }
    }
}

/// In unit tests, a warning reads as its message in English.
#[cfg(test)]
impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message.fmt(f)
    }
}

impl<'a> IndicatorScore<'a> {
    /// The series point of the rated year.
    pub fn rated_point(&self) -> Option<&SeriesPoint<'a>> {
        let year = self.year?;
        self.series.iter().find(|p| p.year == year)
    }
}

/// The score of `ind` from its `points`, one a year in order of year (as
/// `DataSet::series` gives them).
pub fn score_indicator<'a>(
    ind: &Indicator,
    points: Option<&'a [(i32, Point)]>,
    ctx: &Context,
) -> IndicatorScore<'a> {
    let mut score = IndicatorScore {
        rating: if ind.is_rated() {
            Rating::NoData
        } else {
            Rating::NotRated
        },
        year: None,
        stale: false,
        value: None,
        achievement: None,
        meets_target: None,
        outlook: None,
        trend: None,
        series: Vec::new(),
        baseline: None,
        gap: None,
        warnings: Vec::new(),
    };
    let Some(as_of) = ctx.as_of else { return score };
    let points: Vec<(i32, &Point)> = points
        .map(|p| {
            p.iter()
                .take_while(|(y, _)| *y <= as_of)
                .map(|(y, p)| (*y, p))
                .collect()
        })
        .unwrap_or_default();
    let (accumulate, baseline) = match &ind.kind {
        Kind::Milestone { due } => {
            score.series = milestone_series(&points, *due);
            rate_latest(&mut score, ctx, as_of);
            return score;
        }
        Kind::Target(t) => (t.accumulate, t.baseline),
        Kind::Reference { accumulate, .. } => (*accumulate, None),
    };
    let numbers = numbers(&points, accumulate, baseline, ctx.period);
    score.gap = numbers.gap.as_ref().map(|g| g.years());
    let gap = numbers.gap.and_then(|g| g.warning());
    score
        .warnings
        .extend(gap.map(|m| Warning::new(Lint::AccumulatedGap, m)));
    match &ind.kind {
        Kind::Target(t) => {
            score.baseline = numbers.baseline;
            score_target(&mut score, t, numbers.values, ctx, as_of);
            rate_latest(&mut score, ctx, as_of);
        }
        Kind::Reference {
            direction,
            benchmark,
            ..
        } => {
            let first = numbers.baseline.map(|b| (b.year, b.value));
            score_reference(&mut score, numbers.values, first, *direction, ctx, as_of);
            if let (Some(target), Some(direction)) = (benchmark, direction) {
                against_benchmark(&mut score, *target, *direction);
            }
        }
        Kind::Milestone { .. } => {}
    }
    score
}

/// A milestone's points, each rated by its status (SPEC §3.3).
fn milestone_series<'a>(points: &[(i32, &'a Point)], due: Option<i32>) -> Vec<SeriesPoint<'a>> {
    points
        .iter()
        .map(|&(year, point)| {
            let (rating, rule) = match point.value {
                Some(Value::Milestone(s)) => rate_milestone(s, year, due),
                _ => (Rating::NoData, Rule::NoValue),
            };
            SeriesPoint {
                value: point.value,
                ..SeriesPoint::untargeted(year, rating, rule, point)
            }
        })
        .collect()
}

/// A target indicator's points (SPEC §3.1 steps 1–3) and its outlook (step 4).
fn score_target<'a>(
    score: &mut IndicatorScore<'a>,
    t: &Target,
    values: Vec<(i32, Option<f64>, &'a Point)>,
    ctx: &Context,
    as_of: i32,
) {
    let baseline = score.baseline;
    let mut prev = baseline.map(|b| (b.year, b.value));
    // Exactly one point a year: grown by pushing, a ten-year series would hold room for
    // sixteen, and of a million points the slack is tens of megabytes.
    score.series.reserve_exact(values.len());
    for (year, value, point) in values {
        let (mut target, mut target_rule) = target_for_year(t, baseline, year);
        let (achievement, achievement_rule, rating, rule) = match (value, t.band) {
            (Some(v), Some(band)) => {
                let (bound, a, rating, rule) =
                    rate_band(v, band, prev.map(|(_, p)| p), &ctx.scoring);
                (target, target_rule) = (bound, TargetRule::Band);
                (a, Some(AchievementRule::Band), rating, rule)
            }
            (Some(v), None) => {
                let (a, how) = achievement(v, target, baseline, t.direction);
                let (rating, rule) = rate_target(
                    v,
                    target,
                    a,
                    prev.map(|(_, p)| p),
                    t.direction,
                    &ctx.scoring,
                );
                (a, Some(how), rating, rule)
            }
            (None, band) => {
                if band.is_some() {
                    target_rule = TargetRule::Band;
                }
                (None, None, Rating::NoData, Rule::NoValue)
            }
        };
        score.series.push(SeriesPoint {
            year,
            value: value.map(Value::Number),
            target: Some(target),
            target_rule: Some(target_rule),
            achievement,
            achievement_rule,
            previous: prev,
            rating,
            rule,
            point,
        });
        prev = value.map(|v| (year, v)).or(prev);
    }
    // A band has no target year, so no outlook.
    if t.target_year.is_some_and(|ty| ty > as_of) {
        let mut known: Vec<(i32, f64)> = baseline.map(|b| (b.year, b.value)).into_iter().collect();
        for p in &score.series {
            if let Some(Value::Number(v)) = p.value {
                known.retain(|(y, _)| *y != p.year);
                known.push((p.year, v));
            }
        }
        known.sort_by_key(|(y, _)| *y);
        score.outlook = outlook(&known, t, ctx.scoring.growth, &mut score.warnings).map(Box::new);
    }
}

/// A reference indicator's points, never rated, its trend (SPEC §3.2) and its latest value;
/// `prev` is the point before the first (an accumulated series' `(s - 1, 0)`).
fn score_reference<'a>(
    score: &mut IndicatorScore<'a>,
    values: Vec<(i32, Option<f64>, &'a Point)>,
    mut prev: Option<(i32, f64)>,
    direction: Option<Direction>,
    ctx: &Context,
    as_of: i32,
) {
    let known: Vec<(i32, f64)> = values
        .iter()
        .filter_map(|(y, v, _)| v.map(|v| (*y, v)))
        .collect();
    score.trend = trend(&known, direction, &ctx.scoring, &mut score.warnings).map(Box::new);
    score.series = values
        .into_iter()
        .map(|(year, value, point)| {
            let previous = prev;
            prev = value.map(|v| (year, v)).or(prev);
            let (rating, rule) = match value {
                Some(_) => (Rating::NotRated, Rule::Reference),
                None => (Rating::NoData, Rule::NoValue),
            };
            SeriesPoint {
                value: value.map(Value::Number),
                previous,
                ..SeriesPoint::untargeted(year, rating, rule, point)
            }
        })
        .collect();
    if let Some(last) = score.series.iter().rev().find(|p| p.value.is_some()) {
        score.year = Some(last.year);
        score.value = last.value;
        score.stale = last.year < as_of;
    }
}

/// A reference indicator's latest value up to `as_of` against its benchmark (SPEC §3.2):
/// the achievement ratio of §3.1 rule 2 (no baseline, no path) and whether it meets it. The
/// rating stays `not_rated`, and the series points keep no target.
fn against_benchmark(score: &mut IndicatorScore, target: f64, direction: Direction) {
    if let Some(Value::Number(v)) = score.value {
        score.achievement = achievement(v, target, None, direction).0;
        score.meets_target = Some(meets(v, target, direction));
    }
}

/// Rates a target or milestone indicator at its latest point with a value in the period.
fn rate_latest(score: &mut IndicatorScore, ctx: &Context, as_of: i32) {
    let in_period = |y: i32| ctx.period.is_none_or(|(start, _)| y >= start);
    if let Some(rated) = score
        .series
        .iter()
        .rev()
        .find(|p| p.value.is_some() && in_period(p.year))
    {
        score.rating = rated.rating;
        score.year = Some(rated.year);
        score.value = rated.value;
        score.achievement = rated.achievement;
        score.stale = rated.year < as_of;
    }
}

/// The achievement ratio `a` (SPEC §3.1 step 2), `None` where it is undefined, and the
/// formula that gave it.
pub fn achievement(
    v: f64,
    target: f64,
    baseline: Option<Baseline>,
    direction: Direction,
) -> (Option<f64>, AchievementRule) {
    if let Some(b) = baseline
        && !meets(b.value, target, direction)
    {
        return (
            Some((v - b.value) / (target - b.value)),
            AchievementRule::FromBaseline,
        );
    }
    let a = match direction {
        Direction::AtLeast if target > 0.0 => Some(v / target),
        Direction::AtMost if v > 0.0 => Some(target / v),
        _ => None,
    };
    (a, AchievementRule::Direct)
}
