//! A year of a band (`direction = "within"`, SPEC §3.1) as the scorer decided it: where the
//! value lies against `[low, high]`, the achievement ratio, and the rule that gave the rating,
//! with the distances to the band the scorer compared.

use super::target::{below_progressing, shown_ratio};
use super::words::{Out, num, rating};
use crate::lang::msg;
use crate::rubric::Thresholds;
use crate::score::{Rule, SeriesPoint, band_distance};

pub(super) fn derivation(
    out: &mut Out,
    p: &SeriesPoint,
    v: f64,
    (low, high): (f64, f64),
    scoring: &Thresholds,
) {
    let band = format!("[{}, {}]", num(low), num(high));
    let shown = shown_ratio(out, p.achievement);
    let (vs, ls, hs) = (num(v), num(low), num(high));
    let (place, ratio) = if p.rule == Rule::Met {
        (
            msg!("explain-band-inside", v = vs, band = band),
            msg!("explain-band-a-inside"),
        )
    } else if v < low {
        (
            msg!("explain-band-below", v = vs, band = band, low = ls),
            match p.achievement {
                Some(_) => msg!("explain-band-a-below", v = vs, low = ls, a = shown),
                None => msg!("explain-band-a-undefined-low"),
            },
        )
    } else {
        (
            msg!("explain-band-above", v = vs, band = band, high = hs),
            match p.achievement {
                Some(_) => msg!("explain-band-a-above", v = vs, high = hs, a = shown),
                None => msg!("explain-a-undefined-v"),
            },
        )
    };
    out.line(8, place);
    out.line(8, ratio);
    let line = rule_words(out, p, v, (low, high), scoring);
    out.raw(8, &line);
}

fn rule_words(
    out: &Out,
    p: &SeriesPoint,
    v: f64,
    (low, high): (f64, f64),
    scoring: &Thresholds,
) -> String {
    let a = p.achievement.map_or(out.tr(msg!("explain-undefined")), num);
    let prog = below_progressing(out, &a, scoring);
    // The distances the scorer compared (SPEC §3.1: "moved toward the target" is the
    // distance to the band shrinking since the previous point).
    let prev = out.tr(match p.previous {
        Some((y, pv)) => msg!(
            "explain-band-distance",
            before = num(band_distance(pv, low, high)),
            year = y,
            previous = num(pv),
            now = num(band_distance(v, low, high))
        ),
        None => msg!("explain-no-previous"),
    });
    let progressing = num(scoring.progressing);
    let text = out.tr(match p.rule {
        Rule::Met => msg!("explain-band-met"),
        Rule::Progressing => msg!("explain-band-progressing", a = a, progressing = progressing),
        Rule::NotMoving => msg!("explain-band-not-moving", prog = prog, distance = prev),
        Rule::NoProgress => msg!("explain-band-no-progress", prog = prog),
        _ if p.previous.is_none() => msg!("explain-band-limited-first", prog = prog, prev = prev),
        _ => msg!("explain-band-limited", prog = prog, distance = prev),
    });
    format!("{text} → {}", rating(p.rating, out.lang))
}
