"""
Time `load_demo` on a fresh SQLite database, then a second run on the loaded one: `make bench`.

Speed is measured here, never asserted in tests. The second run should create nothing, so its
time is what checking the whole demo costs.
"""

import os
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path


def main():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    database = Path(tempfile.mkdtemp(prefix="voresishoj-bench-")) / "bench.sqlite3"
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{database}")
    os.environ["DJANGO_SETTINGS_MODULE"] = "voresishoj.settings.test"

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    for run in ("first", "second"):
        start, cpu = time.perf_counter(), time.process_time()
        call_command("load_demo", stdout=StringIO())
        print(
            f"load_demo, {run} run: {time.perf_counter() - start:6.1f} s "
            f"({time.process_time() - cpu:.1f} s of CPU)"
        )


if __name__ == "__main__":
    main()
