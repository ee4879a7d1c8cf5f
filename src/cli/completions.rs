//! `polscore completions SHELL`: the shell's completion script, generated from the same clap
//! definition as the parser, so that it never lists a flag the program does not take.

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Cli;
use crate::diag::Diagnostic;
use crate::exit;
use crate::output::write_stdout;

#[derive(Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_name = "SHELL")]
    shell: Shell,
}

pub fn run(args: CompletionsArgs) -> Result<u8, Vec<Diagnostic>> {
    write_stdout(|out| {
        let mut script = Vec::new();
        clap_complete::generate(args.shell, &mut Cli::command(), "polscore", &mut script);
        out.write_all(&script)
    })?;
    Ok(exit::OK)
}
