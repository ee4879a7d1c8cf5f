//! The catalogues agree: the same ids with the same variables in both languages, every id
//! the code uses is there and every id there is used, and every message renders.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;

use super::*;

/// Each message id of a catalogue, with the variables it uses.
fn catalogue(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(lang.source())
        .unwrap_or_else(|(_, e)| panic!("{} does not parse: {e:?}", lang.tag()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                let value = m
                    .value
                    .unwrap_or_else(|| panic!("{} has no value", m.id.name));
                pattern_vars(&value, &mut vars);
                let name = m.id.name.to_string();
                assert!(
                    out.insert(name.clone(), vars).is_none(),
                    "{name} twice in {}",
                    lang.tag()
                );
            }
            ast::Entry::Junk { content } => panic!("{}: junk {content:?}", lang.tag()),
            ast::Entry::Term(t) => panic!("{}: term {} (use messages only)", lang.tag(), t.id.name),
            _ => {}
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, vars),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
    }
}

fn inline_vars(e: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::MessageReference { id, .. } => {
            panic!("{} referenced: a message stands alone", id.name)
        }
        _ => {}
    }
}

#[test]
fn every_message_is_in_both_languages_with_the_same_variables() {
    let ja = catalogue(Lang::Ja);
    let en = catalogue(Lang::En);
    let only = |a: &BTreeMap<String, _>, b: &BTreeMap<String, _>| -> Vec<String> {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect()
    };
    assert_eq!(
        only(&en, &ja),
        Vec::<String>::new(),
        "in en.ftl, not in ja.ftl"
    );
    assert_eq!(
        only(&ja, &en),
        Vec::<String>::new(),
        "in ja.ftl, not in en.ftl"
    );
    for (id, vars) in &en {
        assert_eq!(vars, &ja[id], "{id}: the variables differ (en, ja)");
    }
}

/// The ids that `src/` uses: the first string after each `msg!(` and `tr!(`.
fn used_ids() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                ids_in(&std::fs::read_to_string(&path).unwrap(), &mut out);
            }
        }
    }
    out
}

fn ids_in(text: &str, out: &mut BTreeSet<String>) {
    for call in ["msg!(", "tr!("] {
        for (at, _) in text.match_indices(call) {
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            if text[line_start..at].trim_start().starts_with("//") {
                continue;
            }
            let rest = &text[at + call.len()..];
            // The macros' own definitions, and this scanner, name no id.
            let Some(open) = rest.find('"') else { continue };
            if rest[..open].contains([')', '$']) {
                continue;
            }
            let id = &rest[open + 1..];
            let id = &id[..id.find('"').unwrap()];
            if !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                out.insert(id.to_string());
            }
        }
    }
}

#[test]
fn every_id_used_is_in_the_catalogue_and_every_message_is_used() {
    let en = catalogue(Lang::En);
    let used = used_ids();
    let missing: Vec<&String> = used.iter().filter(|id| !en.contains_key(*id)).collect();
    assert!(
        missing.is_empty(),
        "used but not in the catalogues: {missing:?}"
    );
    let unused: Vec<&String> = en.keys().filter(|id| !used.contains(*id)).collect();
    assert!(
        unused.is_empty(),
        "in the catalogues but never used: {unused:?}"
    );
}

/// Every message, with a made-up value for each variable, as Fluent renders it.
fn rendered(lang: Lang, id: &str, vars: &BTreeSet<String>, count: &str) -> String {
    let id: &'static str = Box::leak(id.to_string().into_boxed_str());
    let mut m = Message::new(id);
    for v in vars {
        let name: &'static str = Box::leak(v.clone().into_boxed_str());
        let value = if v == "count" {
            count.to_string()
        } else {
            format!("<{v}>")
        };
        m = m.arg(name, value);
    }
    let errors = m.errors(lang);
    assert!(errors.is_empty(), "{id} ({}): {errors:?}", lang.tag());
    m.render(lang)
}

#[test]
fn every_message_renders_in_both_languages_and_the_japanese_is_japanese() {
    for (id, vars) in catalogue(Lang::En) {
        for count in ["1", "2"] {
            let en = rendered(Lang::En, &id, &vars, count);
            let ja = rendered(Lang::Ja, &id, &vars, count);
            assert_ne!(en, ja, "{id}: the same text in both languages");
            assert!(!ja.is_ascii(), "{id}: no Japanese in {ja:?}");
            for text in [&en, &ja] {
                assert!(
                    !text.contains(['\u{2068}', '\u{2069}']),
                    "{id}: isolation marks"
                );
            }
        }
    }
}

#[test]
fn arguments_are_shown_as_given_and_counts_choose_the_english_plural() {
    let m = msg!("cli-errors", count = 1);
    assert_eq!(m.render(Lang::En), "polscore: 1 error");
    assert_eq!(
        tr!(Lang::En, "cli-errors", count = "1,234"),
        "polscore: 1,234 errors"
    );
    assert_eq!(
        tr!(Lang::Ja, "cli-errors", count = 3),
        "polscore: エラー 3 件"
    );
}
