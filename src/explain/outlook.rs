//! The indicator's rating at the evaluation year, and where it is heading: the outlook
//! arithmetic of a target indicator (SPEC §3.1 step 4) or the trend of a reference one
//! (SPEC §3.2), as the scorer recorded them.

use super::words::{
    Out, direction_words, fiscal, num, outlook, rating as rating_words, trend, year,
};
use crate::lang::msg;
use crate::rubric::{Direction, Growth, Indicator, Kind, Rubric, Target};
use crate::score::{IndicatorScore, Outlook, OutlookCalc, Trend, TrendCalc};

pub(super) fn rating(
    out: &mut Out,
    rubric: &Rubric,
    ind: &Indicator,
    s: &IndicatorScore,
    as_of: i32,
) {
    let lang = out.lang;
    let y = |y: i32| year(y, ind, lang);
    let fy = |y: i32| fiscal(y, lang);
    let window = out.tr(match rubric.policy.period {
        Some((a, _)) => msg!("explain-window-period", first = fy(a), last = fy(as_of)),
        None => msg!("explain-window", as_of = fy(as_of)),
    });
    let r = rating_words(s.rating, lang);
    match (&ind.kind, s.year) {
        (Kind::Reference { .. }, Some(ry)) => {
            let stale = if s.stale { "yes" } else { "no" };
            let m = msg!(
                "explain-rating-reference",
                rating = r,
                year = y(ry),
                stale = stale
            );
            out.line(0, m);
        }
        (_, Some(ry)) => {
            let line = match s.achievement {
                Some(a) => msg!(
                    "explain-rating-rated-a",
                    rating = r,
                    year = y(ry),
                    window = window,
                    a = num(a)
                ),
                None => msg!(
                    "explain-rating-rated",
                    rating = r,
                    year = y(ry),
                    window = window
                ),
            };
            out.line(0, line);
            if s.stale {
                out.line(2, msg!("explain-stale", year = y(ry), as_of = fy(as_of)));
            }
        }
        (_, None) => out.line(0, msg!("explain-rating-none", rating = r, window = window)),
    }
}

/// The outlook (SPEC §3.1 step 4), or why there is none.
pub(super) fn outlook_lines(
    out: &mut Out,
    t: &Target,
    ind: &Indicator,
    s: &IndicatorScore,
    as_of: i32,
) {
    let lang = out.lang;
    let y = |y: i32| year(y, ind, lang);
    let Some(ty) = t.target_year else {
        out.line(0, msg!("explain-outlook-no-target-year"));
        return;
    };
    if ty <= as_of {
        out.line(
            0,
            msg!("explain-outlook-past", target_year = ty, as_of = as_of),
        );
        return;
    }
    let Some(calc) = s.outlook.as_deref().copied() else {
        out.line(
            0,
            msg!(
                "explain-outlook-too-few",
                target_year = y(ty),
                as_of = fiscal(as_of, out.lang)
            ),
        );
        return;
    };
    let OutlookCalc { first, last, .. } = calc;
    let shown = outlook(calc.outlook, lang);
    out.line(
        0,
        msg!("explain-outlook", target_year = y(ty), outlook = shown),
    );
    let line = msg!(
        "explain-outlook-points",
        first = num(first.1),
        first_year = y(first.0),
        last = num(last.1),
        last_year = y(last.0)
    );
    out.line(2, line);
    arithmetic(out, t, ty, calc);
}

/// The outlook's arithmetic: the actual and required annual change, and their ratio `R`.
fn arithmetic(out: &mut Out, t: &Target, ty: i32, calc: OutlookCalc) {
    let OutlookCalc {
        first,
        last,
        growth,
        actual,
        required,
        ratio,
        outlook: o,
    } = calc;
    let shown = outlook(o, out.lang);
    let (Some(actual), Some(required)) = (actual, required) else {
        let m = msg!(
            "explain-outlook-already",
            last = num(last.1),
            target = num(t.target),
            outlook = shown
        );
        out.line(2, m);
        return;
    };
    let g = match growth {
        Growth::Linear => "linear",
        Growth::Compound => "compound",
    };
    let formula = rate_formula(growth, last, first);
    let m = msg!(
        "explain-outlook-actual",
        growth = g,
        formula = formula,
        value = num(actual)
    );
    out.line(2, m);
    let formula = rate_formula(growth, (ty, t.target), first);
    let m = msg!(
        "explain-outlook-required",
        growth = g,
        formula = formula,
        value = num(required)
    );
    out.line(2, m);
    let Some(r) = ratio else {
        out.line(2, msg!("explain-outlook-away", outlook = shown));
        return;
    };
    let band = match o {
        Outlook::OnTrack => "R ≥ 0.95",
        Outlook::Moderate => "0.6 ≤ R < 0.95",
        Outlook::Insufficient => "0 ≤ R < 0.6",
        Outlook::MovingAway => "R < 0",
    };
    let m = msg!(
        "explain-outlook-ratio",
        actual = num(actual),
        required = num(required),
        r = num(r),
        band = band,
        outlook = shown
    );
    out.line(2, m);
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
    out: &mut Out,
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
        trend: t,
    }) = s.trend.as_deref().copied()
    else {
        out.line(0, msg!("explain-trend-none"));
        return;
    };
    let shown = trend(t, out.lang);
    out.line(0, msg!("explain-trend", trend = shown));
    let (first, last, gs) = (num(v0), num(v1), num(g));
    let line = if growth == Growth::Compound {
        format!("({last} / {first}) ^ (1 / ({y1} − {y0})) − 1 = {gs}")
    } else if from_zero {
        String::new()
    } else {
        format!("({last} − {first}) / |{first}| / ({y1} − {y0}) = {gs}")
    };
    let m = if from_zero {
        msg!("explain-trend-from-zero", g = gs)
    } else {
        msg!("explain-trend-g", formula = line)
    };
    out.line(2, m);
    let band = num(rubric.scoring.stable_band);
    let m = if t == Trend::Stable {
        msg!("explain-trend-stable", band = band, trend = shown)
    } else {
        msg!(
            "explain-trend-moving",
            band = band,
            rising = if g > 0.0 { "yes" } else { "no" },
            direction = direction_words(direction, out.lang),
            trend = shown
        )
    };
    out.line(2, m);
}
