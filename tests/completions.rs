//! Shell completions and the manual page: both generated from the one clap definition, so
//! each must know every subcommand the program has, and the page every option of `score`.
//! The lists are read from the program's own `--help`, so that a new subcommand or option
//! is checked without editing this file.

mod common;

use common::{polscore, polscore_en};

/// The subcommands listed by `polscore --help` (without `help`, which only the parser has).
fn subcommands() -> Vec<String> {
    let run = polscore(&["--help"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let list: Vec<String> = run
        .stdout
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect();
    assert!(list.len() >= 10, "{}", run.stdout);
    list
}

/// The long options listed by `polscore score --help`, `--help` left out.
fn score_options() -> Vec<String> {
    let run = polscore(&["score", "--help"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let mut options: Vec<String> = run
        .stdout
        .split_whitespace()
        .filter(|w| w.starts_with("--"))
        .map(|w| w.trim_end_matches([',', '.']).to_string())
        .filter(|w| w != "--help" && w.len() > 2)
        .collect();
    options.sort();
    options.dedup();
    for expected in ["--data", "--format", "--output", "--year"] {
        assert!(options.iter().any(|o| o == expected), "{options:?}");
    }
    options
}

#[test]
fn every_shell_gets_a_script_that_knows_every_subcommand() {
    let subcommands = subcommands();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = polscore(&["completions", shell]);
        assert_eq!(run.status, 0, "{shell}: {}", run.stderr);
        assert!(run.stdout.len() > 1000, "{shell}: {}", run.stdout);
        for sub in &subcommands {
            assert!(
                run.stdout.contains(sub.as_str()),
                "{shell}'s script does not mention {sub}"
            );
        }
        // Flags are completed too, not only the subcommands.
        assert!(run.stdout.contains("ignore-unknown"), "{shell}");
    }
}

#[test]
fn the_bash_script_is_valid_bash() {
    let run = polscore(&["completions", "bash"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("polscore.bash");
    std::fs::write(&script, &run.stdout).unwrap();
    let check = std::process::Command::new("bash")
        .arg("-n")
        .arg(&script)
        .output()
        .expect("bash runs");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    // Sourced, it registers a completion for polscore.
    assert!(run.stdout.contains("complete -F"), "{}", run.stdout);
}

#[test]
fn an_unknown_shell_is_bad_usage_naming_the_known_ones() {
    let run = polscore(&["completions", "tcsh"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("bash"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
}

#[test]
fn the_manual_page_names_every_subcommand_and_every_option_of_score() {
    let run = polscore(&["manpage"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let page = run.stdout;
    assert!(page.starts_with(".ie") || page.starts_with(".TH"), "{page}");
    assert!(page.contains(".TH polscore 1"), "{page}");
    for sub in subcommands() {
        let section = format!(".SH \"POLSCORE {}\"", sub.to_uppercase());
        assert!(page.contains(&section), "no section {section}");
    }
    // roff writes a hyphen in an option as `\-`.
    let score = &page[page.find(".SH \"POLSCORE SCORE\"").unwrap()..];
    let score = &score[..score[1..].find(".SH ").map_or(score.len(), |i| i + 1)];
    for option in score_options() {
        let roff = option.replace('-', "\\-");
        assert!(score.contains(&roff), "no {option} in the score section");
    }
    // `man` is the short name of the same command.
    assert_eq!(polscore(&["man"]).stdout, page);
}

#[test]
fn the_manual_pages_go_one_per_subcommand_into_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().to_str().unwrap();
    let run = polscore(&["manpage", "--output", out]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("polscore.1")).unwrap(),
        polscore(&["manpage"]).stdout
    );
    for sub in subcommands() {
        let page = std::fs::read_to_string(dir.path().join(format!("polscore-{sub}.1")))
            .unwrap_or_else(|e| panic!("polscore-{sub}.1: {e}"));
        assert!(
            page.contains(&format!(".TH polscore-{sub} 1  \"polscore ")),
            "{page}"
        );
    }
    // Run again, the pages are replaced, not refused.
    assert_eq!(polscore(&["manpage", "--output", out]).status, 0);
    // A directory that does not exist is an error that says what to do.
    let missing = dir.path().join("man1");
    let run = polscore_en(&["manpage", "--output", missing.to_str().unwrap()]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("is not a directory"), "{}", run.stderr);
    assert!(!missing.exists());
}
