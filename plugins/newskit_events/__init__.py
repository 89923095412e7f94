"""newskit's bundled `events` linker (skeleton)."""

from __future__ import annotations
