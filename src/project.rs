//! The project file (SPEC §4): a `polscore.toml` that lists a project's rubrics, data and
//! baseline, so that commands run with no paths.
//!
//! ```toml
//! [project]
//! rubrics = ["rubrics/"]               # files or directories
//! data = ["inputs/"]                   # files or directories
//! baseline = "reports/baseline.json"   # optional, for `check`
//! ```
//!
//! It is looked for in the current directory, then in each parent. Its paths are relative to
//! its own directory, and are returned relative to the current directory when it was found
//! there or above (`../rubrics/`), so that reports name files as they would with explicit
//! paths. Every path of `rubrics` and `data` must exist: a wrong one is an error at its key.
//! The baseline may not exist yet (the first `score --output` writes it): only `check` needs
//! it, and says so at its key.

use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::data;
use crate::diag::{Diagnostic, suggest};
use crate::files;
use crate::lang::{Message, msg};

/// The name a project file is looked for by.
pub const FILE_NAME: &str = "polscore.toml";

/// The keys of the `[project]` table.
const KEYS: [&str; 3] = ["rubrics", "data", "baseline"];

/// A project file, read and checked.
#[derive(Debug, Clone)]
pub struct Project {
    /// The project file, as shown in messages (`polscore.toml`, `../polscore.toml`).
    pub file: PathBuf,
    /// Rubric files or directories (`rubrics`), relative to the current directory.
    pub rubrics: Vec<PathBuf>,
    /// Data files or directories (`data`).
    pub data: Vec<PathBuf>,
    /// The baseline report of `check` (`baseline`).
    pub baseline: Option<Baseline>,
}

/// The project's baseline report.
#[derive(Debug, Clone)]
pub struct Baseline {
    pub path: PathBuf,
    /// The error to give if `check` needs the baseline: it does not exist (yet), said at
    /// the `baseline` key.
    pub missing: Option<Diagnostic>,
}

/// Which project file a run reads (`--project FILE`, `--no-project`, or neither).
#[derive(Debug, Clone, Copy)]
pub enum Choice<'a> {
    /// The `polscore.toml` of the current directory or its nearest parent, if any.
    Find,
    /// This file, which must exist.
    File(&'a Path),
    /// None.
    Ignore,
}

/// The project a run reads, if any.
pub fn find(choice: Choice) -> Result<Option<Project>, Vec<Diagnostic>> {
    match choice {
        Choice::Ignore => Ok(None),
        Choice::File(path) => read(path).map(Some),
        Choice::Find => discover().map(|path| read(&path)).transpose(),
    }
}

/// The nearest `polscore.toml`, relative to the current directory (`../../polscore.toml`).
fn discover() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    let mut up = PathBuf::new();
    for dir in cwd.ancestors() {
        if dir.join(FILE_NAME).is_file() {
            return Some(up.join(FILE_NAME));
        }
        up.push("..");
    }
    None
}

/// Reads and checks the project file `path`.
pub fn read(path: &Path) -> Result<Project, Vec<Diagnostic>> {
    let name = files::display(path);
    if !path.is_file() {
        return Err(vec![
            Diagnostic::error(msg!("project-file-missing", file = &name))
                .with_help(msg!("project-file-missing-help")),
        ]);
    }
    let text = files::read_text_as(path, &name, files::Role::Project).map_err(|e| vec![e])?;
    let dir = path.parent().unwrap_or(Path::new(""));
    parse(&name, dir, &text).map(|(rubrics, data, baseline)| Project {
        file: path.to_path_buf(),
        rubrics,
        data,
        baseline,
    })
}

type Parsed = (Vec<PathBuf>, Vec<PathBuf>, Option<Baseline>);

/// The lists of a project file's text, its paths joined to `dir`; every error found.
fn parse(file: &str, dir: &Path, text: &str) -> Result<Parsed, Vec<Diagnostic>> {
    let root = DeTable::parse(text).map_err(|e| {
        vec![
            Diagnostic::error(msg!(
                "project-toml-syntax",
                file = file,
                detail = e.message().trim()
            ))
            .at_span(file, text, e.span().unwrap_or(0..0)),
        ]
    })?;
    let reader = Reader { file, dir, text };
    let mut errors = Vec::new();
    let mut table = None;
    for (key, value) in root.get_ref() {
        match (key.get_ref().as_ref(), value.get_ref()) {
            ("project", DeValue::Table(t)) => table = Some(t),
            ("project", other) => errors.push(reader.wrong_type(value.span(), other, "table")),
            (other, _) => errors.push(
                reader
                    .error(msg!("project-unknown-table", table = other), key.span())
                    .with_help(msg!("project-unknown-table-help")),
            ),
        }
    }
    let Some(table) = table else {
        errors.push(
            Diagnostic::error(msg!("project-no-table", file = file))
                .at_span(file, text, 0..0)
                .with_help(msg!("project-no-table-help")),
        );
        return Err(errors);
    };
    let parsed = reader.project(table, &mut errors);
    if errors.is_empty() {
        Ok(parsed)
    } else {
        errors.sort();
        Err(errors)
    }
}

/// Reads the values of one project file, with its name and text for the messages.
struct Reader<'a> {
    file: &'a str,
    dir: &'a Path,
    text: &'a str,
}

impl Reader<'_> {
    fn error(&self, message: Message, span: Range<usize>) -> Diagnostic {
        Diagnostic::error(message).at_span(self.file, self.text, span)
    }

    /// `wanted` is `table`, `paths` or `path`; the type found is TOML's name for it.
    fn wrong_type(&self, span: Range<usize>, value: &DeValue, wanted: &str) -> Diagnostic {
        self.error(
            msg!(
                "project-wrong-type",
                expected = wanted,
                found = value.type_str()
            ),
            span,
        )
    }

    /// The lists of the `[project]` table.
    fn project(&self, table: &DeTable, errors: &mut Vec<Diagnostic>) -> Parsed {
        let (mut rubrics, mut data, mut baseline) = (Vec::new(), Vec::new(), None);
        for (key, value) in table {
            match key.get_ref().as_ref() {
                "rubrics" => rubrics = self.paths("rubrics", value, errors),
                "data" => data = self.paths("data", value, errors),
                "baseline" => baseline = self.baseline(value, errors),
                other => errors.push(self.unknown_key(other, key.span())),
            }
        }
        (rubrics, data, baseline)
    }

    fn unknown_key(&self, key: &str, span: Range<usize>) -> Diagnostic {
        let allowed = KEYS.join(", ");
        let help = match suggest(key, KEYS) {
            Some(near) => msg!(
                "project-unknown-key-suggest",
                key = near,
                allowed = &allowed
            ),
            None => msg!("project-unknown-key-allowed", allowed = &allowed),
        };
        self.error(msg!("project-unknown-key", key = key), span)
            .with_help(help)
    }

    /// A list of paths (one string is a list of one), each of which must exist.
    fn paths(
        &self,
        key: &str,
        value: &Spanned<DeValue>,
        errors: &mut Vec<Diagnostic>,
    ) -> Vec<PathBuf> {
        let items: Vec<&Spanned<DeValue>> = match value.get_ref() {
            DeValue::Array(items) => items.iter().collect(),
            DeValue::String(_) => vec![value],
            other => {
                errors.push(self.wrong_type(value.span(), other, "paths"));
                return Vec::new();
            }
        };
        let mut paths = Vec::new();
        for item in items {
            match self.path(key, item) {
                Ok(path) if exists(key, &path) => paths.push(path),
                Ok(path) => errors.push(self.missing(key, &path, item.span())),
                Err(e) => errors.push(e),
            }
        }
        paths
    }

    /// The path of a string value, joined to the project's directory.
    fn path(&self, key: &str, item: &Spanned<DeValue>) -> Result<PathBuf, Diagnostic> {
        match item.get_ref() {
            DeValue::String(s) if !s.trim().is_empty() => Ok(self.dir.join(s.as_ref())),
            DeValue::String(_) => Err(self
                .error(msg!("project-empty-path", key = key), item.span())
                .with_help(msg!("project-empty-path-help"))),
            other => Err(self.wrong_type(item.span(), other, "path")),
        }
    }

    fn missing(&self, key: &str, path: &Path, span: Range<usize>) -> Diagnostic {
        self.error(
            msg!(
                "project-path-missing",
                key = key,
                path = files::display(path)
            ),
            span,
        )
        .with_label(msg!("project-path-missing-label"))
        .with_help(msg!("project-path-missing-help", file = self.file))
    }

    fn baseline(&self, value: &Spanned<DeValue>, errors: &mut Vec<Diagnostic>) -> Option<Baseline> {
        match self.path("baseline", value) {
            Ok(path) => {
                let missing = (!path.is_file()).then(|| {
                    self.missing("baseline", &path, value.span())
                        .with_help(msg!("project-baseline-missing-help"))
                });
                Some(Baseline { path, missing })
            }
            Err(e) => {
                errors.push(e);
                None
            }
        }
    }
}

/// Whether a path of `key` names something: a data path may name a workbook's sheet
/// (`book.xlsx#Sheet`).
fn exists(key: &str, path: &Path) -> bool {
    path.exists() || (key == "data" && data::split_sheet(path).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<String> {
        match parse("polscore.toml", Path::new(""), text) {
            Ok(_) => Vec::new(),
            Err(errors) => errors
                .iter()
                .map(|d| {
                    format!(
                        "{}: {}",
                        d.location.as_ref().map_or(0, |l| l.line),
                        d.message
                    )
                })
                .collect(),
        }
    }

    #[test]
    fn paths_are_joined_to_the_directory_of_the_file() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let (rubrics, data, baseline) = parse(
            "polscore.toml",
            root,
            "[project]\nrubrics = \"rubrics/\"\ndata = [\"inputs/\"]\nbaseline = \"x.json\"\n",
        )
        .expect("the project reads");
        assert_eq!(rubrics, vec![root.join("rubrics/")]);
        assert_eq!(data, vec![root.join("inputs/")]);
        let baseline = baseline.expect("a baseline");
        assert_eq!(baseline.path, root.join("x.json"));
        assert!(baseline.missing.is_some(), "x.json does not exist");
    }

    #[test]
    fn every_error_is_placed_at_its_key() {
        assert_eq!(
            errors("[project]\nrubric = [\"a\"]\ndata = 3\n\n[other]\n"),
            vec![
                "2: unknown key `rubric`",
                "3: wrong type: expected a list of paths, found integer",
                "5: unknown table `other`",
            ]
        );
        assert_eq!(
            errors("project = 1\n"),
            vec![
                "1: wrong type: expected a table, found integer",
                "1: polscore.toml has no [project] table"
            ]
        );
        assert_eq!(
            errors("[project]\nrubrics = [\"no-such-dir/\", \"\"]\n"),
            vec![
                "2: `rubrics` names no-such-dir/, which does not exist",
                "2: `rubrics` holds an empty path",
            ]
        );
        assert_eq!(errors("[project\n").len(), 1);
    }
}
