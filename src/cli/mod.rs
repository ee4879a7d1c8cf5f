//! The command line (SPEC §4): argument definitions, and each command as a short function
//! that turns its arguments into plain options, loads (`pipeline`), scores, renders and
//! writes (`output`). Warnings and errors are printed here, once.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::diag::Diagnostic;
use crate::lang::{Lang, tr};
use crate::{data, exit, pipeline};

mod check;
mod completions;
mod diff;
mod explain;
mod init;
mod manpage;
mod project;
mod schema;
mod score;
mod template;
mod validate;

#[derive(Parser)]
#[command(
    name = "polscore",
    version,
    about = "Scores a policy evaluation (目標管理型の政策評価) from TOML rubrics and CSV data"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of everything printed for a person: reports' labels and texts (the
    /// rubric's `*_en` texts for en), listings, explanations, errors and warnings. The
    /// JSON report, the JSON diff and the JUnit XML keep their ids in both.
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "ja",
        env = "POLSCORE_LANG"
    )]
    lang: Lang,
}

#[derive(Subcommand)]
enum Command {
    /// Score rubrics against data and print a report.
    Score(score::ScoreArgs),
    /// Check rubrics (and data files, if given) without scoring.
    Validate(validate::ValidateArgs),
    /// Show how one indicator's rating is derived, year by year.
    Explain(explain::ExplainArgs),
    /// Write a data file to fill in: one row per indicator and year.
    Template(template::TemplateArgs),
    /// Start a new rubric and data file (never replaces a file).
    Init(init::InitArgs),
    /// Print the JSON Schema of the rubric format, for editors.
    Schema(schema::SchemaArgs),
    /// Score afresh and compare with a baseline report; exit 1 on a regression.
    Check(check::CheckArgs),
    /// Show every change between two JSON reports.
    Diff(diff::DiffArgs),
    /// Print the completion script for a shell (bash, zsh, fish, powershell, elvish).
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff), or write one page per subcommand with --output.
    #[command(alias = "man")]
    Manpage(manpage::ManpageArgs),
}

/// The inputs every command that reads rubrics takes.
#[derive(Args)]
pub(crate) struct Inputs {
    /// Rubric files, or directories of *.toml files (default: the project's, from polscore.toml).
    #[arg(value_name = "RUBRIC")]
    pub(crate) rubrics: Vec<PathBuf>,
    /// Skip data rows whose indicator no rubric defines (a warning instead of an error).
    #[arg(long)]
    pub(crate) ignore_unknown: bool,
    /// The encoding of CSV data files (default: UTF-8 or Shift_JIS, detected).
    #[arg(long, value_name = "utf-8|shift_jis", value_parser = parse_encoding)]
    pub(crate) encoding: Option<data::Encoding>,
    /// Read the project's rubrics, data and baseline from FILE (default: the polscore.toml
    /// of the current directory or its nearest parent).
    #[arg(long, value_name = "FILE")]
    pub(crate) project: Option<PathBuf>,
    /// Read no project file: only the paths given.
    #[arg(long, conflicts_with = "project")]
    pub(crate) no_project: bool,
    /// Print no warnings on standard error (errors still are; reports keep the warnings).
    #[arg(long, short = 'q')]
    pub(crate) quiet: bool,
}

/// The data to score the rubrics with, and the year: what `score`, `check` and `explain` share.
#[derive(Args)]
pub(crate) struct DataArgs {
    /// Data files (CSV, or .xlsx with an optional #Sheet), or directories of *.csv and *.xlsx files; repeatable (default: the project's).
    #[arg(id = "data", long = "data", num_args = 1.., value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// The evaluation year (default: the latest year with data, within the rubric's period).
    #[arg(long, value_name = "Y")]
    pub(crate) year: Option<i32>,
}

fn parse_encoding(name: &str) -> Result<data::Encoding, String> {
    data::Encoding::from_name(name)
        .ok_or_else(|| "expected utf-8 or shift_jis (also: sjis, cp932)".to_string())
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
    let lang = cli.lang;
    let result = match cli.command {
        Command::Score(args) => score::run(args, lang),
        Command::Validate(args) => validate::run(args, lang),
        Command::Explain(args) => explain::run(args, lang),
        Command::Template(args) => template::run(args, lang),
        Command::Init(args) => init::run(args, lang),
        Command::Schema(args) => schema::run(args, lang),
        Command::Check(args) => check::run(args, lang),
        Command::Diff(args) => diff::run(args, lang),
        Command::Completions(args) => completions::run(args),
        Command::Manpage(args) => manpage::run(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(diagnostics) => {
            let mut stderr = std::io::stderr().lock();
            for d in &diagnostics {
                let _ = write!(stderr, "{}", d.render(lang));
            }
            let errors = diagnostics
                .iter()
                .filter(|d| d.level == crate::diag::Level::Error)
                .map(Diagnostic::count)
                .sum::<usize>();
            let _ = writeln!(stderr, "{}", tr!(lang, "cli-errors", count = errors));
            ExitCode::from(exit::BAD_INPUT)
        }
    }
}

/// Loads the rubrics and data (`pipeline::load`), with the scorer's warnings about the data
/// for the evaluation year `year` (`--year`; `None`: as the scorer picks it).
pub(crate) fn load(
    options: &pipeline::Options,
    year: Option<i32>,
) -> Result<pipeline::Model, Vec<Diagnostic>> {
    let mut model = pipeline::load(options)?;
    let warnings = crate::score::data_warnings(&model.rubrics, &model.data, year);
    model.warnings.extend(warnings);
    Ok(model)
}

/// Both results, or the errors of both: a run names every problem it finds before it stops.
pub(crate) fn both<A, B>(
    a: Result<A, Vec<Diagnostic>>,
    b: Result<B, Vec<Diagnostic>>,
) -> Result<(A, B), Vec<Diagnostic>> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (a, b) => Err(a.err().into_iter().chain(b.err()).flatten().collect()),
    }
}

/// Warnings in full, on standard error; none with `--quiet`.
pub(crate) fn print_warnings(warnings: &[Diagnostic], quiet: bool, lang: Lang) {
    if quiet {
        return;
    }
    let mut stderr = std::io::stderr().lock();
    for w in warnings {
        let _ = write!(stderr, "{}", w.render(lang));
    }
}

/// Warnings for commands whose output is something else (a report, a comparison): one line
/// each, at most `BRIEF_WARNINGS` of them, and where to see them in full. The rubric's
/// author reads them with `validate`; the evaluator running `score` needs to know they exist.
/// None with `--quiet`.
pub(crate) fn print_warnings_briefly(warnings: &[Diagnostic], quiet: bool, lang: Lang) {
    const BRIEF_WARNINGS: usize = 5;
    if quiet {
        return;
    }
    let mut stderr = std::io::stderr().lock();
    for w in warnings.iter().take(BRIEF_WARNINGS) {
        let _ = write!(stderr, "{}", w.render_brief(lang));
    }
    if warnings.len() > BRIEF_WARNINGS {
        let more = warnings.len() - BRIEF_WARNINGS;
        let _ = writeln!(stderr, "{}", tr!(lang, "cli-more-warnings", count = more));
    }
}
