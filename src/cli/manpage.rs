//! `polscore manpage`: the manual page in roff, generated from the same clap definition as
//! the parser and the completions.
//!
//! On standard output, one page, polscore(1), that holds every subcommand with its synopsis
//! and options, so that `man polscore` answers everything. With `--output DIR`, that page
//! and one page per subcommand (`polscore-score.1`, …), as packagers install them.

use std::path::PathBuf;

use clap::{Args, CommandFactory};
use clap_mangen::Man;

use super::Cli;
use crate::diag::Diagnostic;
use crate::exit;
use crate::lang::msg;
use crate::output::{write_atomically, write_stdout};

#[derive(Args)]
pub struct ManpageArgs {
    /// Write polscore.1 and one page per subcommand (polscore-score.1, …) into the directory
    /// DIR, replacing earlier versions, instead of polscore.1 to standard output.
    #[arg(long, value_name = "DIR")]
    output: Option<PathBuf>,
}

pub fn run(args: ManpageArgs) -> Result<u8, Vec<Diagnostic>> {
    let cmd = command();
    let page = whole_page(&cmd).map_err(|e| vec![cannot_render(e)])?;
    let Some(dir) = args.output else {
        write_stdout(|out| out.write_all(&page))?;
        return Ok(exit::OK);
    };
    if !dir.is_dir() {
        return Err(vec![
            Diagnostic::error(msg!(
                "cli-manpage-not-dir",
                dir = crate::files::display(&dir)
            ))
            .with_help(msg!("cli-manpage-not-dir-help")),
        ]);
    }
    let mut pages = vec![(Man::new(cmd.clone()).get_filename(), page)];
    for sub in visible(&cmd) {
        let man = Man::new(sub.clone()).source(format!(
            "polscore {}",
            cmd.get_version().unwrap_or_default()
        ));
        let mut bytes = Vec::new();
        man.render(&mut bytes).map_err(|e| vec![cannot_render(e)])?;
        pages.push((man.get_filename(), bytes));
    }
    let errors: Vec<Diagnostic> = pages
        .iter()
        .filter_map(|(name, bytes)| write_atomically(&dir.join(name), bytes).err())
        .collect();
    if errors.is_empty() {
        Ok(exit::OK)
    } else {
        Err(errors)
    }
}

/// The command as the parser sees it, built so that subcommands know their full names
/// (`polscore-score`), without the `help` subcommand that only the parser needs.
fn command() -> clap::Command {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    cmd
}

fn visible(cmd: &clap::Command) -> impl Iterator<Item = &clap::Command> {
    cmd.get_subcommands().filter(|s| !s.is_hide_set())
}

/// polscore(1): the program's own sections, then a section per subcommand with its
/// description, synopsis and options (their headings one level down).
fn whole_page(cmd: &clap::Command) -> std::io::Result<Vec<u8>> {
    let top = Man::new(cmd.clone());
    let mut page = Vec::new();
    top.render_title(&mut page)?;
    top.render_name_section(&mut page)?;
    top.render_synopsis_section(&mut page)?;
    top.render_description_section(&mut page)?;
    top.render_options_section(&mut page)?;
    top.render_subcommands_section(&mut page)?;
    for sub in visible(cmd) {
        let man = Man::new(sub.clone());
        let mut section = Vec::new();
        man.render_synopsis_section(&mut section)?;
        man.render_description_section(&mut section)?;
        if sub.get_arguments().any(|a| !a.is_hide_set()) {
            man.render_options_section(&mut section)?;
        }
        let name = format!("POLSCORE {}", sub.get_name().to_uppercase());
        page.extend_from_slice(format!(".SH \"{name}\"\n").as_bytes());
        for line in String::from_utf8_lossy(&section).lines() {
            // Each render starts with the definition of \*(Aq, which the title has made.
            if line.starts_with(".ie \\n(.g .ds Aq") || line.starts_with(".el .ds Aq") {
                continue;
            }
            // `.SH SYNOPSIS` → `.SS Synopsis`: a subsection of the subcommand's section.
            let line = match line.strip_prefix(".SH ") {
                Some(heading) => format!(".SS {}", title_case(heading.trim_matches('"'))),
                None => line.to_string(),
            };
            page.extend_from_slice(line.as_bytes());
            page.push(b'\n');
        }
    }
    top.render_version_section(&mut page)?;
    Ok(page)
}

fn title_case(heading: &str) -> String {
    let lower = heading.to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => lower,
    }
}

fn cannot_render(e: std::io::Error) -> Diagnostic {
    Diagnostic::error(msg!("cli-manpage-failed", error = e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_whole_page_has_a_section_per_subcommand() {
        let page = String::from_utf8(whole_page(&command()).unwrap()).unwrap();
        for sub in ["SCORE", "VALIDATE", "TEMPLATE", "COMPLETIONS", "MANPAGE"] {
            assert!(page.contains(&format!(".SH \"POLSCORE {sub}\"")), "{sub}");
        }
        assert!(page.contains(".SS Options"));
        // Only the program's own sections are top-level: no second OPTIONS or SYNOPSIS.
        assert_eq!(page.matches(".SH SYNOPSIS").count(), 1);
    }
}
