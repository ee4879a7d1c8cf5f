//! The value axis's scale: round bounds and a round step that cover the data.

/// The value axis for data between `min` and `max`: a margin around the data, and a span of
/// at least a tenth of the largest magnitude, so that a change from 50% to 52% does not fill
/// the chart like a doubling would. An axis over data that are never negative stays at or
/// above zero. `whole`: the ticks are whole numbers (see `nice_scale`).
pub(super) fn nice_scale_padded(min: f64, max: f64, whole: bool) -> (f64, f64, f64) {
    if !(min.is_finite() && max.is_finite()) {
        return nice_scale(min, max, whole);
    }
    let (mut lo, mut hi) = (min, max);
    let floor = 0.1 * min.abs().max(max.abs());
    if hi - lo < floor {
        let centre = (lo + hi) / 2.0;
        lo = centre - floor / 2.0;
        hi = centre + floor / 2.0;
    }
    let pad = (hi - lo) * 0.05;
    lo -= pad;
    hi += pad;
    if min >= 0.0 && lo < 0.0 {
        lo = 0.0;
    }
    nice_scale(lo, hi, whole)
}

/// Bounds and step of an axis with three to five round ticks (1, 2, 2.5 or 5 times a power
/// of ten) that covers `min..=max`. With `whole`, for counts, the step is a whole number (1
/// at least, and 5 rather than 2.5), so that every tick is a whole number too.
pub(super) fn nice_scale(min: f64, max: f64, whole: bool) -> (f64, f64, f64) {
    let (mut min, mut max) = (min, max);
    if !(min.is_finite() && max.is_finite()) {
        return (0.0, 1.0, 0.5);
    }
    if max - min <= f64::EPSILON * max.abs().max(1.0) {
        // A flat series: a band around it, so that the line sits in the middle.
        let pad = if min == 0.0 { 1.0 } else { min.abs() * 0.1 };
        min -= pad;
        max += pad;
    }
    let raw = (max - min) / 4.0;
    let power = 10f64.powf(raw.log10().floor());
    if !(power.is_finite() && power > 0.0) {
        // Beyond what f64 can tick (a span over 1e308, or under 1e-308): no round ticks.
        return (min, max, max - min);
    }
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .filter(|s| !whole || (*s >= 1.0 && s.fract() == 0.0))
        .find(|s| *s >= raw)
        // Only for whole ticks over a span under 0.4: one by one.
        .unwrap_or(if whole { 1.0 } else { 10.0 * power });
    let lo = (min / step).floor() * step;
    let hi = (max / step).ceil() * step;
    (lo, hi, step)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_use_round_ticks_that_cover_the_data() {
        // 918..1000: raw step 20.5 → 25; bounds 900 and 1000.
        assert_eq!(nice_scale(918.0, 1000.0, true), (900.0, 1000.0, 25.0));
        // 7..10.37: raw 0.84 → 1; bounds 7 and 11.
        assert_eq!(nice_scale(7.0, 10.37, false), (7.0, 11.0, 1.0));
        // A flat series at 1 gets a band 0.9..1.1 around it.
        let (lo, hi, _) = nice_scale(1.0, 1.0, false);
        assert!(lo < 1.0 && hi > 1.0);
        assert_eq!(nice_scale(0.0, 0.0, false), (-1.0, 1.0, 0.5));
    }

    #[test]
    fn a_small_change_does_not_fill_the_chart() {
        // 50..52: span raised to 5.2 around 51 (48.4..53.6), 5% margin → 48.14..53.86,
        // step 2 → 48..54.
        assert_eq!(nice_scale_padded(50.0, 52.0, false), (48.0, 54.0, 2.0));
        // Counts from 0 stay at 0: 0..30 with margin → 0..31.5, step 10 → 0..40.
        assert_eq!(nice_scale_padded(0.0, 30.0, true), (0.0, 40.0, 10.0));
    }
}
