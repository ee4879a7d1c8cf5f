//! The command line (SPEC §4): argument definitions, and each command as a short function
//! that loads, scores and renders. Errors are rendered here, once.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::diag::Diagnostic;
use crate::rating::Lang;
use crate::report::{Format, RenderOptions, table::TableOptions};
use crate::{data, exit, report, rubric, score};

#[derive(Parser)]
#[command(
    name = "polscore",
    version,
    about = "Scores a policy evaluation (目標管理型の政策評価) from TOML rubrics and CSV data"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Score rubrics against data and print a report.
    Score(ScoreArgs),
    /// Check rubrics (and data files, if given) without scoring.
    Validate(ValidateArgs),
}

#[derive(Args)]
struct Inputs {
    /// Rubric files, or directories of *.toml files.
    #[arg(required = true, value_name = "RUBRIC")]
    rubrics: Vec<PathBuf>,
    /// Skip data rows whose indicator no rubric defines (a warning instead of an error).
    #[arg(long)]
    ignore_unknown: bool,
}

#[derive(Args)]
struct ScoreArgs {
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

#[derive(Args)]
struct ValidateArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// Data files, or directories of *.csv files, to check against the rubrics.
    #[arg(long, num_args = 1.., value_name = "PATH")]
    data: Vec<PathBuf>,
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                exit::BAD_INPUT
            } else {
                exit::OK
            });
        }
    };
    let result = match cli.command {
        Command::Score(args) => score_command(args),
        Command::Validate(args) => validate_command(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(diagnostics) => {
            let mut stderr = std::io::stderr().lock();
            for d in &diagnostics {
                let _ = write!(stderr, "{}", d.render());
            }
            let errors = diagnostics
                .iter()
                .filter(|d| d.level == crate::diag::Level::Error)
                .count();
            let _ = writeln!(stderr, "polscore: {errors} error{}", plural(errors));
            ExitCode::from(exit::BAD_INPUT)
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Rubrics and data loaded and checked, with the warnings found on the way.
struct Loaded {
    rubrics: Vec<rubric::Rubric>,
    data: data::DataSet,
    warnings: Vec<Diagnostic>,
}

fn load(inputs: &Inputs, data_paths: &[PathBuf]) -> Result<Loaded, Vec<Diagnostic>> {
    let rubric::Loaded {
        rubrics,
        mut warnings,
    } = rubric::load(&inputs.rubrics)?;
    let ids = rubric::catalogue(&rubrics);
    let options = data::Options {
        ignore_unknown: inputs.ignore_unknown,
    };
    let data = if data_paths.is_empty() {
        data::DataSet::default()
    } else {
        let mut loaded = data::load(data_paths, &ids, options)?;
        warnings.append(&mut loaded.warnings);
        loaded.data
    };
    Ok(Loaded {
        rubrics,
        data,
        warnings,
    })
}

fn score_command(args: ScoreArgs) -> Result<u8, Vec<Diagnostic>> {
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

fn validate_command(args: ValidateArgs) -> Result<u8, Vec<Diagnostic>> {
    let loaded = load(&args.inputs, &args.data)?;
    print_warnings(&loaded.warnings);
    let indicators: usize = loaded.rubrics.iter().map(|r| r.indicators().count()).sum();
    let mut summary = format!(
        "ok: {} rubric{}, {indicators} indicator{}",
        loaded.rubrics.len(),
        plural(loaded.rubrics.len()),
        plural(indicators)
    );
    if !args.data.is_empty() {
        summary.push_str(&format!(
            ", {} data point{}",
            loaded.data.len(),
            plural(loaded.data.len())
        ));
    }
    print_stdout(&format!("{summary}\n"));
    Ok(exit::OK)
}

fn print_warnings(warnings: &[Diagnostic]) {
    let mut stderr = std::io::stderr().lock();
    for w in warnings {
        let _ = write!(stderr, "{}", w.render());
    }
}

/// Writes to standard output; a closed pipe (`polscore … | head`) is not an error.
fn print_stdout(text: &str) {
    let _ = std::io::stdout().lock().write_all(text.as_bytes());
}

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename,
/// so that a reader never sees half a report and a failure leaves the old file intact.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    let name = crate::files::display(path);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let fail = |what: &str, e: std::io::Error| {
        Diagnostic::error(format!("cannot write {name}: {what}: {e}"))
    };
    let mut tmp =
        tempfile::NamedTempFile::new_in(dir).map_err(|e| fail("creating a temporary file", e))?;
    tmp.write_all(bytes).map_err(|e| fail("writing", e))?;
    tmp.as_file().sync_all().map_err(|e| fail("syncing", e))?;
    tmp.persist(path)
        .map_err(|e| fail("renaming into place", e.error))?;
    Ok(())
}
