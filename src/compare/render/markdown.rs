//! `diff --format markdown` and the tables of `check --format markdown`: GitHub Flavored
//! Markdown for a pull request or an evaluation book. One row per change, its node named by
//! its whole path (`policy › field › goal › indicator`), so that a row read alone says where
//! it is; a regression's status is in bold.

use super::super::Change;
use super::words::Words;
use super::{columns, row, summary_line, text};

/// The comparison of two reports: a heading, the table of changes and the summary.
pub fn markdown(changes: &[Change], names: [&str; 2], w: &Words) -> String {
    let (old, new) = (esc(&text(names[0])), esc(&text(names[1])));
    let title = match w.lang {
        crate::rating::Lang::En => "Changes",
        crate::rating::Lang::Ja => "評価の比較",
    };
    let mut out = format!("## {title}: {old} → {new}\n\n");
    if changes.is_empty() {
        out.push_str(&format!(
            "{}\n",
            esc(&w.no_changes(&text(names[0]), &text(names[1])))
        ));
        return out;
    }
    let list: Vec<&Change> = changes.iter().collect();
    out.push_str(&changes_table(&list, w));
    out.push('\n');
    out.push_str(&esc(summary_line(changes, w).trim_end()));
    out.push('\n');
    out
}

/// A table of changes, with the columns that some change fills.
pub fn changes_table(changes: &[&Change], w: &Words) -> String {
    let rows: Vec<Vec<String>> = changes
        .iter()
        .map(|c| {
            let mut cells = row(c, w);
            cells[0] = text(&c.path.to_string()).into_owned();
            let mut cells: Vec<String> = cells.iter().map(|cell| cell_text(cell)).collect();
            if c.regression {
                cells[1] = format!("**{}**", cells[1]);
            }
            cells
        })
        .collect();
    let columns = columns(&rows);
    let line = |cells: Vec<&str>| format!("| {} |\n", cells.join(" | "));
    let mut out = line(columns.iter().map(|&i| w.header[i]).collect());
    out.push_str(&line(columns.iter().map(|_| "---").collect()));
    for r in &rows {
        out.push_str(&line(columns.iter().map(|&i| r[i].as_str()).collect()));
    }
    out
}

/// A cell's text, escaped, its lines joined by `<br>`.
fn cell_text(cell: &str) -> String {
    cell.lines().map(esc).collect::<Vec<_>>().join("<br>")
}

pub use crate::values::escape::markdown as esc;
