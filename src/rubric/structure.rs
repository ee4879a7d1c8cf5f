//! The first pass over a rubric: TOML syntax, then every table's keys, value types and the
//! ranges of numbers and years against the format (`format.rs`). It reports every problem in one run, where the serde
//! pass that follows would stop at the first; that pass, and the semantic checks, run only
//! when this one is clean.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::format::{self, Bound, Key, Table, Type};
use super::located::{Counted, Errors, Lines, Related};
use crate::diag::{Diagnostic, suggest};
use crate::values::show;

/// The parsed document if it is clean, or the syntax or structure problems of the rubric
/// text (the first by place, and their count). The document is handed on so that the text
/// is parsed only once.
pub(super) fn check<'i>(file: &str, text: &'i str) -> Result<Spanned<DeTable<'i>>, Counted> {
    let (root, syntax) = DeTable::parse_recoverable(text);
    let mut w = Walker {
        text,
        errors: Errors::default(),
    };
    if !syntax.is_empty() {
        if looks_like_csv(file, text) {
            return Err(Counted::from_list(vec![csv_error(file, text)]));
        }
        // A recovering parser may report one slip several times on its line: keep the first
        // error of each line, which is the one at the slip.
        let lines = Lines::new(text);
        let mut seen = std::collections::HashSet::new();
        for e in &syntax {
            let span = e.span().unwrap_or(0..0);
            if seen.insert(lines.line(span.start.min(text.len()))) {
                let (d, related) = syntax_error(text, e.message(), span.clone());
                w.errors.push_related(span, d, related);
            }
        }
        return Err(w.errors.finish(file, text));
    }
    // A rubric of another format version is not checked key by key: its keys may differ.
    if let Some((_, v)) = entry(root.get_ref(), "schema")
        && let DeValue::Integer(i) = v.get_ref()
        && integer(i) != Some(format::SCHEMA_VERSION)
    {
        return Err(Counted::from_list(vec![
            Diagnostic::error(format!("unsupported rubric schema {}", i.as_str()))
                .at_span(file, text, v.span())
                .with_label("this version of polscore reads schema 1")
                .with_help("write `schema = 1` and the keys of docs/rubric-format.md"),
        ]));
    }
    w.table(&format::ROOT, root.get_ref(), root.span());
    if w.errors.is_empty() {
        Ok(root)
    } else {
        Err(w.errors.finish(file, text))
    }
}

/// A data file named as a rubric: a `.csv` or `.tsv` name, or a first line of
/// comma-separated words that is neither a TOML key nor a table header.
fn looks_like_csv(file: &str, text: &str) -> bool {
    let extension = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    if matches!(extension.as_deref(), Some("csv" | "tsv")) {
        return true;
    }
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or_default();
    (first.contains(',') || first.contains('\t')) && !first.contains('=') && !first.starts_with('[')
}

fn csv_error(file: &str, text: &str) -> Diagnostic {
    let first_line = text.find('\n').unwrap_or(text.len());
    Diagnostic::error("this looks like CSV data, not a rubric")
        .at_span(file, text, 0..first_line)
        .with_label("a row of data, not TOML")
        .with_help(
            "pass data files with --data, e.g. `polscore score rubric.toml --data data.csv`; \
             a rubric is a TOML file (docs/rubric-format.md; `polscore init` writes one)",
        )
}

fn entry<'a, 'i>(
    table: &'a DeTable<'i>,
    name: &str,
) -> Option<(
    &'a Spanned<std::borrow::Cow<'i, str>>,
    &'a Spanned<DeValue<'i>>,
)> {
    table.iter().find(|(k, _)| k.get_ref() == name)
}

fn integer(i: &toml::de::DeInteger) -> Option<i64> {
    i64::from_str_radix(i.as_str(), i.radix()).ok()
}

struct Walker<'a> {
    text: &'a str,
    errors: Errors,
}

impl Walker<'_> {
    fn error(&mut self, span: Range<usize>, message: String, label: &str, help: String) {
        self.errors.push(
            span,
            Diagnostic::error(message).with_label(label).with_help(help),
        );
    }

    fn table(&mut self, spec: &'static Table, table: &DeTable, span: Range<usize>) {
        for (k, v) in table.iter() {
            match spec.key(k.get_ref()) {
                Some(key) => self.value(spec, key, v),
                None => self.unknown_key(spec, k.get_ref(), k.span()),
            }
        }
        for key in spec.keys.iter().filter(|k| k.required) {
            if entry(table, key.name).is_none() {
                self.missing_key(spec, key, span.clone());
            }
        }
    }

    fn unknown_key(&mut self, spec: &'static Table, name: &str, span: Range<usize>) {
        let names: Vec<&str> = spec.keys.iter().map(|k| k.name).collect();
        let help = if let Some(s) = japanese_key(name).filter(|s| names.contains(s)) {
            format!("keys are written in English: for {name} write `{s}`")
        } else if let Some(help) = belongs_elsewhere(spec, name) {
            help
        } else if let Some(s) = suggest(name, names.iter().copied()) {
            format!("did you mean `{s}`?")
        } else {
            format!(
                "the keys of {} are {}",
                spec.what,
                names
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        self.error(
            span,
            format!("unknown key `{name}` in {}", spec.what),
            "unknown key",
            help,
        );
    }

    fn missing_key(&mut self, spec: &'static Table, key: &Key, span: Range<usize>) {
        let place = if std::ptr::eq(spec, &format::ROOT) {
            "at the top of the file".to_string()
        } else if std::ptr::eq(spec, &format::BASELINE) {
            "inside the braces".to_string()
        } else {
            format!("under this {} header", spec.header)
        };
        let label = if std::ptr::eq(spec, &format::ROOT) {
            format!("the file has no `{}`", key.name)
        } else {
            format!("{} without `{}`", spec.what, key.name)
        };
        self.error(
            span,
            format!("missing key `{}` in {}", key.name, spec.what),
            &label,
            format!(
                "add `{} = {}` {place}: {}",
                key.name,
                key.example,
                lowercase_first(key.doc.trim_end_matches('.'))
            ),
        );
    }

    fn value(&mut self, spec: &'static Table, key: &Key, v: &Spanned<DeValue>) {
        let span = v.span();
        match (key.ty, v.get_ref()) {
            (Type::Text | Type::Id | Type::PolicyId, DeValue::String(_))
            | (Type::Bool, DeValue::Boolean(_)) => {}
            // A float the TOML parser reads as infinite without `inf` written overflowed:
            // it is out of range, not a deliberate infinity.
            (Type::Number, DeValue::Float(f)) => {
                let n = f.as_str().parse::<f64>().unwrap_or(f64::NAN);
                self.number(spec, key, n, span);
            }
            (Type::Integer | Type::Year | Type::Number, DeValue::Integer(i)) => match integer(i) {
                None => self.error(
                    span,
                    format!("`{}` is too large a number", key.name),
                    "out of range",
                    format!("write it like `{} = {}`", key.name, key.example),
                ),
                Some(n) if matches!(key.ty, Type::Number) => {
                    self.number(spec, key, n as f64, span);
                }
                Some(y) if matches!(key.ty, Type::Year) => {
                    self.year(&shown_name(spec, key), y, span);
                }
                Some(_) => {}
            },
            (Type::Choice(values), DeValue::String(s)) => {
                if !values.contains(&s.as_ref()) {
                    let lower = s.to_lowercase();
                    let help = match suggest(&lower, values.iter().copied()) {
                        Some(near) => format!(
                            "did you mean \"{near}\"? (`{}` is {})",
                            key.name,
                            format::type_name(key.ty)
                        ),
                        None => format!("`{}` is {}", key.name, format::type_name(key.ty)),
                    };
                    self.error(
                        span,
                        format!("unknown value \"{s}\" for `{}`", key.name),
                        "not an allowed value",
                        help,
                    );
                }
            }
            (Type::YearPair, DeValue::Array(items)) => {
                let year = Key {
                    ty: Type::Year,
                    example: "2021",
                    ..*key
                };
                for (n, item) in items.iter().enumerate() {
                    match item.get_ref() {
                        DeValue::Integer(i) if n < 2 && integer(i).is_some() => {
                            let y = integer(i).unwrap_or_default();
                            let what = format!("{} {}", key.name, ["start", "end"][n]);
                            self.year(&what, y, item.span());
                        }
                        _ => self.value(spec, &year, item),
                    }
                }
            }
            (Type::Table(t), DeValue::Table(table)) => self.table(t, table, span),
            (Type::Tables(t), DeValue::Array(items)) => {
                for item in items.iter() {
                    match item.get_ref() {
                        DeValue::Table(table) => self.table(t, table, item.span()),
                        _ => self.wrong_type(key, item),
                    }
                }
            }
            (Type::Tables(t), DeValue::Table(_)) => self.error(
                span,
                format!("`{}` must be written {} (two brackets)", key.name, t.header),
                "one bracket makes a single table",
                format!(
                    "start each {} with its own {} header; there may be many",
                    key.name, t.header
                ),
            ),
            _ => self.wrong_type(key, v),
        }
    }

    /// A year a rubric may name (`format::YEARS`); anything else is a typo.
    fn year(&mut self, what: &str, y: i64, span: Range<usize>) {
        if !format::YEARS.contains(&y) {
            self.error(
                span,
                format!("{what} {y} is not a plausible year"),
                "not a plausible year",
                format!(
                    "write the fiscal year as a western year between {} and {}, e.g. 2023 for 令和5年度",
                    format::YEARS.start(),
                    format::YEARS.end()
                ),
            );
        }
    }

    /// A number within its key's bounds (`format.rs`), with one message for one bad number.
    fn number(&mut self, spec: &'static Table, key: &Key, n: f64, span: Range<usize>) {
        let written = self.text.get(span.clone()).unwrap_or_default().trim();
        let what = shown_name(spec, key);
        let (message, label) = if n.is_nan() || (n.is_infinite() && written.contains("inf")) {
            (
                format!("{what} must be a finite number, not {written}"),
                "not a finite number".to_string(),
            )
        } else {
            let low = key.minimum.filter(|b| match *b {
                Bound::Inclusive(m) => n < m,
                Bound::Exclusive(m) => n <= m,
            });
            let high = key.maximum.filter(|b| match *b {
                Bound::Inclusive(m) => n > m,
                Bound::Exclusive(m) => n >= m,
            });
            match (low, high) {
                (Some(Bound::Exclusive(0.0)), _) => (
                    format!("{what} must be positive, not {written}"),
                    "must be positive".to_string(),
                ),
                (Some(Bound::Exclusive(m)), _) => {
                    let l = format!("not above {}", show::short(m));
                    (format!("{what} is {written}, {l}"), l)
                }
                (Some(Bound::Inclusive(m)), _) => {
                    let l = format!("below {}", show::short(m));
                    (format!("{what} is {written}, {l}"), l)
                }
                (None, Some(Bound::Inclusive(m))) => {
                    let l = format!("above {}", show::short(m));
                    (format!("{what} is {written}, {l}"), l)
                }
                (None, Some(Bound::Exclusive(m))) => {
                    let l = format!("not below {}", show::short(m));
                    (format!("{what} is {written}, {l}"), l)
                }
                (None, None) => return,
            }
        };
        let mut help = format!(
            "`{}` takes a number {}, e.g. `{} = {}`",
            key.name,
            range_words(key),
            key.name,
            key.example
        );
        if let Some(d) = key.default {
            help.push_str(&format!("; leave it out for the default {d}"));
        }
        self.error(span, message, &label, help);
    }

    fn wrong_type(&mut self, key: &Key, v: &Spanned<DeValue>) {
        let found = describe(v.get_ref());
        self.error(
            v.span(),
            format!(
                "`{}` must be {}, not {found}",
                key.name,
                format::type_name(key.ty)
            ),
            &found,
            type_help(key, v.get_ref()),
        );
    }
}

/// How messages name a key: `` `target` ``, or "baseline value" inside a baseline.
fn shown_name(spec: &'static Table, key: &Key) -> String {
    if std::ptr::eq(spec, &format::BASELINE) {
        format!("baseline {}", key.name)
    } else {
        format!("`{}`", key.name)
    }
}

/// The bounds of a number key in words: "from 0 to 1", "above 0 and at most 1e6".
fn range_words(key: &Key) -> String {
    match (key.minimum, key.maximum) {
        (Some(Bound::Inclusive(a)), Some(Bound::Inclusive(b))) => {
            format!("from {} to {}", show::short(a), show::short(b))
        }
        (low, high) => {
            let low = low.map(|b| match b {
                Bound::Inclusive(a) => format!("at least {}", show::short(a)),
                Bound::Exclusive(a) => format!("above {}", show::short(a)),
            });
            let high = high.map(|b| match b {
                Bound::Inclusive(a) => format!("at most {}", show::short(a)),
                Bound::Exclusive(a) => format!("below {}", show::short(a)),
            });
            low.into_iter()
                .chain(high)
                .collect::<Vec<_>>()
                .join(" and ")
        }
    }
}

/// What a rubric author sees in a value, for messages.
fn describe(v: &DeValue) -> String {
    match v {
        DeValue::String(s) => format!("the string \"{s}\""),
        DeValue::Integer(_) => "a whole number".into(),
        DeValue::Float(_) => "a decimal number".into(),
        DeValue::Boolean(b) => format!("{b}"),
        DeValue::Datetime(_) => "a date".into(),
        DeValue::Array(_) => "an array".into(),
        DeValue::Table(_) => "a table".into(),
    }
}

/// How to write the value instead, as concretely as the wrong value allows.
fn type_help(key: &Key, v: &DeValue) -> String {
    let name = key.name;
    match (key.ty, v) {
        (Type::Number, DeValue::String(s)) => {
            match crate::data::parse::parse_number(s, &[unit_of(s)]) {
                Ok(n) => format!(
                    "write the number without quotes or unit: `{name} = {}` (a unit goes in `unit`)",
                    show::plain(n)
                ),
                Err(_) => format!(
                    "write a number without quotes, e.g. `{name} = {}`",
                    key.example
                ),
            }
        }
        (Type::Year | Type::Integer, DeValue::String(s)) => {
            match crate::data::parse::parse_year(s) {
                Ok(y) => format!("write the fiscal year as a number: `{name} = {y}`"),
                Err(_) => format!(
                    "write a whole number without quotes, e.g. `{name} = {}`",
                    key.example
                ),
            }
        }
        (Type::Year | Type::Integer, DeValue::Float(f)) => match f.as_str().parse::<f64>() {
            Ok(x) if x.fract() == 0.0 && x.abs() < 1e9 => {
                format!("write it without a decimal point: `{name} = {}`", x as i64)
            }
            _ => format!("write a whole number, e.g. `{name} = {}`", key.example),
        },
        (Type::Year, DeValue::Datetime(_)) => format!(
            "a year is a whole number: write the fiscal year the date falls in, e.g. `{name} = {}`",
            key.example
        ),
        (Type::Bool, DeValue::String(s)) => {
            let yes = matches!(
                s.to_lowercase().as_str(),
                "true" | "yes" | "はい" | "1" | "on"
            );
            format!(
                "write `{name} = {}` without quotes",
                if yes { "true" } else { "false" }
            )
        }
        (Type::Text | Type::Id | Type::PolicyId, DeValue::Integer(i)) => {
            format!("put the value in quotes: `{name} = \"{}\"`", i.as_str())
        }
        (Type::Text | Type::Id | Type::PolicyId, DeValue::Float(f)) => {
            format!("put the value in quotes: `{name} = \"{}\"`", f.as_str())
        }
        (Type::Choice(values), _) => format!(
            "write one of {} in quotes, e.g. `{name} = \"{}\"`",
            format::quoted_list(values),
            values.first().copied().unwrap_or_default()
        ),
        (Type::Tables(t), _) => format!(
            "write each one as a table under its own {} header",
            t.header
        ),
        _ => format!("write it like `{name} = {}`", key.example),
    }
}

/// The unit written after a number ("人" in "1,000人"), for reading the number.
fn unit_of(s: &str) -> String {
    let unit: Vec<char> = s
        .trim()
        .chars()
        .rev()
        .take_while(|c| !c.is_ascii_digit() && !('０'..='９').contains(c))
        .collect();
    unit.into_iter().rev().collect()
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The English key an author may have meant by a Japanese word.
fn japanese_key(word: &str) -> Option<&'static str> {
    Some(match word {
        "目標" | "目標値" => "target",
        "目標年度" | "目標年" | "達成年度" => "target_year",
        "基準" | "基準値" | "基準年度" => "baseline",
        "単位" => "unit",
        "名称" | "指標名" | "名前" => "name",
        "種類" | "種別" | "区分" => "kind",
        "方向" => "direction",
        "期限" | "期日" => "due",
        "期間" | "評価期間" => "period",
        "出典" => "source",
        "重み" => "weight",
        "主要" => "primary",
        "題名" | "標題" | "タイトル" | "施策名" | "分野名" => "title",
        "担当" | "担当部局" => "owner",
        "目標文" | "内容" => "text",
        _ => return None,
    })
}

/// For a key of another table: where it goes (a header left out is the usual cause).
fn belongs_elsewhere(spec: &'static Table, name: &str) -> Option<String> {
    let homes: Vec<&'static Table> = format::tables()
        .into_iter()
        .filter(|t| !std::ptr::eq(*t, spec) && t.key(name).is_some())
        .collect();
    let home = homes.first()?;
    // Tables written with a header: name them by it.
    let headers: Vec<&str> = homes.iter().map(|t| t.header).collect();
    Some(if headers.len() == 1 && home.header.starts_with('[') {
        format!(
            "`{name}` is a key of {}: is a {} header missing above it?",
            home.what, home.header
        )
    } else {
        format!("`{name}` belongs in {}", headers.join(", "))
    })
}

/// A TOML syntax error, said the way a rubric author thinks about the file (not yet
/// located), and the place a duplicated key was first set.
fn syntax_error(text: &str, message: &str, span: Range<usize>) -> (Diagnostic, Option<Related>) {
    let message = message.trim();
    let found = text
        .get(span.clone())
        .unwrap_or_default()
        .trim()
        .to_string();
    let in_string = message.starts_with("invalid basic string")
        || message.starts_with("invalid literal string")
        || message.starts_with("invalid multi-line basic string")
        || message.starts_with("invalid multi-line literal string");
    let (what, label, help): (String, &str, String) = if in_string
        && let Some(c) = control_character(text, span.start)
    {
        (
            format!("control character (U+{:04X}) in a string", c as u32),
            "not allowed in a TOML string",
            "remove it (it is often left by a copy from another program); write a tab as \\t \
             and a line break as \\n, or use triple quotes \"\"\"…\"\"\" for text over several lines"
                .into(),
        )
    } else if message.starts_with("invalid basic string")
        || message.starts_with("invalid literal string")
    {
        (
            "unclosed string".into(),
            "the string does not end on this line",
            "close it with the same quote on the same line; for text over several lines use \
             triple quotes: \"\"\"…\"\"\""
                .into(),
        )
    } else if message.starts_with("unclosed array table") || message.starts_with("unclosed table") {
        (
            "unclosed table header".into(),
            "the header does not end here",
            "close the header with as many brackets as it opens: [policy], [[field]], \
             [[field.goal]], [[field.goal.indicator]]"
                .into(),
        )
    } else if message == "duplicate key" {
        (
            format!("`{found}` is set twice in the same table"),
            "set again here",
            format!(
                "keep one `{found}`; if this line starts a new table, add its header \
                 (e.g. [[field.goal.indicator]]) above it"
            ),
        )
    } else if message.starts_with("string values must be quoted") {
        if found.is_empty() {
            (
                "missing value after `=`".into(),
                "a value is expected here",
                "write a value, e.g. `name = \"…\"`, or remove the line".into(),
            )
        } else {
            (
                format!("`{found}` is not a TOML value"),
                "not a value",
                "put text in quotes (\"…\"); write numbers, true and false bare; separate \
                 array items with commas: [2021, 2023]"
                    .into(),
            )
        }
    } else {
        (
            format!("TOML syntax: {message}"),
            "here",
            "see the format of a rubric in docs/rubric-format.md, or start from `polscore init`"
                .into(),
        )
    };
    let d = Diagnostic::error(what).with_label(label).with_help(help);
    let related = (message == "duplicate key").then_some(Related::Find {
        find: first_set,
        at: span.start,
        key: found,
        label: "first set here",
    });
    (d, related)
}

/// The control character at byte `at` of the text, if one is there: TOML strings may not
/// hold them (but a tab). A line's end is not one: there the string is unclosed.
fn control_character(text: &str, at: usize) -> Option<char> {
    let rest = text.get(at..)?;
    let c = rest.chars().next()?;
    let line_end = c == '\n' || rest.starts_with("\r\n");
    (c.is_control() && c != '\t' && !line_end).then_some(c)
}

/// Where `key` was set before `at` in the same table: the nearest earlier line `key = …`
/// after the last table header.
fn first_set(text: &str, at: usize, key: &str) -> Option<Range<usize>> {
    let before = text.get(..at)?;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    // `end` is one past the end of the line being looked at (where its newline is).
    let mut end = line_start.saturating_sub(1);
    if line_start == 0 {
        return None;
    }
    for line in text[..end].split('\n').rev() {
        let start = end - line.len();
        end = start.saturating_sub(1);
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            return None;
        }
        if let Some(rest) = trimmed.strip_prefix(key)
            && rest.trim_start().starts_with('=')
        {
            let offset = start + (line.len() - trimmed.len());
            return Some(offset..offset + key.len());
        }
    }
    None
}
