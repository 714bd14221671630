"""Helpers for the test suite and the benchmarks (a real gunicorn in a subprocess)."""
