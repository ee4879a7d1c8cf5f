"""Hand-computed cases for the oracle's rules of the amended SPEC (targets schedules, ratios,
spans, within bands, reference benchmarks, calendar years, assessments, lints).

    python3 -m unittest tests/oracle/test_oracle.py

Every expected number is worked out by hand in the comment next to it.
"""
from __future__ import annotations

import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import oracle  # noqa: E402

HEAD = """schema = 1
[policy]
id = "p"
title = "t"
{policy}
{extra}
[[field]]
id = "f"
title = "F"
{field}
[[field.goal]]
id = "g"
text = "G"
{goal}
"""


def indicator(iid: str, body: str) -> str:
    return f'\n[[field.goal.indicator]]\nid = "{iid}"\nname = "{iid}"\n{body}\n'


class Case(unittest.TestCase):
    def run_oracle(self, indicators: str, data: str, year=None, policy="", field="", goal="", extra=""):
        with tempfile.TemporaryDirectory() as d:
            rub = os.path.join(d, "r.toml")
            csv = os.path.join(d, "d.csv")
            with open(rub, "w", encoding="utf-8") as fh:
                fh.write(HEAD.format(policy=policy, extra=extra, field=field, goal=goal) + indicators)
            with open(csv, "w", encoding="utf-8") as fh:
                fh.write(data)
            return oracle.public(oracle.report([rub], [csv], year))["rubrics"][0]

    def ind(self, rubric: dict, iid: str) -> dict:
        for f in rubric["fields"]:
            for g in f["goals"]:
                for i in g["indicators"]:
                    if i["id"] == iid:
                        return i
        raise KeyError(iid)

    def point(self, ind: dict, year: int) -> dict:
        return next(p for p in ind["series"] if p["year"] == year)


class Years(Case):
    def test_fiscal_forms(self):
        # 令和 N = 2018 + N, 平成 N = 1988 + N, 昭和 N = 1925 + N; 元 = 1; full-width digits
        for text, year in [("2023", 2023), ("FY2023", 2023), ("2023年度", 2023), ("令和5年度", 2023),
                           ("令和５年度", 2023), ("令和元年度", 2019), ("R5", 2023), ("H30", 2018),
                           ("平成30年度", 2018), ("昭和64年度", 1989), ("２０２３年度", 2023)]:
            self.assertEqual(oracle.parse_year(text), (year, year, False), text)

    def test_calendar_forms(self):
        for text in ["2023", "2023年", "令和5年", "CY2023"]:
            self.assertEqual(oracle.parse_year(text), (2023, 2023, False), text)

    def test_span_forms(self):
        # 令和3～5年度: the right end takes the left end's era: 2018+3 .. 2018+5
        for text in ["2021..2023", "2021～2023", "令和3～5年度", "令和3年度～令和5年度"]:
            self.assertEqual(oracle.parse_year(text), (2021, 2023, True), text)
        with self.assertRaises(ValueError):
            oracle.parse_year("2023..2021")  # choice: the first year must come before the last


class Numbers(Case):
    def test_forms(self):
        self.assertEqual(oracle.parse_number("1,523").q, 1523)
        self.assertEqual(oracle.parse_number("約266万").q, 2660000)  # 266 × 10000
        self.assertEqual(oracle.parse_number("85.2％", "%").f, 85.2)
        self.assertEqual(oracle.parse_number("20回", "回").q, 20)


class Ratio(Case):
    IND = indicator("r", 'kind = "target"\nunit = "%"\nmeasure = "ratio"\ntarget = 50')

    def test_columns_non_terminating(self):
        # 97 / 192 × 100 = 50.520833… ; at_least, target 50: met; a = 50.520833… / 50 = 1.0104166…
        # (< exceeded 1.2, so met, not exceeded). The empty `value` cell does not matter.
        r = self.run_oracle(self.IND, "indicator,year,value,numerator,denominator\nr,2023,,97,192\n")
        i = self.ind(r, "r")
        self.assertAlmostEqual(i["value"], 50.520833333333336, places=12)
        self.assertAlmostEqual(i["achievement"], 1.0104166666666667, places=12)
        self.assertEqual(i["rating"], "met")
        self.assertEqual(i["measure"], "ratio")
        p = self.point(i, 2023)
        self.assertEqual((p["numerator"], p["denominator"]), (97, 192))
        self.assertEqual(r["as_of"], 2023)  # a ratio row has a value with an empty value cell

    def test_value_form_exact(self):
        # "1/2" × 100 = 50 exactly = target: met, a = 50 / 50 = 1
        r = self.run_oracle(self.IND, "indicator,year,value\nr,2023,1/2\n")
        i = self.ind(r, "r")
        self.assertEqual((i["value"], i["achievement"], i["rating"]), (50, 1, "met"))
        self.assertEqual((i["series"][0]["numerator"], i["series"][0]["denominator"]), (1, 2))

    def test_display_value_is_not_the_value(self):
        # 分子/分母 columns; the value cell "51%" is for display only: 45 / 90 × 100 = 50
        r = self.run_oracle(self.IND, "指標,年度,値,分子,分母\nr,令和5年度,51%,45,90\n")
        self.assertEqual(self.ind(r, "r")["value"], 50)

    def test_scale(self):
        # no `%` unit: scale defaults to 1: 3 / 4 × 1 = 0.75 ; explicit scale 1000: 3 / 7 × 1000 = 428.571428…
        inds = (indicator("a", 'kind = "reference"\nmeasure = "ratio"')
                + indicator("b", 'kind = "reference"\nmeasure = "ratio"\nscale = 1000'))
        r = self.run_oracle(inds, "indicator,year,value\na,2023,3/4\nb,2023,3/7\n")
        self.assertEqual(self.ind(r, "a")["value"], 0.75)
        self.assertAlmostEqual(self.ind(r, "b")["value"], 428.57142857142856, places=10)

    def test_denominator_zero_is_an_error(self):
        with self.assertRaises(ValueError):
            self.run_oracle(self.IND, "indicator,year,value\nr,2023,1/0\n")


class Schedule(Case):
    IND = indicator("s", 'kind = "target"\nbaseline = { year = 2020, value = 10 }\ntarget = 40\n'
                         'target_year = 2024\ntargets = { 2022 = 30, "2024" = 45 }')

    def test_targets_first(self):
        data = "indicator,year,value\n" + "".join(f"s,{y},{v}\n" for y, v in
                                                  [(2021, 17.5), (2022, 30), (2023, 20), (2024, 42), (2025, 40)])
        r = self.run_oracle(self.IND, data, year=2024)
        i = self.ind(r, "s")
        t = {p["year"]: p["target"] for p in i["series"]}
        # T(2021) = 10 + (40 - 10) × 1/4 = 17.5 (path); T(2022) = 30 (schedule);
        # T(2023) = 10 + 30 × 3/4 = 32.5 (path: schedule years are not anchors);
        # T(2024) = 45 (schedule, a year equal to target_year, before `target` = 40)
        self.assertEqual(t, {2021: 17.5, 2022: 30, 2023: 32.5, 2024: 45})
        # 2024: 42 < 45: a = (42 - 10) / (45 - 10) = 32/35 = 0.9142857… >= 0.8: progressing
        self.assertEqual(i["rating"], "progressing")
        self.assertAlmostEqual(i["achievement"], 32 / 35, places=12)
        # 2023: 20 < 32.5, a = (20 - 10) / 22.5 = 0.444…; previous 30 (2022): 20 <= 30: not_progressing
        self.assertEqual(self.point(i, 2023)["rating"], "not_progressing")
        self.assertEqual(i["targets"], {"2022": 30, "2024": 45})
        # outlook: target_year 2024 is not after as_of 2024: none
        self.assertIsNone(i["outlook"])
        # 2025 is after as_of 2024: ignored; with as_of 2025, T(2025) = target 40 and 40 >= 40: met
        i = self.ind(self.run_oracle(self.IND, data), "s")
        self.assertEqual((self.point(i, 2025)["target"], i["rating"]), (40, "met"))


class Within(Case):
    def test_bounds_are_met(self):
        # band [0, 1]: 1 and 0 are inside (met, achievement 1), never exceeded
        ind = indicator("w", 'kind = "target"\ndirection = "within"\ntarget = [0, 1]')
        r = self.run_oracle(ind, "indicator,year,value\nw,2021,1\nw,2022,0\n")
        i = self.ind(r, "w")
        self.assertEqual([(p["rating"], p["achievement"], p["target"]) for p in i["series"]],
                         [("met", 1, [0, 1]), ("met", 1, [0, 1])])
        self.assertEqual((i["target"], i["direction"], i["outlook"]), ([0, 1], "within", None))

    def test_above(self):
        # above [0, 1]: at_most with T = 1: a = 1 / v
        # 2021: 3, a = 1/3, no previous point: limited
        # 2022: 2, a = 0.5, distance 1 < 2 (shrank): limited
        # 2023: 2, distance 1 = 1 (did not shrink): not_progressing
        # 2024: 1.25, a = 1 / 1.25 = 0.8 >= progressing 0.8: progressing
        ind = indicator("w", 'kind = "target"\ndirection = "within"\ntarget = [0, 1]')
        r = self.run_oracle(ind, "indicator,year,value\nw,2021,3\nw,2022,2\nw,2023,2\nw,2024,1.25\n")
        s = self.ind(r, "w")["series"]
        self.assertEqual([p["rating"] for p in s], ["limited", "limited", "not_progressing", "progressing"])
        self.assertAlmostEqual(s[0]["achievement"], 1 / 3, places=12)
        self.assertEqual(s[3]["achievement"], 0.8)

    def test_below_and_across(self):
        # band [10, 20]; below: at_least with T = 10, a = v / 10
        # 2021: 8, a = 0.8: progressing ; 2022: 5, a = 0.5, distance 5 > 2: not_progressing
        # 2023: 23 (above), a = 20 / 23 = 0.8695… >= 0.8: progressing
        # 2024: 30, a = 20/30 = 0.667, distance 10 > 3: not_progressing
        # 2025: 7, a = 0.7, distance 3 < 10 (shrank, from the other side): limited
        ind = indicator("w", 'kind = "target"\ndirection = "within"\ntarget = [10, 20]')
        r = self.run_oracle(ind, "indicator,year,value\nw,2021,8\nw,2022,5\nw,2023,23\nw,2024,30\nw,2025,7\n")
        s = self.ind(r, "w")["series"]
        self.assertEqual([p["rating"] for p in s],
                         ["progressing", "not_progressing", "progressing", "not_progressing", "limited"])

    def test_degenerate_band_at_zero(self):
        # band [0, 0] ("zero incidents"): 0 met; 2 above: a = 0 / 2 = 0 <= 0: not_progressing
        ind = indicator("w", 'kind = "target"\ndirection = "within"\ntarget = [0, 0]')
        r = self.run_oracle(ind, "indicator,year,value\nw,2021,0\nw,2022,2\n")
        self.assertEqual([p["rating"] for p in self.ind(r, "w")["series"]], ["met", "not_progressing"])


class Spans(Case):
    ACC = indicator("a", 'kind = "target"\naccumulate = true\ntarget = 20')

    def test_span_then_gap(self):
        # s = 2020 (earliest row). 2020: 2; span 2021..2023 of 8: total 2 + 8 = 10 at 2023, span [2021, 2023];
        # 2024 has no row: a gap; 2025: no running total (value null, no_data, note kept).
        # as_of = 2025 (the row after the gap still has a value). Rated at 2023: stale.
        # 2023: baseline (2019, 0): a = (10 - 0) / (20 - 0) = 0.5; previous 2 < 10 (moved): limited
        data = "indicator,year,value,note\na,2020,2,\na,2021..2023,8,過去３年度\na,2025,3,after\n"
        r = self.run_oracle(self.ACC, data)
        i = self.ind(r, "a")
        self.assertEqual(r["as_of"], 2025)
        self.assertEqual([(p["year"], p["value"], p["span"]) for p in i["series"]],
                         [(2020, 2, None), (2023, 10, [2021, 2023]), (2025, None, None)])
        self.assertEqual(self.point(i, 2025)["rating"], "no_data")
        self.assertEqual(self.point(i, 2025)["note"], "after")
        self.assertEqual((i["year"], i["value"], i["stale"], i["rating"], i["achievement"]),
                         (2023, 10, True, "limited", 0.5))

    def test_gap_then_span(self):
        # 2020: 2; 2021: empty (pending) breaks the total; the span 2022～2023 has no running total
        data = "indicator,year,value,status\na,2020,2,\na,2021,,pending\na,2022～2023,5,\n"
        i = self.ind(self.run_oracle(self.ACC, data), "a")
        self.assertEqual([(p["year"], p["value"]) for p in i["series"]], [(2020, 2), (2021, None), (2023, None)])
        self.assertEqual((i["year"], i["stale"]), (2020, True))

    def test_span_first_sets_s(self):
        # no period: s = the first year of the earliest row, a span's first year: 2021.
        # 令和3～5年度 = 2021..2023 of 6, then 2024: 4: totals 6, 10; 10 / 20 = 0.5, previous 6: limited
        data = "indicator,year,value\na,令和3～5年度,6\na,2024,4\n"
        i = self.ind(self.run_oracle(self.ACC, data), "a")
        self.assertEqual([(p["year"], p["value"], p["span"]) for p in i["series"]],
                         [(2023, 6, [2021, 2023]), (2024, 10, None)])

    def test_span_after_as_of_is_left_out(self):
        # --year 2022: the span 2021..2023 (a point at 2023) is after as_of and left out
        data = "indicator,year,value\na,2020,2\na,2021..2023,8\n"
        i = self.ind(self.run_oracle(self.ACC, data, year=2022), "a")
        self.assertEqual([(p["year"], p["value"]) for p in i["series"]], [(2020, 2)])

    def test_errors(self):
        # a span on an indicator without accumulate
        with self.assertRaises(ValueError):
            self.run_oracle(indicator("v", 'kind = "target"\ntarget = 1'), "indicator,year,value\nv,2021..2022,1\n")
        # a span overlapping a row of its own indicator
        with self.assertRaises(ValueError):
            self.run_oracle(self.ACC, "indicator,year,value\na,2021..2023,8\na,2022,1\n")
        # a span that starts before s = period[0] = 2022 and ends at or after it
        with self.assertRaises(ValueError):
            self.run_oracle(self.ACC, "indicator,year,value\na,2021..2023,8\n", policy="period = [2022, 2024]")


class Benchmark(Case):
    def test_met_and_not_met(self):
        inds = (indicator("m", 'kind = "reference"\ndirection = "at_most"\ntarget = 100')
                + indicator("n", 'kind = "reference"\ndirection = "at_least"\ntarget = 1000\n'
                                 'measure = "ratio"\nscale = 1000')
                + indicator("plain", 'kind = "reference"\ndirection = "at_least"'))
        data = "indicator,year,value\nm,2022,80\nm,2023,100\nn,2023,3/7\nplain,2023,5\n"
        r = self.run_oracle(inds, data)
        m, n, plain = self.ind(r, "m"), self.ind(r, "n"), self.ind(r, "plain")
        # at_most, 100 <= 100: met; a = T / v = 100 / 100 = 1
        self.assertEqual((m["meets_target"], m["achievement"], m["rating"], m["target"]), (True, 1, "not_rated", 100))
        # at_least, 3/7 × 1000 = 428.571… < 1000: not met; a = 428.571… / 1000 = 0.428571…
        self.assertFalse(n["meets_target"])
        self.assertAlmostEqual(n["achievement"], 3 / 7, places=12)
        # no benchmark (no target): meets_target and achievement null
        self.assertEqual((plain["meets_target"], plain["achievement"], plain["target"]), (None, None, None))
        # the goal has only reference indicators: not_rated; its points carry no target/achievement
        self.assertEqual(r["fields"][0]["goals"][0]["rating"], "not_rated")
        self.assertEqual((m["series"][1]["target"], m["series"][1]["achievement"]), (None, None))

    def test_no_value(self):
        ind = indicator("m", 'kind = "reference"\ndirection = "at_most"\ntarget = 100')
        r = self.run_oracle(ind + indicator("t", 'kind = "target"\ntarget = 1'), "indicator,year,value\nm,2023,\nt,2023,1\n")
        self.assertIsNone(self.ind(r, "m")["meets_target"])


class Calendar(Case):
    def test_calendar_years(self):
        # 2021年, CY2022, 令和5年 = 2021, 2022, 2023; scoring as usual (target 3, 3 >= 3: met)
        ind = indicator("c", 'kind = "target"\nyear_basis = "calendar"\ntarget = 3')
        r = self.run_oracle(ind, "indicator,year,value\nc,2021年,1\nc,CY2022,2\nc,令和5年,3\n")
        i = self.ind(r, "c")
        self.assertEqual([p["year"] for p in i["series"]], [2021, 2022, 2023])
        self.assertEqual((i["year_basis"], i["rating"], r["as_of"]), ("calendar", "met", 2023))


class Assessment(Case):
    IND = indicator("t", 'kind = "target"\ntarget = 10')
    DATA = "indicator,year,value\nt,2023,5\n"

    def test_ids_and_labels_never_change_ratings(self):
        # 5 / 10 = 0.5: no previous point: limited, whatever the book recorded
        r = self.run_oracle(self.IND, self.DATA, policy='assessment = "目標達成"\nassessment_note = "概ね達成"',
                            field='assessment = "exceeded"', goal='assessment_note = "次年度に評価"')
        g = r["fields"][0]["goals"][0]
        self.assertEqual((r["assessment"], r["assessment_note"], r["rating"]), ("met", "概ね達成", "limited"))
        self.assertEqual((r["fields"][0]["assessment"], r["fields"][0]["assessment_note"]), ("exceeded", None))
        self.assertEqual((g["assessment"], g["assessment_note"], g["rating"]), (None, "次年度に評価", "limited"))

    def test_every_label(self):
        for label, rid in oracle.RATINGS_JA.items():
            self.assertEqual(oracle.assessment_id({"assessment": label}), rid)
            self.assertEqual(oracle.assessment_id({"assessment": rid}), rid)
        with self.assertRaises(ValueError):
            oracle.assessment_id({"assessment": "Met"})  # choice: English labels are not accepted


class Lints(Case):
    def test_no_effect(self):
        ind = indicator("t", 'kind = "target"\ntarget = 10')
        data = "indicator,year,value\nt,2022,4\nt,2023,5\n"
        plain = self.run_oracle(ind, data)
        linted = self.run_oracle(ind, data, extra='[lints]\nallow = ["goal-without-rated-indicator"]\n')
        plain.pop("file"), linted.pop("file")  # temporary paths
        self.assertEqual(plain, linted)


class Defaults(Case):
    def test_new_keys_present(self):
        ind = indicator("t", 'kind = "target"\ntarget = 10') + indicator("m", 'kind = "milestone"')
        r = self.run_oracle(ind, "indicator,year,value\nt,2023,5\nm,2023,達成\n")
        t, m = self.ind(r, "t"), self.ind(r, "m")
        self.assertEqual((t["targets"], t["measure"], t["year_basis"], t["meets_target"]),
                         (None, "value", "fiscal", None))
        self.assertEqual((m["measure"], m["rating"]), ("value", "met"))  # 達成 = achieved
        p = t["series"][0]
        self.assertEqual((p["numerator"], p["denominator"], p["span"]), (None, None, None))
        for node in (r, r["fields"][0], r["fields"][0]["goals"][0]):
            self.assertIn("assessment", node)
            self.assertIn("assessment_note", node)


if __name__ == "__main__":
    unittest.main()
