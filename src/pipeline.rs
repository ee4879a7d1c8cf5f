//! Loading a run's inputs: the rubrics, then the data read against the ids they define,
//! from plain options (paths, flags, an encoding), into the validated model with the
//! warnings found on the way. The checks that need the data and an evaluation year are the
//! scorer's (`score::data_warnings`); the command line asks for them after loading.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::{data, files, rubric};

/// What a run reads, and how.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Rubric files, or directories of *.toml files.
    pub rubrics: Vec<PathBuf>,
    /// Data files (CSV, or .xlsx with an optional #Sheet), or directories of them; none
    /// for a run of the rubrics alone.
    pub data: Vec<PathBuf>,
    /// How the data files are read: unknown ids, encoding.
    pub reading: data::Options,
}

/// The rubrics and data of a run, loaded and checked, with the warnings found on the way.
pub struct Model {
    pub rubrics: Vec<rubric::Rubric>,
    pub data: data::DataSet,
    pub warnings: Vec<Diagnostic>,
}

/// Loads the rubrics, then the data (if any) against the ids the rubrics define.
pub fn load(options: &Options) -> Result<Model, Vec<Diagnostic>> {
    let rubric::LoadedRubrics {
        rubrics,
        mut warnings,
    } = rubric::load(&options.rubrics)?;
    let unsupported = not_yet_supported(&rubrics);
    if !unsupported.is_empty() {
        return Err(unsupported);
    }
    let data = if options.data.is_empty() {
        data::DataSet::default()
    } else {
        let ids = rubric::catalogue(&rubrics);
        let mut loaded = data::load(&options.data, &ids, options.reading)?;
        warnings.append(&mut loaded.warnings);
        loaded.data
    };
    Ok(Model {
        rubrics,
        data,
        warnings,
    })
}

/// Keys of the rubric format (SPEC §1) that this version reads and checks but does not rate
/// yet: a rubric that uses one is refused here, the one place, rather than scored wrongly.
/// Each entry goes when the scorer rates it.
fn not_yet_supported(rubrics: &[rubric::Rubric]) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for r in rubrics {
        for ind in r.indicators() {
            let rubric::Kind::Target(t) = &ind.kind else {
                continue;
            };
            let (what, help) = if t.direction == rubric::Direction::Within {
                (
                    "direction = \"within\" (a band)",
                    "the rubric is valid, but this version cannot rate a band yet: use \
                     direction = \"at_least\" or \"at_most\" with one number for now",
                )
            } else if !t.schedule.is_empty() {
                (
                    "`targets` (a yearly schedule)",
                    "the rubric is valid, but this version cannot rate a yearly schedule yet: \
                     remove `targets` to rate against `target` and its path for now",
                )
            } else {
                continue;
            };
            let place = crate::diag::Location {
                file: r.file.clone(),
                line: ind.line,
                column: 1,
            };
            errors.push(
                Diagnostic::error(format!(
                    "indicator `{}`: {what} is not yet supported by this version of polscore",
                    ind.id
                ))
                .at(place)
                .with_help(help),
            );
        }
    }
    errors
}

impl Options {
    /// The files the run reads, each with what it is ("a rubric"), for `output::sink` to
    /// refuse as an output: the rubric and data files (directories expanded, sheets cut
    /// off), and `others`.
    pub fn input_files(&self, others: &[(&'static str, &Path)]) -> Vec<(&'static str, PathBuf)> {
        let rubrics = files::expand(&self.rubrics, "toml", &mut Vec::new());
        rubrics
            .into_iter()
            .map(|p| ("a rubric", p))
            .chain(
                data::files(&self.data)
                    .into_iter()
                    .map(|p| ("a data file", p)),
            )
            .chain(others.iter().map(|&(what, p)| (what, p.to_path_buf())))
            .collect()
    }
}
