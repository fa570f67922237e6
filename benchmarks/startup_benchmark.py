"""Time from starting the process to the main window on screen (SPEC: <= 1.5 s on a 100 000-customer database).

    .venv/bin/python benchmarks/startup_benchmark.py --sqlite /tmp/bench100k.sqlite [--runs 5]
    (make the database first: reskontra demo-data --customers 100000 --database-url sqlite:////tmp/bench100k.sqlite)

Each run is a new Python process doing what ``reskontra gui`` does (``views.app.run``: Qt, the
translations, opening and checking the database off the GUI thread, the main window); the clock
starts before the process is spawned and stops when the main window's first paint is done.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

CHILD = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from desktop_app.views import app as app_mod
from desktop_app.views import main_window

original_show = main_window.MainWindow.show

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("shown", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
            obj.removeEventFilter(self)
        return False

watcher = FirstPaint()

def show(self):
    self.installEventFilter(watcher)
    original_show(self)

main_window.MainWindow.show = show
sys.exit(app_mod.run(sys.argv[1], demo=False, lang="fi", today=None))
"""


def one_run(url: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, url], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - started
            break
    else:
        raise SystemExit("the main window was never shown")
    proc.wait(timeout=30)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", required=True, type=Path, help="an existing database file")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": str(Path("/tmp/reskontra-startup-bench-config"))}
    url = f"sqlite:///{args.sqlite}"
    one_run(url, env)  # warm the file cache and the byte-code cache
    times = [one_run(url, env) for _ in range(args.runs)]
    print(f"main window shown after start: median {statistics.median(times):.2f} s, "
          f"max {max(times):.2f} s over {len(times)} runs ({args.sqlite})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
