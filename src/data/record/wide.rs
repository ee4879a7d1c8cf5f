//! A row of a table with one column per year (`指標,令和3年度,令和4年度`): each cell of a year
//! with something in it is read as the row `indicator,year,value,status,note` of the long
//! layout would be, so that both layouts give the same points, warnings and errors, each
//! at the cell it is about.

use std::sync::Arc;

use super::{Cell, Row, add_point, known};
use crate::data::header::Columns;
use crate::data::index::{Found, Index};
use crate::data::layout::Wide;
use crate::data::model::Status;
use crate::data::rows::Rows;
use crate::diag::Snippet;

/// The columns the row of one year stands in for, beyond those of the table: its year,
/// written in the header, and its status, written in its cell in place of a value.
const YEAR: usize = usize::MAX;
const STATUS: usize = usize::MAX - 1;

/// Reads one row of a table with one column per year into `rows`: a point for each year
/// whose cell is not empty, an unknown id, or the errors at the cells that failed. `find`
/// is as for `read_row`.
pub(in crate::data) fn read_wide_row(
    file: &Arc<str>,
    row: &impl Row,
    wide: &Wide,
    index: &Index,
    find: impl FnOnce(&str) -> Option<Found>,
    rows: &mut Rows,
) {
    let with_data = || wide.years.iter().any(|(c, _)| !row.cell(*c).is_empty());
    let Some(found) = known(
        file,
        row,
        (wide.indicator, wide.used()),
        with_data,
        find,
        rows,
    ) else {
        return;
    };
    for (column, year) in &wide.years {
        if row.cell(*column).is_empty() {
            continue;
        }
        let columns = Columns {
            indicator: wide.indicator,
            year: YEAR,
            value: *column,
            note: wide.note,
            status: Some(STATUS),
            numerator: None,
            denominator: None,
        };
        let one = OneYear {
            row,
            year,
            value: *column,
        };
        add_point(file, &one, &columns, index, found, rows);
    }
}

/// A row of the table read for the year of one column, as the row of that year in the long
/// layout: the year comes from the header, a status word in the cell is the status.
struct OneYear<'a, R> {
    row: &'a R,
    year: &'a str,
    value: usize,
}

impl<R: Row> OneYear<'_, R> {
    /// The status the value's cell names instead of a value, if it does.
    fn status(&self) -> Option<Status> {
        match self.row.cell(self.value) {
            Cell::Text(text) => Status::parse(text).flatten(),
            _ => None,
        }
    }
}

impl<R: Row> Row for OneYear<'_, R> {
    fn line(&self) -> usize {
        self.row.line()
    }

    fn cell(&self, column: usize) -> Cell<'_> {
        match column {
            YEAR => Cell::Text(self.year),
            STATUS => self.status().map_or(Cell::Empty, |s| Cell::Text(s.id())),
            c if c == self.value && self.status().is_some() => Cell::Empty,
            c => self.row.cell(c),
        }
    }

    fn snippet(&self, column: usize) -> Option<Snippet> {
        self.row.snippet(self.shown_column(column))
    }

    fn cell_name(&self, column: usize) -> Option<String> {
        self.row.cell_name(self.shown_column(column))
    }

    /// The year and the status are about the cell of the year.
    fn shown_column(&self, column: usize) -> usize {
        match column {
            YEAR | STATUS => self.value,
            c => c,
        }
    }
}
