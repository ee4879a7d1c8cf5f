//! `polscore schema`: the JSON Schema of the rubric format, for editors (taplo, Even Better
//! TOML) to complete and check rubrics as they are typed. See docs/rubric-format.md.

use crate::lang::Lang;
use std::path::PathBuf;

use clap::Args;

use crate::diag::Diagnostic;
use crate::output::{Sink, print_stdout, sink, write_atomically};
use crate::{exit, rubric};

#[derive(Args)]
pub struct SchemaArgs {
    /// Write the schema to FILE (atomically) instead of standard output (`-`).
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
}

pub fn run(args: SchemaArgs, _lang: Lang) -> Result<u8, Vec<Diagnostic>> {
    let text = rubric::schema::render();
    match sink("--output", args.output.as_deref(), &[]).map_err(|e| vec![e])? {
        Sink::File(path) => write_atomically(path, text.as_bytes()).map_err(|e| vec![e])?,
        Sink::Stdout => print_stdout(&text)?,
    }
    Ok(exit::OK)
}
