"""Translation: gettext catalogs with English message ids, plurals and dates from Babel.

Code writes user-facing text in English and wraps it: `_("Next segment")`,
`ngettext("{n} session stored", "{n} sessions stored", n)`, `pgettext("technique",
"Silence")`. Fields are filled with `str.format` *after* translation, so a
translator may move them: `_("Saved to {path}", path=p)`. Texts defined before
the language is known (tables at import time) are marked with `N_()` and
translated where they are shown. Keep every call out of f-strings: extraction
cannot see inside them (a test checks).

Catalogs live in `locale/<lang>/LC_MESSAGES/sessiontui.po`; the `.mo` files
are compiled from them when the package is built or installed (see
`hatch_build.py` and `make catalogs`). English needs no catalog: it is the
message ids themselves. A language is available when its compiled catalog is.

The UI language is a plain code ("en", "es"), chosen once at start-up; a
summary in another language uses its own `translator(language)` (or
`session_translator` for a code read from stored data).
"""

from __future__ import annotations

import gettext as _gettext
from datetime import date, datetime
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

__all__ = [
    "DOMAIN",
    "LOCALE_DIR",
    "N_",
    "SOURCE_LANGUAGE",
    "Translator",
    "_",
    "available_languages",
    "current",
    "current_language",
    "ngettext",
    "pgettext",
    "session_translator",
    "set_language",
    "translator",
]

DOMAIN = "sessiontui"
LOCALE_DIR = Path(__file__).parent / "locale"
SOURCE_LANGUAGE = "en"


def _fill(text: str, fields: dict[str, object]) -> str:
    return text.format(**fields) if fields else text


class Translator:
    """Every translation and date format for one language."""

    def __init__(self, language: str, translations: _gettext.NullTranslations) -> None:
        self.language = language
        self._translations = translations

    @cached_property
    def locale(self) -> Locale:
        """This language's Babel locale, made at the first date or time written (Babel
        and its locale data load then, once per language: a session's start writes none)."""
        from babel import Locale  # noqa: PLC0415

        return Locale.parse(self.language)

    def gettext(self, message: str, /, **fields: object) -> str:
        """`message` in this language, with `fields` filled in."""
        return _fill(self._translations.gettext(message), fields)

    def ngettext(self, singular: str, plural: str, n: int, /, **fields: object) -> str:
        """The form for `n` (by the catalog's Plural-Forms rule); `{n}` is filled in."""
        return _fill(self._translations.ngettext(singular, plural, n), {"n": n, **fields})

    def pgettext(self, context: str, message: str, /, **fields: object) -> str:
        """`message` in a context that tells two same-looking English texts apart."""
        return _fill(self._translations.pgettext(context, message), fields)

    def format_date(self, value: date, format: str = "medium") -> str:
        """A date written out in this language (Babel: "full", "long", "medium", or a pattern)."""
        from babel.dates import format_date  # noqa: PLC0415 (see `locale`)

        return format_date(value, format, locale=self.locale)

    def format_time(self, value: datetime, format: str = "short") -> str:
        """A time of day in this language's usual form."""
        from babel.dates import format_time  # noqa: PLC0415 (see `locale`)

        return format_time(value, format, locale=self.locale)

    def format_datetime(
        self, value: datetime, format: str = "medium", *, time_format: str | None = None
    ) -> str:
        """A date and time in this language's usual form.

        `time_format` ("short": no seconds) formats the time apart from the date,
        joined the way the language joins them.
        """
        if time_format is None:
            from babel.dates import format_datetime  # noqa: PLC0415 (see `locale`)

            return format_datetime(value, format, locale=self.locale)
        # As Babel joins them: the locale's pattern, e.g. "{1}, {0}" or "{1} 'at' {0}".
        pattern = str(self.locale.datetime_formats[format]).replace("'", "")
        time_text = self.format_time(value, time_format)
        return pattern.replace("{0}", time_text).replace("{1}", self.format_date(value, format))


@cache
def available_languages() -> tuple[str, ...]:
    """English, then every language whose compiled catalog ships with the package."""
    compiled = sorted(
        path.parent.parent.name for path in LOCALE_DIR.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")
    )
    return (SOURCE_LANGUAGE, *(code for code in compiled if code != SOURCE_LANGUAGE))


def language_name(language: str) -> str:
    """The name of `language` (a code of `available_languages`) in the UI language."""
    from babel import Locale  # noqa: PLC0415 (Babel loads when a name is first needed)

    name = Locale.parse(language).get_language_name(current().locale)
    return (name or language).capitalize()


@cache
def translator(language: str) -> Translator:
    """The translator for `language`; raises ValueError for a language we do not ship."""
    if language not in available_languages():
        raise ValueError(language)
    if language == SOURCE_LANGUAGE:
        return Translator(language, _gettext.NullTranslations())
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as handle:
        return Translator(language, _gettext.GNUTranslations(handle))


def session_translator(language: str) -> Translator:
    """The translator for a stored session's language code.

    English when no catalog ships for it (a session written by a newer version
    with more languages): an old record must never stop the app.
    """
    return translator(language if language in available_languages() else SOURCE_LANGUAGE)


_current: Translator | None = None


def set_language(language: str) -> None:
    """Choose the UI language for every later `_()` call (ValueError if not shipped)."""
    global _current  # noqa: PLW0603 - one process shows one language at a time
    _current = translator(language)


def current() -> Translator:
    """The UI language's translator (English until `set_language` is called)."""
    return _current or translator(SOURCE_LANGUAGE)


def current_language() -> str:
    """The UI language in force, as a code ("en", "es")."""
    return current().language


def _(message: str, /, **fields: object) -> str:
    """`message` in the UI language, with `fields` filled in."""
    return current().gettext(message, **fields)


def ngettext(singular: str, plural: str, n: int, /, **fields: object) -> str:
    """The UI language's singular or plural form for `n`; `{n}` is filled in."""
    return current().ngettext(singular, plural, n, **fields)


def pgettext(context: str, message: str, /, **fields: object) -> str:
    """`message` in the UI language, in `context`."""
    return current().pgettext(context, message, **fields)


def N_(message: str, /) -> str:
    """Mark `message` for extraction only; translate it with `_()` where it is shown."""
    return message
