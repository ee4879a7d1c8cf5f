//! Diagnostics: errors and warnings as values, carrying their place in the input.
//! They are rendered once, at the edge (`main`), in the style of a compiler message.
//!
//! Rendered here rather than by `annotate-snippets` or `codespan-reporting`: both write a
//! `|` line before the help and cut a long line with `...` in their own window, and neither
//! shows control characters as `\u{1b}`, so the messages users and tests know would change.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthChar;

use crate::lang::{Lang, Message, tr};
use crate::values::escape;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
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

    /// The word that starts a diagnostic's first line: `error`, `警告` …
    pub fn word(self, lang: Lang) -> String {
        match self {
            Level::Error => tr!(lang, "diag-error"),
            Level::Warning => tr!(lang, "diag-warning"),
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
    pub label: Message,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub location: Option<Location>,
    pub level: Level,
    pub message: Message,
    pub snippet: Option<Box<Snippet>>,
    /// Boxed, as most diagnostics have none, to keep `Result<_, Diagnostic>` small.
    pub help: Option<Box<Message>>,
    /// The label of the marked span and related places; boxed, as most diagnostics have
    /// none, to keep `Result<_, Diagnostic>` small.
    pub notes: Option<Box<Notes>>,
}

/// What a diagnostic may add to its snippet.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Notes {
    /// A few words printed after the marks under the snippet: what is wrong right there.
    pub label: Option<Message>,
    /// Other places in the same file that explain this one.
    pub related: Vec<Related>,
    /// Errors not shown that this one stands for, besides itself: `polscore: N errors`
    /// counts them.
    pub also: usize,
    /// The stable kebab-case code of a warning (`baseline-meets-target`), printed after its
    /// level and named in a rubric's `[lints] allow` to silence it.
    pub code: Option<&'static str>,
}

impl Diagnostic {
    pub fn error(message: impl Into<Message>) -> Self {
        Diagnostic {
            location: None,
            level: Level::Error,
            message: message.into(),
            snippet: None,
            help: None,
            notes: None,
        }
    }

    pub fn warning(message: impl Into<Message>) -> Self {
        Diagnostic {
            level: Level::Warning,
            ..Diagnostic::error(message)
        }
    }

    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    pub fn with_help(mut self, help: impl Into<Message>) -> Self {
        self.help = Some(Box::new(help.into()));
        self
    }

    pub fn with_help_opt(mut self, help: Option<Message>) -> Self {
        self.help = help.map(Box::new);
        self
    }

    /// Locates the diagnostic at a byte span of a source text and keeps the line to show.
    pub fn at_span(self, file: &str, source: &str, span: std::ops::Range<usize>) -> Self {
        let (location, snippet) = locate(file, source, span);
        let mut d = self.at(location);
        d.snippet = Some(Box::new(snippet));
        d
    }

    /// Gives the diagnostic its stable code, printed as `warning[code]: …`.
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.notes.get_or_insert_default().code = Some(code);
        self
    }

    /// The stable code, if the diagnostic has one.
    pub fn code(&self) -> Option<&'static str> {
        self.notes.as_ref().and_then(|n| n.code)
    }

    /// `warning` or `warning[code]`: how the diagnostic's first line starts.
    fn head(&self, lang: Lang) -> String {
        match self.code() {
            Some(code) => format!("{}[{code}]", self.level.word(lang)),
            None => self.level.word(lang),
        }
    }

    /// Says in a few words, under the marked span, what is wrong there.
    pub fn with_label(mut self, label: impl Into<Message>) -> Self {
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
        label: impl Into<Message>,
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
    /// line with the span marked (`^`, and `-` for related places), the help. Text from the
    /// input is shown with its control characters escaped (`crate::values::escape`), and a
    /// long line only around the place (`SNIPPET_COLUMNS`).
    pub fn render(&self, lang: Lang) -> String {
        let message = self.message.render(lang);
        let mut out = format!("{}: {}\n", self.head(lang), escape::line(&message));
        let mut gutter = self.location.as_ref().map_or(1, |l| digits(l.line));
        if let Some(loc) = &self.location {
            // Every line shown, in the order of the file; the main one marked with `^`.
            let notes = self.notes.as_deref();
            let mut shown: Vec<(usize, &Snippet, char, Option<String>)> = notes
                .map_or(&[][..], |n| &n.related)
                .iter()
                .map(|r| (r.line, &r.snippet, '-', Some(r.label.render(lang))))
                .collect();
            if let Some(s) = &self.snippet {
                let label = notes.and_then(|n| n.label.as_ref()).map(|l| l.render(lang));
                shown.push((loc.line, s, '^', label));
            }
            shown.sort_by_key(|(line, _, mark, _)| (*line, *mark == '^'));
            gutter = shown
                .iter()
                .map(|(l, ..)| digits(*l))
                .fold(gutter, usize::max);
            let pad = " ".repeat(gutter);
            let _ = writeln!(out, "{pad}--> {}", escape::line(&loc.to_string()));
            if !shown.is_empty() {
                let _ = writeln!(out, "{pad} |");
            }
            let mut previous: Option<usize> = None;
            for (line, s, mark, label) in shown {
                if previous.is_some_and(|p| line > p + 1) {
                    let _ = writeln!(out, "...");
                }
                previous = Some(line);
                let w = window(s);
                let indent = " ".repeat(w.indent);
                let marks = mark.to_string().repeat(w.marks);
                let label = label
                    .map(|l| format!(" {}", escape::line(&l)))
                    .unwrap_or_default();
                let _ = writeln!(out, "{line:>gutter$} | {}", w.text);
                let _ = writeln!(out, "{pad} | {indent}{marks}{label}");
            }
        }
        if let Some(help) = &self.help {
            let pad = " ".repeat(gutter);
            let help = help.render(lang);
            let word = tr!(lang, "diag-help");
            let _ = writeln!(out, "{pad} = {word}: {}", escape::line(&help));
        }
        out
    }

    /// One line for a person: `warning: file:line:column: message`, escaped as `render`.
    pub fn render_brief(&self, lang: Lang) -> String {
        let place = self
            .location
            .as_ref()
            .map(|l| format!("{l}: "))
            .unwrap_or_default();
        format!(
            "{}: {}\n",
            self.head(lang),
            escape::line(&format!("{place}{}", self.message.render(lang)))
        )
    }
}

/// Errors shown for one kind of input (the rubrics, the data files), in order of place; a
/// count of the others follows.
pub const MAX_ERRORS: usize = 100;

/// Columns of a source line shown at most, its marked span included: a longer line (a
/// report written on one line, a row of a thousand cells) is cut around the place, with `…`
/// on each side cut.
pub const SNIPPET_COLUMNS: usize = 100;

/// Columns of a marked span shown at most; a longer span is cut at its end.
const MARK_COLUMNS: usize = 60;

/// Characters a `Snippet` keeps on each side of its span, and of the span itself: more than
/// a window of `SNIPPET_COLUMNS` ever shows, so that what is cut here is cut when rendered.
const SNIPPET_KEEP: usize = 4 * SNIPPET_COLUMNS;

/// What is shown of a snippet: its text escaped and cut to a window, the columns before
/// the marks and the columns marked.
struct Window {
    text: String,
    indent: usize,
    marks: usize,
}

/// A character as shown in a snippet: a tab as one space (so the marks stay under their
/// place), a control character escaped.
fn shown_char(out: &mut String, c: char) -> usize {
    if c == '\t' {
        out.push(' ');
        1
    } else if escape::is_hidden(c) {
        escape::push(out, c);
        escape::escaped_len(c)
    } else {
        out.push(c);
        // Terminal columns: East Asian wide characters take two, combining marks none.
        c.width().unwrap_or(0)
    }
}

/// The characters of `chars` shown while they fit in `budget` columns; when not all fit,
/// one column is kept for the `…`. Returns the text, its width and whether it was cut.
fn take(chars: impl Iterator<Item = char>, budget: usize) -> (Vec<String>, usize, bool) {
    let mut pieces: Vec<(String, usize)> = Vec::new();
    let mut width = 0;
    for c in chars {
        let mut piece = String::new();
        let w = shown_char(&mut piece, c);
        if width + w > budget {
            while width + 1 > budget {
                match pieces.pop() {
                    Some((_, w)) => width -= w,
                    None => break,
                }
            }
            return (pieces.into_iter().map(|(p, _)| p).collect(), width, true);
        }
        width += w;
        pieces.push((piece, w));
    }
    (pieces.into_iter().map(|(p, _)| p).collect(), width, false)
}

/// The window of `s` to show: the marked span (up to `MARK_COLUMNS`), and as much of the
/// line on either side as fits in `SNIPPET_COLUMNS`, the right side given at least half of
/// what is left when it has that much.
fn window(s: &Snippet) -> Window {
    let byte_at = |chars: usize| {
        s.text
            .char_indices()
            .nth(chars)
            .map_or(s.text.len(), |(i, _)| i)
    };
    let a = byte_at(s.start);
    let b = a + s.text[a..]
        .char_indices()
        .nth(s.len)
        .map_or(s.text.len() - a, |(i, _)| i);
    let (before, marked, after) = (&s.text[..a], &s.text[a..b], &s.text[b..]);
    let (marked, marked_width, marked_cut) = take(marked.chars(), MARK_COLUMNS);
    let avail = SNIPPET_COLUMNS - MARK_COLUMNS.min(marked_width.max(1));
    let left_budget = if marked_cut {
        avail - 1
    } else {
        let (_, right_width, _) = take(after.chars(), avail);
        avail - right_width.min(avail / 2)
    };
    let (mut left, left_width, left_cut) = take(before.chars().rev(), left_budget);
    left.reverse();
    let mut text = String::new();
    if left_cut {
        text.push('…');
    }
    text.extend(left);
    text.extend(marked);
    if marked_cut {
        text.push('…');
    } else {
        let right_budget = avail - left_width - usize::from(left_cut);
        let (right, _, right_cut) = take(after.chars(), right_budget);
        text.extend(right);
        if right_cut {
            text.push('…');
        }
    }
    Window {
        text,
        indent: left_width + usize::from(left_cut),
        marks: marked_width.max(1),
    }
}

fn digits(n: usize) -> usize {
    n.to_string().len()
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
    // Of a long line, only what a window can show is kept (a report on one line is megabytes).
    let start_in_text = (start - line_start).min(text.len());
    let keep_from = text[..start_in_text]
        .char_indices()
        .rev()
        .nth(SNIPPET_KEEP - 1)
        .map_or(0, |(i, _)| i);
    let keep_to = text[start_in_text..]
        .char_indices()
        .nth(2 * SNIPPET_KEEP)
        .map_or(text.len(), |(i, _)| start_in_text + i);
    let kept = &text[keep_from..keep_to];
    let kept_start = text[keep_from..start_in_text].chars().count();
    (
        Location {
            file: file.to_string(),
            line,
            column,
        },
        Snippet {
            text: kept.to_string(),
            start: kept_start,
            len: len.min(SNIPPET_KEEP),
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
        .map(|c| (strsim::levenshtein(word, c), c))
        .filter(|(d, _)| *d <= limit)
        .min()
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests;
