"""
Time the main public pages on a fresh copy of the demo site: `make bench`.

Speed is measured here, never asserted in tests. Each page is fetched once to warm caches and
renditions, then ROUNDS times; the median and slowest time and the query count are printed.
"""

import os
import statistics
import sys
import tempfile
import time
from io import StringIO
from pathlib import Path

ROUNDS = 30
PATHS = [
    "/",
    "/ar/",
    "/om-vores-ishoj/",
    "/ur/about-vores-ishoj/",
    "/search/?q=Glashuset",
    "/aktiviteter/",
    "/aktiviteter/month/",
    "/tr/etkinlikler/weekend/?target_group=children-families",
    "/aktiviteter/feed.ics",
    "/aktiviteter/byttemarked-paa-bredekaergaard/",
    "/sitemap.xml",
]


def main():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    database = Path(tempfile.mkdtemp(prefix="voresishoj-bench-")) / "bench.sqlite3"
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{database}")
    os.environ["DJANGO_SETTINGS_MODULE"] = "voresishoj.settings.test"

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=StringIO())
    client = Client()
    print(f"{'page':32} {'median ms':>10} {'max ms':>8} {'queries':>8}")
    for path in PATHS:
        assert client.get(path).status_code == 200, path
        timings = []
        for _ in range(ROUNDS):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                client.get(path)
                timings.append((time.perf_counter() - start) * 1000)
        print(
            f"{path:32} {statistics.median(timings):10.1f} {max(timings):8.1f} "
            f"{len(queries.captured_queries):8}"
        )


if __name__ == "__main__":
    main()
