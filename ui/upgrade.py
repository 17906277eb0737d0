"""Opening a store of an older schema in the app (minutes on a national store: the backup copies the whole file,
a step may rewrite every version, VACUUM rewrites the file). The upgrade runs on a worker (ui/tasks.py) behind
a modal progress dialog saying what it does, in the core's own sentences (app/store/migrations.Stage): the
window would otherwise not appear for minutes.

Cancel is offered while the backup is being taken (stopping then leaves the store as it was, and the app
ends); once the steps rewrite the file there is no Cancel, and no closing the dialog. A power cut even then
loses nothing: each step is one transaction, and the backup was taken first.
"""

from __future__ import annotations

from pathlib import Path


def upgrade_before_opening(db_path: str | Path | None, lang: str | None = None) -> bool:
    """Upgrade the store at `db_path` if its schema is older, showing the progress; True when it may now be
    opened (nothing to do, or upgraded), False when the upgrade was cancelled or failed (its sentence shown)."""
    from app.store.db import default_db_path
    from app.store.migrations import pending_steps, stored_language
    from ui.app import choose_language

    path = Path(db_path) if db_path else default_db_path()
    current, newest = pending_steps(path)
    if not 0 < current < newest:
        return True
    from ui.upgrade_dialog import upgrade_with_dialog

    return upgrade_with_dialog(path, choose_language(lang or stored_language(path), None))
