//! The checks of meaning of the newer shapes of an indicator: the band of
//! `direction = "within"`, the yearly schedule `targets`, a reference indicator's benchmark,
//! and `measure = "ratio"` with its `scale`.

use std::collections::BTreeMap;

use super::checker::Checker;
use crate::lang::msg;
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
                    msg!(
                        "rubric-band-upside-down",
                        low = short_number(low),
                        high = short_number(high)
                    ),
                    msg!("rubric-band-upside-down-label"),
                    Some(msg!(
                        "rubric-band-upside-down-help",
                        low = short_number(low),
                        high = short_number(high)
                    )),
                );
            }
            not_with_within(c, i);
            Some((low, high))
        }
        (RawTarget::Number(n), Direction::Within) => {
            c.error(
                target.span(),
                msg!("rubric-within-one-number"),
                msg!("rubric-within-one-number-label"),
                Some(msg!(
                    "rubric-within-one-number-help",
                    target = short_number(n)
                )),
            );
            not_with_within(c, i);
            None
        }
        (RawTarget::Band(..), _) => {
            c.error(
                target.span(),
                msg!("rubric-band-needs-within"),
                msg!("rubric-band-label"),
                Some(msg!("rubric-band-needs-within-help")),
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
                msg!("rubric-not-with-within", key = key),
                msg!("rubric-not-with-within-label"),
                Some(msg!("rubric-not-with-within-help", key = key)),
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
                msg!("rubric-targets-after", year = year, due = due),
                msg!("rubric-targets-after-label"),
                Some(msg!("rubric-targets-after-help", year = year)),
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
            msg!("rubric-reference-within"),
            msg!("rubric-reference-within-label"),
            Some(msg!("rubric-reference-within-help")),
        );
    }
    let benchmark = match i.target.as_ref().map(|t| (*t.get_ref(), t.span())) {
        Some((RawTarget::Number(n), span)) => {
            if direction.is_none() {
                c.error(
                    span,
                    msg!("rubric-benchmark-direction"),
                    msg!("rubric-benchmark-direction-label"),
                    Some(msg!("rubric-benchmark-direction-help")),
                );
            }
            Some(n)
        }
        Some((RawTarget::Band(..), span)) => {
            c.error(
                span,
                msg!("rubric-benchmark-band"),
                msg!("rubric-band-label"),
                Some(msg!("rubric-benchmark-band-help")),
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
            msg!("rubric-count-unit-without-ratio"),
            msg!("rubric-scale-without-ratio-label"),
            Some(msg!("rubric-count-unit-without-ratio-help")),
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
            msg!("rubric-ratio-accumulated"),
            msg!("rubric-ratio-accumulated-label"),
            Some(msg!("rubric-ratio-accumulated-help")),
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
                msg!("rubric-scale-without-ratio"),
                msg!("rubric-scale-without-ratio-label"),
                Some(msg!("rubric-scale-without-ratio-help")),
            );
            (measure, 1.0)
        }
        (Measure::Value, None) => (measure, 1.0),
    }
}
