//! The shape of `src/`, read as text: no two top-level modules import each other (directly or
//! through others), each uses only modules that `lib.rs` declares before it, and no source
//! file is over 500 lines nor a function over 80 — unit tests aside (`#[cfg(test)]` modules,
//! files named `tests.rs`), or with a line `// length: <reason>` in the file (for the file)
//! or just above the function (for the function).
//!
//! Imports are read from `crate::…` paths (grouped ones too: `use crate::{a, b::c}`) and from
//! `super::` chains that climb to the crate root, in code only: comments and the insides of
//! strings are blanked out first. A `super::` inside an inline module (other than a test
//! module) is read as if the module were its file's.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::Path;

const MAX_FILE_LINES: usize = 500;
const MAX_FN_LINES: usize = 80;

/// A source file: its path below `src/` (with `/`), its text, and its text as code only.
struct Source {
    path: String,
    text: String,
    code: String,
}

impl Source {
    fn new(path: &str, text: &str) -> Source {
        Source {
            path: path.to_string(),
            text: text.to_string(),
            code: code_only(text),
        }
    }

    /// The module path of the file: `a/b.rs` and `a/b/mod.rs` are `[a, b]`.
    fn module_path(&self) -> Vec<&str> {
        let path = self.path.trim_end_matches(".rs");
        let mut parts: Vec<&str> = path.split('/').collect();
        if parts.last() == Some(&"mod") {
            parts.pop();
        }
        parts
    }
}

fn read_tree(root: &Path) -> Vec<Source> {
    let mut out = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path.strip_prefix(root).unwrap().to_string_lossy();
                let text = std::fs::read_to_string(&path).unwrap();
                out.push(Source::new(&rel.replace('\\', "/"), &text));
            }
        }
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

fn src() -> Vec<Source> {
    read_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"))
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `text` with comments and string and character literals blanked out (each character a
/// space, newlines kept), so that line numbers still match.
fn code_only(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < c.len() {
        match literal_end(&c, i) {
            Some(end) => {
                out.extend(
                    c[i..end]
                        .iter()
                        .map(|&ch| if ch == '\n' { ch } else { ' ' }),
                );
                i = end;
            }
            None => {
                out.push(c[i]);
                i += 1;
            }
        }
    }
    out
}

/// Where the comment, string or character literal that starts at `i` ends, if one does.
fn literal_end(c: &[char], i: usize) -> Option<usize> {
    let at = |j: usize| c.get(j).copied().unwrap_or('\0');
    let find =
        |from: usize, f: &dyn Fn(usize) -> bool| (from..c.len()).find(|&j| f(j)).unwrap_or(c.len());
    let after_ident = i > 0 && is_ident(c[i - 1]);
    match (at(i), at(i + 1)) {
        ('/', '/') => Some(find(i, &|j| c[j] == '\n')),
        ('/', '*') => {
            let mut depth = 0;
            let mut j = i;
            while j < c.len() {
                match (at(j), at(j + 1)) {
                    ('/', '*') => (depth, j) = (depth + 1, j + 2),
                    ('*', '/') if depth == 1 => return Some(j + 2),
                    ('*', '/') => (depth, j) = (depth - 1, j + 2),
                    _ => j += 1,
                }
            }
            Some(c.len())
        }
        // A raw string: r"…", r#"…"#, and so on (br"…" too: the `b` stays), not r#ident.
        ('r', '"' | '#') if !after_ident => {
            let hashes = c[i + 1..].iter().take_while(|&&ch| ch == '#').count();
            let closes = |j: usize| at(j) == '"' && (1..=hashes).all(|k| at(j + k) == '#');
            (at(i + 1 + hashes) == '"')
                .then(|| (find(i + 2 + hashes, &closes) + 1 + hashes).min(c.len()))
        }
        ('"', _) => {
            let mut j = i + 1;
            while j < c.len() && c[j] != '"' {
                j += if c[j] == '\\' { 2 } else { 1 };
            }
            Some((j + 1).min(c.len()))
        }
        // A character literal ('x', '\n', '\'', '\u{…}'); a lifetime ('a) is code.
        ('\'', '\\') => Some((find(i + 3, &|j| c[j] == '\'') + 1).min(c.len())),
        ('\'', _) if at(i + 2) == '\'' => Some(i + 3),
        _ => None,
    }
}

/// The line (from 1) of byte offset `at` in `text`.
fn line_of(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

/// The offset just past the brace that closes the one at `open`.
fn matching_brace(code: &str, open: usize) -> usize {
    let mut depth = 0usize;
    for (i, ch) in code[open..].char_indices() {
        match ch {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return open + i + 1;
                }
            }
            _ => {}
        }
    }
    code.len()
}

/// The identifier at the start of `s`, after white space.
fn ident_at(s: &str) -> &str {
    let s = s.trim_start();
    &s[..s.find(|c: char| !is_ident(c)).unwrap_or(s.len())]
}

/// The top-level modules that `source` names, each with the line of its first mention.
fn imports(source: &Source) -> BTreeMap<String, usize> {
    let code = &source.code;
    let mut found = BTreeMap::new();
    let mut note = |name: &str, at: usize| {
        if !name.is_empty() && name != "self" && name != "super" {
            found
                .entry(name.to_string())
                .or_insert_with(|| line_of(code, at));
        }
    };
    // `crate::x`, and `crate::{x, y::z}`.
    for (at, _) in code.match_indices("crate::") {
        if code[..at].chars().next_back().is_some_and(is_ident) {
            continue;
        }
        let rest = code[at + "crate::".len()..].trim_start();
        if let Some(group) = rest.strip_prefix('{') {
            let group = &group[..matching_brace(rest, 0) - 2];
            let mut depth = 0;
            let mut start = true;
            for (i, ch) in group.char_indices() {
                if start && depth == 0 && !ch.is_whitespace() {
                    note(ident_at(&group[i..]), at);
                    start = false;
                }
                match ch {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => start = true,
                    _ => {}
                }
            }
        } else {
            note(ident_at(rest), at);
        }
    }
    // `super::super::x` climbing to the crate root.
    let depth = source.module_path().len();
    for (at, _) in code.match_indices("super::") {
        if code[..at].chars().next_back().is_some_and(is_ident) || code[..at].ends_with("super::") {
            continue;
        }
        let mut rest = &code[at..];
        let mut climbs = 0;
        while let Some(r) = rest.strip_prefix("super::") {
            climbs += 1;
            rest = r.trim_start();
        }
        if climbs >= depth {
            note(ident_at(rest), at);
        }
    }
    found
}

/// The modules that `lib.rs` declares, in order.
fn declared(sources: &[Source]) -> Vec<String> {
    let lib = sources.iter().find(|s| s.path == "lib.rs").unwrap();
    lib.code
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            let rest = l.strip_prefix("pub ").unwrap_or(l);
            let rest = rest.strip_prefix("pub(crate) ").unwrap_or(rest);
            let name = rest.strip_prefix("mod ")?.strip_suffix(';')?.trim();
            Some(name.to_string())
        })
        .collect()
}

/// Who imports whom among the top-level modules: `graph[a][b]` is where `a` first names `b`.
type Graph = BTreeMap<String, BTreeMap<String, String>>;

fn graph(sources: &[Source]) -> Graph {
    let modules: BTreeSet<String> = declared(sources).into_iter().collect();
    let mut graph = Graph::new();
    for source in sources {
        let Some(&from) = source.module_path().first() else {
            continue;
        };
        if !modules.contains(from) {
            continue;
        }
        let edges = graph.entry(from.to_string()).or_default();
        for (to, line) in imports(source) {
            if to != from && modules.contains(&to) {
                edges
                    .entry(to)
                    .or_insert_with(|| format!("src/{}:{line}", source.path));
            }
        }
    }
    graph
}

/// One cycle through each group of modules that reach each other, the shortest from the
/// group's first module, as `a -> b (where) -> a (where)`, and the group if it is larger.
fn cycles(graph: &Graph) -> Vec<String> {
    let reach = |from: &str| {
        let mut seen = BTreeSet::new();
        let mut queue = VecDeque::from([from.to_string()]);
        while let Some(m) = queue.pop_front() {
            for next in graph.get(&m).into_iter().flat_map(|e| e.keys()) {
                if seen.insert(next.clone()) {
                    queue.push_back(next.clone());
                }
            }
        }
        seen
    };
    let mut done = BTreeSet::new();
    let mut out = Vec::new();
    for start in graph.keys() {
        if done.contains(start) || !reach(start).contains(start) {
            continue;
        }
        let group: BTreeSet<String> = reach(start)
            .into_iter()
            .filter(|m| reach(m).contains(start))
            .collect();
        done.extend(group.iter().cloned());
        let mut cycle = shortest_cycle(graph, start, &group);
        if group.len() > cycle.matches(" -> ").count() {
            let all: Vec<&str> = group.iter().map(String::as_str).collect();
            cycle.push_str(&format!("; and all of {} reach each other", all.join(", ")));
        }
        out.push(cycle);
    }
    out
}

/// The shortest way from `start` back to itself within `group`, shown with each import's place.
fn shortest_cycle(graph: &Graph, start: &str, group: &BTreeSet<String>) -> String {
    let mut came_from: BTreeMap<String, String> = BTreeMap::new();
    let mut queue = VecDeque::from([start.to_string()]);
    'search: while let Some(m) = queue.pop_front() {
        for next in graph[&m].keys().filter(|n| group.contains(*n)) {
            if !came_from.contains_key(next) {
                came_from.insert(next.clone(), m.clone());
                if next == start {
                    break 'search;
                }
                queue.push_back(next.clone());
            }
        }
    }
    let mut path = vec![start.to_string()];
    let mut at = came_from[start].clone();
    while at != start {
        path.push(at.clone());
        at = came_from[&at].clone();
    }
    path.push(start.to_string());
    path.reverse();
    let mut shown = path[0].clone();
    for pair in path.windows(2) {
        shown.push_str(&format!(" -> {} ({})", pair[1], graph[&pair[0]][&pair[1]]));
    }
    shown
}

/// Imports of a module that `lib.rs` declares later than the importer.
fn out_of_order(sources: &[Source]) -> Vec<String> {
    let order = declared(sources);
    let rank = |m: &str| order.iter().position(|d| d == m);
    let mut out = Vec::new();
    for (from, edges) in graph(sources) {
        for (to, place) in edges {
            if rank(&to) > rank(&from) {
                out.push(format!("{from} uses {to}, declared after it ({place})"));
            }
        }
    }
    out
}

/// The lines of `source` inside `#[cfg(test)]` items, and the paths (below `src/`) of the
/// files of `#[cfg(test)] mod name;` declarations (a file `name.rs`, or a directory).
fn test_code(source: &Source) -> (Vec<(usize, usize)>, Vec<String>) {
    let code = &source.code;
    let squeezed = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let mut ranges = Vec::new();
    let mut files = Vec::new();
    for (at, _) in code.match_indices("#[") {
        let end = at + code[at..].find(']').unwrap_or(0) + 1;
        if squeezed(&code[at..end]) != "#[cfg(test)]" {
            continue;
        }
        let item = &code[end..];
        let Some(stop) = item.find(['{', ';']) else {
            continue;
        };
        if item.as_bytes()[stop] == b'{' {
            let close = matching_brace(code, end + stop);
            ranges.push((line_of(code, at), line_of(code, close.saturating_sub(1))));
        } else if let Some(name) = item[..stop].trim().strip_prefix("mod ") {
            let dir = source.module_path().join("/");
            let dir = if source.path == "lib.rs" { "" } else { &dir };
            files.push(
                format!("{dir}/{}", name.trim())
                    .trim_start_matches('/')
                    .to_string(),
            );
        }
    }
    (ranges, files)
}

/// Whether `text` has a line `// length: <reason>`.
fn length_reason(line: &str) -> bool {
    line.trim()
        .strip_prefix("// length:")
        .is_some_and(|r| !r.trim().is_empty())
}

/// Files over `MAX_FILE_LINES` and functions over `MAX_FN_LINES`, test code aside.
fn too_long(sources: &[Source]) -> Vec<String> {
    let test_files: Vec<String> = sources.iter().flat_map(|s| test_code(s).1).collect();
    let is_test_file = |path: &str| {
        let module = path.trim_end_matches(".rs").trim_end_matches("/mod");
        path.rsplit('/').next() == Some("tests.rs")
            || test_files
                .iter()
                .any(|t| module == t || module.starts_with(&format!("{t}/")))
    };
    let mut out = Vec::new();
    for source in sources.iter().filter(|s| !is_test_file(&s.path)) {
        let (tests, _) = test_code(source);
        let in_tests = |line: usize| tests.iter().any(|&(a, b)| (a..=b).contains(&line));
        let lines: Vec<&str> = source.text.lines().collect();
        let counted = (1..=lines.len()).filter(|&l| !in_tests(l)).count();
        if counted > MAX_FILE_LINES && !lines.iter().any(|l| length_reason(l)) {
            out.push(format!("src/{}: {counted} lines", source.path));
        }
        for (name, first, last) in functions(&source.code) {
            let len = last - first + 1;
            if len <= MAX_FN_LINES || in_tests(first) {
                continue;
            }
            // The comments and attributes just above the `fn` line.
            let above = lines[..first - 1].iter().rev().take_while(|l| {
                let l = l.trim_start();
                l.starts_with("//") || l.starts_with("#[")
            });
            if !above.into_iter().any(|l| length_reason(l)) {
                out.push(format!(
                    "src/{}:{first}: fn {name}: {len} lines",
                    source.path
                ));
            }
        }
    }
    out
}

/// Each function with a body: its name, and the lines of its `fn` and its closing brace.
fn functions(code: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices("fn ") {
        if code[..at].chars().next_back().is_some_and(is_ident) {
            continue;
        }
        let name = ident_at(&code[at + 3..]);
        if name.is_empty() {
            continue;
        }
        let mut depth = 0i32;
        let body = code[at..].char_indices().find_map(|(i, ch)| {
            match ch {
                '(' | '[' => depth += 1,
                ')' | ']' => depth -= 1,
                ';' if depth == 0 => return Some(None),
                '{' if depth == 0 => return Some(Some(at + i)),
                _ => {}
            }
            None
        });
        if let Some(Some(open)) = body {
            let close = matching_brace(code, open);
            out.push((
                name.to_string(),
                line_of(code, at),
                line_of(code, close - 1),
            ));
        }
    }
    out
}

#[test]
fn no_cycles_between_top_level_modules() {
    let cycles = cycles(&graph(&src()));
    assert!(
        cycles.is_empty(),
        "top-level modules that import each other:\n{}",
        cycles.join("\n")
    );
}

#[test]
fn modules_are_declared_in_the_order_the_data_flows() {
    let wrong = out_of_order(&src());
    assert!(
        wrong.is_empty(),
        "lib.rs declares these modules after one that uses them:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_long_files_or_functions() {
    let long = too_long(&src());
    assert!(
        long.is_empty(),
        "over {MAX_FILE_LINES} lines a file or {MAX_FN_LINES} a function \
         (or add `// length: <reason>`):\n{}",
        long.join("\n")
    );
}

#[path = "architecture/checks.rs"]
mod checks;
