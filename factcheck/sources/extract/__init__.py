"""The extract stage: the bytes of a source page → a `Document` (title, date, language,
sentences with their speakers and sections).

`page` (`extract_text`: what kind of body, which way in), `profile` (publisher profiles),
`generic` (trafilatura), `container` (our own container rules), `boilerplate` (junk and page
chrome), `blocks` (blocks of HTML or plain text), `document` (the `Document` assembled). See
docs/extraction.md. Kept light: import the module you need (the parsers load lazily).
"""
