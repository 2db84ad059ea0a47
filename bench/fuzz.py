"""Long fuzz runs of the parsers of untrusted input, for as long as you can afford.

CI runs each property of tests/test_fuzz.py (WARC capture reader, index.json, claim-file loader)
and tests/test_extract_fuzz.py (the HTML extractor) with a few dozen examples. This script runs each
one for `--minutes` of wall time: pytest again and again with a fresh random seed and
`--examples` examples a round, until the time is up, and stops at the first failure (its
output shows the falsifying example and the seed to reproduce it).

    python bench/fuzz.py [--minutes 10] [--examples 2000] [--only capture|index|claims|html|bytes]

Exits 1 when a property fails, 0 when none did; prints per target the time run, the rounds
and the examples tried.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {
    "capture": "tests/test_fuzz.py::test_a_mutated_capture_reads_back_exactly_or_is_corrupt",
    "index": "tests/test_fuzz.py::test_whatever_the_index_says_the_archive_reads_its_warc_files",
    "claims": "tests/test_fuzz.py::test_a_claim_file_loads_or_says_where_it_is_wrong",
    "html": "tests/test_extract_fuzz.py::test_hostile_html_gives_a_document_or_a_source_error",
    "bytes": (
        "tests/test_extract_fuzz.py::test_any_bytes_on_any_path_give_a_document_or_a_source_error"
    ),
}


def run_target(name: str, test: str, seconds: float, examples: int) -> bool:
    started = time.monotonic()
    rounds = 0
    env = {**os.environ, "FACTCHECK_FUZZ_EXAMPLES": str(examples)}
    while time.monotonic() - started < seconds:
        seed = random.SystemRandom().randrange(2**32)
        command = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-x",
            "-p",
            "no:cacheprovider",
            f"--hypothesis-seed={seed}",
            test,
        ]
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        rounds += 1
        if result.returncode != 0:
            print(result.stdout[-6000:], result.stderr[-2000:], sep="\n")
            print(f"{name}: FAILED in round {rounds} (seed {seed})")
            return False
    took = time.monotonic() - started
    print(f"{name}: {took / 60:.1f} min, {rounds} rounds, {rounds * examples} examples, no failure")
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="wall time per target")
    parser.add_argument("--examples", type=int, default=2000, help="examples per round")
    parser.add_argument("--only", choices=sorted(TARGETS), help="run one target")
    args = parser.parse_args()
    names = [args.only] if args.only else list(TARGETS)
    ok = True
    for name in names:
        ok = run_target(name, TARGETS[name], args.minutes * 60, args.examples) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
