"""`antt`: the command line. With no command it opens the desktop app (Qt is imported only then).

Each module in COMMAND_MODULES has `register(subparsers)`, adding its commands; a command's
handler takes (args, store) and returns what it printed for scripts. Errors from the core
(AnttError) become one sentence on stderr and exit status 1.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from pathlib import Path

from app import __version__
from app.errors import AnttError
from app.i18n import LANGUAGES, set_language, t

# Modules that add subcommands, in the order of `antt --help`.
COMMAND_MODULES = [
    "app.cli.setup_cmds",
    "app.cli.record_cmds",
    "app.cli.review_cmds",
    "app.cli.period_cmds",
    "app.cli.maintenance_cmds",
    "app.reports.cli",
    "app.cli.settings_cmds",
    "app.cli.sync_cmds",
    "app.cli.security_cmds",
]

EXIT_ERROR = 1
EXIT_USAGE = 2


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="store file (default: ANTT_DB or the user data folder)")
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of messages: vi (default) or en")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print the result as JSON for scripts")
    common.add_argument("--user", default=argparse.SUPPRESS,
                        help="account to log in as on a store with accounts (or ANTT_USER); the password is asked "
                             "for, or read from ANTT_PASSWORD")
    return common


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="antt", parents=[common],
        description="ANTT Logbook — Sổ theo dõi ANTT. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"ANTT Logbook {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if with_commands:
        for name in COMMAND_MODULES:
            importlib.import_module(name).register(sub, common)
    return parser


def _opens_the_app(argv: list[str]) -> bool:
    """True when argv holds only global options (no command, no --help/--version): the desktop app starts,
    and the command modules are not even imported (the app's start-up time is a target)."""
    _, rest = _common_options().parse_known_args(argv)
    return not rest


def _language(args) -> str:
    lang = getattr(args, "lang", None) or os.environ.get("ANTT_LANG")
    return lang if lang in LANGUAGES else "vi"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(with_commands=not _opens_the_app(argv))
    args = parser.parse_args(argv)
    lang = _language(args)
    set_language(lang)
    if not args.command:
        from ui.app import run_gui  # the only place the CLI reaches for Qt

        return run_gui(getattr(args, "db", None), getattr(args, "lang", None))
    try:
        return args.handler(args) or 0
    except AnttError as exc:
        print(exc.message(lang), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def run() -> None:
    sys.exit(main())
