//! One indicator (SPEC §3.1–3.3): its series up to `as_of`, the yearly target, the
//! achievement ratio, the rating, and the outlook or trend. Pure functions of the rubric's
//! definition and the data points.

use crate::data::{MilestoneStatus, Point, Value};
use crate::rating::Rating;
use crate::rubric::{Baseline, Direction, Growth, Indicator, Kind, PathKind, Scoring, Target};

/// What an indicator is scored against: the rubric's evaluation year, period and settings.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    pub as_of: Option<i32>,
    pub period: Option<(i32, i32)>,
    pub scoring: Scoring,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outlook {
    OnTrack,
    Moderate,
    Insufficient,
    MovingAway,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    Stable,
    Improving,
    Worsening,
    Rising,
    Falling,
}

impl Outlook {
    pub fn id(self) -> &'static str {
        match self {
            Outlook::OnTrack => "on_track",
            Outlook::Moderate => "moderate",
            Outlook::Insufficient => "insufficient",
            Outlook::MovingAway => "moving_away",
        }
    }
}

impl Trend {
    pub fn id(self) -> &'static str {
        match self {
            Trend::Stable => "stable",
            Trend::Improving => "improving",
            Trend::Worsening => "worsening",
            Trend::Rising => "rising",
            Trend::Falling => "falling",
        }
    }
}

/// One year of an indicator's series (up to `as_of`).
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesPoint<'a> {
    pub year: i32,
    /// For accumulated indicators, the running total.
    pub value: Option<Value>,
    /// `T(y)` for target indicators.
    pub target: Option<f64>,
    pub achievement: Option<f64>,
    /// The rating the indicator would have if rated at this year.
    pub rating: Rating,
    /// Which rule of SPEC §3 gave the rating.
    pub rule: Rule,
    pub point: &'a Point,
}

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

/// The outlook arithmetic (SPEC §3.1 step 4), kept for `explain`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OutlookCalc {
    pub first: (i32, f64),
    pub last: (i32, f64),
    pub growth: Growth,
    /// Annual change (or growth rate) so far; `None` when the last value already met the target.
    pub actual: Option<f64>,
    pub required: Option<f64>,
    pub outlook: Outlook,
}

/// The trend arithmetic (SPEC §3.2), kept for `explain`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrendCalc {
    pub first: (i32, f64),
    pub last: (i32, f64),
    /// The growth rule used (compound falls back to linear without positive ends).
    pub growth: Growth,
    /// The annual growth `g`.
    pub g: f64,
    pub trend: Trend,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorScore<'a> {
    pub rating: Rating,
    /// The rated year (the latest value up to `as_of` for a reference indicator).
    pub year: Option<i32>,
    pub stale: bool,
    pub value: Option<Value>,
    pub achievement: Option<f64>,
    pub outlook: Option<OutlookCalc>,
    pub trend: Option<TrendCalc>,
    pub series: Vec<SeriesPoint<'a>>,
    /// The baseline the arithmetic used: the rubric's, or `(s - 1, 0)` when accumulating.
    pub baseline: Option<Baseline>,
    /// Things the reader should know, e.g. a compound growth that fell back to linear.
    pub warnings: Vec<String>,
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
    let empty = IndicatorScore {
        rating: if ind.is_rated() {
            Rating::NoData
        } else {
            Rating::NotRated
        },
        year: None,
        stale: false,
        value: None,
        achievement: None,
        outlook: None,
        trend: None,
        series: Vec::new(),
        baseline: None,
        warnings: Vec::new(),
    };
    let Some(as_of) = ctx.as_of else { return empty };
    let points: Vec<(i32, &Point)> = points
        .map(|p| {
            p.iter()
                .take_while(|(y, _)| *y <= as_of)
                .map(|(y, p)| (*y, p))
                .collect()
        })
        .unwrap_or_default();
    let in_period = |y: i32| ctx.period.is_none_or(|(start, _)| y >= start);
    let mut score = empty;

    match &ind.kind {
        Kind::Milestone { due } => {
            score.series = points
                .into_iter()
                .map(|(year, point)| {
                    let (rating, rule) = match point.value {
                        Some(Value::Milestone(s)) => rate_milestone(s, year, *due),
                        _ => (Rating::NoData, Rule::NoValue),
                    };
                    SeriesPoint {
                        year,
                        value: point.value,
                        target: None,
                        achievement: None,
                        rating,
                        rule,
                        point,
                    }
                })
                .collect();
        }
        Kind::Target(t) => {
            let Numbers {
                values,
                baseline,
                gap,
            } = numbers(&points, t.accumulate, t.baseline, ctx.period);
            score.warnings.extend(gap.and_then(|g| g.warning()));
            score.baseline = baseline;
            let mut prev = baseline.map(|b| b.value);
            for (year, value, point) in values {
                let target = target_for_year(t, baseline, year);
                let (achievement, rating, rule) = match value {
                    Some(v) => {
                        let a = achievement(v, target, baseline, t.direction);
                        let (rating, rule) =
                            rate_target(v, target, a, prev, t.direction, &ctx.scoring);
                        prev = Some(v);
                        (a, rating, rule)
                    }
                    None => (None, Rating::NoData, Rule::NoValue),
                };
                score.series.push(SeriesPoint {
                    year,
                    value: value.map(Value::Number),
                    target: Some(target),
                    achievement,
                    rating,
                    rule,
                    point,
                });
            }
            if t.target_year.is_some_and(|ty| ty > as_of) {
                let mut known: Vec<(i32, f64)> =
                    baseline.map(|b| (b.year, b.value)).into_iter().collect();
                for p in &score.series {
                    if let Some(Value::Number(v)) = p.value {
                        known.retain(|(y, _)| *y != p.year);
                        known.push((p.year, v));
                    }
                }
                known.sort_by_key(|(y, _)| *y);
                score.outlook = outlook(&known, t, ctx.scoring.growth, &mut score.warnings);
            }
        }
        Kind::Reference {
            direction,
            accumulate,
        } => {
            let Numbers { values, gap, .. } = numbers(&points, *accumulate, None, ctx.period);
            score.warnings.extend(gap.and_then(|g| g.warning()));
            let known: Vec<(i32, f64)> = values
                .iter()
                .filter_map(|(y, v, _)| v.map(|v| (*y, v)))
                .collect();
            score.trend = trend(&known, *direction, &ctx.scoring, &mut score.warnings);
            score.series = values
                .into_iter()
                .map(|(year, value, point)| SeriesPoint {
                    year,
                    value: value.map(Value::Number),
                    target: None,
                    achievement: None,
                    rating: if value.is_some() {
                        Rating::NotRated
                    } else {
                        Rating::NoData
                    },
                    rule: if value.is_some() {
                        Rule::Reference
                    } else {
                        Rule::NoValue
                    },
                    point,
                })
                .collect();
            if let Some(last) = score.series.iter().rev().find(|p| p.value.is_some()) {
                score.year = Some(last.year);
                score.value = last.value;
                score.stale = last.year < as_of;
            }
            return score;
        }
    }

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
    score
}

/// The numeric series of an indicator, and the baseline its arithmetic uses. Accumulated
/// values become running totals from the start year `s` (the period's first year, else the
/// year of the earliest row); years before `s` are left out, and the baseline is `(s - 1, 0)`.
/// A year from `s` on without a value (an empty value, a status, or no row) breaks the total:
/// no later year has one (SPEC §3.1), and `gap` says where it broke.
fn numbers<'a>(
    points: &[(i32, &'a Point)],
    accumulate: bool,
    baseline: Option<Baseline>,
    period: Option<(i32, i32)>,
) -> Numbers<'a> {
    let number = |p: &Point| match p.value {
        Some(Value::Number(v)) => Some(v),
        _ => None,
    };
    if !accumulate {
        let values = points.iter().map(|(y, p)| (*y, number(p), *p)).collect();
        return Numbers {
            values,
            baseline,
            gap: None,
        };
    }
    let Some(start) = period
        .map(|(s, _)| s)
        .or_else(|| points.first().map(|(y, _)| *y))
    else {
        return Numbers {
            values: Vec::new(),
            baseline: None,
            gap: None,
        };
    };
    let mut total = Some(0.0);
    let mut gap = None;
    // The first year not yet covered by a row with a value. A span row (a later feature)
    // would cover its years up to its last, here where a row covers its own.
    let mut next = start;
    let values = points
        .iter()
        .filter(|(y, _)| *y >= start)
        .map(|(y, p)| {
            let missing = if *y > next {
                Some(Gap {
                    first: next,
                    last: *y - 1,
                    row: None,
                    lost: Vec::new(),
                })
            } else {
                number(p).is_none().then(|| Gap {
                    first: *y,
                    last: *y,
                    row: Some(*p),
                    lost: Vec::new(),
                })
            };
            if let Some(m) = missing
                && total.is_some()
            {
                total = None;
                gap = Some(m);
            }
            next = *y + 1;
            let v = match (total, number(p)) {
                (Some(t), Some(v)) => {
                    let t = without_float_noise(t + v);
                    total = Some(t);
                    Some(t)
                }
                (None, Some(_)) => {
                    if let Some(g) = &mut gap {
                        g.lost.push(*y);
                    }
                    None
                }
                _ => None,
            };
            (*y, v, *p)
        })
        .collect();
    Numbers {
        values,
        baseline: Some(Baseline {
            year: start - 1,
            value: 0.0,
        }),
        gap,
    }
}

/// An indicator's numbers up to `as_of`: `(year, value or running total, row)`.
struct Numbers<'a> {
    values: Vec<(i32, Option<f64>, &'a Point)>,
    /// The baseline the arithmetic uses: the rubric's, or `(s - 1, 0)` when accumulating.
    baseline: Option<Baseline>,
    /// Where an accumulated series' running total broke, if it did.
    gap: Option<Gap<'a>>,
}

/// The first years without a value in an accumulated series (SPEC §3.1).
struct Gap<'a> {
    first: i32,
    last: i32,
    /// The row of the year, when there is one (with an empty value or a status).
    row: Option<&'a Point>,
    /// Later years with a value, whose running total is unknown.
    lost: Vec<i32>,
}

impl Gap<'_> {
    /// The warning for a gap that cost later years their totals; none for a gap at the end,
    /// which only leaves the indicator stale, as any missing year does.
    fn warning(&self) -> Option<String> {
        let (first_lost, last_lost) = (self.lost.first()?, self.lost.last()?);
        let years = if self.first == self.last {
            format!("{}", self.first)
        } else {
            format!("{}–{}", self.first, self.last)
        };
        let why = match self.row {
            Some(p) => format!(
                "the row for {years} ({}) has no value{}",
                p.place.location(),
                p.status
                    .map_or(String::new(), |s| format!(" (status {})", s.id()))
            ),
            None => format!("the data have no row for {years}"),
        };
        let lost = if first_lost == last_lost {
            format!("{first_lost}")
        } else {
            format!("{first_lost}–{last_lost}")
        };
        Some(format!(
            "accumulated values have a gap: {why}, so the values of {lost} have no running \
             total and the indicator is rated at its last year with one; add the increment of \
             {years} to the data (0 if there was none)"
        ))
    }
}

/// A running total of decimal figures, with the binary floating-point noise of the sum
/// removed: 0.1 + 0.2 is 0.3, and 3.3 + (-3.3) is exactly 0 (which decides whether an
/// `at_most` ratio is defined). Data values have far fewer than nine decimals.
fn without_float_noise(x: f64) -> f64 {
    let scaled = x * 1e9;
    if scaled.abs() < 9.0e15 {
        scaled.round() / 1e9
    } else {
        x
    }
}

/// `T(y)`: the target for year `y`, on the path from the baseline before `target_year`.
pub fn target_for_year(t: &Target, baseline: Option<Baseline>, y: i32) -> f64 {
    match (t.target_year, baseline) {
        (Some(ty), Some(b)) if y < ty && ty != b.year => {
            let (elapsed, span) = (f64::from(y - b.year), f64::from(ty - b.year));
            match t.path {
                // In the SPEC's order (multiply, then divide), so that a path value that is
                // a whole number in exact arithmetic comes out whole: 0 + 77 × 9 / 11 = 63.
                PathKind::Linear => b.value + (t.target - b.value) * elapsed / span,
                PathKind::Geometric => b.value * (t.target / b.value).powf(elapsed / span),
            }
        }
        _ => t.target,
    }
}

/// How far below a threshold a computed number may fall and still reach it. Figures are
/// decimals, and binary floating point turns some exact results into a near miss:
/// 107.8 / 98 is 1.1 in decimal but 1.0999999999999999 in binary, and an evaluator who set
/// `exceeded = 1.1` expects it to count. Far below any difference in real data.
const TOLERANCE: f64 = 1e-9;

/// `x >= threshold`, up to `TOLERANCE` relative to the threshold's size.
fn reaches(x: f64, threshold: f64) -> bool {
    x >= threshold - TOLERANCE * threshold.abs().max(1.0)
}

/// Whether `v` meets `target` in the indicator's direction (within `TOLERANCE`).
pub fn meets(v: f64, target: f64, direction: Direction) -> bool {
    match direction {
        Direction::AtLeast => reaches(v, target),
        Direction::AtMost => reaches(-v, -target),
    }
}

/// The achievement ratio `a` (SPEC §3.1 step 2); `None` where it is undefined.
pub fn achievement(
    v: f64,
    target: f64,
    baseline: Option<Baseline>,
    direction: Direction,
) -> Option<f64> {
    if let Some(b) = baseline
        && !meets(b.value, target, direction)
    {
        return Some((v - b.value) / (target - b.value));
    }
    match direction {
        Direction::AtLeast if target > 0.0 => Some(v / target),
        Direction::AtMost if v > 0.0 => Some(target / v),
        _ => None,
    }
}

/// The rating of a target indicator at one year (SPEC §3.1 step 3).
pub fn rate_target(
    v: f64,
    target: f64,
    a: Option<f64>,
    prev: Option<f64>,
    direction: Direction,
    scoring: &Scoring,
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
        Direction::AtLeast => v <= p,
        Direction::AtMost => v >= p,
    });
    if not_moving {
        (Rating::NotProgressing, Rule::NotMoving)
    } else if a.is_some_and(|a| reaches(0.0, a)) {
        (Rating::NotProgressing, Rule::NoProgress)
    } else {
        (Rating::Limited, Rule::Limited)
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

/// Compound growth rates need positive ends; otherwise the linear rule is used, and said.
fn growth_mode(growth: Growth, positive: bool, warnings: &mut Vec<String>) -> Growth {
    if growth == Growth::Compound && !positive {
        warnings
            .push("compound growth needs positive values; the linear rule was used instead".into());
        return Growth::Linear;
    }
    growth
}

/// The outlook toward `target_year` from the known points, first to last (SPEC §3.1
/// step 4, with the bands of Eurostat's SDG progress assessment).
pub fn outlook(
    known: &[(i32, f64)],
    t: &Target,
    growth: Growth,
    warnings: &mut Vec<String>,
) -> Option<OutlookCalc> {
    let (&first, &last) = (known.first()?, known.last()?);
    let target_year = t.target_year?;
    if known.len() < 2 || last.0 == first.0 {
        return None;
    }
    let mut calc = OutlookCalc {
        first,
        last,
        growth,
        actual: None,
        required: None,
        outlook: Outlook::OnTrack,
    };
    if meets(last.1, t.target, t.direction) {
        return Some(calc);
    }
    calc.growth = growth_mode(
        growth,
        first.1 > 0.0 && last.1 > 0.0 && t.target > 0.0,
        warnings,
    );
    let span_so_far = f64::from(last.0 - first.0);
    let span_needed = f64::from(target_year - first.0);
    let (actual, required) = match calc.growth {
        Growth::Linear => (
            (last.1 - first.1) / span_so_far,
            (t.target - first.1) / span_needed,
        ),
        Growth::Compound => (
            (last.1 / first.1).powf(1.0 / span_so_far) - 1.0,
            (t.target / first.1).powf(1.0 / span_needed) - 1.0,
        ),
    };
    calc.actual = Some(actual);
    calc.required = Some(required);
    let away = match t.direction {
        Direction::AtLeast => required <= 0.0,
        Direction::AtMost => required >= 0.0,
    };
    calc.outlook = if away {
        Outlook::MovingAway
    } else {
        let r = actual / required;
        if reaches(r, 0.95) {
            Outlook::OnTrack
        } else if reaches(r, 0.6) {
            Outlook::Moderate
        } else if reaches(r, 0.0) {
            Outlook::Insufficient
        } else {
            Outlook::MovingAway
        }
    };
    Some(calc)
}

/// The trend of a reference indicator over its known points (SPEC §3.2).
pub fn trend(
    known: &[(i32, f64)],
    direction: Option<Direction>,
    scoring: &Scoring,
    warnings: &mut Vec<String>,
) -> Option<TrendCalc> {
    let (&(y0, v0), &(y1, v1)) = (known.first()?, known.last()?);
    if known.len() < 2 || y0 == y1 {
        return None;
    }
    let years = f64::from(y1 - y0);
    let growth = growth_mode(scoring.growth, v0 > 0.0 && v1 > 0.0, warnings);
    let g = match growth {
        Growth::Compound => (v1 / v0).powf(1.0 / years) - 1.0,
        // From zero there is no rate: the sign of the change stands for it.
        Growth::Linear if v0 == 0.0 => {
            if v1 > v0 {
                1.0
            } else if v1 < v0 {
                -1.0
            } else {
                0.0
            }
        }
        Growth::Linear => (v1 - v0) / v0.abs() / years,
    };
    let trend = if reaches(scoring.stable_band, g.abs()) {
        Trend::Stable
    } else {
        match (direction, g > 0.0) {
            (Some(Direction::AtLeast), true) | (Some(Direction::AtMost), false) => Trend::Improving,
            (Some(_), _) => Trend::Worsening,
            (None, true) => Trend::Rising,
            (None, false) => Trend::Falling,
        }
    };
    Some(TrendCalc {
        first: (y0, v0),
        last: (y1, v1),
        growth,
        g,
        trend,
    })
}
