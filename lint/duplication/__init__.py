"""Shared code of the duplication checks: quotation marks, shingle samples, the index, alignment."""
