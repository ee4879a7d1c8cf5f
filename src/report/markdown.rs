//! The Markdown report: fit to paste into an evaluation book or a pull request (GitHub
//! Flavored Markdown tables). Per rubric: the policy's rating first, a summary table of
//! fields and goals, then per goal a table of its indicators; the diagnostics in an appendix
//! at the end, in the report's language.
//! `--field`, `--depth` and `--attention` choose what is shown, as in the table.

use std::fmt::Write;

use crate::rating::Lang;
use crate::report::human::{self, Assessed};
use crate::report::json::{DiagnosticReport, FieldReport, GoalReport, Report, RubricReport};
use crate::report::view::{Depth, View};

pub fn render(report: &Report, lang: Lang, view: &View) -> String {
    let mut out = String::new();
    for r in &report.rubrics {
        rubric(&mut out, r, lang, view);
    }
    diagnostics(&mut out, &report.diagnostics, lang);
    let _ = writeln!(out, "---\n\n{}", esc(&report.generator));
    out
}

fn rubric(out: &mut String, r: &RubricReport, lang: Lang, view: &View) {
    headline(out, r, lang);
    if view.depth == Depth::Policy {
        return;
    }
    let fields: Vec<&FieldReport> = r.fields.iter().filter(|f| view.field(f)).collect();
    if fields.is_empty() {
        if view.attention {
            let _ = writeln!(
                out,
                "{}\n",
                human::words(lang).table.nothing_needs_attention
            );
        }
        return;
    }
    summary(out, r, &fields, lang, view);
    if view.depth < Depth::Goal {
        return;
    }
    for f in fields {
        let w = human::words(lang);
        let _ = writeln!(
            out,
            "## {} {}\n",
            code_span(&f.id),
            esc(human::pick(&f.title, f.title_en.as_deref(), lang))
        );
        let _ = writeln!(
            out,
            "{}: **{}**{}\n",
            w.rating,
            esc(&human::rating(f.rating, r, lang)),
            recorded(f, r, lang)
        );
        for g in f.goals.iter().filter(|g| view.goal(g)) {
            goal(out, r, g, lang, view);
        }
    }
}

/// The policy's title, rating and facts.
fn headline(out: &mut String, r: &RubricReport, lang: Lang) {
    let w = human::words(lang);
    let _ = writeln!(
        out,
        "# {}\n",
        esc(human::pick(&r.title, r.title_en.as_deref(), lang))
    );
    let _ = writeln!(
        out,
        "**{}: {}**{}\n",
        w.policy_rating,
        esc(&human::rating(r.rating, r, lang)),
        recorded(r, r, lang)
    );
    let mut facts = vec![format!("`{}`", code(&r.id))];
    facts.push(format!("{} {}", w.as_of, human::as_of(r)));
    if let Some([a, b]) = r.period {
        facts.push(format!("{} {a}–{b}", w.period));
    }
    if let Some(o) = &r.owner {
        facts.push(format!("{} {}", w.owner, esc(o)));
    }
    facts.push(format!("{} `{}`", w.file, code(&r.file)));
    let _ = writeln!(out, "{}\n", facts.join(" · "));
}

/// The table of fields and goals (goals from `--depth goal` on).
fn summary(out: &mut String, r: &RubricReport, fields: &[&FieldReport], lang: Lang, view: &View) {
    let w = human::words(lang);
    let _ = writeln!(out, "## {}\n", w.summary);
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|---|---:|",
        w.field_goal, w.rating, w.coverage
    );
    for f in fields {
        let _ = writeln!(
            out,
            "| **`{}`** {} | **{}** | {} |",
            code(&f.id),
            esc(human::pick(&f.title, f.title_en.as_deref(), lang)),
            esc(&human::rating(f.rating, r, lang)),
            human::field_coverage(f)
        );
        let goals = f.goals.iter().filter(|g| view.goal(g));
        for g in goals.take_while(|_| view.depth >= Depth::Goal) {
            let _ = writeln!(
                out,
                "| `{}` {} | {} | {} |",
                code(&g.id),
                esc(human::pick(&g.text, g.text_en.as_deref(), lang)),
                esc(&human::rating(g.rating, r, lang)),
                human::coverage(g.coverage)
            );
        }
    }
    let _ = writeln!(out, "\n{}\n", esc(w.coverage_note));
}

fn goal(out: &mut String, r: &RubricReport, g: &GoalReport, lang: Lang, view: &View) {
    let w = human::words(lang);
    let _ = writeln!(
        out,
        "### {} {}\n",
        code_span(&g.id),
        esc(human::pick(&g.text, g.text_en.as_deref(), lang))
    );
    let _ = writeln!(
        out,
        "{}: **{}**{} · {} {}\n",
        w.rating,
        esc(&human::rating(g.rating, r, lang)),
        recorded(g, r, lang),
        w.coverage,
        human::coverage(g.coverage)
    );
    if view.depth < Depth::Indicator {
        return;
    }
    if g.indicators.is_empty() {
        let _ = writeln!(out, "{}\n", w.no_indicators);
        return;
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n|---|---|---:|---:|---|---:|---|---|---|",
        w.indicator,
        w.kind,
        w.year,
        w.value,
        w.target,
        w.achievement,
        w.rating,
        w.outlook_trend,
        w.note
    );
    let mut stale = false;
    for ind in g.indicators.iter().filter(|i| view.indicator(i)) {
        stale |= ind.stale;
        let _ = writeln!(
            out,
            "| `{}` {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            code(&ind.id),
            esc(human::pick(&ind.name, ind.name_en.as_deref(), lang)),
            human::kind(ind.kind, lang),
            human::rated_year(ind, lang),
            esc(&human::rated_value(ind, lang)),
            esc(&human::target_of_year(ind, lang)),
            ind.achievement.map(human::percent).unwrap_or_default(),
            esc(&human::indicator_rating(ind, r, lang)),
            esc(&human::direction_of_travel(ind, lang)),
            esc(&human::note(ind, lang))
        );
    }
    out.push('\n');
    if stale {
        let _ = writeln!(out, "{}\n", w.stale_note);
    }
}

/// The words of the diagnostics appendix: its title, the line under it, and how the help of a
/// diagnostic is introduced. The messages themselves are kept as written.
struct AppendixWords {
    title: &'static str,
    intro: &'static str,
    help: &'static str,
}

fn appendix_words(lang: Lang) -> AppendixWords {
    match lang {
        Lang::Ja => AppendixWords {
            title: "付録：診断",
            intro: "この報告の入力（ルーブリックとデータ）について polscore が出した警告です。\
                    メッセージは原文のまま掲げます。",
            help: "対処",
        },
        Lang::En => AppendixWords {
            title: "Appendix: diagnostics",
            intro: "The warnings polscore gave about the inputs (rubrics and data) of this \
                    report.",
            help: "help",
        },
    }
}

/// The appendix of diagnostics, after every rubric: a warning is for whoever keeps the
/// rubric and the data, not a finding of the evaluation.
fn diagnostics(out: &mut String, diagnostics: &[DiagnosticReport], lang: Lang) {
    let a = appendix_words(lang);
    let _ = writeln!(out, "# {}\n", a.title);
    if diagnostics.is_empty() {
        let _ = writeln!(out, "{}\n", human::words(lang).no_diagnostics);
        return;
    }
    let _ = writeln!(out, "{}\n", a.intro);
    for d in diagnostics {
        let mut line = format!("- {}: {}", human::level(d.level, lang), prose(&d.message));
        if let Some(l) = &d.location {
            let _ = write!(line, " ({})", code_span(l));
        }
        if let Some(h) = &d.help {
            let _ = write!(line, " — {}: {}", a.help, prose(h));
        }
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
}

/// Text made safe for a Markdown paragraph or table cell: characters with a meaning in
/// Markdown are escaped, and line breaks (which would end a table row) become spaces.
/// What the evaluation records, after the computed rating: ` (評価書: …)`, or nothing.
fn recorded(node: &impl Assessed, r: &RubricReport, lang: Lang) -> String {
    let text = human::recorded(&node.verdict(), r, lang);
    if text.is_empty() {
        text
    } else {
        format!(" ({})", esc(&text))
    }
}

use crate::values::escape::markdown as esc;

/// A message of ours, whose backticks mark code: the code spans are kept, the rest escaped.
/// Unbalanced backticks are escaped like everything else.
fn prose(s: &str) -> String {
    let parts: Vec<&str> = s.split('`').collect();
    if parts.len().is_multiple_of(2) {
        return esc(s);
    }
    parts
        .iter()
        .enumerate()
        .map(|(i, p)| if i % 2 == 1 { code_span(p) } else { esc(p) })
        .collect()
}

/// The inside of a code span: a backtick would end it and a pipe would split a table cell
/// (GitHub reads `\|` as a pipe even in code).
fn code(s: &str) -> String {
    s.replace('`', "'")
        .replace('|', "\\|")
        .replace(['\n', '\r'], " ")
}

fn code_span(s: &str) -> String {
    format!("`{}`", code(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_cannot_break_a_table_row_or_start_markup() {
        assert_eq!(esc("a|b\nc"), "a\\|b c");
        assert_eq!(esc("*注*"), "\\*注\\*");
        assert_eq!(code("a`b|c"), "a'b\\|c");
        assert_eq!(
            prose("goal `f3.g2` is not_rated"),
            "goal `f3.g2` is not\\_rated"
        );
        assert_eq!(prose("a ` b_"), "a \\` b\\_");
    }
}
