"""A source read as the last words of a name that a particle joins: the whole name.

Names in Romance and other languages join their words with lower-case particles
(``Société Chimique du Golfe``, ``Câmara Municipal da Praia``, ``Syndicat des Travailleurs
du Nickel``). A reading that stops at the particle keeps only the words after it, and those
are often a place (``Golfe``, read as a gulf of Angola; ``Praia``, Cabo Verde's capital) or a
people (``Enseignants Comoriens``): the body that speaks is the whole name, the capitalised
words before the particle with it (``cues.json`` ``name_particles``).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newskit import PersonMention
from newskit.text import compile_pattern
from newskit.vocabulary import per_vocabulary
from newskit_claims.candidate import Candidate
from newskit_claims.cues import alternation, cue_data

__all__ = ["whole_particle_names"]

#: how far before a source's words the rest of its name may start
_REACH = 80


@per_vocabulary
def _name_before() -> regex.Pattern[str]:
    """Capitalised words on one line, particles between them, and a particle right before a
    source's words (``Société Chimique du ``, ``Syndicat des ``); ``The`` opening it is no
    part, nor a word before a sentence's full stop."""
    particle = r"(?:" + alternation(cue_data()["name_particles"]) + r")"
    word = r"(?!The[ ])\p{Lu}[\p{L}'’&-]*"  # one line, no sentence's full stop inside
    return compile_pattern(r"(?<![\p{L}\p{N}'’&.-])(?P<name>" + word + r"(?:[ ]+(?:" + particle + r"[ ]+)?" + word
                           + r")*)[ ]+" + particle + r"[ ]+$")


def whole_particle_names(text: str, cands: Sequence[Candidate], persons: Sequence[PersonMention]) -> None:
    """Each source whose words start with a capital right after a particle that ends a run
    of capitalised words becomes the whole name: a body's, unless a person of the text is
    named by all of it (``Ludwig van Beethoven``); a person read in the words after the
    particle alone (``Travailleurs du Nickel`` of ``Syndicat des Travailleurs du Nickel``)
    is no person."""
    for c in cands:
        if c.source_ref is None:
            continue
        s, e = c.source_ref
        if not text[s:s + 1].isupper():
            continue
        m = _name_before().search(text, max(0, s - _REACH), s)
        if m is None:
            continue
        lo = m.start("name")
        person = next((p for p in persons if p.start <= lo and e <= p.end and p.entity), None)
        if person is None and c.source_type == "person" and " " not in text[s:e].strip():
            continue  # "Ludwig van Beethoven" with no mention of the whole: a surname stands
        if c.start == s:
            c.start = lo  # the claim's words open with its subject's
        c.source_ref = (lo, e)
        c.source, c.source_type = (person.entity, "person") if person is not None else (text[lo:e], "organisation")
