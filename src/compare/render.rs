//! Changes for people and machines: the listing of `check`, the table and the JSON of
//! `diff`. Ratings, outlooks and trends are shown by their stable ids (the words a CI log
//! and a script share); numbers are rounded for people unless rounding would hide the change.
//! Every text of the reports (ids, units, statuses, file names) is shown with its control
//! characters escaped (`crate::values::escape`), since a report read back may come from anywhere.

use comfy_table::{ColumnConstraint, ContentArrangement, Table, presets};
use serde::Serialize;

use super::{Aspect, Change, Level, Node, NodePath, Status};
use crate::rating::Rating;
use crate::report::json::RubricReport;
use crate::report::json::{JsonValue, TargetReport};
use crate::rubric::Direction;
use crate::values::escape::line as text;

const NONE: &str = "—";

/// `old → new`, or the one value when both are the same.
fn arrow(old: &str, new: &str) -> String {
    if old == new {
        new.to_string()
    } else {
        format!("{old} → {new}")
    }
}

/// Both sides of a change shown by `show`; when rounding makes them look the same although
/// they differ, both are shown at full precision.
fn sides(c: &Change, show: fn(&Node, bool) -> String) -> (String, String) {
    let side = |n: Option<&Node>, precise| n.map_or_else(|| NONE.to_string(), |n| show(n, precise));
    let (old, new) = (side(c.old.as_ref(), false), side(c.new.as_ref(), false));
    if old == new {
        (side(c.old.as_ref(), true), side(c.new.as_ref(), true))
    } else {
        (old, new)
    }
}

fn number(x: f64, precise: bool) -> String {
    if precise {
        x.to_string()
    } else {
        crate::values::show::number(x)
    }
}

/// The rated value with its unit and year: `52% (2023)`, `achieved (2022)`, or `—`.
fn value(n: &Node, precise: bool) -> String {
    let unit = text(n.unit.as_deref().unwrap_or(""));
    let v = match &n.value {
        Some(JsonValue::Number(x)) => format!("{}{unit}", number(*x, precise)),
        Some(JsonValue::Status(s)) => s.id().to_string(),
        None => NONE.to_string(),
    };
    match n.year {
        Some(y) => format!("{v} ({y})"),
        None => v,
    }
}

/// The target as stated in the rubric: `≥ 1,000人 by 2025`, `≤ 10%`, `due 2023`, or `—`.
fn target(n: &Node, precise: bool) -> String {
    let mut parts = Vec::new();
    if let Some(t) = n.target {
        let unit = text(n.unit.as_deref().unwrap_or(""));
        parts.push(match t {
            TargetReport::Number(t) => {
                let sign = match n.direction {
                    Some(Direction::AtMost) => "≤",
                    _ => "≥",
                };
                format!("{sign} {}{unit}", number(t, precise))
            }
            TargetReport::Band([low, high]) => {
                format!("{}～{}{unit}", number(low, precise), number(high, precise))
            }
        });
        if let Some(y) = n.target_year {
            parts.push(format!("by {y}"));
        }
    }
    if let Some(d) = n.due {
        parts.push(format!("due {d}"));
    }
    if parts.is_empty() {
        NONE.to_string()
    } else {
        parts.join(" ")
    }
}

/// The baseline of a target: `918 (2020)`, or `—`.
fn baseline(n: &Node, precise: bool) -> String {
    let unit = text(n.unit.as_deref().unwrap_or(""));
    n.baseline.map_or_else(
        || NONE.to_string(),
        |b| format!("{}{unit} ({})", number(b.value, precise), b.year),
    )
}

/// The lines of a changed target: the target, and the baseline when it changed.
fn target_lines(c: &Change) -> Vec<(&'static str, String)> {
    let mut lines = Vec::new();
    let (old, new) = sides(c, baseline);
    let baseline_changed = old != new;
    let (old_t, new_t) = sides(c, target);
    if old_t != new_t || !baseline_changed {
        lines.push(("target", arrow(&old_t, &new_t)));
    }
    if baseline_changed {
        lines.push(("baseline", arrow(&old, &new)));
    }
    lines
}

fn rating(n: &Node, _: bool) -> String {
    n.rating.id().to_string()
}

fn as_of(n: &Node, _: bool) -> String {
    n.as_of.map_or_else(|| NONE.to_string(), |y| y.to_string())
}

fn outlook(n: &Node, _: bool) -> String {
    n.outlook.map_or(NONE, |o| o.id()).to_string()
}

fn trend(n: &Node, _: bool) -> String {
    n.trend.map_or(NONE, |t| t.id()).to_string()
}

/// The lines that describe a change: its rating always; the value of an indicator that
/// regressed, appeared or disappeared (what CI readers need), and every other aspect that
/// changed.
pub fn details(c: &Change) -> Vec<(&'static str, String)> {
    let shown = |show| {
        let (old, new) = sides(c, show);
        arrow(&old, &new)
    };
    let mut lines = vec![("rating", shown(rating))];
    let one_sided = c.old.is_none() || c.new.is_none();
    if c.changed.contains(&Aspect::AsOf) || (one_sided && c.level == Level::Policy) {
        lines.push(("as_of", shown(as_of)));
    }
    let indicator = c.level == Level::Indicator;
    if c.changed.contains(&Aspect::Value) || (indicator && (c.regression || one_sided)) {
        lines.push(("value", shown(value)));
    }
    if c.changed.contains(&Aspect::Target) {
        lines.extend(target_lines(c));
    }
    if c.changed.contains(&Aspect::Outlook) {
        lines.push(("outlook", shown(outlook)));
    }
    if c.changed.contains(&Aspect::Trend) {
        lines.push(("trend", shown(trend)));
    }
    if let Some(from) = &c.moved_from {
        lines.push(("moved", format!("from {}", text(&from.to_string()))));
    }
    lines
}

/// One change as a block of text: the status and path, then its details, indented by
/// `indent`.
pub fn block(c: &Change, indent: &str) -> String {
    let mut out = format!(
        "{indent}{:<8} {}\n",
        c.status.id(),
        text(&c.path.to_string())
    );
    for (label, text) in details(c) {
        out.push_str(&format!("{indent}         {label:<8} {text}\n"));
    }
    out
}

/// What `check` prints: the regressions, the policies under `--fail-under` and those it
/// skipped, the other changes, and a last line that says whether the check passed.
pub fn check(
    changes: &[Change],
    under: &[&RubricReport],
    skipped: &[&RubricReport],
    floor: Option<Rating>,
    baseline: &str,
) -> String {
    let (regressions, others): (Vec<&Change>, Vec<&Change>) =
        changes.iter().partition(|c| c.regression);
    let mut out = String::new();
    if !regressions.is_empty() {
        out.push_str(&format!("regressions ({}):\n", regressions.len()));
        for c in &regressions {
            out.push_str(&block(c, "  "));
        }
    }
    if let Some(floor) = floor.filter(|_| !under.is_empty()) {
        out.push_str(&format!(
            "policies rated worse than {} (--fail-under {}) ({}):\n",
            floor.id(),
            floor.id(),
            under.len()
        ));
        for r in under {
            out.push_str(&format!("  {}: {}\n", text(&r.id), r.rating.id()));
        }
    }
    if let Some(floor) = floor.filter(|_| !skipped.is_empty()) {
        out.push_str(&format!(
            "policies not judged by --fail-under {} ({}):\n",
            floor.id(),
            skipped.len()
        ));
        for r in skipped {
            out.push_str(&format!("  {}: skipped (no data yet)\n", text(&r.id)));
        }
    }
    if !others.is_empty() {
        out.push_str(&format!(
            "other changes, not regressions ({}):\n",
            others.len()
        ));
        for c in &others {
            out.push_str(&block(c, "  "));
        }
    }
    let improvements = others.iter().filter(|c| c.status == Status::Better).count();
    let passed = regressions.is_empty() && under.is_empty();
    let mut summary = Vec::new();
    if changes.is_empty() {
        summary.push("no change".to_string());
    } else {
        summary.push(count(regressions.len(), "regression"));
    }
    if let Some(floor) = floor {
        summary.push(format!(
            "{} rated worse than {}",
            count(under.len(), "policy"),
            floor.id()
        ));
        if !skipped.is_empty() {
            summary.push(format!(
                "{} skipped (no data yet)",
                count(skipped.len(), "policy")
            ));
        }
    }
    if !changes.is_empty() {
        summary.push(count(improvements, "improvement"));
        summary.push(count(others.len() - improvements, "other change"));
    }
    out.push_str(&format!(
        "{}: {} against {}\n",
        if passed { "ok" } else { "FAILED" },
        summary.join(", "),
        text(baseline)
    ));
    out
}

fn count(n: usize, what: &str) -> String {
    match (n, what.strip_suffix('y')) {
        (1, _) => format!("1 {what}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        (_, None) => format!("{n} {what}s"),
    }
}

/// What `diff` prints: one table of the changes, grouped by policy, field and goal (a row
/// for each group, even when the group's own node did not change), and a summary line.
pub fn table(changes: &[Change], old: &str, new: &str, width: Option<u16>) -> String {
    let (old, new) = (text(old), text(new));
    if changes.is_empty() {
        return format!("no changes between {old} and {new}\n");
    }
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut shown: Option<&NodePath> = None;
    for c in changes {
        for group in groups(shown, &c.path) {
            let mut cells = vec![String::new(); 6];
            cells[0] = node_cell(&group);
            rows.push(cells);
        }
        rows.push(row(c));
        shown = Some(&c.path);
    }
    let header = [
        "Policy, field, goal, indicator",
        "Change",
        "Rating",
        "Value (year)",
        "Target",
        "Outlook, trend",
    ];
    // The first three columns always; the others only when some change fills them.
    let columns: Vec<usize> = (0..header.len())
        .filter(|&i| i < 3 || rows.iter().any(|r| !r[i].is_empty()))
        .collect();
    let pick =
        |cells: &[String]| -> Vec<String> { columns.iter().map(|&i| cells[i].clone()).collect() };
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(columns.iter().map(|&i| header[i]));
    if let Some(w) = width {
        table.set_width(w);
    }
    // The ids, the status and the ratings never wrap: the indentation of an id shows the
    // grouping, and a rating cut in two reads badly. Values and targets wrap instead.
    for i in 0..3 {
        if let Some(column) = table.column_mut(i) {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    for r in &rows {
        table.add_row(pick(r));
    }
    let mut out = format!("{old} → {new}\n{table}\n");
    out.push_str(&summary_line(changes));
    out
}

/// The group rows to show before a change at `next`: its policy, field and goal, unless the
/// row before already belongs to them.
fn groups(before: Option<&NodePath>, next: &NodePath) -> Vec<NodePath> {
    let ancestors = [
        NodePath {
            field: None,
            goal: None,
            indicator: None,
            ..next.clone()
        },
        NodePath {
            goal: None,
            indicator: None,
            ..next.clone()
        },
        NodePath {
            indicator: None,
            ..next.clone()
        },
    ];
    let within = |a: &NodePath, p: &NodePath| {
        a.policy == p.policy
            && (a.field.is_none() || a.field == p.field)
            && (a.goal.is_none() || a.goal == p.goal)
    };
    ancestors
        .into_iter()
        .filter(|a| a.level() < next.level())
        .filter(|a| before.is_none_or(|b| !within(a, b)))
        .collect()
}

/// The first cell: the node's own id, indented by its depth.
fn node_cell(path: &NodePath) -> String {
    let depth = path.level() as usize;
    let id = path.ids().last().copied().unwrap_or("");
    format!("{}{}", "  ".repeat(depth), text(id))
}

fn row(c: &Change) -> Vec<String> {
    let one_sided = c.old.is_none() || c.new.is_none();
    // A cell shows an aspect that changed. A node only on one side shows its rating and
    // value; its status says the rest.
    let cell = |aspect: Aspect, show| {
        if !c.changed.contains(&aspect) {
            return String::new();
        }
        let (old, new) = sides(c, show);
        arrow(&old, &new)
    };
    let value_cell = match c.level {
        Level::Indicator if one_sided => {
            let (old, new) = sides(c, value);
            arrow(&old, &new)
        }
        Level::Indicator => cell(Aspect::Value, value),
        Level::Policy => {
            let a = cell(Aspect::AsOf, as_of);
            if a.is_empty() {
                a
            } else {
                format!("as of {a}")
            }
        }
        Level::Field | Level::Goal => String::new(),
    };
    let target_cell = if c.changed.contains(&Aspect::Target) {
        let lines = target_lines(c);
        let prefix = |(label, text): &(&str, String)| {
            if *label == "baseline" {
                format!("from {text}")
            } else {
                text.clone()
            }
        };
        lines.iter().map(prefix).collect::<Vec<_>>().join("\n")
    } else {
        String::new()
    };
    let travel: Vec<String> = [cell(Aspect::Outlook, outlook), cell(Aspect::Trend, trend)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let mut status = c.status.id().to_string();
    if let Some(from) = &c.moved_from {
        status.push_str(&format!("\nmoved from {}", text(&from.to_string())));
    }
    let (old, new) = sides(c, rating);
    vec![
        node_cell(&c.path),
        status,
        arrow(&old, &new),
        value_cell,
        target_cell,
        travel.join("\n"),
    ]
}

fn summary_line(changes: &[Change]) -> String {
    let of = |s: Status| changes.iter().filter(|c| c.status == s).count();
    let regressions = changes.iter().filter(|c| c.regression).count();
    format!(
        "{}: {} worse, {} better, {} changed, {} added, {} removed; {}\n",
        count(changes.len(), "changed node"),
        of(Status::Worse),
        of(Status::Better),
        of(Status::Changed),
        of(Status::Added),
        of(Status::Removed),
        count(regressions, "regression"),
    )
}

/// The JSON of `diff --format json` (`polscore.diff/1`, described in docs/ci.md).
#[derive(Serialize)]
struct DiffDocument<'a> {
    schema: &'static str,
    old: &'a str,
    new: &'a str,
    summary: Summary,
    changes: &'a [Change],
}

#[derive(Serialize)]
struct Summary {
    worse: usize,
    better: usize,
    changed: usize,
    added: usize,
    removed: usize,
    regressions: usize,
}

pub const DIFF_SCHEMA: &str = "polscore.diff/1";

pub fn json(changes: &[Change], old: &str, new: &str) -> String {
    let of = |s: Status| changes.iter().filter(|c| c.status == s).count();
    let doc = DiffDocument {
        schema: DIFF_SCHEMA,
        old,
        new,
        summary: Summary {
            worse: of(Status::Worse),
            better: of(Status::Better),
            changed: of(Status::Changed),
            added: of(Status::Added),
            removed: of(Status::Removed),
            regressions: changes.iter().filter(|c| c.regression).count(),
        },
        changes,
    };
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
