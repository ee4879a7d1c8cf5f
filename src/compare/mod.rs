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

mod excerpt;
pub mod junit;
mod node;
pub mod read;
pub mod render;
mod twice;

use std::collections::{BTreeMap, BTreeSet};

use crate::rating::Rating;
use crate::report::json::{FieldReport, GoalReport, IndicatorReport, RubricReport};
pub use node::{Aspect, Change, ChangeKind, Node, NodeLevel, NodePath};

/// The policies of a report, in its order (its `rubrics`): read back from a file by `read`,
/// or built from fresh scores by `check` (`report::json::For::Check`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report<'a> {
    pub rubrics: Vec<RubricReport<'a>>,
}

/// Every node that differs between `old` (the baseline) and `new`, in document order.
pub fn compare(old: &Report, new: &Report) -> Vec<Change> {
    let mut out = Vec::new();
    let old_policies = first_by_id(old.rubrics.iter().map(|r| (r.id.as_ref(), r)));
    let new_ids: BTreeSet<&str> = new.rubrics.iter().map(|r| r.id.as_ref()).collect();
    let mut done = BTreeSet::new();
    for n in &new.rubrics {
        if !done.insert(n.id.as_ref()) {
            continue;
        }
        match old_policies.get(n.id.as_ref()) {
            Some(o) => Pair::new(o, n).walk(&mut out),
            None => whole(n, ChangeKind::Added, &mut out),
        }
    }
    let mut done = BTreeSet::new();
    for o in &old.rubrics {
        if !new_ids.contains(o.id.as_ref()) && done.insert(o.id.as_ref()) {
            whole(o, ChangeKind::Removed, &mut out);
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
    fields: BTreeMap<&'a str, &'a FieldReport<'a>>,
    goals: BTreeMap<&'a str, (&'a str, &'a GoalReport<'a>)>,
    indicators: BTreeMap<&'a str, (&'a str, &'a str, &'a IndicatorReport<'a>)>,
}

impl<'a> Catalogue<'a> {
    fn new(r: &'a RubricReport<'a>) -> Self {
        let fields = first_by_id(r.fields.iter().map(|f| (f.id.as_ref(), f)));
        let goals = first_by_id(r.fields.iter().flat_map(|f| {
            f.goals
                .iter()
                .map(move |g| (g.id.as_ref(), (f.id.as_ref(), g)))
        }));
        let indicators = first_by_id(r.fields.iter().flat_map(|f| {
            f.goals.iter().flat_map(move |g| {
                g.indicators
                    .iter()
                    .map(move |i| (i.id.as_ref(), (f.id.as_ref(), g.id.as_ref(), i)))
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
    old: &'a RubricReport<'a>,
    new: &'a RubricReport<'a>,
    olds: Catalogue<'a>,
    news: Catalogue<'a>,
}

impl<'a> Pair<'a> {
    fn new(old: &'a RubricReport<'a>, new: &'a RubricReport<'a>) -> Self {
        Pair {
            old,
            new,
            olds: Catalogue::new(old),
            news: Catalogue::new(new),
        }
    }

    fn walk(&self, out: &mut Vec<Change>) {
        let p = self.new.id.as_ref();
        out.extend(matched(
            NodePath::policy(p),
            &self.new.title,
            Node::of_policy(self.old),
            Node::of_policy(self.new),
            None,
        ));
        let mut fields_done = BTreeSet::new();
        for nf in &self.new.fields {
            if !fields_done.insert(nf.id.as_ref()) {
                continue;
            }
            let path = NodePath::field(p, &nf.id);
            match self.olds.fields.get(nf.id.as_ref()) {
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
            if let Some(of) = self.olds.fields.get(nf.id.as_ref()) {
                for og in &of.goals {
                    self.removed_goal(of, og, out);
                }
            }
        }
        for of in &self.old.fields {
            if !self.news.fields.contains_key(of.id.as_ref()) {
                let path = NodePath::field(&self.old.id, &of.id);
                out.push(one_sided(path, &of.title, Node::rated(of.rating), true));
                for og in &of.goals {
                    self.removed_goal(of, og, out);
                }
            }
        }
    }

    fn goal(&self, nf: &FieldReport, ng: &GoalReport, out: &mut Vec<Change>) {
        let p = self.new.id.as_ref();
        let path = NodePath::goal(p, &nf.id, &ng.id);
        let old = self.olds.goals.get(ng.id.as_ref());
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
            match self.olds.indicators.get(ni.id.as_ref()) {
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
        if self.news.goals.contains_key(og.id.as_ref()) {
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
        if self.news.indicators.contains_key(oi.id.as_ref()) {
            return;
        }
        let path = NodePath::indicator(&self.old.id, of_id, &og.id, &oi.id);
        out.push(one_sided(path, &oi.name, Node::of_indicator(oi), true));
    }
}

/// A policy that is only in one of the reports, with everything in it.
fn whole(r: &RubricReport, status: ChangeKind, out: &mut Vec<Change>) {
    let removed = status == ChangeKind::Removed;
    let p = r.id.as_ref();
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
        (
            ChangeKind::Removed,
            node.rating.is_grade(),
            Some(node),
            None,
        )
    } else {
        (ChangeKind::Added, false, None, Some(node))
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
    if old.meets_target != new.meets_target {
        changed.push(Aspect::Benchmark);
    }
    if moved_from.is_some() {
        changed.push(Aspect::Moved);
    }
    if changed.is_empty() {
        return None;
    }
    // `Rating`'s order is the table of SPEC §3, best first: greater is worse.
    let status = match new.rating.cmp(&old.rating) {
        std::cmp::Ordering::Greater => ChangeKind::Worse,
        std::cmp::Ordering::Less => ChangeKind::Better,
        std::cmp::Ordering::Equal => ChangeKind::Changed,
    };
    Some(Change {
        level: path.level(),
        path,
        name: name.to_string(),
        status,
        regression: status == ChangeKind::Worse,
        changed,
        moved_from,
        old: Some(old),
        new: Some(new),
    })
}

/// Policies of `report` rated worse than `floor` (`--fail-under`), in report order. Only
/// policies with data are judged (SPEC §4): see `skipped`.
pub fn under<'r, 'a>(report: &'r Report<'a>, floor: Rating) -> Vec<&'r RubricReport<'a>> {
    report
        .rubrics
        .iter()
        .filter(|r| r.as_of.is_some() && r.rating > floor)
        .collect()
}

/// Policies of `report` that `--fail-under` skips: those with no data yet (`as_of` null),
/// such as a next cycle's rubric scored beside the current one.
pub fn skipped<'r, 'a>(report: &'r Report<'a>) -> Vec<&'r RubricReport<'a>> {
    report
        .rubrics
        .iter()
        .filter(|r| r.as_of.is_none())
        .collect()
}

#[cfg(test)]
mod tests;
