#!/usr/bin/env bash
# Tests every module of the repository: the library with its examples (the
# root module), then each nested module (the Beam pipeline, the inspector's
# browser test, the comparisons with other libraries). The browser test needs
# Chromium; without it, it is skipped with a note.
#
# usage: scripts/test-all.sh [go test flags...]    e.g. scripts/test-all.sh -short
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
status=0
for mod in $(find . -name go.mod -not -path './.git/*' | sort); do
	dir=$(dirname "$mod")
	if [ "$dir" = ./examples/server/browsertest ] && ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 && ! command -v google-chrome >/dev/null 2>&1; then
		echo "== $dir: skipped (no Chromium)"
		continue
	fi
	echo "== $dir"
	(cd "$root/$dir" && go vet ./... && go test "$@" ./...) || status=1
done
exit $status
