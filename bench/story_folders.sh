#!/bin/sh
# story_folders.sh WORKTREE PREFIX: PREFIX_read (every committed story set but the ten check sets) and
# PREFIX_check (the ten check sets), each one flat folder of symlinks, for bench/figures_eval.py --dir
W=$1; P=$2
rm -rf "${P}_read" "${P}_check"; mkdir -p "${P}_read" "${P}_check"
for d in "$W"/bench/stories/set_*; do
  s=${d##*/set_}
  case " db dc dd de dh di en eo ep eq " in *" $s "*) t="${P}_check";; *) t="${P}_read";; esac
  for f in "$d"/*.json; do ln -s "$f" "$t/${s}_$(basename "$f")"; done
done
echo "read: $(ls ${P}_read | wc -l) check: $(ls ${P}_check | wc -l)"
