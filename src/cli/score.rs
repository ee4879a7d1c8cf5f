//! `polscore score`: load, score, render, write.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::Args;
use rayon::prelude::*;

use super::{
    Inputs, Loaded, Scoring, Sink, input_files, load, print_warnings_briefly, sink,
    write_atomically_with, write_stdout,
};
use crate::diag::Diagnostic;
use crate::rating::Lang;
use crate::report::{Format, RenderOptions, table::TableOptions};
use crate::{exit, report, score};

#[derive(Args)]
pub struct ScoreArgs {
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    scoring: Scoring,
    /// The report format.
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// The language of the report's labels and texts (the rubric's `*_en` texts for en).
    #[arg(long, value_enum, default_value = "ja")]
    lang: Lang,
    /// Indent the JSON report (two spaces a level) instead of writing it on one line.
    #[arg(long)]
    pretty: bool,
    /// Write the report to FILE (atomically) instead of standard output (`-`); never an
    /// input of the run, nor anything but a regular file. A symbolic link is written through.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: ScoreArgs) -> Result<u8, Vec<Diagnostic>> {
    if args.pretty && args.format != Format::Json {
        return Err(vec![
            Diagnostic::error(
                "--pretty lays out the JSON report; the other formats have one layout",
            )
            .with_help("add --format json, or remove --pretty"),
        ]);
    }
    let json_style = if args.pretty {
        report::json::Style::Pretty
    } else {
        report::json::Style::Compact
    };
    // Where the report goes is checked before anything is read, and the inputs are read
    // even when it is wrong, so that one run names every problem.
    let inputs = input_files(&args.inputs, &args.scoring.data, &[]);
    let sink = sink("--output", args.output.as_deref(), &inputs);
    let (sink, loaded) = match (
        sink,
        load(&args.inputs, &args.scoring.data, args.scoring.year),
    ) {
        (Ok(s), Ok(l)) => (s, l),
        (s, l) => {
            let mut errors: Vec<Diagnostic> = s.err().into_iter().collect();
            errors.extend(l.err().into_iter().flatten());
            return Err(errors);
        }
    };
    let Loaded {
        rubrics,
        data,
        mut warnings,
    } = loaded;
    // Rubrics are independent: score them on every core, keeping their order.
    let scores: Vec<score::RubricScore> = rubrics
        .par_iter()
        .map(|r| score::score(r, &data, args.scoring.year))
        .collect();
    warnings.extend(scores.iter().flat_map(|s| s.warnings.iter().cloned()));
    let to_terminal = sink == Sink::Stdout && std::io::stdout().is_terminal();
    let options = RenderOptions {
        lang: args.lang,
        // Off a terminal the width is fixed, so that a piped or saved table is the same
        // everywhere.
        table: TableOptions {
            width: if to_terminal { None } else { Some(120) },
            color: use_color(to_terminal, std::env::var_os("NO_COLOR").as_deref()),
        },
        json: json_style,
    };
    print_warnings_briefly(&warnings);
    // The JSON report can be hundreds of megabytes: it is written as it is built.
    let write = |out: &mut dyn Write| report::write(&scores, &warnings, args.format, options, out);
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
