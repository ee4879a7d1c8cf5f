//! The terminal table: per rubric, one row per field, goal and indicator, grouped in the
//! rubric's order, with a sparkline of each indicator's series and, on a terminal, ratings
//! in colour.

use comfy_table::{
    Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table, Width, presets,
};
use unicode_width::UnicodeWidthStr;

use crate::data::MilestoneStatus;
use crate::rating::{Lang, Rating};
use crate::report::human;
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
    let (as_of_label, rating_label) = match lang {
        Lang::Ja => ("評価年度", "総合評価"),
        Lang::En => ("as of", "rating"),
    };
    let as_of = r.as_of.map_or_else(|| "—".to_string(), |y| y.to_string());
    let mut out = format!(
        "{}  {}\n{as_of_label}: {as_of}   {rating_label}: {}\n",
        r.id,
        human::pick(&r.title, r.title_en.as_deref(), lang),
        paint(&human::rating(r.rating, r, lang), r.rating, options.color)
    );
    let headers: [&str; 8] = match lang {
        Lang::Ja => [
            "分野・目標・指標",
            "年度",
            "実績値",
            "推移",
            "目標",
            "達成率",
            "評価",
            "見通し・傾向",
        ],
        Lang::En => [
            "Field, goal, indicator",
            "Year",
            "Value",
            "Series",
            "Target",
            "Achievement",
            "Rating",
            "Outlook, trend",
        ],
    };
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
    // The first column's width, when the table's is known: wide enough for the ids, and
    // its texts wrapped here, where Japanese line-breaking rules can be kept.
    let ids = r.fields.iter().flat_map(|f| {
        std::iter::once(&f.id).chain(
            f.goals
                .iter()
                .flat_map(|g| std::iter::once(&g.id).chain(g.indicators.iter().map(|i| &i.id))),
        )
    });
    let id_width = ids
        .map(|id| id.width())
        .max()
        .unwrap_or(0)
        .min(MAX_ID_WIDTH);
    let first = table.width().map(|total| {
        let total = usize::from(total);
        (total * 32 / 100)
            .clamp(20, 60)
            .max(id_width)
            .min(total / 2)
    });
    let item = |id: &str, text: &str| match first {
        Some(w) => format!("{id}\n{}", wrap(text, w)),
        None => format!("{id}\n{text}"),
    };
    // The rows as text first, so that the columns can be sized from what they hold.
    let mut rows: Vec<([String; 8], Rating)> = Vec::new();
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
                let cells = [
                    item(
                        &ind.id,
                        human::pick(&ind.name, ind.name_en.as_deref(), lang),
                    ),
                    human::rated_year(ind),
                    human::rated_value(ind, lang),
                    sparkline(ind),
                    human::target(ind, lang),
                    ind.achievement.map(human::percent).unwrap_or_default(),
                    human::rating(ind.rating, r, lang),
                    human::direction_of_travel(ind, lang),
                ];
                rows.push((cells, ind.rating));
            }
        }
    }
    let mut longest_word = headers.map(longest_word);
    for (cells, _) in &rows {
        for (longest, cell) in longest_word.iter_mut().zip(cells) {
            *longest = (*longest).max(self::longest_word(cell));
        }
    }
    for (cells, rating) in rows {
        let cells: Vec<Cell> = cells
            .into_iter()
            .enumerate()
            .map(|(i, text)| {
                let cell = Cell::new(text);
                if i == RATING_COLUMN {
                    style(cell, rating, options.color)
                } else {
                    cell
                }
            })
            .collect();
        table.add_row(cells);
    }
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
    out.push_str(&table.to_string());
    out.push('\n');
    let coverage_note = match lang {
        Lang::Ja => "目標の行の実績値欄: データのある評価対象指標数/評価対象指標数",
        Lang::En => "Goal rows show, under Value, rated indicators with data / rated indicators",
    };
    out.push_str(coverage_note);
    out.push('\n');
    if stale {
        out.push_str(human::words(lang).stale_note);
        out.push('\n');
    }
    out
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

/// The terminal colour of a rating; `None` for those shown dim.
fn color_of(r: Rating) -> Option<Color> {
    match r {
        Rating::Exceeded | Rating::Met => Some(Color::Green),
        Rating::Progressing => Some(Color::Cyan),
        Rating::Limited => Some(Color::Yellow),
        Rating::NotProgressing => Some(Color::Red),
        Rating::NoData | Rating::NotRated => None,
    }
}

/// The rating cell in its colour, when colour is on.
fn style(cell: Cell, rating: Rating, color: bool) -> Cell {
    if !color {
        return cell;
    }
    match color_of(rating) {
        Some(c) => cell.fg(c),
        None => cell.add_attribute(Attribute::Dim),
    }
}

/// The rating in the headline, outside the table, as plain SGR sequences.
fn paint(text: &str, rating: Rating, color: bool) -> String {
    if !color {
        return text.to_string();
    }
    let code = match color_of(rating) {
        Some(Color::Green) => "32",
        Some(Color::Cyan) => "36",
        Some(Color::Yellow) => "33",
        Some(Color::Red) => "31",
        _ => "2",
    };
    format!("\x1b[1;{code}m{text}\x1b[0m")
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
mod tests {
    use super::*;
    use crate::report::json::PointReport;

    fn indicator(values: &[Option<JsonValue>]) -> IndicatorReport<'static> {
        let series = values
            .iter()
            .enumerate()
            .map(|(i, v)| PointReport {
                year: 2020 + i as i32,
                value: *v,
                target: None,
                achievement: None,
                rating: Rating::NotRated,
                provisional: false,
                note: None,
                status: None,
            })
            .collect();
        IndicatorReport {
            id: "x".into(),
            name: "x".into(),
            kind: crate::rubric::KindName::Reference,
            unit: None,
            primary: false,
            direction: None,
            target: None,
            target_year: None,
            baseline: None,
            due: None,
            accumulate: false,
            rating: Rating::NotRated,
            year: None,
            stale: false,
            value: None,
            achievement: None,
            outlook: None,
            trend: None,
            series,
            name_en: None,
            source: None,
            provisional: false,
            note: None,
        }
    }

    fn n(x: f64) -> Option<JsonValue> {
        Some(JsonValue::Number(x))
    }

    #[test]
    fn sparkline_scales_between_the_lowest_and_highest_value() {
        // 855 → lowest block, 2917 → highest; 1523: (1523-855)/(2917-855)*7 = 2.27 → ▃.
        let ind = indicator(&[n(855.0), n(1523.0), n(1434.0), n(2917.0)]);
        assert_eq!(sparkline(&ind), "▁▃▃█");
    }

    #[test]
    fn sparkline_keeps_a_small_change_small() {
        // 50, 50, 52: the span is raised to 5.2 around 51 (48.4..53.6):
        // 50 → 1.6/5.2*7 = 2.15 → ▃ (level 2); 52 → 3.6/5.2*7 = 4.85 → ▆ (level 5).
        assert_eq!(sparkline(&indicator(&[n(50.0), n(50.0), n(52.0)])), "▃▃▆");
    }

    #[test]
    fn sparkline_marks_gaps_flat_series_and_milestones() {
        assert_eq!(sparkline(&indicator(&[n(1.0), None, n(1.0)])), "▄·▄");
        let status = |s| Some(JsonValue::Status(s));
        let ind = indicator(&[
            status(MilestoneStatus::NotStarted),
            status(MilestoneStatus::InProgress),
            status(MilestoneStatus::Achieved),
        ]);
        assert_eq!(sparkline(&ind), "▁▄█");
        assert_eq!(sparkline(&indicator(&[])), "");
    }

    #[test]
    fn japanese_wraps_without_a_closing_mark_at_the_start_of_a_line() {
        // 24 columns hold all 12 characters; at 22, 「。」 may not start a line and takes
        // 「る」 with it; at 20, 「る」 is on the next line anyway and 「。」 follows it.
        assert_eq!(
            wrap("国民の生命と財産を守る。", 24),
            "国民の生命と財産を守る。"
        );
        assert_eq!(
            wrap("国民の生命と財産を守る。", 22),
            "国民の生命と財産を守\nる。"
        );
        assert_eq!(
            wrap("国民の生命と財産を守る。", 20),
            "国民の生命と財産を守\nる。"
        );
        // An opening bracket never ends a line: 「（」 moves down with what it opens.
        assert_eq!(wrap("職員数（12月末現在）", 8), "職員数\n（12月末\n現在）");
        // Latin text breaks at spaces; numbers stay whole.
        assert_eq!(
            wrap("raise to 1,000 by 2025.", 10),
            "raise to\n1,000 by\n2025."
        );
        // A word wider than the line is cut.
        assert_eq!(wrap("abcdefghij", 4), "abcd\nefgh\nij");
    }

    #[test]
    fn colour_only_when_asked() {
        let report = crate::report::json::Report {
            schema: "".into(),
            generator: "".into(),
            rubrics: vec![RubricReport {
                id: "p".into(),
                as_of: Some(2023),
                title: "t".into(),
                title_en: None,
                file: "p.toml".into(),
                rating: Rating::Met,
                fields: vec![],
                owner: None,
                period: None,
                labels: Default::default(),
            }],
            diagnostics: vec![],
        };
        let plain = TableOptions {
            width: Some(80),
            color: false,
        };
        assert!(!render(&report, Lang::Ja, plain).contains('\x1b'));
        let coloured = TableOptions {
            color: true,
            ..plain
        };
        assert!(render(&report, Lang::Ja, coloured).contains("\x1b[1;32m目標達成\x1b[0m"));
    }
}
