"""Suppressions: findings a document's record or its Markdown comments declare known."""
