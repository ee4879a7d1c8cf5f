//! A reference indicator's benchmark (SPEC §3.2) as the scorer decided it: the latest value
//! up to `as_of` against `target`, its achievement ratio (§3.1 rule 2, no baseline, no path)
//! and `meets_target`. The rating stays `not_rated`.

use super::target::direct_ratio;
use super::words::{Out, num, rating, year};
use crate::data::Value;
use crate::lang::msg;
use crate::rating::Rating;
use crate::rubric::{Direction, Indicator};
use crate::score::IndicatorScore;

pub(super) fn benchmark_lines(
    out: &mut Out,
    target: f64,
    direction: Direction,
    ind: &Indicator,
    s: &IndicatorScore,
) {
    let unit = ind.unit.as_deref().unwrap_or("");
    let shown = format!("{}{unit}", num(target));
    let (Some(y), Some(Value::Number(v)), Some(meets)) = (s.year, s.value, s.meets_target) else {
        out.line(0, msg!("explain-bm-none", target = shown));
        return;
    };
    let line = msg!(
        "explain-bm",
        target = shown,
        value = format!("{}{unit}", num(v)),
        year = year(y, ind, out.lang)
    );
    out.line(0, line);
    let ratio = direct_ratio(out, direction, v, target, s.achievement);
    out.raw(2, &ratio);
    let sign = match (direction, meets) {
        (Direction::AtMost, true) => "≤",
        (Direction::AtMost, false) => ">",
        (_, true) => "≥",
        (_, false) => "<",
    };
    let line = msg!(
        "explain-bm-meets",
        v = num(v),
        sign = sign,
        t = num(target),
        meets = meets,
        rating = rating(Rating::NotRated, out.lang)
    );
    out.line(2, line);
}
