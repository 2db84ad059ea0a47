"""Text: read a claim or a source into sentences, clauses, speakers, quotes and anchors
(dates, numbers, words)."""
