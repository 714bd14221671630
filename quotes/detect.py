"""PLACEHOLDER (being written): quote detection."""


def find_quotes(doc):
    return []
