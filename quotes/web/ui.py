"""The review page: a web page for newsroom users, served by the same app at ``/``.

The page is a client of the public ``/v1`` API (its JavaScript calls ``v1/extract`` and, when the
quote store answers, ``v1/speakers``, ``v1/quotes``, ``v1/statements``...): there is no second
code path here, only files. They are plain HTML, CSS and JavaScript in ``ui_assets/`` beside this
module (no build step, no CDN: the service runs offline and behind gateways), found through
``__file__`` so they are served the same from a checkout, gunicorn or the Docker image.

Every URL the page uses is relative (``ui/review.js``, ``v1/extract``), so it also works when a
gateway serves the app under a path prefix.
"""
from __future__ import annotations

from pathlib import Path

from flask import Blueprint, send_from_directory

ASSETS = Path(__file__).resolve().with_name("ui_assets")

# Only our own files may run or style the page; results are inserted as text, never as HTML, and
# this policy is the second line of defence should that ever change.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")

review_page = Blueprint("review_page", __name__)


@review_page.get("/")
def page():
    """The review page."""
    return send_from_directory(ASSETS, "index.html", mimetype="text/html", max_age=0)


@review_page.get("/ui/<path:name>")
def asset(name: str):
    """The page's scripts and styles (a missing one is a 404 problem, like any unknown URL)."""
    # max_age=0 plus the ETag: browsers revalidate, so a new version is picked up at once.
    return send_from_directory(ASSETS, name, max_age=0)


@review_page.after_request
def page_headers(response):
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response
