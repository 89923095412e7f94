#!/usr/bin/env bash
# Accuracy of newskit and of the peers on the shared data, with the same scorer
# (shared/eval/score.py) for every tool, so the figures can stand side by side.
#
#   bash bench/accuracy.sh                 # everything that is installed
#   ONLY=newskit bash bench/accuracy.sh    # newskit rows only
#
# Writes bench/results/accuracy/<data>-<tool>.txt (the scorer's report) and .json (its
# figures); bench/run.py turns the JSON into a table. Peers run through the adapters in
# shared/peers from the venvs that bench/setup_peers.sh makes; a missing venv is skipped.
# Mentions only (seeds with --no-story): the peers have no story command.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${NEWSKIT_SHARED:-$ROOT/../shared}"
SCORE="$SHARED/eval/score.py"
DATA="$SHARED/data"
OUT="$ROOT/bench/results/accuracy"
PY="$ROOT/.venv/bin/python"
[[ -x "$PY" ]] || PY=python3
export PATH="$ROOT/.venv/bin:$PATH"
ONLY="${ONLY:-}"
mkdir -p "$OUT"
cd "$ROOT" || exit 1

status=0
score() {  # score NAME EXTRACT_CMD SCORER_ARGS...
    local name="$1" cmd="$2"
    shift 2
    local t0=$SECONDS
    if "$PY" "$SCORE" "$@" --extract-cmd "$cmd" --json "$OUT/$name.json" >"$OUT/$name.txt" 2>&1; then
        echo "accuracy: $name ($((SECONDS - t0)) s): $(tail -n 1 "$OUT/$name.txt")"
    else
        echo "accuracy: $name FAILED, see $OUT/$name.txt" >&2
        rm -f "$OUT/$name.json"
        status=1
    fi
}

seeds=(seeds --no-story)
tbaq=(timeml "$DATA/tbaq")
conll=(conll "$DATA/conll2003/eng.testa")
polnear=(polnear "$DATA/polnear/dev")

NEWSKIT="newskit extract --format jsonl --no-progress -"
score seeds-newskit "$NEWSKIT" "${seeds[@]}"
score tbaq-newskit "$NEWSKIT" "${tbaq[@]}"
score conll-newskit "$NEWSKIT" "${conll[@]}"
score polnear-newskit "$NEWSKIT" "${polnear[@]}"
[[ "$ONLY" == newskit ]] && exit $status

P="$ROOT/.venv-peers/bin/python"
Q="$ROOT/.venv-quantulum3/bin/python"
A="$SHARED/peers"
if [[ -x "$P" ]]; then
    score seeds-dateparser "$P $A/dateparser_adapter.py" "${seeds[@]}"
    score tbaq-dateparser "$P $A/dateparser_adapter.py" "${tbaq[@]}"
    score seeds-datefinder "$P $A/datefinder_adapter.py" "${seeds[@]}"
    score tbaq-datefinder "$P $A/datefinder_adapter.py" "${tbaq[@]}"
    if "$P" -c "import ctparse" 2>/dev/null; then
        score seeds-ctparse "$P $ROOT/bench/peers/ctparse_adapter.py" "${seeds[@]}"
        score tbaq-ctparse "$P $ROOT/bench/peers/ctparse_adapter.py" "${tbaq[@]}"
    fi
    score seeds-spacy "$P $A/spacy_adapter.py" "${seeds[@]}"
    score tbaq-spacy "$P $A/spacy_adapter.py" "${tbaq[@]}"
    score conll-spacy "$P $A/spacy_adapter.py" "${conll[@]}"
    score seeds-textacy "$P $A/textacy_adapter.py" "${seeds[@]}"
    score polnear-textacy "$P $A/textacy_adapter.py" "${polnear[@]}"
else
    echo "accuracy: .venv-peers missing (bash bench/setup_peers.sh); peers skipped" >&2
fi
if [[ -x "$Q" ]]; then
    score seeds-quantulum3 "$Q $A/quantulum3_adapter.py" "${seeds[@]}"
else
    echo "accuracy: .venv-quantulum3 missing (bash bench/setup_peers.sh); quantulum3 skipped" >&2
fi
exit $status
