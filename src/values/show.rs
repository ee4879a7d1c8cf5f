//! Numbers as people read them, each rule written once: whole numbers without a fraction
//! (`whole`, `plain`), numbers short in messages (`short`), thousands grouped (`grouped`, `number`), and rounding that never
//! shows a sign on zero (`fixed`, `rounded`).

/// Integral numbers below this magnitude are written as integers: every one of them is exact
/// in an `f64` (they are below 2^53) and in an `i64`.
const WHOLE_BELOW: f64 = 9.0e15;

/// `x` as an integer, when it is one that writes exactly without a fraction (`50.0` → `50`;
/// `-0.0` → `0`).
pub fn whole(x: f64) -> Option<i64> {
    (x.fract() == 0.0 && x.abs() < WHOLE_BELOW).then_some(x as i64)
}

/// A number at full precision, as a rubric and the JSON report write it: integral numbers
/// without a fraction (`50`), others in the shortest form that reads back exactly (`10.37`).
pub fn plain(x: f64) -> String {
    match whole(x) {
        Some(i) => i.to_string(),
        None => x.to_string(),
    }
}

/// A number in a message, short: `918`, `0.8`, and in exponent form outside 1e-4..1e6
/// (`1e15`, `1e-300`).
pub fn short(x: f64) -> String {
    if x != 0.0 && !(1e-4..1e6).contains(&x.abs()) {
        format!("{x:e}")
    } else {
        format!("{x}")
    }
}

/// `1,000,000`: a count with its thousands grouped.
pub fn grouped(n: usize) -> String {
    group(&n.to_string())
}

/// The digits of a whole number with a comma between each group of three.
fn group(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `x` with exactly `places` decimals, and no sign on a value that rounds to zero: a tiny
/// negative shown as `-0.0` would read as a sign that means something.
pub fn fixed(x: f64, places: usize) -> String {
    let s = format!("{x:.places$}");
    match s.strip_prefix('-') {
        Some(rest) if rest.bytes().all(|b| b == b'0' || b == b'.') => rest.to_string(),
        _ => s,
    }
}

/// `x` rounded to at most `places` decimals, without trailing zeros: `934.4`, `1000`, `0`.
pub fn rounded(x: f64, places: usize) -> String {
    let s = fixed(x, places);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// A number for people: at most two decimals, no trailing zeros, thousands grouped
/// (`2,660,000`, `-1,234.5`).
pub fn number(x: f64) -> String {
    number_places(x, 2)
}

/// As `number`, with at most `places` decimals (`50.5` for 97 / 192 × 100 at one place).
pub fn number_places(x: f64, places: usize) -> String {
    let r = rounded(x, places);
    let (sign, body) = r.strip_prefix('-').map_or(("", r.as_str()), |b| ("-", b));
    match body.split_once('.') {
        Some((int, frac)) => format!("{sign}{}.{frac}", group(int)),
        None => format!("{sign}{}", group(body)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_have_no_fraction() {
        assert_eq!(plain(50.0), "50");
        assert_eq!(plain(-0.0), "0");
        assert_eq!(plain(10.37), "10.37");
        assert_eq!(plain(1e15), "1000000000000000");
        assert_eq!(plain(1e16), "10000000000000000");
        assert_eq!(whole(0.5), None);
        assert_eq!(short(918.0), "918");
        assert_eq!(short(1e6), "1e6");
        assert_eq!(short(-1e15), "-1e15");
        assert_eq!(short(1e-300), "1e-300");
    }

    #[test]
    fn counts_are_grouped_in_thousands() {
        assert_eq!(grouped(1_000_000), "1,000,000");
        assert_eq!(grouped(10_000), "10,000");
        assert_eq!(grouped(999), "999");
        assert_eq!(grouped(0), "0");
    }

    #[test]
    fn numbers_are_rounded_and_grouped_for_people() {
        assert_eq!(number(2_660_000.0), "2,660,000");
        assert_eq!(number(10.37), "10.37");
        assert_eq!(number(0.123456), "0.12");
        assert_eq!(number(-1234.5), "-1,234.5");
        assert_eq!(number(50.0), "50");
        assert_eq!(number(-0.001), "0");
        assert_eq!(number(-0.01), "-0.01");
        assert_eq!(number(f64::NEG_INFINITY), "-inf");
        assert_eq!(rounded(934.4000000000001, 4), "934.4");
        assert_eq!(rounded(1000.0, 4), "1000");
        assert_eq!(rounded(-0.00001, 4), "0");
        assert_eq!(rounded(100.0, 0), "100");
        assert_eq!(fixed(-0.0001 * 100.0, 1), "0.0");
        assert_eq!(fixed(104.0, 1), "104.0");
    }
}
