//! The indicator's rating at the evaluation year, and where it is heading: the outlook
//! arithmetic of a target indicator (SPEC §3.1 step 4) or the trend of a reference one
//! (SPEC §3.2), as the scorer recorded them.

use std::fmt::Write as _;

use super::words::{direction_words, num};
use crate::rubric::{Direction, Growth, Indicator, Kind, Rubric, Target};
use crate::score::{IndicatorScore, Outlook, OutlookCalc, Trend, TrendCalc};

pub(super) fn rating(
    out: &mut String,
    rubric: &Rubric,
    ind: &Indicator,
    s: &IndicatorScore,
    as_of: i32,
) {
    let start = rubric.policy.period.map(|(a, _)| a);
    let window = match start {
        Some(a) => format!("in {a}–{as_of}"),
        None => format!("up to {as_of}"),
    };
    match (&ind.kind, s.year) {
        (Kind::Reference { .. }, Some(y)) => {
            let _ = writeln!(
                out,
                "Rating: not_rated (a reference indicator); latest value in {y}{}",
                if s.stale {
                    ", before as_of (stale)"
                } else {
                    ""
                }
            );
        }
        (_, Some(y)) => {
            let a = s
                .achievement
                .map_or(String::new(), |a| format!(", a = {}", num(a)));
            let _ = writeln!(
                out,
                "Rating: {} — rated at {y}, the latest year with a value {window}{a}",
                s.rating.id()
            );
            if s.stale {
                let _ = writeln!(
                    out,
                    "  stale: {y} is before as_of {as_of}, which has no value for this indicator"
                );
            }
        }
        (_, None) => {
            let _ = writeln!(out, "Rating: {} — no value {window}", s.rating.id());
        }
    }
}

/// The outlook (SPEC §3.1 step 4), or why there is none.
pub(super) fn outlook_lines(out: &mut String, t: &Target, s: &IndicatorScore, as_of: i32) {
    let Some(ty) = t.target_year else {
        let _ = writeln!(out, "Outlook: none (no target_year)");
        return;
    };
    if ty <= as_of {
        let _ = writeln!(
            out,
            "Outlook: none (target_year {ty} is not after as_of {as_of})"
        );
        return;
    }
    let Some(calc) = s.outlook.as_deref().copied() else {
        let _ = writeln!(
            out,
            "Outlook toward {ty}: none (it needs two points: the baseline and values up to {as_of})"
        );
        return;
    };
    let OutlookCalc {
        first,
        last,
        outlook,
        ..
    } = calc;
    let _ = writeln!(out, "Outlook toward {ty}: {}", outlook.id());
    let _ = writeln!(
        out,
        "  first point {} ({}), last point {} ({})",
        num(first.1),
        first.0,
        num(last.1),
        last.0
    );
    arithmetic(out, t, ty, calc);
}

/// The outlook's arithmetic: the actual and required annual change, and their ratio `R`.
fn arithmetic(out: &mut String, t: &Target, ty: i32, calc: OutlookCalc) {
    let OutlookCalc {
        first,
        last,
        growth,
        actual,
        required,
        ratio,
        outlook,
    } = calc;
    let (Some(actual), Some(required)) = (actual, required) else {
        let _ = writeln!(
            out,
            "  the last value {} already meets the target {} → on_track",
            num(last.1),
            num(t.target)
        );
        return;
    };
    let what = match growth {
        Growth::Linear => "change",
        Growth::Compound => "growth",
    };
    let _ = writeln!(
        out,
        "  actual annual {what}   = {} = {}",
        rate_formula(growth, last, first),
        num(actual)
    );
    let _ = writeln!(
        out,
        "  required annual {what} = {} = {}",
        rate_formula(growth, (ty, t.target), first),
        num(required)
    );
    let Some(r) = ratio else {
        let _ = writeln!(
            out,
            "  the required change points away from the target (the first point already met it) → {}",
            outlook.id()
        );
        return;
    };
    let band = match outlook {
        Outlook::OnTrack => "R ≥ 0.95",
        Outlook::Moderate => "0.6 ≤ R < 0.95",
        Outlook::Insufficient => "0 ≤ R < 0.6",
        Outlook::MovingAway => "R < 0",
    };
    let _ = writeln!(
        out,
        "  R = actual / required = {} / {} = {}; {band} → {}",
        num(actual),
        num(required),
        num(r),
        outlook.id()
    );
}

/// The annual change (linear) or growth rate (compound) from `from` to `to`, written out.
fn rate_formula(growth: Growth, to: (i32, f64), from: (i32, f64)) -> String {
    let ((to_year, to), (from_year, from)) = (to, from);
    match growth {
        Growth::Linear => format!("({} − {}) / ({to_year} − {from_year})", num(to), num(from)),
        Growth::Compound => format!(
            "({} / {}) ^ (1 / ({to_year} − {from_year})) − 1",
            num(to),
            num(from)
        ),
    }
}

/// The trend arithmetic of a reference indicator (SPEC §3.2).
pub(super) fn trend_lines(
    out: &mut String,
    rubric: &Rubric,
    direction: Option<Direction>,
    s: &IndicatorScore,
) {
    let Some(TrendCalc {
        first: (y0, v0),
        last: (y1, v1),
        growth,
        g,
        from_zero,
        trend,
    }) = s.trend.as_deref().copied()
    else {
        let _ = writeln!(out, "Trend: none (it needs values in two years)");
        return;
    };
    let _ = writeln!(out, "Trend: {}", trend.id());
    if growth == Growth::Compound {
        let _ = writeln!(
            out,
            "  g = ({} / {}) ^ (1 / ({y1} − {y0})) − 1 = {}",
            num(v1),
            num(v0),
            num(g)
        );
    } else if from_zero {
        let _ = writeln!(
            out,
            "  the first value is 0, so g is the sign of the change: {}",
            num(g)
        );
    } else {
        let _ = writeln!(
            out,
            "  g = ({} − {}) / |{}| / ({y1} − {y0}) = {}",
            num(v1),
            num(v0),
            num(v0),
            num(g)
        );
    }
    let band = num(rubric.scoring.stable_band);
    let words = if trend == Trend::Stable {
        format!("|g| ≤ {band}")
    } else {
        format!(
            "|g| > {band}, {}, {}",
            if g > 0.0 { "rising" } else { "falling" },
            direction_words(direction)
        )
    };
    let _ = writeln!(out, "  {words} → {}", trend.id());
}
