"""Fixes: edits derived from findings, applied atomically, recorded in provenance."""
