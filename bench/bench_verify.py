"""Benchmark the main job: `factcheck verify --offline` on the seed, and start-up time.

Targets (issue 2): verify of the seed offline under 1 s; `factcheck --version` under 150 ms.
Run: .venv/bin/python bench/bench_verify.py [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "takaichi-trump-call.yaml"


def timed(command: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return times


def report(name: str, times: list[float], target: float) -> bool:
    median = statistics.median(times)
    ok = median < target
    print(
        f"{name:<34} median {median * 1000:7.1f} ms  min {min(times) * 1000:7.1f} ms  "
        f"target < {target * 1000:.0f} ms  {'ok' if ok else 'MISSED'}"
    )
    return ok


def in_process(runs: int) -> list[float]:
    from factcheck.archive import EvidenceArchive, get_capture
    from factcheck.claims import load_claims
    from factcheck.fetch import FetchPolicy
    from factcheck.render.markdown_report import render_markdown
    from factcheck.termbase import load_termbase
    from factcheck.verify import verify_claim_file

    times = []
    for _ in range(runs):
        start = time.perf_counter()
        claim_file = load_claims(SEED)
        archive = EvidenceArchive(SEED.parent / "evidence")

        def get(spec, archive=archive):  # type: ignore[no-untyped-def]
            return get_capture(spec.url, archive, offline=True, refresh=False, policy=FetchPolicy())

        report = verify_claim_file(claim_file, get, load_termbase(), offline=True)
        render_markdown(report)
        times.append(time.perf_counter() - start)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="repetitions per measurement")
    args = parser.parse_args()
    exe = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or "factcheck"
    ok = report("factcheck --version", timed([exe, "--version"], args.runs), 0.150)
    verify = [exe, "verify", "--offline", "--fail-on", "", str(SEED)]
    ok &= report("verify --offline seed (process)", timed(verify, args.runs), 1.0)
    report("verify seed (in process, warm)", in_process(args.runs)[1:], 1.0)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
