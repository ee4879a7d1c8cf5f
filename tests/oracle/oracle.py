#!/usr/bin/env python3
"""Independent reference implementation of polscore SPEC §3 (scoring) and §5 (JSON report).

Written from /work/shared/SPEC.md and the project's clarifications only (see README.md),
never from the Rust sources, so that it can catch misreadings of the SPEC.

Inputs are restricted to the plain forms: western years, plain decimal numbers, empty
values, milestone statuses achieved/in_progress/not_started, an optional `status` column.

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

RATINGS = ["exceeded", "met", "progressing", "limited", "not_progressing", "no_data", "not_rated"]
SCORE = {"exceeded": 5, "met": 4, "progressing": 3, "limited": 2, "not_progressing": 1}
FROM_SCORE = {v: k for k, v in SCORE.items()}
MILESTONE_STATUSES = ("achieved", "in_progress", "not_started")


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

def meets(direction: str, v: float, t: float) -> bool:
    return v >= t if direction == "at_least" else v <= t


def rubric_scoring(rubric: dict) -> dict:
    sc = rubric.get("scoring", {}) or {}
    return {
        "exceeded": float(sc.get("exceeded", 1.2)),
        "progressing": float(sc.get("progressing", 0.8)),
        "stable_band": float(sc.get("stable_band", 0.01)),
        "aggregation": sc.get("aggregation", "guideline"),
        "growth": sc.get("growth", "linear"),
    }


def all_indicators(rubric: dict):
    for field in rubric.get("field", []) or []:
        for goal in field.get("goal", []) or []:
            for ind in goal.get("indicator", []) or []:
                yield ind


def compute_as_of(rubric: dict, data: dict, year: int | None) -> int | None:
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
    """The usable rows of one indicator, up to as_of, after accumulation.

    points: ascending list of (year, value-or-None, row) with year <= as_of
    (value is the running total for accumulated indicators, the raw number/status otherwise).
    baseline: (year, value) or None (implicit (s-1, 0) for accumulated indicators).
    """

    def __init__(self, ind: dict, rows: dict[int, dict], as_of: int, period, kind: str):
        self.kind = kind
        rows = {y: r for y, r in rows.items() if y <= as_of}
        accumulate = bool(ind.get("accumulate", False))
        self.baseline = None
        if kind == "target" and "baseline" in ind and not accumulate:
            b = ind["baseline"]
            self.baseline = (int(b["year"]), float(b["value"]))
        points = []
        if accumulate:
            if period:
                s = period[0]
            else:
                with_value = [y for y, r in rows.items() if r["value"] is not None]
                s = min(with_value) if with_value else None
            if s is not None:
                self.baseline = (s - 1, 0.0)
                total = 0.0
                for y in sorted(rows):
                    if y < s:
                        continue
                    r = rows[y]
                    if r["value"] is None:
                        points.append((y, None, r))
                    else:
                        total += float(r["value"])
                        points.append((y, total, r))
            else:
                for y in sorted(rows):
                    points.append((y, None, rows[y]))
        else:
            for y in sorted(rows):
                r = rows[y]
                if r["value"] is None:
                    points.append((y, None, r))
                elif kind == "milestone":
                    points.append((y, r["value"], r))
                else:
                    points.append((y, float(r["value"]), r))
        self.points = points

    def valued(self):
        return [(y, v) for (y, v, _r) in self.points if v is not None]

    def previous(self, y: int):
        """Latest earlier year with a value, else the baseline, else None -> (year, value)."""
        prev = None
        for (py, pv) in self.valued():
            if py < y:
                prev = (py, pv)
        if prev is None:
            prev = self.baseline
        return prev


# --------------------------------------------------------------------------- target

def target_for_year(ind: dict, baseline, y: int) -> float:
    target = float(ind["target"])
    ty = ind.get("target_year")
    if ty is None or y >= ty or baseline is None or ty == baseline[0]:
        return target
    yb, b = baseline
    if ind.get("path", "linear") == "geometric":
        return b * (target / b) ** ((y - yb) / (ty - yb))
    return b + (target - b) * (y - yb) / (ty - yb)


def achievement(direction: str, baseline, t: float, v: float):
    if baseline is not None:
        b = baseline[1]
        if (direction == "at_least" and b < t) or (direction == "at_most" and b > t):
            return (v - b) / (t - b)
    if direction == "at_least" and t > 0:
        return v / t
    if direction == "at_most" and v > 0:
        return t / v
    return None


def rate_target(direction: str, sc: dict, t: float, a, v: float, prev) -> str:
    if meets(direction, v, t):
        if a is not None and a >= sc["exceeded"]:
            return "exceeded"
        return "met"
    if a is not None and a >= sc["progressing"]:
        return "progressing"
    if prev is not None:
        pv = prev[1]
        if (direction == "at_least" and v <= pv) or (direction == "at_most" and v >= pv):
            return "not_progressing"
    if a is not None and a <= 0:
        return "not_progressing"
    return "limited"


def outlook(ind: dict, sc: dict, ser: Series, as_of: int):
    ty = ind.get("target_year")
    if ty is None or not (ty > as_of):
        return None
    direction = ind.get("direction", "at_least")
    target = float(ind["target"])
    pts: dict[int, float] = {}
    if ser.baseline is not None:
        pts[ser.baseline[0]] = ser.baseline[1]
    for (y, v) in ser.valued():
        pts[y] = v
    if len(pts) < 2:
        return None
    ys = sorted(pts)
    yf, yl = ys[0], ys[-1]
    vf, vl = pts[yf], pts[yl]
    if meets(direction, vl, target):
        return "on_track"
    if sc["growth"] == "compound" and vf > 0 and vl > 0 and target > 0:
        actual = (vl / vf) ** (1 / (yl - yf)) - 1
        required = (target / vf) ** (1 / (ty - yf)) - 1
    else:
        actual = (vl - vf) / (yl - yf)
        required = (target - vf) / (ty - yf)
    if required == 0 or (direction == "at_least" and required < 0) or (direction == "at_most" and required > 0):
        return "moving_away"
    r = actual / required
    if r >= 0.95:
        return "on_track"
    if r >= 0.6:
        return "moderate"
    if r >= 0:
        return "insufficient"
    return "moving_away"


# --------------------------------------------------------------------------- reference

def trend(ind: dict, sc: dict, ser: Series):
    vals = ser.valued()
    if len(vals) < 2:
        return None
    (yf, vf), (yl, vl) = vals[0], vals[-1]
    dy = yl - yf
    if sc["growth"] == "compound" and vf > 0 and vl > 0:
        g = (vl / vf) ** (1 / dy) - 1
    elif vf == 0:
        g = float((vl > vf) - (vl < vf))
    else:
        g = (vl - vf) / abs(vf) / dy
    if abs(g) <= sc["stable_band"]:
        return "stable"
    d = ind.get("direction")
    if d == "at_least":
        return "improving" if g > 0 else "worsening"
    if d == "at_most":
        return "worsening" if g > 0 else "improving"
    return "rising" if g > 0 else "falling"


# --------------------------------------------------------------------------- milestone

def rate_milestone(status: str, due, y: int) -> str:
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
    }
    if as_of is None:
        out["rating"] = "not_rated" if kind == "reference" else "no_data"
        return out

    ser = Series(ind, data.get(ind["id"], {}), as_of, period, kind)
    direction = out["direction"]

    # series points
    series = []
    for (y, v, row) in ser.points:
        pt = {
            "year": y,
            "value": v,
            "target": None,
            "achievement": None,
            "rating": None,
            "provisional": row["status"] == "provisional",
            "note": row["note"],
        }
        if kind == "target":
            t = target_for_year(ind, ser.baseline, y)
            pt["target"] = t
            if v is None:
                pt["rating"] = "no_data"
            else:
                a = achievement(direction, ser.baseline, t, v)
                pt["achievement"] = a
                pt["rating"] = rate_target(direction, sc, t, a, v, ser.previous(y))
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
            out["year"], out["value"], out["stale"] = y, v, y < as_of
        out["trend"] = trend(ind, sc, ser)
        return out

    rated = [(y, v) for (y, v) in ser.valued() if period is None or y >= period[0]]
    if rated:
        y, v = rated[-1]
        pt = next(p for p in series if p["year"] == y)
        out["rating"] = pt["rating"]
        out["year"], out["value"], out["stale"] = y, v, y < as_of
        out["achievement"] = pt["achievement"] if kind == "target" else None
    else:
        out["rating"] = "no_data"
    if kind == "target":
        out["outlook"] = outlook(ind, sc, ser, as_of)
    return out


# --------------------------------------------------------------------------- aggregation

def aggregate(children: list[tuple[str, bool, float]], aggregation: str) -> str:
    """children: (rating, primary, weight) of rated-kind children; returns the combined rating."""
    with_data = [c for c in children if c[0] not in ("no_data", "not_rated")]
    if not with_data:
        if any(c[0] == "no_data" for c in children):
            return "no_data"
        return "not_rated"
    if aggregation == "mean":
        total_w = sum(c[2] for c in with_data)
        mean = sum(SCORE[c[0]] * c[2] for c in with_data) / total_w
        score = math.floor(mean + 0.5 + 1e-9)
        score = max(1, min(5, score))
        return FROM_SCORE[score]
    p = [c for c in with_data if c[1]] or with_data
    if all(c[0] in ("met", "exceeded") for c in with_data):
        n_exc = sum(1 for c in p if c[0] == "exceeded")
        return "exceeded" if 3 * n_exc >= 2 * len(p) else "met"
    if any(c[0] == "not_progressing" for c in p):
        return "not_progressing"
    if all(c[0] in ("met", "exceeded", "progressing") for c in p):
        return "progressing"
    return "limited"


def score_rubric(rubric: dict, file: str, data: dict, year: int | None) -> dict:
    sc = rubric_scoring(rubric)
    as_of = compute_as_of(rubric, data, year)
    policy = rubric["policy"]
    fields_out = []
    for field in rubric.get("field", []) or []:
        goals_out = []
        for goal in field.get("goal", []) or []:
            inds_out = [score_indicator(ind, rubric, data, as_of) for ind in goal.get("indicator", []) or []]
            rated_children = [
                (o["rating"], o["primary"], float(ind.get("weight", 1.0)))
                for o, ind in zip(inds_out, goal.get("indicator", []) or [])
                if o["kind"] in ("target", "milestone")
            ]
            goal_rating = aggregate(rated_children, sc["aggregation"]) if rated_children else "not_rated"
            goals_out.append({
                "id": goal["id"],
                "text": goal["text"],
                "rating": goal_rating,
                "coverage": {
                    "rated": len(rated_children),
                    "with_data": sum(1 for c in rated_children if c[0] != "no_data"),
                },
                "indicators": inds_out,
            })
        goal_children = [
            (g["rating"], True, float(goal.get("weight", 1.0)))
            for g, goal in zip(goals_out, field.get("goal", []) or [])
        ]
        fields_out.append({
            "id": field["id"],
            "title": field["title"],
            "rating": aggregate(goal_children, sc["aggregation"]),
            "goals": goals_out,
        })
    field_children = [
        (f["rating"], True, float(field.get("weight", 1.0)))
        for f, field in zip(fields_out, rubric.get("field", []) or [])
    ]
    return {
        "id": policy["id"],
        "as_of": as_of,
        "title": policy["title"],
        "title_en": policy.get("title_en"),
        "file": file,
        "rating": aggregate(field_children, sc["aggregation"]),
        "fields": fields_out,
    }


def report(rubric_paths: list[str], data_paths: list[str], year: int | None, version: str = "0.1.0") -> dict:
    data = load_data(data_paths)
    return {
        "schema": "polscore.report/1",
        "generator": f"polscore {version}",
        "rubrics": [score_rubric(load_rubric(p), p, data, year) for p in rubric_paths],
        "diagnostics": [],
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rubrics", nargs="+")
    ap.add_argument("--data", action="append", required=True)
    ap.add_argument("--year", type=int)
    ap.add_argument("--version", default="0.1.0", help="version for the generator key")
    args = ap.parse_args(argv)
    json.dump(report(args.rubrics, args.data, args.year, args.version), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
