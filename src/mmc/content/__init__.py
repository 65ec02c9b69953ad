"""Reading content: front matter, loading, checking (and, later, packs and importers)."""
