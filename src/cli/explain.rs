//! `polscore explain`: the derivation of one indicator's rating, year by year, in every
//! loaded rubric that defines it.

use crate::lang::{Lang, msg};
use clap::Args;

use super::project::Wants;
use super::{DataArgs, Inputs, load, print_warnings};
use crate::diag::{Diagnostic, suggest};
use crate::explain::{self, Request};
use crate::output::print_stdout;
use crate::pipeline::Model;
use crate::{exit, score};

#[derive(Args)]
#[command(override_usage = "polscore explain [RUBRIC...] [--data PATH...] INDICATOR_ID")]
pub struct ExplainArgs {
    /// The rubrics (files, or directories of *.toml files), then the indicator id to explain
    /// (the last of these arguments), e.g. f6.un-japanese-staff.
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    data: DataArgs,
}

pub fn run(mut args: ExplainArgs, lang: Lang) -> Result<u8, Vec<Diagnostic>> {
    let indicator = take_id(&mut args).ok_or_else(|| {
        vec![Diagnostic::error(msg!("cli-explain-no-id")).with_help(msg!("cli-explain-no-id-help"))]
    })?;
    let options = args
        .inputs
        .resolve("explain", &args.data.paths, Wants::Data)?
        .options;
    let Model {
        rubrics,
        data,
        warnings,
    } = load(&options, args.data.year)?;
    let id = indicator.trim();
    let request = Request {
        year: args.data.year,
        lang,
    };
    let sections: Vec<String> = rubrics
        .iter()
        .filter_map(|r| {
            let scored = score::score(r, &data, args.data.year);
            explain::render(&scored, &data, id, request)
        })
        .collect();
    if sections.is_empty() {
        return Err(vec![unknown(id, &rubrics)]);
    }
    // Only the warnings about this indicator or the data: the rubrics' other warnings are
    // `validate`'s business, and would bury the explanation.
    let files: Vec<&str> = rubrics.iter().map(|r| r.file.as_str()).collect();
    let lines: Vec<(&str, usize)> = rubrics
        .iter()
        .flat_map(|r| {
            r.indicators()
                .filter(|i| i.id == id)
                .map(|i| (r.file.as_str(), i.line))
        })
        .collect();
    let relevant: Vec<Diagnostic> = warnings
        .into_iter()
        .filter(|w| match &w.location {
            Some(l) if files.contains(&l.file.as_str()) => {
                lines.contains(&(l.file.as_str(), l.line))
                    || w.message.args.iter().any(|(_, v)| v == id)
            }
            _ => true,
        })
        .collect();
    print_warnings(&relevant, args.inputs.quiet, lang);
    print_stdout(&sections.join("\n────────────────────────────────────────\n\n"))?;
    Ok(exit::OK)
}

/// Takes the indicator id off the arguments. It comes last among the positional arguments,
/// but clap cannot tell a variable number of rubrics from one trailing id once options come
/// between them, so it is taken off the end here. With `--data a.csv ID` (the SPEC's order)
/// the id is the last value of --data, as --data takes several paths: an id is not a file.
/// A lone positional argument that is no file is the id, the rubrics being the project's.
fn take_id(args: &mut ExplainArgs) -> Option<String> {
    let not_a_file = |p: &std::path::Path| !p.exists() && crate::data::split_sheet(p).is_none();
    let rubrics = &mut args.inputs.rubrics;
    let last = if rubrics.len() < 2 && args.data.paths.last().is_some_and(|p| not_a_file(p)) {
        args.data.paths.pop()
    } else if rubrics.len() >= 2 || rubrics.first().is_some_and(|p| not_a_file(p)) {
        rubrics.pop()
    } else {
        None
    };
    last.map(|id| id.to_string_lossy().into_owned())
}

/// No loaded rubric defines `id`: name the nearest indicator id, or what `id` is instead.
fn unknown(id: &str, rubrics: &[crate::rubric::Rubric]) -> Diagnostic {
    let message = msg!("cli-explain-unknown", id = id);
    for r in rubrics {
        for f in &r.fields {
            let goal = f.goals.iter().find(|g| g.id == id);
            if f.id == id || goal.is_some() {
                let children: Vec<&str> = match goal {
                    Some(g) => g.indicators.iter().map(|i| i.id.as_str()).collect(),
                    None => f
                        .goals
                        .iter()
                        .flat_map(|g| &g.indicators)
                        .map(|i| i.id.as_str())
                        .collect(),
                };
                let what = if goal.is_some() { "goal" } else { "field" };
                return Diagnostic::error(message).with_help(if children.is_empty() {
                    msg!(
                        "cli-explain-childless",
                        id = id,
                        what = what,
                        file = &r.file
                    )
                } else {
                    msg!(
                        "cli-explain-not-indicator",
                        id = id,
                        what = what,
                        file = &r.file,
                        indicators = children.join(", ")
                    )
                });
            }
        }
    }
    let ids: Vec<&str> = rubrics
        .iter()
        .flat_map(|r| r.indicators())
        .map(|i| i.id.as_str())
        .collect();
    let containing: Vec<&str> = ids.iter().copied().filter(|i| i.contains(id)).collect();
    let help = match (suggest(id, ids.iter().copied()), containing.as_slice()) {
        (Some(near), _) | (None, &[near]) => msg!("cli-explain-suggest", id = near),
        (None, [_, _, ..]) if containing.len() <= 8 => {
            msg!("cli-explain-suggest-any", ids = containing.join(", "))
        }
        _ => msg!("cli-explain-count", count = ids.len()),
    };
    Diagnostic::error(message).with_help(help)
}
