//! The text encodings of CSV files: UTF-8, with or without a byte-order mark, and Shift_JIS
//! (CP932, what Japanese Excel writes for "CSV (コンマ区切り)"), told apart without being told.
//! Files that are not text at all (a workbook named `.csv`, UTF-16, binary) are named as such,
//! so that the user learns what to save the file as.

use crate::diag::{Diagnostic, Location};
use crate::lang::msg;

/// An encoding a CSV file can be read in (`--encoding`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// Shift_JIS as Windows and Excel write it (CP932, with the NEC and IBM extensions such
    /// as ① and ㈱): the WHATWG definition that encoding_rs implements.
    ShiftJis,
}

impl Encoding {
    /// The encoding of a name as users write it: `utf-8`, `utf8`, `shift_jis`, `sjis`, `cp932` …
    pub fn from_name(name: &str) -> Option<Encoding> {
        let folded: String = name
            .trim()
            .chars()
            .filter(|c| !matches!(c, '-' | '_'))
            .collect::<String>()
            .to_ascii_lowercase();
        match folded.as_str() {
            "utf8" => Some(Encoding::Utf8),
            "shiftjis" | "sjis" | "cp932" | "windows31j" | "ms932" => Some(Encoding::ShiftJis),
            _ => None,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::ShiftJis => "shift_jis",
        }
    }
}

pub(super) const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The text of a CSV file named `name`, in the encoding `forced` or, without it, in UTF-8 if
/// the bytes are UTF-8 and else in Shift_JIS. A byte-order mark is dropped.
pub fn decode(name: &str, bytes: &[u8], forced: Option<Encoding>) -> Result<String, Diagnostic> {
    not_text(name, bytes)?;
    let text = match forced {
        Some(Encoding::Utf8) => utf8(name, bytes, true)?,
        Some(Encoding::ShiftJis) => {
            if bytes.starts_with(UTF8_BOM) {
                return Err(bom_but_shift_jis(name));
            }
            if let Some(e) = utf8_forced_as_shift_jis(name, bytes) {
                return Err(e);
            }
            shift_jis(name, bytes)?
        }
        None => {
            if bytes.starts_with(UTF8_BOM) || looks_like_utf8(bytes) {
                utf8(name, bytes, false)?
            } else {
                shift_jis(name, bytes)?
            }
        }
    };
    if let Some(at) = text.find('\0') {
        let (line, column) = line_column(&text, at);
        return Err(nul_byte(name, line, column));
    }
    Ok(text)
}

pub(super) fn bom_but_shift_jis(name: &str) -> Diagnostic {
    Diagnostic::error(msg!("data-bom-but-shift-jis", file = name))
        .at(start(name))
        .with_help(msg!("data-bom-but-shift-jis-help"))
}

pub(super) fn nul_byte(name: &str, line: usize, column: usize) -> Diagnostic {
    Diagnostic::error(msg!("data-nul-byte", file = name))
        .at(Location {
            file: name.into(),
            line,
            column,
        })
        .with_help(msg!("data-nul-byte-help"))
}

/// Files that are plainly not CSV text, recognised by their first bytes.
pub(super) fn not_text(name: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
    let (what, help) = if bytes.starts_with(b"PK\x03\x04") {
        (
            msg!("data-zip-not-csv", file = name),
            msg!("data-zip-not-csv-help"),
        )
    } else if bytes.starts_with(b"\xD0\xCF\x11\xE0") {
        (
            msg!("data-xls-not-csv", file = name),
            msg!("data-xls-not-csv-help"),
        )
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        (
            msg!("data-utf16-not-csv", file = name),
            msg!("data-utf16-not-csv-help"),
        )
    } else {
        return Ok(());
    };
    Err(Diagnostic::error(what).at(start(name)).with_help(help))
}

/// Whether undecodable bytes in otherwise UTF-8 text are damage rather than another encoding:
/// valid multi-byte UTF-8 characters far outnumber the invalid sequences. Shift_JIS Japanese
/// text is almost all invalid as UTF-8, so it does not pass this test.
pub(super) fn looks_like_utf8(bytes: &[u8]) -> bool {
    // Most files are valid UTF-8: checking that is many times faster than counting their
    // characters, which only damaged files need.
    if std::str::from_utf8(bytes).is_ok() {
        return true;
    }
    let mut valid_wide = 0usize;
    let mut invalid = 0usize;
    for chunk in bytes.utf8_chunks() {
        valid_wide += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        if !chunk.invalid().is_empty() {
            invalid += 1;
        }
    }
    // Valid UTF-8 returned above, so some chunk is invalid here.
    valid_wide > 2 * invalid
}

/// The error for `bytes` that look like UTF-8 text with characters beyond ASCII, read with
/// `--encoding shift_jis`. Valid UTF-8 decodes as Shift_JIS with few errors or none: Japanese
/// text would come out garbled, and nothing else would say so. The place is the first
/// character that would be misread.
pub(super) fn utf8_forced_as_shift_jis(name: &str, bytes: &[u8]) -> Option<Diagnostic> {
    let (text, at) = utf8_text(bytes)?;
    let (line, column) = line_column(&text, at);
    Some(utf8_forced_as_shift_jis_at(Location {
        file: name.into(),
        line,
        column,
    }))
}

/// `utf8_forced_as_shift_jis` at the place of the first character that would be misread.
pub(super) fn utf8_forced_as_shift_jis_at(at: Location) -> Diagnostic {
    Diagnostic::error(msg!(
        "data-utf8-forced-as-shift-jis",
        file = at.file,
        line = at.line
    ))
    .at(at)
    .with_help(msg!("data-utf8-forced-as-shift-jis-help"))
}

/// When `bytes` are UTF-8 text with characters beyond ASCII (in which Shift_JIS and UTF-8
/// differ): the text, and the byte offset of its first such character. Text with a damaged
/// byte counts when it passes `looks_like_utf8`. ASCII text reads the same in both.
fn utf8_text(bytes: &[u8]) -> Option<(String, usize)> {
    if bytes.is_ascii() || !looks_like_utf8(bytes) {
        return None;
    }
    let text = String::from_utf8_lossy(bytes);
    let at = text.find(|c: char| !c.is_ascii())?;
    Some((text.into_owned(), at))
}

fn utf8(name: &str, bytes: &[u8], forced: bool) -> Result<String, Diagnostic> {
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
            let (line, column) = line_column(&valid, valid.len());
            Err(not_utf8(name, line, column, forced))
        }
    }
}

pub(super) fn not_utf8(name: &str, line: usize, column: usize, forced: bool) -> Diagnostic {
    let help = if forced {
        msg!("data-not-utf8-forced-help")
    } else {
        msg!("data-not-utf8-damaged-help")
    };
    Diagnostic::error(msg!("data-not-utf8", file = name, line = line))
        .at(Location {
            file: name.into(),
            line,
            column,
        })
        .with_help(help)
}

fn shift_jis(name: &str, bytes: &[u8]) -> Result<String, Diagnostic> {
    let (text, had_errors) = encoding_rs::SHIFT_JIS.decode_without_bom_handling(bytes);
    if !had_errors {
        return Ok(text.into_owned());
    }
    // The replacement character cannot come out of valid Shift_JIS, so the first one marks
    // the first undecodable byte.
    let at = text.find('\u{FFFD}').unwrap_or(0);
    let (line, column) = line_column(&text, at);
    Err(not_shift_jis(name, line, column))
}

pub(super) fn not_shift_jis(name: &str, line: usize, column: usize) -> Diagnostic {
    Diagnostic::error(msg!("data-not-shift-jis", file = name, line = line))
        .at(Location {
            file: name.into(),
            line,
            column,
        })
        .with_help(msg!("data-not-shift-jis-help"))
}

/// Line and column (1-based, in characters) of a byte offset of `text`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

fn start(name: &str) -> Location {
    Location {
        file: name.into(),
        line: 1,
        column: 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const JA: &str = "指標,年度,実績値\r\nf1.a,令和５年度,約266万件\r\n";

    fn sjis(s: &str) -> Vec<u8> {
        encoding_rs::SHIFT_JIS.encode(s).0.into_owned()
    }

    #[test]
    fn utf8_with_and_without_a_byte_order_mark() {
        assert_eq!(decode("a.csv", JA.as_bytes(), None).unwrap(), JA);
        let with_bom = [UTF8_BOM, JA.as_bytes()].concat();
        assert_eq!(decode("a.csv", &with_bom, None).unwrap(), JA);
    }

    #[test]
    fn shift_jis_is_recognised_without_being_told() {
        let bytes = sjis(JA);
        assert!(std::str::from_utf8(&bytes).is_err());
        assert_eq!(decode("a.csv", &bytes, None).unwrap(), JA);
        assert_eq!(
            decode("a.csv", &bytes, Some(Encoding::ShiftJis)).unwrap(),
            JA
        );
        // CP932's extensions, as Excel writes them.
        let ext = "①,㈱,髙\r\n";
        assert_eq!(decode("a.csv", &sjis(ext), None).unwrap(), ext);
    }

    #[test]
    fn a_forced_encoding_that_does_not_fit_is_an_error_with_a_hint() {
        let e = decode("a.csv", &sjis(JA), Some(Encoding::Utf8)).unwrap_err();
        assert_eq!(e.location.as_ref().map(|l| l.line), Some(1));
        assert!(e.help.unwrap().to_string().contains("--encoding shift_jis"));
        let bom = [UTF8_BOM, JA.as_bytes()].concat();
        assert!(decode("a.csv", &bom, Some(Encoding::ShiftJis)).is_err());
    }

    #[test]
    fn utf8_text_forced_as_shift_jis_is_refused_not_garbled() {
        // Every UTF-8 character of JA decodes as two Shift_JIS kanji without an error: the
        // decoder alone would not notice.
        let garbled = encoding_rs::SHIFT_JIS.decode_without_bom_handling(JA.as_bytes());
        assert_ne!(garbled.0, JA);
        let text = "indicator,year,value,note\nf1.a,2023,5,ok\nf1.a,2022,4,192名中97名\n";
        for bytes in [JA.as_bytes(), text.as_bytes()] {
            let e = decode("a.csv", bytes, Some(Encoding::ShiftJis)).unwrap_err();
            assert!(
                e.message.to_string().contains("looks like UTF-8"),
                "{}",
                e.message
            );
            assert_eq!(
                e.help.as_ref().map(ToString::to_string).as_deref(),
                Some("the file looks like UTF-8: drop --encoding, or pass --encoding utf-8")
            );
        }
        // The first character where the encodings differ: 名 on line 3, after `f1.a,2022,4,192`.
        let e = decode("a.csv", text.as_bytes(), Some(Encoding::ShiftJis)).unwrap_err();
        let at = e.location.unwrap();
        assert_eq!((at.line, at.column), (3, 16));
        // Mostly UTF-8 with a damaged byte is UTF-8 too.
        let mut damaged = JA.as_bytes().to_vec();
        damaged.push(0xFF);
        let e = decode("a.csv", &damaged, Some(Encoding::ShiftJis)).unwrap_err();
        assert!(
            e.message.to_string().contains("looks like UTF-8"),
            "{}",
            e.message
        );
        // ASCII reads the same in both, and Shift_JIS is still read when forced.
        let ascii = "indicator,year,value\nf1.a,2023,5\n";
        assert_eq!(
            decode("a.csv", ascii.as_bytes(), Some(Encoding::ShiftJis)).unwrap(),
            ascii
        );
        assert_eq!(
            decode("a.csv", &sjis(JA), Some(Encoding::ShiftJis)).unwrap(),
            JA
        );
    }

    #[test]
    fn a_damaged_byte_in_utf8_text_is_located_not_read_as_shift_jis() {
        let mut bytes = JA.as_bytes().to_vec();
        bytes.extend_from_slice("f1.b,令和４年度,".as_bytes());
        bytes.push(0xFF);
        bytes.extend_from_slice(b"\r\n");
        let e = decode("a.csv", &bytes, None).unwrap_err();
        let at = e.location.unwrap();
        assert_eq!((at.line, at.column), (3, 12), "{}", e.message);
    }

    #[test]
    fn files_that_are_not_text_are_named() {
        for (bytes, word) in [
            (&b"PK\x03\x04rest"[..], "zip"),
            (b"\xD0\xCF\x11\xE0", ".xls"),
            (b"\xFF\xFEi\0n\0", "UTF-16"),
            (b"a,b\n\0\0", "NUL"),
            (b"\x80\x80\xFF\xFF", "neither UTF-8 nor Shift_JIS"),
        ] {
            let e = decode("a.csv", bytes, None).unwrap_err();
            assert!(e.message.to_string().contains(word), "{}", e.message);
            assert!(e.location.is_some());
        }
    }

    #[test]
    fn encoding_names_as_users_write_them() {
        for name in ["utf-8", "UTF8", "utf_8"] {
            assert_eq!(Encoding::from_name(name), Some(Encoding::Utf8));
        }
        for name in ["shift_jis", "Shift-JIS", "sjis", "cp932", "Windows-31J"] {
            assert_eq!(Encoding::from_name(name), Some(Encoding::ShiftJis));
        }
        assert_eq!(Encoding::from_name("euc-jp"), None);
    }
}
