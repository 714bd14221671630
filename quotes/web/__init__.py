"""The Flask application factory of the quote-extraction HTTP service.

``create_app(config)`` reads the environment (:mod:`quotes.service.config`), lets ``config`` (a dict
or an object with upper-case attributes) override it, and either takes an already-loaded
``extractor``/``annotator`` or loads the model: at startup (default: with gunicorn's
``preload_app`` this happens once, in the master) or in a background thread
(``MODEL_LOADING=background``; ``/ready`` answers 503 until it is done).
"""
from __future__ import annotations

from flask import Flask

from .. import __version__
from ..service.config import app_config
from ..service.loader import build_extractor
from ..service.store import open_store
from .admission import Admission
from .errors import ProblemApi, register_error_handlers
from .extractor_slot import ExtractorSlot
from .requestid import configure_logging, init_request_ids
from .routes import API_VERSION, document_limits, ops, record_request, v1
from .store_routes import store_api
from .ui import review_page

OPENAPI_SETTINGS = {
    "API_TITLE": "Quote extraction",
    "API_VERSION": __version__,
    "OPENAPI_VERSION": "3.1.0",
    "OPENAPI_URL_PREFIX": "/",
    "OPENAPI_JSON_PATH": "openapi.json",
    "API_SPEC_OPTIONS": {
        "info": {"description": (
            "Finds direct, indirect and mixed quotes in news articles, with their speakers, cues, "
            "channels and statement dates. Every error is `application/problem+json` (RFC 9457) "
            "with a `code` and the `request_id` (also in the `X-Request-ID` header).")},
    },
}


def create_app(config=None, *, extractor=None, annotator=None, store=None) -> Flask:
    """Build the app. ``extractor`` (an Extractor) or ``annotator`` (a loaded Annotator) skip loading;
    ``store`` (a :class:`quotes.store.Store`) skips opening the one of ``DATABASE_URL``."""
    app = Flask("quotes", static_folder=None)
    app.json.sort_keys = False  # keep the engine's order: article, quotes, speakers, meta
    app.config.update(OPENAPI_SETTINGS)
    app.config.update(app_config())
    if isinstance(config, dict):
        app.config.update(config)
    elif config is not None:
        app.config.from_object(config)
    configure_logging(app.config["LOG_LEVEL"], app.config["LOG_FORMAT"])

    api = ProblemApi(app)
    register_error_handlers(app)
    init_request_ids(app)
    api.register_blueprint(ops)
    api.register_blueprint(v1)
    app.register_blueprint(review_page)  # the review page: plain Flask, not part of the OpenAPI document
    document_limits(api.spec, app.config)
    app.after_request(record_request)
    app.extensions["quotes.admission"] = Admission(app.config["MAX_ACTIVE"], app.config["MAX_QUEUE"])
    api.register_blueprint(store_api)
    app.extensions["quotes.store"] = store or open_store(app.config)

    slot = ExtractorSlot()
    app.extensions["quotes.model"] = slot
    if extractor is not None:
        slot.extractor = extractor
    else:
        def build():
            return build_extractor(app.config["STANZA_RESOURCES_DIR"], download=app.config["STANZA_DOWNLOAD"],
                                   registry_path=app.config["SPEAKER_REGISTRY"], annotator=annotator,
                                   use_gpu=app.config.get("STANZA_USE_GPU", "auto"))

        if annotator is not None or app.config["MODEL_LOADING"] == "startup":
            slot.load(build)
        else:
            slot.load_in_background(build)
    return app


__all__ = ["create_app", "API_VERSION"]
