"""Two runs that create one new store at the same moment both get a working store."""

from __future__ import annotations

import threading

from timeline.store import Store


def _open(path: str, barrier: threading.Barrier, errors: list[BaseException]) -> None:
    barrier.wait()
    try:
        with Store(path) as store:
            assert store.schema_version >= 1
    except BaseException as exc:  # reported by the test, with the round
        errors.append(exc)


def test_store_two_runs_creating_one_database_both_succeed(tmp_path):
    for round_ in range(20):
        path = str(tmp_path / f"new{round_}.db")
        barrier = threading.Barrier(3)
        errors: list[BaseException] = []
        threads = [threading.Thread(target=_open, args=(path, barrier, errors)) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == [], f"round {round_}: {errors}"
