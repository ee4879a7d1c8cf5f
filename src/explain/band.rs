//! A year of a band (`direction = "within"`, SPEC §3.1) as the scorer decided it: where the
//! value lies against `[low, high]`, the achievement ratio, and the rule that gave the rating.

use std::fmt::Write as _;

use super::words::num;
use crate::report::human::percent;
use crate::rubric::Thresholds;
use crate::score::{Rule, SeriesPoint};

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
    let _ = writeln!(out, "        {}", rule_words(p, scoring));
}

fn rule_words(p: &SeriesPoint, scoring: &Thresholds) -> String {
    let a = p.achievement.map_or("undefined".to_string(), num);
    let prog = format!("a = {a} < {} (progressing)", num(scoring.progressing));
    let prev = p
        .previous
        .map_or("no previous point".to_string(), |(y, pv)| {
            format!("the previous point is {} ({y})", num(pv))
        });
    let text = match p.rule {
        Rule::Met => "inside the band: met (a band is never exceeded)".to_string(),
        Rule::Progressing => format!("a = {a} ≥ {} (progressing)", num(scoring.progressing)),
        Rule::NotMoving => {
            format!("{prog}; {prev}, and the distance to the band did not shrink")
        }
        Rule::NoProgress => format!("{prog}; a ≤ 0"),
        _ if p.previous.is_none() => format!("{prog}; {prev}; a > 0"),
        _ => format!("{prog}; {prev}, and the distance to the band shrank; a > 0"),
    };
    format!("{text} → {}", p.rating.id())
}
