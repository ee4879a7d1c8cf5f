//! Naming and reading input files: expanding directories, telling when two paths name the
//! same file, showing paths the same way on every platform, reading text (within a size
//! limit) with a clear error.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::lang::{Message, msg};

/// Files named by `paths`: a file stands for itself, a directory for every file with the
/// extension `ext` inside it (not recursive), sorted by path. Problems go to `errors`.
pub fn expand(paths: &[PathBuf], ext: &str, errors: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    expand_any(paths, &[ext], errors)
}

/// Like `expand`, with any of the extensions `exts` (compared without case). Office's lock
/// files (`~$book.xlsx`, present while a workbook is open in Excel) are not data and are
/// left out. A file named twice (`rubrics/ rubrics/a.toml`, or `a.toml ./a.toml`) is listed
/// once, where it is first named: reading it twice would only make its contents clash with
/// themselves.
pub fn expand_any(paths: &[PathBuf], exts: &[&str], errors: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let mut seen = std::collections::HashSet::new();
    expand_each(paths, exts, errors)
        .into_iter()
        .filter(|p| identity(p).is_none_or(|id| seen.insert(id)))
        .collect()
}

/// `expand_any`, each file as often as it is named.
fn expand_each(paths: &[PathBuf], exts: &[&str], errors: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let wanted = |p: &Path| {
        p.is_file()
            && p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| exts.iter().any(|x| x.eq_ignore_ascii_case(e)))
            && !p
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("~$"))
    };
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = match std::fs::read_dir(path) {
                Ok(entries) => entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| wanted(p))
                    .collect(),
                Err(e) => {
                    errors.push(Diagnostic::error(msg!(
                        "files-dir-unreadable",
                        path = display(path),
                        error = e
                    )));
                    continue;
                }
            };
            if found.is_empty() {
                errors.push(
                    Diagnostic::error(none_in(exts, &display(path)))
                        .with_help(msg!("files-none-in-dir-help")),
                );
            }
            found.sort();
            out.extend(found);
        } else if path.exists() {
            out.push(path.clone());
        } else {
            errors.push(Diagnostic::error(msg!(
                "files-not-found",
                path = display(path)
            )));
        }
    }
    out
}

/// "no *.toml file in DIR", "no *.csv or *.xlsx file in DIR".
fn none_in(exts: &[&str], dir: &str) -> Message {
    let glob = |e: &&str| format!("*.{e}");
    match exts {
        [one] => msg!("files-none-in-dir", glob = glob(one), path = dir),
        [first, rest @ ..] => msg!(
            "files-none-in-dir-either",
            first = glob(first),
            second = rest.iter().map(glob).collect::<Vec<_>>().join(", "),
            path = dir
        ),
        [] => msg!("files-none-in-dir", glob = "*", path = dir),
    }
}

/// A file on disk, whatever the path that names it: `a.csv`, `./a.csv`, `d/../a.csv`, a
/// symbolic link to it and a hard link of it all have the same identity.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FileId(#[cfg(unix)] (u64, u64), #[cfg(not(unix))] PathBuf);

/// The identity of the file `path` names (through symbolic links), if it exists: its device
/// and inode on unix, its canonical path elsewhere.
pub fn identity(path: &Path) -> Option<FileId> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(path).ok()?;
        Some(FileId((m.dev(), m.ino())))
    }
    #[cfg(not(unix))]
    {
        std::fs::canonicalize(path).ok().map(FileId)
    }
}

/// A path as shown in messages and reports: as given, with `/` separators.
pub fn display(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// The largest rubric or data file read, in bytes (16 MiB): far above any real one, and
/// low enough that a wrong file named by mistake cannot take the machine's memory.
pub const MAX_TEXT_BYTES: u64 = 16 * 1024 * 1024;

/// What a file read is, for the messages: a file, named as it is, or the project file
/// (`the project file polscore.toml`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Role {
    File,
    Project,
}

impl Role {
    fn id(self) -> &'static str {
        match self {
            Role::File => "file",
            Role::Project => "project",
        }
    }
}

/// The bytes of a file of at most `limit` bytes; a larger one is an error that says so.
pub fn read_limited(path: &Path, name: &str, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    read_limited_as(path, name, Role::File, limit)
}

fn read_limited_as(path: &Path, name: &str, role: Role, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    let what = role.id();
    let fail = |e: std::io::Error| {
        Diagnostic::error(msg!(
            "files-unreadable",
            what = what,
            file = name,
            error = e
        ))
    };
    let too_big = |size: u64| {
        let size = format!("{:.1}", size as f64 / (1024.0 * 1024.0));
        let limit = limit / (1024 * 1024);
        Diagnostic::error(msg!(
            "files-too-big",
            what = what,
            file = name,
            size = size,
            limit = limit
        ))
        .with_help(msg!("files-too-big-help"))
    };
    let file = std::fs::File::open(path).map_err(fail)?;
    let size = file.metadata().map_err(fail)?.len();
    if size > limit {
        return Err(too_big(size));
    }
    // The size is checked again while reading: the file may grow, or be a device or pipe
    // whose size the metadata does not tell.
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::Read::take(file, limit + 1), &mut bytes)
        .map_err(fail)?;
    if bytes.len() as u64 > limit {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Reads a UTF-8 text file of at most `MAX_TEXT_BYTES` (a byte-order mark is dropped).
pub fn read_text(path: &Path, name: &str) -> Result<String, Diagnostic> {
    read_text_as(path, name, Role::File)
}

/// `read_text`, the file named in the messages as `role` says.
pub fn read_text_as(path: &Path, name: &str, role: Role) -> Result<String, Diagnostic> {
    let bytes = read_limited_as(path, name, role, MAX_TEXT_BYTES)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(bytes);
        let line = text[..offset.min(text.len())].matches('\n').count() + 1;
        Diagnostic::error(msg!(
            "files-not-utf8",
            what = role.id(),
            file = name,
            line = line
        ))
        .with_help(msg!("files-not-utf8-help"))
    })
}
