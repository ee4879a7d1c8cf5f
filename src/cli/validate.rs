//! `polscore validate`: load and check, print the warnings and a summary that counts them.

use crate::lang::{Lang, tr};
use std::path::PathBuf;

use clap::Args;

use super::project::Wants;
use super::{Inputs, load, print_warnings};
use crate::diag::Diagnostic;
use crate::output::print_stdout;
use crate::{exit, score};

#[derive(Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Data files (CSV, or .xlsx with an optional #Sheet), or directories of *.csv and *.xlsx files, to check against the rubrics (default: the project's).
    #[arg(long, num_args = 1.., value_name = "PATH")]
    data: Vec<PathBuf>,
}

pub fn run(args: ValidateArgs, lang: Lang) -> Result<u8, Vec<Diagnostic>> {
    let options = args
        .inputs
        .resolve("validate", &args.data, Wants::MaybeData)?
        .options;
    let mut loaded = load(&options, None)?;
    // With data, the scorer's warnings too (a gap in an accumulated series, …): `score`
    // sends its reader here to see every warning it counted.
    if !options.data.is_empty() {
        let scored = loaded
            .rubrics
            .iter()
            .flat_map(|r| score::score(r, &loaded.data, None).warnings);
        let scored: Vec<Diagnostic> = scored.collect();
        loaded.warnings.extend(scored);
    }
    print_warnings(&loaded.warnings, args.inputs.quiet, lang);
    let indicators: usize = loaded.rubrics.iter().map(|r| r.indicators().count()).sum();
    let rubrics = loaded.rubrics.len();
    // Counted with or without --quiet: the summary says what the run found.
    let warnings: usize = loaded.warnings.iter().map(Diagnostic::count).sum();
    let summary = if options.data.is_empty() {
        tr!(
            lang,
            "cli-validate-ok",
            rubrics = rubrics,
            indicators = indicators,
            warnings = warnings
        )
    } else {
        tr!(
            lang,
            "cli-validate-ok-data",
            rubrics = rubrics,
            indicators = indicators,
            points = loaded.data.len(),
            warnings = warnings
        )
    };
    print_stdout(&format!("{summary}\n"))?;
    Ok(exit::OK)
}
