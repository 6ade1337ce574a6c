"""Typed settings over QSettings: the only place that knows keys and types.

QSettings in INI format (what Linux uses natively, and what we ask for
everywhere so the file is the same on every platform) gives every value back
as a string or a list of strings in the next run: 14 comes back as "14",
[300, 700] as ["300", "700"], and a one-element list as a bare string. Rather
than let each caller guess, every setting is declared once below with its
decoder, which accepts the forms QSettings really returns and falls back to
the default for anything else (a hand-edited or corrupted file must never
stop the app from starting).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from reader.model import ENTITY_LABELS
from reader.paths import APP_NAME

T = TypeVar("T")

THEMES = ("light", "dark")
LANGUAGES = ("en", "zh_CN")
COPY_PDFS = ("yes", "no")
FONT_SIZE_DEFAULT = 14
FONT_SIZE_MIN = 8
FONT_SIZE_MAX = 40
RECENT_LIBRARIES_MAX = 10

_INT = re.compile(r"[+-]?\d+")


def _to_int(raw: Any) -> int | None:
    if isinstance(raw, bool):  # bool is an int subclass; True is not a size
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and _INT.fullmatch(raw.strip()):
        return int(raw)
    return None


def _to_str_list(raw: Any) -> list[str] | None:
    """A list of strings as QSettings returns it: list, bare string, or nothing."""
    if raw is None:
        return []
    if isinstance(raw, str):
        return [raw] if raw else []
    if isinstance(raw, (list, tuple)) and all(isinstance(item, str) for item in raw):
        return list(raw)
    return None


def _clamp_font_size(size: int) -> int:
    return max(FONT_SIZE_MIN, min(FONT_SIZE_MAX, size))


class _Setting(Generic[T]):
    """A data descriptor for one key: `decode` returns None for a bad value."""

    def __init__(self, key: str, default: Callable[[], T], decode: Callable[[Any], T | None],
                 encode: Callable[[T], Any] = lambda value: value) -> None:
        self.key = key
        self.default = default
        self.decode = decode
        self.encode = encode

    def __get__(self, settings: Settings | None, owner: type) -> T:
        if settings is None:
            return self  # type: ignore[return-value]  # class access, for introspection
        raw = settings.qsettings.value(self.key)
        if raw is None:
            return self.default()
        value = self.decode(raw)
        return self.default() if value is None else value

    def __set__(self, settings: Settings, value: T) -> None:
        stored = self.encode(value)
        if stored is None:
            settings.qsettings.remove(self.key)
        else:
            settings.qsettings.setValue(self.key, stored)


def _decode_bytes(raw: Any) -> QByteArray | None:
    if isinstance(raw, QByteArray):
        return raw
    if isinstance(raw, bytes):
        return QByteArray(raw)
    return None


def _decode_sizes(raw: Any) -> list[int] | None:
    items = raw if isinstance(raw, (list, tuple)) else [raw]
    sizes = [_to_int(item) for item in items]
    if not sizes or any(size is None or size < 0 for size in sizes):
        return None
    return sizes  # type: ignore[return-value]


def _encode_sizes(sizes: Iterable[int]) -> list[int]:
    return [int(size) for size in sizes]


def _decode_font_size(raw: Any) -> int | None:
    size = _to_int(raw)
    return None if size is None else _clamp_font_size(size)


def _choice(choices: tuple[str, ...]) -> Callable[[Any], str | None]:
    return lambda raw: raw if raw in choices else None


def _encode_choice(choices: tuple[str, ...]) -> Callable[[str], str]:
    def encode(value: str) -> str:
        if value not in choices:
            raise ValueError(f"{value!r} is not one of {choices}")
        return value
    return encode


def _decode_hidden_labels(raw: Any) -> frozenset[str] | None:
    labels = _to_str_list(raw)
    if labels is None:
        return None
    return frozenset(label for label in labels if label in ENTITY_LABELS)


def _decode_path(raw: Any) -> str | None:
    return raw if isinstance(raw, str) and raw else None


def _decode_paths(raw: Any) -> list[str] | None:
    paths = _to_str_list(raw)
    if paths is None:
        return None
    return [path for path in paths if path][:RECENT_LIBRARIES_MAX]


def _encode_language(language: str | None) -> str | None:
    if language is not None and language not in LANGUAGES:
        raise ValueError(f"{language!r} is not one of {LANGUAGES} or None")
    return language  # None removes the key: follow the system again


def _encode_copy_pdfs(value: str | None) -> str | None:
    if value is not None and value not in COPY_PDFS:
        raise ValueError(f"{value!r} is not one of {COPY_PDFS} or None")
    return value


def _default_coder() -> str:
    from reader.coders import default_coder

    return default_coder()


def _decode_coder(raw: Any) -> str | None:
    from reader.coders import clean_coder

    return clean_coder(raw) if isinstance(raw, str) and clean_coder(raw) else None


def _encode_coder(name: str) -> str:
    from reader.coders import clean_coder

    name = clean_coder(name)
    if not name:
        raise ValueError("a coder needs a name")
    return name


def default_settings_path() -> Path:
    """The user's settings file: ~/.config/reader/reader.ini on Linux."""
    # Built per call, not with QSettings(IniFormat, UserScope, ...): QSettings
    # reads XDG_CONFIG_HOME once per process, so tests that redirect it (and
    # two app instances created in one test session) would share a file.
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(config) / APP_NAME / f"{APP_NAME}.ini"


def default_qsettings() -> QSettings:
    return QSettings(str(default_settings_path()), QSettings.Format.IniFormat)


class Settings:
    """The app's persistent settings, each a typed property with a default.

    Pass a QSettings (e.g. QSettings(path, QSettings.Format.IniFormat)) to
    use another file; tests do.
    """

    geometry: QByteArray = _Setting("window/geometry", QByteArray, _decode_bytes)
    window_state: QByteArray = _Setting("window/state", QByteArray, _decode_bytes)
    splitter_sizes: list[int] = _Setting("window/splitter_sizes", list, _decode_sizes, _encode_sizes)
    font_size: int = _Setting("reading/font_size", lambda: FONT_SIZE_DEFAULT, _decode_font_size,
                              lambda size: _clamp_font_size(int(size)))
    theme: str = _Setting("reading/theme", lambda: "light", _choice(THEMES), _encode_choice(THEMES))
    # Stored as the *hidden* types: QSettings cannot tell an empty list from
    # a missing key, and "nothing hidden" is the default, so the two agree.
    _hidden_entity_labels: frozenset[str] = _Setting(
        "reading/hidden_entity_labels", frozenset, _decode_hidden_labels,
        lambda labels: sorted(labels) or None)
    last_library: str | None = _Setting("library/last", lambda: None, _decode_path)
    recent_libraries: list[str] = _Setting("library/recent", list, _decode_paths,
                                           lambda paths: list(paths)[:RECENT_LIBRARIES_MAX] or None)
    language: str | None = _Setting("interface/language", lambda: None, _choice(LANGUAGES),
                                    _encode_language)
    # Who is coding: stored with every tag, note and annotation (default: the OS user name).
    coder: str = _Setting("coding/coder", lambda: _default_coder(), _decode_coder, _encode_coder)
    # The folders the file dialogs opened in last (reader.ui.file_dialogs).
    import_folder: str | None = _Setting("files/import_folder", lambda: None, _decode_path)
    export_folder: str | None = _Setting("files/export_folder", lambda: None, _decode_path)
    library_folder: str | None = _Setting("files/library_folder", lambda: None, _decode_path)
    # Copy imported PDFs into <library>.pdfs/ beside the library: "yes" or "no"; None until asked
    # (at the first import of a PDF).
    copy_pdfs: str | None = _Setting("import/copy_pdfs", lambda: None, _choice(COPY_PDFS), _encode_copy_pdfs)

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else default_qsettings()

    @property
    def visible_entity_labels(self) -> set[str]:
        return set(ENTITY_LABELS) - self._hidden_entity_labels

    @visible_entity_labels.setter
    def visible_entity_labels(self, labels: Iterable[str]) -> None:
        labels = set(labels)
        unknown = labels - set(ENTITY_LABELS)
        if unknown:
            raise ValueError(f"unknown entity labels: {sorted(unknown)}")
        self._hidden_entity_labels = frozenset(ENTITY_LABELS) - labels

    def add_recent_library(self, path: str) -> None:
        """Put `path` first in the recent libraries and make it the last library."""
        recent = [p for p in self.recent_libraries if p != path]
        self.recent_libraries = [path, *recent]
        self.last_library = path

    def sync(self) -> None:
        """Write pending changes to disk now (QSettings also does so on its own)."""
        self.qsettings.sync()
