"""`factcheck draft` (a claim file drafted from an article) and `factcheck text` (what
factcheck sees in a page)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from factcheck.cli.apps import QuietOption, VerboseOption, _fail
from factcheck.cli.files import _emit, _guess_type, _read_input_file, _write
from factcheck.cli.options import TermbaseOption, _load_termbase
from factcheck.errors import InputError, SourceError


def draft(
    article: Annotated[
        Path,
        typer.Argument(
            help="The article's text (UTF-8, plain text or markdown).", metavar="ARTICLE"
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the claim file here (refused if it exists) instead of stdout.",
            metavar="FILE",
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option(
            "--title",
            help="The article's headline [default: its first line, if short].",
            metavar="TEXT",
        ),
    ] = None,
    url: Annotated[
        str | None, typer.Option("--url", help="Where the article was published.", metavar="URL")
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            help="Publication date, YYYY-MM-DD: the default year of its dates and the centre "
            "of the window the sources are looked for in.",
            metavar="DATE",
        ),
    ] = None,
    translated_from: Annotated[
        str | None,
        typer.Option(
            "--translated-from",
            help="The language the article was translated from (e.g. vi).",
            metavar="LANG",
        ),
    ] = None,
    language: Annotated[
        str, typer.Option("--language", "-l", help="The article's language.", metavar="LANG")
    ] = "en",
    termbases: TermbaseOption = None,
    profiles: Annotated[
        list[Path] | None,
        typer.Option(
            "--profiles",
            help="Extra publisher profiles: a YAML file or a folder of them; may be repeated.",
            metavar="PATH",
        ),
    ] = None,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Draft a claim file for ARTICLE: check-worthy claims, speakers, quotes, term flags
    and candidate sources to discover, as commented YAML to edit (see docs/tutorial.md)."""
    from factcheck.claimfiles.draft import DraftOptions, draft_claims
    from factcheck.render.draft_yaml import render_draft
    from factcheck.sources.publishers import load_profiles
    from factcheck.terms.lint import lint_text, read_article

    day = None
    if published is not None:
        try:
            day = dt.date.fromisoformat(published)
        except ValueError:
            _fail(f"--published: '{published}' is not a date (write YYYY-MM-DD)")
    if url is not None and not url.startswith(("http://", "https://")):
        _fail(f"--url: '{url}' is not an absolute http(s) URL")
    if output is not None and output.exists():
        _fail(f"{output} exists; choose another --output (a draft never overwrites a file)")
    termbase = _load_termbase(termbases or [], article)
    try:
        text = read_article(article)
        known = load_profiles(profiles or [])
        findings = lint_text(text, termbase, language=language, path=str(article))
    except InputError as exc:
        _fail(str(exc))
    options = DraftOptions(
        title=title,
        url=url,
        published=day,
        translated_from=translated_from,
        language=language,
        article_path=_article_path(article, output),
    )
    result = draft_claims(text, termbase, known, findings, options)
    _write(render_draft(result), output)
    typer.echo(
        f"{article}: {len(result.claims)} claims drafted, {len(result.skipped)} passages left "
        f"out, {len(result.sources)} sources to discover",
        err=True,
    )


def _article_path(article: Path, output: Path | None) -> str | None:
    """The article as the claim file's `text:` names it: relative to the claim file, which
    must hold it in its folder (stdout: assume the claim file is written beside it)."""
    folder = (output.parent if output else article.parent).resolve()
    try:
        return article.resolve().relative_to(folder).as_posix()
    except ValueError:
        return None


def text(
    source: Annotated[
        str,
        typer.Argument(help="A URL, or the path of a saved HTML or text file.", metavar="SOURCE"),
    ],
    language: Annotated[
        str | None,
        typer.Option(
            "--language",
            "-l",
            help="Language to assume when the page does not say.",
            metavar="CODE",
        ),
    ] = None,
    allow_private: Annotated[
        bool,
        typer.Option("--allow-private", help="Allow URLs on loopback or private addresses."),
    ] = False,
    verbose: VerboseOption = False,
    quiet: QuietOption = False,
) -> None:
    """Print what factcheck sees in a page: title, date, language and numbered sentences."""
    from factcheck.render.text_view import render_text_view
    from factcheck.sources.extract.page import extract_text
    from factcheck.sources.fetch import FetchPolicy, fetch_source

    try:
        if source.startswith(("http://", "https://")):
            fetched = fetch_source(source, FetchPolicy(allow_private=allow_private))
            capture = fetched.capture
            body, url, content_type = capture.body, capture.final_url, capture.content_type
        else:
            path = Path(source)
            # The same cap as a fetched page's body.
            body, _ = _read_input_file(path, "page file", FetchPolicy().max_bytes)
            url, content_type = path.resolve().as_uri(), _guess_type(path)
        document = extract_text(body, url, content_type, language)
    except SourceError as exc:
        _fail(str(exc))
    _emit(render_text_view(document))
