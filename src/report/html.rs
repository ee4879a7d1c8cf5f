//! The HTML report: one self-contained page (inline CSS and SVG, no script, nothing fetched)
//! that opens offline and prints on A4. Per rubric: the policy's rating, a summary of fields
//! and goals, then per goal a table of its indicators and, per indicator, a chart of its
//! series with its target and a table of the years. Ratings are badges that carry their
//! label as text, so that colour is never the only sign.

use std::fmt::Write;

use crate::data::Status;
use crate::rating::{Lang, Rating};
use crate::report::chart;
use crate::report::human;
use crate::report::json::{
    DiagnosticReport, FieldReport, GoalReport, IndicatorReport, Report, RubricReport,
};
use crate::values::escape::html as esc;

mod badge;
use crate::values::show;
use badge::{badge, indicator_badge, recorded};

const STYLE: &str = r#"
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #111827; line-height: 1.6;
  font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
    "Yu Gothic", "Meiryo", system-ui, sans-serif; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 1.6rem; line-height: 1.3; margin: 0.1em 0 0.4em; }
h2 { font-size: 1.25rem; line-height: 1.4; margin: 2em 0 0.6em; padding-bottom: 0.2em;
  border-bottom: 2px solid #d1d5db; }
h3 { font-size: 1.05rem; line-height: 1.5; margin: 1.6em 0 0.4em; }
h2 .badge, h3 .badge { vertical-align: 0.1em; }
article + article { margin-top: 4em; border-top: 4px double #9ca3af; padding-top: 1em; }
code { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: 0.82em;
  background: #f3f4f6; color: #374151; padding: 0 0.3em; border-radius: 3px; }
.overall { font-size: 1.15rem; margin: 0.3em 0; }
.overall .badge { font-size: 1.1rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1em 1em; margin: 0.8em 0;
  font-size: 0.9rem; }
dl.facts dt { color: #4b5563; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; margin: 0.4em 0 0.8em; }
th, td { border: 1px solid #d1d5db; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #f9fafb; font-weight: 600; }
table.indicators th { white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.nowrap { white-space: nowrap; }
tr.field td { background: #f9fafb; font-weight: 600; }
tr.goal td:first-child { padding-left: 1.6em; }
.badge { display: inline-block; padding: 0 0.65em; border-radius: 999px; border: 1px solid transparent;
  font-size: 0.82rem; font-weight: 700; line-height: 1.6; color: #fff; white-space: nowrap; }
.r-no_data { color: #1f2937; border: 1px dashed #6b7280; }
.r-not_rated { color: #1f2937; border-color: #9ca3af; }
.meta, .note, .legend { color: #4b5563; font-size: 0.85rem; }
.legend svg { vertical-align: middle; margin: 0 0.2em 0 0.8em; }
.legend svg:first-child { margin-left: 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(390px, 1fr)); gap: 12px;
  margin: 0.6em 0 1em; }
figure.card { margin: 0; padding: 10px 12px; border: 1px solid #d1d5db; border-radius: 6px;
  break-inside: avoid; }
figure.card figcaption { font-size: 0.9rem; line-height: 1.45; margin-bottom: 6px; }
figure.card figcaption .name { font-weight: 600; }
figure.card table { font-size: 0.8rem; }
.card-body { display: flex; flex-wrap: wrap; gap: 6px 16px; align-items: flex-start; }
svg.chart { display: block; flex: 0 1 340px; width: 100%; max-width: 460px; height: auto; }
.card-body table.series { flex: 1 1 280px; width: auto; margin: 0; }
table.series td:last-child { min-width: 7em; }
table.indicators td:first-child { min-width: 14em; }
table.indicators td:last-child { min-width: 9em; }
.nochart { color: #6b7280; font-size: 0.85rem; margin: 0.5em 0; }
ul.diagnostics { padding-left: 1.2em; font-size: 0.88rem; }
footer { margin-top: 3em; color: #6b7280; font-size: 0.8rem; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  tr, figure.card { break-inside: avoid; }
  .cards { grid-template-columns: 1fr; }
  .badge, svg, tr.field td, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page { size: A4; margin: 14mm; }
"#;

pub fn render(report: &Report, lang: Lang) -> String {
    let titles: Vec<&str> = report
        .rubrics
        .iter()
        .map(|r| human::pick(&r.title, r.title_en.as_deref(), lang))
        .collect();
    let lang_attr = match lang {
        Lang::Ja => "ja",
        Lang::En => "en",
    };
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang_attr}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"{}\">\n<title>{}</title>\n<style>{STYLE}{}</style>\n\
         </head>\n<body>\n<main>\n",
        esc(&report.generator),
        esc(&titles.join(" / ")),
        badge_colours()
    );
    for r in &report.rubrics {
        rubric(&mut out, r, lang);
    }
    diagnostics(&mut out, &report.diagnostics, lang);
    let _ = write!(
        out,
        "<footer>{}</footer>\n</main>\n</body>\n</html>\n",
        esc(&report.generator)
    );
    out
}

/// The badges' backgrounds, from the one palette the charts' markers use too.
fn badge_colours() -> String {
    Rating::ALL
        .iter()
        .map(|r| {
            format!(
                ".r-{} {{ background: {}; }}\n",
                r.id(),
                chart::rating_colour(*r)
            )
        })
        .collect()
}

fn code(s: &str) -> String {
    format!("<code>{}</code>", esc(s))
}

/// A field, goal or indicator by its id and its text.
fn named(id: &str, text: &str) -> String {
    format!("{} {}", code(id), esc(text))
}

fn rubric(out: &mut String, r: &RubricReport, lang: Lang) {
    let w = human::words(lang);
    let _ = writeln!(out, "<article class=\"policy\">\n<header>");
    let _ = writeln!(out, "<p class=\"meta\">{}</p>", code(&r.id));
    let _ = writeln!(
        out,
        "<h1>{}</h1>",
        esc(human::pick(&r.title, r.title_en.as_deref(), lang))
    );
    let _ = writeln!(
        out,
        "<p class=\"overall\">{} {}{}</p>",
        esc(w.policy_rating),
        badge(r.rating, r, lang),
        recorded(r, r, lang)
    );
    let mut facts = vec![(w.as_of, human::as_of(r))];
    if let Some([a, b]) = r.period {
        facts.push((w.period, format!("{a}–{b}")));
    }
    if let Some(o) = &r.owner {
        facts.push((w.owner, esc(o)));
    }
    facts.push((w.file, code(&r.file)));
    out.push_str("<dl class=\"facts\">");
    for (k, v) in facts {
        let _ = write!(out, "<dt>{}</dt><dd>{v}</dd>", esc(k));
    }
    out.push_str("</dl>\n</header>\n");

    summary(out, r, lang);
    for f in &r.fields {
        field(out, r, f, lang);
    }
    out.push_str("</article>\n");
}

fn summary(out: &mut String, r: &RubricReport, lang: Lang) {
    let w = human::words(lang);
    let _ = writeln!(
        out,
        "<section>\n<h2>{}</h2>\n<table class=\"summary\">\n<thead><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>",
        esc(w.summary),
        esc(w.field_goal),
        esc(w.rating),
        esc(w.coverage)
    );
    for f in &r.fields {
        let _ = writeln!(
            out,
            "<tr class=\"field\"><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
            named(&f.id, human::pick(&f.title, f.title_en.as_deref(), lang)),
            badge(f.rating, r, lang),
            human::field_coverage(f)
        );
        for g in &f.goals {
            let _ = writeln!(
                out,
                "<tr class=\"goal\"><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
                named(&g.id, human::pick(&g.text, g.text_en.as_deref(), lang)),
                badge(g.rating, r, lang),
                human::coverage(g.coverage)
            );
        }
    }
    let _ = writeln!(
        out,
        "</tbody>\n</table>\n<p class=\"note\">{}</p>\n{}\n</section>",
        esc(w.coverage_note),
        legend(lang)
    );
}

/// How to read the charts, with samples of their lines and markers.
fn legend(lang: Lang) -> String {
    let (value, target, baseline, missing, provisional) = match lang {
        Lang::Ja => (
            "実績値（点の色は各年度の評価）",
            "目標（基準値から目標年度までの経路）",
            "基準値",
            "値のない年度",
            "速報値",
        ),
        Lang::En => (
            "value (marker colour: the year's rating)",
            "target (the path from the baseline to the target year)",
            "baseline",
            "year without a value",
            "provisional",
        ),
    };
    let v = chart::VALUE_COLOUR;
    let t = chart::TARGET_COLOUR;
    format!(
        concat!(
            r#"<p class="legend">"#,
            r#"<svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke="{v}" stroke-width="2"/><circle cx="14" cy="5" r="4" fill="{v}"/></svg>{value}"#,
            r#"<svg width="16" height="10" aria-hidden="true"><circle cx="8" cy="5" r="4" fill="white" stroke="{v}" stroke-width="1.5"/></svg>{provisional}"#,
            r#"<svg width="28" height="10" aria-hidden="true"><line x1="0" y1="5" x2="28" y2="5" stroke="{t}" stroke-width="1.5" stroke-dasharray="5 3"/></svg>{target}"#,
            r#"<svg width="12" height="10" aria-hidden="true"><rect x="2" y="1.5" width="7" height="7" fill="white" stroke="{t}"/></svg>{baseline}"#,
            r#"<svg width="8" height="14" aria-hidden="true"><line x1="4" y1="0" x2="4" y2="14" stroke="{m}" stroke-dasharray="2 3"/></svg>{missing}"#,
            "</p>"
        ),
        v = v,
        t = t,
        m = "#9ca3af",
        value = esc(value),
        provisional = esc(provisional),
        target = esc(target),
        baseline = esc(baseline),
        missing = esc(missing),
    )
}

fn field(out: &mut String, r: &RubricReport, f: &FieldReport, lang: Lang) {
    let _ = writeln!(
        out,
        "<section class=\"field\">\n<h2>{} {}{}</h2>",
        named(&f.id, human::pick(&f.title, f.title_en.as_deref(), lang)),
        badge(f.rating, r, lang),
        recorded(f, r, lang)
    );
    if let Some(o) = &f.owner {
        let _ = writeln!(
            out,
            "<p class=\"meta\">{}: {}</p>",
            esc(human::words(lang).owner),
            esc(o)
        );
    }
    for g in &f.goals {
        goal(out, r, g, lang);
    }
    out.push_str("</section>\n");
}

fn goal(out: &mut String, r: &RubricReport, g: &GoalReport, lang: Lang) {
    let w = human::words(lang);
    let _ = writeln!(
        out,
        "<section class=\"goal\">\n<h3>{}</h3>\n<p>{} {}{} · {} {}</p>",
        named(&g.id, human::pick(&g.text, g.text_en.as_deref(), lang)),
        esc(w.rating),
        badge(g.rating, r, lang),
        recorded(g, r, lang),
        esc(w.coverage),
        human::coverage(g.coverage)
    );
    if g.indicators.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"note\">{}</p>\n</section>",
            esc(w.no_indicators)
        );
        return;
    }
    let _ = writeln!(
        out,
        "<table class=\"indicators\">\n<thead><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        esc(w.indicator),
        esc(w.kind),
        esc(w.year),
        esc(w.value),
        esc(w.target),
        esc(w.achievement),
        esc(w.rating),
        esc(w.outlook_trend),
        esc(w.note)
    );
    let mut stale = false;
    for ind in &g.indicators {
        stale |= ind.stale;
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"nowrap\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"nowrap\">{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            named(
                &ind.id,
                human::pick(&ind.name, ind.name_en.as_deref(), lang)
            ),
            esc(human::kind(ind.kind, lang)),
            esc(&human::rated_year(ind, lang)),
            esc(&human::rated_value(ind, lang)),
            esc(&human::target(ind, lang)),
            ind.achievement.map(human::percent).unwrap_or_default(),
            indicator_badge(ind, r, lang),
            esc(&human::direction_of_travel(ind, lang)),
            esc(&human::note(ind, lang))
        );
    }
    out.push_str("</tbody>\n</table>\n");
    if stale {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(w.stale_note));
    }
    out.push_str("<div class=\"cards\">\n");
    for ind in &g.indicators {
        card(out, r, ind, lang);
    }
    out.push_str("</div>\n</section>\n");
}

/// One indicator: its chart, then every year of its series.
fn card(out: &mut String, r: &RubricReport, ind: &IndicatorReport, lang: Lang) {
    let _ = writeln!(
        out,
        "<figure class=\"card\">\n<figcaption>{} <span class=\"name\">{}</span> {}</figcaption>",
        code(&ind.id),
        esc(human::pick(&ind.name, ind.name_en.as_deref(), lang)),
        badge(ind.rating, r, lang)
    );
    out.push_str("<div class=\"card-body\">\n");
    match chart::svg(ind, r, lang) {
        Some(svg) => {
            out.push_str(&svg);
            out.push('\n');
        }
        None => {
            let no_data = human::words(lang).no_data;
            let _ = writeln!(out, "<p class=\"nochart\">{}</p>", esc(no_data));
        }
    }
    if !ind.series.is_empty() {
        series(out, r, ind, lang);
    }
    out.push_str("</div>\n</figure>\n");
}

/// The table of an indicator's years: value, target and achievement (when it has a
/// target), rating and note.
fn series(out: &mut String, r: &RubricReport, ind: &IndicatorReport, lang: Lang) {
    let w = human::words(lang);
    let with_target = ind.target_number().is_some();
    let _ = write!(
        out,
        "<table class=\"series\">\n<thead><tr><th class=\"num\">{}</th><th class=\"num\">{}</th>",
        esc(w.year),
        esc(w.value)
    );
    if with_target {
        let _ = write!(
            out,
            "<th class=\"num\">{}</th><th class=\"num\">{}</th>",
            esc(w.target),
            esc(w.achievement)
        );
    }
    let _ = writeln!(
        out,
        "<th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        esc(w.rating),
        esc(w.note)
    );
    let unit = ind.unit.as_deref();
    for p in &ind.series {
        let mut value = human::point_value(p, ind, lang);
        if p.provisional {
            let _ = write!(value, " ({})", w.provisional);
        }
        let note = match (&p.note, &p.status) {
            (Some(n), _) => n.to_string(),
            (None, Some(s)) if *s != Status::Provisional => human::status(*s, lang).to_string(),
            _ => String::new(),
        };
        let _ = write!(
            out,
            "<tr><td class=\"num\">{}</td><td class=\"num\">{}</td>",
            esc(&human::year(p.year, ind.year_basis, lang)),
            esc(&value)
        );
        if with_target {
            let _ = write!(
                out,
                "<td class=\"num\">{}</td><td class=\"num\">{}</td>",
                p.target_number()
                    .map(|t| esc(&format!("{}{}", show::number(t), unit.unwrap_or(""))))
                    .unwrap_or_default(),
                p.achievement.map(human::percent).unwrap_or_default()
            );
        }
        let _ = writeln!(
            out,
            "<td>{}</td><td>{}</td></tr>",
            badge(p.rating, r, lang),
            esc(&note)
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

fn diagnostics(out: &mut String, diagnostics: &[DiagnosticReport], lang: Lang) {
    let w = human::words(lang);
    let _ = writeln!(
        out,
        "<section class=\"diagnostics\">\n<h2>{}</h2>",
        esc(w.diagnostics)
    );
    if diagnostics.is_empty() {
        let _ = writeln!(out, "<p>{}</p>\n</section>", esc(w.no_diagnostics));
        return;
    }
    out.push_str("<ul class=\"diagnostics\">\n");
    for d in diagnostics {
        let _ = write!(
            out,
            "<li><strong>{}</strong>: {}",
            esc(human::level(d.level, lang)),
            esc(&d.message)
        );
        if let Some(l) = &d.location {
            let _ = write!(out, " ({})", code(l));
        }
        if let Some(h) = &d.help {
            let _ = write!(out, " — {}: {}", esc(w.help), esc(h));
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</section>\n");
}
