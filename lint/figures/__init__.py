"""The figures family's shared analysis: numbers, units, periods and subjects of a document."""
