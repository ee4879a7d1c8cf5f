//! The details under the summary: a line per field, goal and indicator (indented by level:
//! its id and text, cut to the line, its coverage and its rating at the right), and under
//! each indicator a line of its figures in columns (year, value, target of the year,
//! achievement, outlook or trend, sparkline). When the figures do not fit, the sparkline
//! goes first, then the outlook, then the target wraps before its final target.

use super::text::{cut, pad, pad_left, width, wrap};
use super::{TableOptions, paint};
use crate::rating::{Lang, Rating};
use crate::report::human;
use crate::report::json::{FieldReport, IndicatorReport, RubricReport};
use crate::report::view::{Depth, View};

const GAP: &str = "  ";
/// How far a line of figures is indented: under its indicator's name.
const FIGURES_INDENT: usize = 6;
/// A text narrower than this next to a long id goes on the lines below it (with `--wide`).
const MIN_TEXT: usize = 16;

/// A line of the tree: a field, a goal or an indicator.
struct Node<'a> {
    indent: usize,
    id: &'a str,
    text: &'a str,
    coverage: String,
    rating: Rating,
    indicator: Option<&'a IndicatorReport<'a>>,
}

/// A column of figures: its heading, a cell (one or more lines) per indicator, and whether
/// it is aligned on the right (numbers).
struct Column {
    header: &'static str,
    cells: Vec<Vec<String>>,
    right: bool,
}

impl Column {
    /// The column's width: its widest cell or heading. It measures every cell, so the
    /// caller measures each column once per table, never once per line.
    fn width(&self) -> usize {
        self.cells
            .iter()
            .flatten()
            .inspect(|_| measured::count())
            .map(|c| width(c))
            .chain([width(self.header)])
            .max()
            .unwrap_or(0)
    }
}

/// Writes the details; returns whether a stale value (`†`) is shown.
pub fn render(
    out: &mut String,
    r: &RubricReport,
    fields: &[&FieldReport],
    lang: Lang,
    o: &TableOptions,
    view: &View,
) -> bool {
    let total = usize::from(o.width);
    let nodes = nodes(fields, lang, view);
    let w = human::words(lang);
    let rating_w = nodes
        .iter()
        .map(|n| width(&label(n, r, lang)))
        .chain([width(w.rating)])
        .max()
        .unwrap_or(0);
    let coverage_w = nodes
        .iter()
        .map(|n| width(&n.coverage))
        .chain([width(w.table.coverage)])
        .max()
        .unwrap_or(0);
    let longest = nodes
        .iter()
        .map(|n| n.indent + width(n.id) + GAP.len() + width(n.text))
        .chain([width(w.field_goal_indicator)])
        .max()
        .unwrap_or(0);
    let left_w = total
        .saturating_sub(coverage_w + rating_w + 2 * GAP.len())
        .min(longest);
    let indicators: Vec<&IndicatorReport> = nodes.iter().filter_map(|n| n.indicator).collect();
    let columns = fit(columns(&indicators, lang), total);
    let widths: Vec<usize> = columns.iter().map(Column::width).collect();
    let mut header = pad(w.field_goal_indicator, left_w);
    header.push_str(GAP);
    header.push_str(&pad_left(w.table.coverage, coverage_w));
    header.push_str(GAP);
    header.push_str(w.rating);
    push(out, &header, total);
    if !indicators.is_empty() {
        let headings: Vec<Vec<String>> =
            columns.iter().map(|c| vec![c.header.to_string()]).collect();
        figures_line(out, &columns, &widths, &headings, total);
    }
    let used = (left_w + 2 * GAP.len() + coverage_w + rating_w).max(line_width(&widths));
    push(out, &"─".repeat(used.min(total)), total);
    let mut figures = 0;
    for n in &nodes {
        let label = label(n, r, lang);
        let lines = item(n, left_w, o.wide);
        let mut first = pad(&lines[0], left_w);
        first.push_str(GAP);
        first.push_str(&pad_left(&n.coverage, coverage_w));
        first.push_str(GAP);
        first.push_str(&paint(&label, n.rating, o.color, false));
        out.push_str(first.trim_end());
        out.push('\n');
        for more in &lines[1..] {
            push(out, more, total);
        }
        if n.indicator.is_some() {
            let cells: Vec<Vec<String>> =
                columns.iter().map(|c| c.cells[figures].clone()).collect();
            figures += 1;
            if cells.iter().flatten().any(|c| !c.is_empty()) {
                figures_line(out, &columns, &widths, &cells, total);
            }
        }
    }
    indicators.iter().any(|i| i.stale)
}

/// A node's rating in words; an indicator's with its benchmark verdict, if it has one.
fn label(n: &Node, r: &RubricReport, lang: Lang) -> String {
    match n.indicator {
        Some(i) => human::indicator_rating(i, r, lang),
        None => human::rating(n.rating, r, lang),
    }
}

/// The fields, goals and indicators shown, in the rubric's order.
fn nodes<'a>(fields: &[&'a FieldReport], lang: Lang, view: &View) -> Vec<Node<'a>> {
    let mut nodes = Vec::new();
    for f in fields {
        nodes.push(Node {
            indent: 0,
            id: &f.id,
            text: human::pick(&f.title, f.title_en.as_deref(), lang),
            coverage: human::field_coverage(f),
            rating: f.rating,
            indicator: None,
        });
        for g in f.goals.iter().filter(|g| view.goal(g)) {
            nodes.push(Node {
                indent: 2,
                id: &g.id,
                text: human::pick(&g.text, g.text_en.as_deref(), lang),
                coverage: human::coverage(g.coverage),
                rating: g.rating,
                indicator: None,
            });
            if view.depth < Depth::Indicator {
                continue;
            }
            for i in g.indicators.iter().filter(|i| view.indicator(i)) {
                nodes.push(Node {
                    indent: 4,
                    id: &i.id,
                    text: human::pick(&i.name, i.name_en.as_deref(), lang),
                    coverage: String::new(),
                    rating: i.rating,
                    indicator: Some(i),
                });
            }
        }
    }
    nodes
}

/// The id and text of a node in `left_w` columns: one line cut with `…`, or with `wide` the
/// whole text wrapped beside the id (or under it, when the id leaves too little room).
fn item(n: &Node, left_w: usize, wide: bool) -> Vec<String> {
    let indent = " ".repeat(n.indent);
    if !wide {
        return vec![cut(&format!("{indent}{}{GAP}{}", n.id, n.text), left_w)];
    }
    let beside = n.indent + width(n.id) + GAP.len();
    if left_w.saturating_sub(beside) >= MIN_TEXT {
        let text = wrap(n.text, left_w - beside);
        let mut lines = text.lines();
        let first = format!("{indent}{}{GAP}{}", n.id, lines.next().unwrap_or(""));
        let rest = lines.map(|l| format!("{}{l}", " ".repeat(beside)));
        return std::iter::once(first).chain(rest).collect();
    }
    let under = n.indent + GAP.len();
    let text = wrap(n.text, left_w.saturating_sub(under).max(MIN_TEXT));
    let rest = text.lines().map(|l| format!("{}{l}", " ".repeat(under)));
    std::iter::once(cut(&format!("{indent}{}", n.id), left_w))
        .chain(rest)
        .collect()
}

/// The columns of figures, every one, before any is dropped.
fn columns(indicators: &[&IndicatorReport], lang: Lang) -> Vec<Column> {
    let w = human::words(lang);
    let column = |header, right, cell: &dyn Fn(&IndicatorReport) -> String| Column {
        header,
        cells: indicators.iter().map(|i| vec![cell(i)]).collect(),
        right,
    };
    vec![
        column(w.year, false, &|i| human::rated_year(i, lang)),
        column(w.value, true, &|i| human::rated_value(i, lang)),
        column(w.target, false, &|i| human::target_of_year(i, lang)),
        column(w.achievement, true, &|i| {
            i.achievement.map(human::percent).unwrap_or_default()
        }),
        column(w.table.outlook_trend, false, &|i| {
            human::direction_of_travel(i, lang)
        }),
        column(w.series, false, &super::sparkline),
    ]
}

/// The width of a line of figures.
fn figures_width(columns: &[Column]) -> usize {
    line_width(&columns.iter().map(Column::width).collect::<Vec<_>>())
}

/// The width of a line of figures in columns of these widths.
fn line_width(widths: &[usize]) -> usize {
    FIGURES_INDENT + widths.iter().sum::<usize>() + GAP.len() * widths.len().saturating_sub(1)
}

/// Drops the sparkline, then the outlook, then wraps the target, until the figures fit.
fn fit(mut columns: Vec<Column>, total: usize) -> Vec<Column> {
    for drop in [5, 4] {
        if figures_width(&columns) <= total {
            return columns;
        }
        columns.remove(drop);
    }
    if figures_width(&columns) > total {
        for cell in &mut columns[2].cells {
            *cell = cell.iter().flat_map(|t| split_target(t)).collect();
        }
    }
    columns
}

/// A target of the year on two lines: the target of the year, then the final one.
fn split_target(t: &str) -> Vec<String> {
    match t.find('（').or_else(|| t.find(" (")) {
        Some(at) => vec![t[..at].to_string(), t[at..].trim_start().to_string()],
        None => vec![t.to_string()],
    }
}

/// A row of figures (or their headings), each cell on as many lines as it needs, in
/// columns of the `widths` measured once for the whole table.
fn figures_line(
    out: &mut String,
    columns: &[Column],
    widths: &[usize],
    cells: &[Vec<String>],
    total: usize,
) {
    let height = cells.iter().map(Vec::len).max().unwrap_or(1);
    for k in 0..height {
        let mut line = " ".repeat(FIGURES_INDENT);
        for (i, ((c, w), cell)) in columns.iter().zip(widths).zip(cells).enumerate() {
            if i > 0 {
                line.push_str(GAP);
            }
            let text = cell.get(k).map_or("", String::as_str);
            line.push_str(&if c.right {
                pad_left(text, *w)
            } else {
                pad(text, *w)
            });
        }
        push(out, &line, total);
    }
}

/// A line without colour, never wider than the table.
fn push(out: &mut String, line: &str, total: usize) {
    out.push_str(cut(line, total).trim_end());
    out.push('\n');
}

/// How many cells `Column::width` has measured on this thread: tests check that drawing a
/// table measures each cell a bounded number of times, not once per line of the table.
#[cfg(test)]
pub(super) mod measured {
    use std::cell::Cell;

    thread_local! {
        static CELLS: Cell<usize> = const { Cell::new(0) };
    }

    pub fn count() {
        CELLS.with(|c| c.set(c.get() + 1));
    }

    pub fn take() -> usize {
        CELLS.with(|c| c.replace(0))
    }
}

#[cfg(not(test))]
mod measured {
    #[inline(always)]
    pub fn count() {}
}
