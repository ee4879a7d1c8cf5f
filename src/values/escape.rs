//! Text from inputs, made safe to show. A rubric, a data file or a report may hold control
//! characters (an ESC that starts a terminal sequence to clear the screen or set the window
//! title, a carriage return that overwrites a line, a bidirectional override that reorders
//! what is read); every renderer for people passes input text through here, so that they
//! are shown, never obeyed.
//!
//! They are shown as Rust writes them in a string, the form the messages that quote an id
//! (`{:?}`) already use: `\t`, `\r`, `\n`, and `\u{1b}` for the others. Text without
//! any is returned as it is, without a copy.
//!
//! Text for HTML, SVG and XML (`markup`) is escaped here too, in one place.

use std::borrow::Cow;

/// Whether `c` is shown escaped: the C0 and C1 control characters, DEL, and the
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
pub fn is_hidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Appends `c`, escaped if it is hidden.
pub fn push(out: &mut String, c: char) {
    if is_hidden(c) {
        out.extend(c.escape_default());
    } else {
        out.push(c);
    }
}

/// The width in columns of `c` once escaped, when it is hidden (`\u{1b}` is 6).
pub fn escaped_len(c: char) -> usize {
    c.escape_default().count()
}

/// One line of text: every hidden character escaped, line breaks included (an id, a
/// message, a cell that must stay on one line).
pub fn line(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_hidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        push(&mut out, c);
    }
    Cow::Owned(out)
}

/// Text that may run over several lines (a goal's text, a note, a whole explanation): line
/// breaks are kept (a Windows `\r\n` as `\n`), every other hidden character escaped.
pub fn lines(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c != '\n' && is_hidden(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\r' if chars.peek() == Some(&'\n') => {}
            c => push(&mut out, c),
        }
    }
    Cow::Owned(out)
}

/// `line`, in place.
pub fn line_in_place(s: &mut String) {
    if let Cow::Owned(escaped) = line(s) {
        *s = escaped;
    }
}

/// `lines`, in place.
pub fn lines_in_place(s: &mut String) {
    if let Cow::Owned(escaped) = lines(s) {
        *s = escaped;
    }
}

/// Where `markup` text goes: each differs in a character or two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// HTML and inline SVG, text or attribute: `'` as `&#39;`.
    Html,
    /// An XML element's text: `'` as `&apos;`; U+FFFE and U+FFFF, which XML 1.0 does not
    /// allow, as U+FFFD.
    XmlText,
    /// An XML attribute: as `XmlText`, and line breaks and tabs as character references,
    /// since a parser turns literal ones into spaces there.
    XmlAttribute,
}

/// Text for HTML, SVG or XML: the five characters markup reserves as entities (`&amp;`,
/// `&lt;`, `&gt;`, `&quot;`, and `'` as `to` writes it), line breaks and tabs kept (in an
/// XML attribute, as references), every other hidden character escaped as `line` does.
pub fn markup(s: &str, to: Markup) -> String {
    let xml = to != Markup::Html;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' if xml => out.push_str("&apos;"),
            '\'' => out.push_str("&#39;"),
            '\n' if to == Markup::XmlAttribute => out.push_str("&#10;"),
            '\t' if to == Markup::XmlAttribute => out.push_str("&#9;"),
            '\n' | '\t' => out.push(c),
            '\u{FFFE}' | '\u{FFFF}' if xml => out.push('\u{FFFD}'),
            c => push(&mut out, c),
        }
    }
    out
}

/// `markup` for HTML and SVG.
pub fn html(s: &str) -> String {
    markup(s, Markup::Html)
}

/// Text made safe for a Markdown paragraph or table cell: characters with a meaning in
/// Markdown are escaped (so a `|` in an id cannot end a cell), and a line break becomes a
/// space. Control characters are escaped before, by `line`/`lines`.
pub fn markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' => {
                out.push('\\');
                out.push(ch);
            }
            '\r' => {}
            '\n' => out.push(' '),
            _ => out.push(ch),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(line("a\u{1b}]0;x\u{7}b"), "a\\u{1b}]0;x\\u{7}b");
        assert_eq!(line("\u{9b}31m\u{7f}"), "\\u{9b}31m\\u{7f}");
        assert_eq!(line("tab\there\r\n"), "tab\\there\\r\\n");
        assert_eq!(line("\u{202e}fdp.exe"), "\\u{202e}fdp.exe");
        // Japanese, emoji and ordinary punctuation pass untouched, without a copy.
        assert!(matches!(line("目標「達成」✓ \\n"), Cow::Borrowed(_)));
    }

    #[test]
    fn lines_keep_their_breaks() {
        assert_eq!(lines("one\r\ntwo\nthree\rfour"), "one\ntwo\nthree\\rfour");
        assert_eq!(lines("a\u{1b}[2J\tb"), "a\\u{1b}[2J\\tb");
        assert!(matches!(lines("a\nb"), Cow::Borrowed(_)));
    }

    #[test]
    fn markup_escapes_what_it_reserves_and_shows_what_it_forbids() {
        assert_eq!(
            markup("a<b & \"c\" 'd'>\n\u{1}政策\u{FFFE}", Markup::XmlAttribute),
            "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;&#10;\\u{1}政策\u{FFFD}"
        );
        assert_eq!(
            markup("a\n\tb\r\u{1b}[2J\u{9b}", Markup::XmlText),
            "a\n\tb\\r\\u{1b}[2J\\u{9b}"
        );
        assert_eq!(
            markup("a<b & \"c\" 'd'\n", Markup::Html),
            "a&lt;b &amp; &quot;c&quot; &#39;d&#39;\n"
        );
    }

    #[test]
    fn escaping_twice_changes_nothing_more() {
        let once = line("x\u{1b}\u{85}\u{2066}y").into_owned();
        assert_eq!(line(&once), once);
        assert_eq!(escaped_len('\u{1b}'), "\\u{1b}".len());
    }
}
