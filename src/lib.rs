//! polscore: scores a government policy evaluation (目標管理型の政策評価) from TOML rubrics and
//! CSV data.
//!
//! The modules are declared in the order the data flows: each uses only modules declared
//! before it, never one after (`tests/architecture.rs` checks it). The rubrics and the data
//! are loaded side by side by the pipeline, scored, reported; `cli` wires them to the
//! command line.

// The languages of the human output, and the catalogue of every message in each.
pub mod lang;
// Numbers, years and text as people read and write them; escaping.
pub mod values;
// Diagnostics: errors and warnings, with their places.
pub mod diag;
// Naming and reading input files.
pub mod files;
// The rating scale.
pub mod rating;
// Exit statuses.
pub mod exit;
// The rubrics.
pub mod rubric;
// The data, read against the ids the rubrics define.
pub mod data;
// The project file (`polscore.toml`): a project's rubrics, data and baseline.
pub mod project;
// Loading the rubrics and the data from plain options.
pub mod pipeline;
// Rating indicators, goals, fields and policies; the checks that need the data.
pub mod score;
// The reports of the scores, in every format.
pub mod report;
// How one indicator's rating was reached, from what the scorer recorded (`explain`).
pub mod explain;
// Reading reports back and comparing them (`check`, `diff`).
pub mod compare;
// Where a command's output goes, written safely.
pub mod output;
// The command line: arguments, and printing warnings and errors once.
pub mod cli;
