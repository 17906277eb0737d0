"""Frozen entry point of the windowed launcher (no console window on Windows): always the desktop app."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a helper process reading a big bundle starts this executable again
    sys.exit(main(sys.argv[1:] if any(a.startswith("--") for a in sys.argv[1:]) else []))
