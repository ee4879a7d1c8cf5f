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

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub location: Option<Location>,
    pub level: Level,
    pub message: String,
    pub snippet: Option<Box<Snippet>>,
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            location: None,
            level: Level::Error,
            message: message.into(),
            snippet: None,
            help: None,
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

    /// Rendered for a person: `error: message`, the place, the line with a caret, the help.
    pub fn render(&self) -> String {
        let mut out = format!("{}: {}\n", self.level.id(), self.message);
        if let Some(loc) = &self.location {
            let gutter = loc.line.to_string().len();
            let pad = " ".repeat(gutter);
            let _ = writeln!(out, "{pad}--> {loc}");
            if let Some(s) = &self.snippet {
                let before: String = s.text.chars().take(s.start).collect();
                let marked: String = s.text.chars().skip(s.start).take(s.len.max(1)).collect();
                let indent = " ".repeat(display_width(&before));
                let carets = "^".repeat(display_width(&marked).max(1));
                let _ = writeln!(out, "{pad} |");
                let _ = writeln!(out, "{} | {}", loc.line, s.text);
                let _ = writeln!(out, "{pad} | {indent}{carets}");
            }
        }
        if let Some(help) = &self.help {
            let pad = " ".repeat(
                self.location
                    .as_ref()
                    .map_or(1, |l| l.line.to_string().len()),
            );
            let _ = writeln!(out, "{pad} = help: {help}");
        }
        out
    }
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
