"""The evaluation report: per-verdict precision and recall, accuracy, and every miss.

Takes `EvalScores` (one per split); gives plain text for a terminal or a CI log.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from factcheck.evaluation.evaluate import ALTERATIONS, EvalCase, EvalScores
from factcheck.model import Verdict


def render_eval(scores: EvalScores, *, show_misses: bool = True) -> str:
    wanted = Counter(o.case.expect for o in scores.outcomes)
    given = Counter(o.result.verdict for o in scores.outcomes)
    lines = [
        f"{'verdict':<18} {'cases':>5} {'given':>5} {'precision':>9} {'recall':>7}",
    ]
    lines.extend(
        f"{verdict.value:<18} {wanted[verdict]:>5} {given[verdict]:>5} "
        f"{scores.precision[verdict]:>9.2f} {scores.recall[verdict]:>7.2f}"
        for verdict in Verdict
    )
    correct = len(scores.outcomes) - len(scores.misses)
    lines.append(f"accuracy: {scores.accuracy:.3f} ({correct}/{len(scores.outcomes)} cases)")
    tagged = Counter(t for o in scores.outcomes for t in o.case.tags)
    right = Counter(t for o in scores.outcomes if o.correct for t in o.case.tags)
    if tagged:
        lines.append(
            "by tag: " + ", ".join(f"{t} {right[t]}/{n}" for t, n in sorted(tagged.items()))
        )
    if show_misses and scores.misses:
        lines += ["", "misses:"]
        for outcome in scores.misses:
            case, result = outcome.case, outcome.result
            lines.append(
                f"- {case.id} [{case.alteration}]: expected {case.expect.value}, got "
                f"{result.verdict.value}: {result.reason}"
            )
    return "\n".join(lines) + "\n"


def render_eval_splits(
    scores: dict[str, EvalScores], *, show_misses: bool | Mapping[str, bool] = True
) -> str:
    """Each split's report under a heading naming the split and its case count; its misses
    where `show_misses` says so (for every split, or by split name), else a line saying how
    many there are and how to list them."""
    parts = []
    for name, split in scores.items():
        shown = show_misses if isinstance(show_misses, bool) else show_misses.get(name, True)
        part = f"== {name} ({len(split.outcomes)} cases) ==\n" + render_eval(
            split, show_misses=shown
        )
        if not shown and split.misses:
            count = len(split.misses)
            some = "miss" if count == 1 else "misses"
            them = "it" if count == 1 else "them"
            part += f"({count} {some} not listed: pass --misses to list {them})\n"
        parts.append(part)
    return "\n".join(parts)


def render_eval_counts(cases: dict[str, list[EvalCase]]) -> str:
    """Markdown tables of a labelled set: cases per verdict, alteration and tag, by split."""
    names = list(cases)
    head = "| {} | " + " | ".join(names) + " | total |"
    rule = "|---|" + "---:|" * (len(names) + 1)

    def table(title: str, key: str, rows: list[str], of: dict[str, Counter[str]]) -> list[str]:
        lines = [head.format(title), rule]
        for row in rows:
            counts = [of[name][row] for name in names]
            lines.append(f"| `{row}` | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
        if key:
            sizes = [len(cases[name]) for name in names]
            lines.append(f"| **{key}** | " + " | ".join(map(str, sizes)) + f" | {sum(sizes)} |")
        return lines

    verdicts = {n: Counter(c.expect.value for c in cs) for n, cs in cases.items()}
    alterations = {n: Counter(c.alteration for c in cs) for n, cs in cases.items()}
    tags = {n: Counter(t for c in cs for t in c.tags) for n, cs in cases.items()}
    languages = {n: Counter(c.source.language for c in cs) for n, cs in cases.items()}
    pairs = {
        n: Counter(f"{c.claim_language} → {c.source.language}" for c in cs)
        for n, cs in cases.items()
    }

    def ordered(of: dict[str, Counter[str]]) -> list[str]:
        return sorted({k for counter in of.values() for k in counter})

    blocks = [
        table("verdict", "all", [v.value for v in Verdict], verdicts),
        table("alteration", "all", list(ALTERATIONS), alterations),
        table("source language", "all", ordered(languages), languages),
        table("claim → source", "", ordered(pairs), pairs),
        table("tag (phenomenon)", "", ordered(tags), tags),
    ]
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
