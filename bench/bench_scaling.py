"""Benchmark how time grows with the input: lint by article size and layout, verify by the
number of claim files.

- `factcheck lint` on 0.25, 1, 2 and 5 MB of real prose (the seed article and the clean news
  sample, repeated), once written one paragraph per line (the seed's own layout) and once
  with blank lines between paragraphs;
- `factcheck verify --offline` of 1, 10 and 50 copies of the seed claim file in one run.

All as whole processes, the best of `--runs` (the least disturbed by other work on the
machine), with CPU time and peak memory beside. For each pair of neighbouring sizes the
slope is log(time ratio) / log(size ratio): 1 is linear. Targets (bench/targets.py): no
slope above log2(2.5) (doubling the input at most 2.5× the time), and paragraph-per-line
lint of 2 MB at most 1.3× the blank-lined 2 MB. Exits 1 on a miss.

Run: .venv/bin/python bench/bench_scaling.py [--runs 3] [--sizes 0.25,1,2,5] [--claims 1,10,50]
"""

from __future__ import annotations

import argparse
import math
import shutil
import sys
import tempfile
from pathlib import Path

from measure import ProcessRun, load, machine, run_process, user_env, verdict
from targets import DOUBLING, LAYOUT_RATIO

ROOT = Path(__file__).resolve().parent.parent
PROSE = [
    ROOT / "claims" / "takaichi-trump-call.article.txt",
    ROOT / "tests" / "fixtures" / "lint" / "clean-news-sample.txt",
]
SEED = ROOT / "claims" / "takaichi-trump-call.yaml"
MEGABYTE = 1024 * 1024


def article(megabytes: float, separator: str) -> str:
    """About `megabytes` of the prose's paragraphs, joined by `separator`."""
    paragraphs = [
        line.strip()
        for path in PROSE
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    out: list[str] = []
    size = 0
    while size < megabytes * MEGABYTE:
        paragraph = paragraphs[len(out) % len(paragraphs)]
        out.append(paragraph)
        size += len(paragraph.encode("utf-8")) + 1
    return separator.join(out) + "\n"


def best(command: list[str], runs: int, cwd: Path, env: dict[str, str]) -> ProcessRun:
    done = [run_process(command, cwd=cwd, env=env) for _ in range(runs)]
    for run in done:
        if run.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command[:3])} failed: {run.stderr.strip()[-300:]}")
    return min(done, key=lambda run: run.wall)


def slopes(name: str, sizes: list[float], runs: list[ProcessRun], unit: str) -> bool:
    """Print each size's time and the slope to the next; whether every slope is in target."""
    limit = math.log2(DOUBLING)
    ok = True
    for number, (size, run) in enumerate(zip(sizes, runs, strict=True)):
        line = (
            f"{name:<28} {size:>6g} {unit:<6} {run.wall:7.2f} s  cpu {run.cpu:7.2f} s  "
            f"peak {run.peak_mib:5.0f} MiB"
        )
        if number:
            slope = math.log(run.wall / runs[number - 1].wall) / math.log(size / sizes[number - 1])
            ok &= slope <= limit
            line += f"  slope {slope:5.2f} (≤ {limit:.2f}) {verdict(slope <= limit)}"
        print(line)
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", default="0.25,1,2,5", help="article sizes in MB")
    parser.add_argument("--claims", default="1,10,50", help="numbers of claim files")
    args = parser.parse_args()
    sizes = [float(size) for size in args.sizes.split(",")]
    counts = [int(count) for count in args.claims.split(",")]
    exe = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or "factcheck"
    print(f"{machine()}; {load()}; whole processes, best of {args.runs}")
    ok = True
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        work = Path(tmp)
        env = user_env(FACTCHECK_CACHE_DIR=str(work / "cache"))
        limit = str(int(max(sizes) * MEGABYTE * 1.1) + MEGABYTE)
        by_layout: dict[str, list[ProcessRun]] = {}
        for layout, separator in (("paragraph per line", "\n"), ("blank-lined", "\n\n")):
            runs = []
            for size in sizes:
                path = work / f"article-{size:g}-{len(separator)}.txt"
                path.write_text(article(size, separator), encoding="utf-8")
                command = [exe, "lint", "--max-bytes", limit, "--format", "json", str(path)]
                runs.append(best(command, args.runs, work, env))
            by_layout[layout] = runs
            ok &= slopes(f"lint, {layout}", sizes, runs, "MB")
        if 2.0 in sizes:
            at = sizes.index(2.0)
            ratio = by_layout["paragraph per line"][at].wall / by_layout["blank-lined"][at].wall
            ok &= ratio <= LAYOUT_RATIO
            print(
                f"lint 2 MB, paragraph per line / blank-lined: {ratio:.2f} "
                f"(≤ {LAYOUT_RATIO}) {verdict(ratio <= LAYOUT_RATIO)}"
            )

        claims = work / "claims"
        shutil.copytree(SEED.parent / "evidence", claims / "evidence")
        shutil.copy(PROSE[0], claims / PROSE[0].name)
        for number in range(max(counts)):
            shutil.copy(SEED, claims / f"seed-{number:03}.yaml")
        runs = []
        for count in counts:
            files = [str(claims / f"seed-{number:03}.yaml") for number in range(count)]
            command = [exe, "verify", "--offline", "--fail-on", "", *files]
            runs.append(best(command, args.runs, claims, env))
        ok &= slopes("verify --offline", [float(c) for c in counts], runs, "files")
    print(load())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
