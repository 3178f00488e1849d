"""Anonymous page cache per site, language and URL, never stale; optional CDN purge (issue 6)."""
