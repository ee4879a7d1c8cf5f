//! The terminal table: per rubric, one row per field, goal and indicator, grouped in the
//! rubric's order.

use comfy_table::{ContentArrangement, Table, presets};

use crate::rating::Lang;
use crate::report::human;
use crate::report::json::{Report, RubricReport};

/// Options of the table that depend on where it is printed.
#[derive(Debug, Clone, Copy)]
pub struct TableOptions {
    /// Wrap to this many columns; `None` lets the table size itself to the terminal.
    pub width: Option<u16>,
}

pub fn render(report: &Report, lang: Lang, options: TableOptions) -> String {
    let mut out = String::new();
    for (i, r) in report.rubrics.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&rubric(r, lang, options));
    }
    out
}

fn rubric(r: &RubricReport, lang: Lang, options: TableOptions) -> String {
    let (as_of_label, rating_label) = match lang {
        Lang::Ja => ("評価年度", "総合評価"),
        Lang::En => ("as of", "rating"),
    };
    let as_of = r.as_of.map_or_else(|| "—".to_string(), |y| y.to_string());
    let mut out = format!(
        "{}  {}\n{as_of_label}: {as_of}   {rating_label}: {}\n",
        r.id,
        human::pick(&r.title, r.title_en.as_deref(), lang),
        human::rating(r.rating, r, lang)
    );
    let headers: [&str; 7] = match lang {
        Lang::Ja => [
            "分野・目標・指標",
            "年度",
            "実績値",
            "目標",
            "達成率",
            "評価",
            "見通し・傾向",
        ],
        Lang::En => [
            "Field, goal, indicator",
            "Year",
            "Value",
            "Target",
            "Achievement",
            "Rating",
            "Outlook/trend",
        ],
    };
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(headers);
    if let Some(w) = options.width {
        table.set_width(w);
    }
    let mut stale = false;
    for f in &r.fields {
        let title = human::pick(&f.title, f.title_en.as_deref(), lang);
        table.add_row(row(&f.id, title, human::rating(f.rating, r, lang)));
        for g in &f.goals {
            let text = human::pick(&g.text, g.text_en.as_deref(), lang);
            let mut cells = row(&g.id, text, human::rating(g.rating, r, lang));
            cells[2] = format!("{}/{}", g.coverage.with_data, g.coverage.rated);
            table.add_row(cells);
            for ind in &g.indicators {
                stale |= ind.stale;
                let year = ind.year.map_or_else(String::new, |y| {
                    if ind.stale {
                        format!("{y}†")
                    } else {
                        y.to_string()
                    }
                });
                let mut value = ind
                    .value
                    .as_ref()
                    .map(|v| human::value(v, ind.unit.as_deref(), lang))
                    .unwrap_or_default();
                if ind.provisional {
                    value.push_str(if lang == Lang::Ja {
                        " (速報値)"
                    } else {
                        " (provisional)"
                    });
                }
                table.add_row(vec![
                    item(
                        &ind.id,
                        human::pick(&ind.name, ind.name_en.as_deref(), lang),
                    ),
                    year,
                    value,
                    human::target(ind, lang),
                    ind.achievement.map(human::percent).unwrap_or_default(),
                    human::rating(ind.rating, r, lang),
                    human::direction_of_travel(ind, lang),
                ]);
            }
        }
    }
    out.push_str(&table.to_string());
    out.push('\n');
    let coverage_note = match lang {
        Lang::Ja => "目標の行の実績値欄: データのある評価対象指標数/評価対象指標数",
        Lang::En => "Goal rows show, under Value, rated indicators with data / rated indicators",
    };
    out.push_str(coverage_note);
    out.push('\n');
    if stale {
        out.push_str(match lang {
            Lang::Ja => "† 評価年度より前の年度の値で評価\n",
            Lang::En => "† rated at a year before the evaluation year (stale)\n",
        });
    }
    out
}

/// The first cell: the id on its own line, so that it never wraps, then the name or text.
fn item(id: &str, text: &str) -> String {
    format!("{id}\n{text}")
}

fn row(id: &str, text: &str, rating: String) -> Vec<String> {
    vec![
        item(id, text),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        rating,
        String::new(),
    ]
}
