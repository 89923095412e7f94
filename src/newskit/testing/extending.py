"""Checks for plugins that extend newskit's own: a vocabulary contribution and a finding
detector, each run against the bundled plugins as a user's pipeline would run it.

    from newskit.testing import check_finding_detector, check_vocabulary

    def test_my_units():
        check_vocabulary("newskit_register_units", MY_UNITS)

    def test_my_detector():
        check_finding_detector(MyDetector(), plugins=["my-plugin"])
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from typing import Any

from newskit.components import FindingDetector
from newskit.hookspecs import hookimpl
from newskit.model import Analysis, Article, Finding
from newskit.plugins import entry_points
from newskit.testing.contract import ContractViolation

__all__ = ["SAMPLE_STORY", "bundled_plugins", "check_finding_detector", "check_vocabulary"]

#: Three short articles from three outlets about one happening (the default story).
SAMPLE_STORY = (
    {"id": "s1", "source": "Morning Post", "published": "2024-06-19",
     "text": 'A ferry sank off Mokpo on Tuesday. At least 12 people died, the coast guard said. '
             '"We are still searching," Kim Min-jun told reporters in Seoul.'},
    {"id": "s2", "source": "Evening Star", "published": "2024-06-19",
     "text": "The ferry that sank near Mokpo carried 120 passengers. Officials said 14 people "
             "died and the operator denied that the ship was overloaded."},
    {"id": "s3", "source": "Harbour Gazette", "published": "2024-06-20",
     "text": "Rescuers in Mokpo found two more bodies on Wednesday, raising the toll to 14. "
             "Prosecutors alleged that the ferry was overloaded."},
)


def bundled_plugins() -> list[str]:
    """The plugin names of the newskit distribution itself."""
    return sorted(ep.name for ep in entry_points() if ep.distribution == "newskit")


class _Contribution:
    """A throwaway plugin that registers ``entries`` through ``hook``."""

    def __init__(self, hook: str, entries: Sequence[Any]) -> None:
        def register_all(register: Any) -> None:
            for e in entries:
                register(e)

        setattr(self, hook, hookimpl(register_all))


def check_vocabulary(hook: str, entries: Iterable[Any], *, plugins: Sequence[str] = ()) -> Any:
    """Check a vocabulary contribution and return the merged vocabulary.

    The entries go through ``hook`` together with the bundled plugins' own (and those of
    ``plugins``), in strict mode: each must be an entry of the hook's type and pass its
    validation; each must survive the merge (a later plugin may replace an entry with
    the same key); and a pipeline with them must build and run.

    Raises:
        ContractViolation: with the reason.
    """
    from newskit.pipeline import Pipeline
    from newskit.plugins import get_plugin_manager, vocabulary_hooks
    from newskit.vocabulary import using

    given = list(entries)
    if not given:
        raise ContractViolation(f"{hook}: no entries to check")
    try:
        pm = get_plugin_manager(allow=[*bundled_plugins(), *plugins], deny=(), strict=True,
                                plugins=[_Contribution(hook, given)])
        pipeline = Pipeline.build(pm)
    except Exception as exc:
        raise ContractViolation(f"{hook}: the contribution was refused: {exc}") from exc
    etype = vocabulary_hooks(pm).get(hook)
    if etype is None:
        raise ContractViolation(f"{hook} is no vocabulary hook of the loaded plugins")
    merged = {e.key: e for e in pipeline.vocabulary(etype)}
    lost = [e for e in given if merged.get(e.key) != e]
    if lost:
        raise ContractViolation(f"{hook}: entries lost in the merge: {lost[:3]}")
    with using(pipeline.vocabulary):
        pipeline.run(Article.from_dict({"id": "check", "text": SAMPLE_STORY[0]["text"]}))
    return pipeline.vocabulary


def check_finding_detector(detector: FindingDetector, *, plugins: Sequence[str] = (),
                           articles: Sequence[dict[str, Any]] = SAMPLE_STORY) -> list[Finding]:
    """Run ``detector`` on a story (default: :data:`SAMPLE_STORY`) analysed by the bundled
    plugins and ``plugins``, and check it: it has a ``name`` and a ``section``; it never
    raises; it returns :class:`~newskit.Finding` items whose ``refs`` slice the story's
    articles; its answer does not depend on the order the articles came in. Returns the
    findings.

    Raises:
        ContractViolation: with the reason.
    """
    from newskit.pipeline import Pipeline
    from newskit.story import story_draft
    from newskit.story.detect import _finding_problem

    name = getattr(detector, "name", None)
    if not isinstance(name, str) or not name:
        raise ContractViolation(f"{type(detector).__name__}: a finding detector needs a name")
    if not isinstance(getattr(detector, "section", None), str) or not detector.section.strip():
        raise ContractViolation(f"{name}: a finding detector needs a section title")
    pipeline = Pipeline.build(allow=[*bundled_plugins(), *plugins], deny=(), strict=True)
    analyses: list[Analysis] = [pipeline.run(Article.from_dict(a)) for a in articles]
    texts = {a.article.id: a.article.text for a in analyses}
    results = []
    for order in range(2):
        shuffled = list(analyses)
        random.Random(order).shuffle(shuffled)
        draft = story_draft(shuffled, pm=pipeline.pm)
        try:
            found = list(detector.detect(draft))
        except Exception as exc:
            raise ContractViolation(f"{name}: raised {type(exc).__name__}: {exc}") from exc
        for f in found:
            problem = _finding_problem(f, texts)
            if problem:
                raise ContractViolation(f"{name}: {problem}")
        results.append(found)
    if results[0] != results[1]:
        raise ContractViolation(f"{name}: the findings depend on the order of the articles")
    return results[0]
