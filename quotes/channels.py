"""PLACEHOLDER (being written): the channel of a quote."""


def find_channel(doc, quote):
    return None
