//! `polscore validate`: load and check, print a summary.

use std::path::PathBuf;

use clap::Args;

use super::project::Wants;
use super::{Inputs, load, plural, print_warnings};
use crate::diag::Diagnostic;
use crate::exit;
use crate::output::print_stdout;

#[derive(Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Data files (CSV, or .xlsx with an optional #Sheet), or directories of *.csv and *.xlsx files, to check against the rubrics (default: the project's).
    #[arg(long, num_args = 1.., value_name = "PATH")]
    data: Vec<PathBuf>,
}

pub fn run(args: ValidateArgs) -> Result<u8, Vec<Diagnostic>> {
    let options = args
        .inputs
        .resolve("validate", &args.data, Wants::MaybeData)?
        .options;
    let loaded = load(&options, None)?;
    print_warnings(&loaded.warnings);
    let indicators: usize = loaded.rubrics.iter().map(|r| r.indicators().count()).sum();
    let mut summary = format!(
        "ok: {} rubric{}, {indicators} indicator{}",
        loaded.rubrics.len(),
        plural(loaded.rubrics.len()),
        plural(indicators)
    );
    if !options.data.is_empty() {
        summary.push_str(&format!(
            ", {} data point{}",
            loaded.data.len(),
            plural(loaded.data.len())
        ));
    }
    print_stdout(&format!("{summary}\n"))?;
    Ok(exit::OK)
}
