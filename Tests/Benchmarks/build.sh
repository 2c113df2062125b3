#!/usr/bin/env bash
# Times `dossier build` of a generated dossier (default 1,000 articles) with hyperfine.
#
#   bash Tests/Benchmarks/build.sh [COUNT] [WORKDIR]
#
# The dossier is made the way a user would: `dossier new`, the demo's four topics, then
# `dossier import` of COUNT generated clippings. The site is written to tmpfs (see import.sh).
set -euo pipefail
count=${1:-1000}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=${2:-$( [[ -d /dev/shm ]] && echo /dev/shm/dossier-bench-build || echo /tmp/dossier-bench-build )}
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)"; exit 1; }

swift build -c release --package-path "$root" --product dossier >/dev/null
swift build -c release --package-path "$root" --product dossier-bench >/dev/null
bin="$root/.build/release"

rm -rf "$work" && mkdir -p "$work"
"$bin/dossier" new "$work/site" --title "Benchmark dossier" >/dev/null
cp "$root"/content/topics/*.md "$work/site/content/topics/"
"$bin/dossier-bench" clippings --count "$count" "$work/clippings" >/dev/null
"$bin/dossier" import --source "$work/site" "$work/clippings" >/dev/null

hyperfine --warmup 1 --runs 5 --export-json "$work/build.json" \
  -n "dossier build ($count articles, no search)" "'$bin/dossier' build --source '$work/site' --no-search --output '$work/out'"
"$bin/dossier" build --source "$work/site" --no-search --output "$work/out" --verbose 2>&1 | grep -E '^  [a-z]'
echo "nproc: $(nproc); results: $work/build.json"
