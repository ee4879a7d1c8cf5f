//! `polscore check`: score afresh, compare with a baseline report, fail on regressions
//! (SPEC §4), optionally under a floor rating, optionally writing JUnit XML.

use std::path::PathBuf;

use clap::Args;
use clap::builder::PossibleValue;

use super::project::Wants;
use super::{DataArgs, Inputs, both, load, print_warnings_briefly};
use crate::compare::{self, junit, read, render};
use crate::data::DataSet;
use crate::diag::Diagnostic;
use crate::lang::msg;
use crate::output::{Sink, print_stdout, sink, write_atomically};
use crate::pipeline::Model;
use crate::project::Project;
use crate::rating::{Lang, Rating};
use crate::report::json;
use crate::rubric::Rubric;
use crate::{exit, files, score};
use rayon::prelude::*;

#[derive(Args)]
pub struct CheckArgs {
    #[command(flatten)]
    inputs: Inputs,
    #[command(flatten)]
    data: DataArgs,
    /// The report to compare with: the JSON of `polscore score --format json` (default: the
    /// project's `baseline`).
    #[arg(long, value_name = "REPORT.json")]
    baseline: Option<PathBuf>,
    /// Also fail when a policy is rated worse than RATING.
    #[arg(long, value_enum, value_name = "RATING")]
    fail_under: Option<Grade>,
    /// Write the result as JUnit XML to FILE (atomically), for the CI service to show; with
    /// `-`, to standard output, and the listing to standard error.
    #[arg(long, value_name = "FILE")]
    junit: Option<PathBuf>,
    /// The listing as text for a CI log, or as Markdown for a pull request.
    #[arg(long, value_enum, default_value = "text")]
    format: ListingFormat,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ListingFormat {
    /// Plain text, for a CI log.
    Text,
    /// Markdown, for a pull request comment or a job summary.
    Markdown,
}

/// One of the five grades, as `--fail-under` takes it (`no_data` and `not_rated` are no
/// floor anyone would set).
#[derive(Clone, Copy)]
struct Grade(Rating);

impl clap::ValueEnum for Grade {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            Grade(Rating::Exceeded),
            Grade(Rating::Met),
            Grade(Rating::Progressing),
            Grade(Rating::Limited),
            Grade(Rating::NotProgressing),
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(PossibleValue::new(self.0.id()))
    }
}

pub fn run(args: CheckArgs, lang: Lang) -> Result<u8, Vec<Diagnostic>> {
    // Check where the JUnit XML goes, read the baseline and the inputs, all before failing,
    // so one run names every problem.
    let resolved = args
        .inputs
        .resolve("check", &args.data.paths, Wants::Data)?;
    let baseline_path = baseline(args.baseline, resolved.project.as_ref())?;
    let options = resolved.options;
    let inputs = options.input_files(&[("baseline", &baseline_path)]);
    let junit_sink = args
        .junit
        .as_deref()
        .map(|path| sink("--junit", Some(path), &inputs))
        .transpose();
    let baseline = read::read(&baseline_path);
    let loaded = load(&options, args.data.year);
    let ((junit_sink, baseline), model) = both(
        both(
            junit_sink.map_err(|e| vec![e]),
            baseline.map_err(|e| vec![e]),
        ),
        loaded,
    )?;
    let Model {
        rubrics,
        data,
        mut warnings,
    } = model;
    let fresh = fresh(&rubrics, &data, args.data.year, &mut warnings);
    let baseline_name = files::display(&baseline_path);
    if !baseline.rubrics.is_empty()
        && !fresh
            .rubrics
            .iter()
            .any(|n| baseline.rubrics.iter().any(|o| o.id == n.id))
    {
        warnings.push(unrelated(&baseline_name));
    }
    let changes = compare::compare(&baseline, &fresh);
    let floor = args.fail_under.map(|g| g.0);
    let under = floor.map_or_else(Vec::new, |f| compare::under(&fresh, f));
    let skipped = floor.map_or_else(Vec::new, |_| compare::skipped(&fresh));
    print_warnings_briefly(&warnings, args.inputs.quiet, lang);
    // The listing first, so that it is shown even when the JUnit file cannot be written.
    // With `--junit -` the XML has standard output to itself, and the listing goes to
    // standard error, where the CI log still shows it.
    let verdict = render::Verdict {
        under: &under,
        skipped: &skipped,
        floor,
        baseline: &baseline_name,
    };
    let markdown = args.format == ListingFormat::Markdown;
    let listing = render::check(&changes, &verdict, render::words(lang), markdown);
    if junit_sink == Some(Sink::Stdout) {
        let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), listing.as_bytes());
    } else {
        print_stdout(&listing)?;
    }
    if let Some(sink) = junit_sink {
        let xml = junit::render(&fresh, &changes, floor);
        match sink {
            Sink::File(path) => write_atomically(path, xml.as_bytes()).map_err(|e| vec![e])?,
            Sink::Stdout => print_stdout(&xml)?,
        }
    }
    let failed = changes.iter().any(|c| c.regression) || !under.is_empty();
    Ok(if failed { exit::REGRESSION } else { exit::OK })
}

/// The baseline report: `--baseline`, or the project's, which must exist.
fn baseline(given: Option<PathBuf>, project: Option<&Project>) -> Result<PathBuf, Vec<Diagnostic>> {
    match (
        given,
        project.and_then(|p| p.baseline.as_ref().map(|b| (p, b))),
    ) {
        (Some(path), _) => Ok(path),
        (None, Some((_, b))) => match &b.missing {
            Some(missing) => Err(vec![missing.clone()]),
            None => Ok(b.path.clone()),
        },
        (None, None) => Err(vec![
            Diagnostic::error(msg!("cli-check-no-baseline")).with_help(match project {
                Some(p) => msg!(
                    "cli-check-no-baseline-help-project",
                    file = files::display(&p.file)
                ),
                None => msg!("cli-check-no-baseline-help"),
            }),
        ]),
    }
}

/// The policies scored afresh, each kept only as `check` compares it: as `diff` would read
/// it back from the JSON report (`json::For::Check`), so that `check` and `score` + `diff`
/// can never disagree. One policy at a time: the whole report of a government is hundreds
/// of megabytes.
fn fresh<'a>(
    rubrics: &'a [Rubric],
    data: &'a DataSet,
    year: Option<i32>,
    warnings: &mut Vec<Diagnostic>,
) -> compare::Report<'a> {
    let scored: Vec<_> = rubrics
        .par_iter()
        .map(|r| {
            let s = score::score(r, data, year);
            (json::rubric(&s, json::For::Check), s.warnings)
        })
        .collect();
    let mut fresh = compare::Report::default();
    for (policy, w) in scored {
        fresh.rubrics.push(policy);
        warnings.extend(w);
    }
    fresh
}

/// The warning that the baseline shares no policy with the rubrics checked.
fn unrelated(baseline_name: &str) -> Diagnostic {
    Diagnostic::warning(msg!("cli-check-baseline-unrelated", file = baseline_name))
        .with_code("baseline-unrelated")
        .with_help(msg!("cli-check-baseline-unrelated-help"))
}
