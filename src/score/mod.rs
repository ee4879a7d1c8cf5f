//! Scoring (SPEC §3): a rubric and the data in, ratings out. No I/O and no global state;
//! the result mirrors the rubric's tree (`fields[i].goals[j].indicators[k]`).

mod aggregate;
pub mod indicator;
mod numbers;
mod outlook;
mod rule;
mod warnings;
mod year;

pub use aggregate::{Input, Step, aggregate, decide};
pub use indicator::{AchievementRule, Context, IndicatorScore, SeriesPoint, Warning};
pub use outlook::{Outlook, OutlookCalc, Trend, TrendCalc};
pub use rule::{Rule, TargetRule, band_distance, unscheduled_target};
pub use warnings::with_data as data_warnings;
pub use year::as_of;

use crate::data::DataSet;
use crate::diag::{Diagnostic, Location};
use crate::rating::Rating;
use crate::rubric::{Field, Goal, Indicator, Rubric};
use year::{Series, latest_year, series_of};

#[derive(Debug, Clone)]
pub struct RubricScore<'a> {
    pub rubric: &'a Rubric,
    pub as_of: Option<i32>,
    pub rating: Rating,
    /// The step of SPEC §3.4 that decided `rating` from the fields'.
    pub step: Step,
    pub fields: Vec<FieldScore<'a>>,
    pub warnings: Vec<Diagnostic>,
}

#[derive(Debug, Clone)]
pub struct FieldScore<'a> {
    pub rating: Rating,
    /// The step of SPEC §3.4 that decided `rating` from the goals'.
    pub step: Step,
    pub goals: Vec<GoalScore<'a>>,
}

#[derive(Debug, Clone)]
pub struct GoalScore<'a> {
    pub rating: Rating,
    /// The step of SPEC §3.4 that decided `rating` from the rated indicators'.
    pub step: Step,
    pub coverage: Coverage,
    pub indicators: Vec<IndicatorScore<'a>>,
}

/// How many of a goal's rated (target and milestone) indicators have data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coverage {
    pub rated: usize,
    pub with_data: usize,
}

pub fn score<'a>(rubric: &'a Rubric, data: &'a DataSet, year: Option<i32>) -> RubricScore<'a> {
    // Each indicator's series is looked up once, for the evaluation year and for its score.
    // The fields and goals are visited in turn, which is the order of `Rubric::indicators`,
    // so they take the series in turn.
    let series = series_of(rubric, data);
    let mut scorer = Scorer {
        rubric,
        ctx: Context {
            as_of: latest_year(rubric, &series, year),
            period: rubric.policy.period,
            scoring: rubric.scoring,
        },
        series: series.iter().copied(),
        warnings: Vec::new(),
    };
    let fields: Vec<FieldScore> = rubric.fields.iter().map(|f| scorer.field(f)).collect();
    debug_assert!(scorer.series.next().is_none(), "every series is taken");
    let weights = rubric.fields.iter().map(|f| f.weight);
    let (rating, step) = scorer.parent(fields.iter().map(|s| s.rating).zip(weights));
    RubricScore {
        rubric,
        as_of: scorer.ctx.as_of,
        rating,
        step,
        fields,
        warnings: scorer.warnings,
    }
}

/// A rubric being scored: its indicators' series, taken in order, and the warnings so far.
struct Scorer<'a, I> {
    rubric: &'a Rubric,
    ctx: Context,
    series: I,
    warnings: Vec<Diagnostic>,
}

impl<'a, I: Iterator<Item = Option<&'a Series>>> Scorer<'a, I> {
    fn field(&mut self, field: &Field) -> FieldScore<'a> {
        let goals: Vec<GoalScore> = field.goals.iter().map(|g| self.goal(g)).collect();
        let weights = field.goals.iter().map(|g| g.weight);
        let (rating, step) = self.parent(goals.iter().map(|s| s.rating).zip(weights));
        FieldScore {
            rating,
            step,
            goals,
        }
    }

    fn goal(&mut self, goal: &Goal) -> GoalScore<'a> {
        let indicators: Vec<IndicatorScore> = goal
            .indicators
            .iter()
            .map(|ind| {
                let points = self.series.next().flatten();
                let s = indicator::score_indicator(ind, points, &self.ctx);
                let rubric = self.rubric;
                let shown = s.warnings.iter().filter(|w| !rubric.allows(w.lint));
                self.warnings.extend(shown.map(|w| warn(rubric, ind, w)));
                s
            })
            .collect();
        let rated: Vec<(Rating, bool, f64)> = goal
            .indicators
            .iter()
            .zip(&indicators)
            .filter(|(ind, _)| ind.is_rated())
            .map(|(ind, s)| (s.rating, ind.primary, ind.weight))
            .collect();
        let (rating, step) = self.decide(rated.iter().copied());
        GoalScore {
            rating,
            step,
            coverage: Coverage {
                rated: rated.len(),
                with_data: rated.iter().filter(|i| i.0 != Rating::NoData).count(),
            },
            indicators,
        }
    }

    /// The rating of a field or the policy from its children's `(rating, weight)`: each
    /// child counts as primary.
    fn parent(&self, children: impl Iterator<Item = (Rating, f64)>) -> (Rating, Step) {
        self.decide(children.map(|(rating, weight)| (rating, true, weight)))
    }

    /// The rating of a parent from its children's `(rating, primary, weight)`.
    fn decide(&self, children: impl Iterator<Item = (Rating, bool, f64)>) -> (Rating, Step) {
        let inputs: Vec<Input> = children
            .map(|(rating, primary, weight)| Input {
                rating,
                primary,
                weight,
            })
            .collect();
        decide(&inputs, self.rubric.scoring.aggregation)
    }
}

/// The indicator's warning as a diagnostic, with its code, at the indicator in the rubric.
fn warn(rubric: &Rubric, ind: &Indicator, w: &Warning) -> Diagnostic {
    Diagnostic::warning(w.about(&ind.id))
        .with_code(w.lint.code())
        .at(Location {
            file: rubric.file.clone(),
            line: ind.line,
            column: 1,
        })
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_new_keys;
