//! What a reader chose to see in the reports for people (the table and Markdown): some
//! fields only, down to some depth, or only what needs attention. The machine formats (JSON,
//! CSV) are always whole. A node left out is only not shown: every rating and coverage
//! figure stays that of the whole rubric.

use crate::rating::Rating;
use crate::report::json::{FieldReport, GoalReport, IndicatorReport};

/// How far down the tree of a policy a report goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, clap::ValueEnum)]
pub enum Depth {
    /// The policy's rating only.
    Policy,
    /// The policy and the summary of its fields.
    Field,
    /// Down to the goals.
    Goal,
    /// Everything, down to each indicator's value and target.
    #[default]
    Indicator,
}

/// The reader's choice: which fields, how deep, whether only what needs attention.
#[derive(Debug, Clone, Default)]
pub struct View {
    /// Field ids to show; every field when empty.
    pub fields: Vec<String>,
    pub depth: Depth,
    /// Only nodes rated below `met`, stale, without data, or a reference indicator whose
    /// benchmark is not met, with the nodes above them.
    pub attention: bool,
}

/// Ratings that need an evaluator's attention: below `met`, or no data.
pub fn needs_attention(r: Rating) -> bool {
    matches!(
        r,
        Rating::Progressing | Rating::Limited | Rating::NotProgressing | Rating::NoData
    )
}

impl View {
    /// Whether the field is shown: chosen by `--field`, and needing attention when only
    /// that is asked for.
    pub fn field(&self, f: &FieldReport) -> bool {
        (self.fields.is_empty() || self.fields.iter().any(|id| *id == f.id))
            && (!self.attention
                || needs_attention(f.rating)
                || f.goals.iter().any(|g| self.goal(g)))
    }

    pub fn goal(&self, g: &GoalReport) -> bool {
        !self.attention
            || needs_attention(g.rating)
            || g.indicators.iter().any(|i| self.indicator(i))
    }

    /// A reference indicator whose latest value misses its benchmark needs attention too,
    /// though it is never rated (ISTC's 10.37% against 「10％以内」).
    pub fn indicator(&self, i: &IndicatorReport) -> bool {
        !self.attention || needs_attention(i.rating) || i.stale || i.meets_target == Some(false)
    }

    /// Whether the view leaves anything out, so that a report can say so.
    pub fn narrowed(&self) -> bool {
        !self.fields.is_empty() || self.attention
    }
}
