"""Cross-article linking: one speaker across articles, the same statement across outlets.

Pure functions over names, descriptions and quote texts (no database: :mod:`quotes.store`
calls them). See README.md beside this file for what this package may import.
"""
