"""``python -m newskit``: the same command as ``newskit``, for when no script is on PATH."""

from newskit.cli import main

raise SystemExit(main())
