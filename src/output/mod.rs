//! Where a command's output goes, and writing it there safely (SPEC §4): standard output,
//! where a closed pipe is not an error; a report file, checked against the run's inputs
//! before anything is read, and replaced atomically (a temporary file renamed into place,
//! removed if the run is interrupted: `interrupt`); a new file that never replaces one.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::files;
use crate::lang::msg;

mod interrupt;

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
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(vec![Diagnostic::error(msg!(
            "output-stdout-failed",
            error = e
        ))]),
        _ => Ok(()),
    }
}

/// Where a command's output goes: a file, or standard output (no `--output`, or `-`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Sink<'a> {
    Stdout,
    File(&'a Path),
}

/// Where `flag` (`--output`, `--junit`) sends its output, checked before anything is read
/// or written (SPEC §4): `-` is standard output; a path that exists must be a regular file
/// (through symbolic links), and not one of `inputs` (`pipeline::Options::input_files`:
/// each with what it is, `rubric`, `data`, `project` or `baseline`), however it is spelled;
/// otherwise the run stops and the path is left untouched.
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
    if let Some(d) = missing_directory(path, Lead::Flag(flag)) {
        return Err(d);
    }
    if let Some(kind) = not_a_file(path) {
        return Err(Diagnostic::error(msg!(
            "output-not-a-file",
            flag = flag,
            path = files::display(path),
            kind = kind
        ))
        .with_help(msg!("output-not-a-file-help", flag = flag)));
    }
    if let Some(out) = files::identity(path) {
        let same = inputs
            .iter()
            .find(|(_, input)| files::identity(input).as_ref() == Some(&out));
        if let Some((what, input)) = same {
            let name = files::display(path);
            let input = files::display(input);
            let message = if name == input {
                msg!(
                    "output-replaces-input",
                    flag = flag,
                    path = name,
                    what = what
                )
            } else {
                msg!(
                    "output-replaces-input-as",
                    flag = flag,
                    path = name,
                    input = input,
                    what = what
                )
            };
            return Err(Diagnostic::error(message)
                .with_help(msg!("output-replaces-input-help", flag = flag)));
        }
    }
    Ok(Sink::File(path))
}

/// What is wrong with the directory `path` would be written in (through symbolic links),
/// and what to do, when it does not exist or is not a directory: writing there fails, and
/// the error must name that directory, not the temporary file that could not be made in it.
/// What was being done with a path whose directory is missing: checking the flag that
/// names it (`--output x/r.json: …`), writing it, or creating it new (`init`, `template`).
#[derive(Clone, Copy)]
enum Lead<'a> {
    Flag(&'a str),
    Write,
    Create,
}

fn missing_directory(path: &Path, lead: Lead) -> Option<Diagnostic> {
    let target = follow_links(path).unwrap_or_else(|_| path.to_path_buf());
    let parent = target.parent().filter(|p| !p.as_os_str().is_empty())?;
    let missing = match std::fs::metadata(parent) {
        Ok(m) if m.is_dir() => return None,
        Ok(_) => false,
        Err(_) => true,
    };
    let (dir, path) = (files::display(parent), files::display(path));
    let message = match (lead, missing) {
        (Lead::Flag(flag), true) => {
            msg!("output-dir-missing", flag = flag, path = &path, dir = &dir)
        }
        (Lead::Flag(flag), false) => {
            msg!("output-dir-not-dir", flag = flag, path = &path, dir = &dir)
        }
        (Lead::Write, true) => msg!("write-dir-missing", path = &path, dir = &dir),
        (Lead::Write, false) => msg!("write-dir-not-dir", path = &path, dir = &dir),
        (Lead::Create, true) => msg!("create-dir-missing", path = &path, dir = &dir),
        (Lead::Create, false) => msg!("create-dir-not-dir", path = &path, dir = &dir),
    };
    let help = if missing {
        msg!("output-dir-missing-help", dir = &dir)
    } else {
        msg!("output-dir-not-dir-help")
    };
    Some(Diagnostic::error(message).with_help(help))
}

/// What `path` is when it exists and is not a regular file (a device such as /dev/null,
/// a FIFO, a directory), following symbolic links: replacing it with a report would lose it.
/// The kind's id: `directory`, `fifo`, `socket`, `device` or `special`.
fn not_a_file(path: &Path) -> Option<&'static str> {
    let kind = std::fs::metadata(path).ok()?.file_type();
    if kind.is_file() {
        None
    } else if kind.is_dir() {
        Some("directory")
    } else {
        Some(special_kind(&kind))
    }
}

#[cfg(unix)]
fn special_kind(kind: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "fifo"
    } else if kind.is_socket() {
        "socket"
    } else if kind.is_char_device() || kind.is_block_device() {
        "device"
    } else {
        "special"
    }
}

#[cfg(not(unix))]
fn special_kind(_: &std::fs::FileType) -> &'static str {
    "special"
}

/// Why the links of a path could not be followed.
enum LinkError {
    Io(std::io::Error),
    /// More links in a row than Linux follows: most likely a loop.
    TooMany,
}

/// The file that `path` names once its symbolic links are followed, even a last link
/// whose target does not exist yet: writing "to" a link writes its target, as editors do,
/// and leaves the link a link.
fn follow_links(path: &Path) -> Result<PathBuf, LinkError> {
    // As many links as Linux follows before giving up (ELOOP).
    const MAX_LINKS: usize = 40;
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&path) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = std::fs::read_link(&path).map_err(LinkError::Io)?;
                // A relative target is relative to the link's directory.
                path = match path.parent() {
                    Some(dir) => dir.join(target),
                    None => target,
                };
            }
            _ => return Ok(path),
        }
    }
    Err(LinkError::TooMany)
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
    let name = files::display(path);
    // `step` is what was being done: `link`, `temp`, `permissions`, `write`, `sync`, `rename`.
    let fail = |step: &str, e: std::io::Error| {
        Diagnostic::error(msg!(
            "output-write-step-failed",
            path = &name,
            step = step,
            error = e
        ))
    };
    let target = follow_links(path).map_err(|e| match e {
        LinkError::Io(e) => fail("link", e),
        LinkError::TooMany => Diagnostic::error(msg!("output-write-link-loop", path = &name)),
    })?;
    if let Some(d) = missing_directory(path, Lead::Write) {
        return Err(d);
    }
    if let Some(kind) = not_a_file(&target) {
        return Err(Diagnostic::error(msg!(
            "output-write-not-a-file",
            path = &name,
            kind = kind
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
    let mut tmp = builder.tempfile_in(dir).map_err(|e| fail("temp", e))?;
    let recorded = interrupt::record(lock, tmp.path());
    if let Some(p) = previous {
        tmp.as_file()
            .set_permissions(p)
            .map_err(|e| fail("permissions", e))?;
    }
    {
        let mut buffered = std::io::BufWriter::new(tmp.as_file_mut());
        write(&mut buffered)
            .and_then(|()| buffered.flush())
            .map_err(|e| fail("write", e))?;
    }
    tmp.as_file().sync_all().map_err(|e| fail("sync", e))?;
    let lock = interrupt::in_flight();
    tmp.persist(&target).map_err(|e| fail("rename", e.error))?;
    recorded.renamed(lock);
    Ok(())
}

/// Writes `contents` to a new file at `path`; an existing file is never replaced (`init`,
/// `template`): the error says so and what to do instead.
pub(crate) fn write_new(
    path: &Path,
    contents: impl AsRef<[u8]>,
    command: &str,
) -> Result<(), Vec<Diagnostic>> {
    let name = files::display(path);
    if let Some(d) = missing_directory(path, Lead::Create) {
        return Err(vec![d]);
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| {
            let d = Diagnostic::error(msg!("output-create-failed", path = &name, error = &e));
            vec![if e.kind() == std::io::ErrorKind::AlreadyExists {
                d.with_help(msg!("output-create-exists-help", command = command))
            } else {
                d
            }]
        })?;
    file.write_all(contents.as_ref()).map_err(|e| {
        vec![Diagnostic::error(msg!(
            "output-write-failed",
            path = &name,
            error = e
        ))]
    })
}
