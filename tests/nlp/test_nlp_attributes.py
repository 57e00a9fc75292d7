"""The model's attribute ruler applied by table gives every token the POS, morphology, lemma and
dependency label spaCy's own ruler gives it, and the pipelines load no component they never run."""

import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

pytestmark = pytest.mark.slow

TEXTS = [
    # pronouns, auxiliaries, negation: the ruler's word-and-tag patterns
    "She hasn't said whether her brother will come, but I told him it's not over yet.",
    "Do they have the papers? We did, and the clerk has had them since Monday.",
    # two-token patterns: "there is", "gonna", "let's", "ain't", "y'all", and the first token's index
    "There are two ways out, and there was never a third. I'm gonna leave; let's go. It ain't so, y'all.",
    "Ten years ago the mayor himself said that those who wanted it would get it by 2030.",
    "Markets fell 2.1% on Friday\n\nThe index, which had risen for a week, closed at 1,204.",
    "",
]


@pytest.fixture(scope="module")
def stock_and_table():
    import spacy

    from timeline.nlp import DEFAULT_MODELS, model_name
    from timeline.nlp.attributes import TableAttributeRuler

    name = model_name() or next(m for m in DEFAULT_MODELS if spacy.util.is_package(m))
    nlp = spacy.load(name, exclude=["ner"])
    stock = nlp.get_pipe("attribute_ruler")
    table = TableAttributeRuler(nlp.vocab)
    table.take(stock)
    return nlp, stock, table


@pytest.mark.parametrize("text", TEXTS)
def test_nlp_table_ruler_sets_what_spacys_ruler_sets(stock_and_table, text):
    nlp, stock, table = stock_and_table
    before = nlp(text, disable=["attribute_ruler", "lemmatizer"])
    by_spacy, by_table = stock(before.copy()), table(before.copy())
    cols = [POS, MORPH, LEMMA, TAG, DEP]
    assert by_table.to_array(cols).tolist() == by_spacy.to_array(cols).tolist()
    changed = [t.i for t in by_spacy if t.pos_ != before[t.i].pos_]
    assert changed or not text  # the ruler did something to compare


def test_nlp_table_ruler_reads_the_two_token_patterns(stock_and_table):
    nlp, _, table = stock_and_table
    doc = table(nlp("There was a storm, and I'm gonna stay.", disable=["attribute_ruler", "lemmatizer"]))
    by_word = {t.text: t for t in doc}
    assert by_word["was"].pos_ == "VERB"  # "there was": a verb, not an auxiliary
    assert by_word["gon"].lemma_ == "go" and by_word["na"].lemma_ == "to"


def test_nlp_pipelines_load_only_what_they_run():
    from timeline.analysis import DATES_EXCLUDE, load_pipeline
    from timeline.nlp.attributes import TableAttributeRuler

    dates = load_pipeline(None, DATES_EXCLUDE, lazy_lemmas=True)
    extract = load_pipeline(None)
    # senter is disabled in the model (the parser sets the sentences): neither loads it
    assert "senter" not in dates.component_names and "senter" not in extract.component_names
    assert dates.pipe_names == [
        "timeline_prefixes",
        "tok2vec",
        "tagger",
        "timeline_linebreaks",
        "parser",
        "attribute_ruler",
        "timeline_timex",
    ]
    assert "ner" not in dates.component_names  # not loaded; the lemmatizer is loaded, run on demand
    assert isinstance(dates.get_pipe("attribute_ruler"), TableAttributeRuler)
    assert isinstance(extract.get_pipe("attribute_ruler"), TableAttributeRuler)


def test_nlp_a_library_caller_objects_are_not_frozen():
    import subprocess
    import sys

    code = (
        "import gc\n"
        "from timeline.analysis import RunOptions, annotated\n"
        "from timeline.model import Document\n"
        "doc = Document(id='d', text='The talks resumed on Monday.')\n"
        "found = [list(t) for _, _, t in annotated([doc], RunOptions(), lambda m: None)]\n"
        "print(gc.get_freeze_count())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0", out


def test_nlp_model_loads_without_collections_and_the_collector_is_back_after():
    import subprocess
    import sys

    code = (
        "import gc\n"
        "gc.set_threshold(700, 10, 10)\n"
        "runs = []\n"
        "gc.callbacks.append(lambda phase, info: runs.append(info['generation']) if phase == 'start' else None)\n"
        "from timeline.nlp import freeze_after_load\n"
        "freeze_after_load()  # as the CLI does\n"
        "from timeline.analysis import RunOptions, annotated\n"
        "from timeline.model import Document\n"
        "doc = Document(id='d', text='The talks resumed on Monday.')\n"
        "found = [list(t) for _, _, t in annotated([doc], RunOptions(), lambda m: None)]\n"
        "assert found[0], found\n"
        "print(len(runs), gc.isenabled(), gc.get_threshold(), gc.get_freeze_count() > 100_000)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    # spaCy's import and the model's load make ~10^6 objects: with the default thresholds that
    # was hundreds of collections; now the few of timeline's own imports, then the usual thresholds
    assert int(out.split()[0]) < 60, out
    assert out.rstrip().endswith("True (700, 10, 10) True"), out
