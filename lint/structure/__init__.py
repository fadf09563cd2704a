"""Document structure, shared by every family: what kind of document this is and its parts.

`structure(document)` (in `view`) recognises a paper or a saved web page and finds the
regions that are content without being running text (tables, captions, headings, the
reference list) and the page furniture a PDF leaves on every page (running headers and
footers, page numbers). It is computed once per document through `Document.memo`.
"""
