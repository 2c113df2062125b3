#!/usr/bin/env bash
# Times `dossier import` of generated clippings (default 10,000) with hyperfine.
#
#   bash Tests/Benchmarks/import.sh [COUNT] [WORKDIR]
#
# WORKDIR defaults to a folder on /dev/shm (tmpfs) when there is one: on this VM's ext4 disk,
# creating 10,000 files right after deleting 10,000 others costs anywhere from 0.4 to 6 s of
# kernel time, which would drown what Dossier itself does. Pass a disk folder to include it.
source "$(dirname "$0")/common.sh" import 10000 "$@"
mkdir -p "$work/site/content"
"$bin/dossier-bench" clippings --count "$count" "$work/clippings"
cp -r "$root/dossier.yml" "$root/templates" "$work/site/"
cp -r "$root/content/topics" "$work/site/content/"

hyperfine --warmup 1 --runs 5 --export-json "$work/import.json" \
  --prepare "rm -rf '$work/site/content/articles'" \
  -n "dossier import ($count clippings)" "'$bin/dossier' import --source '$work/site' '$work/clippings' >/dev/null"
hyperfine --runs 5 -n "dossier import, all unchanged (re-run)" "'$bin/dossier' import --source '$work/site' '$work/clippings' >/dev/null"
echo "nproc: $(nproc); results: $work/import.json"
