"""PLACEHOLDER (being written): speaker resolution."""


def resolve_speakers(doc, quotes, registry=None):
    return []
