"""Analyses of the user's coding that need no library and no Qt (agreement between coders)."""
