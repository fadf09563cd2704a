"""Persistent corpus indexes: a pre-commit run that does not read the whole corpus.

A run that sees the whole corpus with a cache leaves two things behind: a snapshot
of every corpus file's record (`snapshot`), and for each corpus rule whose kind
declares `index_keys`, the keys each document contributes with the documents that
hold them and how many do (`postings`). A focused run (a few targets against the
corpus) checks the snapshot once, reads the few files that differ, looks the
targets' keys up, and decodes only the extracts of the documents that share a key
with a target (`focus`); the kind's aggregate then runs over that subset with the
whole corpus's counts. Anything missing, altered or stale means today's path.
"""
