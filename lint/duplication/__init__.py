"""Shared code of the duplication checks: shingle sampling and passage alignment."""
