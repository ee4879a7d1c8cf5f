#!/usr/bin/env python3
"""Independent reference implementation of polscore SPEC §3 (scoring) and §5 (JSON report).

Written from docs/SPEC.md and the project's clarifications only (see README.md),
never from the Rust sources, so that it can catch misreadings of the SPEC.

Inputs are restricted to the plain forms: western years, plain decimal numbers, empty
values, milestone statuses achieved/in_progress/not_started, an optional `status` column.

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


def load_data(paths: list[str]) -> dict[str, dict[int, dict]]:
    """indicator id -> year -> {"value": str|None, "note": str|None, "status": str|None}"""
    rows: dict[str, dict[int, dict]] = {}
    for path in paths:
        with open(path, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            for rec in reader:
                ind = rec["indicator"].strip()
                year = int(rec["year"].strip())
                raw = (rec.get("value") or "").strip()
                note = rec.get("note")
                note = note if note not in (None, "") else None
                status = (rec.get("status") or "").strip() or None
                per = rows.setdefault(ind, {})
                if year in per:
                    raise ValueError(f"{path}: duplicate row for {ind} {year}")
                per[year] = {"value": raw if raw != "" else None, "note": note, "status": status}
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


def compute_as_of(rubric: dict, data: dict, year: int | None) -> int | None:
    """Clarification 2."""
    period = rubric["policy"].get("period")
    if year is not None:
        return min(year, period[1]) if period else year
    best = None
    for ind in all_indicators(rubric):
        for y, row in data.get(ind["id"], {}).items():
            if row["value"] is None:
                continue
            if period and not (period[0] <= y <= period[1]):
                continue
            if best is None or y > best:
                best = y
    return best


class Series:
    """The usable rows of one indicator, up to as_of, after accumulation (clarifications 5, 6).

    points: ascending list of (year, value-or-None, row) with year <= as_of
    (N running total for accumulated indicators, N number / status string otherwise).
    baseline: (year, N) or None (implicit (s-1, 0) for accumulated indicators).
    """

    def __init__(self, ind: dict, rows: dict[int, dict], as_of: int, period, kind: str):
        rows = {y: r for y, r in rows.items() if y <= as_of}  # years after as_of are ignored
        accumulate = bool(ind.get("accumulate", False))
        self.baseline = None
        if kind == "target" and "baseline" in ind and not accumulate:
            b = ind["baseline"]
            self.baseline = (int(b["year"]), N.of(b["value"]))
        points = []
        if accumulate:
            # SPEC §3.1: s = the period's first year, else the year of the earliest row (up
            # to as_of). Every year from s on needs a value: the first that has none (an
            # empty value or no row at all) breaks the total, and no later year has one.
            s = period[0] if period else (min(rows) if rows else None)
            if s is not None:
                self.baseline = (s - 1, N.of(0))
                total = N.of(0)
                for y in sorted(rows):
                    if y < s:
                        continue
                    r = rows[y]
                    complete = total is not None and all(
                        rows.get(x, {}).get("value") is not None for x in range(s, y + 1)
                    )
                    if not complete:
                        total = None
                        points.append((y, None, r))
                    else:
                        total = total + N.of(r["value"])
                        points.append((y, total, r))
        else:
            for y in sorted(rows):
                r = rows[y]
                if r["value"] is None:
                    points.append((y, None, r))
                elif kind == "milestone":
                    points.append((y, r["value"], r))
                else:
                    points.append((y, N.of(r["value"]), r))
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
    """SPEC §3.1 step 1 with clarification 7."""
    target = N.of(ind["target"])
    ty = ind.get("target_year")
    if ty is None or y >= ty or baseline is None or ty == baseline[0]:
        return target
    yb, b = baseline
    if ind.get("path", "linear") == "geometric":
        return b * (target / b) ** (N.of(y - yb) / N.of(ty - yb))
    return b + (target - b) * N.of(y - yb) / N.of(ty - yb)


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
    if ty is None or not (ty > as_of):
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

def score_indicator(ind: dict, rubric: dict, data: dict, as_of) -> dict:
    sc = rubric_scoring(rubric)
    period = rubric["policy"].get("period")
    kind = ind["kind"]
    accumulate = bool(ind.get("accumulate", False))
    out = {
        "id": ind["id"],
        "name": ind["name"],
        "kind": kind,
        "unit": ind.get("unit"),
        "primary": bool(ind.get("primary", False)),
        "direction": ind.get("direction", "at_least") if kind == "target" else ind.get("direction"),
        "target": ind.get("target") if kind == "target" else None,
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
        "_weight": N.of(ind.get("weight", 1)),
        "_fragile": [],
    }
    if as_of is None:  # clarification 3
        out["rating"] = "not_rated" if kind == "reference" else "no_data"
        return out

    ser = Series(ind, data.get(ind["id"], {}), as_of, period, kind)
    direction = out["direction"]

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
            "_fragile": [],
        }
        if kind == "target":
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
                "_weight": N.of(goal.get("weight", 1)),
            })
        fields_out.append({
            "id": field["id"],
            "title": field["title"],
            "rating": None,
            "goals": goals_out,
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
