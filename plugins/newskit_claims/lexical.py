"""Closed word classes and small patterns shared by the readings of subjects, quotes and
denials' targets."""

from __future__ import annotations

import regex

DETERMINER = regex.compile(r"^(?:an?|the|this|that)\s+", regex.I)

FUNCTION_WORDS = frozenset({"it", "this", "that", "they", "he", "she", "we", "there", "the", "then", "but", "and",
                            "however", "meanwhile", "also", "here", "officials", "critics", "some", "many",
                            "others", "most", "several", "few", "all", "both", "each", "one", "everyone", "nobody",
                            "someone", "people", "experts", "analysts", "observers", "i", "you", "these", "those"})
#: words that make a clause's opening words no noun phrase (``It was clear that``)
NOT_NP = frozenset({"it", "is", "was", "were", "are", "be", "been", "has", "have", "had", "not", "who", "which",
                    "what", "when", "where", "why", "how", "if", "as", "so", "than", "to", "will", "would",
                    "can", "could", "should", "may", "might", "must", "do", "does", "did", "he", "she", "they",
                    "we", "i", "you", "his", "her", "their", "its", "our", "my", "your", "this", "that"})

OPENING = regex.compile(r"\s*(?:(?:the|a|an)\s+)?", regex.I)
SENTENCE_GAP = regex.compile(r"[.!?][\"'”’)]*\s")
