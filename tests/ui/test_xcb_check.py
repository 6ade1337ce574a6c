"""Starting on a machine without the X11 plugin's libraries: one clear line and status 1, not Qt's abort."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reader.ui import xcb_check
from reader.ui.xcb_check import XCB_LIBRARIES, check, message, missing_libraries, uses_xcb

X11 = {"DISPLAY": ":0"}


@pytest.mark.parametrize(
    "argv, environ, expected",
    [
        (["main.py"], X11, True),
        (["main.py"], {**X11, "QT_QPA_PLATFORM": "xcb"}, True),
        (["main.py"], {**X11, "QT_QPA_PLATFORM": "offscreen"}, False),
        (["main.py"], {**X11, "QT_QPA_PLATFORM": "wayland;xcb"}, False),
        (["main.py", "-platform", "offscreen"], X11, False),
        (["main.py", "-platform", "xcb"], {"QT_QPA_PLATFORM": "offscreen"}, True),
        (["main.py"], {**X11, "WAYLAND_DISPLAY": "wayland-0"}, False),
        (["main.py"], {"XDG_SESSION_TYPE": "wayland"}, False),
    ],
)
def test_only_an_xcb_start_is_checked(argv, environ, expected):
    assert uses_xcb(argv, environ, platform="linux") is expected


def test_nothing_is_checked_off_linux():
    assert not uses_xcb(["main.py"], X11, platform="darwin")
    assert not uses_xcb(["main.py"], X11, platform="win32")


def test_a_missing_library_is_named_with_its_package():
    missing = missing_libraries(lambda name: name != "libxcb-cursor.so.0")
    assert missing == ["libxcb-cursor.so.0"]
    assert message(missing) == (
        "reader: Qt's X11 platform plugin needs libxcb-cursor.so.0, which is not installed; "
        "on Debian or Ubuntu: sudo apt install libxcb-cursor0"
    )


def test_several_missing_libraries_make_one_line():
    line = check(["main.py"], X11, load=lambda name: name not in ("libxcb-icccm.so.4", "libxkbcommon-x11.so.0"))
    assert line is not None and "\n" not in line
    assert line.endswith("sudo apt install libxcb-icccm4 libxkbcommon-x11-0")


def test_all_present_is_no_problem():
    assert check(["main.py"], X11, load=lambda name: True) is None


def test_the_libraries_are_really_tried_with_dlopen():
    assert xcb_check.loadable("libc.so.6") if sys.platform.startswith("linux") else True
    assert not xcb_check.loadable("libreader-no-such-library.so.7")
    assert all(package.startswith("lib") for package in XCB_LIBRARIES.values())


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_main_prints_the_line_and_exits_1_before_creating_the_application(monkeypatch, capsys):
    from reader.ui import app

    for name in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(xcb_check, "loadable", lambda name: name != "libxcb-cursor.so.0")
    built = []
    monkeypatch.setattr(app, "build", lambda *a, **k: built.append(a))
    assert app.main(["main.py"]) == 1
    assert built == []  # no QApplication was made
    assert capsys.readouterr().err.strip().endswith("sudo apt install libxcb-cursor0")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_main_py_with_a_library_hidden_from_the_loader(tmp_path):
    # A real process: the check runs before Qt, so Qt's own abort never comes.
    code = (
        "import sys; from reader.ui import xcb_check; "
        "xcb_check.loadable = lambda n: n != 'libxcb-cursor.so.0'; "
        "from reader.ui.app import main; sys.exit(main(['main.py']))"
    )
    env = {"PATH": "/usr/bin:/bin", "DISPLAY": ":0", "HOME": str(tmp_path), "READER_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "libxcb-cursor0" in lines[0] and "Could not load the Qt platform plugin" not in done.stderr
