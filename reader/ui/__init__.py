"""The Qt desktop app. Nothing outside this package imports Qt.

Start it with ``reader.ui.app.main()`` (``python main.py``).
"""
