//! What the data holds: each indicator's points by year (`DataSet`), a point's value and
//! status, and where its row is.

use std::ops::Range;
use std::sync::Arc;

use super::index::Index;
use crate::diag::Location;
use crate::lang::{Message, msg};
use crate::values::text::{fold_width, quoted};

/// A value of a data row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    Number(f64),
    Milestone(MilestoneStatus),
}

/// A milestone's status (SPEC §2).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneStatus {
    Achieved,
    InProgress,
    NotStarted,
}

impl MilestoneStatus {
    pub fn id(self) -> &'static str {
        match self {
            MilestoneStatus::Achieved => "achieved",
            MilestoneStatus::InProgress => "in_progress",
            MilestoneStatus::NotStarted => "not_started",
        }
    }

    /// A milestone's status as evaluators write it: its id, or `達成`, `実施中`, `未着手` and
    /// their aliases.
    pub fn parse(cell: &str) -> Result<MilestoneStatus, Message> {
        // The ids themselves, as a program writes them, need no folded, lower-cased copy.
        match cell.trim() {
            "achieved" => return Ok(MilestoneStatus::Achieved),
            "in_progress" => return Ok(MilestoneStatus::InProgress),
            "not_started" => return Ok(MilestoneStatus::NotStarted),
            _ => {}
        }
        let folded = fold_width(cell.trim());
        let s = folded.trim().to_ascii_lowercase();
        match s.as_str() {
            "achieved" | "達成" | "済" | "done" | "yes" | "true" => {
                Ok(MilestoneStatus::Achieved)
            }
            "in_progress" | "実施中" | "進行中" | "partial" => {
                Ok(MilestoneStatus::InProgress)
            }
            "not_started" | "未着手" | "未達成" | "no" | "false" => {
                Ok(MilestoneStatus::NotStarted)
            }
            _ => Err(msg!("data-milestone-unreadable", cell = quoted(cell))),
        }
    }
}

/// The optional `status` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Not yet published (公表予定); no value.
    Pending,
    /// Not held that year (e.g. cancelled); no value.
    NotConducted,
    /// Does not apply; no value.
    Na,
    /// A preliminary figure (速報値): scored, and marked in reports.
    Provisional,
}

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::NotConducted => "not_conducted",
            Status::Na => "na",
            Status::Provisional => "provisional",
        }
    }

    /// The status a cell names: `Some(None)` for an empty cell, `None` for an unknown one.
    pub(super) fn parse(cell: &str) -> Option<Option<Status>> {
        // Most rows have no status: no lower-cased copy for them.
        if cell.trim().is_empty() {
            return Some(None);
        }
        Some(Some(match cell.trim().to_ascii_lowercase().as_str() {
            "pending" | "公表予定" => Status::Pending,
            "not_conducted" | "未実施" | "中止" => Status::NotConducted,
            "na" | "n/a" | "該当なし" => Status::Na,
            "provisional" | "速報値" | "速報" => Status::Provisional,
            _ => return None,
        }))
    }
}

/// One indicator-year of the data.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// `None`: no data that year (never zero).
    pub value: Option<Value>,
    pub status: Option<Status>,
    /// What a ratio or span row, or a row with a note, adds (SPEC §2); boxed, as most rows
    /// have none of them, and a million points each carrying room for them would take tens
    /// of megabytes.
    pub extras: Option<Box<Extras>>,
    /// Where the row is, for messages.
    pub place: Place,
}

/// What a row adds to its value: a ratio's counts, a span of years, a note.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Extras {
    /// For a ratio row: the numerator and denominator its value is computed from.
    pub ratio: Option<Ratio>,
    /// For a span row (`2021..2023`): its first and last year. The point is kept at its last
    /// year, and its value is the total over the span.
    pub span: Option<(i32, i32)>,
    /// The row's note (`備考`).
    pub note: Option<Box<str>>,
}

impl Extras {
    /// What a row with `ratio`, `span` and `note` adds, or none when it has none of them.
    pub fn of(
        ratio: Option<Ratio>,
        span: Option<(i32, i32)>,
        note: Option<String>,
    ) -> Option<Box<Extras>> {
        let note = note.map(String::into_boxed_str);
        (ratio.is_some() || span.is_some() || note.is_some())
            .then(|| Box::new(Extras { ratio, span, note }))
    }
}

/// What a ratio row gives: its value is `numerator / denominator × scale`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ratio {
    pub numerator: f64,
    pub denominator: f64,
    /// The `value` the row writes as well (`50.5`), kept for display only: the point's value
    /// is the one computed.
    pub written: Option<f64>,
}

impl Point {
    /// The numerator and denominator of a ratio row.
    pub fn ratio(&self) -> Option<Ratio> {
        self.extras.as_ref().and_then(|f| f.ratio)
    }

    /// The first and last year of a span row.
    pub fn span(&self) -> Option<(i32, i32)> {
        self.extras.as_ref().and_then(|f| f.span)
    }

    /// The row's note.
    pub fn note(&self) -> Option<&str> {
        self.extras.as_ref().and_then(|f| f.note.as_deref())
    }

    pub fn provisional(&self) -> bool {
        self.status == Some(Status::Provisional)
    }
}

/// Where a data row is: its file and line (for a workbook, `book.xlsx#Sheet` and the sheet
/// row). The file name is shared by every row of the file, so a million rows do not make a
/// million copies of it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    pub file: Arc<str>,
    pub line: usize,
}

impl Place {
    pub fn location(&self) -> Location {
        Location {
            file: self.file.to_string(),
            line: self.line,
            column: 1,
        }
    }
}

/// Every point of every indicator, by id and year.
#[derive(Clone, Default)]
pub struct DataSet {
    /// The catalogue the indicators are found in; `None` when no file was read.
    pub(super) index: Option<Arc<Index>>,
    /// The points of each bucket of indicators (see `Index::bucket`): each indicator's
    /// points in order of year, the indicators one after another. A few dozen allocations,
    /// where a map per indicator would make a hundred thousand. One per bucket, because the
    /// buckets are grouped in parallel: copying a million points into one vector afterwards
    /// measured 30 ms on one thread, against 40 ms for grouping them on two.
    pub(super) points: Vec<Vec<(i32, Point)>>,
    /// Where each indicator's points are in its bucket's vector, by position in the
    /// catalogue; empty when the data has none.
    pub(super) ranges: Vec<Range<usize>>,
    pub(super) len: usize,
}

impl DataSet {
    /// The points of one indicator in order of year, one per year; `None` when the data
    /// has none.
    pub fn series(&self, id: &str) -> Option<&[(i32, Point)]> {
        let index = self.index.as_ref()?;
        self.at(index, index.find(id)?.position as usize)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The points of the indicator at `position` in the catalogue.
    fn at(&self, index: &Index, position: usize) -> Option<&[(i32, Point)]> {
        let range = self.ranges[position].clone();
        (!range.is_empty()).then(|| &self.points[index.bucket(position)][range])
    }

    /// Every indicator with points, and its points, in order of id.
    fn indicators(&self) -> impl Iterator<Item = (&str, &[(i32, Point)])> {
        self.index.iter().flat_map(move |index| {
            (0..index.len()).filter_map(move |p| Some((index.name(p), self.at(index, p)?)))
        })
    }
}

/// Two data sets are equal when they have the same points for the same ids, however their
/// points are laid out.
impl PartialEq for DataSet {
    fn eq(&self, other: &DataSet) -> bool {
        self.len == other.len
            && self.indicators().count() == other.indicators().count()
            && self
                .indicators()
                .all(|(id, points)| other.series(id) == Some(points))
    }
}

impl std::fmt::Debug for DataSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.indicators()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn milestone_statuses_and_their_aliases() {
        let parse = MilestoneStatus::parse;
        assert_eq!(parse("達成"), Ok(MilestoneStatus::Achieved));
        assert_eq!(parse("Done"), Ok(MilestoneStatus::Achieved));
        assert_eq!(parse("進行中"), Ok(MilestoneStatus::InProgress));
        assert_eq!(parse("未達成"), Ok(MilestoneStatus::NotStarted));
        assert!(parse("maybe").is_err());
    }
}
