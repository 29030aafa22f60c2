#!/usr/bin/env bash
# Every gold set's facets summed: tp, fp and fn of each facet and the right
# and counted items of each accuracy, over testdata's gold sets (and the
# shared corpus's nato and dev where testdata has no copy), from
# ../shared/tools/score.py run
# on the command-line tool's output (one process a page, with its gold
# reference date). With folders given, their sets instead (a folder NAME
# beside NAME-gold), as for sets kept outside the project.
#
# usage: scripts/sums.sh [SET_DIR ...]     (OUT=DIR keeps the outputs)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared=$root/../shared
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
bin=$out/communique
go build -o "$bin" ./examples/communique
sets=()
if [ $# -gt 0 ]; then
	for d in "$@"; do sets+=("${d%/}"); done
else
	for g in testdata/*-gold; do
		sets+=("${g%-gold}")
	done
	for g in "$shared"/corpus/nato-gold "$shared"/corpus/dev-gold; do
		# (testdata keeps its own copy of a set the shared corpus has)
		[ -d "$g" ] && [ ! -d "testdata/$(basename "$g")" ] && sets+=("${g%-gold}")
	done
fi
for s in "${sets[@]}"; do
	name=$(basename "$s")
	for f in "$s"/*; do
		[ -f "$f" ] || continue
		g=$s-gold/$(basename "${f%.*}").json
		[ -f "$g" ] || continue
		d=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("reference_date") or "")' "$g")
		if [ -n "$d" ]; then "$bin" -q -date "$d" "$f"; else "$bin" -q "$f"; fi
	done >"$out/$name.jsonl"
	python3 "$shared/tools/score.py" "$s-gold" "$out/$name.jsonl" --json >"$out/$name.json"
done
python3 - "$out" "${sets[@]}" <<'PY'
import json, os, sys
out, sets = sys.argv[1], sys.argv[2:]
tot, acc, macro = {}, {}, []
for s in sets:
    name = os.path.basename(s)
    j = json.load(open(os.path.join(out, name + '.json')))
    macro.append(f"{name}={j['macro_f1']:.3f}")
    for k, v in j['facets'].items():
        t = tot.setdefault(k, [0, 0, 0])
        t[0] += v['tp']; t[1] += v['fp']; t[2] += v['fn']
    for k, v in j['accuracy'].items():
        a = acc.setdefault(k, [0, 0])
        a[0] += round(v['acc'] * v['n']); a[1] += v['n']
for k, (tp, fp, fn) in tot.items():
    p = tp / (tp + fp) if tp + fp else 1
    r = tp / (tp + fn) if tp + fn else 1
    f = 2 * p * r / (p + r) if p + r else 0
    print(f"{k:10s} {tp:5d} {fp:4d} {fn:4d}  F1 {f:.3f}")
print(' '.join(f"{k}={a[0]}/{a[1]}" for k, a in acc.items()))
print(' '.join(macro))
PY
