//! Reports: the scores rendered for machines (JSON, CSV) and for people (the terminal table,
//! Markdown, HTML), all through `write`. Every format is rendered from the same report
//! model (`json::Report`, which is also the JSON document), so they cannot disagree.

pub mod chart;
pub mod csv;
pub mod html;
pub mod human;
pub mod json;
pub mod markdown;
pub mod table;
pub mod view;

use crate::diag::Diagnostic;
use crate::rating::Lang;
use crate::score::RubricScore;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For the terminal.
    Table,
    /// The report document of SPEC §5, for machines.
    Json,
    /// For an evaluation book or a pull request.
    Markdown,
    /// One row per policy, field, goal and indicator, for spreadsheets.
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

/// Writes the report of `scores` in `format`: the one way every format is written. JSON is
/// streamed rubric by rubric (`json::write`); the formats for people are rendered from the
/// report with every text from the inputs escaped (`json::For::People`).
pub fn write(
    scores: &[RubricScore],
    diagnostics: &[Diagnostic],
    format: Format,
    options: &RenderOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let report = || json::build(scores, diagnostics, json::For::People, options.lang);
    let text = match format {
        Format::Json => return json::write(scores, diagnostics, options.json, options.lang, out),
        Format::Table => table::render(&report(), options.lang, &options.table, &options.view),
        Format::Markdown => markdown::render(&report(), options.lang, &options.view),
        Format::Csv => self::csv::render(&report(), options.lang),
        Format::Html => html::render(&report(), options.lang),
    };
    out.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rubric(title: &str) -> crate::rubric::Rubric {
        let text = format!(
            "schema = 1\n[policy]\nid = \"p\"\ntitle = \"{title}\"\n\n[[field]]\nid = \"f\"\n\
             title = \"f\"\n\n[[field.goal]]\nid = \"g\"\ntext = \"g\"\n\n\
             [[field.goal.indicator]]\nid = \"i\"\nname = \"i\"\nkind = \"milestone\"\n"
        );
        match crate::rubric::parse("p.toml", &text) {
            Ok((r, _)) => r,
            Err(e) => panic!("{e:?}"),
        }
    }

    fn written(title: &str, format: Format) -> String {
        let rubric = rubric(title);
        let data = crate::data::DataSet::default();
        let scores = [crate::score::score(&rubric, &data, Some(2023))];
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
        let mut out = Vec::new();
        write(&scores, &[], format, &options, &mut out).unwrap_or_else(|e| panic!("{e}"));
        String::from_utf8(out).unwrap_or_else(|e| panic!("{e}"))
    }

    /// `text` without its colours (SGR sequences, `ESC [ … m`).
    fn uncoloured(text: &str) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(at) = rest.find("\u{1b}[") {
            out.push_str(&rest[..at]);
            let after = &rest[at + 2..];
            match after.find(|c: char| !(c.is_ascii_digit() || c == ';')) {
                Some(end) if after[end..].starts_with('m') => rest = &after[end + 1..],
                _ => {
                    out.push('\u{1b}');
                    rest = &rest[at + 1..];
                }
            }
        }
        out + rest
    }

    #[test]
    fn the_inputs_are_escaped_and_the_colours_kept() {
        let text = written("a \\u001b[2J b", Format::Table);
        assert!(text.contains("p  a \\u{1b}[2J b\n"), "{text}");
        // The only ESC left are those of the colours.
        assert!(text.contains("\u{1b}["), "{text:?}");
        assert!(!uncoloured(&text).contains('\u{1b}'), "{text:?}");
        // JSON keeps the text, which it writes escaped itself.
        let json = written("a \\u001b[2J b", Format::Json);
        assert!(json.contains("a \\u001b[2J b"), "{json}");
    }

    #[test]
    fn a_report_without_control_characters_is_shown_as_it_is() {
        let rubric = rubric("目標\\n二行目");
        let data = crate::data::DataSet::default();
        let scores = [crate::score::score(&rubric, &data, Some(2023))];
        let shown = json::build(&scores, &[], json::For::People, Lang::Ja);
        assert_eq!(shown, json::build(&scores, &[], json::For::Json, Lang::Ja));
        assert_eq!(shown.rubrics[0].title, "目標\n二行目");
    }
}
