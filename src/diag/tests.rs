use unicode_width::UnicodeWidthStr;

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
    assert!(
        d.render(crate::lang::Lang::En).contains(&caret_line),
        "{}",
        d.render(crate::lang::Lang::En)
    );
}

/// The source line of a rendered diagnostic and the line of marks under it.
fn shown_lines(rendered: &str) -> (String, String) {
    let mut lines = rendered.lines().skip_while(|l| !l.ends_with(" |")).skip(1);
    let text = lines
        .next()
        .unwrap()
        .split_once(" | ")
        .unwrap()
        .1
        .to_string();
    let marks = lines
        .next()
        .unwrap()
        .split_once(" | ")
        .unwrap()
        .1
        .to_string();
    (text, marks)
}

#[test]
fn a_huge_line_is_shown_around_the_place_only() {
    // A report of 4 MB on one line, cut off in the middle of a string.
    let src = format!(
        "{{\"a\": \"{}X{}",
        "a".repeat(2_000_000),
        "b".repeat(2_000_000)
    );
    let at = src.find('X').unwrap();
    let d = Diagnostic::error("bad").at_span("r.json", &src, at..at + 1);
    let loc = d.location.clone().unwrap();
    assert_eq!((loc.line, loc.column), (1, at + 1));
    let rendered = d.render(crate::lang::Lang::En);
    assert!(rendered.len() < 1000, "{} bytes", rendered.len());
    let (text, marks) = shown_lines(&rendered);
    assert!(text.width() <= SNIPPET_COLUMNS, "{text}");
    assert!(text.starts_with("…a") && text.ends_with("b…"), "{text}");
    // The caret sits under the X.
    let caret = marks.find('^').unwrap();
    assert_eq!(text.chars().nth(caret), Some('X'), "{text}\n{marks}");
    assert_eq!(marks.trim(), "^");
    // At the end of a long line there is nothing to cut on the right.
    let src = format!("{}Y", "c".repeat(500));
    let d = Diagnostic::error("bad").at_span("f", &src, 500..501);
    let (text, marks) = shown_lines(&d.render(crate::lang::Lang::En));
    assert!(text.starts_with('…') && text.ends_with("cY"), "{text}");
    assert_eq!(text.width(), SNIPPET_COLUMNS);
    assert_eq!(marks.len(), SNIPPET_COLUMNS);
    // A span longer than the window is marked up to a cut.
    let src = "d".repeat(1000);
    let d = Diagnostic::error("bad").at_span("f", &src, 10..900);
    let (text, marks) = shown_lines(&d.render(crate::lang::Lang::En));
    assert!(!text.starts_with('…') && text.ends_with('…'), "{text}");
    assert_eq!(marks, format!("{}{}", " ".repeat(10), "^".repeat(59)));
}

#[test]
fn a_long_line_of_wide_characters_is_cut_by_columns() {
    let src = format!("{}Z{}", "日".repeat(300), "本".repeat(300));
    let at = src.find('Z').unwrap();
    let d = Diagnostic::error("bad").at_span("f", &src, at..at + 1);
    let (text, marks) = shown_lines(&d.render(crate::lang::Lang::En));
    assert!(text.width() <= SNIPPET_COLUMNS, "{text}");
    let caret = marks.find('^').unwrap();
    let before: String = text.chars().take_while(|c| *c != 'Z').collect();
    assert_eq!(before.width(), caret, "{text}\n{marks}");
}

#[test]
fn control_characters_of_the_input_are_shown_escaped() {
    let src = "title = \"\u{1b}]0;pwned\u{7}\tx\"\n";
    let at = src.find('x').unwrap();
    let d = Diagnostic::error("bad title \u{1b}[2J")
        .at_span("bad\u{1b}.toml", src, at..at + 1)
        .with_label("here \u{9b}")
        .with_help("fix \r it");
    let rendered = d.render(crate::lang::Lang::En);
    assert!(
        !rendered.contains(|c: char| c.is_control() && c != '\n'),
        "{rendered:?}"
    );
    assert!(
        rendered.starts_with("error: bad title \\u{1b}[2J\n"),
        "{rendered}"
    );
    assert!(rendered.contains("--> bad\\u{1b}.toml:1:"), "{rendered}");
    assert!(rendered.contains("= help: fix \\r it"), "{rendered}");
    // The escapes take their width, a tab is one space: the caret stays under the x.
    let (text, marks) = shown_lines(&rendered);
    assert_eq!(text, "title = \"\\u{1b}]0;pwned\\u{7} x\"");
    assert_eq!(text.chars().nth(marks.find('^').unwrap()), Some('x'));
    assert!(marks.ends_with("^ here \\u{9b}"), "{marks}");
    let brief = Diagnostic::warning("w \u{1b}[2J")
        .at(Location {
            file: "f\u{7}".into(),
            line: 1,
            column: 2,
        })
        .render_brief(crate::lang::Lang::En);
    assert_eq!(brief, "warning: f\\u{7}:1:2: w \\u{1b}[2J\n");
}
