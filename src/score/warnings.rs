//! Warnings that need the data and the evaluation year: a `--year` that the rubric's period
//! or data cannot rate, and a target indicator whose `target_year` has passed with no value
//! since. They are judged at the scorer's own `as_of` (`score::as_of`, `--year` included), so
//! a warning never speaks of another year than the report. Each has its code
//! (`rubric::format::Lint`), and a rubric's `[lints] allow` silences it for that rubric.

use crate::data::DataSet;
use crate::diag::{Diagnostic, Location};
use crate::lang::{Message, msg};
use crate::rubric::format::Lint;
use crate::rubric::{Kind, Rubric};

/// The warnings of every rubric with `data` at evaluation year `year` (`--year`, if given).
pub fn with_data(rubrics: &[Rubric], data: &DataSet, year: Option<i32>) -> Vec<Diagnostic> {
    use rayon::prelude::*;
    // Rubrics are checked in parallel and their warnings gathered in the rubrics' order, so
    // the result is the same on any number of threads.
    rubrics
        .par_iter()
        .flat_map_iter(|r| rubric_with_data(r, data, year))
        .collect()
}

fn rubric_with_data(r: &Rubric, data: &DataSet, year: Option<i32>) -> Vec<Diagnostic> {
    let as_of = super::year::as_of(r, data, year);
    let mut out: Vec<Diagnostic> = year
        .and_then(|y| year_unrated(r, data, y))
        .into_iter()
        .collect();
    if let Some(as_of) = as_of {
        out.extend(target_years_passed(r, data, as_of));
    }
    // Each warning made here has its code; the rubric's `[lints] allow` silences it.
    out.retain(|d| d.code().is_none_or(|code| !r.lints.contains(code)));
    out
}

/// `--year Y` that leaves the rubric's indicators without a value to rate: a year before or
/// after its period, before any value of its indicators, or a year none of them has a value
/// for. Nothing is said of a rubric without any value in its period (a next cycle's rubric,
/// scored beside the current one, has no data yet whatever the year).
fn year_unrated(r: &Rubric, data: &DataSet, y: i32) -> Option<Diagnostic> {
    let (id, file, period) = (&r.policy.id, &r.file, r.policy.period);
    // The first and last years with a value of one of the rubric's indicators inside its
    // period, and whether `y` is one of them.
    let mut first_last: Option<(i32, i32)> = None;
    let mut at_y = false;
    let years = r
        .indicators()
        .filter_map(|ind| data.series(&ind.id))
        .flat_map(|s| s.iter().filter(|(_, p)| p.value.is_some()).map(|(y, _)| *y))
        .filter(|year| period.is_none_or(|(a, b)| (a..=b).contains(year)));
    for year in years {
        first_last = Some(first_last.map_or((year, year), |(a, b)| (a.min(year), b.max(year))));
        at_y |= year == y;
    }
    let span = |a: i32, b: i32| {
        if a == b {
            format!("{a}")
        } else {
            format!("{a}–{b}")
        }
    };
    let (first, last) = first_last?;
    let values = span(first, last);
    let warning = match period {
        Some((start, end)) if y < start => Diagnostic::warning(msg!(
            "score-year-before-period",
            year = y,
            period = span(start, end),
            policy = id,
            file = file
        ))
        .with_code(Lint::YearOutsidePeriod.code())
        .with_help(msg!(
            "score-year-before-period-help",
            values = values,
            start = start,
            end = end
        )),
        Some((start, end)) if y > end => Diagnostic::warning(msg!(
            "score-year-after-period",
            year = y,
            period = span(start, end),
            policy = id,
            file = file,
            end = end
        ))
        .with_code(Lint::YearOutsidePeriod.code())
        .with_help(msg!("score-year-after-period-help", year = y)),
        _ if y < first => Diagnostic::warning(msg!(
            "score-year-before-data",
            year = y,
            policy = id,
            file = file
        ))
        .with_code(Lint::YearWithoutData.code())
        .with_help(msg!("score-year-before-data-help", values = values)),
        _ if !at_y => Diagnostic::warning(msg!(
            "score-year-without-data",
            year = y,
            policy = id,
            file = file
        ))
        .with_code(Lint::YearWithoutData.code())
        .with_help(msg!(
            "score-year-without-data-help",
            values = values,
            year = y
        )),
        _ => return None,
    };
    Some(warning)
}

/// A target indicator whose `target_year` is before the evaluation year but that has no
/// value in or after that year: it is then rated against a path the data never reached,
/// usually because the target was carried over from an earlier cycle or a year of data is
/// missing.
fn target_years_passed<'a>(
    r: &'a Rubric,
    data: &'a DataSet,
    as_of: i32,
) -> impl Iterator<Item = Diagnostic> + 'a {
    r.indicators().filter_map(move |ind| {
        let Kind::Target(t) = &ind.kind else {
            return None;
        };
        let ty = t.target_year.filter(|ty| *ty < as_of)?;
        let series = data.series(&ind.id);
        let since = series.is_some_and(|s| {
            s.iter()
                .any(|(y, p)| (ty..=as_of).contains(y) && p.value.is_some())
        });
        if since {
            return None;
        }
        let latest = series
            .and_then(|s| {
                s.iter()
                    .rev()
                    .find(|(y, p)| *y <= as_of && p.value.is_some())
            })
            .map(|(y, _)| *y);
        // Values after the evaluation year are not looked at: `--year` rates an earlier year.
        let after = series
            .and_then(|s| s.iter().find(|(y, p)| *y > as_of && p.value.is_some()))
            .map(|(y, _)| *y);
        Some(
            Diagnostic::warning(msg!(
                "score-target-year-passed",
                id = ind.id,
                target_year = ty,
                as_of = as_of
            ))
            .with_code(Lint::TargetYearPassed.code())
            .at(Location {
                file: r.file.clone(),
                line: ind.line,
                column: 1,
            })
            .with_help(passed_help(ty, latest, after)),
        )
    })
}

/// What to do about a target year `ty` passed without a value: the latest value up to the
/// evaluation year and the first after it, if any, are named.
fn passed_help(ty: i32, latest: Option<i32>, after: Option<i32>) -> Message {
    let year = |y: Option<i32>| y.map_or("none".to_string(), |y| y.to_string());
    msg!(
        "score-target-year-passed-help",
        target_year = ty,
        latest = year(latest),
        after = year(after)
    )
}
