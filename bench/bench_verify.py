"""Benchmark the main job: `factcheck verify --offline` on the seed, and start-up time.

Both are timed as whole processes (what a user waits for), `--runs` times each, median
against the targets in bench/targets.py. The process's own CPU time and peak memory are
printed beside the wall time, and the machine's load before and after, since a busy machine
stretches wall time but hardly CPU time.

The cache folder (`FACTCHECK_CACHE_DIR`) holds what a first run builds: the compiled
termbase, the extracted documents, the English lemma table and JMdict synonyms. Each line
says which state it was measured in:
- cold cache: every run gets an empty cache folder and builds all of it (bytecode is
  already written, as after `pip install`); `--cold-runs` runs, median against
  VERIFY_COLD_SECONDS (issue 9's ≤ 1 s);
- warm cache: the runs find the folder built, as every start after the first does; the
  --version and warm verify targets apply here.
The warm in-process figure (work without start-up) is printed for comparison, no target.

Run: .venv/bin/python bench/bench_verify.py [--runs 10] [--cold-runs 3]
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from measure import ProcessRun, load, machine, median, run_process, user_env, verdict
from targets import VERIFY_COLD_SECONDS, VERIFY_SECONDS, VERSION_SECONDS

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "claims" / "takaichi-trump-call.yaml"


def report(name: str, runs: list[ProcessRun], target: float) -> bool:
    wall = median([run.wall for run in runs])
    cpu = median([run.cpu for run in runs])
    ok = wall <= target and all(run.returncode == 0 for run in runs)
    print(
        f"{name:<36} median {wall * 1000:7.1f} ms  min {min(r.wall for r in runs) * 1000:7.1f}"
        f" ms  cpu {cpu * 1000:7.1f} ms  peak {max(r.peak_mib for r in runs):5.0f} MiB  "
        + (f"target ≤ {target * 1000:.0f} ms  {verdict(ok)}" if math.isfinite(target) else "")
    )
    return ok


def in_process(runs: int) -> list[float]:
    from factcheck.claimfiles.claims import load_claims
    from factcheck.render.markdown_report import render_markdown
    from factcheck.sources.archive.evidence import EvidenceArchive
    from factcheck.sources.archive.retrieve import get_capture
    from factcheck.sources.fetch_policy import FetchPolicy
    from factcheck.terms.termbase import load_termbase
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


def lemma_table_origin() -> str:
    """Where the measured install's English lemma table comes from: the empty-cache runs
    decode simplemma's dictionary only when the install ships no table for its simplemma
    (an editable install, or a simplemma other than the one the wheel was built with)."""
    from factcheck.languages import en_lemmas, lemma_table

    source = lemma_table.simplemma_dir()
    if source is None:
        return "English lemma table: simplemma is not installed"
    shipped = en_lemmas.shipped_folder() / lemma_table.file_name(lemma_table.source_key(source))
    if shipped.is_file():
        return f"English lemma table: shipped with the install ({shipped.name})"
    return "English lemma table: none shipped for this simplemma; an empty cache folder builds it"


def termbase_origin() -> str:
    """Where the measured install's built-in termbase comes from: compiled into the wheel, or
    (an editable install, or other code than the wheel's) compiled by the first run."""
    from factcheck.terms import shipped_termbase, termbase, termbase_cache

    name = shipped_termbase.file_name(termbase_cache.cache_key([termbase._builtin_text()]))
    if (shipped_termbase.shipped_folder() / name).is_file():
        return f"built-in termbase: compiled into the install ({name})"
    return "built-in termbase: none compiled for this code; an empty cache folder compiles it"


def selectors_origin() -> str:
    """Whether the measured install reads the publisher profiles' CSS selectors compiled into
    it (a wheel built under the installed soupsieve), or compiles them on a first run."""
    from factcheck.sources.extract import selectors

    name = selectors.file_name(selectors.shipped_key())
    if (selectors.shipped_folder() / name).is_file():
        return f"CSS selectors: compiled into the install ({name})"
    return "CSS selectors: none compiled for this soupsieve; a first run compiles them"


def precompiled_origin() -> str:
    """Whether the measured install ships the regular expressions and dataclass methods
    compiled by its wheel build for this Python (`factcheck.precompiled`), and its package
    files' digest (`factcheck.cache_folder.package_digest`)."""
    from factcheck import cache_folder, precompiled

    path = precompiled.shipped_path()
    compiled = (
        f"compiled patterns and methods: shipped with the install ({path.name})"
        if path.is_file()
        else "compiled patterns and methods: none shipped for this Python; every run compiles"
    )
    digest = precompiled.shipped_path().parent.parent / cache_folder.SHIPPED_DIGEST
    files = "shipped" if digest.is_file() else "hashed by every run"
    return f"{compiled}; package files' digest: {files}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="repetitions per measurement")
    parser.add_argument(
        "--cold-runs", type=int, default=3, help="runs with an empty cache folder each"
    )
    args = parser.parse_args()
    exe = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or "factcheck"
    print(f"{machine()}; {load()}; whole processes, bytecode cache on")
    print(f"factcheck from {exe}; {lemma_table_origin()}; {termbase_origin()}")
    print(selectors_origin())
    print(precompiled_origin())
    verify = [exe, "verify", "--offline", "--fail-on", "", str(SEED)]
    run_process(verify, cwd=ROOT, env=user_env(FACTCHECK_CACHE_DIR=""))  # writes bytecode
    cold = []
    for _ in range(args.cold_runs):
        with tempfile.TemporaryDirectory(prefix="factcheck-bench-cold-") as empty:
            cold.append(run_process(verify, cwd=ROOT, env=user_env(FACTCHECK_CACHE_DIR=empty)))
    ok = all(run.returncode == 0 for run in cold)
    if cold:
        ok &= report("verify, cold cache", cold, VERIFY_COLD_SECONDS)
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-cache-") as cache:
        env = user_env(FACTCHECK_CACHE_DIR=cache)
        run_process(verify, cwd=ROOT, env=env)  # builds the cache the timed runs find
        version = [run_process([exe, "--version"], cwd=ROOT, env=env) for _ in range(args.runs)]
        ok &= report("factcheck --version", version, VERSION_SECONDS)
        runs = [run_process(verify, cwd=ROOT, env=env) for _ in range(args.runs)]
        ok &= report("verify, warm cache", runs, VERIFY_SECONDS)
        os.environ["FACTCHECK_CACHE_DIR"] = cache
        warm = median(in_process(args.runs + 1)[1:])
        print(f"{'verify (in process, warm)':<36} median {warm * 1000:7.1f} ms  (no target)")
    print(load())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
