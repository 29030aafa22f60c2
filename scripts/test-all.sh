#!/usr/bin/env bash
# Tests every module of the repository: the library (go vet, go test) and
# each nested module under examples/ (the Beam pipeline, the comparison
# harnesses, the inspector's browser test), with staticcheck on each when
# STATICCHECK=1. The browser test needs Chromium (`apt-get install
# chromium` on Debian); without it, that module is vetted but not run.
#
# usage: scripts/test-all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
staticcheck() { go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 "$@"; }
status=0
for mod in $(git ls-files '*go.mod' | xargs -n1 dirname | sort); do
	echo "== $mod"
	(
		cd "$mod"
		go vet ./...
		if [ "${STATICCHECK:-0}" = 1 ]; then staticcheck ./...; fi
		if [ "$mod" = examples/server/browsertest ] && ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
			echo "   (no Chromium: the browser test is vetted, not run)"
			exit 0
		fi
		go test -count=1 ./...
	) || status=1
done
exit $status
