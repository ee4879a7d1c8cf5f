//! polscore: scores a government policy evaluation (目標管理型の政策評価) from TOML rubrics and
//! CSV data. The data flows one way: `rubric` + `data` → `score` → `report` → `explain`;
//! `cli` wires them to the command line.

pub mod cli;
pub mod compare;
pub mod data;
pub mod diag;
pub mod escape;
pub mod exit;
pub mod explain;
pub mod files;
mod fnv;
pub mod rating;
pub mod report;
pub mod rubric;
pub mod score;
