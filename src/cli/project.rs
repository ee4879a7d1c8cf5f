//! A command's inputs from its arguments and the project file (SPEC §4): explicit paths
//! replace the project's lists, one list at a time, and the project's rubrics stay known to
//! the data reader whatever rubrics are scored.

use std::path::PathBuf;

use super::Inputs;
use crate::diag::Diagnostic;
use crate::lang::msg;
use crate::project::{self, Choice, Project};
use crate::{data, files, pipeline};

/// What a command reads besides rubrics.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wants {
    /// No data (`template`).
    NoData,
    /// Data, which it cannot do without (`score`, `check`, `explain`).
    Data,
    /// Data if there are any (`validate`).
    MaybeData,
}

/// The options of a run, and the project they came from.
pub(crate) struct Resolved {
    pub(crate) options: pipeline::Options,
    pub(crate) project: Option<Project>,
}

impl Inputs {
    fn choice(&self) -> Choice<'_> {
        match (&self.project, self.no_project) {
            (_, true) => Choice::Ignore,
            (Some(file), false) => Choice::File(file),
            (None, false) => Choice::Find,
        }
    }

    /// The pipeline's options for `command` (`score`, for the messages): these rubrics and
    /// the data files `data`, or the project's where none are given.
    pub(crate) fn resolve(
        &self,
        command: &str,
        data: &[PathBuf],
        wants: Wants,
    ) -> Result<Resolved, Vec<Diagnostic>> {
        let choice = self.choice();
        let project = project::find(choice)?;
        let listed = |list: fn(&Project) -> &Vec<PathBuf>| {
            project.as_ref().map(list).cloned().unwrap_or_default()
        };
        let usage = match wants {
            Wants::NoData => format!("polscore {command} RUBRIC..."),
            Wants::Data => format!("polscore {command} RUBRIC... --data PATH..."),
            Wants::MaybeData => format!("polscore {command} RUBRIC... [--data PATH...]"),
        };
        let missing = |what| vec![missing(what, &usage, project.as_ref(), choice)];
        let rubrics = match (&self.rubrics, listed(|p| &p.rubrics)) {
            (given, _) if !given.is_empty() => given.clone(),
            (_, listed) if !listed.is_empty() => listed,
            _ => return Err(missing(Missing::Rubrics)),
        };
        let data = match (wants, data, listed(|p| &p.data)) {
            (Wants::NoData, _, _) => Vec::new(),
            (_, given, _) if !given.is_empty() => given.to_vec(),
            (Wants::Data, _, listed) if listed.is_empty() => return Err(missing(Missing::Data)),
            (_, _, listed) => listed,
        };
        let options = pipeline::Options {
            rubrics,
            data,
            reading: data::Options {
                ignore_unknown: self.ignore_unknown,
                encoding: self.encoding,
            },
            known: listed(|p| &p.rubrics),
            project: project.as_ref().map(|p| p.file.clone()),
        };
        Ok(Resolved { options, project })
    }
}

#[derive(Clone, Copy)]
enum Missing {
    Rubrics,
    Data,
}

/// No rubrics (or no data) given, and none in a project: say why, and how to give them.
fn missing(what: Missing, usage: &str, project: Option<&Project>, choice: Choice) -> Diagnostic {
    let what = match what {
        Missing::Rubrics => "rubrics",
        Missing::Data => "data",
    };
    // `why` is `project` (the project lists none), `no-project` or `none` (no project file).
    let (why, file, help) = match (project, choice) {
        (Some(p), _) => {
            let file = files::display(&p.file);
            let help = msg!(
                "cli-inputs-missing-help-project",
                what = what,
                file = &file,
                usage = usage
            );
            ("project", file, help)
        }
        (None, Choice::Ignore) => (
            "no-project",
            project::FILE_NAME.to_string(),
            msg!("cli-inputs-missing-help", usage = usage),
        ),
        _ => (
            "none",
            project::FILE_NAME.to_string(),
            msg!(
                "cli-inputs-missing-help-none",
                what = what,
                file = project::FILE_NAME,
                usage = usage
            ),
        ),
    };
    Diagnostic::error(msg!(
        "cli-inputs-missing",
        what = what,
        why = why,
        file = file
    ))
    .with_help(help)
}
