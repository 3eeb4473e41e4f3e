#!/usr/bin/env bash
# Spark on one machine against the CLI: `alignment batch FILE --reports none --threads 2` (the tables only)
# and AlignmentSparkExample in local[2] (the same five tables from the same file, written as CSV folders),
# rounds interleaved, wall time of each whole command (JVM start and, for Spark, its session included).
# Prints per round both times, the ratio Spark / CLI and each run's "read N, scored S, rejected R" line.
#
# Usage: alignment-benchmarks/spark/run.sh [SURVEY.csv] [ROUNDS]
# Without a file it generates 10,000 organizations x 100 respondents (SurveyCsvGenerator, seed 42).
# Builds what it runs with Maven (package, and the Spark module's class path).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$root/alignment-benchmarks/target/spark-bench"
rounds="${2:-3}"
mkdir -p "$work"
cd "$root"
mvn -B -q -DskipTests -pl alignment-benchmarks,alignment-spark -am package \
  dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt"
# dependency:build-classpath wrote each module's class path to the same file; Spark's module is built last.
spark_cp="$root/alignment-spark/target/alignment-spark-0.1.0-SNAPSHOT.jar:$(cat "$work/classpath.txt")"
cli="$root/alignment-cli/target/alignment-cli-0.1.0-SNAPSHOT-all.jar"
# Spark's --add-opens options, as the module's pom gives them to its tests and exec:exec.
opens="$(grep -o -- '--add-opens=[^ <]*' alignment-spark/pom.xml | sort -u | paste -sd' ')"

survey="${1:-$work/survey.csv}"
if [ ! -f "$survey" ]; then
  java -cp alignment-benchmarks/target/benchmarks.jar io.github.serviceculture.alignment.benchmarks.SurveyCsvGenerator \
    --organizations 10000 --respondents 100 --seed 42 --out "$survey" --items "$work/items.csv"
fi

seconds() { date +%s.%N; }
for round in $(seq 1 "$rounds"); do
  rm -rf "$work/out-cli" "$work/out-spark"
  t0=$(seconds)
  java -jar "$cli" batch "$survey" -o "$work/out-cli" --reports none --threads 2 2> "$work/cli.err"
  t1=$(seconds)
  # shellcheck disable=SC2086 # the options are separate words
  java -Xmx8g $opens -Dspark.master='local[2]' -cp "$spark_cp" \
    io.github.serviceculture.alignment.spark.AlignmentSparkExample "$survey" "$work/out-spark" \
    > "$work/spark.out" 2> "$work/spark.err"
  t2=$(seconds)
  awk -v r="$round" -v a="$t0" -v b="$t1" -v c="$t2" \
    'BEGIN { printf "round %d: batch %.1f s, spark %.1f s, ratio %.2f\n", r, b - a, c - b, (c - b) / (b - a) }'
  echo "  batch: $(tail -1 "$work/cli.err")"
  echo "  spark: $(grep '^read ' "$work/spark.out")"
done
