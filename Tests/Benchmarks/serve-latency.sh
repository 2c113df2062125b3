#!/usr/bin/env bash
# Save-to-reload latency of `dossier serve` at COUNT articles (default 1,000): the demo and a
# generated dossier, each edited 10 times with plain text, then the generated one 10 times
# with a new figure (which makes the cross-article comparisons run again). Not a test: it
# prints the figures.
#
#   bash Tests/Benchmarks/serve-latency.sh [COUNT]
source "$(dirname "$0")/common.sh" serve 1000 "$@"
mkdir -p "$work/demo"
cp -r "$root/dossier.yml" "$root/content" "$root/templates" "$work/demo/"
make_generated_dossier
echo "== demo (5 articles)"
python3 "$root/Tests/Benchmarks/serve-latency.py" "$bin/dossier" "$work/demo" 10 | tail -1
echo "== $count articles"
python3 "$root/Tests/Benchmarks/serve-latency.py" "$bin/dossier" "$work/site" 10
echo "== $count articles, edits that add a figure"
python3 "$root/Tests/Benchmarks/serve-latency.py" "$bin/dossier" "$work/site" 10 figure
