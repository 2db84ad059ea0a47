"""Every bench target, in one place. Each bench prints its figures against these and exits 1
when it misses one; bench/README.md quotes the figures measured, with date and machine."""

from __future__ import annotations

# bench_verify.py: whole processes, median of --runs (10).
VERSION_SECONDS = 0.100
"""`factcheck --version`."""
VERIFY_SECONDS = 0.5
"""`factcheck verify --offline` of the seed, its termbase cache built."""
VERIFY_COLD_SECONDS = 1.0
"""The same with an empty cache folder: the first run after `pip install`, and every CI run
on a fresh machine (issue 9: verify of the seed ≤ 1 s as a process)."""

# bench_match.py: all in-process, 1,000 claims × 100,000 sentences.
INDEX_SECONDS = 5.0
"""Building the source index of the 100,000 sentences."""
MATCH_SECONDS = 2.0
"""Matching the 1,000 claims, median of 5 runs."""
MATCH_VS_CDIST = 5.0
"""At least this many times faster than brute-force rapidfuzz cdist(ratio)."""
MATCH_VS_DIFFLIB = 100.0
TOP1_AGREEMENT = 0.99
"""Index shortlist reranked by token_sort_ratio: top-1 equal to brute force."""

# bench_lint.py: whole processes, factcheck and textlint + prh on the same files, in each
# scenario (one 20 KB article, 50 of them in one run, ten texts of 1 MB).
LINT_VS_TEXTLINT = 5.0
"""factcheck's throughput over textlint + prh's (median wall times), in every scenario."""
LINT_MEMORY_VS_TEXTLINT = 1.0
"""factcheck's peak resident memory over textlint's: below 1."""

# bench_scaling.py: whole processes.
DOUBLING = 2.5
"""Doubling the input may multiply the time by at most this (a slope of log2(2.5) ≈ 1.32)."""
LAYOUT_RATIO = 1.3
"""Lint of a paragraph-per-line article over the same article with blank lines (2 MB)."""

# bench_fetch.py: in-process, local slow servers.
FETCH_OVER_BOUND = 1.5
"""Concurrent wall time over the politeness lower bound."""
FETCH_SERIAL_OVER_CONCURRENT = 5.0
"""Serial wall time over concurrent (all workers)."""
