"""Move the printed forms' own wording from code into the message catalogue (issue 19 item 8, the forms' part).

    python tools/move_report_words.py            # rewrite app/reports/*.py, add the entries, compile
    python tools/move_report_words.py --dry-run  # say what would move and what stays

A call ``tr(lang, "Cộng", "Total")`` in app/reports becomes ``say("total", lang)``, and
``tr(lang, f"Năm {y.year} ...", f"In {y.year}, ...")`` becomes ``say("in_year", lang, year=y.year)``: the two texts go
to resources/locale/{vi,en}/LC_MESSAGES/antt.po under the context "report" (app/reports/wording.py reads them), each
f-string's expressions turned into named placeholders ({year}); the printed words stay the same (str.format applies
the same format spec as the f-string did). A call moves when both texts are constants or f-strings over the same
expressions; the others (different expressions in each language, counted phrases built with ngettext) are listed and
stay as they are, for a person to rewrite.

The keys come from the English text, so running it again after a rebase gives the same keys for the same words and
moves only the calls that came in since; a key already in the catalogue with other words gets a number.
Needs Babel (``pip install -e ".[tools]"``).
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.update_messages import LANGS, po_bytes, po_path, read  # noqa: E402

CONTEXT = "report"
FILES = sorted((ROOT / "app" / "reports").glob("*.py"))
SKIP = {"wording.py"}
WRAPPERS = {"text", "f", "nfc", "str", "format_number", "format_date", "escape", "_cap", "_capital", "int", "join_list"}
IMPORT = "from app.reports.wording import say\n"


def slug(english: str, words: int = 6) -> str:
    """A key from the English text: "Places rated in {year}" -> "places_rated_in_year"."""
    plain = re.sub(r"\{[^}]*\}", lambda m: " " + re.sub(r"[^a-z0-9_]", "", m.group(0).lower().split(":")[0]) + " ",
                   english.lower())
    parts = re.findall(r"[a-z0-9]+", plain)
    return "_".join(parts[:words]) or "text"


def placeholder(node: ast.expr, src: str) -> str:
    """A name for an f-string's expression: text(r.issuer.unit_name) -> unit_name; len(r.units) -> n_units."""
    if isinstance(node, ast.Name):
        return node.id.strip("_") or "x"
    if isinstance(node, ast.Attribute):
        return node.attr.strip("_") or "x"
    if isinstance(node, ast.Subscript):
        inner = node.slice
        tail = f"_{inner.value}" if isinstance(inner, ast.Constant) and isinstance(inner.value, (str, int)) else ""
        return re.sub(r"[^A-Za-z0-9_]", "_", placeholder(node.value, src) + tail)
    if isinstance(node, ast.Call):
        fn = node.func.id if isinstance(node.func, ast.Name) else (
            node.func.attr if isinstance(node.func, ast.Attribute) else "")
        if fn == "get" and node.args and isinstance(node.args[0], ast.Constant):
            return str(node.args[0].value)
        if fn in WRAPPERS and node.args:
            return placeholder(node.args[0], src)
        if fn == "len" and node.args:
            return "n_" + placeholder(node.args[0], src)
        if isinstance(node.func, ast.Attribute) and fn in ("upper", "lower", "capitalize", "strip"):
            return placeholder(node.func.value, src)
        if isinstance(node.func, ast.Attribute) and fn in ("label", "span", "name", "unit"):
            return fn
        return fn.strip("_") or "x"
    if isinstance(node, ast.BinOp):
        op = {ast.Sub: "minus", ast.Add: "plus", ast.Mult: "times"}.get(type(node.op), "and")
        right = str(node.right.value) if isinstance(node.right, ast.Constant) else placeholder(node.right, src)
        return f"{placeholder(node.left, src)}_{op}_{right}"
    if isinstance(node, ast.BoolOp):
        return placeholder(node.values[0], src)
    if isinstance(node, ast.IfExp):
        return placeholder(node.body, src)
    return "x"


def template(node: ast.expr, src: str, names: dict[str, str]) -> str | None:
    """The text of a constant or f-string as a str.format template over ``names`` (expression source -> name)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}")
    if not isinstance(node, ast.JoinedStr):
        return None
    out = []
    for part in node.values:
        if isinstance(part, ast.Constant):
            out.append(part.value.replace("{", "{{").replace("}", "}}"))
            continue
        spec = ""
        if part.format_spec is not None:
            inner = template(part.format_spec, src, names)
            if inner is None or "{" in inner.replace("{{", ""):
                return None  # a nested placeholder in a format spec: leave it to a person
            spec = ":" + inner
        conv = {-1: "", 115: "!s", 114: "!r", 97: "!a"}[part.conversion]
        out.append("{" + names[ast.get_source_segment(src, part.value)] + conv + spec + "}")
    return "".join(out)


def expressions(node: ast.expr, src: str) -> list[str]:
    if isinstance(node, ast.JoinedStr):
        return [ast.get_source_segment(src, v.value) for v in node.values if isinstance(v, ast.FormattedValue)]
    return []


def expr_nodes(node: ast.expr, src: str) -> dict[str, ast.expr]:
    if isinstance(node, ast.JoinedStr):
        return {ast.get_source_segment(src, v.value): v.value for v in node.values if isinstance(v, ast.FormattedValue)}
    return {}


_TWIN = re.compile(r"""(['"])(vi|en)\1|_(vi|en|VI|EN)\b""")


def twin(source: str, lang: str) -> str:
    """An expression with its language taken out: r.label('vi') and r.label('en') are both r.label(LANG)."""
    return _TWIN.sub(lambda m: "LANG" if m.group(2) else "_LANG", source)


def same_in(e_vi: str, e_en: str, lang_src: str) -> str:
    """The one expression for both languages: r.label(lang) when only a 'vi'/'en' argument differs, else a choice."""
    only_literal = re.sub(r"""(['"])vi\1""", "LANG", e_vi) == re.sub(r"""(['"])en\1""", "LANG", e_en)
    if only_literal:
        return re.sub(r"""(['"])vi\1""", lang_src, e_vi)
    return f'{e_vi} if {lang_src} == "vi" else {e_en}'


class Catalogue:
    """Both languages' catalogues, with the report context's entries found by their texts."""

    def __init__(self) -> None:
        self.cats = {lang: read(lang) for lang in LANGS}
        self.by_text: dict[tuple[str, str], str] = {}
        for m in self.cats["vi"]:
            if m.context == CONTEXT and isinstance(m.id, str):
                en = self.cats["en"].get(m.id, context=CONTEXT)
                if en is not None:
                    self.by_text[(m.string, en.string)] = m.id
        self.added: list[str] = []

    def key_for(self, vi: str, en: str) -> str:
        if (vi, en) in self.by_text:
            return self.by_text[(vi, en)]
        base = slug(en)
        key, n = base, 2
        while self.cats["vi"].get(key, context=CONTEXT) is not None:
            key, n = f"{base}_{n}", n + 1
        for lang, text in (("vi", vi), ("en", en)):
            self.cats[lang].add(key, text, context=CONTEXT)
        self.by_text[(vi, en)] = key
        self.added.append(key)
        return key

    def write(self) -> None:
        for lang in LANGS:
            po_path(lang).write_bytes(po_bytes(self.cats[lang]))


def convert(path: Path, cat: Catalogue) -> tuple[str, int, list[str]]:
    """The file's new source, how many calls moved, and where the calls that stay are."""
    src = path.read_text(encoding="utf-8")
    tree = ast.parse(src)
    lines = src.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def pos(lineno: int, col: int) -> int:
        # ast columns are UTF-8 byte offsets
        return offsets[lineno - 1] + len(lines[lineno - 1].encode("utf-8")[:col].decode("utf-8"))

    edits, kept = [], []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr"
                and len(node.args) == 3 and not node.keywords):
            continue
        lang, vi, en = node.args
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        lang_src = ast.get_source_segment(src, lang)
        # an expression of each language's own (r.label('vi') / r.label('en'), SAFE_VI / SAFE_EN) is one placeholder
        values = {twin(e, "vi"): e for e in expressions(vi, src)}
        values_en = {twin(e, "en"): e for e in expressions(en, src)}
        if set(values) != set(values_en):
            kept.append(where)
            continue
        exprs = {**expr_nodes(vi, src), **expr_nodes(en, src)}
        names: dict[str, str] = {}
        value_of: dict[str, str] = {}
        for common, e_vi in values.items():
            e_en = values_en[common]
            name = placeholder(exprs[e_vi], src)
            name = name if name.isidentifier() else "x"
            name = re.sub(r"_(vi|en|VI|EN)(?=_|$)", "", name).lower() if e_vi != e_en else name
            base, n = name, 2
            while name in value_of:
                name, n = f"{base}{n}", n + 1
            names[e_vi] = names[e_en] = name
            value_of[name] = e_vi if e_vi == e_en else same_in(e_vi, e_en, lang_src)
        t_vi, t_en = template(vi, src, names), template(en, src, names)
        if t_vi is None or t_en is None:
            kept.append(where)
            continue
        key = cat.key_for(t_vi, t_en)
        args = [repr(key), lang_src] + [f"{name}={value}" for name, value in value_of.items()]
        call = "say(" + ", ".join(args) + ")"
        edits.append((pos(node.lineno, node.col_offset), pos(node.end_lineno, node.end_col_offset), call))
    # innermost calls never overlap an outer one here (tr's arguments are texts): apply from the end
    for start, end, call in sorted(edits, reverse=True):
        src = src[:start] + call + src[end:]
    if edits and IMPORT not in src:
        src = _add_import(src)
    if edits and not any(isinstance(n, ast.Name) and n.id == "tr" for n in ast.walk(ast.parse(src))):
        src = _drop_tr_import(src)
    return src, len(edits), kept


def _drop_tr_import(src: str) -> str:
    """``tr`` out of the file's ``from app.reports.layout import ...`` once no call to it is left."""
    for pattern, repl in ((r"(from app\.reports\.layout import [^\n(]*?), tr\b", r"\1"),
                          (r"(from app\.reports\.layout import )tr, ", r"\1"),
                          (r"(from app\.reports\.layout import \([^)]*?)\s*\btr,?(?=[\s)])", r"\1")):
        new = re.sub(pattern, repl, src, count=1)
        if new != src:
            return new
    return src


def _add_import(src: str) -> str:
    """The import of ``say`` after the file's last top-level ``from app...`` import."""
    tree = ast.parse(src)
    last = max((n for n in tree.body if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("app")),
               key=lambda n: n.end_lineno, default=None)
    lines = src.splitlines(keepends=True)
    at = last.end_lineno if last else next(n.lineno - 1 for n in tree.body if not isinstance(n, ast.Expr))
    return "".join(lines[:at] + [IMPORT] + lines[at:])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--dry-run", action="store_true")
    args = p.parse_args(argv)
    cat = Catalogue()
    moved, kept = 0, []
    for path in FILES:
        if path.name in SKIP:
            continue
        new, n, left = convert(path, cat)
        moved += n
        kept += left
        if n and not args.dry_run:
            path.write_text(new, encoding="utf-8")
    print(f"{moved} calls moved into the catalogue ({len(cat.added)} new entries); {len(kept)} stay for a person:")
    print("  " + "\n  ".join(kept))
    if not args.dry_run and cat.added:
        cat.write()
        subprocess.run([sys.executable, str(ROOT / "tools" / "update_messages.py")], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
