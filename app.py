"""WSGI entry point: ``gunicorn -c gunicorn.conf.py app:app`` or ``flask run``."""
from quotes.web import create_app
from quotes.service.startup import fail_plainly

with fail_plainly():
    app = create_app()
