"""Benchmark `factcheck lint` against textlint + textlint-rule-prh on the same entries.

Generates a termbase of N entries (official form + wrong variants) and articles that use
both, in three scenarios: one article of 20 KB (as an editor lints it: start-up counts), a
day's 50 articles of 20 KB in one run (as CI lints a repository), and ten long texts of
1 MB (throughput). For each, as whole processes both, timed the same way (wall time from
start to exit, CPU time and peak resident memory of the process): `factcheck lint` with that
termbase (named in a factcheck.toml, built-in termbase off; its compiled cache built by one
run before the timed ones, as after a user's first run), and, when `node` and `npm` are
present, textlint with textlint-rule-prh, installed from the npm registry into a temporary
folder, with the same entries as prh rules, on the same files. Each side runs `--runs`
times; the median counts. Targets (bench/targets.py), in every scenario: factcheck's
throughput at least 5× textlint's on wall time, its peak memory below textlint's. Exits 1
on a miss, 0 with a message when node is absent.

    python bench/bench_lint.py [--scenario article|day|long]... [--entries 500] [--runs 3]

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
from dataclasses import dataclass
from pathlib import Path

from measure import ProcessRun, load, machine, median, run_process, user_env, verdict
from targets import LINT_MEMORY_VS_TEXTLINT, LINT_VS_TEXTLINT

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


def bench_factcheck(files: list[Path], work: Path, runs: int) -> list[ProcessRun] | str:
    """`factcheck lint` as a process, `runs` times; or why it failed."""
    exe = shutil.which("factcheck", path=str(Path(sys.executable).parent)) or "factcheck"
    (work / "factcheck.toml").write_text(
        'termbases = ["terms.yaml"]\nbuiltin-termbase = false\n', encoding="utf-8"
    )
    # The first run compiles the termbase into the cache folder, as a user's first run does;
    # the runs timed are the later ones, as the user's every other run.
    warm = run_process([exe, "lint", "--format", "json", str(files[0])], cwd=work, env=user_env())
    if warm.returncode not in (0, 1):
        return f"factcheck lint failed ({warm.returncode}): {warm.stderr.strip()[-300:]}"
    command = [exe, "lint", "--format", "json", *map(str, files)]
    done = []
    for _ in range(runs):
        run = run_process(command, cwd=work, env=user_env())
        if run.returncode not in (0, 1):
            return f"factcheck lint failed ({run.returncode}): {run.stderr.strip()[-300:]}"
        done.append(run)
    return done


def install_textlint(work: Path) -> Path | str:
    """The textlint binary, installed with textlint-rule-prh; or why it could not be."""
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
    return binary


def bench_textlint(
    binary: Path, files: list[Path], rules: Path, work: Path, runs: int
) -> list[ProcessRun] | str:
    """textlint + prh as a process, `runs` times; or why it failed."""
    (work / ".textlintrc.json").write_text(
        json.dumps({"rules": {"prh": {"rulePaths": [str(rules)]}}}), encoding="utf-8"
    )
    done = []
    for _ in range(runs):
        run = run_process([str(binary), "--format", "json", *map(str, files)], cwd=work)
        if run.returncode not in (0, 1):
            return f"textlint failed ({run.returncode}): {run.stderr.strip()[-300:]}"
        done.append(run)
    return done


def describe(name: str, runs: list[ProcessRun], megabytes: float, found: int) -> str:
    wall = median([r.wall for r in runs])
    return (
        f"  {name:<22} {wall:6.2f} s ({', '.join(f'{r.wall:.2f}' for r in runs)}), "
        f"{megabytes / wall:5.2f} MB/s, cpu {median([r.cpu for r in runs]):6.2f} s, "
        f"peak {max(r.peak_mib for r in runs):5.0f} MiB, {found} findings"
    )


@dataclass(frozen=True)
class Scenario:
    """What one run of each linter is given: `files` articles of `kilobytes` each."""

    name: str
    files: int
    kilobytes: int
    what: str


SCENARIOS = {
    scenario.name: scenario
    for scenario in (
        Scenario("article", 1, 20, "one article, as an editor lints it"),
        Scenario("day", 50, 20, "a day's articles in one run, as CI lints a repository"),
        Scenario("long", 10, 1024, "ten long texts of 1 MB: throughput"),
    )
}


def write_files(
    work: Path, scenario: Scenario, entries: list[tuple[str, str, list[str]]], rng: random.Random
) -> tuple[list[Path], float, int]:
    """The scenario's articles in a folder of their own; their paths, megabytes, variants."""
    folder = work / scenario.name
    folder.mkdir()
    files, size, planted = [], 0, 0
    for number in range(scenario.files):
        text, count = make_text(entries, scenario.kilobytes * 1024, rng)
        path = folder / f"article-{number:02}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
        size += len(text.encode("utf-8"))
        planted += count
    return files, size / 1024 / 1024, planted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument(
        "--scenario",
        action="append",
        choices=sorted(SCENARIOS),
        help="run only this scenario (repeatable; default: all)",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3, help="runs of each side")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    chosen = [SCENARIOS[name] for name in args.scenario or SCENARIOS]
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        work = Path(tmp)
        entries = make_entries(args.entries, rng)
        termbase_path, rules_path = work / "terms.yaml", work / "prh.yml"
        write_termbase(entries, termbase_path)
        write_prh_rules(entries, rules_path)
        binary = install_textlint(work)
        print(f"{machine()}; {load()}; whole processes, median of {args.runs}")
        print(f"{len(entries)} entries")
        if isinstance(binary, str):
            print(f"textlint + prh: skipped ({binary}); factcheck alone:")
        else:
            manifest = work / "node_modules" / "textlint" / "package.json"
            version = json.loads(manifest.read_text(encoding="utf-8")).get("version", "?")
        ok = True
        for scenario in chosen:
            files, megabytes, planted = write_files(work, scenario, entries, rng)
            print(
                f"{scenario.name}: {scenario.what}; {len(files)} × {scenario.kilobytes} KB "
                f"= {megabytes:.2f} MB, {planted} variants planted"
            )
            ours = bench_factcheck(files, work, args.runs)
            if isinstance(ours, str):
                print(ours)
                return 1
            found = json.loads(ours[0].stdout)["summary"]["findings"]
            print(describe("factcheck lint", ours, megabytes, found))
            if isinstance(binary, str):
                continue
            theirs = bench_textlint(binary, files, rules_path, work, args.runs)
            if isinstance(theirs, str):
                print(f"  textlint + prh: {theirs}")
                return 1
            their_found = sum(len(result["messages"]) for result in json.loads(theirs[0].stdout))
            print(describe(f"textlint {version} + prh", theirs, megabytes, their_found))
            ratio = median([r.wall for r in theirs]) / median([r.wall for r in ours])
            cpu_ratio = median([r.cpu for r in theirs]) / median([r.cpu for r in ours])
            memory = max(r.peak_mib for r in ours) / max(r.peak_mib for r in theirs)
            ok_speed = ratio >= LINT_VS_TEXTLINT
            ok_memory = memory < LINT_MEMORY_VS_TEXTLINT
            ok = ok and ok_speed and ok_memory
            print(
                f"  throughput: factcheck is {ratio:.1f}x textlint + prh on wall time "
                f"({cpu_ratio:.1f}x on CPU time; target ≥ {LINT_VS_TEXTLINT:.0f}x on wall) "
                f"{verdict(ok_speed)}"
            )
            print(
                f"  peak memory: factcheck {memory:.2f}x textlint's (target < "
                f"{LINT_MEMORY_VS_TEXTLINT:.0f}x) {verdict(ok_memory)}"
            )
        print(load())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
