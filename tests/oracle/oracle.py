#!/usr/bin/env python3
"""Independent reference implementation of polscore SPEC §3 (scoring) and §5 (JSON report).

Written from docs/SPEC.md and the project's clarifications only (see README.md),
never from the Rust sources, so that it can catch misreadings of the SPEC.

Inputs: the year, span and number forms of SPEC §2, its Japanese column names and milestone
aliases, ratio rows, an optional `status` column. Invalid input raises ValueError (the oracle
does not reproduce polscore's messages). Choices where the SPEC is silent: README.md.

Arithmetic: every quantity is carried twice (class N): as a float computed in the order the
SPEC writes the formula (that is what the report shows) and, where possible, as an exact
rational of the decimal inputs. Rating decisions use the exact value when there is one.
A decision whose two sides are within 1e-9 of each other (absolute, near zero) and whose floats are not the
correctly rounded exact values (or have no exact value: pow) is marked *fragile*: two
correct float implementations may legitimately disagree there, and crosscheck.py tolerates
a different rating (and achievement, when the branch of §3.1 step 2 was the fragile
decision) at such a point (the private `_fragile` keys, never printed by the CLI).

Usage:
    python3 tests/oracle/oracle.py RUBRIC.toml... --data DATA.csv [--data ...] [--year Y]
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import tomllib
from fractions import Fraction

SCORE = {"exceeded": 5, "met": 4, "progressing": 3, "limited": 2, "not_progressing": 1}
FROM_SCORE = {v: k for k, v in SCORE.items()}
EDGE = 1e-9


# --------------------------------------------------------------------------- numbers

class N:
    """A float computed in SPEC order, plus its exact rational value when known (q)."""

    __slots__ = ("f", "q")

    def __init__(self, f: float, q: Fraction | None):
        self.f = float(f)
        self.q = q

    @staticmethod
    def of(x) -> "N":
        if isinstance(x, N):
            return x
        if isinstance(x, bool):
            raise TypeError(x)
        if isinstance(x, int):
            return N(float(x), Fraction(x))
        if isinstance(x, float):
            return N(x, Fraction(repr(x)) if math.isfinite(x) else None)  # the decimal literal
        if isinstance(x, str):
            return N(float(x), Fraction(x))
        raise TypeError(x)

    def _bin(self, o, fop, qop):
        o = N.of(o)
        try:
            f = fop(self.f, o.f)
        except ZeroDivisionError:
            f = math.nan
        except OverflowError:
            f = math.inf
        q = None
        if self.q is not None and o.q is not None:
            try:
                q = qop(self.q, o.q)
            except ZeroDivisionError:
                q = None
        return N(f, q)

    def __add__(self, o):
        return self._bin(o, lambda a, b: a + b, lambda a, b: a + b)

    def __sub__(self, o):
        return self._bin(o, lambda a, b: a - b, lambda a, b: a - b)

    def __mul__(self, o):
        return self._bin(o, lambda a, b: a * b, lambda a, b: a * b)

    def __truediv__(self, o):
        return self._bin(o, lambda a, b: a / b, lambda a, b: a / b)

    def __pow__(self, o):
        o = N.of(o)
        try:
            f = self.f ** o.f
            if isinstance(f, complex):
                f = math.nan
        except (ZeroDivisionError, OverflowError, ValueError):
            f = math.nan
        return N(f, None)

    def __abs__(self):
        return N(abs(self.f), abs(self.q) if self.q is not None else None)

    def __neg__(self):
        return N(-self.f, -self.q if self.q is not None else None)

    def __repr__(self):
        return f"N({self.f!r}, {self.q})"


class Ctx:
    """Records whether any decision taken was fragile (see module docstring)."""

    def __init__(self):
        self.fragile = False

    def cmp(self, a, op: str, b) -> bool:
        a, b = N.of(a), N.of(b)
        if a.q is not None and b.q is not None:
            x, y = a.q, b.q
        else:
            x, y = a.f, b.f
        res = {">=": x >= y, "<=": x <= y, ">": x > y, "<": x < y, "==": x == y}[op]
        # near: within 1e-9 relative, or absolute near zero (float noise of running totals)
        near = abs(a.f - b.f) <= EDGE * max(abs(a.f), abs(b.f), 1.0) or not (
            math.isfinite(a.f) and math.isfinite(b.f))
        if near:
            exact = (
                a.q is not None and b.q is not None
                and a.f == float(a.q) and b.f == float(b.q)
                and (a.q == b.q) == (a.f == b.f)
            )
            if not exact:
                self.fragile = True
        return res


def num_out(x):
    if x is None:
        return None
    if isinstance(x, N):
        return x.f
    return x


# --------------------------------------------------------------------------- inputs

def load_rubric(path: str) -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


FULLWIDTH = str.maketrans("０１２３４５６７８９．，－％／", "0123456789.,-%/")
ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "R": 2018, "H": 1988, "S": 1925}
_ERA_RE = re.compile(r"^(令和|平成|昭和|R|H|S)(元|\d{1,2})(年度|年)?$")
_WEST_RE = re.compile(r"^(?:FY|CY)?(\d{4})(年度|年)?$")
_BARE_RE = re.compile(r"^(元|\d{1,2})(年度|年)?$")


def parse_one_year(text: str, era: str | None = None) -> tuple[int, str | None]:
    """One year of SPEC §2 (fiscal and calendar forms). Returns (year, era used).
    `era`: the era of the left end of a span, for a right end written without one (令和3～5年度)."""
    t = text.strip().translate(FULLWIDTH)
    m = _WEST_RE.match(t)
    if m:
        return int(m.group(1)), None
    m = _ERA_RE.match(t)
    if m:
        n = 1 if m.group(2) == "元" else int(m.group(2))
        return ERAS[m.group(1)] + n, m.group(1)
    if era is not None:
        m = _BARE_RE.match(t)
        if m:
            n = 1 if m.group(1) == "元" else int(m.group(1))
            return ERAS[era] + n, era
    raise ValueError(f"bad year {text!r}")


def parse_year(text: str) -> tuple[int, int, bool]:
    """(first, last, is_span): a year, or a span `2021..2023`, `2021～2023`, `令和3～5年度`."""
    t = text.strip().translate(FULLWIDTH)
    for sep in ("..", "～", "~"):
        if sep in t:
            left, right = t.split(sep, 1)
            a, era = parse_one_year(left)
            b, _ = parse_one_year(right, era)
            if a >= b:
                raise ValueError(f"bad span {text!r}: the first year must be before the last")
            return a, b, True
    y, _ = parse_one_year(t)
    return y, y, False


MULT = {"千": 1000, "万": 10000, "億": 100000000}


def parse_number(text: str, unit: str | None = None) -> N:
    """A number of SPEC §2 (`1,523`, `85.2%`, full-width digits, 約/およそ, 千/万/億, the unit)."""
    t = text.strip().translate(FULLWIDTH)
    for pre in ("約", "およそ"):
        if t.startswith(pre):
            t = t[len(pre):].strip()
    if unit and t.endswith(unit.translate(FULLWIDTH)):
        t = t[: -len(unit.translate(FULLWIDTH))].strip()
    elif unit == "%" and t.endswith("%"):
        t = t[:-1].strip()
    mult = 1
    if t and t[-1] in MULT:
        mult = MULT[t[-1]]
        t = t[:-1].strip()
    t = t.replace(",", "")
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", t):
        raise ValueError(f"bad number {text!r}")
    if mult == 1:
        return N.of(t)
    q = Fraction(t) * mult
    return N(float(q), q)


MILESTONE = {
    "achieved": "achieved", "達成": "achieved", "済": "achieved", "done": "achieved", "yes": "achieved",
    "true": "achieved",
    "in_progress": "in_progress", "実施中": "in_progress", "進行中": "in_progress", "partial": "in_progress",
    "not_started": "not_started", "未着手": "not_started", "未達成": "not_started", "no": "not_started",
    "false": "not_started",
}

COLUMNS = {
    "indicator": "indicator", "指標": "indicator",
    "year": "year", "年度": "year",
    "value": "value", "実績値": "value", "値": "value",
    "note": "note", "備考": "note",
    "status": "status",
    "numerator": "numerator", "分子": "numerator",
    "denominator": "denominator", "分母": "denominator",
}


def load_data(paths: list[str]) -> dict[str, dict[int, dict]]:
    """indicator id -> last year -> {"first", "last", "span", "value", "numerator", "denominator",
    "note", "status"} (raw strings or None; a span row is kept at its last year)."""
    rows: dict[str, dict[int, dict]] = {}
    for path in paths:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            cols = {}
            for i, name in enumerate(header):
                key = COLUMNS.get(name.strip())
                if key is not None and key not in cols:
                    cols[key] = i
            for rec in reader:
                if not rec:
                    continue

                def cell(key):
                    i = cols.get(key)
                    if i is None or i >= len(rec):
                        return None
                    v = rec[i].strip()
                    return v if v != "" else None
                ind = cell("indicator")
                first, last, span = parse_year(cell("year"))
                i = cols.get("note")
                note = rec[i] if i is not None and i < len(rec) else None
                note = note if note not in (None, "") else None
                per = rows.setdefault(ind, {})
                for other in per.values():
                    if first <= other["last"] and other["first"] <= last:
                        raise ValueError(f"{path}: rows of {ind} overlap ({first}..{last}, {other['first']}..{other['last']})")
                per[last] = {
                    "first": first, "last": last, "span": span,
                    "value": cell("value"), "numerator": cell("numerator"), "denominator": cell("denominator"),
                    "note": note, "status": cell("status"),
                }
    return rows


# --------------------------------------------------------------------------- helpers

def meets(ctx: Ctx, direction: str, v: N, t: N) -> bool:
    return ctx.cmp(v, ">=", t) if direction == "at_least" else ctx.cmp(v, "<=", t)


def rubric_scoring(rubric: dict) -> dict:
    sc = rubric.get("scoring", {}) or {}
    return {
        "exceeded": N.of(sc.get("exceeded", 1.2)),
        "progressing": N.of(sc.get("progressing", 0.8)),
        "stable_band": N.of(sc.get("stable_band", 0.01)),
        "aggregation": sc.get("aggregation", "guideline"),
        "growth": sc.get("growth", "linear"),
    }


def all_indicators(rubric: dict):
    for field in rubric.get("field", []) or []:
        for goal in field.get("goal", []) or []:
            for ind in goal.get("indicator", []) or []:
                yield ind


def ratio_scale(ind: dict) -> N:
    """SPEC §1: `scale` defaults to 100 when the unit is `%`, else 1."""
    return N.of(ind.get("scale", 100 if ind.get("unit") == "%" else 1))


def row_value(ind: dict, row: dict):
    """The value of one row for its indicator: (value, numerator, denominator).

    value: N for target/reference indicators, a status string for milestones, None when the
    row has no value. numerator/denominator: N when given (ratio indicators), else None."""
    kind = ind["kind"]
    raw = row["value"]
    unit = ind.get("unit")
    if kind == "milestone":
        if raw is None:
            return None, None, None
        st = MILESTONE.get(raw.strip().lower(), MILESTONE.get(raw.strip()))
        if st is None:
            raise ValueError(f"bad milestone value {raw!r}")
        return st, None, None
    num, den = row["numerator"], row["denominator"]
    if ind.get("measure", "value") == "ratio":
        if num is not None or den is not None:
            if num is None or den is None:
                raise ValueError(f"{ind['id']}: a ratio row needs both numerator and denominator")
            n, d = parse_number(num), parse_number(den)
        elif raw is not None and "/" in raw.translate(FULLWIDTH):
            ns, ds = raw.translate(FULLWIDTH).split("/", 1)
            n, d = parse_number(ns), parse_number(ds)
        elif raw is not None:
            return parse_number(raw, unit), None, None  # choice: a plain value on a ratio indicator
        else:
            return None, None, None
        if d.q == 0:
            raise ValueError(f"{ind['id']}: denominator 0")
        return n / d * ratio_scale(ind), n, d
    if num is not None or den is not None:
        raise ValueError(f"{ind['id']}: numerator/denominator on an indicator without measure = \"ratio\"")
    if raw is None:
        return None, None, None
    return parse_number(raw, unit), None, None


def compute_as_of(rubric: dict, data: dict, year: int | None) -> int | None:
    """Clarification 2 (a span row counts at its last year, a ratio row with a numerator and a
    denominator has a value even with an empty `value` cell)."""
    period = rubric["policy"].get("period")
    if year is not None:
        return min(year, period[1]) if period else year
    best = None
    for ind in all_indicators(rubric):
        for y, row in data.get(ind["id"], {}).items():
            if row_value(ind, row)[0] is None:
                continue
            if period and not (period[0] <= y <= period[1]):
                continue
            if best is None or y > best:
                best = y
    return best


class Series:
    """The usable rows of one indicator, up to as_of, after accumulation (clarifications 5, 6).

    points: ascending list of (year, value-or-None, row) with year <= as_of
    (N running total for accumulated indicators, N number / status string otherwise);
    row["_num"], row["_den"]: the numerator and denominator of a ratio row (N or None).
    A span row is one point at its last year (row["span"] true, row["first"] its first year).
    baseline: (year, N) or None (implicit (s-1, 0) for accumulated indicators).
    """

    def __init__(self, ind: dict, rows: dict[int, dict], as_of: int, period, kind: str):
        # years after as_of are ignored (a span at its last year: one ending after as_of is left out)
        rows = {y: r for y, r in rows.items() if y <= as_of}
        accumulate = bool(ind.get("accumulate", False))
        if accumulate and ind.get("measure", "value") == "ratio":
            raise ValueError(f"{ind['id']}: accumulate with measure = \"ratio\"")
        if not accumulate and any(r["span"] for r in rows.values()):
            raise ValueError(f"{ind['id']}: a span row on an indicator without accumulate")
        self.baseline = None
        if kind == "target" and "baseline" in ind and not accumulate:
            b = ind["baseline"]
            self.baseline = (int(b["year"]), N.of(b["value"]))
        parsed = {}
        for y, r in rows.items():
            v, n, d = row_value(ind, r)
            parsed[y] = v
            rows[y] = dict(r, _num=n, _den=d)
        points = []
        if accumulate:
            # SPEC §3.1: s = the period's first year, else the first year of the earliest row
            # (up to as_of; a span's first year). Every year from s on needs a value or a
            # covering span: the first that has neither (an empty value or no row at all)
            # breaks the total, and no later year has one.
            s = period[0] if period else (min(r["first"] for r in rows.values()) if rows else None)
            if s is not None:
                self.baseline = (s - 1, N.of(0))
                total = N.of(0)
                expected = s  # the next year the total needs
                broken = False
                for y in sorted(rows):
                    r = rows[y]
                    if y < s:
                        continue  # before s: left out
                    if r["first"] < s:
                        raise ValueError(f"{ind['id']}: span {r['first']}..{y} starts before s = {s}")
                    v = parsed[y]
                    if broken or r["first"] != expected or v is None:
                        broken = True
                        points.append((y, None, r))
                    else:
                        total = total + v
                        expected = y + 1
                        points.append((y, total, r))
        else:
            for y in sorted(rows):
                points.append((y, parsed[y], rows[y]))
        self.points = points

    def valued(self):
        return [(y, v) for (y, v, _r) in self.points if v is not None]

    def previous(self, y: int):
        """Clarification 8: latest earlier year with a value, else the baseline, else None."""
        prev = None
        for (py, pv) in self.valued():
            if py < y:
                prev = (py, pv)
        if prev is None:
            prev = self.baseline
        return prev


# --------------------------------------------------------------------------- target

def target_for_year(ind: dict, baseline, y: int) -> N:
    """SPEC §3.1 step 1 with clarification 7: the `targets` schedule first."""
    sched = schedule(ind)
    if y in sched:
        return sched[y]
    target = N.of(ind["target"])
    ty = ind.get("target_year")
    if ty is None or y >= ty or baseline is None or ty == baseline[0]:
        return target
    yb, b = baseline
    if ind.get("path", "linear") == "geometric":
        return b * (target / b) ** (N.of(y - yb) / N.of(ty - yb))
    return b + (target - b) * N.of(y - yb) / N.of(ty - yb)


def schedule(ind: dict) -> dict[int, N]:
    """The `targets` schedule (SPEC §1), year -> N; keys are years, bare or quoted."""
    return {int(k): N.of(v) for k, v in (ind.get("targets") or {}).items()}


def within_distance(ctx: Ctx, lo: N, hi: N, v: N) -> N:
    """Distance from v to the band [lo, hi] (0 inside)."""
    if ctx.cmp(v, "<", lo):
        return lo - v
    if ctx.cmp(v, ">", hi):
        return v - hi
    return N.of(0)


def rate_within(ctx: Ctx, sc: dict, lo: N, hi: N, v: N, prev):
    """SPEC §3.1, direction = "within": (achievement, rating).

    Inside the band: met, achievement 1 (never exceeded). Below: rules 2 and 3 as at_least
    with T = lo, above: as at_most with T = hi, both without a baseline; "moved toward the
    target" = the distance to the band shrank since the previous point."""
    if ctx.cmp(v, ">=", lo) and ctx.cmp(v, "<=", hi):
        return N.of(1), "met"
    if ctx.cmp(v, "<", lo):
        a = v / lo if ctx.cmp(lo, ">", 0) else None
    else:
        a = hi / v if ctx.cmp(v, ">", 0) else None
    if a is not None and ctx.cmp(a, ">=", sc["progressing"]):
        return a, "progressing"
    if prev is not None:
        if ctx.cmp(within_distance(ctx, lo, hi, v), ">=", within_distance(ctx, lo, hi, prev[1])):
            return a, "not_progressing"
    if a is not None and ctx.cmp(a, "<=", 0):
        return a, "not_progressing"
    return a, "limited"


def achievement(ctx: Ctx, direction: str, baseline, t: N, v: N):
    """SPEC §3.1 step 2."""
    if baseline is not None:
        b = baseline[1]
        if (direction == "at_least" and ctx.cmp(b, "<", t)) or (direction == "at_most" and ctx.cmp(b, ">", t)):
            return (v - b) / (t - b)
    if direction == "at_least" and ctx.cmp(t, ">", 0):
        return v / t
    if direction == "at_most" and ctx.cmp(v, ">", 0):
        return t / v
    return None


def rate_target(ctx: Ctx, direction: str, sc: dict, t: N, a, v: N, prev) -> str:
    """SPEC §3.1 step 3."""
    if meets(ctx, direction, v, t):
        if a is not None and ctx.cmp(a, ">=", sc["exceeded"]):
            return "exceeded"
        return "met"
    if a is not None and ctx.cmp(a, ">=", sc["progressing"]):
        return "progressing"
    if prev is not None:
        pv = prev[1]
        if (direction == "at_least" and ctx.cmp(v, "<=", pv)) or (direction == "at_most" and ctx.cmp(v, ">=", pv)):
            return "not_progressing"
    if a is not None and ctx.cmp(a, "<=", 0):
        return "not_progressing"
    return "limited"


def outlook(ctx: Ctx, ind: dict, sc: dict, ser: Series, as_of: int):
    """SPEC §3.1 step 4 with clarification 9."""
    ty = ind.get("target_year")
    if ty is None or not (ty > as_of) or ind.get("direction") == "within":
        return None
    direction = ind.get("direction", "at_least")
    target = N.of(ind["target"])
    pts: dict[int, N] = {}
    if ser.baseline is not None:
        pts[ser.baseline[0]] = ser.baseline[1]
    for (y, v) in ser.valued():
        pts[y] = v
    if len(pts) < 2:
        return None
    ys = sorted(pts)
    yf, yl = ys[0], ys[-1]
    vf, vl = pts[yf], pts[yl]
    if meets(ctx, direction, vl, target):
        return "on_track"
    if sc["growth"] == "compound" and ctx.cmp(vf, ">", 0) and ctx.cmp(vl, ">", 0) and ctx.cmp(target, ">", 0):
        actual = (vl / vf) ** (N.of(1) / N.of(yl - yf)) - 1
        required = (target / vf) ** (N.of(1) / N.of(ty - yf)) - 1
    else:
        actual = (vl - vf) / N.of(yl - yf)
        required = (target - vf) / N.of(ty - yf)
    if (
        ctx.cmp(required, "==", 0)
        or (direction == "at_least" and ctx.cmp(required, "<", 0))
        or (direction == "at_most" and ctx.cmp(required, ">", 0))
    ):
        return "moving_away"
    r = actual / required
    if ctx.cmp(r, ">=", 0.95):
        return "on_track"
    if ctx.cmp(r, ">=", 0.6):
        return "moderate"
    if ctx.cmp(r, ">=", 0):
        return "insufficient"
    return "moving_away"


# --------------------------------------------------------------------------- reference

def trend(ctx: Ctx, ind: dict, sc: dict, ser: Series):
    """SPEC §3.2 with clarification 10."""
    vals = ser.valued()
    if len(vals) < 2:
        return None
    (yf, vf), (yl, vl) = vals[0], vals[-1]
    dy = N.of(yl - yf)
    if sc["growth"] == "compound" and ctx.cmp(vf, ">", 0) and ctx.cmp(vl, ">", 0):
        g = (vl / vf) ** (N.of(1) / dy) - 1
    elif ctx.cmp(vf, "==", 0):
        g = N.of(1 if ctx.cmp(vl, ">", vf) else (-1 if ctx.cmp(vl, "<", vf) else 0))
    else:
        g = (vl - vf) / abs(vf) / dy
    if ctx.cmp(abs(g), "<=", sc["stable_band"]):
        return "stable"
    up = ctx.cmp(g, ">", 0)
    d = ind.get("direction")
    if d == "at_least":
        return "improving" if up else "worsening"
    if d == "at_most":
        return "worsening" if up else "improving"
    return "rising" if up else "falling"


# --------------------------------------------------------------------------- milestone

def rate_milestone(status: str, due, y: int) -> str:
    """SPEC §3.3 with clarification 11."""
    before = due is None or y < due
    if status == "achieved":
        return "met"
    if status == "in_progress":
        return "progressing" if before else "limited"
    if status == "not_started":
        return "limited" if before else "not_progressing"
    raise ValueError(f"bad milestone status {status!r}")


# --------------------------------------------------------------------------- indicator

RATINGS_JA = {
    "目標超過達成": "exceeded", "目標達成": "met", "相当程度進展あり": "progressing",
    "進展が大きくない": "limited", "目標に向かっていない": "not_progressing", "データなし": "no_data",
    "参考": "not_rated",
}


def assessment_id(node: dict):
    """SPEC §1 `assessment`: a rating id of §3 or its Japanese label -> the rating id."""
    a = node.get("assessment")
    if a is None:
        return None
    if a in RATINGS_JA.values():
        return a
    if a in RATINGS_JA:
        return RATINGS_JA[a]
    raise ValueError(f"bad assessment {a!r}")


def score_indicator(ind: dict, rubric: dict, data: dict, as_of) -> dict:
    sc = rubric_scoring(rubric)
    period = rubric["policy"].get("period")
    kind = ind["kind"]
    accumulate = bool(ind.get("accumulate", False))
    direction = ind.get("direction", "at_least") if kind == "target" else ind.get("direction")
    within = kind == "target" and direction == "within"
    # a reference indicator with direction and target has a benchmark (SPEC §3.2)
    bench = kind == "reference" and direction is not None and "target" in ind
    targets = None
    if kind == "target" and ind.get("targets") is not None:
        targets = {str(y): ind["targets"][k] for (y, k) in sorted((int(k), k) for k in ind["targets"])}
    out = {
        "id": ind["id"],
        "name": ind["name"],
        "kind": kind,
        "unit": ind.get("unit"),
        "primary": bool(ind.get("primary", False)),
        "direction": direction,
        "target": list(ind["target"]) if within else (ind.get("target") if kind == "target" or bench else None),
        "target_year": ind.get("target_year") if kind == "target" else None,
        "baseline": (
            {"year": ind["baseline"]["year"], "value": ind["baseline"]["value"]}
            if kind == "target" and "baseline" in ind else None
        ),
        "due": ind.get("due") if kind == "milestone" else None,
        "accumulate": accumulate,
        "rating": None,
        "year": None,
        "stale": False,
        "value": None,
        "achievement": None,
        "outlook": None,
        "trend": None,
        "series": [],
        "targets": targets,
        "measure": ind.get("measure", "value"),
        "year_basis": ind.get("year_basis", "fiscal"),
        "meets_target": None,
        "_weight": N.of(ind.get("weight", 1)),
        "_fragile": [],
    }
    if as_of is None:  # clarification 3
        out["rating"] = "not_rated" if kind == "reference" else "no_data"
        return out

    ser = Series(ind, data.get(ind["id"], {}), as_of, period, kind)

    series = []
    for (y, v, row) in ser.points:
        pt = {
            "year": y,
            "value": num_out(v),
            "target": None,
            "achievement": None,
            "rating": None,
            "provisional": row["status"] == "provisional",
            "note": row["note"],
            "numerator": num_out(row["_num"]),
            "denominator": num_out(row["_den"]),
            "span": [row["first"], y] if row["span"] else None,
            "_fragile": [],
        }
        if kind == "target" and within:
            lo, hi = N.of(ind["target"][0]), N.of(ind["target"][1])
            pt["target"] = list(ind["target"])
            if v is None:
                pt["rating"] = "no_data"
            else:
                ctx = Ctx()
                a, pt["rating"] = rate_within(ctx, sc, lo, hi, v, ser.previous(y))
                pt["achievement"] = num_out(a)
                if ctx.fragile:
                    pt["_fragile"] += ["rating", "achievement"]
        elif kind == "target":
            t = target_for_year(ind, ser.baseline, y)
            pt["target"] = t.f
            if v is None:
                pt["rating"] = "no_data"
            else:
                ctx = Ctx()
                a = achievement(ctx, direction, ser.baseline, t, v)
                pt["achievement"] = num_out(a)
                pt["rating"] = rate_target(ctx, direction, sc, t, a, v, ser.previous(y))
                if ctx.fragile:
                    pt["_fragile"] += ["rating", "achievement"]
        elif kind == "reference":
            pt["rating"] = "no_data" if v is None else "not_rated"
        else:
            pt["rating"] = "no_data" if v is None else rate_milestone(v, ind.get("due"), y)
        series.append(pt)
    out["series"] = series

    if kind == "reference":
        out["rating"] = "not_rated"
        vals = ser.valued()
        if vals:
            y, v = vals[-1]
            out["year"], out["value"], out["stale"] = y, num_out(v), y < as_of
            if bench:
                ctx = Ctx()
                t = N.of(ind["target"])
                out["achievement"] = num_out(achievement(ctx, direction, None, t, v))
                out["meets_target"] = meets(ctx, direction, v, t)
                if ctx.fragile:
                    out["_fragile"] += ["achievement", "meets_target"]
        ctx = Ctx()
        out["trend"] = trend(ctx, ind, sc, ser)
        if ctx.fragile:
            out["_fragile"].append("trend")
        return out

    rated = [(y, v) for (y, v) in ser.valued() if period is None or y >= period[0]]
    if rated:
        y, v = rated[-1]
        pt = next(p for p in series if p["year"] == y)
        out["rating"] = pt["rating"]
        out["year"], out["value"], out["stale"] = y, num_out(v), y < as_of
        out["achievement"] = pt["achievement"] if kind == "target" else None
        out["_fragile"] += pt["_fragile"]
    else:
        out["rating"] = "no_data"
    if kind == "target":
        ctx = Ctx()
        out["outlook"] = outlook(ctx, ind, sc, ser, as_of)
        if ctx.fragile:
            out["_fragile"].append("outlook")
    return out


# --------------------------------------------------------------------------- aggregation

def aggregate(children: list[tuple[str, bool, N]], aggregation: str) -> str:
    """SPEC §3.4 with clarifications 12, 13. children: (rating, primary, weight)."""
    with_data = [c for c in children if c[0] not in ("no_data", "not_rated")]
    if not with_data:
        if any(c[0] == "no_data" for c in children):
            return "no_data"
        return "not_rated"
    if aggregation == "mean":
        total_w = sum((N.of(c[2]).q for c in with_data), Fraction(0))
        mean = sum((SCORE[c[0]] * N.of(c[2]).q for c in with_data), Fraction(0)) / total_w
        score = math.floor(mean + Fraction(1, 2))  # exact: floor(mean + 0.5 + 1e-9) on floats
        return FROM_SCORE[max(1, min(5, score))]
    p = [c for c in with_data if c[1]] or with_data
    if all(c[0] in ("met", "exceeded") for c in with_data):
        n_exc = sum(1 for c in p if c[0] == "exceeded")
        return "exceeded" if 3 * n_exc >= 2 * len(p) else "met"
    if any(c[0] == "not_progressing" for c in p):
        return "not_progressing"
    if all(c[0] in ("met", "exceeded", "progressing") for c in p):
        return "progressing"
    return "limited"


def reaggregate(rubric_out: dict) -> None:
    """(Re)compute goal, field and rubric ratings from the indicator ratings in place."""
    agg = rubric_out["_aggregation"]
    for f in rubric_out["fields"]:
        for g in f["goals"]:
            kids = [(i["rating"], i["primary"], i["_weight"]) for i in g["indicators"]
                    if i["kind"] in ("target", "milestone")]
            g["rating"] = aggregate(kids, agg) if kids else "not_rated"
            g["coverage"] = {"rated": len(kids), "with_data": sum(1 for k in kids if k[0] != "no_data")}
        f["rating"] = aggregate([(g["rating"], True, g["_weight"]) for g in f["goals"]], agg)
    rubric_out["rating"] = aggregate([(f["rating"], True, f["_weight"]) for f in rubric_out["fields"]], agg)


def score_rubric(rubric: dict, file: str, data: dict, year: int | None) -> dict:
    sc = rubric_scoring(rubric)
    as_of = compute_as_of(rubric, data, year)
    policy = rubric["policy"]
    fields_out = []
    for field in rubric.get("field", []) or []:
        goals_out = []
        for goal in field.get("goal", []) or []:
            goals_out.append({
                "id": goal["id"],
                "text": goal["text"],
                "rating": None,
                "coverage": None,
                "indicators": [score_indicator(ind, rubric, data, as_of) for ind in goal.get("indicator", []) or []],
                "assessment": assessment_id(goal),
                "assessment_note": goal.get("assessment_note"),
                "_weight": N.of(goal.get("weight", 1)),
            })
        fields_out.append({
            "id": field["id"],
            "title": field["title"],
            "rating": None,
            "goals": goals_out,
            "assessment": assessment_id(field),
            "assessment_note": field.get("assessment_note"),
            "_weight": N.of(field.get("weight", 1)),
        })
    out = {
        "id": policy["id"],
        "as_of": as_of,
        "title": policy["title"],
        "title_en": policy.get("title_en"),
        "file": file,
        "rating": None,
        "fields": fields_out,
        "assessment": assessment_id(policy),
        "assessment_note": policy.get("assessment_note"),
        "_aggregation": sc["aggregation"],
    }
    reaggregate(out)
    return out


def report(rubric_paths: list[str], data_paths: list[str], year: int | None, version: str = "0.1.0") -> dict:
    """The §5 report, with private `_` keys (weights, fragile decisions) for crosscheck.py."""
    data = load_data(data_paths)
    return {
        "schema": "polscore.report/1",
        "generator": f"polscore {version}",
        "rubrics": [score_rubric(load_rubric(p), p, data, year) for p in rubric_paths],
        "diagnostics": [],
    }


def public(x):
    """Strip the private `_` keys."""
    if isinstance(x, dict):
        return {k: public(v) for k, v in x.items() if not k.startswith("_")}
    if isinstance(x, list):
        return [public(v) for v in x]
    return x


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rubrics", nargs="+")
    ap.add_argument("--data", action="append", required=True)
    ap.add_argument("--year", type=int)
    ap.add_argument("--version", default="0.1.0", help="version for the generator key")
    args = ap.parse_args(argv)
    json.dump(public(report(args.rubrics, args.data, args.year, args.version)), sys.stdout,
              ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
