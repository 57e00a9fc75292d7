"""The model's attribute ruler (tag -> POS and morphology, a few lemmas), applied by table instead of
by spaCy's Matcher, with the same result.

spaCy's ``attribute_ruler`` tries each of its ~180 patterns at every token; on news that took about
a fifth of the pipeline's time (as long as the parser). Its patterns are one or two tokens long and
read only a few attributes (TAG, LOWER, DEP, IS_SPACE). :class:`TableAttributeRuler` evaluates each
pattern's token conditions once per distinct combination of those attributes, remembers the answer,
and sets the attributes of every match in the ruler's own order (later patterns win), with the
ruler's own function. A ruler whose patterns use anything else (quantifiers, extension attributes,
other operators) is left as it is (:func:`use_table_ruler`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

from spacy.attrs import IDS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The token attributes a pattern may test: each is read with Doc.to_array exactly as the Matcher reads it.
_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "TAG", "DEP", "IS_SPACE"})


# Distinct attribute combinations remembered (a few tens of thousands in a year of news)
_MAX_SEEN = 200_000


class _Unsupported(Exception):
    pass


def _condition(vocab, attr: str, value: Any) -> tuple[frozenset[int] | None, Callable[[int], bool] | None]:
    """A test on the value (an int, a string's hash or a flag) of one attribute, as the Matcher does
    it: (the values allowed, None) for an equality or IN, (None, a function) for NOT_IN or REGEX."""
    if isinstance(value, bool):
        return frozenset({int(value)}), None
    if isinstance(value, str):
        return frozenset({vocab.strings.add(value)}), None
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            values = frozenset(get_string_id(a) for a in arg)
            if op == "IN":
                return values, None
            return None, lambda v: v not in values
        if op == "REGEX" and isinstance(arg, str):
            search = re.compile(arg).search
            strings = vocab.strings
            return None, lambda v: bool(search(strings[v]))
    raise _Unsupported(f"{attr}: {value!r}")


class TableAttributeRuler:
    """What spaCy's AttributeRuler does with the same patterns, by lookup (see the module's doc)."""

    def __init__(self, vocab, name: str = "attribute_ruler"):
        self.vocab = vocab
        self.name = name
        self.ruler: Any = None

    def take(self, ruler) -> None:
        """Compile ``ruler``'s patterns (an AttributeRuler); raises _Unsupported if one cannot be."""
        if len(ruler.attrs) != len(ruler.patterns) or any("_" in attrs for attrs in ruler.attrs):
            raise _Unsupported("extension attributes")
        attr_names: list[str] = []
        spec_ids: dict[str, int] = {}
        # Each token spec is indexed by the values its equalities (and INs) allow, on the columns
        # they test; what remains (NOT_IN, REGEX) is checked on the spec's candidates.
        index: dict[tuple[int, ...], dict[tuple[int, ...], list[tuple[int, list]]]] = {}
        single: dict[int, list[int]] = {}  # spec -> the one-token patterns made of it
        multi: list[tuple[int, tuple[int, ...], int]] = []  # (pattern number, specs, target offset)
        for number, pattern in enumerate(ruler.patterns):
            target = pattern.get("index", 0)
            for tokens in pattern["patterns"]:
                if not isinstance(tokens, list) or not tokens:
                    raise _Unsupported(repr(tokens))
                ids = []
                for spec in tokens:
                    key = repr(sorted(spec.items()))
                    if key not in spec_ids:
                        spec_ids[key] = len(spec_ids)
                        self._index_spec(spec, spec_ids[key], attr_names, index)
                    ids.append(spec_ids[key])
                offset = target if target >= 0 else len(ids) + target
                if not 0 <= offset < len(ids):
                    raise _Unsupported(f"index {target} of a {len(ids)}-token pattern")
                if len(ids) == 1:
                    single.setdefault(ids[0], []).append(number)
                else:
                    multi.append((number, tuple(ids), offset))
        self.ruler = ruler
        self._columns = [IDS[name] for name in attr_names]
        self._index = list(index.items())
        self._single = single
        self._multi = multi
        self._multi_first = frozenset(ids[0] for _, ids, _ in multi)
        self._attrs = list(ruler.attrs)
        self._seen: dict[tuple, tuple[tuple[int, ...], frozenset[int], bool]] = {}
        self._merged: dict[tuple[int, ...], dict] = {}
        self._words = self._word_columns(attr_names)
        self._by_key: dict[tuple, tuple[tuple[int, ...], frozenset[int], bool]] = {}

    def _word_columns(self, attr_names: list[str]) -> list[tuple[int, frozenset[int], list, dict]]:
        """The columns of word attributes (ORTH, LOWER, NORM), with as many values as there are
        words: for each, (column, the values its patterns' equalities name, its patterns' other
        tests, their answers by value). A word none of those equalities names counts only by the
        answers of the tests: :meth:`_key`."""
        words: list[tuple[int, frozenset[int], list, dict]] = []
        for column, name in enumerate(attr_names):
            if name not in ("ORTH", "LOWER", "NORM"):
                continue
            named: set[int] = set()
            tests: dict[int, Callable[[int], bool]] = {}
            for columns, table in self._index:
                for values, specs in table.items():
                    if column in columns:
                        named.add(values[columns.index(column)])
                    tests.update((id(test), test) for _, rest in specs for c, test in rest if c == column)
            words.append((column, frozenset(named), list(tests.values()), {}))
        return words

    def _key(self, row: tuple) -> tuple:
        """What the ruler's answer for a token depends on: its attribute values, but for a word
        none of the patterns' equalities names, only what the patterns' other tests on it answer."""
        key = list(row)
        for column, named, tests, answers in self._words:
            value = row[column]
            if value not in named:
                found = answers.get(value)
                if found is None:
                    if len(answers) >= _MAX_SEEN:
                        answers.clear()
                    found = answers[value] = ("other", *(test(value) for test in tests))
                key[column] = found
        return tuple(key)

    def _index_spec(self, spec: dict, spec_id: int, attr_names: list[str], index: dict) -> None:
        equal: list[tuple[int, frozenset[int]]] = []
        rest: list[tuple[int, Callable[[int], bool]]] = []
        for attr, value in spec.items():
            name = attr.upper() if isinstance(attr, str) else attr
            if name not in _ATTRS:
                raise _Unsupported(str(attr))
            name = "ORTH" if name == "TEXT" else name
            if name not in attr_names:
                attr_names.append(name)
            column = attr_names.index(name)
            allowed, test = _condition(self.vocab, name, value)
            if allowed is not None:
                equal.append((column, allowed))
            elif test is not None:
                rest.append((column, test))
        equal.sort(key=lambda e: e[0])
        columns = tuple(c for c, _ in equal)
        for values in itertools.product(*(sorted(allowed) for _, allowed in equal)):
            index.setdefault(columns, {}).setdefault(values, []).append((spec_id, rest))

    def _lookup(self, row: tuple) -> tuple[tuple[int, ...], frozenset[int], bool]:
        """The one-token patterns a token with these attribute values matches, in the ruler's order,
        the token specs it satisfies, and whether a longer pattern may start at it."""
        found = self._seen.get(row)
        if found is None:
            if len(self._seen) >= _MAX_SEEN:
                self._seen.clear()
            # a new row is most often a new word with the same answer as another: found by its key
            key = self._key(row)
            found = self._by_key.get(key)
            if found is None:
                if len(self._by_key) >= _MAX_SEEN:
                    self._by_key.clear()
                ok = set()
                for columns, table in self._index:
                    for spec_id, rest in table.get(tuple([row[c] for c in columns]), ()):
                        if all(test(row[c]) for c, test in rest):
                            ok.add(spec_id)
                matched = tuple(sorted(n for spec_id in ok for n in self._single.get(spec_id, ())))
                found = self._by_key[key] = (matched, frozenset(ok), not self._multi_first.isdisjoint(ok))
            self._seen[row] = found
        return found

    def _attrs_of(self, numbers: tuple[int, ...]) -> dict:
        merged = self._merged.get(numbers)
        if merged is None:
            merged = {}
            for number in numbers:  # in the ruler's order: a later pattern's value wins, as when set one by one
                merged.update(self._attrs[number])
            self._merged[numbers] = merged
        return merged

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = [self._lookup(tuple(row)) for row in doc.to_array(self._columns).tolist()]
        extra: dict[int, list[int]] = {}
        if self._multi:
            starts = [i for i, row in enumerate(rows) if row[2]]
            for number, ids, offset in self._multi:
                for start in starts:
                    if start + len(ids) <= len(rows) and all(s in rows[start + k][1] for k, s in enumerate(ids)):
                        extra.setdefault(start + offset, []).append(number)
        for i, (matched, _, _) in enumerate(rows):
            if i in extra:
                matched = tuple(sorted(set(matched) | set(extra[i])))
            if matched:
                attrs = self._attrs_of(matched)
                if attrs:
                    set_token_attrs(doc[i], attrs)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory("timeline_attribute_ruler")
def make_table_attribute_ruler(nlp: Language, name: str) -> TableAttributeRuler:
    return TableAttributeRuler(nlp.vocab, name)


def use_table_ruler(nlp) -> bool:
    """Replace ``nlp``'s attribute ruler by a :class:`TableAttributeRuler` with the same patterns,
    under the same name; False (and nothing changed) when there is none or its patterns are not
    all of the kinds the table handles."""
    if "attribute_ruler" not in nlp.component_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if isinstance(ruler, TableAttributeRuler):
        return True
    table = TableAttributeRuler(nlp.vocab)
    try:
        table.take(ruler)
    except _Unsupported:
        return False
    disabled = "attribute_ruler" in nlp.disabled
    fresh = nlp.replace_pipe("attribute_ruler", "timeline_attribute_ruler")
    fresh.take(ruler)
    if disabled:
        nlp.disable_pipe("attribute_ruler")
    return True
