"""Benchmark main-text extraction against trafilatura on the article-extraction benchmark.

Takes the path of a copy of `scrapinghub/article-extraction-benchmark` (181 real news pages in
`html/*.html.gz`, `ground-truth.json`, and the benchmark's own scorer `evaluate.py`), runs
factcheck's `extract_text` and trafilatura's default `extract` on every page in the same run,
and scores both with the benchmark's own `evaluate` function (token-shingle precision, recall
and F1, averaged per page). Exits non-zero when a target is missed:

- factcheck F1 >= 0.96, and not below trafilatura's default in the same run;
- no page raises;
- factcheck's total time is no worse than trafilatura's;
- hostile pages (a million nested or flat tags, 49,000 paragraphs, on the generic and on a
  publisher-profile path) each take at most HOSTILE_SECONDS, read or refused with a reason.

    python bench/bench_extract.py ../shared/data/article-extraction-benchmark [--repeat 1]

The pages are read, measured and forgotten: nothing of them is written anywhere.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

F1_FLOOR = 0.96
HOSTILE_SECONDS = 15.0
HOSTILE_PAGES = {
    "1M nested <div>": "<html><body>" + "<div>" * 1_000_000 + "x" + "</div>" * 1_000_000,
    "1M flat <p>": "<html><body>" + "<p>x</p>" * 1_000_000,
    "1M unclosed <b>": "<html><body>" + "<b>x" * 1_000_000,
    "49k <p> in <main>": "<html><body><main>" + "<p>word word word.</p>" * 49_000 + "</main>",
    "49k <p> 200 deep": "<html><body>" + "<div>" * 200 + "<p>word.</p>" * 49_000,
}
HOSTILE_URLS = (
    "https://example.test/page.html",
    "https://www.mofa.go.jp/mofaj/a_o/ex/pageit_000001_90009.html",
)
BOOTSTRAP = 200


def load_scorer(bench: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("aeb_evaluate", bench / "evaluate.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no evaluate.py in {bench}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_pages(bench: Path) -> dict[str, bytes]:
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    return {key: gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes()) for key in truth}


def run_factcheck(body: bytes, url: str) -> str:
    from factcheck.sources.extract.page import extract_text

    return extract_text(body, url, "text/html").text


def run_trafilatura(body: bytes, url: str) -> str:
    import trafilatura

    return trafilatura.extract(body, url=url) or ""


def run_all(
    name: str,
    extractor: Callable[[bytes, str], str],
    pages: dict[str, bytes],
    urls: dict[str, str],
) -> tuple[dict[str, dict[str, str]], float, list[str]]:
    predictions: dict[str, dict[str, str]] = {}
    failures: list[str] = []
    extractor(b"<html><body><p>warm up the imports</p></body></html>", "https://example.test/")
    started = time.perf_counter()
    for key, body in pages.items():
        try:
            text = extractor(body, urls[key])
        except Exception:  # noqa: BLE001 - a bench counts every failure, whatever it is
            failures.append(f"{name} {key}: {traceback.format_exc(limit=2).splitlines()[-1]}")
            text = ""
        predictions[key] = {"articleBody": text}
    return predictions, time.perf_counter() - started, failures


def run_hostile() -> list[str]:
    from factcheck.errors import SourceError
    from factcheck.sources.extract.page import extract_text

    misses = []
    print(f"hostile pages (target <= {HOSTILE_SECONDS:.0f} s each)")
    for url in HOSTILE_URLS:
        for name, page in HOSTILE_PAGES.items():
            started = time.perf_counter()
            try:
                outcome = (
                    f"{len(extract_text(page.encode(), url, 'text/html').sentences)} sentences"
                )
            except SourceError as error:
                outcome = f"refused: {error.reason}"
            seconds = time.perf_counter() - started
            print(f"  {url.split('/')[2]:<16} {name:<20} {seconds:6.2f} s  {outcome}")
            if seconds > HOSTILE_SECONDS:
                misses.append(f"{name} at {url}: {seconds:.1f} s > {HOSTILE_SECONDS:.0f} s")
    return misses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("benchmark", type=Path, help="folder of the benchmark copy")
    parser.add_argument("--repeat", type=int, default=1, help="runs per system; the best counts")
    parser.add_argument("--show-worst", type=int, default=0, help="list the N worst pages")
    parser.add_argument("--no-hostile", action="store_true", help="skip the hostile pages")
    args = parser.parse_args()

    scorer = load_scorer(args.benchmark)
    truth: dict[str, dict[str, Any]] = scorer.load_json(args.benchmark / "ground-truth.json")
    pages = load_pages(args.benchmark)
    urls = {key: str(value.get("url") or "https://example.test/") for key, value in truth.items()}

    results: dict[str, dict[str, Any]] = {}
    all_failures: list[str] = []
    for name, extractor in (("factcheck", run_factcheck), ("trafilatura", run_trafilatura)):
        best = float("inf")
        for _ in range(max(1, args.repeat)):
            predictions, seconds, failures = run_all(name, extractor, pages, urls)
            best = min(best, seconds)
        all_failures += failures
        metrics = scorer.evaluate(truth, predictions, BOOTSTRAP)
        results[name] = {**metrics, "seconds": best, "failures": len(failures)}
        if args.show_worst:
            scored = [
                (scorer.string_shingle_matching(truth[k]["articleBody"], p["articleBody"]), k)
                for k, p in predictions.items()
            ]
            scored.sort(key=lambda item: item[0][0])
            for (tp, fp, fn), key in scored[: args.show_worst]:
                print(f"  {name} {key[:12]} tp={tp:.2f} fp={fp:.2f} fn={fn:.2f} {urls[key]}")

    print(f"{len(pages)} pages")
    print(f"{'system':<12} {'F1':>6} {'prec':>6} {'recall':>6} {'time s':>7} {'raised':>6}")
    for name, row in results.items():
        print(
            f"{name:<12} {row['f1']:6.3f} {row['precision']:6.3f} {row['recall']:6.3f} "
            f"{row['seconds']:7.2f} {row['failures']:6d}"
        )
    for failure in all_failures:
        print("  raised:", failure)

    ours, theirs = results["factcheck"], results["trafilatura"]
    misses = []
    if ours["f1"] < F1_FLOOR:
        misses.append(f"F1 {ours['f1']:.3f} < {F1_FLOOR}")
    if ours["f1"] < theirs["f1"]:
        misses.append(f"F1 {ours['f1']:.3f} < trafilatura's {theirs['f1']:.3f}")
    if ours["failures"]:
        misses.append(f"{ours['failures']} pages raised")
    if ours["seconds"] > theirs["seconds"]:
        misses.append(f"time {ours['seconds']:.2f} s > trafilatura's {theirs['seconds']:.2f} s")
    if not args.no_hostile:
        misses += run_hostile()
    for miss in misses:
        print("MISS:", miss)
    if not misses:
        print("all targets met")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
