//! Loading a run's inputs: the rubrics, then the data read against the ids they define,
//! from plain options (paths, flags, an encoding), into the validated model with the
//! warnings found on the way. The checks that need the data and an evaluation year are the
//! scorer's (`score::data_warnings`); the command line asks for them after loading.
//! `catalogue` tells the data reader the ids the rubrics define.

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
        let ids = catalogue(&rubrics);
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

/// The indicator ids of all loaded rubrics, for the data reader. An id names one real-world
/// series, so one data row feeds every rubric that defines it (SPEC §2).
pub fn catalogue(rubrics: &[rubric::Rubric]) -> data::Catalogue {
    use rayon::prelude::*;
    // A stable sort keeps an id's indicators in the rubrics' order, so its units are listed
    // in the order they first appear; a map collected from sorted pairs is built in one pass
    // instead of one search per indicator.
    let mut all: Vec<&rubric::Indicator> = rubrics
        .iter()
        .flat_map(rubric::Rubric::indicators)
        .collect();
    all.par_sort_by(|a, b| a.id.cmp(&b.id));
    let ids: Vec<(String, data::IdInfo)> = all
        .par_chunk_by(|a, b| a.id == b.id)
        .map(|same_id| {
            let mut info = data::IdInfo::default();
            for ind in same_id {
                let milestone = matches!(ind.kind, rubric::Kind::Milestone { .. });
                info.add(milestone, ind.unit.as_deref());
            }
            (same_id[0].id.clone(), info)
        })
        .collect();
    ids.into_iter().collect()
}
