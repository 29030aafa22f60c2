#!/usr/bin/env bash
# The command-line tool's output over every page here, in one JSON-lines
# file, to compare two commits byte for byte (cmp) or facet by facet: the
# pages of testdata, and with ../shared beside the checkout, nato, dev,
# PolNeAR's train split and AEB. Extra folders of pages (sets of one's own)
# may follow; their gold folders (NAME-gold) are skipped.
#
# usage: scripts/outputs.sh OUT.jsonl [EXTRA_DIR ...]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
shift
bin=$(mktemp -d)/communique
go build -o "$bin" ./examples/communique
shared=../shared
dirs=()
for d in testdata/*/; do
	case $d in *-gold/ | testdata/aeb/) continue ;; esac
	dirs+=("$d")
done
for d in "$shared/corpus/nato" "$shared/corpus/dev" "$shared/corpus/polnear-train"; do
	[ -d "$d" ] && dirs+=("$d")
done
dirs+=(testdata/aeb/html)
for d in "$@"; do
	case $d in *-gold | *-gold/) continue ;; esac
	dirs+=("$d")
done
: >"$out"
for d in "${dirs[@]}"; do
	"$bin" -q -date auto -ext '*' "$d" >>"$out" 2>/dev/null || true
done
wc -l <"$out"
