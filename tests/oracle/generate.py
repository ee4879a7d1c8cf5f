#!/usr/bin/env python3
"""Random rubric + data generator for the polscore cross-check.

    python3 tests/oracle/generate.py SEED OUTDIR [--rubrics N]

writes OUTDIR/rubric_<i>.toml (N of them, 1-3 by default), OUTDIR/data.csv and
OUTDIR/set.json ({"rubrics": [...], "data": ..., "years": [lo, hi]}).

Everything uses "nice" numbers (integers and one-decimal values) and deliberately hits
band edges (value == target, a == progressing, a == exceeded, |g| == stable_band, zeros).
Every indicator id lives in exactly one rubric of the set; ids are unique within a rubric
across fields, goals and indicators.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import string
import sys
from fractions import Fraction

NOTES = ["", "", "", "速報値", "192名中97名", "公表予定", "note, with comma", 'say "hi"', "調査未実施", "x"]
UNITS = [None, None, "%", "件", "人", "回", "か国"]
TITLES = ["国際の平和と安定に対する取組", "Efforts for Peace", "人材育成", "防災・減災", "Digital 政策"]


def fmt_num(x) -> str:
    """TOML/CSV literal of a number: ints stay ints, floats keep one decimal when possible."""
    if isinstance(x, bool):
        raise TypeError(x)
    if isinstance(x, int):
        return str(x)
    r = round(x, 1)
    if abs(r - x) < 1e-12:
        x = r
    s = repr(float(x))
    if "e" in s or "inf" in s or "nan" in s:
        raise ValueError(x)
    return s


def csv_num(x: float) -> str:
    if float(x).is_integer():
        return str(int(x))
    return fmt_num(float(x))


def frac_str(q: Fraction) -> str:
    """A plain decimal literal of an exact value (denominators 1, 2, 4, 5, 10 only)."""
    q = Fraction(q)
    if q.denominator == 1:
        return str(q.numerator)
    for digits in (1, 2):
        scaled = q * 10 ** digits
        if scaled.denominator == 1:
            n = scaled.numerator
            sign = "-" if n < 0 else ""
            n = abs(n)
            return f"{sign}{n // 10 ** digits}.{n % 10 ** digits:0{digits}d}"
    return repr(round(float(q), 1))


def tstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def nice(rng: random.Random, lo: int, hi: int, decimals: float = 0.25):
    """An integer or a one-decimal number in [lo, hi]."""
    if rng.random() < decimals:
        return round(rng.randint(lo * 10, hi * 10) / 10, 1)
    return rng.randint(lo, hi)


def one_decimal(x: float):
    """Round to one decimal (the value written to the CSV)."""
    r = round(x, 1)
    return 0.0 if r == 0 else r


class Gen:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.seed = seed
        rng = self.rng
        self.y0 = rng.randint(2012, 2022)
        # data years: a few before y0 (context before the period), up to y0+6
        self.data_years = list(range(self.y0 - 2, self.y0 + 7))
        self.rows: list[dict] = []
        self.status_col = rng.random() < 0.6

    # ------------------------------------------------------------------ rows

    def row(self, ind_id: str, year: int, value: str, status: str = ""):
        rng = self.rng
        note = rng.choice(NOTES)
        if value == "" and rng.random() < 0.5:
            note = rng.choice(["公表予定", "調査未実施", "", "n/a"])
        if not self.status_col:
            status = ""
        self.rows.append({"indicator": ind_id, "year": str(year), "value": value, "note": note, "status": status})

    def empty_status(self) -> str:
        return self.rng.choice(["", "pending", "not_conducted", "na"])

    def value_status(self) -> str:
        return "provisional" if self.rng.random() < 0.15 else ""

    def years_for(self, gap=0.15):
        return [y for y in self.data_years if self.rng.random() >= gap]

    # ------------------------------------------------------------------ target

    def target_indicator(self, ind_id: str, period, scoring) -> list[str]:
        rng = self.rng
        lines = ['kind = "target"']
        dir_key = rng.choice(["at_least", "at_least", "at_most", "at_most", None])
        direction = dir_key or "at_least"
        if dir_key:
            lines.append(f'direction = "{dir_key}"')
        accumulate = rng.random() < 0.2
        sign = 1 if direction == "at_least" else -1
        baseline = None
        target_year = None
        path = "linear"
        ys = self.data_years
        if accumulate:
            lines.append("accumulate = true")
            incr_scale = rng.choice([1, 5, 10, 20])
            n_years = len(ys)
            target = incr_scale * rng.randint(1, n_years) * rng.choice([1, 2])
            if direction == "at_most":
                target = incr_scale * rng.randint(2, n_years + 2)
            if rng.random() < 0.6:
                target_year = rng.choice([ys[0], ys[2], ys[4], ys[-1], ys[-1] + 2, ys[-1] + 5])
            if rng.random() < 0.3:
                lines.append('path = "linear"')
        else:
            if rng.random() < 0.6:
                by = rng.choice([ys[0] - 1, ys[0], ys[1], ys[2], ys[3], ys[5]])
                bv = rng.choice([0, 10, 20, 50, 100, 40, 60, 5, 12.5, 80])
                baseline = (by, bv)
            if rng.random() < 0.65:
                lo = baseline[0] if baseline else ys[0] - 1
                cands = [y for y in [ys[0], ys[2], ys[3], ys[5], ys[-1], ys[-1] + 1, ys[-1] + 3, ys[-1] + 6] if y >= lo]
                if baseline and rng.random() < 0.08:
                    cands = [baseline[0]]
                target_year = rng.choice(cands)
            if baseline and target_year is not None and target_year > baseline[0]:
                span = target_year - baseline[0]
                k = rng.choice([5, 10, 2, 1, 5])
                if rng.random() < 0.12:
                    k = -k  # baseline already meets the target
                target = baseline[1] + sign * k * span
                if isinstance(target, float) and target.is_integer():
                    target = int(target)
            elif baseline:
                target = baseline[1] + sign * rng.choice([10, 20, 50, 25, 0])
                if rng.random() < 0.1:
                    target = baseline[1] - sign * 10
            else:
                target = rng.choice([50, 100, 40, 60, 10, 0, 25, 12.5, 80, 20])
            if direction == "at_most" and rng.random() < 0.1:
                target = 0
            if (
                baseline and baseline[1] > 0 and target > 0 and rng.random() < 0.35
            ):
                path = "geometric"
                lines.append('path = "geometric"')
            elif rng.random() < 0.3:
                lines.append('path = "linear"')
            if baseline:
                lines.append(f"baseline = {{ year = {baseline[0]}, value = {fmt_num(baseline[1])} }}")
            if rng.random() < 0.1:
                lines.append("accumulate = false")
        if not accumulate:
            if isinstance(target, int) and rng.random() < 0.3:
                lines.append(f"target = {fmt_num(float(target))}")
            else:
                lines.append(f"target = {fmt_num(target)}")

        # ---- data
        no_rows = rng.random() < 0.05  # no rows at all
        mode_empty = rng.random() < 0.05  # only empty rows
        plan = [] if no_rows else [(y, not (mode_empty or rng.random() < 0.12)) for y in self.years_for()]
        if accumulate:
            if period:
                s = period[0]
            else:
                s = next((y for (y, has) in plan if has), None)
            base = (s - 1, Fraction(0)) if s is not None else None
            if target_year is not None and base is not None and target_year > base[0] and rng.random() < 0.8:
                # make the path T(y) = target * (y - s + 1) / (target_year - s + 1) integral
                target = rng.choice([1, 2, 5, 10, 20]) * (target_year - base[0])
            lines.append(f"target = {fmt_num(target)}")
        else:
            base = (baseline[0], Fraction(repr(baseline[1])) if isinstance(baseline[1], float) else Fraction(baseline[1])) if baseline else None
        if target_year is not None:
            lines.append(f"target_year = {target_year}")
        tq = Fraction(repr(target)) if isinstance(target, float) else Fraction(target)

        def t_of(y):
            """T(y), exact (Fraction) for linear paths, float for geometric."""
            if target_year is None or y >= target_year or base is None or target_year == base[0]:
                return tq
            yb, b = base
            if path == "geometric":
                return float(b) * (float(tq) / float(b)) ** ((y - yb) / (target_year - yb))
            return b + (tq - b) * (y - yb) / (target_year - yb)

        prev = None
        total = Fraction(0)
        exceeded = Fraction(repr(float(scoring.get("exceeded", 1.2))))
        progressing = Fraction(repr(float(scoring.get("progressing", 0.8))))
        for (y, has) in plan:
            if not has:
                self.row(ind_id, y, "", self.empty_status())
                continue
            if accumulate and y < s:
                self.row(ind_id, y, csv_num(nice(rng, 0, 20)), self.value_status())  # dropped: before s
                continue
            T = t_of(y)
            B = base[1] if base else None
            cands = [T]
            if isinstance(T, float):
                T = Fraction(round(T, 1)).limit_denominator(10)
            if B is not None and ((direction == "at_least" and B < T) or (direction == "at_most" and B > T)):
                cands += [B + progressing * (T - B), B + exceeded * (T - B), B, B + (T - B) / 2]
            if direction == "at_least":
                cands += [progressing * T, exceeded * T, T / 2, 0]
            else:
                if T > 0:
                    cands += [T / progressing, T / exceeded, 2 * T, T / 2]
                cands += [0, 10]
            if prev is not None:
                cands += [prev, prev + 1, prev - 1]
            exact = [Fraction(c) for c in cands if isinstance(c, (int, Fraction)) and (Fraction(c) * 4).denominator == 1]
            if exact and rng.random() < 0.85:
                v = rng.choice(exact)
            elif rng.random() < 0.5:
                v = Fraction(round(float(rng.choice(cands)), 1)).limit_denominator(10)
            else:
                v = Fraction(nice(rng, 0, 120)).limit_denominator(10)
            if accumulate:
                if rng.random() < 0.7:
                    incr = v - total
                else:
                    incr = Fraction(rng.randint(0, 30))
                if rng.random() < 0.05:
                    incr = -Fraction(rng.randint(0, 5))
                if rng.random() < 0.1:
                    incr = Fraction(nice(rng, 0, 10, decimals=1.0)).limit_denominator(10)
                total = total + incr
                prev = total
                self.row(ind_id, y, frac_str(incr), self.value_status())
            else:
                prev = v
                self.row(ind_id, y, frac_str(v), self.value_status())
        return lines

    # ------------------------------------------------------------------ reference

    def reference_indicator(self, ind_id: str, scoring) -> list[str]:
        rng = self.rng
        lines = ['kind = "reference"']
        d = rng.choice(["at_least", "at_most", None, None])
        if d:
            lines.append(f'direction = "{d}"')
        accumulate = rng.random() < 0.25
        if accumulate:
            lines.append("accumulate = true")
        elif rng.random() < 0.1:
            lines.append("accumulate = false")
        if rng.random() < 0.05:
            return lines
        band = scoring.get("stable_band", 0.01)
        base = rng.choice([100, 200, 50, 0, 10, 1000])
        g = rng.choice([0, band, -band, 2 * band, -2 * band, 0.5 * band, 0.1, -0.1, None])
        y_first = None
        for y in self.years_for():
            if rng.random() < 0.12:
                self.row(ind_id, y, "", self.empty_status())
                continue
            if y_first is None:
                y_first = y
            if accumulate:
                v = nice(rng, 0, 20)
            elif g is None:
                v = nice(rng, 0, 200)
            else:
                v = one_decimal(base * (1 + g * (y - y_first)))
                if base == 0 and rng.random() < 0.5:
                    v = rng.choice([0, 1, -1])
            self.row(ind_id, y, csv_num(v), self.value_status())
        return lines

    # ------------------------------------------------------------------ milestone

    def milestone_indicator(self, ind_id: str) -> list[str]:
        rng = self.rng
        lines = ['kind = "milestone"']
        if rng.random() < 0.6:
            lines.append(f"due = {rng.choice(self.data_years[1:] + [self.data_years[-1] + 2])}")
        if rng.random() < 0.05:
            return lines
        for y in self.years_for():
            if rng.random() < 0.12:
                self.row(ind_id, y, "", self.empty_status())
                continue
            st = rng.choice(["achieved", "in_progress", "not_started"])
            self.row(ind_id, y, st, self.value_status())
        return lines

    # ------------------------------------------------------------------ rubric

    def rubric(self, index: int) -> tuple[str, list[str]]:
        rng = self.rng
        letters = "".join(rng.choice(string.ascii_lowercase) for _ in range(4))
        pid = f"{letters}-{self.y0 + rng.randint(0, 3)}-{rng.choice(['peace', 'odA', 'x_1', 'p.q'])}{index}"
        prefix = f"r{index}{letters[:2]}"
        out = ["schema = 1", "", "[policy]", f"id = {tstr(pid)}", f"title = {tstr(rng.choice(TITLES))}"]
        if rng.random() < 0.5:
            out.append(f"title_en = {tstr('Policy ' + letters)}")
        if rng.random() < 0.3:
            out.append(f"owner = {tstr('総合外交政策局')}")
        period = None
        r = rng.random()
        ys = self.data_years
        if r < 0.55:
            p0 = rng.choice(ys[1:6])
            p1 = min(p0 + rng.randint(0, 4), ys[-1] + 2)
            period = (p0, p1)
        elif r < 0.6:
            period = (ys[-1] + 3, ys[-1] + 5)  # nothing inside: as_of null
        if period:
            out.append(f"period = [{period[0]}, {period[1]}]")
        if rng.random() < 0.3:
            out.append(f"source = {tstr('外務省 令和6年度政策評価書')}")
        scoring = {}
        if rng.random() < 0.55:
            opts = {
                "exceeded": [1.2, 1.1, 1.5],
                "progressing": [0.8, 0.7, 0.9, 0.5],
                "stable_band": [0.01, 0.02, 0.05, 0.0, 0.1],
                "aggregation": ["guideline", "mean", "mean"],
                "growth": ["linear", "compound", "compound"],
            }
            for k, vals in opts.items():
                if rng.random() < 0.5:
                    scoring[k] = rng.choice(vals)
            out += ["", "[scoring]"]
            for k, v in scoring.items():
                out.append(f"{k} = {tstr(v) if isinstance(v, str) else fmt_num(v)}")
        if rng.random() < 0.2:
            out += ["", "[labels]", 'exceeded = "S+"', 'met = "A"']
        for fi in range(rng.randint(1, 3)):
            fid = f"{prefix}.f{fi}"
            out += ["", "[[field]]", f"id = {tstr(fid)}", f"title = {tstr('分野 ' + str(fi))}"]
            w = rng.choice([None, None, 0.5, 1, 2, 1.0])
            if w is not None:
                out.append(f"weight = {fmt_num(w)}")
            n_goals = 0 if rng.random() < 0.04 else rng.randint(1, 3)
            for gi in range(n_goals):
                gid = f"{fid}.g{gi}"
                out += ["", "[[field.goal]]", f"id = {tstr(gid)}", f"text = {tstr('目標 ' + gid)}"]
                w = rng.choice([None, None, 0.5, 1, 2])
                if w is not None:
                    out.append(f"weight = {fmt_num(w)}")
                gtype = rng.random()
                if gtype < 0.03:
                    continue  # goal with no indicators
                ref_only = gtype < 0.12
                no_data = 0.12 <= gtype < 0.2
                for ii in range(rng.randint(1, 4)):
                    iid = f"{gid}.i{ii}"
                    kind = "reference" if ref_only else rng.choice(["target", "target", "target", "reference", "milestone"])
                    out += ["", "[[field.goal.indicator]]", f"id = {tstr(iid)}", f"name = {tstr('指標 ' + iid)}"]
                    unit = rng.choice(UNITS)
                    if unit and kind != "milestone":
                        out.append(f"unit = {tstr(unit)}")
                    saved = len(self.rows)
                    if kind == "target":
                        out += self.target_indicator(iid, period, scoring)
                    elif kind == "reference":
                        out += self.reference_indicator(iid, scoring)
                    else:
                        out += self.milestone_indicator(iid)
                    if no_data:
                        # keep only empty rows (or none)
                        self.rows[saved:] = [r for r in self.rows[saved:] if r["value"] == ""]
                    p = rng.random()
                    if p < 0.3:
                        out.append("primary = true")
                    elif p < 0.4:
                        out.append("primary = false")
                    w = rng.choice([None, None, 0.5, 1, 2, 1.0])
                    if w is not None:
                        out.append(f"weight = {fmt_num(w)}")
        return pid, out

    def write(self, outdir: str, n_rubrics: int | None = None) -> dict:
        os.makedirs(outdir, exist_ok=True)
        n = n_rubrics or self.rng.randint(1, 3)
        files = []
        for i in range(n):
            _pid, lines = self.rubric(i)
            path = os.path.join(outdir, f"rubric_{i}.toml")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write("\n".join(lines) + "\n")
            files.append(path)
        self.rng.shuffle(self.rows)
        cols = ["indicator", "year", "value", "note"] + (["status"] if self.status_col else [])
        if self.rng.random() < 0.2:
            cols.append("extra")
        if self.rng.random() < 0.3:
            self.rng.shuffle(cols)
        data = os.path.join(outdir, "data.csv")
        with open(data, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            for r in self.rows:
                r = dict(r, extra="zz")
                w.writerow(r)
        meta = {
            "seed": self.seed,
            "rubrics": files,
            "data": data,
            "years": [self.data_years[0] - 1, self.data_years[-1] + 3],
        }
        with open(os.path.join(outdir, "set.json"), "w", encoding="utf-8") as fh:
            json.dump(meta, fh, indent=1)
        return meta


def generate(seed: int, outdir: str, n_rubrics: int | None = None) -> dict:
    return Gen(seed).write(outdir, n_rubrics)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="generate a random polscore rubric set")
    ap.add_argument("seed", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--rubrics", type=int, default=None, help="number of rubrics (default: 1-3 at random)")
    args = ap.parse_args(argv)
    meta = generate(args.seed, args.outdir, args.rubrics)
    json.dump(meta, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
