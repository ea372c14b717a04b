"""The glossary's site engine: reads a content tree, runs its examples, writes the pages.

It names no term, section or content path; `glossary_examples` (beside it) is the content.
Modules: registry (find terms), runner (execute and cache), pages (Markdown), reader (HTML
on top of the theme), notebooks (walkthroughs), plugin (MkDocs wiring), cli (`glossary`),
testing (the pytest plugin the content's tests use).
"""
