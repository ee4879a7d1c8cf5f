//! How a table lays out its values (SPEC §2), told from its header row alone: one row per
//! indicator and year (`indicator,year,value`), or one row per indicator with a column per
//! year (`指標,令和3年度,令和4年度`), as the tables of an evaluation book are.

use std::borrow::Cow;
use std::sync::Arc;

use super::header::{self, Columns};
use super::index::{Found, Index};
use super::record::{self, Row};
use super::rows::Rows;
use crate::diag::{Diagnostic, Location};
use crate::lang::msg;
use crate::values::text::{fold_width, shorten};
use crate::values::year;

/// Where a table's values are.
#[derive(Debug, Clone)]
pub(super) enum Layout {
    /// One row per indicator and year, in the columns of SPEC §2.
    Long(Columns),
    /// One row per indicator, a column per year.
    Wide(Wide),
}

/// The columns of a table with one column per year.
#[derive(Debug, Clone)]
pub(super) struct Wide {
    pub(super) indicator: usize,
    pub(super) note: Option<usize>,
    /// The columns of years, left to right: (0-based column, the year as the header writes it).
    pub(super) years: Vec<(usize, Box<str>)>,
}

/// A column of years in a header row: where it is, its text, and its years.
struct YearColumn<'a> {
    column: usize,
    text: &'a str,
    first: i32,
    last: i32,
}

impl Layout {
    /// The layout of the table whose header row, at `line` of `file`, holds `header`'s
    /// (0-based column, text) cells: with one column per year when any of its cells reads
    /// as a year (or a span of years) in a form of SPEC §2. `which` says how the row is
    /// counted (`line` in a CSV file, `row` in a sheet), for the message when a column is
    /// missing.
    pub(super) fn from_header(
        file: &str,
        line: usize,
        header: &[(usize, Cow<'_, str>)],
        which: &'static str,
    ) -> Result<Layout, Vec<Diagnostic>> {
        let years: Vec<YearColumn> = header
            .iter()
            .filter_map(|(column, text)| {
                let written = year::written(text).ok()?;
                Some(YearColumn {
                    column: *column,
                    text,
                    first: written.first.unwrap_or(written.last),
                    last: written.last,
                })
            })
            .collect();
        if years.is_empty() {
            return Columns::from_header(file, line, header, which).map(Layout::Long);
        }
        let mut errors = Vec::new();
        let named = header::named(file, line, header, &mut errors);
        for (name, column) in header::NAMES.iter().zip(named) {
            if let Some(column) = column
                && !matches!(name.0, "indicator" | "note")
            {
                errors.push(mixed(file, line, column, name.0, &years[0]));
            }
        }
        for (column, text) in header {
            let read = years.iter().any(|y| y.column == *column) || named.contains(&Some(*column));
            if let Some(year) = year_inside(text).filter(|_| !read) {
                errors.push(year_in_header(file, line, *column, text, year));
            }
        }
        for (i, later) in years.iter().enumerate() {
            if let Some(before) = years[..i]
                .iter()
                .find(|b| b.first <= later.last && later.first <= b.last)
            {
                errors.push(twice(file, line, before, later));
            }
        }
        match named[0] {
            Some(indicator) if errors.is_empty() => Ok(Layout::Wide(Wide {
                indicator,
                note: named[3],
                years: years
                    .iter()
                    .map(|y| (y.column, Box::from(y.text.trim())))
                    .collect(),
            })),
            _ => Err(errors),
        }
    }

    /// Reads one row of the table into `rows`, as `record::read_row` does.
    pub(super) fn read_row(
        &self,
        file: &Arc<str>,
        row: &impl Row,
        index: &Index,
        find: impl FnOnce(&str) -> Option<Found>,
        rows: &mut Rows,
    ) {
        match self {
            Layout::Long(columns) => record::read_row(file, row, columns, index, find, rows),
            Layout::Wide(wide) => record::read_wide_row(file, row, wide, index, find, rows),
        }
    }

    /// The value's column and the name of the column right after it, when that column is
    /// read too: a number `1,523` written without quotes reads as the two (`thousands`).
    pub(super) fn after_value(&self) -> Option<(usize, &'static str)> {
        match self {
            Layout::Long(c) => {
                let next = [
                    (c.note, "note"),
                    (c.status, "status"),
                    (c.numerator, "numerator"),
                    (c.denominator, "denominator"),
                ]
                .into_iter()
                .find(|(column, _)| *column == Some(c.value + 1))?;
                Some((c.value, next.1))
            }
            // Between two years, `1` and `523` are two values as well as one cut in two.
            Layout::Wide(w) => {
                let note = w.note?;
                let value = note.checked_sub(1)?;
                w.years
                    .iter()
                    .any(|(c, _)| *c == value)
                    .then_some((value, "note"))
            }
        }
    }

    /// The indicator's column.
    pub(super) fn indicator(&self) -> usize {
        match self {
            Layout::Long(c) => c.indicator,
            Layout::Wide(w) => w.indicator,
        }
    }

    /// The note's column.
    pub(super) fn note(&self) -> Option<usize> {
        match self {
            Layout::Long(c) => c.note,
            Layout::Wide(w) => w.note,
        }
    }

    /// The columns of values: the value column, or the columns of years.
    pub(super) fn values(&self) -> Vec<usize> {
        match self {
            Layout::Long(c) => vec![c.value],
            Layout::Wide(w) => w.years.iter().map(|(c, _)| *c).collect(),
        }
    }

    /// Whether the reader reads the cells of a column.
    pub(super) fn reads(&self, column: usize) -> bool {
        match self {
            Layout::Long(c) => c.used().any(|u| u == column),
            Layout::Wide(w) => w.used().any(|u| u == column),
        }
    }
}

impl Wide {
    /// The columns read: the indicator's, the note's and the years'.
    pub(super) fn used(&self) -> impl Iterator<Item = usize> + Clone + '_ {
        [Some(self.indicator), self.note]
            .into_iter()
            .flatten()
            .chain(self.years.iter().map(|(c, _)| *c))
    }
}

/// The error for a header row with columns of years and a column of the other layout
/// (`year`, `value`, `status`, `numerator`, `denominator`) at `column`.
fn mixed(file: &str, line: usize, column: usize, name: &str, year: &YearColumn) -> Diagnostic {
    let help = match name {
        "status" => msg!("data-wide-status-column-help"),
        "numerator" | "denominator" => msg!("data-wide-ratio-columns-help"),
        _ => msg!("data-wide-long-column-help"),
    };
    Diagnostic::error(msg!(
        "data-wide-mixed",
        file = file,
        column = name,
        years = shorten(year.text.trim(), 40)
    ))
    .at(at(file, line, column))
    .with_help(help)
}

/// The error for a column of years whose years are those of a column before it.
fn twice(file: &str, line: usize, before: &YearColumn, later: &YearColumn) -> Diagnostic {
    let shown = |y: &YearColumn| shorten(y.text.trim(), 40);
    let message = if (before.first, before.last) == (later.first, later.last)
        && before.first == before.last
    {
        msg!(
            "data-wide-year-twice",
            file = file,
            year = later.last,
            first = shown(before),
            second = shown(later)
        )
    } else {
        msg!(
            "data-wide-years-twice",
            file = file,
            first = shown(before),
            second = shown(later)
        )
    };
    Diagnostic::error(message)
        .at(at(file, line, later.column))
        .with_help(msg!(
            "data-wide-years-twice-help",
            column = before.column + 1
        ))
}

/// The year a header cell that is not a year names beside other text (`令和5年度` in
/// `令和5年度（速報）`, `FY2023` in `FY2023 est.`): such a column would be skipped, and the
/// year's figures with it. `None` for a cell without a year, and for the columns of targets,
/// baselines, names and units the docs list as skipped (`目標値（令和7年度）`).
fn year_inside(cell: &str) -> Option<&str> {
    let cell = cell.trim();
    // Where the characters start, and the end: a year form starts and ends at two of them.
    let bounds: Vec<usize> = cell.char_indices().map(|(i, _)| i).collect();
    if bounds.len() > MAX_HEADER_CHARS {
        return None;
    }
    let ends = || bounds.iter().skip(1).copied().chain([cell.len()]);
    // Letters or digits before or after it make it part of a word or a longer number.
    let alone = |start: usize, end: usize| {
        !cell[..start].chars().next_back().is_some_and(alnum)
            && !cell[end..].chars().next().is_some_and(alnum)
    };
    let year = bounds.iter().find_map(|&start| {
        ends().filter(|&end| end > start).rev().find_map(|end| {
            let form = &cell[start..end];
            (alone(start, end) && year::written(form).is_ok()).then_some(form.trim())
        })
    })?;
    let rest = fold_width(&cell.replacen(year, " ", 1)).to_lowercase();
    let skipped = [
        "目標",
        "基準",
        "指標名",
        "単位",
        "target",
        "baseline",
        "name",
        "unit",
    ];
    (!skipped.iter().any(|w| rest.contains(w))).then_some(year)
}

/// The longest header cell searched for a year inside it: a header cell is a short name.
const MAX_HEADER_CHARS: usize = 60;

/// Whether a character is a letter or digit of the Latin alphabet, in either width: a year
/// form such as `R5` or `2023` inside a word or a longer number is no year.
fn alnum(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || ('０'..='９').contains(&c)
        || ('Ａ'..='Ｚ').contains(&c)
        || ('ａ'..='ｚ').contains(&c)
}

/// The error for a header cell at `column` that is not a year but names `year` beside other
/// text: its column, and the figures of that year, would be skipped.
fn year_in_header(file: &str, line: usize, column: usize, text: &str, year: &str) -> Diagnostic {
    Diagnostic::error(msg!(
        "data-wide-year-in-header",
        file = file,
        header = shorten(text.trim(), 40),
        year = year
    ))
    .at(at(file, line, column))
    .with_help(msg!("data-wide-year-in-header-help", year = year))
}

fn at(file: &str, line: usize, column: usize) -> Location {
    Location {
        file: file.into(),
        line,
        column: column + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(header: &str) -> Result<Layout, Vec<Diagnostic>> {
        let cells: Vec<(usize, Cow<str>)> = header
            .split(',')
            .enumerate()
            .map(|(i, t)| (i, Cow::Borrowed(t)))
            .collect();
        Layout::from_header("f.csv", 1, &cells, "line")
    }

    #[test]
    fn the_layout_is_told_from_the_header_alone() {
        assert!(matches!(
            layout("indicator,year,value,note"),
            Ok(Layout::Long(_))
        ));
        let Ok(Layout::Wide(wide)) =
            layout("指標名,指標,令和３年度,R4,2023,令和6～7年度,単位,備考")
        else {
            panic!("not read as a table with a column per year");
        };
        assert_eq!((wide.indicator, wide.note), (1, Some(7)));
        let years: Vec<(usize, &str)> = wide.years.iter().map(|(c, y)| (*c, &**y)).collect();
        assert_eq!(
            years,
            [
                (2, "令和３年度"),
                (3, "R4"),
                (4, "2023"),
                (5, "令和6～7年度")
            ]
        );
        assert_eq!(wide.used().collect::<Vec<_>>(), [1, 7, 2, 3, 4, 5]);
        // The long layout's columns beside years, and a year twice, are errors at the column.
        let columns = |header| {
            layout(header)
                .unwrap_err()
                .iter()
                .map(|e| e.location.as_ref().unwrap().column)
                .collect::<Vec<_>>()
        };
        assert_eq!(columns("指標,令和3年度,値,status"), [3, 4]);
        assert_eq!(columns("指標,2021..2023,2024,令和4年度"), [4]);
        // A header that names a year beside other words would skip that year's figures.
        assert_eq!(
            columns("指標,令和4年度,令和5年度（速報）,2024年度(見込み),FY2025 est.,R8速報"),
            [3, 4, 5, 6]
        );
    }

    #[test]
    fn a_year_inside_a_header_cell_is_found_unless_it_is_a_skipped_column() {
        assert_eq!(year_inside("令和5年度（速報）"), Some("令和5年度"));
        assert_eq!(year_inside("2023年度(見込み)"), Some("2023年度"));
        assert_eq!(year_inside("FY2023 est."), Some("FY2023"));
        assert_eq!(year_inside("R5速報"), Some("R5"));
        assert_eq!(year_inside("速報 ２０２３"), Some("２０２３"));
        assert_eq!(year_inside("（令和5年度）"), Some("令和5年度"));
        // The columns the docs list as skipped, with or without a year, and cells without one.
        for cell in [
            "目標値（令和7年度）",
            "基準値(2020年度)",
            "FY2025 target",
            "指標名",
            "単位",
            "目標値",
            "備考",
            "出典",
            // Letters and digits around a year form make another word, or another number.
            "PR5",
            "R5A",
            "120231",
            "第3四半期",
        ] {
            assert_eq!(year_inside(cell), None, "{cell}");
        }
    }
}
