"""PLACEHOLDER (being written): article outlet, date and title, given or detected."""


def build_article(text, *, id=None, outlet=None, published=None, url=None, title=None):
    return {"id": id, "outlet": outlet, "published": published, "url": url, "title": title,
            "provenance": {"outlet": "given" if outlet else None, "published": "given" if published else None,
                           "title": "given" if title else None}}
