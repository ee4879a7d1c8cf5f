//! Reports: the scores rendered for machines (JSON, CSV) and for people (the terminal table,
//! Markdown, HTML). Every format is rendered from the same `json::Report`, so they cannot
//! disagree.

pub mod chart;
pub mod csv;
pub mod explain;
pub mod html;
pub mod human;
pub mod json;
pub mod markdown;
pub mod table;

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
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    pub lang: Lang,
    pub table: table::TableOptions,
    pub json: json::Style,
}

pub fn render(report: &json::Report, format: Format, options: RenderOptions) -> String {
    match format {
        Format::Json => json::render(report, options.json),
        Format::Table => table::render(report, options.lang, options.table),
        Format::Markdown => markdown::render(report, options.lang),
        Format::Csv => self::csv::render(report, options.lang),
        Format::Html => html::render(report, options.lang),
    }
}
