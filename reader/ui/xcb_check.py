"""Before the QApplication exists: are the libraries of Qt's X11 (xcb) platform plugin there?

Since Qt 6.5 the xcb plugin needs libxcb-cursor0 and a few other xcb
libraries that the PySide6 wheel does not carry. Without them Qt aborts with
"Could not load the Qt platform plugin "xcb" … even though it was found",
which names neither the library nor the package. We try to load each library
the way the plugin will (``dlopen`` through ctypes, not by running Qt) and,
when some are missing, print one line naming the Debian/Ubuntu packages to
install. Nothing is checked when Qt will not use xcb (QT_QPA_PLATFORM or
``-platform`` names another plugin, a Wayland session, not Linux).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping, Sequence

# What PySide6's libqxcb.so and libQt6XcbQpa.so.6 load from the system
# (their DT_NEEDED entries outside the wheel), and the Debian/Ubuntu package
# of each. libxcb-xinerama0, needed by Qt 5's plugin, is not among them.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def loadable(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(argv: Sequence[str], environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will try the xcb plugin first for this process."""
    if not platform.startswith("linux"):
        return False
    chosen = None
    for i, arg in enumerate(argv):
        if arg in ("-platform", "--platform") and i + 1 < len(argv):
            chosen = argv[i + 1]
        elif arg.startswith(("-platform=", "--platform=")):
            chosen = arg.split("=", 1)[1]
    chosen = chosen or environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    # Qt 6 starts with wayland on a Wayland session, and falls back to xcb only if that fails.
    return not (environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland")


def missing_libraries(load: Callable[[str], bool] | None = None) -> list[str]:
    load = load or loadable
    return [soname for soname in XCB_LIBRARIES if not load(soname)]


def message(missing: Sequence[str]) -> str:
    packages = " ".join(dict.fromkeys(XCB_LIBRARIES[name] for name in missing))
    return (
        f"reader: Qt's X11 platform plugin needs {', '.join(missing)}, which "
        f"{'is' if len(missing) == 1 else 'are'} not installed; on Debian or Ubuntu: sudo apt install {packages}"
    )


def check(
    argv: Sequence[str], environ: Mapping[str, str] | None = None, load: Callable[[str], bool] | None = None
) -> str | None:
    """None when the app can start; else the one line to print before exiting with status 1."""
    environ = os.environ if environ is None else environ
    if not uses_xcb(argv, environ):
        return None
    missing = missing_libraries(load)
    return message(missing) if missing else None
