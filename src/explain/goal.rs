//! How the indicator fed its goal's rating (SPEC §3.4), with the step the scorer recorded,
//! and the field's and the policy's ratings.

use unicode_width::UnicodeWidthStr;

use super::words::{Out, num, rating};
use crate::lang::msg;
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

pub(super) fn goal_part(out: &mut Out, score: &RubricScore, at: &Place) {
    let rubric = score.rubric;
    let lang = out.lang;
    let (goal, goal_score, ind) = (at.goal, at.goal_score, at.ind);
    let rule = match rubric.scoring.aggregation {
        Aggregation::Guideline => "guideline",
        Aggregation::Mean => "mean",
    };
    out.blank();
    let r = rating(goal_score.rating, lang);
    out.line(
        0,
        msg!("explain-goal", goal = goal.id, rating = r, rule = rule),
    );
    if !ind.is_rated() {
        out.line(2, msg!("explain-goal-reference", id = ind.id));
    }
    let inputs: Vec<(&Indicator, &IndicatorScore)> = goal
        .indicators
        .iter()
        .zip(&goal_score.indicators)
        .filter(|(i, _)| i.is_rated())
        .collect();
    if inputs.is_empty() {
        out.line(2, msg!("explain-goal-no-inputs", rating = r));
    } else {
        goal_inputs(out, rubric, &inputs, goal_score, ind);
    }
    let line = msg!(
        "explain-field-policy",
        field = at.field.id,
        field_rating = rating(at.field_score.rating, lang),
        policy = rubric.policy.id,
        policy_rating = rating(score.rating, lang)
    );
    out.line(0, line);
}

fn goal_inputs(
    out: &mut Out,
    rubric: &Rubric,
    inputs: &[(&Indicator, &IndicatorScore)],
    goal_score: &GoalScore,
    ind: &Indicator,
) {
    let lang = out.lang;
    let width = inputs.iter().map(|(i, _)| i.id.width()).max().unwrap_or(0);
    let ratings = inputs.iter().map(|(_, s)| rating(s.rating, lang).width());
    let rating_width = ratings.max().unwrap_or(0).max(15);
    let c = goal_score.coverage;
    let line = msg!(
        "explain-goal-inputs",
        with_data = c.with_data,
        rated = c.rated
    );
    out.line(2, line);
    for (i, s) in inputs {
        let mut extra = Vec::new();
        if i.primary {
            extra.push(out.tr(msg!("explain-primary")));
        }
        if rubric.scoring.aggregation == Aggregation::Mean {
            extra.push(out.tr(msg!("explain-weight", weight = num(i.weight))));
        }
        let mut line = format!(
            "{}  {} {}",
            pad(&i.id, width),
            pad(rating(s.rating, lang), rating_width),
            extra.join(super::definition::separator(lang))
        );
        if i.id == ind.id {
            line.push_str("  ");
            line.push_str(&out.tr(msg!("explain-this-one")));
        }
        out.raw(4, line.trim_end());
    }
    let step = step_words(out, goal_score.step, goal_score.rating, inputs);
    let line = format!("{step} → {}", rating(goal_score.rating, lang));
    out.raw(2, &line);
}

/// `text` padded with spaces to `width` columns (Japanese characters take two).
fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(fill))
}

/// The step of SPEC §3.4 that decided, in words, with its numbers.
fn step_words(
    out: &Out,
    step: Step,
    rating: Rating,
    inputs: &[(&Indicator, &IndicatorScore)],
) -> String {
    let which = |primaries: bool| {
        let primaries = if primaries { "yes" } else { "no" };
        out.tr(msg!("explain-which", primaries = primaries))
    };
    out.tr(match step {
        Step::NoGrade { no_data: true } => msg!("explain-step-no-data"),
        Step::NoGrade { no_data: false } => msg!("explain-step-nothing"),
        Step::AllMet {
            exceeded,
            counted,
            primaries,
        } => {
            // Step 1 gives exceeded where at least two thirds of them exceeded.
            let cmp = if rating == Rating::Exceeded {
                "ge"
            } else {
                "lt"
            };
            msg!(
                "explain-step-all-met",
                exceeded = exceeded,
                counted = counted,
                which = which(primaries),
                cmp = cmp
            )
        }
        Step::NotProgressing { primaries } => {
            msg!("explain-step-not-progressing", which = which(primaries))
        }
        Step::Progressing { primaries } => {
            msg!("explain-step-progressing", which = which(primaries))
        }
        Step::Limited { primaries } => msg!("explain-step-limited", which = which(primaries)),
        Step::Mean {
            sum,
            total,
            rounded,
        } => {
            let terms: Vec<String> = inputs
                .iter()
                .filter_map(|(i, s)| s.rating.score().map(|p| format!("{p} × {}", num(i.weight))))
                .collect();
            msg!(
                "explain-step-mean",
                terms = terms.join(" + "),
                total = num(total),
                mean = num(sum / total),
                rounded = rounded
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::pad;

    #[test]
    fn japanese_labels_are_padded_by_their_width() {
        assert_eq!(pad("met", 6), "met   ");
        assert_eq!(pad("目標達成", 10), "目標達成  ");
    }
}
