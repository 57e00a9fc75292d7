"""The entry points spaCy's registries look up are found by group once in a command's process
(timeline.nlp.entrypoints), with the same answers; a library caller's are left alone."""

from __future__ import annotations

import pytest

from tests.nlp.test_nlp_lazycli import run


def test_every_group_finds_the_same_entry_points_once_indexed():
    out = run(
        """
        import catalogue
        from timeline.nlp.entrypoints import index_entry_points
        before = catalogue.AVAILABLE_ENTRY_POINTS
        groups = sorted(before.groups) + ["spacy_factories", "srsly_msgpack_decoders", "no_such_group"]
        expected = {g: [(e.name, e.value) for e in before.select(group=g)] for g in groups}
        print(index_entry_points(), index_entry_points())  # once
        after = catalogue.AVAILABLE_ENTRY_POINTS
        for _ in range(2):  # the first lookup and the remembered one
            assert {g: [(e.name, e.value) for e in after.select(group=g)] for g in groups} == expected
        assert after.groups == before.groups and list(after.select(name="pip")) == list(before.select(name="pip"))
        # a registry that takes entry points still finds them
        registry = catalogue.create("timeline_test", "things", entry_points=True)
        print(registry.get_entry_points() == {}, len(expected["console_scripts"]) > 0)
        """
    )
    assert out.splitlines() == ["True False", "True True"]


@pytest.mark.slow
def test_the_cli_process_indexes_them_and_the_model_loads_and_parses():
    out = run(
        """
        import catalogue
        from timeline.api import command_process
        command_process()
        from timeline.nlp.entrypoints import _ByGroup
        from timeline.analysis import DATES_EXCLUDE, load_pipeline
        nlp = load_pipeline(None, DATES_EXCLUDE, True)
        doc = nlp("The talks resumed on Monday.")
        print(isinstance(catalogue.AVAILABLE_ENTRY_POINTS, _ByGroup), [t.dep_ for t in doc][:2])
        """
    )
    assert out == "True ['det', 'nsubj']"


@pytest.mark.slow
def test_a_library_caller_s_catalogue_is_left_alone():
    out = run(
        """
        import catalogue
        from timeline.analysis import DATES_EXCLUDE, load_pipeline
        load_pipeline(None, DATES_EXCLUDE, True)
        print(type(catalogue.AVAILABLE_ENTRY_POINTS).__name__)
        """
    )
    assert out != "_ByGroup"


def test_every_registry_lists_the_same_functions_in_the_same_order_once_indexed():
    out = run(
        """
        import catalogue
        get_all = catalogue.Registry.get_all
        from timeline.nlp.entrypoints import index_entry_points
        fruit = catalogue.create("timeline_test", "fruit")
        fruit.register("pear", func=len)
        fruit.register("apple", func=str)
        index_entry_points()
        assert catalogue.Registry.get_all is not get_all
        deeper = catalogue.create("timeline_test", "fruit", "dried")
        deeper.register("fig", func=abs)
        fruit.register("pear", func=min)  # set again: keeps its place
        fruit.register("cherry", func=max)
        print(list(fruit.get_all().items()) == list(get_all(fruit).items()), list(fruit.get_all()))
        catalogue._remove(("timeline_test", "fruit", "apple"))
        print(list(fruit.get_all()), list(deeper.get_all()), get_all(deeper) == deeper.get_all())
        decoders = catalogue.create("srsly", "msgpack_decoders", entry_points=True)
        print(list(decoders.get_all().items()) == list(get_all(decoders).items()))
        """
    )
    assert out.splitlines() == [
        "True ['pear', 'apple', 'cherry']",
        "['pear', 'cherry'] ['fig'] True",
        "True",
    ]
