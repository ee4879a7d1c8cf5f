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
mod words;

use std::fmt::Write as _;

use crate::data::DataSet;
use crate::rubric::{Kind, Rubric};
use crate::score::RubricScore;
use goal::Place;

/// How the evaluation year was chosen, for the explanation of `as_of`.
#[derive(Debug, Clone, Copy)]
pub struct Request {
    /// `--year`, if given.
    pub year: Option<i32>,
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
    let mut out = String::new();
    let _ = writeln!(out, "{}  {}", ind.id, ind.name);
    if let Some(en) = &ind.name_en {
        let _ = writeln!(out, "{}  {en}", " ".repeat(ind.id.chars().count()));
    }
    let _ = writeln!(
        out,
        "in {}:{} (policy {}, field {}, goal {})",
        rubric.file, ind.line, rubric.policy.id, at.field.id, at.goal.id
    );
    out.push('\n');
    definition::definition(&mut out, rubric, ind);
    out.push('\n');
    as_of(&mut out, rubric, score.as_of, request);
    let Some(as_of) = score.as_of else {
        let _ = writeln!(out, "\nRating: {}", s.rating.id());
        goal::goal_part(&mut out, score, &at);
        return Some(out);
    };
    out.push('\n');
    series::series(&mut out, rubric, ind, s, as_of, data);
    out.push('\n');
    outlook::rating(&mut out, rubric, ind, s, as_of);
    match &ind.kind {
        Kind::Target(t) => outlook::outlook_lines(&mut out, t, s, as_of),
        Kind::Reference {
            direction,
            benchmark,
            ..
        } => {
            outlook::trend_lines(&mut out, rubric, *direction, s);
            if let (Some(target), Some(direction)) = (benchmark, direction) {
                let unit = ind.unit.as_deref().unwrap_or("");
                benchmark::benchmark_lines(&mut out, *target, *direction, s, unit);
            }
        }
        Kind::Milestone { .. } => {}
    }
    for w in &s.warnings {
        let _ = writeln!(out, "  note: {w}");
    }
    goal::goal_part(&mut out, score, &at);
    Some(out)
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

fn as_of(out: &mut String, rubric: &Rubric, as_of: Option<i32>, request: Request) {
    let period = rubric.policy.period;
    let period_words = period.map_or("(the rubric has no period)".to_string(), |(a, b)| {
        format!("in the period {a}–{b}")
    });
    let text = match (as_of, request.year) {
        (None, _) => format!(
            "none: no indicator of the rubric has a value {period_words}, so every rated \
             indicator is no_data"
        ),
        (Some(y), Some(asked)) if y != asked => {
            format!("{y} (--year {asked}, capped at the end of the period)")
        }
        (Some(y), Some(_)) => format!("{y} (--year)"),
        (Some(y), None) => format!(
            "{y}, the latest year in which an indicator of the rubric has a value, {period_words}"
        ),
    };
    let _ = writeln!(out, "Evaluation year (as_of): {text}");
}
