//! The checks of meaning of the newer shapes of an indicator: the band of
//! `direction = "within"`, the yearly schedule `targets`, a reference indicator's benchmark,
//! and `measure = "ratio"` with its `scale`.

use std::collections::BTreeMap;

use super::checker::Checker;
use crate::rubric::format::{NOT_WITH_WITHIN, short_number};
use crate::rubric::raw::{RawIndicator, RawTarget};
use crate::rubric::{Direction, Kind, Measure};

/// The band `[low, high]` of a `within` target, checked with the keys that go with it:
/// `within` takes a band and nothing on a path to it; a band needs `within`.
pub(super) fn band(c: &mut Checker, i: &RawIndicator, direction: Direction) -> Option<(f64, f64)> {
    let target = i.target.as_ref()?;
    match (*target.get_ref(), direction) {
        (RawTarget::Band(low, high), Direction::Within) => {
            if low > high {
                c.error(
                    target.span(),
                    format!(
                        "the band of `target` is upside down: {} is above {}",
                        short_number(low),
                        short_number(high)
                    ),
                    "low end above high end",
                    Some(format!(
                        "write the low end first: `target = [{}, {}]`",
                        short_number(high),
                        short_number(low)
                    )),
                );
            }
            not_with_within(c, i);
            Some((low, high))
        }
        (RawTarget::Number(n), Direction::Within) => {
            c.error(
                target.span(),
                "direction = \"within\" needs a band: `target` is one number",
                "one number",
                Some(format!(
                    "write the band's low and high ends, e.g. `target = [0, {}]`, or use \
                     direction = \"at_least\" or \"at_most\"",
                    short_number(n)
                )),
            );
            not_with_within(c, i);
            None
        }
        (RawTarget::Band(..), _) => {
            c.error(
                target.span(),
                "a band `target = [low, high]` needs direction = \"within\"",
                "a band",
                Some(
                    "add direction = \"within\" to keep the value inside the band, or write one \
                     number as the target"
                        .into(),
                ),
            );
            None
        }
        (RawTarget::Number(_), _) => None,
    }
}

/// An error for each key a band does not take (`format::NOT_WITH_WITHIN`).
fn not_with_within(c: &mut Checker, i: &RawIndicator) {
    let spans = [
        i.baseline.as_ref().map(|v| v.span()),
        i.target_year.as_ref().map(|v| v.span()),
        i.targets.as_ref().map(|v| v.span()),
        i.path.as_ref().map(|v| v.span()),
        i.accumulate.as_ref().map(|v| v.span()),
    ];
    for (key, span) in NOT_WITH_WITHIN.iter().zip(spans) {
        if let Some(span) = span {
            c.error(
                span,
                format!("`{key}` does not go with direction = \"within\""),
                "not with a band",
                Some(format!(
                    "a band holds in every year, with no path to it: remove `{key}`, or use \
                     direction = \"at_least\" or \"at_most\" with one number as the target"
                )),
            );
        }
    }
}

/// `targets = { 2024 = 52 }`: the yearly schedule, with no year after `target_year`.
/// (Each key is a plausible year, given once, and each value a bounded number: the structure
/// pass has checked them.)
pub(super) fn schedule(
    c: &mut Checker,
    i: &RawIndicator,
    target_year: Option<i32>,
) -> Option<BTreeMap<i32, f64>> {
    let targets = i.targets.as_ref()?;
    let mut schedule = BTreeMap::new();
    for (written, value) in targets.get_ref() {
        let Ok(year) = written.trim().parse::<i32>() else {
            continue;
        };
        if let Some(due) = target_year
            && year > due
        {
            c.error(
                value.span(),
                format!("`targets` gives {year}, after target_year {due}"),
                "after the target year",
                Some(format!(
                    "the schedule ends at the target year: remove {year}, or move \
                     target_year to {year} or later"
                )),
            );
        }
        schedule.insert(year, *value.get_ref());
    }
    Some(schedule)
}

/// A reference indicator: its direction (never `within`) and its benchmark, a `target` that
/// needs a direction.
pub(super) fn reference(c: &mut Checker, i: &RawIndicator, accumulate: bool) -> Kind {
    let direction = i.direction.as_ref().map(|d| *d.get_ref());
    if let Some(d) = &i.direction
        && *d.get_ref() == Direction::Within
    {
        c.error(
            d.span(),
            "direction = \"within\" is for target indicators only",
            "not on a reference indicator",
            Some(
                "a reference indicator's benchmark is one number with direction = \"at_least\" \
                 or \"at_most\"; to rate the band, make the indicator kind = \"target\""
                    .into(),
            ),
        );
    }
    let benchmark = match i.target.as_ref().map(|t| (*t.get_ref(), t.span())) {
        Some((RawTarget::Number(n), span)) => {
            if direction.is_none() {
                c.error(
                    span,
                    "a reference indicator's `target` (a benchmark) needs a `direction`",
                    "a benchmark without a direction",
                    Some(
                        "add direction = \"at_least\" (the value should reach it) or \
                         \"at_most\" (it should stay at or below it), or remove `target`"
                            .into(),
                    ),
                );
            }
            Some(n)
        }
        Some((RawTarget::Band(..), span)) => {
            c.error(
                span,
                "a reference indicator's benchmark is one number, not a band",
                "a band",
                Some(
                    "write one number with direction = \"at_least\" or \"at_most\"; a band \
                     (direction = \"within\") is for target indicators"
                        .into(),
                ),
            );
            None
        }
        None => None,
    };
    Kind::Reference {
        direction,
        accumulate,
        benchmark,
    }
}

/// `count_unit`: the unit of a ratio's counts, so only with measure = "ratio". (A milestone
/// with it is an error of its kind.)
pub(super) fn count_unit(c: &mut Checker, i: &RawIndicator, measure: Measure) -> Option<String> {
    let written = i.count_unit.as_ref()?;
    if measure != Measure::Ratio {
        c.error(
            written.span(),
            "`count_unit` needs measure = \"ratio\"",
            "without a ratio",
            Some(
                "`count_unit` names the unit of a ratio's numerator and denominator (\"名\" in \
                 192名中97名): add measure = \"ratio\", or remove it"
                    .into(),
            ),
        );
        return None;
    }
    Some(written.get_ref().trim().to_string()).filter(|u| !u.is_empty())
}

/// `measure` and `scale`: a ratio's scale defaults to 100 for a `%` unit, else 1; `scale`
/// needs a ratio, and a ratio is not accumulated. (A milestone with either key is an error
/// of its kind.)
pub(super) fn measure(
    c: &mut Checker,
    i: &RawIndicator,
    unit: Option<&str>,
    accumulate: bool,
) -> (Measure, f64) {
    let measure = i.measure.as_ref().map_or(Measure::Value, |m| *m.get_ref());
    if let (Measure::Ratio, Some(m), true) = (measure, &i.measure, accumulate) {
        c.error(
            m.span(),
            "a ratio cannot be accumulated",
            "with accumulate = true",
            Some(
                "yearly ratios do not add up to a running total: remove `accumulate`, or give \
                 the yearly counts with measure = \"value\""
                    .into(),
            ),
        );
    }
    match (measure, &i.scale) {
        (Measure::Ratio, Some(s)) => (measure, *s.get_ref()),
        (Measure::Ratio, None) => {
            let percent = matches!(unit.map(str::trim), Some("%" | "％"));
            (measure, if percent { 100.0 } else { 1.0 })
        }
        (Measure::Value, Some(s)) => {
            c.error(
                s.span(),
                "`scale` needs measure = \"ratio\"",
                "without a ratio",
                Some(
                    "add measure = \"ratio\" if the data give a numerator and a denominator; \
                     else remove `scale` (a unit is not a scale: 85.2% is 85.2)"
                        .into(),
                ),
            );
            (measure, 1.0)
        }
        (Measure::Value, None) => (measure, 1.0),
    }
}
