//! Reports: the scores rendered for machines (JSON, CSV) and for people (the terminal table,
//! Markdown, HTML). Every format is rendered from the same `json::Report`, so they cannot
//! disagree.

pub mod chart;
pub mod csv;
pub mod html;
pub mod human;
pub mod json;
pub mod markdown;
pub mod table;
pub mod view;

use crate::rating::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For the terminal.
    Table,
    /// The report document of SPEC §5, for machines.
    Json,
    /// For an evaluation book or a pull request.
    Markdown,
    /// One row per indicator, for spreadsheets.
    Csv,
    /// One self-contained page with charts, for the web and for print.
    Html,
}

/// Options of the formats.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    pub lang: Lang,
    pub table: table::TableOptions,
    pub json: json::Style,
    /// What the table and Markdown show; the other formats are always whole.
    pub view: view::View,
}

pub fn render(report: &json::Report, format: Format, options: &RenderOptions) -> String {
    // JSON writes a control character as `\u001b`: its texts stay as they were.
    let escaped;
    let report = if format == Format::Json {
        report
    } else {
        escaped = shown(report);
        &escaped
    };
    match format {
        Format::Json => json::render(report, options.json),
        Format::Table => table::render(report, options.lang, &options.table, &options.view),
        Format::Markdown => markdown::render(report, options.lang, &options.view),
        Format::Csv => self::csv::render(report, options.lang),
        Format::Html => html::render(report, options.lang),
    }
}

/// The report as the formats for people show it: every text from the inputs with its
/// control characters escaped (`crate::values::escape`; line breaks kept in texts that may have
/// them), so that none reaches a terminal, a page or a spreadsheet. Every field is named
/// here, so that a text added to the report is not forgotten.
pub fn shown(report: &json::Report) -> json::Report {
    use crate::values::escape::{line_in_place as line, lines_in_place as lines};
    use json::{
        DiagnosticReport, FieldReport, GoalReport, IndicatorReport, JsonValue, PointReport, Report,
        RubricReport,
    };
    fn status(v: &mut Option<JsonValue>) {
        if let Some(JsonValue::Status(s)) = v {
            line(s);
        }
    }
    let mut report = report.clone();
    let Report {
        schema,
        generator,
        rubrics,
        diagnostics,
    } = &mut report;
    line(schema);
    line(generator);
    for r in rubrics {
        let RubricReport {
            id,
            as_of: _,
            title,
            title_en,
            file,
            rating: _,
            fields,
            owner,
            period: _,
            labels,
        } = r;
        line(id);
        lines(title);
        title_en.iter_mut().for_each(lines);
        line(file);
        owner.iter_mut().for_each(lines);
        labels.values_mut().for_each(line);
        for f in fields {
            let FieldReport {
                id,
                title,
                rating: _,
                goals,
                title_en,
                owner,
            } = f;
            line(id);
            lines(title);
            title_en.iter_mut().for_each(lines);
            owner.iter_mut().for_each(lines);
            for g in goals {
                let GoalReport {
                    id,
                    text,
                    rating: _,
                    coverage: _,
                    indicators,
                    text_en,
                } = g;
                line(id);
                lines(text);
                text_en.iter_mut().for_each(lines);
                for ind in indicators {
                    let IndicatorReport {
                        id,
                        name,
                        kind: _,
                        unit,
                        primary: _,
                        direction: _,
                        target: _,
                        target_year: _,
                        baseline: _,
                        due: _,
                        accumulate: _,
                        rating: _,
                        year: _,
                        stale: _,
                        value,
                        achievement: _,
                        outlook,
                        trend,
                        series,
                        name_en,
                        source,
                        provisional: _,
                        note,
                    } = ind;
                    line(id);
                    lines(name);
                    unit.iter_mut().for_each(line);
                    status(value);
                    outlook.iter_mut().for_each(line);
                    trend.iter_mut().for_each(line);
                    name_en.iter_mut().for_each(lines);
                    source.iter_mut().for_each(lines);
                    note.iter_mut().for_each(lines);
                    for p in series {
                        let PointReport {
                            year: _,
                            value,
                            target: _,
                            achievement: _,
                            rating: _,
                            provisional: _,
                            note,
                            status: row_status,
                        } = p;
                        status(value);
                        note.iter_mut().for_each(lines);
                        row_status.iter_mut().for_each(line);
                    }
                }
            }
        }
    }
    for d in diagnostics {
        let DiagnosticReport {
            level,
            message,
            location,
            help,
        } = d;
        line(level);
        line(message);
        location.iter_mut().for_each(line);
        help.iter_mut().for_each(line);
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rating::Rating;

    fn report(title: &str) -> json::Report {
        json::Report {
            schema: json::SCHEMA.into(),
            generator: String::new(),
            rubrics: vec![json::RubricReport {
                id: "p".into(),
                as_of: Some(2023),
                title: title.into(),
                title_en: None,
                file: "p.toml".into(),
                rating: Rating::Met,
                fields: vec![],
                owner: None,
                period: None,
                labels: Default::default(),
            }],
            diagnostics: vec![],
        }
    }

    #[test]
    fn the_inputs_are_escaped_and_the_colours_kept() {
        let options = RenderOptions {
            lang: Lang::Ja,
            table: table::TableOptions {
                width: 80,
                color: true,
                wide: false,
            },
            json: json::Style::Compact,
            view: view::View::default(),
        };
        let text = render(&report("a \u{1b}[2J b"), Format::Table, &options);
        assert!(text.contains("p  a \\u{1b}[2J b\n"), "{text}");
        // The only ESC left are those of the colours.
        assert!(
            text.contains("\u{1b}[1m\u{1b}[32m目標達成\u{1b}[0m"),
            "{text}"
        );
        assert_eq!(text.matches('\u{1b}').count(), 3, "{text:?}");
        // JSON keeps the text, which it writes escaped itself.
        let json = render(&report("a \u{1b}[2J b"), Format::Json, &options);
        assert!(json.contains("a \\u001b[2J b"), "{json}");
    }

    #[test]
    fn a_report_without_control_characters_is_shown_as_it_is() {
        let r = report("目標\n二行目");
        assert_eq!(shown(&r), r);
    }
}
