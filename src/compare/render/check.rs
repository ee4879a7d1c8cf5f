//! What `check` prints: the regressions, the policies under `--fail-under` and those it
//! skipped, the other changes, and a last line that says whether the check passed; as text
//! for a CI log, or as Markdown for a pull request.

use super::super::{Change, ChangeKind};
use super::markdown::{changes_table, esc};
use super::words::Words;
use super::{block, text};
use crate::rating::{Lang, Rating};
use crate::report::json::RubricReport;

/// What `check` found besides the changes: the policies under the floor and those it did
/// not judge, the floor, and the name of the baseline.
pub struct Verdict<'a> {
    pub under: &'a [&'a RubricReport<'a>],
    pub skipped: &'a [&'a RubricReport<'a>],
    pub floor: Option<Rating>,
    pub baseline: &'a str,
}

/// The listing, as text (`markdown` false) or as Markdown.
pub fn check(changes: &[Change], v: &Verdict, w: &Words, markdown: bool) -> String {
    let (regressions, others): (Vec<&Change>, Vec<&Change>) =
        changes.iter().partition(|c| c.regression);
    let mut out = String::new();
    if markdown {
        let line = esc(&last_line(changes, v, w));
        out.push_str(&format!("## polscore check: {line}\n\n"));
    }
    let section = |out: &mut String, heading: String, list: &[&Change]| {
        if list.is_empty() {
            return;
        }
        if markdown {
            let heading = esc(heading.trim_end_matches([':', '：']));
            out.push_str(&format!("### {heading}\n\n{}\n", changes_table(list, w)));
        } else {
            out.push_str(&format!("{heading}\n"));
            for c in list {
                out.push_str(&block(c, w, "  "));
            }
        }
    };
    section(
        &mut out,
        heading(w, Heading::Regressions, regressions.len()),
        &regressions,
    );
    policies(&mut out, v, w, markdown);
    section(&mut out, heading(w, Heading::Others, others.len()), &others);
    if !markdown {
        out.push_str(&format!("{}\n", last_line(changes, v, w)));
    }
    out
}

enum Heading {
    Regressions,
    Others,
}

fn heading(w: &Words, h: Heading, n: usize) -> String {
    match (w.lang, h) {
        (Lang::En, Heading::Regressions) => format!("regressions ({n}):"),
        (Lang::En, Heading::Others) => format!("other changes, not regressions ({n}):"),
        (Lang::Ja, Heading::Regressions) => format!("悪化（{n}件）："),
        (Lang::Ja, Heading::Others) => format!("悪化ではない変化（{n}件）："),
    }
}

/// The policies under the floor, and those with no data yet that were not judged.
fn policies(out: &mut String, v: &Verdict, w: &Words, markdown: bool) {
    let Some(floor) = v.floor else { return };
    let (id, label) = (floor.id(), w.rating(floor));
    let lists = [
        (
            v.under,
            match w.lang {
                Lang::En => format!("policies rated worse than {id} (--fail-under {id})"),
                Lang::Ja => format!("{label}に届かない施策（--fail-under {id}）"),
            },
        ),
        (
            v.skipped,
            match w.lang {
                Lang::En => format!("policies not judged by --fail-under {id}"),
                Lang::Ja => format!("--fail-under {id} で判定しない施策"),
            },
        ),
    ];
    for (i, (list, title)) in lists.into_iter().enumerate() {
        if list.is_empty() {
            continue;
        }
        let n = list.len();
        match (markdown, w.lang) {
            (true, _) => out.push_str(&format!("### {} ({n})\n\n", esc(&title))),
            (false, Lang::En) => out.push_str(&format!("{title} ({n}):\n")),
            (false, Lang::Ja) => out.push_str(&format!("{title}（{n}件）：\n")),
        }
        for r in list {
            let what = if i == 0 {
                w.rating(r.rating).to_string()
            } else {
                match w.lang {
                    Lang::En => "skipped (no data yet)".to_string(),
                    Lang::Ja => "判定せず（データ未入力）".to_string(),
                }
            };
            match markdown {
                true => out.push_str(&format!("- {}: {}\n", esc(&r.id), esc(&what))),
                false => out.push_str(&format!("  {}: {what}\n", text(&r.id))),
            }
        }
        if markdown {
            out.push('\n');
        }
    }
}

/// `ok: …` or `FAILED: …`, with the counts, against the baseline.
fn last_line(changes: &[Change], v: &Verdict, w: &Words) -> String {
    let regressions = changes.iter().filter(|c| c.regression).count();
    let others = changes.len() - regressions;
    let improvements = changes
        .iter()
        .filter(|c| c.status == ChangeKind::Better)
        .count();
    let passed = regressions == 0 && v.under.is_empty();
    let mut summary = Vec::new();
    if changes.is_empty() {
        summary.push(w.no_change.to_string());
    } else {
        summary.push(w.count(regressions, "regression", "悪化"));
    }
    if let Some(floor) = v.floor {
        let (id, label) = (floor.id(), w.rating(floor));
        summary.push(match w.lang {
            Lang::En => format!(
                "{} rated worse than {id}",
                w.count(v.under.len(), "policy", "")
            ),
            Lang::Ja => format!("{label}に届かない施策 {}件", v.under.len()),
        });
        if !v.skipped.is_empty() {
            let n = v.skipped.len();
            summary.push(match w.lang {
                Lang::En => format!("{} skipped (no data yet)", w.count(n, "policy", "")),
                Lang::Ja => w.count(n, "", "判定しない施策"),
            });
        }
    }
    if !changes.is_empty() {
        summary.push(w.count(improvements, "improvement", "改善"));
        summary.push(w.count(others - improvements, "other change", "その他の変化"));
    }
    let verdict = if passed { w.passed } else { w.failed };
    let baseline = text(v.baseline);
    match w.lang {
        Lang::En => format!("{verdict}: {} against {baseline}", summary.join(", ")),
        Lang::Ja => format!("{verdict}：{}（比較対象 {baseline}）", summary.join("、")),
    }
}
