//! How the indicator fed its goal's rating (SPEC §3.4), with the step the scorer recorded,
//! and the field's and the policy's ratings.

use std::fmt::Write as _;

use super::words::num;
use crate::rating::Rating;
use crate::rubric::{Aggregation, Field, Goal, Indicator, Rubric};
use crate::score::{FieldScore, GoalScore, IndicatorScore, RubricScore, Step};

/// The explained indicator, where it sits in the rubric, and its score and its parents'.
pub(super) struct Place<'s, 'a> {
    pub field: &'a Field,
    pub goal: &'a Goal,
    pub ind: &'a Indicator,
    pub field_score: &'s FieldScore<'a>,
    pub goal_score: &'s GoalScore<'a>,
    pub ind_score: &'s IndicatorScore<'a>,
}

pub(super) fn goal_part(out: &mut String, score: &RubricScore, at: &Place) {
    let rubric = score.rubric;
    let (goal, goal_score, ind) = (at.goal, at.goal_score, at.ind);
    let rule = match rubric.scoring.aggregation {
        Aggregation::Guideline => "the guideline rule",
        Aggregation::Mean => "the weighted mean",
    };
    let _ = writeln!(
        out,
        "\nGoal {}: {} ({rule})",
        goal.id,
        goal_score.rating.id()
    );
    if !ind.is_rated() {
        let _ = writeln!(
            out,
            "  {} is a reference indicator: it never counts in its goal's rating",
            ind.id
        );
    }
    let inputs: Vec<(&Indicator, &IndicatorScore)> = goal
        .indicators
        .iter()
        .zip(&goal_score.indicators)
        .filter(|(i, _)| i.is_rated())
        .collect();
    if inputs.is_empty() {
        let _ = writeln!(
            out,
            "  the goal has no target or milestone indicator → {}",
            goal_score.rating.id()
        );
    } else {
        goal_inputs(out, rubric, &inputs, goal_score, ind);
    }
    let _ = writeln!(
        out,
        "Field {}: {}; policy {}: {} (by the same rule, each child counting as primary)",
        at.field.id,
        at.field_score.rating.id(),
        rubric.policy.id,
        score.rating.id()
    );
}

fn goal_inputs(
    out: &mut String,
    rubric: &Rubric,
    inputs: &[(&Indicator, &IndicatorScore)],
    goal_score: &GoalScore,
    ind: &Indicator,
) {
    let width = inputs
        .iter()
        .map(|(i, _)| i.id.chars().count())
        .max()
        .unwrap_or(0);
    let _ = writeln!(
        out,
        "  inputs: the goal's target and milestone indicators ({} of {} with data)",
        goal_score.coverage.with_data, goal_score.coverage.rated
    );
    for (i, s) in inputs {
        let mark = if i.id == ind.id { "  ← this one" } else { "" };
        let mut extra = Vec::new();
        if i.primary {
            extra.push("primary".to_string());
        }
        if rubric.scoring.aggregation == Aggregation::Mean {
            extra.push(format!("weight {}", num(i.weight)));
        }
        let line = format!(
            "    {:<width$}  {:<15} {}{mark}",
            i.id,
            s.rating.id(),
            extra.join(", ")
        );
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let _ = writeln!(
        out,
        "  {} → {}",
        step_words(goal_score.step, goal_score.rating, inputs),
        goal_score.rating.id()
    );
}

/// The step of SPEC §3.4 that decided, in words, with its numbers.
fn step_words(step: Step, rating: Rating, inputs: &[(&Indicator, &IndicatorScore)]) -> String {
    let which = |primaries: bool| {
        if primaries {
            "primary inputs"
        } else {
            "inputs (none is primary, so all count)"
        }
    };
    match step {
        Step::NoGrade { no_data: true } => "no input has data".into(),
        Step::NoGrade { no_data: false } => "nothing to rate".into(),
        Step::AllMet {
            exceeded,
            counted,
            primaries,
        } => {
            // Step 1 gives exceeded where at least two thirds of them exceeded.
            let cmp = if rating == Rating::Exceeded {
                "≥"
            } else {
                "<"
            };
            format!(
                "step 1: every input with data is met or exceeded, and {exceeded} of {counted} {} \
                 exceeded ({cmp} two thirds)",
                which(primaries)
            )
        }
        Step::NotProgressing { primaries } => format!(
            "step 2: not all are met, and one of the {} is not_progressing",
            which(primaries)
        ),
        Step::Progressing { primaries } => format!(
            "step 3: not all are met, and all {} are at least progressing",
            which(primaries)
        ),
        Step::Limited { primaries } => format!(
            "step 4: not all are met, none of the {} is not_progressing, and one is limited",
            which(primaries)
        ),
        Step::Mean {
            sum,
            total,
            rounded,
        } => {
            let terms: Vec<String> = inputs
                .iter()
                .filter_map(|(i, s)| s.rating.score().map(|p| format!("{p} × {}", num(i.weight))))
                .collect();
            format!(
                "points (exceeded 5 … not_progressing 1): ({}) / {} = {}, rounded half up to {rounded}",
                terms.join(" + "),
                num(total),
                num(sum / total)
            )
        }
    }
}
