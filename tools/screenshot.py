"""Take the README screenshot: the real app, first launch, sample page open.

    .venv/bin/python tools/screenshot.py                     # -> docs/screenshot.png
    .venv/bin/python tools/screenshot.py --pdf PAGE.pdf -o /tmp/pdf.png   # a PDF's article in the page view
    .venv/bin/python tools/screenshot.py --no-system-cjk -o /tmp/bare.png --language zh_CN

It runs itself under `xvfb-run` (Debian packages xvfb, xauth).
The app starts exactly as `python main.py` does (reader.ui.app.build) but
with its data directory and settings in a temporary folder, so it is a first
launch: the library is created, the sample page imported, the first article
opened. The picture is taken once entity recognition has finished, so the
highlights are in it.

--no-system-cjk hides every font but DejaVu from fontconfig, to see the app
as on a machine without a CJK font (the bundled font must then draw Chinese).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD_MARK = "READER_SCREENSHOT_UNDER_XVFB"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Screenshot of the app with the sample page open.")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--size", default="1400x900", help="window size WxH (default 1400x900)")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--language", choices=("en", "zh_CN"), default="en")
    parser.add_argument("--font-size", type=int, default=None, help="reading font size")
    parser.add_argument("--no-system-cjk", action="store_true", help="hide system CJK fonts")
    parser.add_argument("--pdf", type=Path, help="also import this PDF and show its first article in the page view")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for recognition")
    return parser.parse_args(argv)


def rerun_under_xvfb(args: argparse.Namespace, argv: list[str]) -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        sys.exit("no display and no xvfb-run: apt-get install -y xvfb xauth")
    width, height = args.size.split("x")
    # The screen is a little larger than the window, so nothing is clipped.
    screen = f"-screen 0 {int(width) + 40}x{int(height) + 40}x24"
    env = {**os.environ, CHILD_MARK: "1"}
    return subprocess.call([xvfb, "-a", "-s", screen, sys.executable, __file__, *argv], env=env)


def hide_system_cjk_fonts(folder: Path) -> None:
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    config = folder / "fonts.conf"
    config.write_text(textwrap.dedent(f"""\
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <dir>{dejavu}</dir>
          <include ignore_missing="yes">/etc/fonts/conf.d</include>
          <cachedir>{folder / "fontcache"}</cachedir>
        </fontconfig>
    """), encoding="utf-8")
    os.environ["FONTCONFIG_FILE"] = str(config)


def take(args: argparse.Namespace, folder: Path) -> int:
    # Everything the app reads from the environment is set before Qt starts.
    os.environ["READER_DATA_DIR"] = str(folder / "data")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    if args.no_system_cjk:
        hide_system_cjk_fonts(folder)

    from PySide6.QtCore import QEventLoop, QTimer

    from reader.ui.app import build
    from reader.ui.settings import Settings

    settings = Settings()
    settings.theme = args.theme
    settings.language = args.language
    if args.font_size is not None:
        settings.font_size = args.font_size
    settings.sync()
    del settings

    if args.pdf is not None:
        # The library is made as a first launch makes it (the sample page), then the PDF is added by the command line.
        from reader.paths import default_library_path

        for page in (ROOT / "resources" / "samples").glob("*.txt"):
            subprocess.run([sys.executable, "-m", "reader", "import", str(page), str(args.pdf.resolve()),
                            "--library", str(default_library_path())], check=True, capture_output=True)  # fmt: skip
    app, window = build(["reader"])
    if window is None:
        print("the app did not open a library", file=sys.stderr)
        return 1
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.move(0, 0)
    window.show()

    loop = QEventLoop()
    done: list[object] = []
    window.recognitionFinished.connect(lambda error: (done.append(error), loop.quit()))
    QTimer.singleShot(int(args.timeout * 1000), loop.quit)
    started = time.monotonic()
    loop.exec()
    if not done:
        print(f"recognition did not finish within {args.timeout:.0f} s; taking the picture anyway",
              file=sys.stderr)
    elif done[0]:
        print(f"recognition stopped: {done[0]}", file=sys.stderr)
    if args.pdf is not None:
        model = window.sidebar.model
        window.open_article(model.article_id(model.rowCount() - 1))
        window.actions.view_page.setChecked(True)
    # Let highlights, the entity index, the status bar (and the page view) settle.
    settle = QEventLoop()
    QTimer.singleShot(800, settle.quit)
    settle.exec()

    args.output.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(args.output), "PNG"):
        print(f"could not write {args.output}", file=sys.stderr)
        return 1
    print(f"{args.output} ({width}x{height}, recognition {time.monotonic() - started:.1f} s)")
    window.close()
    window.controller.library.close()
    app.processEvents()
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    args.output = args.output.resolve()
    if not os.environ.get(CHILD_MARK):
        # Always a fresh X server of our own: the picture does not depend on
        # the desktop it was taken on (its theme, scaling, screen size).
        return rerun_under_xvfb(args, argv)
    with tempfile.TemporaryDirectory(prefix="reader-screenshot-") as folder:
        return take(args, Path(folder))


if __name__ == "__main__":
    sys.exit(main())
