//! Comparing two JSON reports: what changed between a baseline and a new report, node by
//! node, and which changes are regressions (SPEC §4). `check` and `diff` both use it; this
//! module is pure (two `Report`s in, a list of `Change`s out), `render` and `junit` print the
//! list, `read` reads a report file back.
//!
//! The rules, where the SPEC leaves a choice (docs/ci.md explains them to users):
//!
//! - Nodes are matched by id: a policy by its policy id (not by its file), a field, goal or
//!   indicator by its id within the policy (ids are unique in a rubric), wherever it sits. A
//!   goal or indicator that sits under another parent than before is reported as `moved`.
//! - A matched node is a regression when its rating is worse, in the order of the table of
//!   SPEC §3: `exceeded` … `not_progressing`, then `no_data`, then `not_rated`. So a grade that
//!   became `no_data` is a regression (as the SPEC says), and so is a grade or `no_data` that
//!   became `not_rated` (a target indicator turned into a reference one no longer answers for
//!   its target; accepting that is a decision to publish a new baseline, not something CI
//!   should wave through). `not_rated` → `no_data` is an improvement by the same order.
//! - A node of the baseline that is gone from the new report is a regression when it had a
//!   grade (its rating no longer exists, which is no better than `no_data`; otherwise
//!   deleting a failing indicator would make CI pass). Gone `no_data`/`not_rated` nodes and
//!   new nodes are listed and never fail.
//! - Besides the rating, a change of value or rated year, of target (target, year, baseline,
//!   direction, due, unit), of outlook, of trend, and of a policy's `as_of` is listed; none of
//!   these alone is a regression.
//!
//! Changes come out in document order: the new report's order, with each removed node right
//! after the nodes of its old parent, so that a listing reads like the report.

pub mod junit;
pub mod read;
pub mod render;
pub mod view;

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::rating::Rating;
use crate::report::json::{BaselineReport, JsonValue};
use crate::rubric::Direction;
use view::{FieldReport, GoalReport, IndicatorReport, Report, RubricReport};

/// How deep a node sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
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
    fn policy(policy: &str) -> Self {
        NodePath {
            policy: policy.to_string(),
            field: None,
            goal: None,
            indicator: None,
        }
    }

    fn field(policy: &str, field: &str) -> Self {
        NodePath {
            field: Some(field.to_string()),
            ..NodePath::policy(policy)
        }
    }

    fn goal(policy: &str, field: &str, goal: &str) -> Self {
        NodePath {
            goal: Some(goal.to_string()),
            ..NodePath::field(policy, field)
        }
    }

    fn indicator(policy: &str, field: &str, goal: &str, indicator: &str) -> Self {
        NodePath {
            indicator: Some(indicator.to_string()),
            ..NodePath::goal(policy, field, goal)
        }
    }

    pub fn level(&self) -> Level {
        match (&self.field, &self.goal, &self.indicator) {
            (_, _, Some(_)) => Level::Indicator,
            (_, Some(_), None) => Level::Goal,
            (Some(_), None, None) => Level::Field,
            (None, None, None) => Level::Policy,
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
    #[serde(serialize_with = "crate::report::json::opt_num")]
    pub target: Option<f64>,
    pub target_year: Option<i32>,
    pub baseline: Option<BaselineReport>,
    pub direction: Option<Direction>,
    pub due: Option<i32>,
    pub outlook: Option<String>,
    pub trend: Option<String>,
}

impl Node {
    fn rated(rating: Rating) -> Self {
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
        }
    }

    fn of_policy(r: &RubricReport) -> Self {
        Node {
            as_of: r.as_of,
            ..Node::rated(r.rating)
        }
    }

    fn of_indicator(i: &IndicatorReport) -> Self {
        Node {
            rating: i.rating,
            as_of: None,
            year: i.year,
            value: i.value.clone(),
            unit: i.unit.clone(),
            target: i.target,
            target_year: i.target_year,
            baseline: i.baseline,
            direction: i.direction,
            due: i.due,
            outlook: i.outlook.clone(),
            trend: i.trend.clone(),
        }
    }

    fn same_target(&self, other: &Node) -> bool {
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
pub enum Status {
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

impl Status {
    pub fn id(self) -> &'static str {
        match self {
            Status::Worse => "worse",
            Status::Better => "better",
            Status::Changed => "changed",
            Status::Added => "added",
            Status::Removed => "removed",
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
    /// The node sits under another parent.
    Moved,
}

/// A node that differs between the baseline (`old`) and the new report (`new`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub level: Level,
    /// Where the node is in the new report (in the baseline, for a removed node).
    pub path: NodePath,
    /// Its title, goal text or indicator name (from the new report when it is there).
    pub name: String,
    pub status: Status,
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

/// Every node that differs between `old` (the baseline) and `new`, in document order.
pub fn compare(old: &Report, new: &Report) -> Vec<Change> {
    let mut out = Vec::new();
    let old_policies = first_by_id(old.rubrics.iter().map(|r| (r.id.as_str(), r)));
    let new_ids: BTreeSet<&str> = new.rubrics.iter().map(|r| r.id.as_str()).collect();
    let mut done = BTreeSet::new();
    for n in &new.rubrics {
        if !done.insert(n.id.as_str()) {
            continue;
        }
        match old_policies.get(n.id.as_str()) {
            Some(o) => Pair::new(o, n).walk(&mut out),
            None => whole(n, Status::Added, &mut out),
        }
    }
    let mut done = BTreeSet::new();
    for o in &old.rubrics {
        if !new_ids.contains(o.id.as_str()) && done.insert(o.id.as_str()) {
            whole(o, Status::Removed, &mut out);
        }
    }
    out
}

/// A map from id to the first node with that id. Ids are unique in a report written by
/// polscore; a hand-edited one may repeat one, and then the first counts.
fn first_by_id<'a, T>(items: impl Iterator<Item = (&'a str, T)>) -> BTreeMap<&'a str, T> {
    let mut map = BTreeMap::new();
    for (id, item) in items {
        map.entry(id).or_insert(item);
    }
    map
}

/// The fields, goals and indicators of one policy, by id, with the ids of their parents.
struct Catalogue<'a> {
    fields: BTreeMap<&'a str, &'a FieldReport>,
    goals: BTreeMap<&'a str, (&'a str, &'a GoalReport)>,
    indicators: BTreeMap<&'a str, (&'a str, &'a str, &'a IndicatorReport)>,
}

impl<'a> Catalogue<'a> {
    fn new(r: &'a RubricReport) -> Self {
        let fields = first_by_id(r.fields.iter().map(|f| (f.id.as_str(), f)));
        let goals = first_by_id(r.fields.iter().flat_map(|f| {
            f.goals
                .iter()
                .map(move |g| (g.id.as_str(), (f.id.as_str(), g)))
        }));
        let indicators = first_by_id(r.fields.iter().flat_map(|f| {
            f.goals.iter().flat_map(move |g| {
                g.indicators
                    .iter()
                    .map(move |i| (i.id.as_str(), (f.id.as_str(), g.id.as_str(), i)))
            })
        }));
        Catalogue {
            fields,
            goals,
            indicators,
        }
    }
}

/// The same policy in both reports.
struct Pair<'a> {
    old: &'a RubricReport,
    new: &'a RubricReport,
    olds: Catalogue<'a>,
    news: Catalogue<'a>,
}

impl<'a> Pair<'a> {
    fn new(old: &'a RubricReport, new: &'a RubricReport) -> Self {
        Pair {
            old,
            new,
            olds: Catalogue::new(old),
            news: Catalogue::new(new),
        }
    }

    fn walk(&self, out: &mut Vec<Change>) {
        let p = self.new.id.as_str();
        out.extend(matched(
            NodePath::policy(p),
            &self.new.title,
            Node::of_policy(self.old),
            Node::of_policy(self.new),
            None,
        ));
        let mut fields_done = BTreeSet::new();
        for nf in &self.new.fields {
            if !fields_done.insert(nf.id.as_str()) {
                continue;
            }
            let path = NodePath::field(p, &nf.id);
            match self.olds.fields.get(nf.id.as_str()) {
                Some(of) => out.extend(matched(
                    path,
                    &nf.title,
                    Node::rated(of.rating),
                    Node::rated(nf.rating),
                    None,
                )),
                None => out.push(one_sided(path, &nf.title, Node::rated(nf.rating), false)),
            }
            for ng in &nf.goals {
                self.goal(nf, ng, out);
            }
            // Goals of the old field that are nowhere in the new policy.
            if let Some(of) = self.olds.fields.get(nf.id.as_str()) {
                for og in &of.goals {
                    self.removed_goal(of, og, out);
                }
            }
        }
        for of in &self.old.fields {
            if !self.news.fields.contains_key(of.id.as_str()) {
                let path = NodePath::field(&self.old.id, &of.id);
                out.push(one_sided(path, &of.title, Node::rated(of.rating), true));
                for og in &of.goals {
                    self.removed_goal(of, og, out);
                }
            }
        }
    }

    fn goal(&self, nf: &FieldReport, ng: &GoalReport, out: &mut Vec<Change>) {
        let p = self.new.id.as_str();
        let path = NodePath::goal(p, &nf.id, &ng.id);
        let old = self.olds.goals.get(ng.id.as_str());
        match old {
            Some((of_id, og)) => {
                let moved = (*of_id != nf.id).then(|| NodePath::goal(&self.old.id, of_id, &og.id));
                out.extend(matched(
                    path,
                    &ng.text,
                    Node::rated(og.rating),
                    Node::rated(ng.rating),
                    moved,
                ));
            }
            None => out.push(one_sided(path, &ng.text, Node::rated(ng.rating), false)),
        }
        for ni in &ng.indicators {
            let path = NodePath::indicator(p, &nf.id, &ng.id, &ni.id);
            match self.olds.indicators.get(ni.id.as_str()) {
                Some((of_id, og_id, oi)) => {
                    let moved = (*of_id != nf.id || *og_id != ng.id)
                        .then(|| NodePath::indicator(&self.old.id, of_id, og_id, &oi.id));
                    out.extend(matched(
                        path,
                        &ni.name,
                        Node::of_indicator(oi),
                        Node::of_indicator(ni),
                        moved,
                    ));
                }
                None => out.push(one_sided(path, &ni.name, Node::of_indicator(ni), false)),
            }
        }
        // Indicators of the old goal that are nowhere in the new policy.
        if let Some((of_id, og)) = old {
            for oi in &og.indicators {
                self.removed_indicator(of_id, og, oi, out);
            }
        }
    }

    /// A goal of the baseline's field `of`, if it is gone, with its gone indicators.
    fn removed_goal(&self, of: &FieldReport, og: &GoalReport, out: &mut Vec<Change>) {
        if self.news.goals.contains_key(og.id.as_str()) {
            return;
        }
        let path = NodePath::goal(&self.old.id, &of.id, &og.id);
        out.push(one_sided(path, &og.text, Node::rated(og.rating), true));
        for oi in &og.indicators {
            self.removed_indicator(&of.id, og, oi, out);
        }
    }

    fn removed_indicator(
        &self,
        of_id: &str,
        og: &GoalReport,
        oi: &IndicatorReport,
        out: &mut Vec<Change>,
    ) {
        if self.news.indicators.contains_key(oi.id.as_str()) {
            return;
        }
        let path = NodePath::indicator(&self.old.id, of_id, &og.id, &oi.id);
        out.push(one_sided(path, &oi.name, Node::of_indicator(oi), true));
    }
}

/// A policy that is only in one of the reports, with everything in it.
fn whole(r: &RubricReport, status: Status, out: &mut Vec<Change>) {
    let removed = status == Status::Removed;
    let p = r.id.as_str();
    out.push(one_sided(
        NodePath::policy(p),
        &r.title,
        Node::of_policy(r),
        removed,
    ));
    for f in &r.fields {
        out.push(one_sided(
            NodePath::field(p, &f.id),
            &f.title,
            Node::rated(f.rating),
            removed,
        ));
        for g in &f.goals {
            out.push(one_sided(
                NodePath::goal(p, &f.id, &g.id),
                &g.text,
                Node::rated(g.rating),
                removed,
            ));
            for i in &g.indicators {
                out.push(one_sided(
                    NodePath::indicator(p, &f.id, &g.id, &i.id),
                    &i.name,
                    Node::of_indicator(i),
                    removed,
                ));
            }
        }
    }
}

/// A node only in the baseline (`removed`) or only in the new report.
fn one_sided(path: NodePath, name: &str, node: Node, removed: bool) -> Change {
    let (status, regression, old, new) = if removed {
        (Status::Removed, node.rating.is_grade(), Some(node), None)
    } else {
        (Status::Added, false, None, Some(node))
    };
    Change {
        level: path.level(),
        path,
        name: name.to_string(),
        status,
        regression,
        changed: Vec::new(),
        moved_from: None,
        old,
        new,
    }
}

/// A node in both reports, if anything about it differs.
fn matched(
    path: NodePath,
    name: &str,
    old: Node,
    new: Node,
    moved_from: Option<NodePath>,
) -> Option<Change> {
    let mut changed = Vec::new();
    if old.rating != new.rating {
        changed.push(Aspect::Rating);
    }
    if old.as_of != new.as_of {
        changed.push(Aspect::AsOf);
    }
    if old.value != new.value || old.year != new.year {
        changed.push(Aspect::Value);
    }
    if !old.same_target(&new) {
        changed.push(Aspect::Target);
    }
    if old.outlook != new.outlook {
        changed.push(Aspect::Outlook);
    }
    if old.trend != new.trend {
        changed.push(Aspect::Trend);
    }
    if moved_from.is_some() {
        changed.push(Aspect::Moved);
    }
    if changed.is_empty() {
        return None;
    }
    // `Rating`'s order is the table of SPEC §3, best first: greater is worse.
    let status = match new.rating.cmp(&old.rating) {
        std::cmp::Ordering::Greater => Status::Worse,
        std::cmp::Ordering::Less => Status::Better,
        std::cmp::Ordering::Equal => Status::Changed,
    };
    Some(Change {
        level: path.level(),
        path,
        name: name.to_string(),
        status,
        regression: status == Status::Worse,
        changed,
        moved_from,
        old: Some(old),
        new: Some(new),
    })
}

/// Policies of `report` rated worse than `floor` (`--fail-under`), in report order. Only
/// policies with data are judged (SPEC §4): see `skipped`.
pub fn under(report: &Report, floor: Rating) -> Vec<&RubricReport> {
    report
        .rubrics
        .iter()
        .filter(|r| r.as_of.is_some() && r.rating > floor)
        .collect()
}

/// Policies of `report` that `--fail-under` skips: those with no data yet (`as_of` null),
/// such as a next cycle's rubric scored beside the current one.
pub fn skipped(report: &Report) -> Vec<&RubricReport> {
    report
        .rubrics
        .iter()
        .filter(|r| r.as_of.is_none())
        .collect()
}

#[cfg(test)]
mod tests;
