# Shared by the benchmark scripts: `source common.sh NAME DEFAULT_COUNT "$@"`.
# Sets count, root, work (tmpfs when there is one: see import.sh) and bin (release builds).
set -euo pipefail
name=$1 default_count=$2
shift 2
count=${1:-$default_count}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=${2:-$( [[ -d /dev/shm ]] && echo "/dev/shm/dossier-bench-$name" || echo "/tmp/dossier-bench-$name" )}
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)"; exit 1; }
swift build -c release --package-path "$root" --product dossier >/dev/null
swift build -c release --package-path "$root" --product dossier-bench >/dev/null
bin="$root/.build/release"
rm -rf "$work" && mkdir -p "$work"

# A dossier made the way a user would: `dossier new`, the demo's topics, COUNT imported clippings.
make_generated_dossier() {
  "$bin/dossier" new "$work/site" --title "Benchmark dossier" >/dev/null
  cp "$root"/content/topics/*.md "$work/site/content/topics/"
  "$bin/dossier-bench" clippings --count "$count" "$work/clippings" >/dev/null
  "$bin/dossier" import --source "$work/site" "$work/clippings" >/dev/null
}
