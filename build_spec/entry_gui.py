"""Frozen entry point of the windowed launcher (no console window on Windows): always the desktop app."""

import sys

from app.cli import main

sys.exit(main(sys.argv[1:] if any(a.startswith("--") for a in sys.argv[1:]) else []))
