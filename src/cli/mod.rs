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
mod interrupt;
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
                .count();
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

/// Loads the rubrics and the data; the warnings that need the data are those of evaluation
/// year `year` (`--year`), as the scorer sees it.
pub(crate) fn load(
    inputs: &Inputs,
    data_paths: &[PathBuf],
    year: Option<i32>,
) -> Result<Loaded, Vec<Diagnostic>> {
    let rubric::LoadedRubrics {
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
    warnings.extend(crate::score::data_warnings(&rubrics, &data, year));
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
        let _ = write!(stderr, "{}", w.render_brief());
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

/// Where a command's output goes: a file, or standard output (no `--output`, or `-`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Sink<'a> {
    Stdout,
    File(&'a Path),
}

/// The files a run reads, each with what it is ("a rubric"), for `sink` to refuse as an
/// output: the rubric files and data files behind `inputs` and `data` (directories
/// expanded, sheets cut off), and `others`.
pub(crate) fn input_files(
    inputs: &Inputs,
    data: &[PathBuf],
    others: &[(&'static str, &Path)],
) -> Vec<(&'static str, PathBuf)> {
    let rubrics = crate::files::expand(&inputs.rubrics, "toml", &mut Vec::new());
    rubrics
        .into_iter()
        .map(|p| ("a rubric", p))
        .chain(data::files(data).into_iter().map(|p| ("a data file", p)))
        .chain(others.iter().map(|&(what, p)| (what, p.to_path_buf())))
        .collect()
}

/// Where `flag` (`--output`, `--junit`) sends its output, checked before anything is read
/// or written (SPEC §4): `-` is standard output; a path that exists must be a regular file
/// (through symbolic links), and not one of `inputs` (`input_files`), however it is
/// spelled; otherwise the run stops and the path is left untouched.
pub(crate) fn sink<'a>(
    flag: &str,
    path: Option<&'a Path>,
    inputs: &[(&str, PathBuf)],
) -> Result<Sink<'a>, Diagnostic> {
    let path = match path {
        None => return Ok(Sink::Stdout),
        Some(p) if p.as_os_str() == "-" => return Ok(Sink::Stdout),
        Some(p) => p,
    };
    if let Some(what) = not_a_file(path) {
        return Err(Diagnostic::error(format!(
            "{flag} {} is {what}, not a regular file",
            crate::files::display(path)
        ))
        .with_help(format!(
            "name a file for {flag} to write, or give {flag} - for standard output"
        )));
    }
    if let Some(out) = crate::files::identity(path) {
        let same = inputs
            .iter()
            .find(|(_, input)| crate::files::identity(input).as_ref() == Some(&out));
        if let Some((what, input)) = same {
            let name = crate::files::display(path);
            let input = crate::files::display(input);
            let message = if name == input {
                format!("{flag} {name} would replace {what} of this run")
            } else {
                format!("{flag} {name} would replace {input}, {what} of this run")
            };
            return Err(Diagnostic::error(message).with_help(format!(
                "name another file for {flag}; the inputs are never overwritten"
            )));
        }
    }
    Ok(Sink::File(path))
}

/// What `path` is when it exists and is not a regular file (a device such as /dev/null,
/// a FIFO, a directory), following symbolic links: replacing it with a report would lose it.
fn not_a_file(path: &Path) -> Option<&'static str> {
    let kind = std::fs::metadata(path).ok()?.file_type();
    if kind.is_file() {
        None
    } else if kind.is_dir() {
        Some("a directory")
    } else {
        Some(special_kind(&kind))
    }
}

#[cfg(unix)]
fn special_kind(kind: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a FIFO (named pipe)"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> &'static str {
    "a special file"
}

/// The file that `path` names once its symbolic links are followed, even a last link
/// whose target does not exist yet: writing "to" a link writes its target, as editors do,
/// and leaves the link a link.
fn follow_links(path: &Path) -> std::io::Result<PathBuf> {
    // As many links as Linux follows before giving up (ELOOP).
    const MAX_LINKS: usize = 40;
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&path) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = std::fs::read_link(&path)?;
                // A relative target is relative to the link's directory.
                path = match path.parent() {
                    Some(dir) => dir.join(target),
                    None => target,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// Writes `bytes` to `path` through a temporary file in the same directory and a rename,
/// so that a reader never sees half a report and a failure leaves the old file intact.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    write_atomically_with(path, |w| w.write_all(bytes))
}

/// `write_atomically` for content written piece by piece by `write`. A symbolic link is
/// written through (its target is replaced, the link stays); a path that is not a regular
/// file is refused, as by `sink`.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<(), Diagnostic> {
    let name = crate::files::display(path);
    let fail = |what: &str, e: std::io::Error| {
        Diagnostic::error(format!("cannot write {name}: {what}: {e}"))
    };
    let target = follow_links(path).map_err(|e| fail("following the link", e))?;
    if let Some(what) = not_a_file(&target) {
        return Err(Diagnostic::error(format!(
            "cannot write {name}: it is {what}, not a regular file"
        )));
    }
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // A report replaces its previous version with the same permissions; a new one gets
    // the usual 0666 less the umask (a temporary file alone would be 0600, unreadable to
    // the web server that publishes an HTML report).
    let previous = std::fs::metadata(&target).ok().map(|m| m.permissions());
    let mut builder = tempfile::Builder::new();
    builder.prefix(".polscore-");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    // Interrupted from here on, the run removes its temporary file before it ends.
    interrupt::install();
    let lock = interrupt::in_flight();
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| fail("creating a temporary file", e))?;
    let recorded = interrupt::record(lock, tmp.path());
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
    let lock = interrupt::in_flight();
    tmp.persist(&target)
        .map_err(|e| fail("renaming into place", e.error))?;
    recorded.renamed(lock);
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
