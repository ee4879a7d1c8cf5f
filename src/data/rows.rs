//! The rows read so far, from any number of files: readers feed them in through a few
//! methods (a point, an unknown id, an error), and `finish` makes them a `DataSet` or the
//! errors to show.

use std::sync::Arc;

use super::catalogue::Catalogue;
use super::group::{self, Bucket};
use super::index::{Found, Index};
use super::limits;
use super::model::{DataSet, Point};
use super::unknown::Unknown;
use super::{Loaded, Options};
use crate::diag::{Diagnostic, Location};

/// Rows read so far, from any number of files, and what was wrong with them.
#[derive(Default)]
pub struct Rows {
    /// The rows read, by bucket of their indicator (see `Index::bucket`); a bucket is made
    /// on its first row.
    buckets: Vec<Bucket>,
    /// The catalogue as rows look it up: built on the first row, or once for all the files
    /// of a run, and shared by their accumulators.
    index: Option<Arc<Index>>,
    errors: limits::Errors,
    /// Warnings at cells of rows read (a ratio's value, a year's form).
    warnings: Vec<Diagnostic>,
    unknown: Unknown,
    /// Rows dropped while reading as copies of earlier ones.
    copies: group::Copies,
}

impl Rows {
    /// An accumulator that looks ids up in `index`, shared with others of the same run.
    pub(super) fn sharing(index: Option<Arc<Index>>) -> Rows {
        Rows {
            index,
            ..Rows::default()
        }
    }

    /// The data set, or every error found, sorted by place.
    pub fn finish(
        self,
        ids: &Catalogue,
        options: Options,
        mut errors: Vec<Diagnostic>,
    ) -> Result<Loaded, Vec<Diagnostic>> {
        let mut budget = limits::Errors::default();
        budget.append(&mut errors);
        Rows::finish_all(vec![self], ids, options, budget)
    }

    /// `finish` for the accumulators of several files, without first copying their rows
    /// into one; `errors` are those found besides their rows.
    pub(super) fn finish_all(
        parts: Vec<Rows>,
        ids: &Catalogue,
        options: Options,
        mut errors: limits::Errors,
    ) -> Result<Loaded, Vec<Diagnostic>> {
        let mut unknown = Unknown::default();
        let mut index = None;
        let mut points = Vec::with_capacity(parts.len());
        let mut warnings = Vec::new();
        for mut part in parts {
            if let Some(index) = &part.index {
                let copies = std::mem::take(&mut part.copies);
                copies.finish(index, &mut part.buckets, &mut errors);
            }
            warnings.append(&mut part.warnings);
            unknown.merge(part.unknown);
            errors.merge(part.errors);
            index = index.or(part.index);
            points.push(part.buckets);
        }
        let reported = unknown.report(options.ignore_unknown, &mut errors, &mut warnings);
        let data = match &index {
            Some(index) => group::data_set(index, points, &mut errors),
            None => DataSet::default(),
        };
        if errors.is_empty() {
            warnings.sort();
            limits::few_warnings(&mut warnings);
            Ok(Loaded { data, warnings })
        } else {
            // A wrong file can give an error on every row; the first ones say what is wrong.
            let mut shown = errors.into_shown();
            reported.help(&mut shown, ids);
            Err(shown)
        }
    }

    /// An error found in the rows.
    pub(super) fn error(&mut self, error: Diagnostic) {
        self.errors.push(error);
    }

    /// A warning at a cell of a row.
    pub(super) fn warning(&mut self, warning: Diagnostic) {
        self.warnings.push(warning);
    }

    /// Errors found in the rows.
    pub(super) fn errors(&mut self, errors: &mut Vec<Diagnostic>) {
        self.errors.append(errors);
    }

    /// The errors found so far, taken out (into the budget of a run).
    pub(super) fn take_errors(&mut self) -> limits::Errors {
        std::mem::take(&mut self.errors)
    }

    /// A row of the id `id`, which no rubric defines, at `place`; `with_data` when it has a
    /// year or a value.
    pub(super) fn unknown(&mut self, id: &str, place: Location, with_data: bool) {
        self.unknown.push(id, place, with_data);
    }

    /// A row of the indicator `found` in the catalogue.
    pub(super) fn point(&mut self, index: &Index, found: Found, year: i32, point: Point) {
        let position = found.position;
        let k = index.bucket(position as usize);
        if self.buckets.len() <= k {
            self.buckets.resize_with(k + 1, Bucket::default);
        }
        self.buckets[k].push(position, year, point, &mut self.copies);
    }

    /// The catalogue as rows look it up, built on the first call.
    pub(super) fn index(&mut self, ids: &Catalogue) -> Arc<Index> {
        // One accumulator serves one catalogue, the one of this run.
        self.index
            .get_or_insert_with(|| Arc::new(Index::new(ids)))
            .clone()
    }

    /// The points read so far, in no order.
    #[cfg(test)]
    pub(super) fn read_points(&self) -> impl Iterator<Item = &Point> {
        self.buckets.iter().flat_map(|b| b.points.iter().flatten())
    }

    /// The errors found so far.
    #[cfg(test)]
    pub(super) fn found_errors(&self) -> &limits::Errors {
        &self.errors
    }
}
