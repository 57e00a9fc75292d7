"""The model's tokenizer is made empty and filled from the model's files (timeline.nlp's
_tokenizer_from_disk), not first built from the language's defaults: the same tokenizer."""

import shutil

import pytest
import spacy

from timeline.nlp import _model_config, _tokenizer_from_disk

pytestmark = pytest.mark.slow

SENTENCES = [
    "The U.S. envoy didn't say whether talks set for Dec. 5 at 5pm (GMT) would go ahead :-)",
    "Shares fell 3.5% to $12.40 on Wall St. after the Oct. 19-20 meeting; see https://example.org/a?b=c.",
    "\"We can't wait,\" she said -- it's the 1990s' biggest deal, worth 40bn euros, e-mail says.",
]


def test_nlp_tokenizer_is_the_model_s_own(nlp):
    plain = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"], exclude=["ner", "senter"])
    # rules, expressions, settings (not the vocabulary: other tests add words to the session's)
    assert nlp.tokenizer.to_bytes(exclude=["vocab"]) == plain.tokenizer.to_bytes(exclude=["vocab"])
    for text in SENTENCES:
        assert [t.text_with_ws for t in nlp.make_doc(text)] == [t.text_with_ws for t in plain.make_doc(text)]
    # the config says what the model's does: spaCy's tokenizer, with no trace of the loading
    assert nlp.config["nlp"]["tokenizer"] == plain.config["nlp"]["tokenizer"] == {"@tokenizers": "spacy.Tokenizer.v1"}


def test_nlp_tokenizer_defaults_kept_where_the_model_has_no_tokenizer_file(nlp, tmp_path):
    path, config = _model_config(nlp.meta["lang"] + "_" + nlp.meta["name"])
    assert _tokenizer_from_disk(path, config) == {
        "nlp": {"tokenizer": {"@tokenizers": "timeline.tokenizer_from_disk.v1"}}
    }
    copy = tmp_path / "model"
    shutil.copytree(path, copy)
    (copy / "tokenizer").unlink()
    assert _tokenizer_from_disk(copy, config) == {}  # spaCy's defaults are all it would get
    other = {"nlp": {**config["nlp"], "tokenizer": {"@tokenizers": "spacy.zh.ChineseTokenizer"}}}
    assert _tokenizer_from_disk(path, other) == {}  # another tokenizer: loaded as it is
    assert _model_config(str(tmp_path / "nothing")) == (None, None)
