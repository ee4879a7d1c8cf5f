//! `polscore diff OLD.json NEW.json`: every change between two reports, as a table grouped
//! by policy, field and goal, as Markdown, or as JSON. Differences are not an error: the exit status is 0.

use std::io::IsTerminal as _;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use crate::compare::{self, read, render};
use crate::diag::Diagnostic;
use crate::output::print_stdout;
use crate::rating::Lang;
use crate::{exit, files};

#[derive(Args)]
pub struct DiffArgs {
    /// The earlier report (JSON of `polscore score --format json`).
    #[arg(value_name = "OLD.json")]
    old: PathBuf,
    /// The later report.
    #[arg(value_name = "NEW.json")]
    new: PathBuf,
    #[arg(long, value_enum, default_value = "table")]
    format: DiffFormat,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    /// A table for people.
    Table,
    /// A Markdown table, for a pull request or an evaluation book.
    Markdown,
    /// `polscore.diff/1`, for machines.
    Json,
}

pub fn run(args: DiffArgs, lang: Lang) -> Result<u8, Vec<Diagnostic>> {
    let (old, new) = match (read::read(&args.old), read::read(&args.new)) {
        (Ok(old), Ok(new)) => (old, new),
        (old, new) => return Err(old.err().into_iter().chain(new.err()).collect()),
    };
    let (old_name, new_name) = (files::display(&args.old), files::display(&args.new));
    let changes = compare::compare(&old, &new);
    let names = [old_name.as_str(), new_name.as_str()];
    let words = render::words(lang);
    let text = match args.format {
        DiffFormat::Markdown => render::markdown(&changes, names, words),
        DiffFormat::Json => render::json(&changes, &old_name, &new_name),
        // Off a terminal the width is fixed, as for `score`, so saved output is the same
        // everywhere.
        DiffFormat::Table => {
            let width = if std::io::stdout().is_terminal() {
                None
            } else {
                Some(120)
            };
            render::table(&changes, names, words, width)
        }
    };
    print_stdout(&text)?;
    Ok(exit::OK)
}
