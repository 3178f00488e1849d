"""The anonymous page cache: a stored page is served while the tokens it was rendered under
(its site's and its URL path's) are current; a change replaces the tokens of what it shows on.

See tokens.py for the idea, purge.py for what a change touches, README "Page cache".
"""
