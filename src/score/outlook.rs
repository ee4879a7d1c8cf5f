//! Where an indicator is heading: the outlook of a target indicator toward its `target_year`
//! (SPEC §3.1 step 4) and the trend of a reference indicator (SPEC §3.2), each with the
//! arithmetic that gave it, kept for `explain`.

use super::indicator::Warning;
use super::rule::{meets, reaches};
use crate::lang::msg;
use crate::rubric::format::Lint;
use crate::rubric::{Direction, Growth, Target, Thresholds};

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

/// The outlook arithmetic (SPEC §3.1 step 4), kept for `explain`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OutlookCalc {
    pub first: (i32, f64),
    pub last: (i32, f64),
    pub growth: Growth,
    /// Annual change (or growth rate) so far; `None` when the last value already met the target.
    pub actual: Option<f64>,
    pub required: Option<f64>,
    /// `R = actual / required`; `None` when the target is met or the required change points
    /// away from it.
    pub ratio: Option<f64>,
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
    /// The linear rule from a first value of 0, where `g` is the sign of the change.
    pub from_zero: bool,
    pub trend: Trend,
}

/// Compound growth rates need positive ends; otherwise the linear rule is used, and said.
fn growth_mode(growth: Growth, positive: bool, warnings: &mut Vec<Warning>) -> Growth {
    if growth == Growth::Compound && !positive {
        warnings.push(Warning::new(
            Lint::CompoundNeedsPositive,
            msg!("score-compound-needs-positive"),
        ));
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
    warnings: &mut Vec<Warning>,
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
        ratio: None,
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
    // `within` is refused before scoring (`pipeline`) until bands are rated.
    let away = match t.direction {
        Direction::AtLeast | Direction::Within => required <= 0.0,
        Direction::AtMost => required >= 0.0,
    };
    calc.outlook = if away {
        Outlook::MovingAway
    } else {
        let r = actual / required;
        calc.ratio = Some(r);
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
    scoring: &Thresholds,
    warnings: &mut Vec<Warning>,
) -> Option<TrendCalc> {
    let (&(y0, v0), &(y1, v1)) = (known.first()?, known.last()?);
    if known.len() < 2 || y0 == y1 {
        return None;
    }
    let years = f64::from(y1 - y0);
    let growth = growth_mode(scoring.growth, v0 > 0.0 && v1 > 0.0, warnings);
    let from_zero = growth == Growth::Linear && v0 == 0.0;
    let g = match growth {
        Growth::Compound => (v1 / v0).powf(1.0 / years) - 1.0,
        // From zero there is no rate: the sign of the change stands for it.
        Growth::Linear if from_zero => {
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
        from_zero,
        trend,
    })
}
