//! Text as people type it into a cell: full-width forms folded to ASCII, and a cell quoted
//! short in messages.

use crate::lang::Message;

/// Full-width ASCII (`０`–`９`, `％`, `，`, `．`, `－` …) and the ideographic space folded
/// to their ASCII forms, so that `８５.２％` reads as `85.2%`.
pub fn fold_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '\u{2212}' => '-', // MINUS SIGN, as some spreadsheets write negatives
            _ => c,
        })
        .collect()
}

/// `message` with the argument `name` holding `items` as a list: the one item, or the first
/// and the rest joined by the message `link` makes of the first (with the rest as its
/// argument `rest`), so that each language words the joining (`人 or 名`, `人 または 名`).
pub fn with_list(
    message: Message,
    name: &'static str,
    items: &[impl AsRef<str>],
    link: &impl Fn(&str) -> Message,
) -> Message {
    match items {
        [] => message.arg(name, ""),
        [one] => message.arg(name, one.as_ref()),
        [first, rest @ ..] => {
            message.part(name, with_list(link(first.as_ref()), "rest", rest, link))
        }
    }
}

/// A cell as quoted in messages: trimmed, cut after 40 characters.
pub fn quoted(cell: &str) -> String {
    format!("{:?}", shorten(cell.trim(), 40))
}

/// The first `max` characters of `s`, with `…` when cut.
pub fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_text_reads_as_ascii_and_long_text_is_cut() {
        assert_eq!(fold_width("８５.２％"), "85.2%");
        assert_eq!(fold_width("\u{3000}\u{2212}5"), " -5");
        assert_eq!(shorten("令和五年度", 2), "令和…");
        assert_eq!(shorten("abc", 3), "abc");
        assert_eq!(quoted(&"9".repeat(50)), format!("\"{}…\"", "9".repeat(40)));
    }
}
