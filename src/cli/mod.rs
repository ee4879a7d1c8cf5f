//! The command line (SPEC §4): argument definitions, and each command as a short function
//! that loads, scores and renders. Errors are rendered here, once.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::diag::Diagnostic;
use crate::{data, exit, rubric};

mod check;
mod diff;
mod explain;
mod init;
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
}

/// The inputs every command that reads rubrics takes.
#[derive(Args)]
pub(crate) struct Inputs {
    /// Rubric files, or directories of *.toml files.
    #[arg(required = true, value_name = "RUBRIC")]
    pub(crate) rubrics: Vec<PathBuf>,
    /// Skip data rows whose indicator no rubric defines (a warning instead of an error).
    #[arg(long)]
    pub(crate) ignore_unknown: bool,
    /// The encoding of CSV data files (default: UTF-8 or Shift_JIS, detected).
    #[arg(long, value_name = "utf-8|shift_jis", value_parser = parse_encoding)]
    pub(crate) encoding: Option<data::Encoding>,
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
    let result = match cli.command {
        Command::Score(args) => score::run(args),
        Command::Validate(args) => validate::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Template(args) => template::run(args),
        Command::Init(args) => init::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Check(args) => check::run(args),
        Command::Diff(args) => diff::run(args),
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
                .map(Diagnostic::count)
                .sum::<usize>();
            let _ = writeln!(stderr, "polscore: {errors} error{}", plural(errors));
            ExitCode::from(exit::BAD_INPUT)
        }
    }
}

pub(crate) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Rubrics and data loaded and checked, with the warnings found on the way.
pub(crate) struct Loaded {
    pub(crate) rubrics: Vec<rubric::Rubric>,
    pub(crate) data: data::DataSet,
    pub(crate) warnings: Vec<Diagnostic>,
}

/// The data to score the rubrics with, and the year: what `score`, `check` and `explain` share.
#[derive(clap::Args)]
pub(crate) struct Scoring {
    /// Data files (CSV, or .xlsx with an optional #Sheet), or directories of *.csv and *.xlsx files; repeatable.
    #[arg(long, required = true, num_args = 1.., value_name = "PATH")]
    pub(crate) data: Vec<PathBuf>,
    /// The evaluation year (default: the latest year with data, within the rubric's period).
    #[arg(long, value_name = "Y")]
    pub(crate) year: Option<i32>,
}

pub(crate) fn load(inputs: &Inputs, data_paths: &[PathBuf]) -> Result<Loaded, Vec<Diagnostic>> {
    let rubric::Loaded {
        rubrics,
        mut warnings,
    } = rubric::load(&inputs.rubrics)?;
    let ids = rubric::catalogue(&rubrics);
    let options = data::Options {
        ignore_unknown: inputs.ignore_unknown,
        encoding: inputs.encoding,
    };
    let data = if data_paths.is_empty() {
        data::DataSet::default()
    } else {
        let mut loaded = data::load(data_paths, &ids, options)?;
        warnings.append(&mut loaded.warnings);
        loaded.data
    };
    warnings.extend(rubric::data_warnings(&rubrics, &data));
    Ok(Loaded {
        rubrics,
        data,
        warnings,
    })
}

pub(crate) fn print_warnings(warnings: &[Diagnostic]) {
    let mut stderr = std::io::stderr().lock();
    for w in warnings {
        let _ = write!(stderr, "{}", w.render());
    }
}

/// Warnings for commands whose output is something else (a report, a comparison): one line
/// each, at most `BRIEF_WARNINGS` of them, and where to see them in full. The rubric's
/// author reads them with `validate`; the evaluator running `score` needs to know they exist.
pub(crate) fn print_warnings_briefly(warnings: &[Diagnostic]) {
    const BRIEF_WARNINGS: usize = 5;
    let mut stderr = std::io::stderr().lock();
    for w in warnings.iter().take(BRIEF_WARNINGS) {
        let place = w
            .location
            .as_ref()
            .map(|l| format!("{l}: "))
            .unwrap_or_default();
        let _ = writeln!(stderr, "warning: {place}{}", w.message);
    }
    if warnings.len() > BRIEF_WARNINGS {
        let _ = writeln!(
            stderr,
            "polscore: {} more warnings; `polscore validate` with the same rubrics and data shows them all",
            warnings.len() - BRIEF_WARNINGS
        );
    }
}

/// Writes to standard output; a closed pipe (`polscore … | head`) is not an error.
pub(crate) fn print_stdout(text: &str) -> Result<(), Vec<Diagnostic>> {
    write_stdout(|out| out.write_all(text.as_bytes()))
}

/// Writes to standard output through a buffer. A closed pipe is not an error (the reader
/// has what it wanted); any other failure (a full disk behind `> file`) is, so that a
/// truncated report never comes with exit status 0.
pub(crate) fn write_stdout(
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Vec<Diagnostic>> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match write(&mut out).and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(vec![Diagnostic::error(
            format!("cannot write to standard output: {e}"),
        )]),
        _ => Ok(()),
    }
}

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename,
/// so that a reader never sees half a report and a failure leaves the old file intact.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    write_atomically_with(path, |w| w.write_all(bytes))
}

/// `write_atomically` for content written piece by piece by `write`.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Diagnostic> {
    let name = crate::files::display(path);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let fail = |what: &str, e: std::io::Error| {
        Diagnostic::error(format!("cannot write {name}: {what}: {e}"))
    };
    // A report replaces its previous version with the same permissions; a new one gets
    // the usual 0666 less the umask (a temporary file alone would be 0600, unreadable to
    // the web server that publishes an HTML report).
    let previous = std::fs::metadata(path).ok().map(|m| m.permissions());
    let mut builder = tempfile::Builder::new();
    builder.prefix(".polscore-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| fail("creating a temporary file", e))?;
    if let Some(p) = previous {
        tmp.as_file()
            .set_permissions(p)
            .map_err(|e| fail("keeping the permissions", e))?;
    }
    {
        let mut buffered = std::io::BufWriter::new(tmp.as_file_mut());
        write(&mut buffered)
            .and_then(|()| buffered.flush())
            .map_err(|e| fail("writing", e))?;
    }
    tmp.as_file().sync_all().map_err(|e| fail("syncing", e))?;
    tmp.persist(path)
        .map_err(|e| fail("renaming into place", e.error))?;
    Ok(())
}

/// Writes `text` to a new file at `path`; an existing file is never replaced (`init`,
/// `template`): the error says so and what to do instead.
pub(crate) fn write_new(path: &Path, text: &str, command: &str) -> Result<(), Vec<Diagnostic>> {
    let name = crate::files::display(path);
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| {
            let d = Diagnostic::error(format!("cannot create {name}: {e}"));
            vec![if e.kind() == std::io::ErrorKind::AlreadyExists {
                d.with_help(format!(
                    "{command} never replaces a file: choose a new name, or move the old file away"
                ))
            } else {
                d
            }]
        })?;
    file.write_all(text.as_bytes())
        .map_err(|e| vec![Diagnostic::error(format!("cannot write {name}: {e}"))])
}
