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


def fullwidth(s: str) -> str:
    return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


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
    def __init__(self, seed: int, features: bool = False):
        self.rng = random.Random(seed)
        self.seed = seed
        rng = self.rng
        self.y0 = rng.randint(2012, 2022)
        # data years: a few before y0 (context before the period), up to y0+6
        self.data_years = list(range(self.y0 - 2, self.y0 + 7))
        self.rows: list[dict] = []
        self.status_col = rng.random() < 0.6
        # --features new: every feature of the amended SPEC (no rng draw without it)
        self.new = features
        self.basis = "fiscal"  # year_basis of the indicator being written
        if features:
            self.ratio_cols = rng.choice([("numerator", "denominator"), ("分子", "分母")])
            self.ja_cols = rng.random() < 0.3
            self.year_forms = rng.random() < 0.7  # write years in the other forms of SPEC §2

    # ------------------------------------------------------------------ rows

    def row(self, ind_id: str, year: int, value: str, status: str = "", num: str = "", den: str = ""):
        rng = self.rng
        note = rng.choice(NOTES)
        if value == "" and rng.random() < 0.5:
            note = rng.choice(["公表予定", "調査未実施", "", "n/a"])
        if not self.status_col:
            status = ""
        r = {"indicator": ind_id, "year": str(year), "value": value, "note": note, "status": status}
        if self.new:
            r["year"] = self.fmt_year(year)
            r.update(numerator=num, denominator=den, _y=year, _first=year)
        self.rows.append(r)

    # ------------------------------------------------------------------ new features

    def fmt_year(self, y: int) -> str:
        """A year in one of the forms of SPEC §2 for the current year_basis."""
        rng = self.rng
        if not self.year_forms:
            return str(y)
        reiwa = "元" if y == 2019 else str(y - 2018)
        if self.basis == "calendar":
            forms = [str(y), f"{y}年", f"CY{y}"] + ([f"令和{reiwa}年"] if y >= 2019 else [])
        else:
            forms = [str(y), f"FY{y}", f"{y}年度", fullwidth(f"{y}年度")]
            if y >= 2019:
                forms += [f"令和{reiwa}年度", f"R{y - 2018}", fullwidth(f"令和{reiwa}年度")]
            elif y >= 1989:
                forms += [f"平成{y - 1988}年度", f"H{y - 1988}"]
        return rng.choice(forms)

    def fmt_span(self, a: int, b: int) -> str:
        rng = self.rng
        forms = [f"{a}..{b}", f"{a}～{b}"]
        if self.basis == "fiscal" and a >= 2019:
            ra = "元" if a == 2019 else str(a - 2018)
            forms.append(f"令和{ra}～{b - 2018}年度")
        return rng.choice(forms)

    def ratio_cells(self, v, scale, unit):
        """(value, numerator, denominator) cells of a ratio row whose value is about v (>= 0):
        exactly v when the fraction is small enough, else a nearby non-terminating one."""
        rng = self.rng
        v = max(Fraction(v), Fraction(0))
        q = v / scale
        if q.denominator <= 400 and rng.random() < 0.65:
            k = rng.randint(1, max(1, 400 // q.denominator))
            n, d = q.numerator * k, q.denominator * k
        else:
            d = rng.choice([3, 6, 7, 9, 11, 192, 203])
            n = round(v * d / scale)
        form = rng.random()
        if form < 0.35:
            return f"{n}/{d}", "", ""
        display = ""
        if form > 0.75:  # a display value, within one unit of its last digit
            display = f"{float(Fraction(n, d) * scale):.1f}" + ("%" if unit == "%" else "")
        return display, str(n), str(d)

    def ratio_lines(self, unit) -> tuple[list[str], Fraction]:
        rng = self.rng
        lines = ['measure = "ratio"']
        if unit == "%":
            scale = 100
            if rng.random() < 0.3:
                lines.append("scale = 100")
        else:
            scale = rng.choice([1, 1, 10, 1000])
            if scale != 1 or rng.random() < 0.3:
                lines.append(f"scale = {scale}")
        return lines, Fraction(scale)

    def make_spans(self, start: int, s_lo):
        """Merge runs of 2-3 consecutive valued years of the indicator whose rows begin at
        self.rows[start] into span rows (accumulated indicators), preferring runs next to a gap."""
        rng = self.rng
        rows = self.rows[start:]
        valued = {r["_y"]: r for r in rows if r["value"] != "" and (s_lo is None or r["_y"] >= s_lo)}
        cands = []
        for a in sorted(valued):
            for ln in (2, 3):
                if all(a + i in valued for i in range(ln)):
                    cands.append((a, a + ln - 1))
        if not cands:
            return
        near_gap = [c for c in cands if c[0] - 1 not in valued or c[1] + 1 not in valued]
        chosen = []
        for _ in range(rng.choice([1, 1, 2])):
            pool = [c for c in (near_gap if near_gap and rng.random() < 0.7 else cands)
                    if all(c[1] < o[0] or o[1] < c[0] for o in chosen)]
            if pool:
                chosen.append(rng.choice(pool))
        for (a, b) in chosen:
            total = sum(Fraction(valued[y]["value"]) for y in range(a, b + 1))
            keep = valued[b]
            self.rows[start:] = [r for r in self.rows[start:] if not (a <= r["_y"] <= b)]
            keep = dict(keep, value=frac_str(total), year=self.fmt_span(a, b), _first=a)
            keep["note"] = rng.choice(["", "過去３年度の合計", keep["note"]])
            self.rows.append(keep)

    def within_indicator(self, ind_id: str, scoring, years=None) -> list[str]:
        """direction = "within" with a band [low, high]; values on the bounds, inside, outside."""
        rng = self.rng
        lo, hi = rng.choice([(0, 1), (0, 0), (60, 60), (10, 20), (50, 80), (2.5, 7.5), (95, 100)])
        lines = ['kind = "target"', 'direction = "within"', f"target = [{fmt_num(lo)}, {fmt_num(hi)}]"]
        L, H = Fraction(str(lo)), Fraction(str(hi))
        prog = Fraction(repr(float(scoring.get("progressing", 0.8))))
        cands = [L, H, L, H, (L + H) / 2, L - 1, H + 1, L * prog, 2 * H + 1, L / 2, Fraction(0)]
        if H > 0:
            cands.append(H / prog)
        if years is None:
            plan = [(y, None) for y in self.years_for()]
        else:  # the showcase: both bounds exactly, inside, below and above, in random order
            vals = [H, L, H + 1, L - 1, (L + H) / 2, L][: len(years)]
            rng.shuffle(vals)
            plan = list(zip(years, vals))
        prev = None
        for (y, fv) in plan:
            if fv is None and rng.random() < 0.12:
                self.row(ind_id, y, "", self.empty_status())
                continue
            v = fv if fv is not None else rng.choice(cands + ([prev, prev + 1, prev - 1] if prev is not None else []))
            v = Fraction(v)
            if (v * 4).denominator != 1:
                v = Fraction(round(float(v), 1)).limit_denominator(10)
            prev = v
            self.row(ind_id, y, frac_str(v), self.value_status())
        return lines

    def assessment_lines(self) -> list[str]:
        """assessment (a rating id or its Japanese label) and/or assessment_note."""
        rng = self.rng
        out = []
        if rng.random() < 0.6:
            ids = ["exceeded", "met", "progressing", "limited", "not_progressing"]
            ja = ["目標超過達成", "目標達成", "相当程度進展あり", "進展が大きくない", "目標に向かっていない"]
            out.append(f"assessment = {tstr(rng.choice(ids + ja))}")
        if rng.random() < 0.4:
            note = rng.choice(["概ね順調に進展", "評価は次年度", 'say "ok", then'])
            out.append(f"assessment_note = {tstr(note)}")
        return out

    def empty_status(self) -> str:
        return self.rng.choice(["", "pending", "not_conducted", "na"])

    def value_status(self) -> str:
        return "provisional" if self.rng.random() < 0.15 else ""

    def years_for(self, gap=0.15):
        return [y for y in self.data_years if self.rng.random() >= gap]

    # ------------------------------------------------------------------ target

    def target_indicator(self, ind_id: str, period, scoring, unit=None) -> list[str]:
        rng = self.rng
        if self.new and rng.random() < 0.2:
            return self.within_indicator(ind_id, scoring)
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
        ratio = False
        if self.new and not accumulate and rng.random() < 0.3:
            ratio = True
            rlines, scale = self.ratio_lines(unit)
            lines += rlines
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

        if self.new and target_year is not None and rng.random() < 0.5:
            # a yearly schedule (targets): years up to target_year, often target_year itself
            yrs = [y for y in self.data_years if y <= target_year]
            pick = rng.sample(yrs, min(len(yrs), rng.randint(1, 3)))
            if rng.random() < 0.5 and target_year not in pick:
                pick.append(target_year)
            sched = {y: round(float(t_of(y))) + rng.choice([0, 0, 1, -1, 5, -5, 10]) for y in sorted(pick)}
            lines.append("targets = { " + ", ".join(
                (str(y) if rng.random() < 0.6 else f'"{y}"') + f" = {v}" for y, v in sched.items()) + " }")
            path_t = t_of

            def t_of(y):  # noqa: F811 - T(y): the schedule first
                return Fraction(sched[y]) if y in sched else path_t(y)

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
            elif ratio:
                val, n, d = self.ratio_cells(v, scale, unit)
                prev = max(v, Fraction(0))
                self.row(ind_id, y, val, self.value_status(), num=n, den=d)
            else:
                prev = v
                self.row(ind_id, y, frac_str(v), self.value_status())
        return lines

    # ------------------------------------------------------------------ reference

    def reference_indicator(self, ind_id: str, scoring, unit=None) -> list[str]:
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
        ratio = False
        if self.new and not accumulate and rng.random() < 0.25:
            ratio = True
            rlines, scale = self.ratio_lines(unit)
            lines += rlines
        if rng.random() < 0.05:
            return lines
        band = scoring.get("stable_band", 0.01)
        base = rng.choice([100, 200, 50, 0, 10, 1000])
        g = rng.choice([0, band, -band, 2 * band, -2 * band, 0.5 * band, 0.1, -0.1, None])
        y_first = None
        vals = []
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
            if ratio:
                val, n, dd = self.ratio_cells(Fraction(csv_num(v)), scale, unit)
                self.row(ind_id, y, val, self.value_status(), num=n, den=dd)
                continue
            self.row(ind_id, y, csv_num(v), self.value_status())
            vals.append(Fraction(csv_num(v)))
        if self.new and rng.random() < 0.5:
            # a benchmark (direction + target): met exactly, met, not met
            if not d:
                d = rng.choice(["at_least", "at_most"])
                lines.append(f'direction = "{d}"')
            if accumulate:
                vals = [sum(vals[: i + 1], Fraction(0)) for i in range(len(vals))]
            t = rng.choice(vals[-1:] * 2 + vals + [Fraction(0), Fraction(10), Fraction(100), Fraction(1000)])
            lines.append(f"target = {frac_str(t)}")
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
            if self.new and index == 0:
                period = None  # the first rubric carries the showcase field: keep it scored
        if period:
            out.append(f"period = [{period[0]}, {period[1]}]")
        if rng.random() < 0.3:
            out.append(f"source = {tstr('外務省 令和6年度政策評価書')}")
        if self.new:
            out += self.assessment_lines()
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
        if self.new and rng.random() < 0.35:
            codes = rng.sample(["goal-without-rated-indicator", "baseline-meets-target"], rng.randint(0, 2))
            out += ["", "[lints]", "allow = [" + ", ".join(tstr(c) for c in codes) + "]"]
        for fi in range(rng.randint(1, 3)):
            fid = f"{prefix}.f{fi}"
            out += ["", "[[field]]", f"id = {tstr(fid)}", f"title = {tstr('分野 ' + str(fi))}"]
            w = rng.choice([None, None, 0.5, 1, 2, 1.0])
            if w is not None:
                out.append(f"weight = {fmt_num(w)}")
            if self.new:
                out += self.assessment_lines()
            n_goals = 0 if rng.random() < 0.04 else rng.randint(1, 3)
            for gi in range(n_goals):
                gid = f"{fid}.g{gi}"
                out += ["", "[[field.goal]]", f"id = {tstr(gid)}", f"text = {tstr('目標 ' + gid)}"]
                w = rng.choice([None, None, 0.5, 1, 2])
                if w is not None:
                    out.append(f"weight = {fmt_num(w)}")
                if self.new:
                    out += self.assessment_lines()
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
                    if self.new:
                        self.basis = rng.choice(["calendar", "fiscal", "fiscal", "fiscal"])
                        if self.basis == "calendar" or rng.random() < 0.1:
                            out.append(f'year_basis = "{self.basis}"')
                    if kind == "target":
                        ind_lines = self.target_indicator(iid, period, scoring, unit)
                    elif kind == "reference":
                        ind_lines = self.reference_indicator(iid, scoring, unit)
                    else:
                        ind_lines = self.milestone_indicator(iid)
                    out += ind_lines
                    if self.new and "accumulate = true" in ind_lines and rng.random() < 0.6:
                        self.make_spans(saved, period[0] if period else None)
                    self.basis = "fiscal"
                    if no_data:
                        # keep only empty rows (or none)
                        self.rows[saved:] = [r for r in self.rows[saved:] if r["value"] == "" and not r.get("numerator")]
                    p = rng.random()
                    if p < 0.3:
                        out.append("primary = true")
                    elif p < 0.4:
                        out.append("primary = false")
                    w = rng.choice([None, None, 0.5, 1, 2, 1.0])
                    if w is not None:
                        out.append(f"weight = {fmt_num(w)}")
        if self.new and index == 0:
            out += self.showcase(prefix, period, scoring)
        return pid, out

    def showcase(self, prefix: str, period, scoring) -> list[str]:
        """A field that uses every new feature at its edges (--features new, first rubric):
        a band's bounds exactly, ratios exact and non-terminating, a schedule year equal to
        target_year, calendar years, spans next to gaps, benchmarks met and not met."""
        rng = self.rng
        b = period[0] if period else self.data_years[0] + 1
        fid = f"{prefix}.sc"
        out = ["", "[[field]]", f"id = {tstr(fid)}", f"title = {tstr('新たな記載事項')}", 'assessment = "met"']
        if rng.random() < 0.5:
            out.append(f"assessment_note = {tstr('所期の目標を達成')}")

        def goal(gid, assessment):
            out.extend(["", "[[field.goal]]", f"id = {tstr(gid)}", f"text = {tstr('目標 ' + gid)}"])
            if assessment:
                out.append(f"assessment = {tstr(assessment)}")

        def ind(iid, lines):
            out.extend(["", "[[field.goal.indicator]]", f"id = {tstr(iid)}", f"name = {tstr('指標 ' + iid)}"] + lines)

        def span(iid, a, z, value):
            self.row(iid, z, value, self.value_status())
            self.rows[-1].update(year=self.fmt_span(a, z), _first=a)

        goal(f"{fid}.g0", rng.choice(["目標達成", "相当程度進展あり", "進展が大きくない", "limited"]))
        # a band, both bounds exactly
        iid = f"{fid}.g0.band"
        ind(iid, self.within_indicator(iid, scoring, years=[b + i for i in range(rng.randint(4, 6))]))
        # a ratio: exact (1/2, 45/90) and non-terminating (97/192, 1/3, 2/3)
        iid = f"{fid}.g0.ratio"
        ind(iid, ['kind = "target"', 'unit = "%"', 'measure = "ratio"', f"target = {rng.choice([50, 40])}"]
            + (["scale = 100"] if rng.random() < 0.3 else []))
        self.row(iid, b, "1/2", self.value_status())
        self.row(iid, b + 1, "", self.value_status(), num="97", den="192")
        self.row(iid, b + 2, "1/3")
        self.row(iid, b + 3, "50%", num="45", den="90")
        self.row(iid, b + 4, "66.7%", self.value_status(), num="2", den="3")
        self.row(iid, b + 5, "", "pending")
        # a schedule with a year equal to target_year, on calendar years
        iid = f"{fid}.g0.sched"
        self.basis = "calendar"
        ind(iid, ['kind = "target"', 'year_basis = "calendar"', f"baseline = {{ year = {b - 1}, value = 10 }}",
                  "target = 40", f"target_year = {b + 3}", f"targets = {{ {b + 1} = 25, \"{b + 3}\" = 45 }}"])
        for (y, v) in [(b, "17.5"), (b + 1, "25"), (b + 2, rng.choice(["32.5", "30"])), (b + 3, rng.choice(["45", "44"])),
                       (b + 4, "41")]:
            self.row(iid, y, v, self.value_status())
        self.basis = "fiscal"
        # spans: one followed by a gap, one preceded by a gap
        iid = f"{fid}.g0.acc1"
        ind(iid, ['kind = "target"', "accumulate = true", "target = 20"])
        self.row(iid, b, "2")
        span(iid, b + 1, b + 3, "8")
        self.row(iid, b + 5, "3")  # b + 4: no row, a gap
        iid = f"{fid}.g0.acc2"
        ind(iid, ['kind = "target"', "accumulate = true", "target = 10", f"target_year = {b + 4}"])
        self.row(iid, b, "2")
        self.row(iid, b + 1, "", "pending")
        span(iid, b + 2, b + 3, "5")
        self.row(iid, b + 4, "1")
        # a calendar-year milestone
        iid = f"{fid}.g0.ms"
        self.basis = "calendar"
        ind(iid, ['kind = "milestone"', 'year_basis = "calendar"', f"due = {b + 2}"])
        for y in range(b, b + 4):
            self.row(iid, y, rng.choice(["achieved", "in_progress", "not_started"]))
        self.basis = "fiscal"

        goal(f"{fid}.g1", None)
        # benchmarks: met exactly (running total with a span), met, not met (a ratio)
        iid = f"{fid}.g1.acc3"
        ind(iid, ['kind = "reference"', "accumulate = true", 'direction = "at_least"', "target = 9"])
        span(iid, b, b + 1, "4")
        self.row(iid, b + 2, "3")
        self.row(iid, b + 3, "2")
        iid = f"{fid}.g1.refmet"
        ind(iid, ['kind = "reference"', 'direction = "at_most"', "target = 100"])
        for (y, v) in [(b, "80"), (b + 1, "90"), (b + 2, "100")]:
            self.row(iid, y, v)
        iid = f"{fid}.g1.refnot"
        ind(iid, ['kind = "reference"', 'measure = "ratio"', "scale = 1000", 'direction = "at_least"', "target = 1000"])
        for (y, n, d) in [(b, "3", "7"), (b + 1, "5", "9"), (b + 2, "1", "3")]:
            self.row(iid, y, "", num=n, den=d)
        return out

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
        if self.new:
            cols += ["numerator", "denominator"]
        if self.rng.random() < 0.2:
            cols.append("extra")
        if self.rng.random() < 0.3:
            self.rng.shuffle(cols)
        if self.new:  # column names: ratio columns in English or Japanese, other Japanese aliases
            names = {"numerator": self.ratio_cols[0], "denominator": self.ratio_cols[1]}
            if self.ja_cols:
                names.update(indicator="指標", year="年度", value=self.rng.choice(["実績値", "値"]), note="備考")
            cols = [names.get(c, c) for c in cols]
            self.rows = [{names.get(k, k): v for k, v in r.items()} for r in self.rows]
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


def generate(seed: int, outdir: str, n_rubrics: int | None = None, features: bool = False) -> dict:
    return Gen(seed, features).write(outdir, n_rubrics)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="generate a random polscore rubric set")
    ap.add_argument("seed", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--rubrics", type=int, default=None, help="number of rubrics (default: 1-3 at random)")
    ap.add_argument("--features", choices=["today", "new"], default="today",
                    help="new: also use every feature added to the SPEC with the amendment (targets, ratio, "
                         "spans, within, benchmarks, calendar years, assessments, lints)")
    args = ap.parse_args(argv)
    meta = generate(args.seed, args.outdir, args.rubrics, args.features == "new")
    json.dump(meta, sys.stdout, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
