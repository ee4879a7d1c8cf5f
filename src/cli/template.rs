//! `polscore template`: a data file to fill in, one row per indicator and year, as CSV or as
//! an Excel workbook.
//!
//! Both have the columns `indicator,name,unit,year,value,status,note`: the indicator's name
//! and unit are there to be read, not filled in (the data reader ignores them). The CSV is
//! UTF-8 with a byte order mark, as the CSV report, because Excel reads a CSV without one in
//! the local code page and garbles Japanese. The workbook's sheet is protected with only the
//! value, status and note cells open, and offers the accepted words in drop-down lists.

use crate::lang::{Lang, msg};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use rust_xlsxwriter::{DataValidation, Format, ProtectionOptions, Workbook, XlsxError};

use super::project::Wants;
use super::{Inputs, load, print_warnings};
use crate::diag::Diagnostic;
use crate::exit;
use crate::output::{write_new, write_stdout};
use crate::report::csv::{BOM, guarded};
use crate::rubric::{Kind, Rubric};
use crate::values::escape;

#[derive(Args)]
pub struct TemplateArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// The years, first and last inclusive: 2024..2026 (or one year: 2024). Default: the
    /// rubrics' periods.
    #[arg(long, value_name = "FIRST..LAST", value_parser = parse_years)]
    years: Option<(i32, i32)>,
    /// csv, or xlsx for an Excel workbook. Default: xlsx when --output ends in .xlsx, else csv.
    #[arg(long, value_name = "FORMAT")]
    format: Option<TemplateFormat>,
    /// Write to FILE instead of standard output (`-`); an existing file is never replaced.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum TemplateFormat {
    /// UTF-8 with a byte order mark, for any spreadsheet or editor.
    Csv,
    /// An Excel workbook: the sheet protected but for the cells to fill in, with drop-down lists.
    Xlsx,
}

/// The columns of the template, in order; `name` and `unit` are for reading only.
const HEADER: [&str; 7] = [
    "indicator",
    "name",
    "unit",
    "year",
    "value",
    "status",
    "note",
];
const NAME: u16 = 1;
const YEAR: u16 = 3;
const VALUE: u16 = 4;
const STATUS: u16 = 5;
const NOTE: u16 = 6;

/// The words of a drop-down list: accepted by the data reader (SPEC §2), in Japanese.
const MILESTONE_WORDS: [&str; 3] = ["達成", "実施中", "未着手"];
const STATUS_WORDS: [&str; 4] = ["公表予定", "未実施", "該当なし", "速報値"];

/// `2024..2026`, `2024..=2026` or `2024`.
fn parse_years(s: &str) -> Result<(i32, i32), String> {
    let s = s.trim();
    let (a, b) = match s.split_once("..") {
        Some((a, b)) => (a.trim(), b.trim().trim_start_matches('=').trim()),
        None => (s, s),
    };
    let year = |t: &str| -> Result<i32, String> {
        t.parse::<i32>()
            .ok()
            .filter(|y| crate::values::year::RANGE.contains(y))
            .ok_or_else(|| format!("`{t}` is not a year; write e.g. --years 2024..2026"))
    };
    let (a, b) = (year(a)?, year(b)?);
    if b < a {
        return Err(format!(
            "the range ends before it starts: did you mean {b}..{a}?"
        ));
    }
    Ok((a, b))
}

pub fn run(args: TemplateArgs, lang: Lang) -> Result<u8, Vec<Diagnostic>> {
    let options = args.inputs.resolve("template", &[], Wants::NoData)?.options;
    let loaded = load(&options, None)?;
    print_warnings(&loaded.warnings, args.inputs.quiet, lang);
    let (first, last) = match args.years.or_else(|| periods(&loaded.rubrics)) {
        Some(years) => years,
        None => {
            return Err(vec![
                Diagnostic::error(msg!("cli-template-no-years"))
                    .with_help(msg!("cli-template-no-years-help")),
            ]);
        }
    };
    let output = args.output.as_deref().filter(|p| *p != Path::new("-"));
    let format = args.format.unwrap_or(match output {
        Some(p) if has_extension(p, "xlsx") => TemplateFormat::Xlsx,
        _ => TemplateFormat::Csv,
    });
    if format == TemplateFormat::Xlsx && args.output.is_none() && std::io::stdout().is_terminal() {
        return Err(vec![no_workbook_to_a_terminal()]);
    }
    let rows = rows(&loaded.rubrics, first, last);
    let bytes = match format {
        TemplateFormat::Csv => csv_text(&rows).into_bytes(),
        TemplateFormat::Xlsx => workbook(&rows).map_err(|e| {
            vec![Diagnostic::error(msg!(
                "cli-template-workbook-failed",
                error = e
            ))]
        })?,
    };
    match output {
        Some(path) => write_new(path, &bytes, "template")?,
        None => write_stdout(|out| out.write_all(&bytes))?,
    }
    Ok(exit::OK)
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// A workbook is binary: on a terminal it would be noise, and could set the terminal's
/// state. Redirected (`> book.xlsx`) or piped, it is written.
fn no_workbook_to_a_terminal() -> Diagnostic {
    Diagnostic::error(msg!("cli-template-workbook-terminal"))
        .with_help(msg!("cli-template-workbook-terminal-help"))
}

/// From the earliest start to the latest end of the rubrics' periods.
fn periods(rubrics: &[Rubric]) -> Option<(i32, i32)> {
    let periods: Vec<(i32, i32)> = rubrics.iter().filter_map(|r| r.policy.period).collect();
    Some((
        periods.iter().map(|p| p.0).min()?,
        periods.iter().map(|p| p.1).max()?,
    ))
}

/// One row to fill in. The name and unit are shown escaped (`\u{1b}`), as everywhere text
/// from a rubric reaches people.
struct TemplateRow<'a> {
    id: &'a str,
    name: String,
    unit: String,
    year: i32,
    milestone: bool,
}

/// The rows in the order of the rubrics, each id once (a row feeds every rubric that
/// defines the id), its years in order.
fn rows(rubrics: &[Rubric], first: i32, last: i32) -> Vec<TemplateRow<'_>> {
    let mut seen = std::collections::BTreeSet::new();
    let mut rows = Vec::new();
    for ind in rubrics.iter().flat_map(Rubric::indicators) {
        if !seen.insert(ind.id.as_str()) {
            continue;
        }
        for year in first..=last {
            rows.push(TemplateRow {
                id: &ind.id,
                name: escape::line(&ind.name).into_owned(),
                unit: escape::line(ind.unit.as_deref().unwrap_or("")).into_owned(),
                year,
                milestone: matches!(ind.kind, Kind::Milestone { .. }),
            });
        }
    }
    rows
}

/// The CSV template: a byte order mark, the header, a row per indicator and year. Every
/// text cell is guarded against formulas as in the CSV report (`'=…`): an id may start
/// with `=`, `+`, `-` or `@`, and the data reader reads `'=x` back as the id `=x`.
fn csv_text(rows: &[TemplateRow]) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let _ = w.write_record(HEADER);
    for row in rows {
        let _ = w.write_record([
            guarded(row.id.to_string()),
            guarded(row.name.clone()),
            guarded(row.unit.clone()),
            row.year.to_string(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }
    let body = String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default();
    format!("{BOM}{body}")
}

/// The workbook template: one sheet, `data`, with the CSV template's columns. The sheet is
/// protected (without a password: it guards against slips, not people) so that only the
/// value, status and note cells can be typed in; columns may still be widened. A
/// milestone's value cells offer 達成・実施中・未着手, every status cell the statuses.
fn workbook(rows: &[TemplateRow]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("data")?;
    let header = Format::new().set_bold().set_background_color("#E5E7EB");
    let open = Format::new().set_unlocked();
    for (c, h) in (0u16..).zip(HEADER) {
        sheet.write_string_with_format(0, c, h, &header)?;
    }
    let widths = [28.0, 48.0, 8.0, 8.0, 14.0, 12.0, 36.0];
    for (c, w) in (0u16..).zip(widths) {
        sheet.set_column_width(c, w)?;
    }
    for (r, row) in (1u32..).zip(rows) {
        sheet.write_string(r, 0, row.id)?;
        sheet.write_string(r, NAME, &row.name)?;
        sheet.write_string(r, NAME + 1, &row.unit)?;
        sheet.write_number(r, YEAR, f64::from(row.year))?;
        for c in [VALUE, STATUS, NOTE] {
            sheet.write_blank(r, c, &open)?;
        }
    }
    let last = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    if last > 0 {
        let statuses = DataValidation::new()
            .allow_list_strings(&STATUS_WORDS)?
            .set_input_title("status")?
            .set_input_message(
                "値がないとき: 公表予定・未実施・該当なし。速報値のとき: 速報値。ふつうは空欄。",
            )?
            .set_error_message(
                "公表予定・未実施・該当なし・速報値から選ぶか、空欄にしてください。",
            )?;
        sheet.add_data_validation(1, STATUS, last, STATUS, &statuses)?;
    }
    let milestone = DataValidation::new()
        .allow_list_strings(&MILESTONE_WORDS)?
        .set_input_title("value")?
        .set_input_message("達成・実施中・未着手から選んでください。")?
        .set_error_message("達成・実施中・未着手から選ぶか、空欄にしてください。")?;
    // A milestone's years are consecutive rows: one range each.
    let mut r = 0;
    while r < rows.len() {
        let end = (r..rows.len())
            .find(|&e| rows[e].id != rows[r].id)
            .unwrap_or(rows.len());
        if rows[r].milestone {
            let (a, b) = (excel_row(r), excel_row(end - 1));
            sheet.add_data_validation(a, VALUE, b, VALUE, &milestone)?;
        }
        r = end;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.protect_with_options(&ProtectionOptions {
        format_columns: true,
        format_rows: true,
        ..ProtectionOptions::new()
    });
    book.save_to_buffer()
}

/// The sheet row of `rows[i]`, below the header.
fn excel_row(i: usize) -> u32 {
    u32::try_from(i + 1).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_offered_are_the_words_read() {
        for w in MILESTONE_WORDS {
            assert!(crate::data::MilestoneStatus::parse(w).is_ok(), "{w}");
        }
    }
}
