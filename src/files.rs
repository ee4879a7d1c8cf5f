//! Naming and reading input files: expanding directories, showing paths the same way on
//! every platform, reading text with a clear error.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// Files named by `paths`: a file stands for itself, a directory for every file with the
/// extension `ext` inside it (not recursive), sorted by path. Problems go to `errors`.
pub fn expand(paths: &[PathBuf], ext: &str, errors: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = match std::fs::read_dir(path) {
                Ok(entries) => entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == ext))
                    .collect(),
                Err(e) => {
                    errors.push(Diagnostic::error(format!(
                        "cannot read directory {}: {e}",
                        display(path)
                    )));
                    continue;
                }
            };
            if found.is_empty() {
                errors.push(
                    Diagnostic::error(format!("no *.{ext} file in {}", display(path)))
                        .with_help(format!("name the .{ext} files directly, or check the path")),
                );
            }
            found.sort();
            out.extend(found);
        } else if path.exists() {
            out.push(path.clone());
        } else {
            errors.push(Diagnostic::error(format!(
                "{}: no such file or directory",
                display(path)
            )));
        }
    }
    out
}

/// A path as shown in messages and reports: as given, with `/` separators.
pub fn display(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

/// Reads a UTF-8 text file (a byte-order mark is dropped).
pub fn read_text(path: &Path, name: &str) -> Result<String, Diagnostic> {
    let bytes =
        std::fs::read(path).map_err(|e| Diagnostic::error(format!("cannot read {name}: {e}")))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(bytes);
        let line = text[..offset.min(text.len())].matches('\n').count() + 1;
        Diagnostic::error(format!(
            "{name} is not UTF-8 text (invalid byte at line {line})"
        ))
        .with_help("save the file as UTF-8")
    })
}
