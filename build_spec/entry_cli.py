"""Frozen entry point of `antt` (console): the command line; with no command it opens the app."""

from app.cli import run

run()
