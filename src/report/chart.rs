//! The small SVG chart of one indicator's series for the HTML report: the values as a solid
//! line with a marker per year, the target as a dashed line (the path from the baseline to
//! the target year, where there is one), a milestone's due year as a dashed rule.
//!
//! Pure text out: coordinates are written with one decimal, so the same report always gives
//! the same bytes. Colour is never the only carrier of meaning: lines differ by dash, markers
//! by fill, and every number is also in the table beside the chart.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::data::MilestoneStatus;
use crate::rating::{Lang, Rating};
use crate::report::human;
use crate::report::json::{IndicatorReport, JsonValue, PointReport, RubricReport};
use crate::rubric::KindName;
use crate::values::escape::html as esc;
use crate::values::show;

mod scale;
use scale::nice_scale_padded;

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 150.0;
/// The least left margin, where the value axis's labels go; wider labels widen it.
const LEFT: f64 = 64.0;
/// The font size of the chart's text, in pixels.
const FONT: f64 = 10.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 22.0;
const BOTTOM: f64 = 24.0;

/// A target year further than this beyond the data is not stretched into the chart: it would
/// squash the years that have values into a corner.
const MAX_YEARS_AHEAD: i32 = 12;

/// The values line and markers.
pub const VALUE_COLOUR: &str = "#1d4ed8";
/// The target line.
pub const TARGET_COLOUR: &str = "#111827";
const GRID_COLOUR: &str = "#e5e7eb";
const TEXT_COLOUR: &str = "#374151";
const MISSING_COLOUR: &str = "#9ca3af";

/// The colour of a rating: badge background in the HTML report, marker fill in the chart.
/// Dark enough for white text on it (contrast at least 4.5:1), except the two that are not
/// grades, which are drawn light with dark text.
pub fn rating_colour(r: Rating) -> &'static str {
    match r {
        Rating::Exceeded => "#14532d",
        Rating::Met => "#15803d",
        Rating::Progressing => "#0e7490",
        Rating::Limited => "#a16207",
        Rating::NotProgressing => "#b91c1c",
        Rating::NoData => "#e5e7eb",
        Rating::NotRated => "#f3f4f6",
    }
}

/// One year of the series: the year, its value on the chart's scale (a milestone's status as
/// 0, 1 or 2), and the report's point.
type Point<'a> = (i32, Option<f64>, &'a PointReport<'a>);

/// Where the chart puts things: the years across, the value axis up, the plot's left edge.
struct Frame {
    /// The first and last year shown.
    xa: i32,
    xb: i32,
    /// How many years are shown.
    span: i64,
    /// The value axis's bounds and its ticks, each with its label.
    lo: f64,
    hi: f64,
    ticks: Vec<(f64, String)>,
    /// The left margin, fitted to the widest tick label.
    left: f64,
}

impl Frame {
    /// The horizontal position of the middle of year `y`'s slot.
    fn x(&self, y: i32) -> f64 {
        // Year arithmetic in i64 and f64: no year in a rubric can overflow it.
        let plot_w = WIDTH - self.left - RIGHT;
        let slots = self.span as f64;
        self.left + (f64::from(y) - f64::from(self.xa) + 0.5) * plot_w / slots
    }

    /// The vertical position of value `v`.
    fn y(&self, v: f64) -> f64 {
        let plot_h = HEIGHT - TOP - BOTTOM;
        TOP + (self.hi - v) / (self.hi - self.lo) * plot_h
    }
}

/// The chart, or `None` when the series has no value to draw.
pub fn svg(ind: &IndicatorReport, r: &RubricReport, lang: Lang) -> Option<String> {
    if ind.series.iter().all(|p| p.value.is_none()) {
        return None;
    }
    let points = points(ind);
    let first = points.iter().map(|p| p.0).min()?;
    let last = points.iter().map(|p| p.0).max()?;
    let target = target_path(ind, r, first, last);
    let due = ind
        .due
        .filter(|d| *d <= last.saturating_add(MAX_YEARS_AHEAD));
    let f = frame(ind, &points, &target, due, lang);

    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" font-size="{FONT}" fill="{TEXT_COLOUR}">"#
    );
    let _ = write!(s, "<title>{}</title>", esc(&description(ind, r, lang)));
    write_axes(&mut s, &f);
    write_gaps(&mut s, &f, &points);
    if let Some(d) = due {
        write_due(&mut s, &f, d, lang);
    }
    if !target.is_empty() {
        write_target(&mut s, &f, &target, ind, lang);
    }
    if let Some(b) = ind.baseline {
        let (bx, by) = (f.x(b.year), f.y(b.value));
        let _ = write!(
            s,
            r#"<rect x="{:.1}" y="{:.1}" width="7" height="7" fill="white" stroke="{TARGET_COLOUR}"/>"#,
            bx - 3.5,
            by - 3.5
        );
    }
    write_values(&mut s, &f, &points);
    write_markers(&mut s, &f, &points, ind.kind);
    s.push_str("</svg>");
    Some(s)
}

/// The series as points: numbers as they are (a number that is not finite as no value), a
/// milestone's status as 0 (not started), 1 (in progress) or 2 (achieved).
fn points<'a>(ind: &'a IndicatorReport<'a>) -> Vec<Point<'a>> {
    let level = |v: &JsonValue| match v {
        JsonValue::Number(n) => Some(*n).filter(|n| n.is_finite()),
        JsonValue::Status(s) => Some(match s {
            MilestoneStatus::Achieved => 2.0,
            MilestoneStatus::InProgress => 1.0,
            MilestoneStatus::NotStarted => 0.0,
        }),
    };
    ind.series
        .iter()
        .map(|p| (p.year, p.value.as_ref().and_then(level), p))
        .collect()
}

/// The chart's frame: the years shown (the data, the baseline and the target path, the due
/// year) and the value axis.
fn frame(
    ind: &IndicatorReport,
    points: &[Point],
    target: &[(i32, f64)],
    due: Option<i32>,
    lang: Lang,
) -> Frame {
    let years = points
        .iter()
        .map(|p| p.0)
        .chain(target.iter().map(|t| t.0))
        .chain(due);
    let (xa, xb) = years.fold((i32::MAX, i32::MIN), |(a, b), y| (a.min(y), b.max(y)));
    let (lo, hi, ticks) = if ind.kind == KindName::Milestone {
        milestone_axis(lang)
    } else {
        number_axis(ind, points, target)
    };
    // The left margin fits the widest label, so that `1,200,000,000` is never clipped.
    let left = left_margin(ticks.iter().map(|t| t.1.as_str()));
    Frame {
        xa,
        xb,
        span: i64::from(xb) - i64::from(xa) + 1,
        lo,
        hi,
        ticks,
        left,
    }
}

/// A milestone's value axis: its three statuses, with a half step of room around them.
fn milestone_axis(lang: Lang) -> (f64, f64, Vec<(f64, String)>) {
    let ticks = [
        MilestoneStatus::NotStarted,
        MilestoneStatus::InProgress,
        MilestoneStatus::Achieved,
    ]
    .iter()
    .enumerate()
    .map(|(i, s)| (i as f64, human::milestone(*s, lang).to_string()))
    .collect();
    (-0.5, 2.5, ticks)
}

/// A number's value axis: round ticks over the values and the target path, at most eleven.
fn number_axis(
    ind: &IndicatorReport,
    points: &[Point],
    target: &[(i32, f64)],
) -> (f64, f64, Vec<(f64, String)>) {
    let all = points
        .iter()
        .filter_map(|p| p.1)
        .chain(target.iter().map(|t| t.1));
    let (min, max) = all.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (a.min(v), b.max(v))
    });
    // Counts (every value, the target and the baseline whole numbers) get whole ticks:
    // 0, 1, 2 people, never 0.5. A path's yearly targets (950.8) do not count.
    let whole = points
        .iter()
        .filter_map(|p| p.1)
        .chain(ind.target_number())
        .chain(ind.baseline.map(|b| b.value))
        .all(|v| v.fract() == 0.0);
    let (l, h, step) = nice_scale_padded(min, max, whole);
    let count = ((h - l) / step).round() as usize;
    let ticks = (0..=count.min(10))
        .map(|k| {
            let v = l + step * k as f64;
            (v, show::number(v))
        })
        .collect();
    (l, h, ticks)
}

/// The grid and the value axis's labels, then the year axis: every year when they fit, else
/// every few.
fn write_axes(s: &mut String, f: &Frame) {
    let left = f.left;
    for (v, label) in &f.ticks {
        let py = f.y(*v);
        let _ = write!(
            s,
            r#"<line x1="{left}" y1="{py:.1}" x2="{:.1}" y2="{py:.1}" stroke="{GRID_COLOUR}"/><text x="{:.1}" y="{:.1}" text-anchor="end">{}</text>"#,
            WIDTH - RIGHT,
            left - 4.0,
            py + 3.5,
            esc(label)
        );
    }
    let every = usize::try_from(f.span / 8 + 1).unwrap_or(usize::MAX);
    for yr in (f.xa..=f.xb).step_by(every.max(1)) {
        let _ = write!(
            s,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">{yr}</text>"#,
            f.x(yr),
            HEIGHT - 8.0
        );
    }
}

/// Years in the data without a value: a dotted rule, so that a gap is seen as a gap.
fn write_gaps(s: &mut String, f: &Frame, points: &[Point]) {
    for (yr, v, _) in points {
        if v.is_none() {
            let _ = write!(
                s,
                r#"<line x1="{0:.1}" y1="{TOP}" x2="{0:.1}" y2="{1:.1}" stroke="{MISSING_COLOUR}" stroke-dasharray="2 3"/>"#,
                f.x(*yr),
                HEIGHT - BOTTOM
            );
        }
    }
}

/// A milestone's due year: a dashed rule, named above the plot.
fn write_due(s: &mut String, f: &Frame, due: i32, lang: Lang) {
    let _ = write!(
        s,
        r#"<line x1="{0:.1}" y1="{TOP}" x2="{0:.1}" y2="{1:.1}" stroke="{TARGET_COLOUR}" stroke-dasharray="5 3"/><text x="{0:.1}" y="{2:.1}" text-anchor="middle">{3} {due}</text>"#,
        f.x(due),
        HEIGHT - BOTTOM,
        TOP - 5.0,
        esc(human::words(lang).due)
    );
}

/// The target: a dashed line through T(y), named in a key above the plot, where no data
/// point can hide it.
fn write_target(
    s: &mut String,
    f: &Frame,
    target: &[(i32, f64)],
    ind: &IndicatorReport,
    lang: Lang,
) {
    let path: Vec<String> = target
        .iter()
        .map(|(ty, tv)| format!("{:.1},{:.1}", f.x(*ty), f.y(*tv)))
        .collect();
    let _ = write!(
        s,
        r#"<polyline points="{}" fill="none" stroke="{TARGET_COLOUR}" stroke-width="1.5" stroke-dasharray="5 3"/>"#,
        path.join(" ")
    );
    let left = f.left;
    let _ = write!(
        s,
        r#"<line x1="{left}" y1="{0:.1}" x2="{1:.1}" y2="{0:.1}" stroke="{TARGET_COLOUR}" stroke-width="1.5" stroke-dasharray="5 3"/><text x="{2:.1}" y="{3:.1}">{4} {5}</text>"#,
        TOP - 9.0,
        left + 20.0,
        left + 24.0,
        TOP - 5.5,
        esc(human::words(lang).target),
        esc(&human::target(ind, lang))
    );
}

/// The values: a solid line, broken where a year has no value or is missing from the data.
fn write_values(s: &mut String, f: &Frame, points: &[Point]) {
    let mut run: Vec<String> = Vec::new();
    let mut runs: Vec<Vec<String>> = Vec::new();
    let mut prev_year = None;
    for (yr, v, _) in points {
        match v {
            Some(v) => {
                if prev_year.is_some_and(|p| p + 1 != *yr) && !run.is_empty() {
                    runs.push(std::mem::take(&mut run));
                }
                run.push(format!("{:.1},{:.1}", f.x(*yr), f.y(*v)));
                prev_year = Some(*yr);
            }
            None => {
                if !run.is_empty() {
                    runs.push(std::mem::take(&mut run));
                }
                prev_year = None;
            }
        }
    }
    runs.push(run);
    for r in runs.iter().filter(|r| r.len() > 1) {
        let _ = write!(
            s,
            r#"<polyline points="{}" fill="none" stroke="{VALUE_COLOUR}" stroke-width="2"/>"#,
            r.join(" ")
        );
    }
}

/// A marker per value, filled with the year's rating (a reference indicator's in the values'
/// colour); a preliminary figure is hollow.
fn write_markers(s: &mut String, f: &Frame, points: &[Point], kind: KindName) {
    for (yr, v, p) in points {
        let Some(v) = v else { continue };
        let fill = if p.provisional {
            "white"
        } else if kind == KindName::Reference {
            VALUE_COLOUR
        } else {
            rating_colour(p.rating)
        };
        let _ = write!(
            s,
            r#"<circle cx="{:.1}" cy="{:.1}" r="4" fill="{fill}" stroke="{VALUE_COLOUR}" stroke-width="1.5"/>"#,
            f.x(*yr),
            f.y(*v)
        );
    }
}

/// The points of the target line, by year: for a target with a target year, the baseline
/// (or the running total's origin, 0 the year before it starts), `T(y)` for every year of the
/// series, then the target from the target year on; without a target year, the target
/// across the years of the data.
fn target_path(ind: &IndicatorReport, r: &RubricReport, first: i32, last: i32) -> Vec<(i32, f64)> {
    let Some(target) = ind.target_number().filter(|t| t.is_finite()) else {
        return Vec::new();
    };
    let mut path = BTreeMap::new();
    match ind.target_year {
        Some(ty) => {
            if let Some(b) = ind.baseline {
                path.insert(b.year, b.value);
            } else if ind.accumulate {
                // SPEC §3.1: the running total starts at the first year of `period`, else the
                // first year with a value; its baseline is 0 the year before.
                let start = r.period.map(|p| p[0]).or_else(|| {
                    ind.series
                        .iter()
                        .find(|p| p.value.is_some())
                        .map(|p| p.year)
                });
                if let Some(s) = start {
                    path.insert(s.saturating_sub(1), 0.0);
                }
            }
            for p in &ind.series {
                if let Some(t) = p.target_number().filter(|t| t.is_finite()) {
                    path.insert(p.year, t);
                }
            }
            if ty <= last.saturating_add(MAX_YEARS_AHEAD) {
                path.insert(ty, target);
            }
            if ty < last {
                path.insert(last, target);
            }
        }
        None => {
            path.insert(first, target);
            path.insert(last, target);
        }
    }
    path.into_iter().collect()
}

/// What the chart shows, in words: the accessible name of the image.
fn description(ind: &IndicatorReport, r: &RubricReport, lang: Lang) -> String {
    let w = human::words(lang);
    let values: Vec<String> = ind
        .series
        .iter()
        .map(|p| {
            let v = match human::point_value(p, ind, lang) {
                v if v.is_empty() => w.no_data.to_string(),
                v => v,
            };
            format!("{} {v}", human::year(p.year, ind.year_basis, lang))
        })
        .collect();
    let mut d = format!(
        "{}: {}",
        human::pick(&ind.name, ind.name_en.as_deref(), lang),
        values.join(", ")
    );
    let target = human::target(ind, lang);
    if !target.is_empty() {
        let _ = write!(d, "; {} {target}", w.target);
    }
    let _ = write!(d, "; {} {}", w.rating, human::rating(ind.rating, r, lang));
    d
}

/// The left margin for the value axis's `labels`: at least `LEFT`, else the widest label's
/// width, the 4 px between it and the plot, and 4 px to the edge, in whole pixels. The width
/// is measured generously, since the reader's font is unknown: 0.6 em a narrow character
/// (a digit is 0.5 to 0.6 em in common fonts), 1 em a wide one (漢字, ％).
fn left_margin<'a>(labels: impl Iterator<Item = &'a str>) -> f64 {
    let widest = labels
        .map(|l| {
            l.chars()
                .map(|c| match unicode_width::UnicodeWidthChar::width(c) {
                    Some(2) => FONT,
                    _ => 0.6 * FONT,
                })
                .sum::<f64>()
        })
        .fold(0.0, f64::max);
    LEFT.max((widest + 8.0).ceil())
}

#[cfg(test)]
mod tests {
    use super::scale::nice_scale;
    use super::*;

    #[test]
    fn extreme_years_and_values_draw_without_panicking() {
        use crate::report::json::{BaselineReport, PointReport, fixtures};
        let point = |year: i32, v: f64| PointReport {
            target: Some(crate::report::json::TargetReport::Number(f64::MAX)),
            rating: Rating::Met,
            ..fixtures::point(year, v)
        };
        let rubric = RubricReport {
            as_of: None,
            period: Some([i32::MIN, i32::MAX]),
            ..fixtures::rubric()
        };
        let ind = IndicatorReport {
            kind: KindName::Target,
            target: Some(crate::report::json::TargetReport::Number(f64::MAX)),
            target_year: Some(i32::MAX),
            baseline: Some(BaselineReport {
                year: i32::MIN,
                value: -f64::MAX,
            }),
            due: Some(i32::MAX),
            accumulate: true,
            rating: Rating::Met,
            series: vec![
                point(i32::MIN, f64::MIN_POSITIVE),
                point(i32::MAX, f64::MAX),
            ],
            ..fixtures::indicator()
        };
        assert!(svg(&ind, &rubric, Lang::Ja).is_some());
    }

    /// A target indicator with `values` for 2021 onwards and `target`, in `unit`.
    fn indicator<'u>(
        values: &[f64],
        target: f64,
        unit: &'u str,
    ) -> (IndicatorReport<'u>, RubricReport<'u>) {
        use crate::report::json::{PointReport, fixtures};
        let series = (2021..)
            .zip(values)
            .map(|(year, v)| PointReport {
                rating: Rating::Progressing,
                ..fixtures::point(year, *v)
            })
            .collect();
        let rubric = RubricReport {
            as_of: None,
            rating: Rating::Progressing,
            ..fixtures::rubric()
        };
        let ind = IndicatorReport {
            kind: KindName::Target,
            unit: Some(unit.into()),
            target: Some(crate::report::json::TargetReport::Number(target)),
            rating: Rating::Progressing,
            series,
            ..fixtures::indicator()
        };
        (ind, rubric)
    }

    /// The value axis's labels of a chart: (x of their right end, text).
    fn axis_labels(svg: &str) -> Vec<(f64, String)> {
        svg.split(r#"<text x=""#)
            .skip(1)
            .filter(|t| t.contains(r#"text-anchor="end">"#))
            .map(|t| {
                let x = t[..t.find('"').unwrap()].parse().unwrap();
                let text = &t[t.find('>').unwrap() + 1..t.find("</text>").unwrap()];
                (x, text.to_string())
            })
            .collect()
    }

    #[test]
    fn the_left_margin_fits_the_widest_label() {
        // Short labels keep the usual margin.
        assert_eq!(left_margin(["0", "1,000"].into_iter()), LEFT);
        // 13 narrow characters × 6 px = 78, + 8 → 86.
        assert_eq!(left_margin(["0", "1,200,000,000"].into_iter()), 86.0);
        // English milestone labels: 11 × 6 = 66, + 8 → 74; Japanese ones fit in 64.
        assert_eq!(left_margin(["not started", "achieved"].into_iter()), 74.0);
        assert_eq!(left_margin(["未着手", "実施中", "達成"].into_iter()), LEFT);
    }

    #[test]
    fn large_values_are_labelled_in_full_and_never_clipped() {
        let (ind, r) = indicator(&[800_000_000.0, 1_200_000_000.0], 1_500_000_000.0, "円");
        let svg = svg(&ind, &r, Lang::Ja).unwrap();
        let labels = axis_labels(&svg);
        assert!(
            labels
                .iter()
                .any(|(_, t)| t == "1,200,000,000" || t == "1,500,000,000")
        );
        for (x, text) in &labels {
            // Drawn leftwards from x, each label stays inside the picture.
            let width = 0.6 * FONT * text.chars().count() as f64;
            assert!(x - width >= 0.0, "{text} at {x} is clipped");
        }
    }

    #[test]
    fn counts_get_whole_ticks() {
        // 0..2 people: raw step 0.525 → 1, never 0.5 (as it is for 0..2 in %).
        assert_eq!(nice_scale(0.0, 2.0, true), (0.0, 2.0, 1.0));
        assert_eq!(nice_scale(0.0, 2.0, false), (0.0, 2.0, 0.5));
        // 0..9: raw 2.25 → 5 rather than 2.5.
        assert_eq!(nice_scale(0.0, 9.0, true), (0.0, 10.0, 5.0));
        assert_eq!(nice_scale(0.0, 9.0, false), (0.0, 10.0, 2.5));
        // A flat count of 3: 2, 3, 4.
        assert_eq!(nice_scale(3.0, 3.0, true), (2.0, 4.0, 1.0));
        // Whole values and target: every tick label a whole number (0..1 countries had
        // 0, 0.5, 1).
        let (ind, r) = indicator(&[0.0, 1.0, 1.0], 1.0, "か国");
        let labels = axis_labels(&svg(&ind, &r, Lang::Ja).unwrap());
        assert!(labels.len() >= 3, "{labels:?}");
        assert!(labels.iter().all(|(_, t)| !t.contains('.')), "{labels:?}");
        // A value with a fraction keeps fine ticks.
        let (ind, r) = indicator(&[1.5, 2.0, 2.0], 3.0, "%");
        let labels = axis_labels(&svg(&ind, &r, Lang::Ja).unwrap());
        assert!(labels.iter().any(|(_, t)| t.contains('.')), "{labels:?}");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc("a<b & \"c\""), "a&lt;b &amp; &quot;c&quot;");
    }
}
