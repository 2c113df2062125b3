#!/usr/bin/env bash
# Save-to-reload latency of `dossier serve` at COUNT articles (default 1,000): the demo and a
# generated dossier, each edited 10 times. Not a test: it prints the figures.
#
#   bash Tests/Benchmarks/serve-latency.sh [COUNT]
set -euo pipefail
count=${1:-1000}
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$( [[ -d /dev/shm ]] && echo /dev/shm/dossier-bench-serve || echo /tmp/dossier-bench-serve )
swift build -c release --package-path "$root" --product dossier >/dev/null
swift build -c release --package-path "$root" --product dossier-bench >/dev/null
bin="$root/.build/release"
rm -rf "$work" && mkdir -p "$work/demo"
cp -r "$root/dossier.yml" "$root/content" "$root/templates" "$work/demo/"
"$bin/dossier" new "$work/site" --title "Benchmark dossier" >/dev/null
cp "$root"/content/topics/*.md "$work/site/content/topics/"
"$bin/dossier-bench" clippings --count "$count" "$work/clippings" >/dev/null
"$bin/dossier" import --source "$work/site" "$work/clippings" >/dev/null
echo "== demo (5 articles)"
python3 "$root/Tests/Benchmarks/serve-latency.py" "$bin/dossier" "$work/demo" 10 | tail -1
echo "== $count articles"
python3 "$root/Tests/Benchmarks/serve-latency.py" "$bin/dossier" "$work/site" 10
