//! The data files a run reads: the paths given to `--data` made into files and sheets, each
//! file once, and each read by the reader of its kind.

use std::path::{Path, PathBuf};

use super::Options;
use super::catalogue::Catalogue;
use super::csv_file::read_csv_from;
use super::limits;
use super::rows::Rows;
use super::workbook::{first_sheet, read_workbook};
use crate::diag::Diagnostic;
use crate::lang::msg;

/// A data file to read, and the sheet asked for with `book.xlsx#Sheet`.
pub(super) struct Source {
    path: PathBuf,
    sheet: Option<String>,
}

/// The extensions read from a directory given to `--data`.
const DATA_EXTENSIONS: [&str; 2] = ["csv", "xlsx"];

/// The files (and sheets) named by `paths`, each once: a file named twice (`--data inputs/
/// --data inputs/a.csv`) is read where it is first named, as if named once.
pub(super) fn sources(paths: &[PathBuf], errors: &mut Vec<Diagnostic>) -> Vec<Source> {
    let mut out = Vec::new();
    for path in paths {
        match split_sheet(path) {
            Some((path, sheet)) => out.push(Source {
                path,
                sheet: Some(sheet),
            }),
            None => out.extend(
                crate::files::expand_any(std::slice::from_ref(path), &DATA_EXTENSIONS, errors)
                    .into_iter()
                    .map(|path| Source { path, sheet: None }),
            ),
        }
    }
    name_default_sheets(&mut out);
    let mut seen = std::collections::HashSet::new();
    out.retain(|s| {
        crate::files::identity(&s.path).is_none_or(|id| seen.insert((id, s.sheet.clone())))
    });
    out
}

/// Gives the name of the sheet it reads to each workbook named without one, when the same
/// workbook is also named with a sheet (`book.xlsx` and `book.xlsx#Sheet1`): the first
/// visible sheet named by name is then the same source, read once. Only such workbooks are
/// opened here; one that cannot be opened keeps no name, and its reader says why.
fn name_default_sheets(sources: &mut [Source]) {
    let named: std::collections::HashSet<_> = sources
        .iter()
        .filter(|s| s.sheet.is_some())
        .filter_map(|s| crate::files::identity(&s.path))
        .collect();
    for source in sources.iter_mut() {
        if source.sheet.is_none()
            && is_workbook(&source.path)
            && crate::files::identity(&source.path).is_some_and(|id| named.contains(&id))
        {
            source.sheet = first_sheet(&source.path);
        }
    }
}

/// The files that `load` would read for `paths` (a workbook once for all its sheets); paths
/// that name nothing are left out.
pub fn files(paths: &[PathBuf]) -> Vec<PathBuf> {
    sources(paths, &mut Vec::new())
        .into_iter()
        .map(|s| s.path)
        .collect()
}

/// `book.xlsx#Sheet` → (`book.xlsx`, `Sheet`), when no file has the whole name. The name is
/// cut after the first `.xlsx` or `.xlsm` (in any case) that names a file and is followed by
/// `#`, so that the sheet's own name may hold a `#` (`book.xlsx#a#b` is the sheet `a#b`);
/// failing that, at the first `#` after the name of a file (`data.csv#Sheet`, which the
/// reader refuses with a message of its own). The one place a sheet is told from its book.
pub fn split_sheet(path: &Path) -> Option<(PathBuf, String)> {
    if path.exists() {
        return None;
    }
    let text = path.to_str()?;
    let cut = |i: usize| (PathBuf::from(&text[..i]), text[i + 1..].to_string());
    let mut hashes = text.match_indices('#').map(|(i, _)| i);
    let names_file = |i: &usize| Path::new(&text[..*i]).is_file();
    let workbook = |i: &usize| {
        let file = text[..*i].to_ascii_lowercase();
        file.ends_with(".xlsx") || file.ends_with(".xlsm")
    };
    hashes
        .clone()
        .find(|i| workbook(i) && names_file(i))
        .or_else(|| hashes.find(names_file))
        .map(cut)
}

fn is_workbook(path: &Path) -> bool {
    extension(path).is_some_and(|e| e == "xlsx" || e == "xlsm")
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// Reads one source into `rows`: a CSV file as a stream, a workbook's sheet from its bytes.
pub(super) fn read_source(source: &Source, ids: &Catalogue, options: Options, rows: &mut Rows) {
    let name = crate::files::display(&source.path);
    let workbook = is_workbook(&source.path);
    if let Some(ext @ ("xls" | "xlsb" | "ods" | "numbers")) = extension(&source.path).as_deref() {
        rows.error(
            Diagnostic::error(msg!("data-format-unread", file = name, ext = ext))
                .with_help(msg!("data-format-unread-help")),
        );
        return;
    }
    if let (Some(sheet), false) = (&source.sheet, workbook) {
        rows.error(
            Diagnostic::error(msg!("data-sheet-of-csv", file = name, sheet = sheet))
                .with_help(msg!("data-sheet-of-csv-help", file = name, sheet = sheet)),
        );
        return;
    }
    if !workbook {
        // A CSV file is read as a stream, of any size.
        match std::fs::File::open(&source.path) {
            Ok(file) => read_csv_from(&name, file, options.encoding, ids, rows),
            Err(e) => rows.error(Diagnostic::error(msg!(
                "data-cannot-read",
                file = name,
                detail = e
            ))),
        }
        return;
    }
    let bytes = match crate::files::read_limited(&source.path, &name, limits::MAX_FILE_BYTES) {
        Ok(b) => b,
        Err(e) => return rows.error(e),
    };
    read_workbook(&name, &bytes, source.sheet.as_deref(), ids, rows);
}
