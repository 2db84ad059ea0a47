"""Benchmark sharding: N shards of `verify --shard I/N` merged equal one run, and how long.

Generates claim files (2,000 by default) from the seed's claims and sources, each with two
claims against the seed's evidence archive, then:

1. one run: `factcheck verify --offline` over all of them, JSON report;
2. N shards (4 by default), run side by side as separate processes, JSON reports;
3. `factcheck merge` of the shards' reports.

The merged report must equal the single run's, field for field (the run's time aside), and
every claim file must be in exactly one shard. Exits 1 on any mismatch.
Run: .venv/bin/python bench/bench_shards.py [--files 2000] [--shards 4]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "takaichi-trump-call.yaml"
EVIDENCE = ROOT / "claims" / "evidence"
FACTCHECK = [sys.executable, "-m", "factcheck"]


def generate(folder: Path, count: int) -> list[Path]:
    """`count` claim files, each with two of the seed's claims and the sources they rest on."""
    seed = yaml.safe_load(SEED.read_text(encoding="utf-8"))
    claims, sources = seed["claims"], {s["id"]: s for s in seed["sources"]}
    paths = []
    for number in range(count):
        picked = [claims[number % len(claims)], claims[(number * 7 + 3) % len(claims)]]
        if picked[0]["id"] == picked[1]["id"]:
            picked = picked[:1]
        used = sorted({sid for claim in picked for sid in claim["sources"]})
        document = {
            "version": 1,
            "article": {**seed["article"], "title": f"Generated article {number}"},
            "sources": [sources[sid] for sid in used],
            "claims": picked,
        }
        document["article"].pop("text", None)
        # Folders of 100, as a newsroom's desks would keep them.
        path = folder / f"desk-{number // 100:02d}" / f"article-{number:04d}.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
        paths.append(path)
    return paths


def verify_args(out: Path, files: list[Path], *extra: str) -> list[str]:
    return [
        *FACTCHECK,
        "verify",
        "--quiet",
        "--offline",
        "--archive",
        str(EVIDENCE),
        "--format",
        "json",
        "--output",
        str(out),
        "--fail-on",
        "",
        *extra,
        *(str(f) for f in files),
    ]


def cpu_seconds() -> float:
    """CPU time of the finished child processes so far (the machine may be shared, so wall
    time alone can mislead)."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def reports(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    items = data if isinstance(data, list) else [data]
    for item in items:
        item.pop("generated_at")
    return items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--shards", type=int, default=4)
    options = parser.parse_args()
    env = {**os.environ, "FACTCHECK_WAYBACK_URL": "off"}
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        files = sorted(generate(work / "claims", options.files))
        print(f"{len(files)} claim files, {options.shards} shards")
        print(f"load average before the runs: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")

        start, cpu = time.perf_counter(), cpu_seconds()
        whole = work / "whole.json"
        subprocess.run(verify_args(whole, files), env=env, check=True, cwd=work)
        single = time.perf_counter() - start
        print(f"one run:                 {single:7.1f} s wall, {cpu_seconds() - cpu:7.1f} s CPU")

        start, cpu = time.perf_counter(), cpu_seconds()
        shard_reports = [work / f"shard-{i}.json" for i in range(1, options.shards + 1)]
        running = [
            subprocess.Popen(
                verify_args(out, files, "--shard", f"{i}/{options.shards}"), env=env, cwd=work
            )
            for i, out in enumerate(shard_reports, 1)
        ]
        codes = [process.wait() for process in running]
        sharded = time.perf_counter() - start
        print(
            f"{options.shards} shards side by side:  {sharded:7.1f} s wall, "
            f"{cpu_seconds() - cpu:7.1f} s CPU on {os.cpu_count()} cores"
        )
        if any(codes):
            print(f"MISMATCH: a shard exited {codes}")
            return 1

        start = time.perf_counter()
        merged = work / "merged.json"
        subprocess.run(
            [
                *FACTCHECK,
                "merge",
                "--quiet",
                "--format",
                "json",
                "--output",
                str(merged),
                "--fail-on",
                "",
                *(str(p) for p in shard_reports),
            ],
            env=env,
            check=True,
            cwd=work,
        )
        print(f"merge:                   {time.perf_counter() - start:7.1f} s")

        sizes = [len(reports(p)) for p in shard_reports]
        print(f"claim files per shard:   {sizes}")
        expected, got = reports(whole), reports(merged)
        if sum(sizes) != len(files) or max(sizes) - min(sizes) > 1:
            print("MISMATCH: the shards do not cover each claim file once, balanced")
            return 1
        if got != expected:
            differing = [a["claim_file"] for a, b in zip(expected, got, strict=False) if a != b]
            print(f"MISMATCH: merged report differs from one run ({differing[:5]} …)")
            return 1
        verdicts = sum(len(r["claims"]) for r in got)
        print(f"ok: merged shards equal one run ({len(got)} claim files, {verdicts} verdicts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
