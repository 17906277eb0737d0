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
    "app.cli.attach_cmds",
    "app.cli.review_cmds",
    "app.cli.period_cmds",
    "app.cli.maintenance_cmds",
    "app.cli.report_cmds",
    "app.cli.settings_cmds",
    "app.cli.sync_cmds",
    "app.cli.security_cmds",
]

# The top-level commands each module adds (a test checks this against their `register`): a command line that
# names one is parsed by its module alone, the others never imported (a report over a national store is timed
# as a process: issue 17 item 1).
COMMAND_WORDS = {
    "app.cli.setup_cmds": ("init", "unit"),
    "app.cli.record_cmds": ("model", "activity", "surrender", "figures", "stats"),
    "app.cli.attach_cmds": ("attach",),
    "app.cli.review_cmds": ("rating", "plan"),
    "app.cli.period_cmds": ("period",),
    "app.cli.maintenance_cmds": ("demo", "check"),
    "app.cli.report_cmds": ("report",),
    "app.cli.settings_cmds": ("settings",),
    "app.cli.sync_cmds": ("keys", "enrolment", "enrol", "export", "import", "conflicts", "sync-status"),
    "app.cli.security_cmds": ("user", "audit", "device", "backup", "restore"),
}

EXIT_ERROR = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A command line argparse refuses; shown as one sentence (issue 18: never the usage block and exit 2)."""

    def __init__(self, command: str, detail: str) -> None:
        super().__init__(detail)
        self.command, self.detail = command, detail


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse prints usage and exits 2; we say one sentence and exit 1
        command = self.prog.split(" ", 1)[1] if " " in self.prog else ""
        raise UsageError(command, message)


def _common_options() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="store file (default: ANTT_DB or the user data folder)")
    common.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of messages: vi (default) or en")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print the result as JSON for scripts")
    common.add_argument("--user", default=argparse.SUPPRESS,
                        help="account to log in as on a store with accounts (or ANTT_USER); the password is asked "
                             "for, or read from ANTT_PASSWORD")
    return common


def build_parser(with_commands: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    """The whole parser; with ``only`` (a module of COMMAND_MODULES) just that module's commands."""
    common = _common_options()
    parser = _Parser(
        prog="antt", parents=[common],
        description="ANTT Logbook — Sổ theo dõi ANTT. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"ANTT Logbook {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if with_commands:
        for name in [only] if only else COMMAND_MODULES:
            importlib.import_module(name).register(sub, common)
    return parser


def _command_module(argv: list[str]) -> tuple[bool, str | None]:
    """(whether argv holds only global options, so the desktop app starts and no command module is imported
    (the app's start-up time is a target); the one module that adds the command argv names, None when it names
    none or one no module adds: then every module, for the full help or the sentence about a wrong command)."""
    _, rest = _common_options().parse_known_args(argv)
    word = next((a for a in rest if not a.startswith("-")), None)
    if word is None or rest[0] != word:  # --help, --version or an unknown option before the command: every module
        return not rest, None
    return False, next((m for m, words in COMMAND_WORDS.items() if word in words), None)


def _language(args) -> str:
    lang = getattr(args, "lang", None) or os.environ.get("ANTT_LANG")
    return lang if lang in LANGUAGES else "vi"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    lang = _language_of(argv)
    set_language(lang)
    if not argv:  # the desktop icon: the app, without building the parser (argparse's own gettext lookups
        # import `locale`, 5-7 ms before the first window; issue 17 item 4)
        from ui.app import run_gui

        return run_gui(None, None)
    try:
        _check_arguments(argv)
        opens_app, module = _command_module(argv)
        parser = build_parser(with_commands=not opens_app, only=module)
        args = parser.parse_args(argv)
    except AnttError as exc:
        return _refuse(exc.message(lang))
    except UsageError as exc:
        return _refuse(t("cli_usage", lang, detail=exc.detail, command=exc.command).replace("antt  --help", "antt --help"))
    lang = _language(args)
    set_language(lang)
    if not args.command:
        from ui.app import run_gui  # the only place the CLI reaches for Qt

        return run_gui(getattr(args, "db", None), getattr(args, "lang", None))
    try:
        code = args.handler(args) or 0
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except AnttError as exc:
        return _refuse(exc.message(lang))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _reader_went_away()
    except OSError as exc:  # the system refused a path the officer gave (too long, no permission, a file not a folder)
        return _refuse(_os_refusal(exc, lang))
    except Exception as exc:  # last resort (issue 18): one sentence, the traceback in a log file
        return _refuse(t("cli_unexpected", lang, error=type(exc).__name__, log=_log_unexpected(args)))


def _refuse(sentence: str) -> int:
    try:
        print(sentence, file=sys.stderr)
    except (BrokenPipeError, OSError):
        pass
    return EXIT_ERROR


def _os_refusal(exc: OSError, lang: str) -> str:
    from app.sync.phrases import os_reason

    path = exc.filename if exc.filename is not None else "—"
    return t("cli_path_refused", lang, path=str(path), reason=os_reason(exc).text(lang))


def _reader_went_away() -> int:
    """Output piped into `head` (or any reader that stops early): end quietly, as Unix tools do. What the
    command did is done (a record written stays written), so the exit status is 0."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's own flush at exit must not fail again
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # stdout is not a real file (a test's capture): nothing will flush it at exit
    return 0


def _language_of(argv: list[str]) -> str:
    """The language asked for, read before parsing (a parsing error is said in it too)."""
    lang = None
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg[7:]
    lang = lang or os.environ.get("ANTT_LANG")
    return lang if lang in LANGUAGES else "vi"


def _check_arguments(argv: list[str]) -> None:
    """An argument that is not UTF-8 (Python hands it over as lone surrogates) reaches nothing: it could
    be neither stored nor looked up nor printed."""
    for position, arg in enumerate(argv, 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            raise AnttError("cli_bad_argument", position=position) from None


LOG_NAME = "antt-errors.log"


def _log_unexpected(args) -> str:
    """Append the traceback under way to the log file in the data folder (beside the store); its path."""
    import datetime as dt
    import tempfile
    import traceback

    from app.store.db import default_db_path

    db = getattr(args, "db", None)
    folders = [Path(db).parent if db else default_db_path().parent, Path(tempfile.gettempdir())]
    entry = f"--- {dt.datetime.now().isoformat(timespec='seconds')} antt {getattr(args, 'command', '')}\n" \
            + traceback.format_exc()
    for folder in folders:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / LOG_NAME
            with open(path, "a", encoding="utf-8", errors="backslashreplace") as fh:
                fh.write(entry)
            return str(path)
        except OSError:
            continue
    return "—"


def run() -> None:
    sys.exit(main())
