"""The evidence archive: every capture of a source kept as WARC on disk, and the "get
sources" stage that reads it first and the web when allowed.

`evidence` (`EvidenceArchive`: lookup and store), `files` (capture file names, URL and time
checks, atomic writes), `read` (a capture file read back and checked), `write` (WARC
records), `importer` (other tools' WARC files), `index` (`index.json`), `retrieve`
(`get_capture`). See docs/archive.md. Kept light: import the module you need.
"""
