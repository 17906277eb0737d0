"""Frozen entry point of `antt` (console): the command line; with no command it opens the app."""

import multiprocessing

from app.cli import run

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a helper process reading a big bundle starts this executable again
    run()
