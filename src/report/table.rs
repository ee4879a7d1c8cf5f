//! The terminal table: per rubric, one row per field, goal and indicator, grouped in the
//! rubric's order, with a sparkline of each indicator's series and, on a terminal, ratings
//! in colour.

use anstyle::{AnsiColor, Style};
use comfy_table::{
    Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table, Width, presets,
};
use unicode_width::UnicodeWidthStr;

use crate::rating::{Lang, Rating};
use crate::report::human::{self, Words};
use crate::report::json::{IndicatorReport, JsonValue, Report, RubricReport};

/// Options of the table that depend on where it is printed.
#[derive(Debug, Clone, Copy, Default)]
pub struct TableOptions {
    /// Wrap to this many columns; `None` lets the table size itself to the terminal.
    pub width: Option<u16>,
    /// Colour the ratings (only on a terminal, never with `NO_COLOR`: the caller decides).
    pub color: bool,
}

const RATING_COLUMN: usize = 6;

/// Ids longer than this may wrap rather than squeeze every other column.
const MAX_ID_WIDTH: usize = 40;

/// A column of words never gets narrower than its longest word, up to this width.
const MAX_WORD_WIDTH: usize = 12;

/// The cells of a row, as text, with the rating that colours it.
type Row = ([String; 8], Rating);

pub fn render(report: &Report, lang: Lang, options: TableOptions) -> String {
    let mut out = String::new();
    for (i, r) in report.rubrics.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&rubric(r, lang, options));
    }
    out
}

fn rubric(r: &RubricReport, lang: Lang, options: TableOptions) -> String {
    let w = human::words(lang);
    let mut out = headline(r, lang, options.color);
    let headers = [
        w.field_goal_indicator,
        w.year,
        w.value,
        w.series,
        w.target,
        w.achievement,
        w.rating,
        w.table.outlook_trend,
    ];
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(headers);
    if let Some(w) = options.width {
        // A fixed width means "not a terminal": never ask the terminal for anything.
        table.force_no_tty().set_width(w);
    }
    if options.color {
        table.enforce_styling();
    }
    let id_width = id_width(r);
    let first = first_column(&table, id_width);
    let (rows, stale) = rows(r, lang, first);
    let mut longest_word = headers.map(longest_word);
    for (cells, _) in &rows {
        for (longest, cell) in longest_word.iter_mut().zip(cells) {
            *longest = (*longest).max(self::longest_word(cell));
        }
    }
    for (cells, rating) in rows {
        table.add_row(cells.into_iter().enumerate().map(|(i, text)| {
            let cell = Cell::new(text);
            if i == RATING_COLUMN {
                style(cell, rating, options.color)
            } else {
                cell
            }
        }));
    }
    constrain(&mut table, first, id_width, &longest_word);
    out.push_str(&table.to_string());
    out.push('\n');
    notes(&mut out, w, stale);
    out
}

/// The lines above the table: the policy's id and title, its year and rating.
fn headline(r: &RubricReport, lang: Lang, color: bool) -> String {
    let w = &human::words(lang).table;
    format!(
        "{}  {}\n{}: {}   {}: {}\n",
        r.id,
        human::pick(&r.title, r.title_en.as_deref(), lang),
        w.as_of,
        human::as_of(r),
        w.rating,
        paint(&human::rating(r.rating, r, lang), r.rating, color)
    )
}

/// The widest id of the rubric's fields, goals and indicators, up to `MAX_ID_WIDTH`.
fn id_width(r: &RubricReport) -> usize {
    let ids = r.fields.iter().flat_map(|f| {
        std::iter::once(&f.id).chain(
            f.goals
                .iter()
                .flat_map(|g| std::iter::once(&g.id).chain(g.indicators.iter().map(|i| &i.id))),
        )
    });
    ids.map(|id| id.width())
        .max()
        .unwrap_or(0)
        .min(MAX_ID_WIDTH)
}

/// The first column's width, when the table's is known: wide enough for the ids, and its
/// texts wrapped here, where Japanese line-breaking rules can be kept.
fn first_column(table: &Table, id_width: usize) -> Option<usize> {
    table.width().map(|total| {
        let total = usize::from(total);
        (total * 32 / 100)
            .clamp(20, 60)
            .max(id_width)
            .min(total / 2)
    })
}

/// The rows as text, so that the columns can be sized from what they hold; and whether an
/// indicator is rated at an earlier year than the evaluation's.
fn rows(r: &RubricReport, lang: Lang, first: Option<usize>) -> (Vec<Row>, bool) {
    let item = |id: &str, text: &str| match first {
        Some(w) => format!("{id}\n{}", wrap(text, w)),
        None => format!("{id}\n{text}"),
    };
    let mut rows: Vec<Row> = Vec::new();
    let mut stale = false;
    for f in &r.fields {
        let title = human::pick(&f.title, f.title_en.as_deref(), lang);
        let cells = heading(item(&f.id, title), None, human::rating(f.rating, r, lang));
        rows.push((cells, f.rating));
        for g in &f.goals {
            let text = human::pick(&g.text, g.text_en.as_deref(), lang);
            let coverage = human::coverage(g.coverage);
            let rating = human::rating(g.rating, r, lang);
            let cells = heading(item(&g.id, text), Some(coverage), rating);
            rows.push((cells, g.rating));
            for ind in &g.indicators {
                stale |= ind.stale;
                let name = human::pick(&ind.name, ind.name_en.as_deref(), lang);
                rows.push((indicator_row(item(&ind.id, name), ind, r, lang), ind.rating));
            }
        }
    }
    (rows, stale)
}

/// The row of an indicator, after its id and name.
fn indicator_row(item: String, ind: &IndicatorReport, r: &RubricReport, lang: Lang) -> [String; 8] {
    [
        item,
        human::rated_year(ind),
        human::rated_value(ind, lang),
        sparkline(ind),
        human::target(ind, lang),
        ind.achievement.map(human::percent).unwrap_or_default(),
        human::rating(ind.rating, r, lang),
        human::direction_of_travel(ind, lang),
    ]
}

/// How narrow each column may get: the first as wide as `first_column` says, or never
/// narrower than the ids; short cells kept whole; cells of words broken between words.
fn constrain(table: &mut Table, first: Option<usize>, id_width: usize, longest_word: &[usize]) {
    // Constraints count the cell's padding, one space each side.
    let fixed = |w: usize| Width::Fixed(u16::try_from(w + 2).unwrap_or(u16::MAX));
    if let Some(column) = table.column_mut(0) {
        column.set_constraint(match first {
            Some(w) => ColumnConstraint::Absolute(fixed(w)),
            // An id is read as one token: keep it whole.
            None => ColumnConstraint::LowerBoundary(fixed(id_width)),
        });
    }
    for (i, longest) in longest_word.iter().enumerate() {
        let Some(column) = table.column_mut(i) else {
            continue;
        };
        match i {
            // Short cells that mean nothing when broken: the year, the sparkline, the
            // achievement.
            1 | 3 | 5 => {
                column.set_constraint(ColumnConstraint::ContentWidth);
            }
            // Words break between words, not inside one ("Substantial progress", "≥ 1,000人").
            2 | 4 | 6 | 7 => {
                let min = (*longest).min(MAX_WORD_WIDTH);
                column.set_constraint(ColumnConstraint::LowerBoundary(fixed(min)));
            }
            _ => {}
        }
    }
}

/// The lines under the table: what the coverage figures are, and the `†` when one is shown.
fn notes(out: &mut String, w: &Words, stale: bool) {
    out.push_str(w.table.coverage_note);
    out.push('\n');
    if stale {
        out.push_str(w.stale_note);
        out.push('\n');
    }
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
            Some(JsonValue::Status(s)) => match s.as_str() {
                "achieved" => BLOCKS[7],
                "in_progress" => BLOCKS[3],
                _ => BLOCKS[0],
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

/// The terminal colour of a rating, for a table cell and for the headline; `None` for
/// those shown dim.
fn color_of(r: Rating) -> Option<(Color, AnsiColor)> {
    match r {
        Rating::Exceeded | Rating::Met => Some((Color::Green, AnsiColor::Green)),
        Rating::Progressing => Some((Color::Cyan, AnsiColor::Cyan)),
        Rating::Limited => Some((Color::Yellow, AnsiColor::Yellow)),
        Rating::NotProgressing => Some((Color::Red, AnsiColor::Red)),
        Rating::NoData | Rating::NotRated => None,
    }
}

/// The rating cell in its colour, when colour is on.
fn style(cell: Cell, rating: Rating, color: bool) -> Cell {
    if !color {
        return cell;
    }
    match color_of(rating) {
        Some((c, _)) => cell.fg(c),
        None => cell.add_attribute(Attribute::Dim),
    }
}

/// The rating in the headline, outside the table: bold, in its colour or dim.
fn paint(text: &str, rating: Rating, color: bool) -> String {
    if !color {
        return text.to_string();
    }
    let style = match color_of(rating) {
        Some((_, c)) => Style::new().bold().fg_color(Some(c.into())),
        None => Style::new().bold().dimmed(),
    };
    format!("{style}{text}{style:#}")
}

/// The row of a field or a goal: its id and text (the first cell: the id on its own line,
/// so that it never wraps, then the text), its rating, and for a goal its coverage
/// under Value.
fn heading(item: String, coverage: Option<String>, rating: String) -> [String; 8] {
    let mut cells: [String; 8] = Default::default();
    cells[0] = item;
    cells[2] = coverage.unwrap_or_default();
    cells[RATING_COLUMN] = rating;
    cells
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

/// The display width of the longest space-separated word.
fn longest_word(text: &str) -> usize {
    text.split_whitespace()
        .map(UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests;
