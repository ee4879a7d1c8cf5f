//! Text in display columns: Japanese counts two, and a line of the table never breaks a
//! number or a label inside. Cutting to one line, padding, wrapping by Japanese rules, and
//! the sparkline of a series.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::data::MilestoneStatus;
use crate::report::json::{IndicatorReport, JsonValue};

/// The display width of a text (East Asian wide characters count two).
pub fn width(text: &str) -> usize {
    text.width()
}

/// The text on one line of at most `max` columns: line breaks become spaces, and a text
/// too long ends in `…` where it is cut.
pub fn cut(text: &str, max: usize) -> String {
    let text: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
        .collect();
    if text.width() <= max {
        return text;
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for ch in text.chars() {
        let w = ch.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        out.push(ch);
        used += w;
    }
    let mut out = out.trim_end().to_string();
    out.push('…');
    out
}

/// The text followed by spaces up to `w` columns.
pub fn pad(text: &str, w: usize) -> String {
    format!("{text}{}", " ".repeat(w.saturating_sub(text.width())))
}

/// Spaces up to `w` columns, then the text: numbers line up on their last digit.
pub fn pad_left(text: &str, w: usize) -> String {
    format!("{}{text}", " ".repeat(w.saturating_sub(text.width())))
}

/// A unicode block sparkline of the series, one character per year: numbers scaled between
/// the series' own lowest and highest value (see below), milestones on three fixed levels (not started,
/// in progress, achieved), and `·` for a year without a value.
pub fn sparkline(ind: &IndicatorReport) -> String {
    const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let numbers: Vec<f64> = ind
        .series
        .iter()
        .filter_map(|p| match p.value {
            Some(JsonValue::Number(n)) if n.is_finite() => Some(n),
            _ => None,
        })
        .collect();
    let mut lo = numbers.iter().copied().fold(f64::INFINITY, f64::min);
    let mut hi = numbers.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    // As in the HTML charts, the scale spans at least a tenth of the largest magnitude, so
    // that 50% → 52% reads as the small change it is.
    let flat = hi - lo <= f64::EPSILON * hi.abs().max(1.0);
    let floor = 0.1 * lo.abs().max(hi.abs());
    if hi - lo < floor {
        let centre = (lo + hi) / 2.0;
        (lo, hi) = (centre - floor / 2.0, centre + floor / 2.0);
    }
    ind.series
        .iter()
        .map(|p| match &p.value {
            None => '·',
            Some(JsonValue::Status(s)) => match s {
                MilestoneStatus::Achieved => BLOCKS[7],
                MilestoneStatus::InProgress => BLOCKS[3],
                MilestoneStatus::NotStarted => BLOCKS[0],
            },
            Some(JsonValue::Number(n)) if !n.is_finite() => '·',
            // A flat series sits in the middle: neither low nor high.
            Some(JsonValue::Number(_)) if flat => BLOCKS[3],
            Some(JsonValue::Number(n)) => {
                let level = ((n - lo) / (hi - lo) * 7.0).round();
                BLOCKS[(level.clamp(0.0, 7.0)) as usize]
            }
        })
        .collect()
}

/// Characters that may not start a line in Japanese (行頭禁則): closing brackets and
/// punctuation, small kana, the prolonged sound mark.
const NO_START: &str = "、。，．,.)）]］}｝」』】〕〉》〙〗・：；:;！？!?ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ%％";
/// Characters that may not end a line (行末禁則): opening brackets.
const NO_END: &str = "(（[［{｛「『【〔〈《〘〖";

/// Wraps text to `width` columns: Latin words (and numbers such as `1,000人`'s `1,000`)
/// break at spaces, Japanese between any two characters except before a closing mark or
/// after an opening one, where the character is carried to the next line (追い出し).
/// A word wider than the whole line is cut.
pub fn wrap(text: &str, width: usize) -> String {
    let width = width.max(2);
    // Units that are never split: a run of ASCII letters, digits and signs, a space, or any
    // other single character.
    let mut units: Vec<String> = Vec::new();
    for ch in text.chars() {
        let ascii_word = ch.is_ascii_graphic();
        match units.last_mut() {
            Some(last)
                if ascii_word && last.chars().last().is_some_and(|c| c.is_ascii_graphic()) =>
            {
                last.push(ch);
            }
            _ => units.push(ch.to_string()),
        }
    }
    let mut lines: Vec<Vec<String>> = vec![Vec::new()];
    let line_width = |line: &Vec<String>| line.iter().map(|u| u.width()).sum::<usize>();
    for unit in units {
        let Some(line) = lines.last_mut() else { break };
        if unit.trim().is_empty() {
            if !line.is_empty() {
                line.push(" ".to_string());
            }
            continue;
        }
        if line_width(line) + unit.width() <= width {
            line.push(unit);
            continue;
        }
        // A new line. Trailing spaces are dropped; a closing mark takes the last character
        // with it, and an opening mark at the end goes along too.
        while line.last().is_some_and(|u| u == " ") {
            line.pop();
        }
        let mut carried = Vec::new();
        let first_char = unit.chars().next().unwrap_or(' ');
        if NO_START.contains(first_char) && line.len() > 1 {
            carried.extend(line.pop());
        }
        while line.len() > 1
            && line
                .last()
                .is_some_and(|u| u.chars().all(|c| NO_END.contains(c)))
        {
            carried.insert(0, line.pop().unwrap_or_default());
        }
        carried.push(unit);
        let mut next: Vec<String> = Vec::new();
        for u in carried {
            if u.width() > width {
                // Cut a word that cannot fit on any line.
                let mut piece = String::new();
                for ch in u.chars() {
                    if line_width(&next) + piece.width() + ch.to_string().width() > width {
                        next.push(std::mem::take(&mut piece));
                        lines.push(std::mem::take(&mut next));
                    }
                    piece.push(ch);
                }
                next.push(piece);
            } else {
                next.push(u);
            }
        }
        lines.push(next);
    }
    lines
        .iter()
        .map(|l| l.concat().trim_end().to_string())
        // A line left empty when its only word was cut onto the following ones.
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
