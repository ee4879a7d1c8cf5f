//! The checks of `architecture.rs` themselves, on made-up sources.

use super::*;

fn tree(files: &[(&str, &str)]) -> Vec<Source> {
    files.iter().map(|(p, t)| Source::new(p, t)).collect()
}

fn long_fn(name: &str, lines: usize) -> String {
    format!(
        "fn {name}() {{\n{}}}\n",
        "    let _ = 1;\n".repeat(lines - 2)
    )
}

#[test]
fn a_cycle_is_found_and_shown() {
    let sources = tree(&[
        ("lib.rs", "pub mod a;\npub mod b;\npub mod c;\n"),
        ("a.rs", "use crate::{b::X, c};\n"),
        ("b/mod.rs", "mod inner;\n"),
        ("b/inner.rs", "fn f() {\n    super::super::c::g();\n}\n"),
        ("c.rs", "pub fn g() {\n    crate::a::h();\n}\n"),
    ]);
    let found = cycles(&graph(&sources));
    assert_eq!(
        found,
        ["a -> c (src/a.rs:1) -> a (src/c.rs:2); and all of a, b, c reach each other"],
        "{found:?}"
    );
    let wrong = out_of_order(&sources);
    assert_eq!(
        wrong,
        [
            "a uses b, declared after it (src/a.rs:1)",
            "a uses c, declared after it (src/a.rs:1)",
            "b uses c, declared after it (src/b/inner.rs:2)",
        ]
    );
}

#[test]
fn comments_and_strings_are_not_imports() {
    let sources = tree(&[
        ("lib.rs", "pub mod a;\npub mod b;\n"),
        (
            "a.rs",
            "//! see crate::b\n/* crate::b */\nconst S: &str = \"crate::b\";\nconst R: &str = r#\"crate::b\"#;\nconst C: char = '\"';\nconst Q: char = '\\'';\nfn f<'a>(x: &'a str) {}\n",
        ),
        ("b.rs", "use crate::a;\n"),
    ]);
    assert!(!sources[1].code.contains("crate"), "{}", sources[1].code);
    assert!(sources[1].code.contains("fn f<'a>(x: &'a str) {}"));
    assert_eq!(
        sources[1].code.lines().count(),
        sources[1].text.lines().count()
    );
    assert!(cycles(&graph(&sources)).is_empty());
    assert!(out_of_order(&sources).is_empty());
}

#[test]
fn long_files_and_functions_are_found_unless_tests_or_explained() {
    let body = long_fn("long", 81);
    let explained = format!("/// Doc.\n// length: a table reads better whole\n{body}");
    let tests = format!("#[cfg(test)]\nmod tests {{\n{}}}\n", long_fn("t", 90));
    let big = "const X: u8 = 0;\n".repeat(501);
    let sources = tree(&[
        ("lib.rs", "pub mod a;\n"),
        (
            "a.rs",
            &format!("{body}{}{explained}{tests}", long_fn("short", 80)),
        ),
        ("b.rs", &big),
        ("c.rs", &format!("// length: generated\n{big}")),
        (
            "d/mod.rs",
            &format!("#[cfg(test)]\nmod unit;\n{}", long_fn("ok", 3)),
        ),
        ("d/unit.rs", &big),
        ("e/tests.rs", &big),
    ]);
    assert_eq!(
        too_long(&sources),
        ["src/a.rs:1: fn long: 81 lines", "src/b.rs: 501 lines"]
    );
}
