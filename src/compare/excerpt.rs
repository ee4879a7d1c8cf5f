//! Part of one line of a report file around the place of an error, read without holding
//! the line: a compact report is one line of hundreds of megabytes.

use std::io::{BufReader, Read};

use crate::diag::Diagnostic;

/// Part of one line of a file around a place: at most `WINDOW` characters before it and
/// after it, so that a report written on one line of 170 MB shows a readable piece.
pub struct Excerpt {
    line: usize,
    /// The characters of the line left out before `text`.
    skipped: usize,
    text: String,
    /// The byte offset of the place in `text`.
    at: usize,
}

// More than a snippet shows (`diag::SNIPPET_COLUMNS`), so that the snippet cuts the excerpt
// itself and marks each cut side with `…`.
pub const WINDOW: usize = 2 * crate::diag::SNIPPET_COLUMNS;

impl Excerpt {
    /// `d` located at the place, showing the excerpt.
    pub fn place(self, d: Diagnostic, name: &str) -> Diagnostic {
        let at = self.at;
        self.mark(d, name, at..at + 1)
    }

    pub fn mark(self, d: Diagnostic, name: &str, span: std::ops::Range<usize>) -> Diagnostic {
        let mut d = d.at_span(name, &self.text, span);
        if let Some(l) = &mut d.location {
            l.line = self.line;
            l.column += self.skipped;
        }
        d
    }

    /// The excerpt and offset of the last `needle` before the place.
    pub fn before_place(self, needle: &str) -> Option<(Excerpt, usize)> {
        let at = self.text[..self.at].rfind(needle)?;
        Some((self, at))
    }
}

/// The excerpt of line `line` (1-based) around byte column `column` (1-based, as serde_json
/// counts), read from `reader` without keeping more than the window.
pub fn excerpt(reader: impl Read, line: usize, column: usize) -> Option<Excerpt> {
    let mut bytes = BufReader::new(reader).bytes();
    let mut current = 1;
    while current < line {
        if bytes.next()?.ok()? == b'\n' {
            current += 1;
        }
    }
    // The line's bytes before the place (the window's worth), counting the characters
    // left out; then the bytes after it up to the window or the end of the line.
    let mut before: std::collections::VecDeque<u8> = std::collections::VecDeque::new();
    let mut skipped_bytes = Vec::new();
    let mut skipped = 0;
    for _ in 1..column {
        match bytes.next() {
            Some(Ok(b'\n')) | None => break,
            Some(Ok(b)) => before.push_back(b),
            Some(Err(_)) => return None,
        }
        if before.len() > 4 * WINDOW {
            skipped_bytes.extend(before.drain(..WINDOW));
            // Whole characters only: a continuation byte stays with its lead byte.
            while before.front().is_some_and(|b| b & 0xC0 == 0x80) {
                skipped_bytes.extend(before.pop_front());
            }
            skipped += String::from_utf8_lossy(&skipped_bytes).chars().count();
            skipped_bytes.clear();
        }
    }
    let mut text: Vec<u8> = before.into_iter().collect();
    let at = text.len();
    for b in bytes.take(4 * WINDOW) {
        match b.ok()? {
            b'\n' => break,
            b => text.push(b),
        }
    }
    let text = String::from_utf8_lossy(&text).into_owned();
    // Keep at most WINDOW characters each side of the place.
    let chars_before = text[..at.min(text.len())].chars().count();
    let drop = chars_before.saturating_sub(WINDOW);
    let cut = text.char_indices().nth(drop).map_or(0, |(i, _)| i);
    let mut text = text[cut..].to_string();
    let at = at.min(cut + text.len()) - cut;
    if let Some((end, _)) = text[at..].char_indices().nth(WINDOW) {
        text.truncate(at + end);
    }
    Some(Excerpt {
        line,
        skipped: skipped + drop,
        text,
        at,
    })
}
