//! `polscore template`: a data file to fill in — the CSV header and one row per indicator
//! and year, with empty values and the indicator's name as the note.

use std::path::PathBuf;

use clap::Args;

use super::{Inputs, load, print_warnings};
use crate::diag::Diagnostic;
use crate::exit;
use crate::output::{print_stdout, write_new};
use crate::rubric::Rubric;

#[derive(Args)]
pub struct TemplateArgs {
    #[command(flatten)]
    inputs: Inputs,
    /// The years, first and last inclusive: 2024..2026 (or one year: 2024). Default: the
    /// rubrics' periods.
    #[arg(long, value_name = "FIRST..LAST", value_parser = parse_years)]
    years: Option<(i32, i32)>,
    /// Write the CSV to FILE instead of standard output (`-`); an existing file is never replaced.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
}

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
            .filter(|y| (1900..=2200).contains(y))
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

pub fn run(args: TemplateArgs) -> Result<u8, Vec<Diagnostic>> {
    let loaded = load(&args.inputs.options(&[]), None)?;
    print_warnings(&loaded.warnings);
    let (first, last) = match args.years.or_else(|| periods(&loaded.rubrics)) {
        Some(years) => years,
        None => {
            return Err(vec![
                Diagnostic::error("no years to fill in: the rubrics have no `period`")
                    .with_help("name the years, e.g. --years 2024..2026"),
            ]);
        }
    };
    let text = csv_text(&loaded.rubrics, first, last);
    match args.output.as_deref().filter(|p| p.as_os_str() != "-") {
        Some(path) => write_new(path, &text, "template")?,
        None => print_stdout(&text)?,
    }
    Ok(exit::OK)
}

/// From the earliest start to the latest end of the rubrics' periods.
fn periods(rubrics: &[Rubric]) -> Option<(i32, i32)> {
    let periods: Vec<(i32, i32)> = rubrics.iter().filter_map(|r| r.policy.period).collect();
    Some((
        periods.iter().map(|p| p.0).min()?,
        periods.iter().map(|p| p.1).max()?,
    ))
}

/// The rows in the order of the rubrics, each id once (a row feeds every rubric that
/// defines the id).
fn csv_text(rubrics: &[Rubric], first: i32, last: i32) -> String {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let _ = w.write_record(["indicator", "year", "value", "status", "note"]);
    let mut seen = std::collections::BTreeSet::new();
    for ind in rubrics.iter().flat_map(Rubric::indicators) {
        if !seen.insert(ind.id.as_str()) {
            continue;
        }
        for year in first..=last {
            let _ = w.write_record([
                ind.id.as_str(),
                &year.to_string(),
                "",
                "",
                ind.name.as_str(),
            ]);
        }
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
