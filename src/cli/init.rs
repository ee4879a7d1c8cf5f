//! `polscore init [DIR]`: a new rubric and data file to start from — they validate and
//! score as they are, and their comments teach the format — with the JSON Schema that the
//! rubric's first line points editors to. Existing files are never replaced.

use crate::lang::Lang;
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

pub fn run(args: InitArgs, _lang: Lang) -> Result<u8, Vec<Diagnostic>> {
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
            Diagnostic::error(format!("{} already exists", crate::files::display(p)))
                .with_help("init never replaces a file: give another directory, e.g. `polscore init my-policy`")
        })
        .collect();
    if !existing.is_empty() {
        return Err(existing);
    }
    std::fs::create_dir_all(&args.dir).map_err(|e| {
        vec![Diagnostic::error(format!(
            "cannot create {}: {e}",
            crate::files::display(&args.dir)
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
    print_stdout(&format!(
        "created {}, {} and {}\n\nnext:\n  polscore validate {} --data {}\n  polscore score {} --data {}\n",
        at("rubric.toml"),
        at("data.csv"),
        at(rubric::schema::FILE_NAME),
        at("rubric.toml"),
        at("data.csv"),
        at("rubric.toml"),
        at("data.csv"),
    ))?;
    Ok(exit::OK)
}
