"""-o: regular files replaced atomically with their mode kept; devices, pipes and links written
through, never replaced; an input or a folder's earlier output never read back as an article."""

from __future__ import annotations

import json
import os
import stat
import threading

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.ingest import read_documents

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS_JSON = os.path.join(ROOT, "examples", "seeds.json")

needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="creating device nodes (os.mknod) needs root")


def _show(*args: str):
    return CliRunner().invoke(cli, ["show", SEEDS_JSON, *args])


def _events(path) -> int:
    with open(path, encoding="utf-8") as f:
        return len(json.load(f)["events"])


@needs_root
def test_output_null_device_stays_a_device(tmp_path):
    node = tmp_path / "null"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    before = os.stat(node)
    result = _show("-o", str(node))
    assert result.exit_code == 0, result.output
    st = os.stat(node)
    assert stat.S_ISCHR(st.st_mode) and st.st_mode == before.st_mode and st.st_rdev == before.st_rdev
    assert os.listdir(tmp_path) == ["null"]  # no temporary file left over


@needs_root
def test_output_full_device_is_an_error_naming_it(tmp_path):
    node = tmp_path / "full"
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    result = _show("-o", str(node))
    assert result.exit_code == 1
    assert f"error: {node}: cannot write: no space left on device" in result.output
    assert stat.S_ISCHR(os.stat(node).st_mode)


def test_output_fifo_is_written_in_place(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    # A daemon: on a build that replaces the FIFO, the reader would wait for a writer forever.
    reader = threading.Thread(target=lambda: received.append(open(fifo, "rb").read()), daemon=True)
    reader.start()
    result = _show("-o", str(fifo), "-f", "json")
    reader.join(timeout=10)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert received and json.loads(received[0])["schema"] == "timeline/1"


def test_output_symlink_is_written_through(tmp_path):
    target = tmp_path / "real.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert _show("-o", str(link)).exit_code == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert _events(target) > 0


def test_output_hard_link_keeps_every_name(tmp_path):
    first = tmp_path / "a.json"
    first.write_text("old")
    second = tmp_path / "b.json"
    os.link(first, second)
    assert _show("-o", str(first)).exit_code == 0
    assert os.stat(first).st_ino == os.stat(second).st_ino
    assert _events(second) > 0


def test_output_existing_file_keeps_its_mode(tmp_path):
    out = tmp_path / "out.json"
    out.write_text("old")
    out.chmod(0o640)
    assert _show("-o", str(out)).exit_code == 0
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o640
    assert _events(out) > 0


def test_output_new_file_follows_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        assert _show("-o", str(tmp_path / "new.json")).exit_code == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "new.json").st_mode) == 0o644


def test_output_equal_to_an_input_is_a_usage_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Angela Merkel met Vladimir Putin in Berlin on Monday.")
    result = CliRunner().invoke(cli, ["extract", str(article), "-o", str(article), "--no-store"])
    assert result.exit_code == 2
    assert f"error: {article}: is also an input ({article}); choose another output file" in result.output
    assert article.read_text().startswith("Angela Merkel")


def test_output_written_into_an_input_folder_is_not_read_back(tmp_path):
    (tmp_path / "a.txt").write_text("Angela Merkel met Vladimir Putin in Berlin on Monday.")
    for name in ("seeds.json", "seeds.md", "seeds.txt", "seeds.html"):
        with open(os.path.join(ROOT, "examples", name), encoding="utf-8") as f:
            (tmp_path / f"out-{name}").write_text(f.read())
    warnings: list[str] = []
    documents = read_documents([str(tmp_path)], warn=warnings.append)
    assert [d.id for d in documents] == ["a"]
    assert sum("skipped: output of timeline" in w for w in warnings) == 4


def test_output_unknown_extension_is_a_usage_error(tmp_path):
    result = _show("-o", str(tmp_path / "out.xml"))
    assert result.exit_code == 2
    assert "extension '.xml' names no format of this command" in result.output
    assert not (tmp_path / "out.xml").exists()
    result = CliRunner().invoke(cli, ["actors", SEEDS_JSON, "-o", str(tmp_path / "a.md")])
    assert result.exit_code == 2 and "table, json, jsonl, csv" in result.output


def test_output_read_only_folder_fails_before_any_work(tmp_path, monkeypatch):
    import timeline.output

    folder = tmp_path / "ro"
    folder.mkdir()
    real_access = os.access
    # Root may write anywhere: the folder is made read-only as the tool sees it.
    monkeypatch.setattr(
        timeline.output.os,
        "access",
        lambda path, mode: False if mode & os.W_OK and str(path) == str(folder) else real_access(path, mode),
    )
    result = _show("-o", str(folder / "out.json"))
    assert result.exit_code == 1
    assert f"error: {folder / 'out.json'}: cannot write in folder '{folder}': permission denied" in result.output
    assert os.listdir(folder) == []
