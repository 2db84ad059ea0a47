"""Benchmark `factcheck lint` against textlint + textlint-rule-prh on the same entries.

Generates a termbase of N entries (official form + wrong variants) and M megabytes of text
that uses both, lints it with factcheck, then, when `node` and `npm` are present, installs
textlint and textlint-rule-prh from the npm registry into a temporary folder, writes the same
entries as prh rules and times textlint on the same files. Prints throughput and the ratio.

    python bench/bench_lint.py [--megabytes 10] [--entries 500] [--files 10]

Both sides lint the same files; factcheck also infers unlisted near-misses, which prh cannot.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from factcheck.lint import lint_text
from factcheck.termbase import load_termbase

SYLLABLES = [
    "ka", "ro", "ven", "tal", "mi", "dor", "sa", "lun", "bri", "gel", "no", "quar",
    "zet", "hal", "pim", "ost", "rue", "ban", "cle", "ith", "mor", "vas", "tek", "ul",
]  # fmt: skip
NOUNS = ["Accord", "Council", "Initiative", "Forum", "Partnership", "Strategy", "Compact"]
FILLER = (
    "the of and to in a is that for on with as by at from officials said government "
    "minister talks week region security trade leaders meeting agreed plans support "
    "economy ministry statement country countries new year report policy cooperation"
).split()


def invented_word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def make_entries(count: int, rng: random.Random) -> list[tuple[str, str, list[str]]]:
    """(id, official form, wrong variants) per entry; every form is unique."""
    entries = []
    seen: set[str] = set()
    while len(entries) < count:
        first, second = invented_word(rng), invented_word(rng)
        official = f"{first}-{second} {rng.choice(NOUNS)}"
        if official.lower() in seen:
            continue
        seen.add(official.lower())
        noun = official.split()[-1]
        variants = [f"{first} {second} {noun}", f"{second}-{first} {noun}"]
        entries.append((f"t{len(entries)}", official, variants))
    return entries


def write_termbase(entries: list[tuple[str, str, list[str]]], path: Path) -> None:
    lines = ["version: 1", "entries:"]
    for entry_id, official, variants in entries:
        lines += [
            f"  - id: {entry_id}",
            f"    en: [{json.dumps(official)}]",
            f"    variants: {{en: [{', '.join(json.dumps(v) for v in variants)}]}}",
            "    severity: warning",
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_prh_rules(entries: list[tuple[str, str, list[str]]], path: Path) -> None:
    # Patterns go in as /regex/ strings: prh escapes "-" in plain-string patterns as "\-",
    # which JavaScript rejects under the "u" flag prh adds. Our variants hold only letters,
    # spaces and hyphens, so the regex matches exactly the literal.
    lines = ["version: 1", "rules:"]
    for _, official, variants in entries:
        lines.append(f"  - expected: {json.dumps(official)}")
        lines.append(f"    patterns: [{', '.join(json.dumps(f'/{v}/') for v in variants)}]")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def make_text(
    entries: list[tuple[str, str, list[str]]], size: int, rng: random.Random
) -> tuple[str, int]:
    """About `size` bytes of paragraphs; returns the text and how many variants it holds."""
    paragraphs: list[str] = []
    total = planted = 0
    while total < size:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            words = [rng.choice(FILLER) for _ in range(rng.randint(10, 22))]
            if rng.random() < 0.3:
                _, official, variants = rng.choice(entries)
                if rng.random() < 0.3:
                    words.insert(rng.randrange(len(words)), rng.choice(variants))
                    planted += 1
                else:
                    words.insert(rng.randrange(len(words)), official)
            sentence = " ".join(words)
            sentences.append(sentence[0].upper() + sentence[1:] + ".")
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs) + "\n", planted


def bench_factcheck(files: list[Path], termbase_path: Path) -> tuple[float, int]:
    termbase = load_termbase([termbase_path], builtin=False)
    started = time.perf_counter()
    count = 0
    for path in files:
        count += len(lint_text(path.read_text(encoding="utf-8"), termbase, path=str(path)))
    return time.perf_counter() - started, count


def bench_textlint(
    files: list[Path], rules: Path, work: Path, timeout: float
) -> str | tuple[float, int, str]:
    """Seconds, findings and the textlint version installed, or why textlint was skipped."""
    if shutil.which("node") is None or shutil.which("npm") is None:
        return "node/npm not found"
    install = subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--silent", "textlint", "textlint-rule-prh"],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    binary = work / "node_modules" / ".bin" / "textlint"
    if install.returncode != 0 or not binary.exists():
        return f"npm install failed: {install.stderr.strip()[-300:]}"
    (work / ".textlintrc.json").write_text(
        json.dumps({"rules": {"prh": {"rulePaths": [str(rules)]}}}), encoding="utf-8"
    )
    started = time.perf_counter()
    run = subprocess.run(
        [str(binary), "--format", "json", *map(str, files)],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if run.returncode not in (0, 1):
        return f"textlint failed ({run.returncode}): {run.stderr.strip()[-300:]}"
    results = json.loads(run.stdout or "[]")
    manifest = work / "node_modules" / "textlint" / "package.json"
    version = json.loads(manifest.read_text(encoding="utf-8")).get("version", "?")
    return elapsed, sum(len(result["messages"]) for result in results), version


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--files", type=int, default=10, help="split the text into N files")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--textlint-timeout", type=float, default=1800.0)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        work = Path(tmp)
        entries = make_entries(args.entries, rng)
        termbase_path, rules_path = work / "terms.yaml", work / "prh.yml"
        write_termbase(entries, termbase_path)
        write_prh_rules(entries, rules_path)
        files, size, planted = [], 0, 0
        per_file = int(args.megabytes * 1024 * 1024 / args.files)
        for number in range(args.files):
            text, count = make_text(entries, per_file, rng)
            path = work / f"article-{number:02}.txt"
            path.write_text(text, encoding="utf-8")
            files.append(path)
            size += len(text.encode("utf-8"))
            planted += count
        megabytes = size / 1024 / 1024
        print(
            f"text: {megabytes:.1f} MB in {len(files)} files, {len(entries)} entries, "
            f"{planted} variants planted"
        )

        seconds, found = bench_factcheck(files, termbase_path)
        ours = megabytes / seconds
        print(f"factcheck lint: {seconds:.1f} s, {ours:.2f} MB/s, {found} findings")

        other = bench_textlint(files, rules_path, work, args.textlint_timeout)
        if isinstance(other, str):
            print(f"textlint + prh: skipped ({other})")
            return 0
        theirs_seconds, theirs_found, version = other
        theirs = megabytes / theirs_seconds
        print(
            f"textlint {version} + prh: {theirs_seconds:.1f} s, {theirs:.2f} MB/s, "
            f"{theirs_found} findings"
        )
        print(f"ratio: factcheck is {ours / theirs:.1f}x the throughput of textlint + prh")
    return 0


if __name__ == "__main__":
    sys.exit(main())
