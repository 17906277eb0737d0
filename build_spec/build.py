"""Build the one-folder desktop bundle: `python build_spec/build.py [--smoke]`.

Runs PyInstaller on build_spec/antt.spec into dist/ (work files in build/), prints the bundle's
size and the build time; with --smoke, runs the frozen binary through the smoke test.
Works the same on Windows and Linux (PyInstaller does not cross-compile: build on the target OS).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build() -> Path:
    import app

    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"), str(ROOT / "build_spec" / "antt.spec")],
        check=True, cwd=ROOT,
    )
    bundle = ROOT / "dist" / f"antt-logbook-{app.__version__}"
    print(f"built {bundle} in {time.perf_counter() - started:.0f} s, {folder_size(bundle) / 1e6:.0f} MB")
    return bundle


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--smoke", action="store_true", help="run the smoke test of the frozen binary after building")
    args = ap.parse_args()
    bundle = build()
    if args.smoke:
        env = dict(os.environ, ANTT_BUNDLE=str(bundle))
        return subprocess.call([sys.executable, "-m", "pytest", "-q", "-m", "bundle", "tests/bundle"], cwd=ROOT, env=env)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
