//! Loading a run's inputs: the rubrics, then the data read against the ids they define,
//! from plain options (paths, flags, an encoding), into the validated model with the
//! warnings found on the way. The checks that need the data and an evaluation year are the
//! scorer's (`score::data_warnings`); the command line asks for them after loading.
//! `catalogue` tells the data reader the ids the rubrics define.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::lang::msg;
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
    /// Other rubrics whose indicator ids the data may hold (a project's, SPEC §2): their
    /// rows are known, not unknown ids, though only `rubrics` are scored.
    pub known: Vec<PathBuf>,
    /// The project file the lists came from, if any: an input too, never an output.
    pub project: Option<PathBuf>,
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
        mut rubrics,
        mut warnings,
    } = rubric::load(&options.rubrics)?;
    let data = if options.data.is_empty() {
        data::DataSet::default()
    } else {
        let (others, mut unread) = others(&options.known, &rubrics);
        warnings.append(&mut unread);
        // The catalogue of the rubrics and the others, the others taken off again after.
        let scored = rubrics.len();
        let mut all = rubrics;
        all.extend(others);
        let ids = catalogue(&all);
        all.truncate(scored);
        rubrics = all;
        let mut loaded = data::load(&options.data, &ids, options.reading)?;
        warnings.append(&mut loaded.warnings);
        let errors = spans_across_period_start(&rubrics, &loaded.data);
        if !errors.is_empty() {
            return Err(errors);
        }
        loaded.data
    };
    Ok(Model {
        rubrics,
        data,
        warnings,
    })
}

/// A span row of an accumulated indicator that starts before its rubric's period and ends
/// inside it (SPEC §3.1): its total mixes years the running total leaves out with years it
/// counts, and cannot be split, so it is an error. A span wholly before the period is
/// context, as a year before it is.
fn spans_across_period_start(rubrics: &[rubric::Rubric], data: &data::DataSet) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for r in rubrics {
        let Some((start, _)) = r.policy.period else {
            continue;
        };
        for ind in r.indicators().filter(|i| i.accumulate()) {
            let points = data.series(&ind.id).unwrap_or_default();
            for (_, point) in points {
                if let Some((first, last)) = point.span()
                    && first < start
                    && last >= start
                {
                    errors.push(
                        Diagnostic::error(msg!(
                            "pipeline-span-across-period",
                            first = first,
                            last = last,
                            id = &ind.id,
                            policy = &r.policy.id,
                            start = start
                        ))
                        .at(point.place.location())
                        .with_help(msg!("pipeline-span-across-period-help", start = start)),
                    );
                }
            }
        }
    }
    errors
}

/// The rubrics of `known` that are not among `loaded`, each read on its own, so that one
/// with errors leaves the others' ids known; for each that cannot be read, a warning that
/// its ids are not known to this run. Their own warnings are their run's business.
fn others(known: &[PathBuf], loaded: &[rubric::Rubric]) -> (Vec<rubric::Rubric>, Vec<Diagnostic>) {
    use rayon::prelude::*;
    let loaded: Vec<files::FileId> = loaded
        .iter()
        .filter_map(|r| files::identity(Path::new(&r.file)))
        .collect();
    let results: Vec<Result<Vec<rubric::Rubric>, Diagnostic>> =
        files::expand(known, "toml", &mut Vec::new())
            .into_par_iter()
            .filter(|p| files::identity(p).is_none_or(|id| !loaded.contains(&id)))
            .map(|p| {
                rubric::load(std::slice::from_ref(&p))
                    .map(|l| l.rubrics)
                    .map_err(|errors| unread(&p, &errors))
            })
            .collect();
    let mut rubrics = Vec::new();
    let mut warnings = Vec::new();
    for result in results {
        match result {
            Ok(mut r) => rubrics.append(&mut r),
            Err(w) => warnings.push(w),
        }
    }
    (rubrics, warnings)
}

fn unread(path: &Path, errors: &[Diagnostic]) -> Diagnostic {
    let name = files::display(path);
    let count: usize = errors.iter().map(Diagnostic::count).sum();
    Diagnostic::warning(msg!(
        "pipeline-project-rubric-unread",
        file = &name,
        count = count
    ))
    .with_code("project-rubric-unread")
    .with_help(msg!("pipeline-project-rubric-unread-help", file = &name))
}

impl Options {
    /// The files the run reads, each with what it is (`rubric`, `data`, `project`, or the
    /// id given in `others`: `output::sink` names it so), for `output::sink` to refuse as an
    /// output: the rubric and data files (directories expanded, sheets cut off), and `others`.
    pub fn input_files(&self, others: &[(&'static str, &Path)]) -> Vec<(&'static str, PathBuf)> {
        let rubrics = files::expand(&self.rubrics, "toml", &mut Vec::new());
        rubrics
            .into_iter()
            .map(|p| ("rubric", p))
            .chain(data::files(&self.data).into_iter().map(|p| ("data", p)))
            .chain(self.project.iter().map(|p| ("project", p.clone())))
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
                let accumulate = match &ind.kind {
                    rubric::Kind::Target(t) => t.accumulate,
                    rubric::Kind::Reference { accumulate, .. } => *accumulate,
                    rubric::Kind::Milestone { .. } => false,
                };
                let ratio = (ind.measure == rubric::Measure::Ratio).then_some(ind.scale);
                let calendar = ind.year_basis == rubric::YearBasis::Calendar;
                info.read_as(ratio, accumulate, calendar);
            }
            (same_id[0].id.clone(), info)
        })
        .collect();
    ids.into_iter().collect()
}
