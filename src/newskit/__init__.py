"""newskit: English news articles in, structured and source-linked facts out.

The public API is what this module exports; plugins (the bundled ones included) import
only from here and from the public modules ``newskit.testing``, ``newskit.text``,
``newskit.timex``, ``newskit.actors``, ``newskit.kinds`` (what kind of body or post a noun
names), ``newskit.textlayer`` (the shared text layer:
``newskit.layer(article)`` gives every plugin the same tokens, sentences and names) and
``newskit.vocabulary`` (vocabulary entries and hooks that plugins extend) and
``newskit.patterns`` (compiled patterns and word tables kept across processes: start-up).
"""

from __future__ import annotations

from newskit.components import Component, Extractor, FindingDetector, Linker, Register, StoryDraft
from newskit.errors import (
    DuplicateComponent,
    InputError,
    MissingRequirement,
    NewskitError,
    PluginLoadError,
    RequirementCycle,
)
from newskit.hookspecs import hookimpl, hookspec
from newskit.model import (
    Analysis,
    Article,
    Claim,
    DateMention,
    Entity,
    ErrorRecord,
    Event,
    Figure,
    Finding,
    FindingSection,
    Mention,
    Number,
    PersonMention,
    QuantityMention,
    QuoteMention,
    Span,
    SpanRef,
    Story,
    StoryArticle,
    UnknownMention,
)
from newskit.pipeline import ComponentInfo, Pipeline
from newskit.plugins import PluginInfo, PluginManager, get_plugin_manager
from newskit.textlayer import TextLayer, Token, Tokens, layer

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "Claim",
    "Component",
    "ComponentInfo",
    "DateMention",
    "DuplicateComponent",
    "Entity",
    "ErrorRecord",
    "Event",
    "Extractor",
    "Figure",
    "Finding",
    "FindingDetector",
    "FindingSection",
    "InputError",
    "Linker",
    "Mention",
    "MissingRequirement",
    "NewskitError",
    "Number",
    "PersonMention",
    "Pipeline",
    "PluginInfo",
    "PluginLoadError",
    "PluginManager",
    "QuantityMention",
    "QuoteMention",
    "Register",
    "RequirementCycle",
    "Span",
    "SpanRef",
    "Story",
    "StoryArticle",
    "StoryDraft",
    "TextLayer",
    "Token",
    "Tokens",
    "UnknownMention",
    "__version__",
    "analyze",
    "get_plugin_manager",
    "hookimpl",
    "hookspec",
    "layer",
]

_DEFAULT: Pipeline | None = None


def analyze(article: Article | str, *, published: object = None) -> Analysis:
    """Run the default pipeline (every installed plugin) on one article or text.

    >>> analysis = analyze("Putin arrived on June 18.", published="2024-06-18")  # doctest: +SKIP
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline.build()
    if isinstance(article, str):
        article = Article.from_dict({"id": "", "text": article, "published": published})
    return _DEFAULT.run(article)
