"""Evaluation: score verdicts against the labelled set, and the floors of its gate."""
