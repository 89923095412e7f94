"""newskit's bundled `claims` linker (skeleton)."""

from __future__ import annotations
