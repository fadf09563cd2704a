"""Shared analysis for the boilerplate checks: line shapes, vocabulary, cohesion."""
