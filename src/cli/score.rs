//! `polscore score`: load, score, render, write.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::Args;
use rayon::prelude::*;

use super::project::Wants;
use super::{DataArgs, Inputs, both, load, print_warnings_briefly};
use crate::diag::Diagnostic;
use crate::lang::msg;
use crate::output::{Sink, sink, write_atomically_with, write_stdout};
use crate::pipeline::Model;
use crate::rating::Lang;
use crate::report::view::{Depth, View};
use crate::report::{Format, RenderOptions, table, table::TableOptions};
use crate::{exit, report, score};

#[derive(Args)]
pub struct ScoreArgs {
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    data: DataArgs,
    /// The report format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// Indent the JSON report (two spaces a level) instead of writing it on one line.
    #[arg(long)]
    pretty: bool,
    /// Write the report to FILE (atomically) instead of standard output (`-`); never an
    /// input of the run, nor anything but a regular file. A symbolic link is written through.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Show only the field ID in the table and Markdown (repeatable); JSON and CSV stay whole.
    #[arg(long = "field", value_name = "ID")]
    fields: Vec<String>,
    /// How far down the table and Markdown go: the policy's rating, the summary of fields,
    /// the goals, or every indicator.
    #[arg(long, value_enum, default_value = "indicator")]
    depth: Depth,
    /// Show only what needs attention in the table and Markdown: rated below met, a value
    /// from an earlier year (stale), no data, or a reference indicator missing its
    /// benchmark; with the field and goal above each.
    #[arg(long)]
    attention: bool,
    /// Show goals' and indicators' texts in full in the table, wrapped, instead of cut to
    /// one line.
    #[arg(long)]
    wide: bool,
}

impl ScoreArgs {
    /// `--field`, `--depth`, `--attention` and `--wide` choose what a report for people
    /// shows: the machine formats are always whole, and only the table has `--wide`.
    fn view_for_format(&self) -> Result<View, Vec<Diagnostic>> {
        let narrowed = !self.fields.is_empty() || self.attention || self.depth != Depth::Indicator;
        let error = if self.wide && self.format != Format::Table {
            Some(msg!("cli-score-wide-not-table"))
        } else if narrowed && !matches!(self.format, Format::Table | Format::Markdown) {
            Some(msg!("cli-score-view-not-for-format"))
        } else {
            None
        };
        if let Some(message) = error {
            return Err(vec![
                Diagnostic::error(message).with_help(msg!("cli-score-view-help")),
            ]);
        }
        Ok(View {
            fields: self.fields.clone(),
            depth: self.depth,
            attention: self.attention,
        })
    }
}

/// A `--field` that names no field of any rubric loaded, with the nearest id.
fn unknown_fields(fields: &[String], rubrics: &[crate::rubric::Rubric]) -> Vec<Diagnostic> {
    let known: Vec<&str> = rubrics
        .iter()
        .flat_map(|r| r.fields.iter().map(|f| f.id.as_str()))
        .collect();
    fields
        .iter()
        .filter(|id| !known.contains(&id.as_str()))
        .map(|id| {
            let fields = known_list(&known);
            let help = match crate::diag::suggest(id, known.iter().copied()) {
                Some(near) if id.len() > 1 => {
                    msg!("cli-score-field-suggest", field = near, fields = fields)
                }
                _ => msg!("cli-score-field-list", fields = fields),
            };
            Diagnostic::error(msg!("cli-score-field-unknown", field = id)).with_help(help)
        })
        .collect()
}

/// The ids of the fields, each once, in the order of the rubrics.
fn known_list(known: &[&str]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for id in known {
        if !seen.contains(id) {
            seen.push(id);
        }
    }
    seen.join(", ")
}

pub fn run(args: ScoreArgs, lang: Lang) -> Result<u8, Vec<Diagnostic>> {
    if args.pretty && args.format != Format::Json {
        return Err(vec![
            Diagnostic::error(msg!("cli-score-pretty-not-json"))
                .with_help(msg!("cli-score-pretty-not-json-help")),
        ]);
    }
    let view = args.view_for_format()?;
    let json_style = if args.pretty {
        report::json::Style::Pretty
    } else {
        report::json::Style::Compact
    };
    // Where the report goes is checked before anything is read, and the inputs are read
    // even when it is wrong, so that one run names every problem.
    let options = args
        .inputs
        .resolve("score", &args.data.paths, Wants::Data)?
        .options;
    let sink = sink(
        "--output",
        args.output.as_deref(),
        &options.input_files(&[]),
    );
    let (sink, model) = both(sink.map_err(|e| vec![e]), load(&options, args.data.year))?;
    let Model {
        rubrics,
        data,
        mut warnings,
    } = model;
    let unknown = unknown_fields(&args.fields, &rubrics);
    if !unknown.is_empty() {
        return Err(unknown);
    }
    // Rubrics are independent: score them on every core, keeping their order.
    let scores: Vec<score::RubricScore> = rubrics
        .par_iter()
        .map(|r| score::score(r, &data, args.data.year))
        .collect();
    warnings.extend(scores.iter().flat_map(|s| s.warnings.iter().cloned()));
    let to_terminal = sink == Sink::Stdout && std::io::stdout().is_terminal();
    let options = RenderOptions {
        lang,
        // Off a terminal, `COLUMNS` or a fixed width, so that a piped or saved table is
        // the same everywhere.
        table: TableOptions {
            width: table::width_for(
                if to_terminal {
                    table::terminal_width()
                } else {
                    None
                },
                std::env::var("COLUMNS").ok().as_deref(),
            ),
            color: use_color(to_terminal, std::env::var_os("NO_COLOR").as_deref()),
            wide: args.wide,
        },
        json: json_style,
        view,
    };
    print_warnings_briefly(&warnings, args.inputs.quiet, lang);
    // The JSON report can be hundreds of megabytes: it is written as it is built.
    let write = |out: &mut dyn Write| report::write(&scores, &warnings, args.format, &options, out);
    match sink {
        Sink::File(path) => write_atomically_with(path, write).map_err(|e| vec![e])?,
        Sink::Stdout => write_stdout(write)?,
    }
    // The process ends next: freeing a government's rubrics, data and scores one
    // allocation at a time (a tenth of a second for a million rows) would only delay it.
    std::mem::forget(scores);
    std::mem::forget(data);
    std::mem::forget(rubrics);
    Ok(exit::OK)
}

/// Colour only on a terminal, and never when `NO_COLOR` is set (SPEC §4; to any value)
/// (<https://no-color.org>). `--output` is never a terminal.
fn use_color(to_terminal: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
    to_terminal && no_color.is_none()
}

#[cfg(test)]
mod tests {
    use super::use_color;
    use std::ffi::OsStr;

    #[test]
    fn colour_needs_a_terminal_and_no_no_color() {
        assert!(use_color(true, None));
        // SPEC §4: never with NO_COLOR set, even to the empty string.
        assert!(!use_color(true, Some(OsStr::new(""))));
        assert!(!use_color(true, Some(OsStr::new("1"))));
        assert!(!use_color(false, None));
    }
}
