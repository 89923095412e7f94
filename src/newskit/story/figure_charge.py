"""A cue named as a charge the counted persons face, not as what happened to them.

Why: a count of persons followed by a participle of accusation and its charge (``the trial
of two men accused in killing a mother``, ``three brothers suspected of killing a
guard``) counts the accused: the charge's word is a cue of deaths, so the amount stood as a
death toll against other outlets' counts of the dead. A cue that is the object of such a
participle's preposition (``accused of``, ``suspected of``, ``convicted of``, ``on trial
for``) names the charge. A participle that is a cue of its own measure (``charged``,
``arrested``) is none of them: as the nearer cue it names the count. The participles and
prepositions are data (``figures.json`` ``charge_participles``)."""

from __future__ import annotations

from functools import cache

import regex

from newskit.story.figure_data import alternation, figure_rules

__all__ = ["names_a_charge"]


@cache
def _charged() -> regex.Pattern[str]:
    """From the amount's end to a cue: up to three words of its noun phrase, the participle,
    its preposition, and up to a determiner and two words before the cue."""
    rule = figure_rules()["charge_participles"]
    return regex.compile(r"\s+(?:[\p{L}'’-]+\s+){0,3}?(?:" + alternation(rule["participles"]) + r")\s+"
                         r"(?:" + alternation(rule["prepositions"]) + r")\s+"
                         r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{Ll}-]+\s+){0,2}?", regex.I)


def names_a_charge(text: str, amount_end: int, cue_start: int) -> bool:
    """Whether the cue starting at ``cue_start`` is the charge of a participle of accusation
    after the amount ending at ``amount_end`` (module docstring)."""
    if cue_start <= amount_end or cue_start - amount_end > 90:
        return False
    return _charged().fullmatch(text, amount_end, cue_start) is not None
