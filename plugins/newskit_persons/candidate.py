"""The record of one person-name candidate, shared by the rules that find names and by
coreference (:mod:`newskit_persons.coref`) that links them: a mutable slot class, filled
in step by step (its title and byline after its span)."""

from __future__ import annotations

from newskit_persons.tokens import Tok

__all__ = ["Candidate"]


class Candidate:
    """A person name found in the text, before coreference."""

    __slots__ = ("affiliation", "author", "end", "names", "start", "surface", "title")

    def __init__(self, names: list[Tok], start: int, end: int) -> None:
        self.names = names
        self.start = start
        self.end = end
        self.title: str | None = None
        self.affiliation: str | None = None
        self.author = False
        self.surface = " ".join(t.text for t in names)

    @property
    def folded_name(self) -> str:
        """The name's words folded and joined by spaces: the key the rules look names up by
        (a craft's, a team's, a place's)."""
        return " ".join(t.folded for t in self.names)
