"""Languages of the GUI: our Qt Linguist catalogues (resources/translations/antt_<lang>.qm), Qt's own
qtbase catalogue (so standard dialogs and buttons speak Vietnamese too, style.md §13), and the UI font.

Source strings in the code are English inside tr(); Vietnamese is the default language.
"""

from __future__ import annotations

from app.i18n import LANGUAGES, set_language
from app.paths import resource
from ui.qt import QCoreApplication, QFont, QFontDatabase, QLibraryInfo, QLocale, QTranslator

DEFAULT_LANGUAGE = "vi"
UI_FONT_FILES = ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
                 "LiberationSans-BoldItalic.ttf")
UI_FONT_FAMILY = "Liberation Sans"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def install_language(lang: str | None) -> str:
    """Make `lang` the language of every tr() from now on (and of the core's messages); returns it.

    Widgets made before the switch keep their text: the main window is rebuilt on a switch.
    """
    global _current
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator()
    if ours.load(str(resource("translations", f"antt_{lang}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en":
        qtbase = QTranslator()
        if qtbase.load(f"qtbase_{lang}", qt_dir):
            app.installTranslator(qtbase)
            _installed.append(qtbase)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English,
                               QLocale.Country.Vietnam if lang == "vi" else QLocale.Country.UnitedKingdom))
    set_language(lang)
    _current = lang
    return lang


def load_ui_font(point_size: int = 10) -> str:
    """Register the shipped UI font and make it the application font; returns the family used.

    Offscreen and on bare Xvfb machines the system may have no font with Vietnamese letters at all.
    """
    from ui.qt import QApplication

    family = None
    for name in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", "ui", name)))
        if font_id >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    family = family or UI_FONT_FAMILY
    QApplication.setFont(QFont(family, point_size))
    return family
