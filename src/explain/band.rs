//! A year of a band (`direction = "within"`, SPEC §3.1) as the scorer decided it: where the
//! value lies against `[low, high]`, the achievement ratio, and the rule that gave the rating.

use std::fmt::Write as _;

use super::words::num;
use crate::report::human::percent;
use crate::rubric::Thresholds;
use crate::score::{Rule, SeriesPoint, band_distance};

pub(super) fn derivation(
    out: &mut String,
    p: &SeriesPoint,
    v: f64,
    (low, high): (f64, f64),
    scoring: &Thresholds,
) {
    let band = format!("[{}, {}]", num(low), num(high));
    let shown = p.achievement.map_or("undefined".to_string(), |a| {
        format!("{} ({})", num(a), percent(a))
    });
    let (place, ratio) = if p.rule == Rule::Met {
        (
            format!("{} is inside the band {band}", num(v)),
            "a = 1".to_string(),
        )
    } else if v < low {
        (
            format!(
                "{} is below the band {band}: as at_least with T = {}",
                num(v),
                num(low)
            ),
            match p.achievement {
                Some(_) => format!("a = v / low = {} / {} = {shown}", num(v), num(low)),
                None => "a is undefined (low is not positive)".to_string(),
            },
        )
    } else {
        (
            format!(
                "{} is above the band {band}: as at_most with T = {}",
                num(v),
                num(high)
            ),
            match p.achievement {
                Some(_) => format!("a = high / v = {} / {} = {shown}", num(high), num(v)),
                None => "a is undefined (v is not positive)".to_string(),
            },
        )
    };
    let _ = writeln!(out, "        {place}");
    let _ = writeln!(out, "        {ratio}");
    let _ = writeln!(out, "        {}", rule_words(p, v, (low, high), scoring));
}

fn rule_words(p: &SeriesPoint, v: f64, (low, high): (f64, f64), scoring: &Thresholds) -> String {
    let a = p.achievement.map_or("undefined".to_string(), num);
    let prog = format!("a = {a} < {} (progressing)", num(scoring.progressing));
    // The distances the scorer compared (SPEC §3.1: "moved toward the target" is the
    // distance to the band shrinking since the previous point).
    let prev = p
        .previous
        .map_or("no previous point".to_string(), |(y, pv)| {
            format!(
                "the distance to the band went from {} ({y}: {}) to {}",
                num(band_distance(pv, low, high)),
                num(pv),
                num(band_distance(v, low, high))
            )
        });
    let text = match p.rule {
        Rule::Met => "inside the band: met (a band is never exceeded)".to_string(),
        Rule::Progressing => format!("a = {a} ≥ {} (progressing)", num(scoring.progressing)),
        Rule::NotMoving => format!("{prog}; {prev}: it did not shrink"),
        Rule::NoProgress => format!("{prog}; a ≤ 0"),
        _ if p.previous.is_none() => format!("{prog}; {prev}; a > 0"),
        _ => format!("{prog}; {prev}: it shrank; a > 0"),
    };
    format!("{text} → {}", p.rating.id())
}
