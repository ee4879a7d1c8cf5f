#!/usr/bin/env python3
"""Cross-check the polscore binary's JSON report against the Python oracle.

    python3 tests/oracle/crosscheck.py [--bin target/debug/polscore] [-k 100] [--seed 1]
                                       [--keep tests/oracle/failures] [--max-print 20]
                                       [--features new]

For each seed: generate a rubric set (generate.py), run
`polscore score RUBRICS... --data data.csv --format json [--year Y]`, compute the oracle's
report (oracle.py) and compare every key of SPEC §5 at every level. Numbers compare with a
relative tolerance of 1e-9; strings, null and booleans exactly. `diagnostics` are not compared
(only that the key is a list). Failing sets are kept under --keep with both reports.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import generate  # noqa: E402
import oracle  # noqa: E402

REPO = os.path.dirname(os.path.dirname(HERE))

# keys that must be present at each level (SPEC §5)
KEYS = {
    "report": ["schema", "generator", "rubrics", "diagnostics"],
    "rubric": ["id", "as_of", "title", "title_en", "file", "rating", "fields"],
    "field": ["id", "title", "rating", "goals"],
    "goal": ["id", "text", "rating", "coverage", "indicators"],
    "coverage": ["rated", "with_data"],
    "indicator": [
        "id", "name", "kind", "unit", "primary", "direction", "target", "target_year",
        "baseline", "due", "accumulate", "rating", "year", "stale", "value", "achievement",
        "outlook", "trend", "series",
    ],
    "point": ["year", "value", "target", "achievement", "rating", "provisional", "note"],
    "baseline": ["year", "value"],
}
# keys of SPEC §5 added with the amendment (required with --features new)
NEW_KEYS = {
    "rubric": ["assessment", "assessment_note"],
    "field": ["assessment", "assessment_note"],
    "goal": ["assessment", "assessment_note"],
    "indicator": ["targets", "measure", "year_basis", "meets_target"],
    "point": ["numerator", "denominator", "span"],
}
CHILD = {"rubrics": "rubric", "fields": "field", "goals": "goal", "indicators": "indicator", "series": "point"}


def cargo_version() -> str:
    try:
        with open(os.path.join(REPO, "Cargo.toml"), encoding="utf-8") as fh:
            m = re.search(r'^version\s*=\s*"([^"]+)"', fh.read(), re.M)
            return m.group(1) if m else "0.1.0"
    except OSError:
        return "0.1.0"


def is_num(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def same(a, b) -> bool:
    if is_num(a) and is_num(b):
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)
    if type(a) is not type(b):
        return False
    if isinstance(a, list):  # a band [low, high], a span [first, last]
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):  # a targets schedule, year -> number
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b


def compare(exp, got, level: str, path: str, out: list, features: bool = False):
    """exp: oracle object of kind `level`; got: binary's. Appends (path, exp, got)."""
    if not isinstance(got, dict):
        out.append((path, exp, got))
        return
    for key in KEYS[level] + (NEW_KEYS.get(level, []) if features else []):
        p = f"{path}.{key}" if path else key
        if key not in got:
            out.append((p, exp.get(key, "<required key>"), "<missing>"))
            continue
        e, g = exp[key], got[key]
        if key == "diagnostics":
            if not isinstance(g, list):
                out.append((p, "<list>", g))
            continue
        if key in CHILD:
            if not isinstance(g, list) or len(g) != len(e):
                out.append((p + ".length", len(e), len(g) if isinstance(g, list) else g))
                if not isinstance(g, list):
                    continue
            for i, (ee, gg) in enumerate(zip(e, g)):
                ident = ee.get("id", ee.get("year", i))
                compare(ee, gg, CHILD[key], f"{p}[{i}:{ident}]", out, features)
            continue
        if key in ("coverage",) or (key == "baseline" and e is not None):
            if g is None or not isinstance(g, dict):
                out.append((p, e, g))
            else:
                compare(e, g, key, p, out, features)
            continue
        if not same(e, g):
            out.append((p, e, g))


def tolerate_edges(exp: dict, got, edges: list):
    """Where the oracle marked a decision fragile (float edge, see oracle.py) and the binary
    differs, take the binary's value, then recompute the oracle's aggregated ratings."""
    if not isinstance(got, dict) or not isinstance(got.get("rubrics"), list):
        return

    def fix(e, g, path):
        if not isinstance(g, dict):
            return
        for key in e.get("_fragile", []):
            if key in g and not same(e[key], g[key]):
                edges.append((f"{path}.{key}", e[key], g[key]))
                e[key] = g[key]

    for ri, (re_, rg) in enumerate(zip(exp["rubrics"], got["rubrics"])):
        try:
            for fi, (fe, fg) in enumerate(zip(re_["fields"], rg["fields"])):
                for gi, (ge, gg) in enumerate(zip(fe["goals"], fg["goals"])):
                    for ii, (ie, ig) in enumerate(zip(ge["indicators"], gg["indicators"])):
                        path = f"rubrics[{ri}].fields[{fi}].goals[{gi}].indicators[{ii}:{ie['id']}]"
                        fix(ie, ig, path)
                        if isinstance(ig.get("series"), list):
                            for pi, (pe, pg) in enumerate(zip(ie["series"], ig["series"])):
                                fix(pe, pg, f"{path}.series[{pi}:{pe['year']}]")
        except (KeyError, TypeError, AttributeError):
            pass  # malformed output: the strict comparison reports it
        oracle.reaggregate(re_)


def run_set(seed: int, workdir: str, binary: str, version: str, year_rng: random.Random,
            features: bool = False):
    meta = generate.generate(seed, workdir, features=features)
    year = None
    if year_rng.random() < 0.35:
        lo, hi = meta["years"]
        year = year_rng.randint(lo, hi)
    rubrics = [os.path.relpath(p) for p in meta["rubrics"]]
    data = os.path.relpath(meta["data"])
    cmd = [binary, "score", *rubrics, "--data", data, "--format", "json"]
    if year is not None:
        cmd += ["--year", str(year)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    exp = oracle.report(rubrics, [data], year, version)
    mism = []
    edges = []
    got = None
    if proc.returncode != 0:
        mism.append(("<exit status>", 0, f"{proc.returncode}: {proc.stderr.strip()[:2000]}"))
    else:
        try:
            got = json.loads(proc.stdout)
        except json.JSONDecodeError as e:
            mism.append(("<json>", "valid JSON", f"{e}: {proc.stdout[:300]!r}"))
        else:
            tolerate_edges(exp, got, edges)
            compare(exp, got, "report", "", mism, features)
    return cmd, exp, got, proc, mism, edges


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="cross-check polscore against the Python oracle")
    ap.add_argument("--bin", default=os.path.join("target", "debug", "polscore"))
    ap.add_argument("-k", "--sets", type=int, default=100, help="number of generated sets")
    ap.add_argument("--seed", type=int, default=1, help="first seed (seeds seed..seed+k-1)")
    ap.add_argument("--keep", default=os.path.join(HERE, "failures"), help="where failing sets are kept")
    ap.add_argument("--show-edges", action="store_true", help="print tolerated float-edge differences")
    ap.add_argument("--max-print", type=int, default=10, help="mismatches printed per failing set")
    ap.add_argument("--features", choices=["today", "new"], default="today",
                    help="new: generate sets with every feature of the amended SPEC and require its new report keys")
    args = ap.parse_args(argv)
    features = args.features == "new"

    binary = os.path.abspath(args.bin)
    if not os.path.exists(binary):
        print(f"crosscheck: binary not found: {binary} (run cargo build)", file=sys.stderr)
        return 2
    version = cargo_version()
    t0 = time.time()
    total_mism = 0
    n_edges = 0
    failing = []
    tmp_root = tempfile.mkdtemp(prefix="polscore-xc-")
    cwd = os.getcwd()
    try:
        for seed in range(args.seed, args.seed + args.sets):
            setdir = os.path.join(tmp_root, f"seed-{seed}")
            os.makedirs(setdir)
            os.chdir(setdir)  # relative paths: `file` is the path as passed
            try:
                cmd, exp, got, proc, mism, edges = run_set(seed, ".", binary, version, random.Random(seed * 7919 + 17),
                                                           features)
            finally:
                os.chdir(cwd)
            for (p, e, g) in edges:
                n_edges += 1
                if args.show_edges:
                    print(f"seed {seed}: float edge tolerated at {p}: oracle={e} binary={g}")
            if not mism:
                shutil.rmtree(setdir)
                continue
            total_mism += len(mism)
            failing.append(seed)
            keep = os.path.join(args.keep, f"seed-{seed}")
            shutil.rmtree(keep, ignore_errors=True)
            shutil.copytree(setdir, keep)
            with open(os.path.join(keep, "expected.json"), "w", encoding="utf-8") as fh:
                json.dump(oracle.public(exp), fh, ensure_ascii=False, indent=2)
            with open(os.path.join(keep, "actual.json"), "w", encoding="utf-8") as fh:
                fh.write(proc.stdout)
            with open(os.path.join(keep, "command.txt"), "w", encoding="utf-8") as fh:
                fh.write("cd " + keep + " && " + " ".join(cmd) + "\n" + proc.stderr)
            if features:
                with open(os.path.join(keep, "command.txt"), "a", encoding="utf-8") as fh:
                    fh.write(f"# generated with: generate.py {seed} DIR --features new\n")
            print(f"seed {seed}: {len(mism)} mismatch(es); inputs kept in {keep}")
            print(f"  command: {' '.join(os.path.basename(c) if i == 0 else c for i, c in enumerate(cmd))}")
            for (p, e, g) in mism[: args.max_print]:
                print(f"  {p}: oracle={json.dumps(e, ensure_ascii=False)} binary={json.dumps(g, ensure_ascii=False)}")
            if len(mism) > args.max_print:
                print(f"  ... {len(mism) - args.max_print} more")
    finally:
        shutil.rmtree(tmp_root, ignore_errors=True)
    dt = time.time() - t0
    print(
        f"crosscheck: {args.sets} sets, {total_mism} mismatches"
        + (f" in {len(failing)} sets (seeds {', '.join(map(str, failing[:20]))}{' ...' if len(failing) > 20 else ''})" if failing else "")
        + (f", {n_edges} tolerated float-edge differences" if n_edges else "")
        + f" [{dt:.1f}s]"
    )
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
