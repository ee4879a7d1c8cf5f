//! `polscore score`: load, score, render, write.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;

use super::{Inputs, Loaded, load, print_stdout, print_warnings, write_atomically};
use crate::diag::Diagnostic;
use crate::rating::Lang;
use crate::report::{Format, RenderOptions, table::TableOptions};
use crate::{exit, report, score};

#[derive(Args)]
pub struct ScoreArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Data files, or directories of *.csv files; repeatable.
    #[arg(long, required = true, num_args = 1.., value_name = "PATH")]
    data: Vec<PathBuf>,
    /// The evaluation year (default: the latest year with data, within the rubric's period).
    #[arg(long, value_name = "Y")]
    year: Option<i32>,
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    #[arg(long, value_enum, default_value = "ja")]
    lang: Lang,
    /// Write the report to FILE (atomically) instead of standard output.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: ScoreArgs) -> Result<u8, Vec<Diagnostic>> {
    let Loaded {
        rubrics,
        data,
        mut warnings,
    } = load(&args.inputs, &args.data)?;
    let scores: Vec<score::RubricScore> = rubrics
        .iter()
        .map(|r| score::score(r, &data, args.year))
        .collect();
    warnings.extend(scores.iter().flat_map(|s| s.warnings.iter().cloned()));
    let doc = report::json::build(&scores, &warnings);
    let to_terminal = args.output.is_none() && std::io::stdout().is_terminal();
    let options = RenderOptions {
        lang: args.lang,
        // Off a terminal the width is fixed, so that a piped or saved table is the same
        // everywhere.
        table: TableOptions {
            width: if to_terminal { None } else { Some(120) },
        },
    };
    let text = report::render(&doc, args.format, options);
    print_warnings(&warnings);
    match &args.output {
        Some(path) => write_atomically(path, text.as_bytes()).map_err(|e| vec![e])?,
        None => print_stdout(&text),
    }
    Ok(exit::OK)
}
