#!/usr/bin/env bash
# Dossier against Hugo (Debian's `hugo`, 0.111) on the same generated articles: cold builds,
# alternating one Dossier run and one Hugo run, RUNS times (default 3), then the median wall
# time, CPU time (user + system) and peak memory (maximum resident set) of each. Not a test.
#
#   bash Tests/Benchmarks/hugo-compare.sh [COUNT] [WORKDIR]      # COUNT defaults to 1,000
#   RUNS=5 bash Tests/Benchmarks/hugo-compare.sh 10000
#
# `dossier-bench articles` writes every article twice: as the dossier's entries (with a topic
# file for each of the 44 topics) and as a Hugo site whose layouts make the same page set
# (articles, paginated article/topic/outlet lists, topic and outlet indexes, home, feeds,
# sitemap). Dossier builds with --no-search; it also builds the cross-source pages, which
# Hugo has no equivalent of.
source "$(dirname "$0")/common.sh" hugo 1000 "$@"
runs=${RUNS:-3}
command -v hugo >/dev/null || { echo "needs Hugo (apt-get install hugo)"; exit 1; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time (apt-get install time)"; exit 1; }

"$bin/dossier" new "$work/site" --title "Benchmark dossier" >/dev/null
rm -f "$work/site/content/topics/"*.md "$work/site/content/articles/"*.md
cp "$root"/content/topics/*.md "$work/site/content/topics/"
"$bin/dossier-bench" articles --count "$count" --dossier "$work/site" --hugo "$work/hugo"
# HUGO_RELATED=no drops the article pages' related list (Hugo's .Related), which is most of
# Hugo's time on large sites; Dossier's pages keep theirs.
if [[ ${HUGO_RELATED:-yes} == no ]]; then sed -i '/Related/d' "$work/hugo/layouts/_default/single.html"; fi

for run in $(seq 1 "$runs"); do
  rm -rf "$work/out" "$work/hugo-out"
  /usr/bin/time -f "%e %U %S %M" -o "$work/dossier.$run" \
    "$bin/dossier" build --source "$work/site" --no-search --output "$work/out" >/dev/null
  /usr/bin/time -f "%e %U %S %M" -o "$work/hugo.$run" \
    hugo --quiet --source "$work/hugo" --destination "$work/hugo-out" >/dev/null
  echo "run $run: dossier $(cat "$work/dossier.$run"), hugo $(cat "$work/hugo.$run") (wall s, user s, sys s, max KB)"
done

python3 - "$work" "$runs" "$count" <<'PY'
import statistics, sys, os
work, runs, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def read(tool):
    rows = [list(map(float, open(f"{work}/{tool}.{r}").read().split()[-4:])) for r in range(1, runs + 1)]
    return (statistics.median(r[0] for r in rows), statistics.median(r[1] + r[2] for r in rows),
            statistics.median(r[3] for r in rows) / 1024)
def pages(folder):
    return sum(1 for _, _, files in os.walk(folder) for f in files if f.endswith(".html"))
d, h = read("dossier"), read("hugo")
print(f"\n{count} articles, median of {runs} alternating cold builds ({os.cpu_count()} cores):")
print(f"| tool | HTML pages | wall | CPU (user + sys) | peak memory |")
print(f"| --- | --- | --- | --- | --- |")
print(f"| Dossier | {pages(work + '/out')} | {d[0]:.2f} s | {d[1]:.2f} s | {d[2]:.0f} MiB |")
print(f"| Hugo 0.111 | {pages(work + '/hugo-out')} | {h[0]:.2f} s | {h[1]:.2f} s | {h[2]:.0f} MiB |")
print(f"Dossier / Hugo: wall {d[0] / h[0]:.2f}×, peak memory {d[2] / h[2]:.2f}× (goal: ≤ 0.20× and ≤ 0.25×)")
PY
