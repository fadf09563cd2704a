"""Provenance: records (front matter, sidecar, manifest), their values, bylines, starter records."""
