//! Data files (SPEC §2): yearly values of indicators, read from CSV files and Excel
//! workbooks into one `DataSet`, against the ids of a `Catalogue`.
//!
//! `model` is what the data holds; `catalogue`, the ids the data may use (filled by whoever
//! loads the rubrics); `sources` names the files to read, `csv_file` (over `stream`) and
//! `workbook` read them, `header` finds their columns and `layout` how they lay out the
//! values (a row per year, or a column per year as the book's tables), `record` turns a row
//! of either into points, `limits` bounds what is read. Readers feed `Rows`, which looks ids
//! up in `index`, keeps those no rubric defines in `unknown`, and `group`s the rest into the
//! `DataSet`.
//! Years and numbers are read by `values::year` and `values::number`.
//!
//! A row feeds every loaded rubric that defines its indicator id. The result never depends
//! on the order of rows or files: points are keyed by id and year, and every diagnostic is
//! sorted by place before it is returned.

mod catalogue;
mod csv_file;
pub mod encoding;
mod group;
mod header;
mod index;
mod layout;
pub mod limits;
mod model;
mod record;
mod rows;
mod sources;
mod stream;
mod thousands;
mod unknown;
mod workbook;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::diag::Diagnostic;
pub use catalogue::{Catalogue, IdInfo};
pub use csv_file::{read_csv, read_csv_bytes, read_csv_from};
pub use encoding::Encoding;
pub use model::{DataSet, Extras, MilestoneStatus, Place, Point, Ratio, Status, Value};
pub use rows::Rows;
pub use sources::{files, split_sheet};
pub use workbook::read_workbook;

#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Rows whose id no rubric defines are warned about and skipped, not errors.
    pub ignore_unknown: bool,
    /// The encoding of CSV files (`--encoding`); `None` detects UTF-8 or Shift_JIS.
    pub encoding: Option<Encoding>,
}

#[derive(Debug)]
pub struct Loaded {
    pub data: DataSet,
    pub warnings: Vec<Diagnostic>,
}

/// Reads every data file named by `paths`: CSV files, `.xlsx` workbooks (`book.xlsx#Sheet`
/// for a sheet other than the first), or directories of both.
pub fn load(
    paths: &[PathBuf],
    ids: &Catalogue,
    options: Options,
) -> Result<Loaded, Vec<Diagnostic>> {
    use rayon::prelude::*;
    let mut errors = Vec::new();
    let sources = sources::sources(paths, &mut errors);
    let index = (!sources.is_empty()).then(|| Arc::new(index::Index::new(ids)));
    // The errors of every file, in one budget: each file's are taken in as it is done.
    let budget = Mutex::new(limits::Errors::default());
    // Files are read in parallel, each into its own accumulator; `finish_all` sorts, so the
    // result does not depend on which thread read what, or when.
    let parts: Vec<Rows> = sources
        .par_iter()
        .map(|source| {
            let mut part = Rows::sharing(index.clone());
            sources::read_source(source, ids, options, &mut part);
            lock(&budget).merge(part.take_errors());
            part
        })
        .collect();
    let mut budget = budget.into_inner().unwrap_or_else(|e| e.into_inner());
    budget.append(&mut errors);
    Rows::finish_all(parts, ids, options, budget)
}

/// The errors of a budget shared by threads. A thread that panicked holding it left it
/// whole (`Errors` has no state between its calls that a panic could break).
fn lock(budget: &Mutex<limits::Errors>) -> std::sync::MutexGuard<'_, limits::Errors> {
    budget.lock().unwrap_or_else(|e| e.into_inner())
}

#[cfg(test)]
mod tests;
