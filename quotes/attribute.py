"""PLACEHOLDER (being written): quote attribution."""


def attribute_quotes(doc, quotes):
    return None
