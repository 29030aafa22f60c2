#!/usr/bin/env bash
# Every corpus figure the issues quote, from the shared tools on the
# command-line tool's output (one process a document, each with its gold
# reference date when it has one): nato, dev, heldout (score.py), the PolNeAR
# train split (quotes and speakers), TempEval-3 TBAQ (te3/run.py) and AEB
# bodies (aeb_score.py). Needs ../shared beside the checkout.
#
# usage: scripts/figures.sh [OUT_DIR]     (default $TMPDIR/communique-figures)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
shared=$root/../shared
out=${1:-${TMPDIR:-/tmp}/communique-figures}
mkdir -p "$out"
bin=$out/communique
go build -o "$bin" ./examples/communique

refdate() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("reference_date") or "")' "$1" 2>/dev/null || true; }

run_set() { # name docs gold
	local name=$1 docs=$2 gold=$3 f g d
	for f in "$docs"/*; do
		[ -f "$f" ] || continue
		g=$gold/$(basename "${f%.*}").json
		[ -f "$g" ] || continue
		d=$(refdate "$g")
		if [ -n "$d" ]; then "$bin" -q -date "$d" "$f"; else "$bin" -q "$f"; fi
	done >"$out/$name.jsonl"
	echo "-- $name"
	python3 "$shared/tools/score.py" "$gold" "$out/$name.jsonl" | tee "$out/$name.score"
}

run_set nato "$shared/corpus/nato" "$shared/corpus/nato-gold"
run_set dev "$shared/corpus/dev" "$shared/corpus/dev-gold"
run_set heldout "$root/testdata/heldout" "$root/testdata/heldout-gold"
for extra in "$root"/testdata/*-gold; do
	set_name=$(basename "${extra%-gold}")
	case $set_name in nato|dev|heldout) continue;; esac
	[ -d "$root/testdata/$set_name" ] && run_set "$set_name" "$root/testdata/$set_name" "$extra"
done
if [ "${POLNEAR:-1}" = 1 ]; then
	run_set polnear "$shared/corpus/polnear-train" "$shared/corpus/polnear-train-gold" >/dev/null
	echo "-- polnear-train"
	grep -E '^quotes|speaker' "$out/polnear.score"
fi
if [ "${TE3:-1}" = 1 ]; then
	echo "-- tbaq"
	for s in timebank aquaint tbaq; do
		printf '%s: ' "$s"; python3 "$shared/tools/te3/run.py" --lib "$root" --set $s 2>&1 | tail -1
	done
fi
if [ "${AEB:-1}" = 1 ]; then
	echo "-- aeb"
	python3 - "$bin" "$root/testdata/aeb/html" "$out/aeb.json" <<'PY'
import json, os, subprocess, sys
bin, d, outp = sys.argv[1:4]
files = sorted(os.path.join(d, f) for f in os.listdir(d))
res = subprocess.run([bin, '-q', *files], capture_output=True, text=True)
preds = {}
for line in res.stdout.splitlines():
    doc = json.loads(line)
    name = os.path.basename(doc['source'])
    for ext in ('.gz', '.html', '.htm'):
        if name.endswith(ext): name = name[:-len(ext)]
    # the article's text as the benchmark defines it: the body without the
    # headline paragraph (Document.ArticleBody)
    body, title = doc.get('body', ''), doc.get('title', '')
    paras = body.split('\n\n')
    if title and title in paras[:5]:
        paras.remove(title)
    preds[name] = {'articleBody': '\n\n'.join(paras)}
json.dump(preds, open(outp, 'w'))
PY
	python3 "$shared/tools/aeb_score.py" "$out/aeb.json" "$root/testdata/aeb/ground-truth.json" | tail -3
fi
