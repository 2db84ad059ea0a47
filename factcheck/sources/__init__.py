"""Sources: get a source's bytes (fetch, archive, saved copies, the Internet Archive)
and extract its text."""
