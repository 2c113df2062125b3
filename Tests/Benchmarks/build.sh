#!/usr/bin/env bash
# Times `dossier build` of a generated dossier (default 1,000 articles) with hyperfine.
#
#   bash Tests/Benchmarks/build.sh [COUNT] [WORKDIR]
#
# The dossier is made the way a user would: `dossier new`, the demo's four topics, then
# `dossier import` of COUNT generated clippings. The site is written to tmpfs (see import.sh).
source "$(dirname "$0")/common.sh" build 1000 "$@"
make_generated_dossier

hyperfine --warmup 1 --runs 5 --export-json "$work/build.json" \
  -n "dossier build ($count articles, no search)" "'$bin/dossier' build --source '$work/site' --no-search --output '$work/out'"
"$bin/dossier" build --source "$work/site" --no-search --output "$work/out" --verbose 2>&1 | grep -E '^  [a-z]'
echo "nproc: $(nproc); results: $work/build.json"
