//! Diagnostics: errors and warnings as values, carrying their place in the input.
//! They are rendered once, at the edge (`main`), in the style of a compiler message.

use std::fmt::Write as _;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    Error,
    Warning,
}

impl Level {
    pub fn id(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
        }
    }
}

/// A place in an input file. `line` and `column` are 1-based; for CSV files the line is the
/// row's line in the file and the column is the 1-based field number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// The offending source line, and the span under it to mark (in characters).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Snippet {
    pub text: String,
    pub start: usize,
    pub len: usize,
}

/// Another place in the same file shown with a diagnostic, e.g. where a duplicated id was
/// first defined. It is marked with `-` where the main place is marked with `^`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Related {
    pub line: usize,
    pub snippet: Snippet,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub location: Option<Location>,
    pub level: Level,
    pub message: String,
    pub snippet: Option<Box<Snippet>>,
    pub help: Option<String>,
    /// The label of the marked span and related places; boxed, as most diagnostics have
    /// none, to keep `Result<_, Diagnostic>` small.
    pub notes: Option<Box<Notes>>,
}

/// What a diagnostic may add to its snippet.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Notes {
    /// A few words printed after the marks under the snippet: what is wrong right there.
    pub label: Option<String>,
    /// Other places in the same file that explain this one.
    pub related: Vec<Related>,
    /// Errors not shown that this one stands for, besides itself: `polscore: N errors`
    /// counts them.
    pub also: usize,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            location: None,
            level: Level::Error,
            message: message.into(),
            snippet: None,
            help: None,
            notes: None,
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic {
            level: Level::Warning,
            ..Diagnostic::error(message)
        }
    }

    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_help_opt(mut self, help: Option<String>) -> Self {
        self.help = help;
        self
    }

    /// Locates the diagnostic at a byte span of a source text and keeps the line to show.
    pub fn at_span(self, file: &str, source: &str, span: std::ops::Range<usize>) -> Self {
        let (location, snippet) = locate(file, source, span);
        let mut d = self.at(location);
        d.snippet = Some(Box::new(snippet));
        d
    }

    /// Says in a few words, under the marked span, what is wrong there.
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.notes.get_or_insert_default().label = Some(label.into());
        self
    }

    /// Makes the diagnostic stand for `n` errors in the count of errors (`polscore: N
    /// errors`): it says that `n` more are not shown.
    pub fn standing_for(mut self, n: usize) -> Self {
        self.notes.get_or_insert_default().also = n.saturating_sub(1);
        self
    }

    /// How many errors or warnings the diagnostic stands for: one, or those it says are
    /// not shown.
    pub fn count(&self) -> usize {
        1 + self.notes.as_ref().map_or(0, |n| n.also)
    }

    /// Shows another place of the same source with the diagnostic, marked and labelled.
    pub fn with_related(
        mut self,
        source: &str,
        span: std::ops::Range<usize>,
        label: impl Into<String>,
    ) -> Self {
        let (location, snippet) = locate("", source, span);
        self.notes.get_or_insert_default().related.push(Related {
            line: location.line,
            snippet,
            label: label.into(),
        });
        self
    }

    /// Rendered for a person, in the style of a compiler: `error: message`, the place, the
    /// line with the span marked (`^`, and `-` for related places), the help.
    pub fn render(&self) -> String {
        let mut out = format!("{}: {}\n", self.level.id(), self.message);
        let mut gutter = self.location.as_ref().map_or(1, |l| digits(l.line));
        if let Some(loc) = &self.location {
            // Every line shown, in the order of the file; the main one marked with `^`.
            let notes = self.notes.as_deref();
            let mut shown: Vec<(usize, &Snippet, char, Option<&str>)> = notes
                .map_or(&[][..], |n| &n.related)
                .iter()
                .map(|r| (r.line, &r.snippet, '-', Some(r.label.as_str())))
                .collect();
            if let Some(s) = &self.snippet {
                shown.push((loc.line, s, '^', notes.and_then(|n| n.label.as_deref())));
            }
            shown.sort_by_key(|(line, _, mark, _)| (*line, *mark == '^'));
            gutter = shown
                .iter()
                .map(|(l, ..)| digits(*l))
                .fold(gutter, usize::max);
            let pad = " ".repeat(gutter);
            let _ = writeln!(out, "{pad}--> {loc}");
            if !shown.is_empty() {
                let _ = writeln!(out, "{pad} |");
            }
            let mut previous: Option<usize> = None;
            for (line, s, mark, label) in shown {
                if previous.is_some_and(|p| line > p + 1) {
                    let _ = writeln!(out, "...");
                }
                previous = Some(line);
                let before: String = s.text.chars().take(s.start).collect();
                let marked: String = s.text.chars().skip(s.start).take(s.len.max(1)).collect();
                let indent = " ".repeat(display_width(&before));
                let marks = mark.to_string().repeat(display_width(&marked).max(1));
                let label = label.map(|l| format!(" {l}")).unwrap_or_default();
                let _ = writeln!(out, "{line:>gutter$} | {}", s.text);
                let _ = writeln!(out, "{pad} | {indent}{marks}{label}");
            }
        }
        if let Some(help) = &self.help {
            let pad = " ".repeat(gutter);
            let _ = writeln!(out, "{pad} = help: {help}");
        }
        out
    }
}

fn digits(n: usize) -> usize {
    n.to_string().len()
}

/// Terminal columns taken by a string: East Asian wide characters take two.
pub fn display_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

fn char_width(c: char) -> usize {
    let c = c as u32;
    let wide = matches!(c,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF |
        0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF |
        0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD);
    if wide { 2 } else { 1 }
}

/// Line (1-based), column (1-based, in characters) and the line text of a byte span.
fn locate(file: &str, source: &str, span: std::ops::Range<usize>) -> (Location, Snippet) {
    let start = floor_char_boundary(source, span.start.min(source.len()));
    let end = floor_char_boundary(source, span.end.clamp(start, source.len()));
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[start..]
        .find('\n')
        .map_or(source.len(), |i| start + i);
    let line = source[..start].matches('\n').count() + 1;
    let text = source[line_start..line_end].trim_end_matches('\r');
    let column = source[line_start..start].chars().count() + 1;
    let len = source[start..end.min(line_end)].chars().count();
    (
        Location {
            file: file.to_string(),
            line,
            column,
        },
        Snippet {
            text: text.to_string(),
            start: column - 1,
            len,
        },
    )
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|c| (levenshtein(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min()
        .map(|(_, c)| c)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_key_for_a_typo() {
        let keys = ["target", "target_year", "baseline"];
        assert_eq!(suggest("targte", keys), Some("target"));
        assert_eq!(suggest("zzz", keys), None);
    }

    #[test]
    fn locates_a_span_in_characters_not_bytes() {
        let src = "a = 1\nname = \"日本\" x\n";
        let at = src.find('x').unwrap();
        let d = Diagnostic::error("bad").at_span("f.toml", src, at..at + 1);
        let loc = d.location.clone().unwrap();
        assert_eq!((loc.line, loc.column), (2, 13));
        // The caret sits under the x: "name = " (7) + quote + two wide chars (4) + quote + space.
        let caret_line = format!("\n  | {}^\n", " ".repeat(14));
        assert!(d.render().contains(&caret_line), "{}", d.render());
    }
}
