"""Extraction: articles (plain text, HTML, JSONL) in, diplomatic events out."""
