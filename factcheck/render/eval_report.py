"""The evaluation report: per-verdict precision and recall, accuracy, and every miss.

Takes `EvalScores` (one per split); gives plain text for a terminal or a CI log.
"""

from __future__ import annotations

from collections import Counter

from factcheck.evaluate import EvalScores
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
    if show_misses and scores.misses:
        lines += ["", "misses:"]
        for outcome in scores.misses:
            case, result = outcome.case, outcome.result
            lines.append(
                f"- {case.id} [{case.alteration}]: expected {case.expect.value}, got "
                f"{result.verdict.value}: {result.reason}"
            )
    return "\n".join(lines) + "\n"


def render_eval_splits(scores: dict[str, EvalScores], *, show_misses: bool = True) -> str:
    """Each split's report under a heading naming the split and its case count."""
    parts = [
        f"== {name} ({len(split.outcomes)} cases) ==\n"
        + render_eval(split, show_misses=show_misses)
        for name, split in scores.items()
    ]
    return "\n".join(parts)
