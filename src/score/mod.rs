//! Scoring (SPEC §3): a rubric and the data in, ratings out. No I/O and no global state;
//! the result mirrors the rubric's tree (`fields[i].goals[j].indicators[k]`).

mod aggregate;
pub mod indicator;
mod warnings;

pub use aggregate::{Input, Step, aggregate, decide};
pub use indicator::{
    Context, IndicatorScore, Outlook, OutlookCalc, Rule, SeriesPoint, Trend, TrendCalc,
};
pub use warnings::with_data as data_warnings;

use crate::data::DataSet;
use crate::diag::{Diagnostic, Location};
use crate::rating::Rating;
use crate::rubric::{Indicator, Rubric};

#[derive(Debug, Clone)]
pub struct RubricScore<'a> {
    pub rubric: &'a Rubric,
    pub as_of: Option<i32>,
    pub rating: Rating,
    pub fields: Vec<FieldScore<'a>>,
    pub warnings: Vec<Diagnostic>,
}

#[derive(Debug, Clone)]
pub struct FieldScore<'a> {
    pub rating: Rating,
    pub goals: Vec<GoalScore<'a>>,
}

#[derive(Debug, Clone)]
pub struct GoalScore<'a> {
    pub rating: Rating,
    pub coverage: Coverage,
    pub indicators: Vec<IndicatorScore<'a>>,
}

/// How many of a goal's rated (target and milestone) indicators have data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coverage {
    pub rated: usize,
    pub with_data: usize,
}

/// The evaluation year: `year` if given, else the latest year with a value of one of the
/// rubric's indicators, inside its period; capped at the period's end either way.
pub fn as_of(rubric: &Rubric, data: &DataSet, year: Option<i32>) -> Option<i32> {
    let series: Vec<_> = rubric
        .indicators()
        .map(|ind| data.series(&ind.id))
        .collect();
    latest_year(rubric, &series, year)
}

/// `as_of` of a rubric whose indicators' series (in `Rubric::indicators` order) are given.
fn latest_year(rubric: &Rubric, series: &[Option<&Series>], year: Option<i32>) -> Option<i32> {
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
type Series = [(i32, crate::data::Point)];

pub fn score<'a>(rubric: &'a Rubric, data: &'a DataSet, year: Option<i32>) -> RubricScore<'a> {
    // Each indicator's series is looked up once, for the evaluation year and for its score.
    // The loops below visit the indicators field by field and goal by goal, which is the
    // order of `Rubric::indicators`, so they take the series in turn.
    let series: Vec<Option<&Series>> = rubric
        .indicators()
        .map(|ind| data.series(&ind.id))
        .collect();
    let mut next_series = series.iter().copied();
    let ctx = Context {
        as_of: latest_year(rubric, &series, year),
        period: rubric.policy.period,
        scoring: rubric.scoring,
    };
    let aggregation = rubric.scoring.aggregation;
    let mut warnings = Vec::new();
    let fields: Vec<FieldScore> = rubric
        .fields
        .iter()
        .map(|field| {
            let goals: Vec<GoalScore> = field
                .goals
                .iter()
                .map(|goal| {
                    let indicators: Vec<IndicatorScore> = goal
                        .indicators
                        .iter()
                        .map(|ind| {
                            let points = next_series.next().flatten();
                            let s = indicator::score_indicator(ind, points, &ctx);
                            warnings.extend(s.warnings.iter().map(|w| warn(rubric, ind, w)));
                            s
                        })
                        .collect();
                    let inputs: Vec<Input> = goal
                        .indicators
                        .iter()
                        .zip(&indicators)
                        .filter(|(ind, _)| ind.is_rated())
                        .map(|(ind, s)| Input {
                            rating: s.rating,
                            primary: ind.primary,
                            weight: ind.weight,
                        })
                        .collect();
                    GoalScore {
                        rating: aggregate(&inputs, aggregation),
                        coverage: Coverage {
                            rated: inputs.len(),
                            with_data: inputs.iter().filter(|i| i.rating != Rating::NoData).count(),
                        },
                        indicators,
                    }
                })
                .collect();
            let inputs: Vec<Input> = field
                .goals
                .iter()
                .zip(&goals)
                .map(|(g, s)| Input {
                    rating: s.rating,
                    primary: true,
                    weight: g.weight,
                })
                .collect();
            FieldScore {
                rating: aggregate(&inputs, aggregation),
                goals,
            }
        })
        .collect();
    debug_assert!(next_series.next().is_none(), "every series is taken");
    let inputs: Vec<Input> = rubric
        .fields
        .iter()
        .zip(&fields)
        .map(|(f, s)| Input {
            rating: s.rating,
            primary: true,
            weight: f.weight,
        })
        .collect();
    RubricScore {
        rubric,
        as_of: ctx.as_of,
        rating: aggregate(&inputs, aggregation),
        fields,
        warnings,
    }
}

fn warn(rubric: &Rubric, ind: &Indicator, message: &str) -> Diagnostic {
    Diagnostic::warning(format!("indicator `{}`: {message}", ind.id)).at(Location {
        file: rubric.file.clone(),
        line: ind.line,
        column: 1,
    })
}

#[cfg(test)]
mod tests;
