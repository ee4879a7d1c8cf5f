//! Reports: the scores rendered for machines (JSON) and for people (the terminal table).
//! Every format is rendered from the same `json::Report`, so they cannot disagree.

pub mod human;
pub mod json;
pub mod table;

use crate::rating::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
}

/// Options of the human formats.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    pub lang: Lang,
    pub table: table::TableOptions,
}

pub fn render(report: &json::Report, format: Format, options: RenderOptions) -> String {
    match format {
        Format::Json => json::render(report),
        Format::Table => table::render(report, options.lang, options.table),
    }
}
