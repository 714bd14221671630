"""PLACEHOLDER (being written): statement dates."""


def statement_date(doc, quote, published):
    return None
