//! `polscore explain`: the whole derivation of one indicator's rating, year by year, in plain
//! text a person can follow with a calculator — the target for the year (the path
//! arithmetic), the achievement ratio, the rule of SPEC §3 that gave the rating, the outlook
//! or trend arithmetic, and how the rating fed its goal's.
//!
//! It renders only what the scorer recorded (`RubricScore`: each series point carries its
//! target's case, its achievement's formula, its previous point and the rule that fired; each
//! goal the aggregation step that decided it), so the numbers shown are the numbers used and
//! nothing is worked out again; the formulas are only written out around them. Numbers are
//! shown rounded to four decimals.

mod band;
mod benchmark;
mod definition;
mod goal;
mod outlook;
mod series;
mod target;
mod words;

use crate::data::DataSet;
use crate::lang::{Lang, msg};
use crate::rubric::{Kind, Rubric};
use crate::score::RubricScore;
use goal::Place;
use words::Out;

/// How the evaluation year was chosen, for the explanation of `as_of`.
#[derive(Debug, Clone, Copy)]
pub struct Request {
    /// `--year`, if given.
    pub year: Option<i32>,
    /// The language of the explanation.
    pub lang: Lang,
}

/// The explanation of indicator `id` in one scored rubric; `None` if the rubric does not
/// define it. Texts of the inputs (names, units, notes) are shown with their control
/// characters escaped (`crate::escape`); the explanation has no colour to keep apart.
pub fn render(score: &RubricScore, data: &DataSet, id: &str, request: Request) -> Option<String> {
    let mut text = explanation(score, data, id, request)?;
    crate::values::escape::lines_in_place(&mut text);
    Some(text)
}

fn explanation(score: &RubricScore, data: &DataSet, id: &str, request: Request) -> Option<String> {
    let rubric = score.rubric;
    let at = place(score, id)?;
    let (ind, s) = (at.ind, at.ind_score);
    let mut out = Out::new(request.lang);
    out.raw(0, &format!("{}  {}", ind.id, ind.name));
    if let Some(en) = &ind.name_en {
        out.raw(0, &format!("{}  {en}", " ".repeat(ind.id.chars().count())));
    }
    out.line(
        0,
        msg!(
            "explain-place",
            file = rubric.file,
            line = ind.line,
            policy = rubric.policy.id,
            field = at.field.id,
            goal = at.goal.id
        ),
    );
    out.blank();
    definition::definition(&mut out, rubric, ind);
    out.blank();
    as_of(&mut out, rubric, score.as_of, request);
    let Some(as_of) = score.as_of else {
        out.blank();
        let rating = words::rating(s.rating, out.lang);
        out.line(0, msg!("explain-rating-only", rating = rating));
        goal::goal_part(&mut out, score, &at);
        return Some(out.text);
    };
    out.blank();
    series::series(&mut out, rubric, ind, s, as_of, data);
    out.blank();
    outlook::rating(&mut out, rubric, ind, s, as_of);
    match &ind.kind {
        Kind::Target(t) => outlook::outlook_lines(&mut out, t, ind, s, as_of),
        Kind::Reference {
            direction,
            benchmark,
            ..
        } => {
            outlook::trend_lines(&mut out, rubric, *direction, s);
            if let (Some(target), Some(direction)) = (benchmark, direction) {
                benchmark::benchmark_lines(&mut out, *target, *direction, ind, s);
            }
        }
        Kind::Milestone { .. } => {}
    }
    for w in &s.warnings {
        let warning = w.message.render(out.lang);
        out.line(2, msg!("explain-warning", warning = warning));
    }
    goal::goal_part(&mut out, score, &at);
    Some(out.text)
}

/// The indicator `id` in the rubric and in its score.
fn place<'s, 'a>(score: &'s RubricScore<'a>, id: &str) -> Option<Place<'s, 'a>> {
    let fields = score.rubric.fields.iter().zip(&score.fields);
    for (field, field_score) in fields {
        for (goal, goal_score) in field.goals.iter().zip(&field_score.goals) {
            if let Some(ii) = goal.indicators.iter().position(|i| i.id == id) {
                return Some(Place {
                    field,
                    goal,
                    ind: &goal.indicators[ii],
                    field_score,
                    goal_score,
                    ind_score: goal_score.indicators.get(ii)?,
                });
            }
        }
    }
    None
}

fn as_of(out: &mut Out, rubric: &Rubric, as_of: Option<i32>, request: Request) {
    let period = rubric.policy.period;
    let line = match (as_of, request.year, period) {
        (None, _, Some((first, last))) => {
            msg!("explain-as-of-none-period", first = first, last = last)
        }
        (None, _, None) => msg!("explain-as-of-none"),
        (Some(y), Some(asked), _) if y != asked => {
            msg!("explain-as-of-capped", year = y, asked = asked)
        }
        (Some(y), Some(_), _) => msg!("explain-as-of-asked", year = y),
        (Some(y), None, Some((first, last))) => msg!(
            "explain-as-of-latest-period",
            year = y,
            first = first,
            last = last
        ),
        (Some(y), None, None) => msg!("explain-as-of-latest", year = y),
    };
    out.line(0, line);
}
