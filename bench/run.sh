#!/usr/bin/env bash
# The benchmark of issues 7 and 16: prints every figure next to its target. Usage: bench/run.sh [pairs, default 15: single pairs scatter by ±150 ms on 2 cores]
# Needs Java 17 and Maven; the first run downloads JMH 1.37 from Maven Central. Works in target/bench/ only.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-15}
W=$ROOT/target/bench
REPO=$W/repo
mkdir -p "$W"
# a local repository of its own (other checkouts may install other snapshots into ~/.m2), fed from ~/.m2 first
cat > "$W/settings.xml" <<XML
<settings><profiles><profile><id>m2</id><activation><activeByDefault>true</activeByDefault></activation>
<repositories><repository><id>user-m2</id><url>file://$HOME/.m2/repository</url></repository></repositories>
<pluginRepositories><pluginRepository><id>user-m2</id><url>file://$HOME/.m2/repository</url></pluginRepository>
</pluginRepositories></profile></profiles></settings>
XML
MVN=(mvn -B -q -ntp -s "$W/settings.xml" "-Dmaven.repo.local=$REPO")

echo "== building the plugin and the benchmarks"
(cd "$ROOT" && "${MVN[@]}" install -DskipTests -DskipITs -Dmdep.analyze.skip=true)
(cd "$ROOT/bench" && "${MVN[@]}" package dependency:build-classpath "-Dmdep.outputFile=$W/cp.txt")
CP="$ROOT/bench/target/classes:$(cat "$W/cp.txt")"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "== share of a build: examples/openai-rag, mvn -q generate-resources, $RUNS alternating pairs per mode"
EX=$W/openai-rag
rm -rf "$EX" && cp -r "$ROOT/examples/openai-rag" "$EX"
build() { # $1: fresh|unchanged, $2..: extra arguments; prints "<wall ms> <CPU ms>" (CPU: user + system, all threads)
    local mode=$1; shift
    [ "$mode" = fresh ] && rm -rf "$EX/target"
    cp "$ROOT/examples/openai-rag/pyproject.toml" "$EX/pyproject.toml"
    local t; t=$( { TIMEFORMAT='%R %U %S'; time (cd "$EX" && "${MVN[@]}" generate-resources "$@" > "$W/last-build.log" 2>&1); } 2>&1 ) \
        || { cat "$W/last-build.log"; exit 1; }
    awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' <<< "$t"
}
for mode in fresh unchanged; do
    build "$mode" >/dev/null; build "$mode" -Dlightspeed.skip=true >/dev/null   # warm the file cache
    : > "$W/pairs-$mode"
    for _ in $(seq "$RUNS"); do  # one line per pair: load, wall and CPU with the plugin, wall and CPU skipped
        echo "$(cut -d' ' -f1 /proc/loadavg) $(build "$mode") $(build "$mode" -Dlightspeed.skip=true)" >> "$W/pairs-$mode"
    done
done

echo "== classes a fresh build loads because of the plugin (-Xlog:class+load, build minus -Dlightspeed.skip=true)"
census() { # $1: log file, $2..: extra arguments; one line per class: "<name> <jar or jdk>"
    local log=$1; shift
    rm -rf "$EX/target"; cp "$ROOT/examples/openai-rag/pyproject.toml" "$EX/pyproject.toml"
    (cd "$EX" && MAVEN_OPTS="-Xlog:class+load:file=$log" "${MVN[@]}" generate-resources "$@" > "$W/last-build.log" 2>&1)
    sed 's/^\[[^]]*\]\[[^]]*\]\[[^]]*\] //; s/ source: .*\/\([^/]*\)\.jar$/ \1/; s/ source: jrt.*/ jdk/; s/ source: shared.*/ jdk/;
         s/ source: [^ ]*$/ jdk/; s/\$\$Lambda\$[0-9]*\/0x[0-9a-f]*/$$Lambda/; s/\/0x[0-9a-f]*//' "$log" | sort -u
}
comm -23 <(census "$W/classes-on.log") <(census "$W/classes-off.log" -Dlightspeed.skip=true) > "$W/classes-added.txt"

echo "== JMH (warm, in process)"
java -cp "$CP" org.openjdk.jmh.Main -rf csv -rff "$W/jmh.csv" > "$W/jmh.log"
jmh() { # $1: benchmark method, $2: param or empty → "score ± error" in ms (JMH writes CRLF lines)
    tr -d '\r' < "$W/jmh.csv" | awk -F, -v b="$1" -v p="${2:-}" \
        '$1 ~ "\\."b"\"$" && (p == "" || $8 == p) {printf "%.3f ± %.3f", $5 / 1000, $6 / 1000}'
}

echo "== cold breakdown and heap (fresh JVM, examples/openai-rag)"
java -Xmx256m -cp "$CP" dev.lightspeed.stack.bench.ColdBreakdown "$ROOT/examples/openai-rag" > "$W/cold.txt"

echo
echo "lightspeed-stack-maven-plugin benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
row() { printf '%-58s %16s   %s\n' "$1" "$2" "$3"; }
row "figure" "measured" "target"
col() { awk -v c="$1" '{print $c}' "$2" | median; }
for mode in fresh unchanged; do
    f=$W/pairs-$mode
    added=$(awk '{print $2 - $4}' "$f" | median); added_cpu=$(awk '{print $3 - $5}' "$f" | median)
    loads=$(awk '{print $1}' "$f" | sort -n | awk '{a[NR]=$1} END {printf "%s-%s", a[1], a[NR]}')
    row "build with plugin, median ms ($mode; CPU ms)" "$(col 2 "$f") ($(col 3 "$f"))" "load $loads"
    row "build with -Dlightspeed.skip=true, median ms ($mode; CPU ms)" "$(col 4 "$f") ($(col 5 "$f"))" ""
    row "plugin's added time, median of pairs, ms ($mode; CPU ms)" "$added ($added_cpu)" \
        "$([ "$mode" = fresh ] && echo '<= 100 ms')"
    row "plugin's share of the build ($mode)" \
        "$(awk -v a="$added" -v w="$(col 2 "$f")" 'BEGIN {printf "%.1f %%", a * 100 / w}')" ""
done
row "generate, 10 providers (ms/call)" "$(jmh generate 10)" "<= 1 ms"
row "generate, 40 providers (ms/call)" "$(jmh generate 40)" "<= 3 ms"
row "unchanged inputs, outputs on disk: stamp path (ms/call)" "$(jmh stampPath)" "<= 0.2 ms"
row "  for comparison: regenerate and compare bytes (ms/call)" \
    "$(jmh regenerateAndCompare)" ""
row "classes a fresh build loads because of the plugin" "$(wc -l < "$W/classes-added.txt")" \
    "$(awk '{s = $2 ~ /lightspeed-stack/ ? "plugin" : $2 ~ /snakeyaml/ ? "SnakeYAML" : $2 ~ /jackson/ ? "Jackson" : $2 ~ /tomlj|antlr/ ? "tomlj" : $2 == "jdk" ? "JDK or hidden" : "other"; n[s]++} END {for (k in n) printf "%s %d  ", k, n[k]}' "$W/classes-added.txt")"
IFS='|' read -r _ alloc kept < <(grep '^heap' "$W/cold.txt")
row "peak heap added (MiB; upper bound: allocated, no GC)" "$alloc" "<= 32 MiB"
row "  heap still reachable after a full GC (MiB)" "$kept" ""
echo
printf '%-22s %10s %10s %10s %10s\n' "first call, by phase" "cold ms" "cold CPU" "warm ms" "classes"
while IFS='|' read -r name c u w k; do
    printf '%-22s %10s %10s %10s %10s\n' "${name#phase }" "$c" "$u" "$w" "$k"
done < <(grep '^phase' "$W/cold.txt")
awk -F'|' '/^phase/ {c += $2; u += $3; w += $4; k += $5} END {printf "%-22s %10.2f %10.2f %10.3f %10d\n(cold - warm = class loading and interpreter: %.1f ms; load average now %s)\n", "total", c, u, w, k, c - w, load}' \
    load="$(cut -d' ' -f1-3 /proc/loadavg)" "$W/cold.txt"
