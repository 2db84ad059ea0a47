"""Claim files: load the YAML an editor writes, with positions, and draft one from an article."""
