"""Dates: date mentions, the publication date, relative dates and what they resolve to."""
