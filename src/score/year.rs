//! The evaluation year `as_of` of a rubric (SPEC §3): the year its indicators are rated at.

use crate::data::DataSet;
use crate::rubric::Rubric;

/// The evaluation year: `year` if given, else the latest year with a value of one of the
/// rubric's indicators, inside its period; capped at the period's end either way.
pub fn as_of(rubric: &Rubric, data: &DataSet, year: Option<i32>) -> Option<i32> {
    latest_year(rubric, &series_of(rubric, data), year)
}

/// The series of each of the rubric's indicators, in `Rubric::indicators` order.
pub(super) fn series_of<'a>(rubric: &Rubric, data: &'a DataSet) -> Vec<Option<&'a Series>> {
    rubric
        .indicators()
        .map(|ind| data.series(&ind.id))
        .collect()
}

/// `as_of` of a rubric whose indicators' series (in `Rubric::indicators` order) are given.
pub(super) fn latest_year(
    rubric: &Rubric,
    series: &[Option<&Series>],
    year: Option<i32>,
) -> Option<i32> {
    let period = rubric.policy.period;
    if let Some(y) = year {
        return Some(period.map_or(y, |(_, end)| y.min(end)));
    }
    // Series are in order of year: each is searched from its end.
    series
        .iter()
        .flatten()
        .filter_map(|s| {
            s.iter()
                .rev()
                .find(|(y, p)| p.value.is_some() && period.is_none_or(|(a, b)| (a..=b).contains(y)))
                .map(|(y, _)| *y)
        })
        .max()
}

/// The points of one indicator, in order of year.
pub(super) type Series = [(i32, crate::data::Point)];
