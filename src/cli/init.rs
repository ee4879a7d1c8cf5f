//! `polscore init [DIR]`: a new rubric and data file to start from — they validate and
//! score as they are, and their comments teach the format — with the JSON Schema that the
//! rubric's first line points editors to. Existing files are never replaced.

use crate::lang::{Lang, msg, tr};
use std::path::PathBuf;

use clap::Args;

use crate::diag::Diagnostic;
use crate::output::{print_stdout, write_new};
use crate::{exit, rubric};

const RUBRIC: &str = include_str!("init/rubric.toml");
const DATA: &str = include_str!("init/data.csv");

#[derive(Args)]
pub struct InitArgs {
    /// The directory to write into (created if missing; default: the current directory).
    #[arg(value_name = "DIR", default_value = ".")]
    dir: PathBuf,
}

pub fn run(args: InitArgs, lang: Lang) -> Result<u8, Vec<Diagnostic>> {
    let schema = rubric::schema::render();
    let files: [(&str, &str); 3] = [
        ("rubric.toml", RUBRIC),
        ("data.csv", DATA),
        (rubric::schema::FILE_NAME, &schema),
    ];
    let paths: Vec<(PathBuf, &str)> = files
        .iter()
        .map(|(name, text)| (args.dir.join(name), *text))
        .collect();
    // Nothing is written unless every file is new: a half-made start helps no one.
    let existing: Vec<Diagnostic> = paths
        .iter()
        .filter(|(p, _)| p.exists())
        .map(|(p, _)| {
            Diagnostic::error(msg!("cli-init-exists", path = crate::files::display(p)))
                .with_help(msg!("cli-init-exists-help"))
        })
        .collect();
    if !existing.is_empty() {
        return Err(existing);
    }
    std::fs::create_dir_all(&args.dir).map_err(|e| {
        vec![Diagnostic::error(msg!(
            "cli-init-dir-failed",
            dir = crate::files::display(&args.dir),
            error = e
        ))]
    })?;
    for (path, text) in &paths {
        write_new(path, text, "init")?;
    }
    let dir = crate::files::display(&args.dir);
    let at = |name: &str| {
        if dir == "." {
            name.to_string()
        } else {
            format!("{}/{name}", dir.trim_end_matches('/'))
        }
    };
    let done = tr!(
        lang,
        "cli-init-created",
        rubric = at("rubric.toml"),
        data = at("data.csv"),
        schema = at(rubric::schema::FILE_NAME)
    );
    let next = tr!(lang, "cli-init-next");
    let (rubric, data) = (at("rubric.toml"), at("data.csv"));
    print_stdout(&format!(
        "{done}\n\n{next}\n  polscore validate {rubric} --data {data}\n  polscore score {rubric} --data {data}\n"
    ))?;
    Ok(exit::OK)
}
