//! The project file (SPEC §4) end to end: commands with no paths, explicit paths replacing
//! the project's lists, a data folder shared by two cycles, `--fail-under` skipping a policy
//! with no data yet, and every command of `examples/ci` run on this repository's layout.

mod common;

use std::path::Path;

use common::{Run, polscore_en as polscore, polscore_en_in as polscore_in, root};

/// A copy of this repository's project (polscore.toml, rubrics/, inputs/) in a temporary
/// directory, where commands may write.
fn repo_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    std::fs::copy(
        root().join("polscore.toml"),
        dir.path().join("polscore.toml"),
    )
    .expect("polscore.toml copies");
    for sub in ["rubrics", "inputs"] {
        std::fs::create_dir(dir.path().join(sub)).expect("a directory");
        for entry in std::fs::read_dir(root().join(sub)).expect("the directory reads") {
            let path = entry.expect("an entry").path();
            let to = dir
                .path()
                .join(sub)
                .join(path.file_name().expect("a file name"));
            std::fs::copy(&path, to).expect("the file copies");
        }
    }
    dir
}

fn write(dir: &Path, name: &str, text: &str) {
    if let Some(parent) = Path::new(name).parent() {
        std::fs::create_dir_all(dir.join(parent)).expect("a directory");
    }
    std::fs::write(dir.join(name), text).expect("the file writes");
}

/// The next cycle's indicators that the current one does not have, with a first value each:
/// rows a shared data folder holds once the next cycle starts.
const NEXT_CYCLE_ROWS: &str = "indicator,year,value,status,note
f2.osa-first-year-projects-delivery,令和６年度,実施中,,
f3.aupso-tpp-training,令和６年度,実施中,,
f3.unmiss-new-posts-dispatch,令和６年度,実施中,,
f4.un-cybercrime-convention,令和６年度,達成,,
f9.npt-revcon-2026,令和６年,未着手,,
";

#[test]
fn score_with_no_paths_is_the_main_command() {
    for format in ["table", "json"] {
        let project = polscore(&["score", "--format", format]);
        let explicit = polscore(&["score", "rubrics/", "--data", "inputs/", "--format", format]);
        assert_eq!(project.status, 0, "{}", project.stderr);
        assert_eq!(project.stdout, explicit.stdout, "--format {format}");
        assert_eq!(project.stderr, explicit.stderr, "--format {format}");
    }
}

#[test]
fn every_command_that_reads_rubrics_runs_with_no_paths() {
    let run = polscore(&["validate"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("ok: 2 rubrics, ") && run.stdout.contains("data points"),
        "validate reads the project's data too: {}",
        run.stdout
    );
    let run = polscore(&["explain", "f6.un-japanese-staff"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("f6.un-japanese-staff"),
        "{}",
        run.stdout
    );
    let run = polscore(&["template", "--years", "2024"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("f9.npt-revcon-2026,"),
        "both cycles' indicators"
    );
}

#[test]
fn explicit_paths_replace_one_list_at_a_time() {
    // The rubric given, the data the project's.
    let run = polscore(&["validate", "rubrics/mofa-2024-peace.toml"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("ok: 1 rubric, "), "{}", run.stdout);
    assert!(run.stdout.contains("data points"), "{}", run.stdout);
}

#[test]
fn a_shared_data_folder_may_hold_the_next_cycles_rows() {
    let dir = repo_copy();
    write(dir.path(), "inputs/mofa-2027-peace.csv", NEXT_CYCLE_ROWS);
    let args = [
        "explain",
        "rubrics/mofa-2024-peace.toml",
        "--data",
        "inputs/",
        "f6.un-japanese-staff",
    ];
    let run = polscore_in(dir.path(), &args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(!run.stderr.contains("error"), "{}", run.stderr);
    // Without the project, the rows of the next cycle are unknown ids, as before.
    let mut without = args.to_vec();
    without.push("--no-project");
    let run = polscore_in(dir.path(), &without);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.ends_with("polscore: 5 errors\n"),
        "{}",
        run.stderr
    );
    // Scoring one cycle with the project's data: the other cycle's rows are not scored.
    let run = polscore_in(
        dir.path(),
        &["score", "rubrics/mofa-2024-peace.toml", "--format", "json"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(!run.stdout.contains("mofa-2027-peace"));
}

#[test]
fn a_project_is_found_from_a_subdirectory_and_its_paths_shown_from_there() {
    let dir = repo_copy();
    std::fs::create_dir(dir.path().join("notes")).expect("a directory");
    let report = common::score_json_in(&dir.path().join("notes"), &[]);
    let files: Vec<&str> = report["rubrics"]
        .as_array()
        .expect("rubrics")
        .iter()
        .map(|r| r["file"].as_str().expect("a file"))
        .collect();
    assert_eq!(
        files,
        [
            "../rubrics/mofa-2024-peace.toml",
            "../rubrics/mofa-2027-peace.toml"
        ]
    );
}

#[test]
fn project_names_another_project_file_and_no_project_ignores_it() {
    let dir = repo_copy();
    let run = polscore_in(
        &dir.path().join("rubrics"),
        &["validate", "--project", "../polscore.toml"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = polscore(&["score", "--no-project"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr
            .starts_with("error: no rubric to read: no RUBRIC given, and --no-project"),
        "{}",
        run.stderr
    );
    let run = polscore(&["score", "--project", "no/such.toml"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("no/such.toml: no such file"),
        "{}",
        run.stderr
    );
}

#[test]
fn with_no_project_and_no_paths_the_error_says_what_is_missing() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let run = polscore_in(dir.path(), &["score"]);
    assert_eq!(run.status, 2);
    insta::assert_snapshot!(run.stderr);
    write(dir.path(), "polscore.toml", "[project]\nrubrics = []\n");
    let run = polscore_in(dir.path(), &["check", "x.toml"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr
            .contains("no --data given, and polscore.toml lists none"),
        "{}",
        run.stderr
    );
}

#[test]
fn errors_in_the_project_file_are_located() {
    let dir = repo_copy();
    write(
        dir.path(),
        "polscore.toml",
        "[project]\nrubric = [\"rubrics/\"]\ndata = [\"inputs/\", \"input/\"]\n",
    );
    let run = polscore_in(dir.path(), &["score"]);
    assert_eq!(run.status, 2);
    insta::assert_snapshot!(run.stderr);
}

#[test]
fn the_project_file_is_never_an_output() {
    let dir = repo_copy();
    let before = std::fs::read(dir.path().join("polscore.toml")).expect("it reads");
    let run = polscore_in(dir.path(), &["score", "--output", "polscore.toml"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("the project file"), "{}", run.stderr);
    let after = std::fs::read(dir.path().join("polscore.toml")).expect("it reads");
    assert_eq!(before, after);
}

/// `check` with the project's baseline, not yet written, then written.
#[test]
fn check_takes_the_projects_baseline() {
    let dir = repo_copy();
    let text = std::fs::read_to_string(dir.path().join("polscore.toml")).expect("it reads");
    write(
        dir.path(),
        "polscore.toml",
        &format!("{text}baseline = \"reports/baseline.json\"\n"),
    );
    let run = polscore_in(dir.path(), &["check"]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr
            .contains("`baseline` names reports/baseline.json, which does not exist")
            && run.stderr.contains("--> polscore.toml:"),
        "{}",
        run.stderr
    );
    let publish = [
        "score",
        "--format",
        "json",
        "--output",
        "reports/baseline.json",
    ];
    std::fs::create_dir(dir.path().join("reports")).expect("a directory");
    assert_eq!(polscore_in(dir.path(), &publish).status, 0);
    let run = polscore_in(dir.path(), &["check"]);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
}

/// SPEC §4: `--fail-under` judges only policies that have data.
#[test]
fn fail_under_skips_a_policy_with_no_data_yet() {
    let dir = repo_copy();
    std::fs::create_dir(dir.path().join("reports")).expect("a directory");
    let publish = ["score", "--format", "json", "--output", "reports/b.json"];
    assert_eq!(polscore_in(dir.path(), &publish).status, 0);
    let check = |floor: &str| -> Run {
        let args = [
            "check",
            "--baseline",
            "reports/b.json",
            "--fail-under",
            floor,
        ];
        let mut args = args.to_vec();
        args.extend(["--junit", "junit.xml", "--lang", "en"]);
        polscore_in(dir.path(), &args)
    };
    // mofa-2024-peace is met; mofa-2027-peace has no data.
    let run = check("met");
    assert_eq!(run.status, 0, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("policies not judged by --fail-under met (1):\n  mofa-2027-peace: skipped (no data yet)\n"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.ends_with(
        "ok: no change, 0 policies rated worse than met, 1 policy skipped (no data yet) \
         against reports/b.json\n"
    ));
    let xml = std::fs::read_to_string(dir.path().join("junit.xml")).expect("the XML reads");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let skipped: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("skipped"))
        .filter_map(|n| n.parent()?.attribute("name"))
        .collect();
    assert_eq!(skipped, ["mofa-2027-peace rated met or better"]);
    // A policy with data is still judged.
    let run = check("exceeded");
    assert_eq!(run.status, 1);
    assert!(
        run.stdout.contains("  mofa-2024-peace: met\n"),
        "{}",
        run.stdout
    );
}

/// Every `polscore …` command in examples/ci runs as written on this repository's own
/// layout (its polscore.toml, rubrics/ with a next cycle that has no data, inputs/), once a
/// report is published as the examples assume.
#[test]
fn the_ci_examples_run_on_this_repository() {
    let dir = repo_copy();
    std::fs::create_dir(dir.path().join("reports")).expect("a directory");
    let publish = [
        "score",
        "--format",
        "json",
        "--pretty",
        "--output",
        "reports/published.json",
    ];
    let run = polscore_in(dir.path(), &publish);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let mut ran = 0;
    for file in [
        "examples/ci/github-actions.yml",
        "examples/ci/gitlab-ci.yml",
        "examples/ci/pre-commit-config.yaml",
    ] {
        let text = std::fs::read_to_string(root().join(file)).expect("the example reads");
        for command in polscore_commands(&text) {
            let args: Vec<&str> = command.split_whitespace().skip(1).collect();
            let run = polscore_in(dir.path(), &args);
            assert_eq!(
                run.status, 0,
                "{file}: {command}\n{}{}",
                run.stdout, run.stderr
            );
            ran += 1;
        }
    }
    assert!(
        ran >= 10,
        "only {ran} polscore commands found in examples/ci"
    );
    assert!(dir.path().join("polscore-junit.xml").exists());
}

/// The pre-commit hooks run when a workbook or the project file changes, and the GitHub
/// cache is keyed by polscore's commit, not by a branch name that outlives it.
#[test]
fn the_ci_examples_watch_every_input_and_never_keep_a_stale_binary() {
    let hooks = std::fs::read_to_string(root().join("examples/ci/pre-commit-config.yaml"))
        .expect("the example reads");
    let patterns: Vec<&str> = hooks
        .lines()
        .filter_map(|l| l.trim().strip_prefix("files: "))
        .collect();
    assert_eq!(patterns.len(), 2);
    for p in patterns {
        assert!(p.contains("xlsx") && p.contains("polscore\\.toml"), "{p}");
    }
    let actions = std::fs::read_to_string(root().join("examples/ci/github-actions.yml"))
        .expect("the example reads");
    let key = actions
        .lines()
        .find_map(|l| l.trim().strip_prefix("key: "))
        .expect("a cache key");
    assert!(
        key.contains("steps.polscore.outputs.rev") && !key.contains("BRANCH"),
        "{key}"
    );
    assert!(actions.contains("--rev \"$POLSCORE_REV\""));
}

/// The `polscore …` command lines of a workflow or hook file, up to a redirection.
fn polscore_commands(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .map(|l| l.trim_start_matches("- ").trim_start_matches("run: "))
        .map(|l| l.trim_start_matches("entry: "))
        .filter(|l| l.starts_with("polscore ") || *l == "polscore")
        .map(|l| l.split(['>', '|']).next().unwrap_or(l).trim().to_string())
        .collect()
}
