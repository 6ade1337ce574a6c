"""The process ends cleanly while another thread is inside PDFium (the page view rendering as the app quits)."""

import subprocess
import sys
import textwrap

from composer import compose_pdf

CHILD = textwrap.dedent("""
    import sys, threading, time
    from reader.pdf import PdfFile
    from reader.pdf_lock import PDFIUM_LOCK

    started = threading.Event()

    def render_forever():
        while True:
            with PDFIUM_LOCK, PdfFile(sys.argv[1]) as pdf:
                started.set()
                pdf.render(0, 3.0)

    threading.Thread(target=render_forever, daemon=True).start()
    started.wait(30)
    time.sleep(0.2)
    print("exiting", flush=True)
""")


def test_exiting_while_a_thread_renders_neither_crashes_nor_closes_its_document_under_it(tmp_path):
    path = tmp_path / "page.pdf"
    path.write_bytes(compose_pdf(43)[0])
    # Several tries: the crash needs the exit to land inside a render.
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
        assert "exiting" in done.stdout
        assert "still open" not in done.stderr
