#!/usr/bin/env bash
# Batch benchmark: synthesizes N units and runs `batch` over them under a 512 MB heap, then prints one table row of
# docs/benchmarks.md (units, proofing, outcome, wall time, CPU, disclosures/s, heap after GC by quarter and max).
#
# Usage: juesuan-bench/batch-benchmark.sh N [--no-proof] [--work DIR] [--java-option OPTION]...
#   N            how many units `synth` writes (seed 2024, 2% injected errors, 5% departments)
#   --no-proof   render without reading the files back
#   --work DIR   where the units, the outputs and the GC log go (default: a new temporary directory, removed after)
#   --java-option OPTION   passed to the JVM instead of the batch defaults of ./juesuan (repeatable),
#                e.g. --java-option -XX:+UseG1GC
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ $# -ge 1 ] || { sed -n '4,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
units="$1"; shift
proof=""; work=""; options=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-proof) proof="--no-proof"; shift ;;
    --work) work="$2"; shift 2 ;;
    --java-option) options+=("$2"); shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
if [ -z "$work" ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
rm -rf "$work/units" "$work/out"
"$root/juesuan" synth --units "$units" --seed 2024 --error-rate 0.02 --out "$work/units" >/dev/null
# the JVM options ./juesuan gives a batch (JUESUAN_JAVA_OPTS replaces them), unless others are asked for
[ ${#options[@]} -eq 0 ] && options=(-XX:+UseParallelGC)
status=0
JUESUAN_JAVA_OPTS="-Xmx512m ${options[*]} -Xlog:gc:file=$work/gc.log" /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" \
  "$root/juesuan" batch "$work/units" --out "$work/out" --threads 2 $proof >"$work/batch.txt" 2>&1 || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then # 3: some units have errors, as injected
  cat "$work/batch.txt" >&2
  exit "$status"
fi
read -r wall user sys rss < <(tail -1 "$work/time.txt")
summary="$work/out/summary.json"
count() { grep -o "\"$1\": *[0-9]*" "$summary" | head -1 | grep -o '[0-9]*$'; }
rendered="$(count rendered)"; invalid="$(count invalid)"; failed="$(count failed)"
injected="$(grep -o '"kind"' "$work/units/injected.json" | wc -l)"
departments="$(grep -o '"members"' "$work/units/injected.json" | wc -l)"
# every injected error found on its entry by exactly its rules, and no other entry invalid or failed
awk '
  function field(name,   text) {
    if (!match($0, "\"" name "\": (\"[^\"]*\"|\\[[^]]*\\])")) return ""
    text = substr($0, RSTART, RLENGTH); sub("\"" name "\": ", "", text); return text
  }
  FNR == NR { if ($0 ~ /"kind"/) expected[field("unit")] = field("rules"); next }
  {
    unit = field("unit"); outcome = field("outcome")
    if (unit in expected) {
      if (outcome != "\"invalid\"" || field("errorRules") != expected[unit]) {
        print "injected error not found as injected: " unit " expected " expected[unit] ", got " $0; bad++
      }
      found++
    } else if (outcome != "\"rendered\"") { print "unexpected outcome: " $0; bad++ }
  }
  END {
    if (bad || found != length(expected)) exit 1
    print "all " found " injected errors found on their entries, each by exactly its rules; every other entry rendered"
  }
' "$work/units/injected.json" "$work/out/units.jsonl" >&2 || { echo "the batch did not find the injected errors exactly" >&2; exit 1; }
# heap after each collection ("->NNNM"), by quarter of the run, and its maximum; the heap before it, maximum
awk -v units="$units" -v wall="$wall" -v user="$user" -v sys="$sys" -v rss="$rss" -v proof="${proof:-yes}" \
    -v rendered="$rendered" -v invalid="$invalid" -v failed="$failed" -v injected="$injected" \
    -v departments="$departments" '
  match($0, /[0-9]+M->[0-9]+M/) {
    split(substr($0, RSTART, RLENGTH), m, "M->"); before = m[1] + 0; after = m[2] + 0
    n++; a[n] = after; if (after > maxAfter) maxAfter = after; if (before > maxBefore) maxBefore = before
    if ($0 ~ /Pause Full/) full++
  }
  END {
    q = ""
    for (k = 0; k < 4; k++) {
      s = 0; c = 0
      for (i = int(k * n / 4) + 1; i <= int((k + 1) * n / 4); i++) { s += a[i]; c++ }
      q = q (k ? ", " : "") (c ? int(s / c + 0.5) : "-")
    }
    printf "| %d (%d departments) | %s | %d rendered, %d invalid (%d injected), %d failed | %.1f s | %.1f s | **%.1f** | %s MB | %d MB | %d MB | %d | %d MB |\n",
      units, departments, proof == "yes" ? "yes" : "no", rendered, invalid, injected, failed, wall, user + sys, units / wall,
      q, maxAfter, maxBefore, full, rss / 1024
  }' "$work/gc.log"
