"""Properties of merge on arbitrary small corpora (hypothesis): nothing lost, order-free, well-formed."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from merge_builders import UNDATED, day, event, extraction, month

from timeline.merge import merge, sort_key
from timeline.merge.intervals import intersect, span_of

NAMES = [
    ("Vladimir Putin", "PERSON"),
    ("Putin", "PERSON"),
    ("Turkey", "GPE"),
    ("Assad", "PERSON"),
    ("United Nations", "ORG"),
    ("U.N.", "ORG"),
]
DATES = [UNDATED, day("2016-12-15"), day("2016-12-16"), month("2016-12"), month("2017-01")]

reports = st.tuples(
    st.sampled_from(["evacuate", "evacuation", "say", "talk", "meet"]),
    st.sampled_from(DATES),
    st.lists(st.sampled_from(NAMES), min_size=0, max_size=2, unique=True),
    st.sampled_from(["in Aleppo", "in Astana", "on the border"]),
)
corpora = st.lists(st.lists(reports, min_size=1, max_size=6), min_size=1, max_size=4)


def _build(corpus):
    out = []
    for d, doc_reports in enumerate(corpus):
        doc = f"{d:03d}"
        evs = [
            event(
                doc,
                s,
                lemma,
                f"{' and '.join(n for n, _ in actors) or 'people'} {lemma} {where}",
                date,
                actors=actors,
                places=[where.split()[-1]],
            )
            for s, (lemma, date, actors, where) in enumerate(doc_reports)
        ]
        out.append(extraction(doc, *evs))
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora, st.randoms(use_true_random=False))
def test_properties_merge_keeps_everything_and_ignores_input_order(corpus, rnd):
    extractions = _build(corpus)
    t = merge(extractions)
    given_mentions = sorted((m.doc, m.start) for x in extractions for e in x.events for m in e.mentions)
    assert sorted((m.doc, m.start) for e in t.events for m in e.mentions) == given_mentions
    assert [sort_key(e) for e in t.events] == sorted(sort_key(e) for e in t.events)
    for e in t.events:
        assert len(e.explain) == len(e.mentions) - 1
        if e.date.dated:
            assert 0 <= e.date.mention < len(e.mentions)
    shuffled = extractions[:]
    rnd.shuffle(shuffled)
    assert merge(shuffled).events == t.events


@settings(max_examples=60, deadline=None)
@given(corpora)
def test_properties_merged_reports_share_a_date(corpus):
    extractions = _build(corpus)
    dates = {(m.doc, m.start): e.date for x in extractions for e in x.events for m in e.mentions}
    for e in merge(extractions).events:
        spans = [s for m in e.mentions if (s := span_of(dates[(m.doc, m.start)])) is not None]
        common = spans[0] if spans else None
        for s in spans[1:]:
            common = intersect(common, s)
        assert not spans or common is not None


@given(st.text(alphabet=st.characters(max_codepoint=0x7F)) | st.text())
def test_merge_fold_fast_path_agrees_with_the_definition(text):
    import unicodedata

    from timeline.merge.actors import fold

    decomposed = unicodedata.normalize("NFKD", text)
    expected = " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())
    assert fold.__wrapped__(text) == expected
