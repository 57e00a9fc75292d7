"""The merge of a store too large to hold in memory, with the same result as :func:`timeline.merge.merge`.

In memory: the actor index, the documents' metadata and a few integers per event (its row in the
store, its place in key order, its date interval, stem and participants). Candidate pairs come
from the same block sweeps as in memory and are scored in the order the sweeps find them (a pair
found again in another block is scored once: the pairs seen are kept on disk), on events loaded
from the store through a small cache: a sweep moves through a block in date order, so the events
it needs next are mostly those it just needed. Linked events form connected components, and each
component is loaded, clustered and fused on its own (no link crosses components, so this is the
in-memory result).
Fused events go to a scratch database (a temporary file SQLite deletes on close) in chronological
order; the returned Timeline reads them back one at a time.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from array import array
from collections import Counter, OrderedDict
from collections.abc import Iterator, Mapping, Sequence

import numpy as np

from timeline.errors import StoreError
from timeline.merge.actors import ActorIndex
from timeline.merge.cluster import FIGURES, Item, block_pairs, blocks, by_stem_alone, day_span, group, link, make_item
from timeline.merge.combine import fuse
from timeline.merge.order import sort_key
from timeline.model import Event, Timeline
from timeline.schema import actor_from_dict, document_from_dict, event_from_dict, event_to_dict

# Items held at once while scoring pairs: a cache of CACHE_ITEMS and those one group of
# PAIRS_PER_LOAD pairs needs, whatever the corpus size (an item holds its event: a few kB). Scored
# in the order the sweeps find them, nearly every event is loaded once even with this small cache
# (on 24,000 events in 2,000 articles: 23,000 loads, where scoring in pair order with a cache of
# 2,400 loaded 105,000: benchmarks/README.md, Dask). PAIRS_BUFFER: candidate pairs found before
# the new ones among them are scored, and links taken at once into components (8 bytes each in an
# array, ~40 as the Python integers numpy gives).
CACHE_ITEMS = 500
PAIRS_PER_LOAD = 250
PAIRS_BUFFER = 1 << 13
# Fused events written to the scratch database at once: at most this many, of this many characters
# (an event reported by many articles is long).
ROWS_BUFFER = 2000
ROWS_BUFFER_CHARS = 1 << 20
_LOCAL_BITS = 24  # events of one document below 2**24: rank = document place << 24 | place in document


class Unsupported(Exception):
    """The stored events are not what this merge assumes (each event's mentions in its own document)."""


def merge_stored(store, doc_ids: Sequence[str], *, aliases: Mapping[str, Sequence[str]] | None = None) -> Timeline:
    """The merged chronology of the named stored documents (see the module docstring).

    Raises :class:`Unsupported` when an event has no mention or mentions another document (nothing
    `extract` writes); the caller then merges in memory."""
    with store.snapshot():
        try:
            return _Merge(store, list(dict.fromkeys(doc_ids)), aliases).run()
        except sqlite3.OperationalError as exc:
            if getattr(exc, "sqlite_errorname", "") != "SQLITE_FULL":
                raise
            # the store is only read here: what filled up is the scratch database's disk
            raise StoreError(
                f"no room left for the merge's scratch database in {tempfile.gettempdir()} (up to three times "
                "the size of the chronology's JSON is needed; point SQLITE_TMPDIR at a larger disk)",
                path=store.path,
            ) from None


class _Merge:
    def __init__(self, store, doc_ids: list[str], aliases) -> None:
        self.store = store
        self.doc_ids = doc_ids
        self.aliases = aliases

    def run(self) -> Timeline:
        rows = list(self.store.document_rows(self.doc_ids))
        documents = []
        for pk, meta in rows:
            documents.append(self.store.decoded(meta, f"stored document #{pk}", _document_without_text))
        self.index = ActorIndex.from_names(
            (
                (self._names(pk), self._actors(pk), document.date.value)
                for (pk, _), document in zip(rows, documents, strict=True)
            ),
            self.aliases,
        )
        out = _Scratch()
        counts: Counter = Counter()
        self._features(rows, documents, out, counts)
        self._components(self._links(out), out, counts)
        events = out.finish()
        return Timeline(documents=tuple(documents), events=events, actors=self.index.actors_counted(counts))

    # -- pass 1: names for the actor index ------------------------------------------------------

    def _names(self, pk: int) -> Iterator[tuple[str, str]]:
        for _, data in self.store.event_rows(pk):
            for ref in self.store.decoded(data, f"stored document #{pk}").get("actors", ()):
                yield ref["name"], ref.get("type", "")

    def _actors(self, pk: int) -> list:
        return [self.store.decoded(d, f"stored document #{pk}", actor_from_dict) for d in self.store.actor_rows(pk)]

    # -- pass 2: a few integers per event -------------------------------------------------------

    def _features(self, rows, documents, out: _Scratch, counts: Counter) -> None:
        """Read every event once: its integers for the pair search, and its row in the chronology
        as if it linked to no other (most do not; the clustering replaces those that do)."""
        place = {doc_id: k for k, doc_id in enumerate(sorted(d.id for d in documents))}
        self.published = {d.id: d.date.value for d in documents}
        self.rowids = array("q")
        self.ranks = array("q")
        self.dated = array("b")
        self.first = array("i")
        self.last = array("i")
        self.stems = array("i")
        self.figures = array("b")
        out.ranks = self.ranks
        self.flat = array("i")
        self.offsets = array("q", [0])
        words: dict[str, int] = {}
        names: dict[str, int] = {FIGURES: 0}
        for (pk, _), document in zip(rows, documents, strict=True):
            seen: set[tuple] = set()
            local: list[tuple[tuple, int]] = []
            alone: list[tuple[int, Event]] = []
            for rowid, data in self.store.event_rows(pk):
                event = self._event(data, f"stored document #{pk}")
                identity = (event.id, tuple((m.doc, m.sentence, m.start) for m in event.mentions))
                if identity in seen:
                    continue
                seen.add(identity)
                index = len(self.rowids)
                item = make_item(index, self.index.canonicalize(event), published=self.published)
                if not event.mentions or item.key[0] != document.id:
                    raise Unsupported(f"event {event.id} of {document.id!r} has no mention in its document")
                local.append((item.key, index))
                alone.append((index, fuse([item.event])))
                self.rowids.append(rowid)
                self.ranks.append(0)
                span = day_span(item)
                self.dated.append(span is not None)
                self.first.append(span[0] if span else 0)
                self.last.append(span[1] if span else 0)
                self.stems.append(words.setdefault(item.stem, len(words)))
                self.figures.append(by_stem_alone(item))
                self.flat.extend(names.setdefault(p, len(names)) for p in item.participants)
                self.offsets.append(len(self.flat))
            if len(local) >= 1 << _LOCAL_BITS:
                raise Unsupported(f"{document.id!r} has too many events")
            local.sort()
            for k, (_, index) in enumerate(local):
                self.ranks[index] = (place[document.id] << _LOCAL_BITS) | k
            for index, event in alone:
                self.index.count([event], counts)
                out.add(sort_key(event), index, event)
        self.figures_key = names[FIGURES]

    def _event(self, data: str, what: str = "a stored event") -> Event:
        return self.store.decoded(data, what, event_from_dict)

    # -- candidate pairs and links --------------------------------------------------------------

    def _items(self, indexes: Sequence[int]) -> dict[int, Item]:
        """Items for these events, loaded from the store."""
        data = self.store.events_by_rowid([self.rowids[i] for i in indexes])
        return {
            i: make_item(i, self.index.canonicalize(self._event(data[self.rowids[i]])), published=self.published)
            for i in indexes
        }

    def _links(self, out: _Scratch) -> np.ndarray:
        """The candidate pairs that link, as codes i * n + j (i < j), sorted. The sweeps find a pair
        once per block it shares, several times over; each is scored the first time (the pairs
        seen are in the scratch database, not in memory), as soon as PAIRS_BUFFER are found."""
        n = len(self.rowids)
        by_stem, by_participant = blocks(
            _Slices(self.flat, self.offsets),
            self.stems,
            self.figures,
            figures_key=self.figures_key,
            container=lambda: array("i"),
        )
        cache: OrderedDict[int, Item] = OrderedDict()
        linked = array("q")
        found = array("q")
        self.most_items = 0  # items held at once, at most (tests check the bound)

        def score(codes: np.ndarray) -> None:
            for k in range(0, len(codes), PAIRS_PER_LOAD):
                chunk = codes[k : k + PAIRS_PER_LOAD]
                firsts, seconds = np.divmod(chunk, n)
                needed = dict.fromkeys(np.column_stack([firsts, seconds]).ravel().tolist())
                for i in needed:
                    if i in cache:
                        cache.move_to_end(i)
                missing = [i for i in needed if i not in cache]
                cache.update(self._items(missing))
                self.most_items = max(self.most_items, len(cache))
                for code, i, j in zip(chunk.tolist(), firsts.tolist(), seconds.tolist(), strict=True):
                    if link(cache[i], cache[j]) is not None:
                        linked.append(code)
                while len(cache) > CACHE_ITEMS:
                    cache.popitem(last=False)

        def add(i: int, j: int) -> None:
            found.append(i * n + j)
            if len(found) >= PAIRS_BUFFER:
                score(out.new_pairs(found))
                del found[:]

        block_pairs(by_stem, by_participant, _Days(self.dated, self.first, self.last), self.ranks, add)
        score(out.new_pairs(found))
        del found[:]
        return np.sort(np.frombuffer(linked, dtype=np.int64)) if linked else np.zeros(0, dtype=np.int64)

    # -- clustering, one connected component at a time ------------------------------------------

    def _components(self, linked: np.ndarray, out: _Scratch, counts: Counter) -> None:
        """Cluster every component of linked events; their fused events replace their members' rows."""
        n = len(self.rowids)
        parent = array("q", range(n))

        def find(x: int) -> int:
            root = x
            while parent[root] != root:
                root = parent[root]
            while parent[x] != root:
                parent[x], x = root, parent[x]
            return root

        linked_at = np.zeros(n, dtype=bool)
        for k in range(0, len(linked), PAIRS_BUFFER):
            firsts, seconds = np.divmod(linked[k : k + PAIRS_BUFFER], n)
            linked_at[firsts] = linked_at[seconds] = True
            for i, j in zip(firsts.tolist(), seconds.tolist(), strict=True):
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
        members = np.flatnonzero(linked_at)
        del linked_at
        if not len(members):
            return
        roots = np.fromiter((find(i) for i in members.tolist()), dtype=np.int64, count=len(members))
        order = np.argsort(roots, kind="stable")
        members, roots = members[order], roots[order]
        del order
        starts = np.flatnonzero(np.r_[True, roots[1:] != roots[:-1]]).tolist() + [len(members)]
        for a, b in zip(starts, starts[1:], strict=False):
            indexes = members[a:b].tolist()
            items = self._items(indexes)
            # linked is sorted by code, so a member's links (as the pair's first) are one run
            runs = [linked[np.searchsorted(linked, i * n) : np.searchsorted(linked, (i + 1) * n)] for i in indexes]
            links = []
            for code in np.concatenate(runs).tolist():
                i, j = divmod(code, n)
                found = link(items[i], items[j])
                if found is None:  # link() is a pure function of the two events
                    raise AssertionError(f"pair {i},{j} no longer links")
                links.append(found)
            out.drop(list(items))
            counts.subtract(self.index.count(it.event for it in items.values()))  # fusing alone kept the actors
            index_of = {id(it.event): it.index for it in items.values()}
            for evs, explain in group(list(items.values()), links):
                fused = fuse(evs, explain)
                self.index.count([fused], counts)
                # groups are ordered by their first member's key: its rank breaks ties in the order
                out.add(sort_key(fused), index_of[id(evs[0])], fused, replacing=True)


# -- the scratch database and the events read back from it ---------------------------------------


def _scratch_database() -> sqlite3.Connection:
    """A private on-disk database (the name ""), deleted when its connection closes; no journal:
    nothing in it outlives the run."""
    conn = sqlite3.connect("", isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    return conn


class _Scratch:
    """Fused events with their sort keys, in a temporary database; then in order in another table.

    Rows are keyed by an event's index (a cluster's: its first member's); :meth:`drop` removes the
    rows of events a cluster replaces."""

    def __init__(self) -> None:
        from timeline.codec import dumps

        self._dumps = dumps
        self.conn = _scratch_database()
        self.conn.execute(
            "CREATE TABLE merged (undated INT, last INT, first INT, precision INT, doc TEXT, sentence INT,"
            " start INT, id TEXT, rank INT, idx INT, data TEXT)"
        )
        self.conn.execute("CREATE TABLE dropped (idx INTEGER PRIMARY KEY)")
        self.conn.execute("CREATE TABLE pairs (code INTEGER PRIMARY KEY)")
        self.conn.execute("CREATE TABLE batch (code INTEGER PRIMARY KEY)")
        self.ranks: Sequence[int] = ()
        self.conn.execute("BEGIN")
        self._rows: list[tuple] = []
        self._chars = 0

    def add(self, key: tuple, index: int, event: Event, *, replacing: bool = False) -> None:
        undated, last, first, precision, (doc, sentence, start), event_id = key
        # a replacing row is never dropped: its idx is out of the events' range
        text = self._dumps(event_to_dict(event))
        self._rows.append(
            (
                undated,
                last,
                first,
                precision,
                doc,
                sentence,
                start,
                event_id,
                self.ranks[index],
                -1 if replacing else index,
                text,
            )
        )
        self._chars += len(text)
        if len(self._rows) >= ROWS_BUFFER or self._chars >= ROWS_BUFFER_CHARS:
            self._flush()

    def new_pairs(self, codes: array) -> np.ndarray:
        """The candidate pairs of ``codes`` (repeats allowed) not given before, each once, in the
        order they first appear; the pair table remembers them."""
        found = np.frombuffer(codes, dtype=np.int64)
        unique, first = np.unique(found, return_index=True)
        self.conn.executemany("INSERT INTO batch VALUES (?)", ((c,) for c in unique.tolist()))
        cursor = self.conn.execute("SELECT code FROM batch WHERE code NOT IN (SELECT code FROM pairs)")
        new = np.fromiter((c for (c,) in cursor), dtype=np.int64)
        self.conn.execute("INSERT INTO pairs SELECT code FROM batch WHERE code NOT IN (SELECT code FROM pairs)")
        self.conn.execute("DELETE FROM batch")
        return found[np.sort(first[np.isin(unique, new, assume_unique=True)])]

    def drop(self, indexes: list[int]) -> None:
        self.conn.executemany("INSERT INTO dropped VALUES (?)", [(i,) for i in indexes])

    def _flush(self) -> None:
        self.conn.executemany("INSERT INTO merged VALUES (?,?,?,?,?,?,?,?,?,?,?)", self._rows)
        self._rows.clear()
        self._chars = 0

    def finish(self) -> StoredEvents:
        self._flush()
        self.conn.execute("CREATE TABLE ordered (data TEXT)")
        self.conn.execute(
            "INSERT INTO ordered (data) SELECT data FROM merged WHERE idx NOT IN (SELECT idx FROM dropped)"
            " ORDER BY undated, last, first, precision, doc, sentence, start, id, rank"
        )
        self.conn.execute("DROP TABLE merged")
        self.conn.execute("DROP TABLE pairs")
        self.conn.execute("DROP TABLE batch")
        self.conn.execute("COMMIT")
        count = self.conn.execute("SELECT count(*) FROM ordered").fetchone()[0]
        return StoredEvents(self.conn, count)


class EventTable:
    """Event JSON texts, appended in order, into a scratch database: a large chronology read back
    from the store's cache without holding its events (``finish()`` gives them as StoredEvents)."""

    def __init__(self) -> None:
        self.conn = _scratch_database()
        self.conn.execute("CREATE TABLE ordered (data TEXT)")
        self.conn.execute("BEGIN")
        self._rows: list[tuple[str]] = []
        self._count = 0
        self._chars = 0

    def append(self, text: str) -> None:
        self._rows.append((text,))
        self._chars += len(text)
        if len(self._rows) >= ROWS_BUFFER or self._chars >= ROWS_BUFFER_CHARS:
            self._flush()

    def _flush(self) -> None:
        self.conn.executemany("INSERT INTO ordered (data) VALUES (?)", self._rows)
        self._count += len(self._rows)
        self._rows.clear()
        self._chars = 0

    def finish(self) -> StoredEvents:
        self._flush()
        self.conn.execute("COMMIT")
        return StoredEvents(self.conn, self._count)


class StoredEvents(Sequence[Event]):
    """The events of a merged chronology, in order, read from a scratch database when asked for.

    A Sequence: ``len()``, iteration (one event in memory at a time) and indexing. ``json_lines()``
    gives each event's JSON text as written (what the JSON writers print) without decoding it;
    ``subset(positions)`` is the events at those positions (a filtered chronology), just as lazy."""

    def __init__(self, conn: sqlite3.Connection, count: int, positions: array | None = None) -> None:
        self._conn = conn
        self._count = count if positions is None else len(positions)
        self._positions = positions  # 0-based positions in the ordered table; None: all of them

    def __len__(self) -> int:
        return self._count

    def subset(self, positions: Sequence[int]) -> StoredEvents:
        """The events at these positions of this sequence (increasing)."""
        base = self._positions
        chosen = array("q", positions if base is None else (base[k] for k in positions))
        return StoredEvents(self._conn, len(chosen), chosen)

    def json_lines(self) -> Iterator[str]:
        if self._positions is None:
            cursor = self._conn.execute("SELECT data FROM ordered ORDER BY rowid")
            while rows := cursor.fetchmany(500):
                for (text,) in rows:
                    yield text
            return
        for k in range(0, len(self._positions), 500):
            wanted = [p + 1 for p in self._positions[k : k + 500]]
            marks = ",".join("?" * len(wanted))
            found = dict(
                self._conn.execute(
                    f"SELECT rowid, data FROM ordered WHERE rowid IN ({marks})",
                    wanted,  # noqa: S608
                ).fetchall()
            )
            for rowid in wanted:
                yield found[rowid]

    def __iter__(self) -> Iterator[Event]:
        for text in self.json_lines():
            yield event_from_dict(json.loads(text))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[k] for k in range(*index.indices(self._count))]
        k = index + self._count if index < 0 else index
        if not 0 <= k < self._count:
            raise IndexError("event index out of range")
        row = k if self._positions is None else self._positions[k]
        (text,) = self._conn.execute("SELECT data FROM ordered WHERE rowid = ?", (row + 1,)).fetchone()
        return event_from_dict(json.loads(text))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StoredEvents | tuple | list):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]


# -- views over the integer arrays, for the shared sweep code ----------------------------------------


class _Slices:
    """participants[i] as a slice of one flat array."""

    def __init__(self, flat: array, offsets: array) -> None:
        self.flat, self.offsets = flat, offsets

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __iter__(self) -> Iterator[array]:
        flat, offsets = self.flat, self.offsets
        for k in range(len(offsets) - 1):
            yield flat[offsets[k] : offsets[k + 1]]


class _Days(Sequence[tuple[int, int] | None]):
    """days[i]: (first day, last day) of event i's interval, or None when undated."""

    def __init__(self, dated: array, first: array, last: array) -> None:
        self.dated, self.first, self.last = dated, first, last

    def __len__(self) -> int:
        return len(self.dated)

    def __getitem__(self, i):
        return (self.first[i], self.last[i]) if self.dated[i] else None


def _document_without_text(data: dict):
    return document_from_dict({**data, "text": ""})
