"""Errors a check raises when it cannot finish a document."""


class CheckError(Exception):
    """A rule could not finish one document (a pattern that timed out, say).

    The engine turns it into an error finding of that rule on line 1 and goes on
    with the next rule and document.
    """
