//! A reference indicator's benchmark (SPEC §3.2) as the scorer decided it: the latest value
//! up to `as_of` against `target`, its achievement ratio (§3.1 rule 2, no baseline, no path)
//! and `meets_target`. The rating stays `not_rated`.

use std::fmt::Write as _;

use super::words::num;
use crate::data::Value;
use crate::report::human::percent;
use crate::rubric::Direction;
use crate::score::IndicatorScore;

pub(super) fn benchmark_lines(
    out: &mut String,
    target: f64,
    direction: Direction,
    s: &IndicatorScore,
    unit: &str,
) {
    let (Some(y), Some(Value::Number(v)), Some(meets)) = (s.year, s.value, s.meets_target) else {
        let _ = writeln!(out, "Benchmark {}{unit}: no value to check", num(target));
        return;
    };
    let _ = writeln!(
        out,
        "Benchmark {}{unit}: the latest value {}{unit} ({y})",
        num(target),
        num(v)
    );
    let shown = s.achievement.map_or("undefined".to_string(), |a| {
        format!("{} ({})", num(a), percent(a))
    });
    let ratio = match (direction, s.achievement) {
        (Direction::AtMost, Some(_)) => {
            format!("a = T / v = {} / {} = {shown}", num(target), num(v))
        }
        (_, Some(_)) => format!("a = v / T = {} / {} = {shown}", num(v), num(target)),
        (Direction::AtMost, None) => "a is undefined (v is not positive)".to_string(),
        (_, None) => "a is undefined (T is not positive)".to_string(),
    };
    let _ = writeln!(out, "  {ratio}");
    let (sign, words) = match (direction, meets) {
        (Direction::AtMost, true) => ("≤", "the benchmark is met"),
        (Direction::AtMost, false) => (">", "the benchmark is not met"),
        (_, true) => ("≥", "the benchmark is met"),
        (_, false) => ("<", "the benchmark is not met"),
    };
    let _ = writeln!(
        out,
        "  {} {sign} {}: {words} (meets_target = {meets}); the rating stays not_rated",
        num(v),
        num(target)
    );
}
