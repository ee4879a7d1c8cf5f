//! What is compared of a node of a report, where the node sits, and how it changed.

use serde::Serialize;

use crate::rating::Rating;
use crate::report::json::{BaselineReport, IndicatorReport, JsonValue, RubricReport};
use crate::rubric::Direction;
use crate::score::{Outlook, Trend};

/// How deep a node sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeLevel {
    Policy,
    Field,
    Goal,
    Indicator,
}

/// Where a node sits: the ids from the policy down to it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct NodePath {
    pub policy: String,
    pub field: Option<String>,
    pub goal: Option<String>,
    pub indicator: Option<String>,
}

impl NodePath {
    pub(super) fn policy(policy: &str) -> Self {
        NodePath {
            policy: policy.to_string(),
            field: None,
            goal: None,
            indicator: None,
        }
    }

    pub(super) fn field(policy: &str, field: &str) -> Self {
        NodePath {
            field: Some(field.to_string()),
            ..NodePath::policy(policy)
        }
    }

    pub(super) fn goal(policy: &str, field: &str, goal: &str) -> Self {
        NodePath {
            goal: Some(goal.to_string()),
            ..NodePath::field(policy, field)
        }
    }

    pub(super) fn indicator(policy: &str, field: &str, goal: &str, indicator: &str) -> Self {
        NodePath {
            indicator: Some(indicator.to_string()),
            ..NodePath::goal(policy, field, goal)
        }
    }

    pub fn level(&self) -> NodeLevel {
        match (&self.field, &self.goal, &self.indicator) {
            (_, _, Some(_)) => NodeLevel::Indicator,
            (_, Some(_), None) => NodeLevel::Goal,
            (Some(_), None, None) => NodeLevel::Field,
            (None, None, None) => NodeLevel::Policy,
        }
    }

    /// The ids from the policy down, as people read them: `policy › field › goal › indicator`.
    pub fn ids(&self) -> Vec<&str> {
        std::iter::once(self.policy.as_str())
            .chain(self.field.as_deref())
            .chain(self.goal.as_deref())
            .chain(self.indicator.as_deref())
            .collect()
    }
}

impl std::fmt::Display for NodePath {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.ids().join(" › "))
    }
}

/// What is compared of a node. Policies carry `as_of`; indicators everything but `as_of`;
/// fields and goals only their rating. Keys are always present (null where they do not
/// apply), as in the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Node {
    pub rating: Rating,
    pub as_of: Option<i32>,
    pub year: Option<i32>,
    pub value: Option<JsonValue>,
    pub unit: Option<String>,
    pub target: Option<crate::report::json::TargetReport>,
    pub target_year: Option<i32>,
    pub baseline: Option<BaselineReport>,
    pub direction: Option<Direction>,
    pub due: Option<i32>,
    pub outlook: Option<Outlook>,
    pub trend: Option<Trend>,
    /// Whether a reference indicator's value meets its benchmark (SPEC §3.2).
    pub meets_target: Option<bool>,
}

impl Node {
    pub(super) fn rated(rating: Rating) -> Self {
        Node {
            rating,
            as_of: None,
            year: None,
            value: None,
            unit: None,
            target: None,
            target_year: None,
            baseline: None,
            direction: None,
            due: None,
            outlook: None,
            trend: None,
            meets_target: None,
        }
    }

    pub(super) fn of_policy(r: &RubricReport) -> Self {
        Node {
            as_of: r.as_of,
            ..Node::rated(r.rating)
        }
    }

    pub(super) fn of_indicator(i: &IndicatorReport) -> Self {
        Node {
            rating: i.rating,
            as_of: None,
            year: i.year,
            value: i.value,
            unit: i.unit.as_deref().map(str::to_string),
            target: i.target,
            target_year: i.target_year,
            baseline: i.baseline,
            direction: i.direction,
            due: i.due,
            outlook: i.outlook,
            trend: i.trend,
            meets_target: i.meets_target,
        }
    }

    pub(super) fn same_target(&self, other: &Node) -> bool {
        self.target == other.target
            && self.target_year == other.target_year
            && self.baseline == other.baseline
            && self.direction == other.direction
            && self.due == other.due
            && self.unit == other.unit
    }
}

/// What kind of change a node went through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// Its rating is worse than in the baseline (always a regression).
    Worse,
    /// Its rating is better.
    Better,
    /// Same rating; something else changed.
    Changed,
    /// Only in the new report.
    Added,
    /// Only in the baseline (a regression when it had a grade).
    Removed,
}

impl ChangeKind {
    pub fn id(self) -> &'static str {
        match self {
            ChangeKind::Worse => "worse",
            ChangeKind::Better => "better",
            ChangeKind::Changed => "changed",
            ChangeKind::Added => "added",
            ChangeKind::Removed => "removed",
        }
    }
}

/// One aspect of a matched node that differs between the reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Aspect {
    Rating,
    AsOf,
    /// The rated value or the year it is rated at.
    Value,
    /// Target, target year, baseline, direction, due year or unit.
    Target,
    Outlook,
    Trend,
    /// Whether a reference indicator meets its benchmark: not a rating, so never a
    /// regression, but a benchmark that stops being met is worth a line.
    Benchmark,
    /// The node sits under another parent.
    Moved,
}

/// A node that differs between the baseline (`old`) and the new report (`new`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub level: NodeLevel,
    /// Where the node is in the new report (in the baseline, for a removed node).
    pub path: NodePath,
    /// Its title, goal text or indicator name (from the new report when it is there).
    pub name: String,
    pub status: ChangeKind,
    pub regression: bool,
    /// What differs; empty for added and removed nodes.
    pub changed: Vec<Aspect>,
    /// Where a moved node was in the baseline.
    pub moved_from: Option<NodePath>,
    pub old: Option<Node>,
    pub new: Option<Node>,
}

impl Change {
    /// The node's rating in the new report, else in the baseline.
    pub fn rating(&self) -> Option<Rating> {
        self.new.as_ref().or(self.old.as_ref()).map(|n| n.rating)
    }
}
