"""Checks: match a claim's parts with source sentences, check each key fact, and decide
the verdict."""
