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
