//! The text of a CSV file as a stream (SPEC §2: a CSV file has no fixed limit of size). The
//! bytes are read a chunk at a time and decoded from UTF-8 or Shift_JIS (see `encoding`,
//! told apart on the first non-ASCII bytes), line ends made LF, and the text handed to the
//! CSV reader. The text of the rows not yet read is kept, so that an error shows its row;
//! the rest is let go. Memory does not grow with the size of the file.

use std::cell::Cell;
use std::io::{self, Read};
use std::ops::ControlFlow;

use super::encoding::{self, Encoding, UTF8_BOM};
use super::limits::{MAX_ROW_BYTES, mib};
use crate::diag::{Diagnostic, Location};
use crate::lang::msg;

/// Bytes read from the file at a time.
const CHUNK: usize = 64 * 1024;

/// Bytes after the first non-ASCII byte that decide between UTF-8 and Shift_JIS. Before
/// it, the text is ASCII, the same in both.
const SAMPLE: usize = 64 * 1024;

enum Decoding {
    /// Only ASCII so far: no byte has told the encoding yet.
    Undecided,
    Utf8,
    ShiftJis(Box<encoding_rs::Decoder>),
}

/// The decoded text of a file, read by the CSV reader through `Read`.
pub(super) struct Stream<R> {
    name: String,
    input: R,
    forced: Option<Encoding>,
    decoding: Decoding,
    /// Bytes read and not yet decoded.
    raw: Vec<u8>,
    /// The input has ended.
    eof: bool,
    /// The first bytes have been looked at (what the file is, a byte-order mark).
    started: bool,
    /// No more text comes: the file has ended, or an error stopped it.
    done: bool,
    /// The text decoded and not let go: it starts at byte `start` of the stream.
    text: Vec<u8>,
    start: u64,
    /// How much of `text` the CSV reader has been given.
    given: usize,
    /// Where in `text` the last whole line ends: only whole lines are given until the file
    /// ends, so that an error in the middle of a line leaves no half row to read.
    complete: usize,
    /// Where the rows not yet read start in `text`, and the line there; the text before it
    /// is let go when more is decoded.
    released: usize,
    released_line: usize,
    /// The last line looked up for a snippet, and where it starts in `text`: rows are
    /// looked up in order.
    cursor: Cell<(usize, usize)>,
    /// Lone CRs end lines (an old Mac file): decided on the first line end.
    mac: Option<bool>,
    /// A CR ended the text decoded so far: an LF after it ends the same line.
    after_cr: bool,
    /// Lines ended and characters since the last line end, in the text decoded: the place
    /// of an undecodable byte.
    lines: usize,
    column: usize,
    /// What stopped the text before the end of the file.
    error: Option<Diagnostic>,
    /// Room for the text decoded from Shift_JIS, kept from chunk to chunk.
    decoded: Vec<u8>,
}

impl<R: Read> Stream<R> {
    pub(super) fn new(name: &str, input: R, forced: Option<Encoding>) -> Self {
        Stream {
            name: name.to_string(),
            input,
            forced,
            decoding: Decoding::Undecided,
            raw: Vec::with_capacity(CHUNK),
            eof: false,
            started: false,
            done: false,
            text: Vec::with_capacity(2 * CHUNK),
            start: 0,
            given: 0,
            complete: 0,
            released: 0,
            released_line: 1,
            cursor: Cell::new((1, 0)),
            mac: None,
            after_cr: false,
            lines: 0,
            column: 0,
            error: None,
            decoded: Vec::new(),
        }
    }

    /// What stopped the text before the end of the file: an undecodable byte, a NUL, a
    /// read error, a row that does not end.
    pub(super) fn take_error(&mut self) -> Option<Diagnostic> {
        self.error.take()
    }

    /// Bytes of text the stream has held at most at once: its buffer's size.
    #[cfg(test)]
    pub(super) fn held(&self) -> usize {
        self.text.capacity()
    }

    /// Whether an error stopped the text before the end of the file.
    pub(super) fn failed(&self) -> bool {
        self.error.is_some()
    }

    /// Lets go of the text before byte `offset` of the stream, where the rows not yet read
    /// start.
    pub(super) fn release(&mut self, offset: u64) {
        let to = (offset.saturating_sub(self.start) as usize).min(self.given);
        if to > self.released {
            self.released_line += count_lines(&self.text[self.released..to]);
            self.released = to;
            self.cursor.set((self.released_line, self.released));
        }
    }

    /// The text of the 1-based `line`, when it is still kept; empty otherwise.
    pub(super) fn line(&self, line: usize) -> &str {
        let (mut at_line, mut at) = self.cursor.get();
        if line < at_line {
            (at_line, at) = (self.released_line, self.released);
        }
        if line < at_line {
            return "";
        }
        let kept = &self.text[..self.given];
        while at_line < line {
            match kept[at..].iter().position(|&b| b == b'\n') {
                Some(i) => {
                    at += i + 1;
                    at_line += 1;
                }
                None => return "",
            }
        }
        self.cursor.set((at_line, at));
        let end = kept[at..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(kept.len(), |i| at + i);
        // The text is decoded: valid UTF-8, cut at line ends only.
        std::str::from_utf8(&kept[at..end]).unwrap_or("")
    }

    fn fail(&mut self, error: Diagnostic) {
        self.error = Some(error);
        self.done = true;
    }

    fn here(&self) -> Location {
        Location {
            file: self.name.clone(),
            line: self.lines + 1,
            column: self.column + 1,
        }
    }

    /// Decodes some more text, or ends the stream.
    fn fill(&mut self) {
        // Each step breaks when the stream failed, or when there is nothing more to do now.
        let _ = self.steps();
    }

    fn steps(&mut self) -> ControlFlow<()> {
        self.let_go();
        self.bound_row()?;
        self.read_chunk()?;
        self.look_at_start()?;
        self.decide()?;
        self.decode();
        self.end_if_read();
        ControlFlow::Continue(())
    }

    /// The text let go goes now, before more is added: what is kept moves to the front.
    fn let_go(&mut self) {
        if self.released > 0 {
            self.text.drain(..self.released);
            self.start += self.released as u64;
            self.given -= self.released;
            self.complete -= self.released;
            let (line, at) = self.cursor.get();
            self.cursor.set((line, at - self.released));
            self.released = 0;
        }
    }

    /// Fails when the row not yet read has run on for more than `MAX_ROW_BYTES`.
    fn bound_row(&mut self) -> ControlFlow<()> {
        if self.text.len() <= MAX_ROW_BYTES {
            return ControlFlow::Continue(());
        }
        let line = self.released_line;
        self.fail(
            Diagnostic::error(msg!(
                "data-row-runs-on",
                file = self.name,
                line = line,
                size = mib(MAX_ROW_BYTES as u64)
            ))
            .at(Location {
                file: self.name.clone(),
                line,
                column: 1,
            })
            .with_help(msg!("data-row-runs-on-help")),
        );
        ControlFlow::Break(())
    }

    /// Reads until a chunk is in, or the file ends: a pipe may give a few bytes at a time.
    fn read_chunk(&mut self) -> ControlFlow<()> {
        if self.eof {
            return ControlFlow::Continue(());
        }
        let mut filled = self.raw.len();
        let goal = filled + CHUNK;
        self.raw.resize(goal, 0);
        while !self.eof && filled < goal {
            match self.input.read(&mut self.raw[filled..]) {
                Ok(n) => {
                    filled += n;
                    self.eof = n == 0;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    self.raw.truncate(filled);
                    let error =
                        Diagnostic::error(msg!("data-cannot-read", file = self.name, detail = e));
                    self.fail(error);
                    return ControlFlow::Break(());
                }
            }
        }
        self.raw.truncate(filled);
        ControlFlow::Continue(())
    }

    /// Looks at the first bytes, once four are in: what the file is, a byte-order mark.
    fn look_at_start(&mut self) -> ControlFlow<()> {
        if self.started {
            return ControlFlow::Continue(());
        }
        if self.raw.len() < 4 && !self.eof {
            return ControlFlow::Break(());
        }
        self.started = true;
        if let Err(e) = encoding::not_text(&self.name, &self.raw) {
            self.fail(e);
            return ControlFlow::Break(());
        }
        if self.raw.starts_with(UTF8_BOM) {
            if self.forced == Some(Encoding::ShiftJis) {
                self.fail(encoding::bom_but_shift_jis(&self.name));
                return ControlFlow::Break(());
            }
            self.raw.drain(..UTF8_BOM.len());
            self.decoding = Decoding::Utf8;
        } else {
            self.decoding = match self.forced {
                Some(Encoding::Utf8) => Decoding::Utf8,
                // Decided at the first character beyond ASCII, as without `--encoding`,
                // so that UTF-8 text forced as Shift_JIS is refused, not garbled.
                Some(Encoding::ShiftJis) | None => Decoding::Undecided,
            };
        }
        ControlFlow::Continue(())
    }

    /// Decides the encoding on the first non-ASCII bytes, once enough of them are in; the
    /// ASCII before them is taken in meanwhile.
    fn decide(&mut self) -> ControlFlow<()> {
        let Decoding::Undecided = self.decoding else {
            return ControlFlow::Continue(());
        };
        let Some(first) = self.raw.iter().position(|b| !b.is_ascii()) else {
            let raw = std::mem::take(&mut self.raw);
            self.emit(&raw);
            self.raw = raw;
            self.raw.clear();
            self.end_if_read();
            return ControlFlow::Break(());
        };
        if self.raw.len() - first < SAMPLE && !self.eof {
            // The ASCII before it reads the same in either encoding.
            let ascii: Vec<u8> = self.raw.drain(..first).collect();
            self.emit(&ascii);
            return ControlFlow::Break(());
        }
        let mut sample = &self.raw[first..self.raw.len().min(first + SAMPLE)];
        if let Err(e) = std::str::from_utf8(sample)
            && e.error_len().is_none()
            && !(self.eof && first + sample.len() == self.raw.len())
        {
            // A character cut at the end of the sample is not a fault of the file.
            sample = &sample[..e.valid_up_to()];
        }
        let utf8 = encoding::looks_like_utf8(sample);
        if utf8 && self.forced == Some(Encoding::ShiftJis) {
            let ascii: Vec<u8> = self.raw.drain(..first).collect();
            self.emit(&ascii);
            let at = self.here();
            self.fail(encoding::utf8_forced_as_shift_jis_at(at));
            return ControlFlow::Break(());
        }
        self.decoding = if utf8 {
            Decoding::Utf8
        } else {
            Decoding::ShiftJis(shift_jis())
        };
        ControlFlow::Continue(())
    }

    /// Decodes the bytes read into text; what ends in the middle of a character waits for
    /// the next chunk.
    fn decode(&mut self) {
        let raw = std::mem::take(&mut self.raw);
        let mut rest = Vec::new();
        match &mut self.decoding {
            // Undecided is decided above.
            Decoding::Utf8 | Decoding::Undecided => match std::str::from_utf8(&raw) {
                Ok(_) => self.emit(&raw),
                Err(e) => {
                    let valid = e.valid_up_to();
                    self.emit(&raw[..valid]);
                    if e.error_len().is_none() && !self.eof {
                        rest.extend_from_slice(&raw[valid..]);
                    } else if !self.done {
                        let at = self.here();
                        let forced = self.forced == Some(Encoding::Utf8);
                        self.fail(encoding::not_utf8(&self.name, at.line, at.column, forced));
                    }
                }
            },
            Decoding::ShiftJis(decoder) => {
                let need = decoder
                    .max_utf8_buffer_length_without_replacement(raw.len())
                    .unwrap_or(3 * raw.len() + 16);
                let mut out = std::mem::take(&mut self.decoded);
                out.resize(need, 0);
                let (result, read, written) =
                    decoder.decode_to_utf8_without_replacement(&raw, &mut out, self.eof);
                self.emit(&out[..written]);
                self.decoded = out;
                match result {
                    encoding_rs::DecoderResult::Malformed(..) => {
                        if !self.done {
                            let at = self.here();
                            self.fail(encoding::not_shift_jis(&self.name, at.line, at.column));
                        }
                    }
                    // The output has room for all the input could make; what is left, if
                    // anything, is read with the next chunk.
                    encoding_rs::DecoderResult::InputEmpty
                    | encoding_rs::DecoderResult::OutputFull => {
                        rest.extend_from_slice(&raw[read..]);
                    }
                }
            }
        }
        self.raw = raw;
        self.raw.clear();
        self.raw.append(&mut rest);
    }

    /// Ends the stream when the whole file is decoded.
    fn end_if_read(&mut self) {
        if self.eof && self.raw.is_empty() && !self.done {
            if self.after_cr {
                self.after_cr = false;
                let mac = *self.mac.get_or_insert(true);
                self.text.push(if mac { b'\n' } else { b'\r' });
            }
            self.done = true;
            self.complete = self.text.len();
        }
    }

    /// Takes in decoded text: line ends made LF, a NUL refused, the place counted.
    fn emit(&mut self, text: &[u8]) {
        if self.done || text.is_empty() {
            return;
        }
        let (text, nul) = match text.iter().position(|&b| b == 0) {
            Some(at) => (&text[..at], true),
            None => (text, false),
        };
        let from = self.text.len();
        if !self.after_cr && !text.contains(&b'\r') {
            self.text.extend_from_slice(text);
        } else {
            for &b in text {
                if self.after_cr {
                    self.after_cr = false;
                    if b == b'\n' {
                        // CR LF: one line end.
                        self.mac.get_or_insert(false);
                        self.text.push(b'\n');
                        continue;
                    }
                    // A lone CR: a line end in an old Mac file (whose first line end is
                    // one), else kept as it is.
                    let mac = *self.mac.get_or_insert(true);
                    self.text.push(if mac { b'\n' } else { b'\r' });
                }
                match b {
                    b'\r' => self.after_cr = true,
                    b'\n' => {
                        self.mac.get_or_insert(false);
                        self.text.push(b);
                    }
                    _ => self.text.push(b),
                }
            }
        }
        if self.mac.is_none() && self.text[from..].contains(&b'\n') {
            self.mac = Some(false);
        }
        let added = &self.text[from..];
        match added.iter().rposition(|&b| b == b'\n') {
            Some(last) => {
                self.lines += count_lines(added);
                self.column = chars(&added[last + 1..]);
                self.complete = from + last + 1;
            }
            None => self.column += chars(added),
        }
        if nul {
            let at = self.here();
            self.fail(encoding::nul_byte(&self.name, at.line, at.column));
        }
    }
}

impl<R: Read> Read for Stream<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            let ready = if self.done && self.error.is_none() {
                self.text.len()
            } else {
                self.complete
            };
            if self.given < ready {
                let n = buf.len().min(ready - self.given);
                buf[..n].copy_from_slice(&self.text[self.given..self.given + n]);
                self.given += n;
                return Ok(n);
            }
            if self.done {
                return Ok(0);
            }
            self.fill();
        }
    }
}

fn shift_jis() -> Box<encoding_rs::Decoder> {
    Box::new(encoding_rs::SHIFT_JIS.new_decoder_without_bom_handling())
}

fn count_lines(text: &[u8]) -> usize {
    text.iter().filter(|&&b| b == b'\n').count()
}

/// Characters of UTF-8 text: its bytes that are not continuation bytes.
fn chars(text: &[u8]) -> usize {
    text.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The whole text of a stream read in small pieces, and its error.
    fn read_all(
        bytes: &[u8],
        forced: Option<Encoding>,
        piece: usize,
    ) -> (String, Option<Diagnostic>) {
        let mut s = Stream::new("a.csv", Pieces(bytes, piece), forced);
        let mut out = Vec::new();
        s.read_to_end(&mut out).unwrap();
        (String::from_utf8(out).unwrap(), s.take_error())
    }

    /// A reader that gives at most `1` bytes at a time.
    struct Pieces<'a>(&'a [u8], usize);

    impl Read for Pieces<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(self.1).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn sjis(s: &str) -> Vec<u8> {
        encoding_rs::SHIFT_JIS.encode(s).0.into_owned()
    }

    #[test]
    fn text_in_any_pieces_is_the_whole_decoded_text() {
        let ja = "指標,年度,実績値\r\nf1.a,令和５年度,約266万件\r\n";
        for piece in [1, 2, 3, 7, 1 << 20] {
            assert_eq!(
                read_all(ja.as_bytes(), None, piece).0,
                ja.replace("\r\n", "\n")
            );
            assert_eq!(read_all(&sjis(ja), None, piece).0, ja.replace("\r\n", "\n"));
            let bom = [UTF8_BOM, ja.as_bytes()].concat();
            assert_eq!(read_all(&bom, None, piece).0, ja.replace("\r\n", "\n"));
            // An old Mac file ends its lines with CR alone.
            assert_eq!(read_all(b"a,b\r1,2\r", None, piece).0, "a,b\n1,2\n");
            // In a file with LF line ends, a lone CR is kept.
            assert_eq!(read_all(b"a,b\n1\r2,3\n", None, piece).0, "a,b\n1\r2,3\n");
        }
    }

    #[test]
    fn shift_jis_after_a_long_ascii_start_is_still_recognised() {
        // The encoding is decided on the first non-ASCII bytes, not on the file's start.
        let mut text = "indicator,year,value,note\n".to_string();
        for y in 0..10_000 {
            text.push_str(&format!("f1.a,{y},1,\n"));
        }
        text.push_str("f1.a,令和5年度,1,公表予定\n");
        let (out, error) = read_all(&sjis(&text), None, 4096);
        assert!(error.is_none(), "{error:?}");
        assert_eq!(out, text);
    }

    #[test]
    fn an_undecodable_byte_stops_the_text_at_the_last_whole_line() {
        let mut bytes = "a,b\n1,令和五年度\n2,".as_bytes().to_vec();
        bytes.push(0xFF);
        bytes.extend_from_slice(b"\n3,4\n");
        let (out, error) = read_all(&bytes, None, 3);
        assert_eq!(out, "a,b\n1,令和五年度\n");
        let at = error.unwrap().location.unwrap();
        assert_eq!((at.line, at.column), (3, 3));
        let (out, error) = read_all(b"a,b\n1,\0\n", None, 1 << 20);
        assert_eq!(out, "a,b\n");
        assert!(error.unwrap().message.to_string().contains("NUL"));
    }

    #[test]
    fn rows_are_found_by_line_while_they_are_kept() {
        let mut s = Stream::new("a.csv", &b"a,b\n1,2\n3,4\n"[..], None);
        let mut out = Vec::new();
        s.read_to_end(&mut out).unwrap();
        assert_eq!(s.line(2), "1,2");
        assert_eq!(s.line(3), "3,4");
        s.release(8);
        assert_eq!(s.line(2), "");
        assert_eq!(s.line(3), "3,4");
        assert_eq!(s.line(9), "");
    }
}
