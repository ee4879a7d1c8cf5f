//! Changes for people and machines: the listing of `check` (`check`), the table, the
//! Markdown (`markdown`) and the JSON of `diff`. The words of each language are in `words`:
//! in Japanese the labels of the evaluation book, in English the stable ids of ratings,
//! outlooks and trends; the JSON has ids whatever the language. Numbers are rounded for
//! people unless rounding would hide the change.
//! Every text of the reports (ids, units, statuses, file names) is shown with its control
//! characters escaped (`crate::values::escape`), since a report read back may come from anywhere.

use comfy_table::{ColumnConstraint, ContentArrangement, Table, presets};
use serde::Serialize;

use super::{Aspect, Change, ChangeKind, Node, NodeLevel, NodePath};
use crate::report::json::{JsonValue, TargetReport};
use crate::rubric::Direction;
use crate::values::escape::line as text;
use unicode_width::UnicodeWidthStr as _;

mod check;
mod markdown;
mod words;

pub use check::{Verdict, check};
pub use markdown::markdown;
pub use words::{Words, words};

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
fn sides(c: &Change, w: &Words, show: Show) -> (String, String) {
    let side =
        |n: Option<&Node>, precise| n.map_or_else(|| NONE.to_string(), |n| show(n, w, precise));
    let (old, new) = (side(c.old.as_ref(), false), side(c.new.as_ref(), false));
    if old == new {
        (side(c.old.as_ref(), true), side(c.new.as_ref(), true))
    } else {
        (old, new)
    }
}

/// How an aspect of a node is shown: at full precision or rounded for people.
type Show = fn(&Node, &Words, bool) -> String;

fn number(x: f64, precise: bool) -> String {
    if precise {
        x.to_string()
    } else {
        crate::values::show::number(x)
    }
}

/// The rated value with its unit and year: `52% (2023)`, `achieved (2022)`, or `—`.
fn value(n: &Node, w: &Words, precise: bool) -> String {
    let unit = text(n.unit.as_deref().unwrap_or(""));
    let v = match &n.value {
        Some(JsonValue::Number(x)) => format!("{}{unit}", number(*x, precise)),
        Some(JsonValue::Status(s)) => w.milestone(*s).to_string(),
        None => NONE.to_string(),
    };
    match n.year {
        Some(y) => format!("{v}{}", w.year(y)),
        None => v,
    }
}

/// The target as stated in the rubric: `≥ 1,000人 by 2025`, `≤ 10%`, `due 2023`, or `—`.
fn target(n: &Node, w: &Words, precise: bool) -> String {
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
            parts.push(w.by(y));
        }
    }
    if let Some(d) = n.due {
        parts.push(w.due(d));
    }
    if parts.is_empty() {
        NONE.to_string()
    } else {
        parts.join(" ")
    }
}

/// The baseline of a target: `918 (2020)`, or `—`.
fn baseline(n: &Node, w: &Words, precise: bool) -> String {
    let unit = text(n.unit.as_deref().unwrap_or(""));
    n.baseline.map_or_else(
        || NONE.to_string(),
        |b| format!("{}{unit}{}", number(b.value, precise), w.year(b.year)),
    )
}

/// The lines of a changed target: the target, and the baseline when it changed.
fn target_lines(c: &Change, w: &Words) -> Vec<(&'static str, String)> {
    let mut lines = Vec::new();
    let (old, new) = sides(c, w, baseline);
    let baseline_changed = old != new;
    let (old_t, new_t) = sides(c, w, target);
    if old_t != new_t || !baseline_changed {
        lines.push((w.target, arrow(&old_t, &new_t)));
    }
    if baseline_changed {
        lines.push((w.baseline, arrow(&old, &new)));
    }
    lines
}

fn rating(n: &Node, w: &Words, _: bool) -> String {
    w.rating(n.rating).to_string()
}

fn as_of(n: &Node, _: &Words, _: bool) -> String {
    n.as_of.map_or_else(|| NONE.to_string(), |y| y.to_string())
}

fn outlook(n: &Node, w: &Words, _: bool) -> String {
    n.outlook.map_or(NONE, |o| w.outlook(o)).to_string()
}

fn trend(n: &Node, w: &Words, _: bool) -> String {
    n.trend.map_or(NONE, |t| w.trend(t)).to_string()
}

fn benchmark(n: &Node, w: &Words, _: bool) -> String {
    n.meets_target.map_or(NONE, |m| w.met(m)).to_string()
}

/// The lines that describe a change: its rating always; the value of an indicator that
/// regressed, appeared or disappeared (what CI readers need), and every other aspect that
/// changed.
pub fn details(c: &Change, w: &Words) -> Vec<(&'static str, String)> {
    let shown = |show| {
        let (old, new) = sides(c, w, show);
        arrow(&old, &new)
    };
    let mut lines = vec![(w.rating, shown(rating))];
    let one_sided = c.old.is_none() || c.new.is_none();
    if c.changed.contains(&Aspect::AsOf) || (one_sided && c.level == NodeLevel::Policy) {
        lines.push((w.as_of, shown(as_of)));
    }
    let indicator = c.level == NodeLevel::Indicator;
    if c.changed.contains(&Aspect::Value) || (indicator && (c.regression || one_sided)) {
        lines.push((w.value, shown(value)));
    }
    if c.changed.contains(&Aspect::Target) {
        lines.extend(target_lines(c, w));
    }
    if c.changed.contains(&Aspect::Outlook) {
        lines.push((w.outlook, shown(outlook)));
    }
    if c.changed.contains(&Aspect::Trend) {
        lines.push((w.trend, shown(trend)));
    }
    if c.changed.contains(&Aspect::Benchmark) {
        lines.push((w.benchmark, shown(benchmark)));
    }
    if let Some(from) = &c.moved_from {
        lines.push((w.moved, w.moved_from(&text(&from.to_string()))));
    }
    lines
}

/// One change as a block of text: the status and path, then its details, indented by
/// `indent`.
pub fn block(c: &Change, w: &Words, indent: &str) -> String {
    let mut out = format!(
        "{indent}{} {}\n",
        pad(w.status(c.status), 8),
        text(&c.path.to_string())
    );
    for (label, text) in details(c, w) {
        out.push_str(&format!("{indent}         {} {text}\n", pad(label, 8)));
    }
    out
}

/// The text followed by spaces up to `width` columns (a Japanese character counts two).
fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// What `diff` prints: one table of the changes, grouped by policy, field and goal (a row
/// for each group, even when the group's own node did not change), and a summary line.
pub fn table(changes: &[Change], names: [&str; 2], w: &Words, width: Option<u16>) -> String {
    let (old, new) = (text(names[0]), text(names[1]));
    if changes.is_empty() {
        return format!("{}\n", w.no_changes(&old, &new));
    }
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut shown: Option<&NodePath> = None;
    for c in changes {
        for group in groups(shown, &c.path) {
            let mut cells = vec![String::new(); 6];
            cells[0] = node_cell(&group);
            rows.push(cells);
        }
        rows.push(row(c, w));
        shown = Some(&c.path);
    }
    let header = w.header;
    let columns = columns(&rows);
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
    out.push_str(&summary_line(changes, w));
    out
}

/// The columns to show: the first three always; the others only when some row fills them.
fn columns(rows: &[Vec<String>]) -> Vec<usize> {
    (0..6)
        .filter(|&i| i < 3 || rows.iter().any(|r| !r[i].is_empty()))
        .collect()
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

/// The cells of a change: the node, its status, rating, value (or a policy's `as_of`),
/// target, outlook and trend; a cell is empty when that aspect did not change.
fn row(c: &Change, w: &Words) -> Vec<String> {
    let one_sided = c.old.is_none() || c.new.is_none();
    // A cell shows an aspect that changed. A node only on one side shows its rating and
    // value; its status says the rest.
    let cell = |aspect: Aspect, show| {
        if !c.changed.contains(&aspect) {
            return String::new();
        }
        let (old, new) = sides(c, w, show);
        arrow(&old, &new)
    };
    let value_cell = match c.level {
        NodeLevel::Indicator if one_sided => {
            let (old, new) = sides(c, w, value);
            arrow(&old, &new)
        }
        NodeLevel::Indicator => cell(Aspect::Value, value),
        NodeLevel::Policy => {
            let a = cell(Aspect::AsOf, as_of);
            if a.is_empty() {
                a
            } else {
                format!("{} {a}", w.as_of_prefix())
            }
        }
        NodeLevel::Field | NodeLevel::Goal => String::new(),
    };
    let target_cell = if c.changed.contains(&Aspect::Target) {
        let lines = target_lines(c, w);
        let prefix = |(label, text): &(&str, String)| {
            if *label == w.baseline {
                w.from_baseline(text)
            } else {
                text.clone()
            }
        };
        lines.iter().map(prefix).collect::<Vec<_>>().join("\n")
    } else {
        String::new()
    };
    let mut travel: Vec<String> = [cell(Aspect::Outlook, outlook), cell(Aspect::Trend, trend)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    let bench = cell(Aspect::Benchmark, benchmark);
    if !bench.is_empty() {
        travel.push(format!("{} {bench}", w.benchmark));
    }
    let mut status = w.status(c.status).to_string();
    if let Some(from) = &c.moved_from {
        let from = w.moved_from(&text(&from.to_string()));
        status.push_str(&format!("\n{} {from}", w.moved));
    }
    let (old, new) = sides(c, w, rating);
    vec![
        node_cell(&c.path),
        status,
        arrow(&old, &new),
        value_cell,
        target_cell,
        travel.join("\n"),
    ]
}

fn summary_line(changes: &[Change], w: &Words) -> String {
    let of = |s: ChangeKind| changes.iter().filter(|c| c.status == s).count();
    let regressions = changes.iter().filter(|c| c.regression).count();
    let counts = [
        ChangeKind::Worse,
        ChangeKind::Better,
        ChangeKind::Changed,
        ChangeKind::Added,
        ChangeKind::Removed,
    ]
    .map(|s| (w.status(s), of(s)));
    w.summary(changes.len(), counts, regressions)
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
    let of = |s: ChangeKind| changes.iter().filter(|c| c.status == s).count();
    let doc = DiffDocument {
        schema: DIFF_SCHEMA,
        old,
        new,
        summary: Summary {
            worse: of(ChangeKind::Worse),
            better: of(ChangeKind::Better),
            changed: of(ChangeKind::Changed),
            added: of(ChangeKind::Added),
            removed: of(ChangeKind::Removed),
            regressions: changes.iter().filter(|c| c.regression).count(),
        },
        changes,
    };
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
