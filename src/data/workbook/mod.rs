//! Excel workbooks (`.xlsx`): one sheet read as a data table with the columns of a CSV file.
//!
//! The sheet is the first visible worksheet, or the one named by `book.xlsx#Sheet`. Its first
//! non-empty row is the header. Cells are streamed row by row, keeping only the columns the
//! header names, and the archive is measured before it is opened, so that a hostile workbook
//! cannot take unbounded memory. Messages name `book.xlsx#Sheet`, the sheet's row and column,
//! and the cell as Excel shows it (`cell C5`).

mod sheet;

use std::io::{Cursor, Read};

use calamine::{Reader, SheetType, SheetVisible, Xlsx, XlsxError};

use super::catalogue::Catalogue;
use super::limits::{MAX_WORKBOOK_UNPACKED_BYTES, mib};
use super::rows::Rows;
use crate::diag::{Diagnostic, Location, suggest};
use crate::lang::{Message, msg};

/// Reads one sheet of the workbook `file` (its bytes) into `rows`: the sheet named `sheet`,
/// else the first visible worksheet.
pub fn read_workbook(
    file: &str,
    bytes: &[u8],
    sheet: Option<&str>,
    ids: &Catalogue,
    rows: &mut Rows,
) {
    if let Err(e) = measure(file, bytes) {
        return rows.error(e);
    }
    let read = contained(|| read_book(file, bytes, sheet, ids, rows));
    if read.is_err() {
        rows.error(
            Diagnostic::error(msg!("data-workbook-damaged", file = file))
                .at(at_start(file))
                .with_help(msg!("data-workbook-damaged-help")),
        );
    }
}

/// The name of the sheet `read_workbook` reads in the workbook at `path` when none is named:
/// its first visible worksheet. `None` when it cannot be read (its reader then says why).
pub(in crate::data) fn first_sheet(path: &std::path::Path) -> Option<String> {
    let name = crate::files::display(path);
    let bytes = crate::files::read_limited(path, &name, super::limits::MAX_FILE_BYTES).ok()?;
    measure(&name, &bytes).ok()?;
    let mut first = None;
    contained(|| {
        if let Ok(book) = Xlsx::new(Cursor::new(&bytes[..])) {
            first = choose_sheet(&name, &book, None).ok();
        }
    })
    .ok()?;
    first
}

/// `read_workbook` once the archive is measured: the calamine calls.
fn read_book(file: &str, bytes: &[u8], sheet: Option<&str>, ids: &Catalogue, rows: &mut Rows) {
    let mut book: Xlsx<_> = match Xlsx::new(Cursor::new(bytes)) {
        Ok(b) => b,
        Err(e) => return rows.error(unreadable(file, &e)),
    };
    let sheet = match choose_sheet(file, &book, sheet) {
        Ok(s) => s,
        Err(e) => return rows.error(e),
    };
    let name = format!("{file}#{sheet}");
    if let Err(e) = sheet::read_sheet(&name, &mut book, &sheet, ids, rows) {
        rows.error(
            Diagnostic::error(msg!(
                "data-sheet-unreadable",
                sheet = format!("{sheet:?}"),
                file = file,
                detail = e
            ))
            .at(at_start(&name))
            .with_help(msg!("data-sheet-unreadable-help")),
        );
    }
}

/// Runs `read`, a reading of a workbook by calamine, with a panic in it caught and not
/// printed: calamine 0.38 panics on some damaged workbooks (an arithmetic overflow on a cell
/// reference of too many letters), and polscore never panics on input. What `read` had put
/// into the rows before stays; the caller adds an error, so nothing of it is used.
fn contained(read: impl FnOnce()) -> Result<(), ()> {
    use std::cell::Cell;
    use std::panic;
    thread_local! {
        static QUIET: Cell<bool> = const { Cell::new(false) };
    }
    // The hook is the process's: a panic elsewhere, or on another thread, is printed as
    // before; one inside `read`, on this thread, is not.
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let printed = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !QUIET.with(Cell::get) {
                printed(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let result = panic::catch_unwind(panic::AssertUnwindSafe(read));
    QUIET.with(|q| q.set(was));
    result.map_err(|_| ())
}

fn at_start(file: &str) -> Location {
    Location {
        file: file.into(),
        line: 1,
        column: 1,
    }
}

/// Unpacks every part of the archive without keeping it, to refuse a workbook that would
/// unpack to more than `MAX_WORKBOOK_UNPACKED_BYTES` (a "zip bomb") before the reader holds
/// any of it in memory.
fn measure(file: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
    let at_start = at_start(file);
    if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        return Err(
            Diagnostic::error(msg!("data-workbook-protected", file = file))
                .at(at_start)
                .with_help(msg!("data-workbook-protected-help")),
        );
    }
    let damaged = |what: String, help: Message| {
        Diagnostic::error(msg!("data-workbook-unreadable", file = file, detail = what))
            .at(at_start.clone())
            .with_help(help)
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        let help = if std::str::from_utf8(bytes).is_ok() {
            msg!("data-workbook-text-help")
        } else {
            msg!("data-workbook-not-zip-help")
        };
        damaged(e.to_string(), help)
    })?;
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let mut part = zip
            .by_index(i)
            .map_err(|e| damaged(e.to_string(), msg!("data-workbook-part-help")))?;
        let left = MAX_WORKBOOK_UNPACKED_BYTES - total;
        let read = std::io::copy(&mut (&mut part).take(left + 1), &mut std::io::sink())
            .map_err(|e| damaged(e.to_string(), msg!("data-workbook-save-again-help")))?;
        total += read;
        if total > MAX_WORKBOOK_UNPACKED_BYTES {
            return Err(Diagnostic::error(msg!(
                "data-workbook-too-large",
                file = file,
                size = mib(MAX_WORKBOOK_UNPACKED_BYTES)
            ))
            .at(at_start)
            .with_help(msg!("data-workbook-too-large-help")));
        }
    }
    Ok(())
}

fn unreadable(file: &str, e: &XlsxError) -> Diagnostic {
    let help = match e {
        XlsxError::Password => msg!("data-workbook-password-help"),
        _ => msg!("data-workbook-unreadable-help"),
    };
    Diagnostic::error(msg!("data-workbook-unreadable", file = file, detail = e))
        .at(at_start(file))
        .with_help(help)
}

/// The sheet to read: the one asked for, or the first visible worksheet.
fn choose_sheet<RS: std::io::Read + std::io::Seek>(
    file: &str,
    book: &Xlsx<RS>,
    wanted: Option<&str>,
) -> Result<String, Diagnostic> {
    let sheets = book.sheets_metadata();
    let names: Vec<&str> = sheets.iter().map(|s| s.name.as_str()).collect();
    match wanted {
        Some(w) => {
            if names.contains(&w) {
                return Ok(w.to_string());
            }
            let help = match suggest(w, names.iter().copied()) {
                Some(s) => msg!("data-sheet-suggest", file = file, sheet = s),
                None => msg!("data-sheet-name-help"),
            };
            let message = msg!("data-sheet-missing", file = file, sheet = format!("{w:?}"));
            Err(Diagnostic::error(with_sheets(message, &names)).with_help(help))
        }
        None => sheets
            .iter()
            .find(|s| s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible)
            .map(|s| s.name.clone())
            .ok_or_else(|| {
                Diagnostic::error(msg!("data-no-visible-sheet", file = file))
                    .at(at_start(file))
                    .with_help(with_sheets(
                        msg!("data-no-visible-sheet-help", file = file),
                        &names,
                    ))
            }),
    }
}

/// `message` with the sheet names as listed in messages: the first ten (`sheets`), and how
/// many there are when there are more (`all`, else `none`).
fn with_sheets(message: Message, names: &[&str]) -> Message {
    let shown = names
        .iter()
        .take(10)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    let all = if names.len() > 10 {
        names.len().to_string()
    } else {
        "none".to_string()
    };
    message.arg("sheets", shown).arg("all", all)
}

#[cfg(test)]
mod tests;
