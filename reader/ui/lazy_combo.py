"""A combo box filled only when its list is opened: filters over large libraries start cheap."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget


class LazyComboBox(QComboBox):
    """A combo box whose items are (re)loaded by ``fill`` only when its list is opened."""

    def __init__(self, fill: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill = fill
        self._stale = True

    def invalidate(self) -> None:
        self._stale = True

    def ensure_filled(self) -> None:
        if self._stale:
            self._stale = False
            self._fill()

    def showPopup(self) -> None:  # noqa: N802 (Qt override)
        self.ensure_filled()
        super().showPopup()
