"""Articles from web pages: the main text and metadata of a saved news page.

newskit reads HTML through `trafilatura <https://trafilatura.readthedocs.io>`_ (main-text
extraction without boilerplate: menus, footers, share buttons) and its companion
``htmldate`` (the publication date from markup, URL and text). They are an optional extra,
``pip install 'newskit[html]'``, so the core stays small; without it every HTML input gets
a ``MissingExtra`` error record that names the extra, and the rest of a batch goes on.

Offsets of every mention point into the *extracted* text, which becomes
``Article.text`` and is written in the output (unless ``--omit-text``), so each offset
can be checked against it. The page itself is not kept. Nothing is fetched: the page is
read from the bytes given, and links are never followed.
"""

from __future__ import annotations

from typing import Any

__all__ = ["HTML_EXTRA_HINT", "MissingExtraError", "html_fields"]

#: The install command named by every error about the missing extra.
HTML_EXTRA_HINT = "pip install 'newskit[html]'"


class MissingExtraError(ImportError):
    """An optional extra is not installed; the message says which and how to install it."""


def _trafilatura() -> Any:
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingExtraError(
            f"reading HTML needs the optional extra 'html' ({HTML_EXTRA_HINT}): {exc}"
        ) from exc
    return trafilatura


def html_fields(page: str | bytes, *, url: str | None = None) -> dict[str, Any]:
    """The article fields found in one web page, ready for :meth:`Article.from_dict`.

    Returns ``text`` (the main text, empty when the page has none) and, when the page
    states them, ``title``, ``byline`` (author), ``source`` (the site name, else the host
    name), ``published`` (ISO date, the original publication date rather than the last
    modification) and ``url`` (the canonical URL, else ``url`` as given). Bytes are decoded
    by the page's declared or detected charset. Raises :class:`MissingExtraError` when the
    ``html`` extra is not installed.
    """
    traf = _trafilatura()
    doc = traf.bare_extraction(
        page, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=False,
        date_extraction_params={"original_date": True, "extensive_search": True,
                                "outputformat": "%Y-%m-%d"},
    )
    if doc is None:
        return {"text": ""}
    fields = {
        "text": doc.text or "",
        "title": doc.title,
        "byline": doc.author,
        "source": doc.sitename or doc.hostname,
        "published": doc.date,
        "url": doc.url or url,
    }
    return {k: v for k, v in fields.items() if v not in (None, "")} | {"text": fields["text"]}
