#!/usr/bin/env bash
# End-to-end comparison of `alignment batch` on one generated survey file:
#   bare   the bare floor: the file's bytes read once and every answer parsed into per-organization int
#          columns, no validation, one thread (BareCsvFloor): the budget is ours <= 2x this;
#   floor  the CLI's previous CSV library (jackson-dataformat-csv) into per-organization columns, no
#          scoring (CsvFloor), for reference;
#   ours   java -jar alignment-cli-*-all.jar batch FILE -o OUT --reports none --quiet;
#   R      score.R: psych::alpha, multilevel::rwg.j, ICC1/ICC2 per organization and dimension, run on
#          the first organizations of the file and extrapolated per organization to the whole file.
# Each is run several times, interleaved; the table shows medians of wall time and peak RSS
# (/usr/bin/time), and the ratios ours/bare, ours/floor (medians of the per-round ratios) and R/ours
# (budget >= 500x). Then: ours with -Xmx64m on the same file, every output compared byte for byte
# with the default-heap run, and R's numbers checked against ours on the sample.
#
# Usage: alignment-benchmarks/e2e/run.sh [--small] [options]; --help lists the options.
# Installs what is missing: R with psych and multilevel, GNU time and jq from Debian's packages
# (apt-get, as root or through sudo); builds the two jars with Maven if they are missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

organizations=10000
respondents=100
seed=42
runs=3
r_organizations=200
threads=""
work="$root/alignment-benchmarks/target/e2e"
rebuild=false
with_r=true
tolerance=1e-9

usage() {
  cat <<EOF
usage: $0 [--small] [options]
  --small                 a quick run: 1,000 organizations, R on 50, 3 runs
  --organizations N       organizations in the generated file (default $organizations)
  --respondents M         respondents per organization (default $respondents)
  --seed S                generator seed (default $seed)
  --runs R                timed runs of each pipeline; medians are reported (default $runs)
  --r-organizations K     organizations R scores; its time is extrapolated to all (default $r_organizations)
  --threads T             worker threads of ours (default: the batch's default, all cores)
  --work DIR              where files and outputs go (default $work)
  --rebuild               build the jars even if they exist
  --no-r                  skip R (no install, no comparison of numbers)
EOF
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --small) organizations=1000; r_organizations=50 ;;
    --organizations) organizations="$2"; shift ;;
    --respondents) respondents="$2"; shift ;;
    --seed) seed="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --r-organizations) r_organizations="$2"; shift ;;
    --threads) threads="$2"; shift ;;
    --work) work="$2"; shift ;;
    --rebuild) rebuild=true ;;
    --no-r) with_r=false ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
for n in "$organizations" "$respondents" "$runs" "$r_organizations"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: '$n' is not a positive whole number" >&2; exit 2; }
done
(( r_organizations <= organizations )) || r_organizations=$organizations

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

# --- tools -------------------------------------------------------------------------------------
apt_install() {
  local sudo=""
  if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null || die "need to install $* but am not root and have no sudo"
    sudo="sudo"
  fi
  command -v apt-get >/dev/null || die "need $* and there is no apt-get; install them by hand"
  say "installing $* from Debian's packages"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

command -v java >/dev/null || die "java is not on the PATH (Java 17 or later is needed)"
[[ -x /usr/bin/time ]] || apt_install time
if $with_r; then
  command -v jq >/dev/null || apt_install jq
  if ! Rscript -e 'suppressPackageStartupMessages({library(psych); library(multilevel)})' >/dev/null 2>&1; then
    apt_install r-base-core r-cran-psych r-cran-multilevel
    Rscript -e 'suppressPackageStartupMessages({library(psych); library(multilevel)})' >/dev/null 2>&1 \
      || die "R with psych and multilevel is still not usable after the install"
  fi
fi

cli_jar="$root/alignment-cli/target/alignment-cli-0.1.0-SNAPSHOT-all.jar"
bench_jar="$root/alignment-benchmarks/target/benchmarks.jar"
if $rebuild || [[ ! -f "$cli_jar" || ! -f "$bench_jar" ]]; then
  command -v mvn >/dev/null || die "the jars are missing and mvn is not on the PATH"
  say "building the jars (mvn package -DskipTests -pl alignment-cli,alignment-benchmarks -am)"
  (cd "$root" && mvn -B -q -DskipTests package -pl alignment-cli,alignment-benchmarks -am) \
    || die "the build failed"
fi
[[ -f "$cli_jar" ]] || die "no $cli_jar after the build"
[[ -f "$bench_jar" ]] || die "no $bench_jar after the build"

# --- data --------------------------------------------------------------------------------------
mkdir -p "$work"
survey="$work/survey-${organizations}x${respondents}-s${seed}.csv"
items="$work/items.csv"
if [[ ! -s "$survey" || ! -s "$items" ]]; then
  say "generating $survey"
  java -cp "$bench_jar" io.github.serviceculture.alignment.benchmarks.SurveyCsvGenerator \
    --organizations "$organizations" --respondents "$respondents" --seed "$seed" \
    --out "$survey.tmp" --items "$items" || die "the generator failed"
  mv "$survey.tmp" "$survey"
fi
rows=$(( organizations * respondents ))
sample="$work/sample-${r_organizations}of${organizations}x${respondents}-s${seed}.csv"
awk -F, -v k="$r_organizations" 'NR == 1 { print; next } $1 != prev { count++; prev = $1 } count <= k' \
  "$survey" > "$sample"
sample_rows=$(( $(wc -l < "$sample") - 1 ))

# --- timing ------------------------------------------------------------------------------------
# measure NAME LOG CMD...: runs CMD under /usr/bin/time; appends "wall_s rss_kib" to $work/NAME.times.
measure() {
  local name="$1" log="$2"
  shift 2
  local t="$work/.time"
  if ! /usr/bin/time -f '%e %M' -o "$t" "$@" >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    die "$name failed (exit status above; full output in $log)"
  fi
  tail -n 1 "$t" >> "$work/$name.times"
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_median() { awk -v c="$2" '{ print $c }' "$1" | median; }

ours_args=(batch "$survey" --reports none --quiet)
[[ -n "$threads" ]] && ours_args+=(--threads "$threads")
rm -f "$work"/{bare,floor,ours,r,xmx}.times "$work/r.timing" "$work"/ratios "$work"/bare-ratios

say "warm-up: one untimed floor run (loads the file into the page cache)"
java -cp "$bench_jar" io.github.serviceculture.alignment.benchmarks.CsvFloor "$survey" >/dev/null

for (( i = 1; i <= runs; i++ )); do
  say "round $i of $runs: bare floor"
  measure bare "$work/bare.log" java -cp "$bench_jar" io.github.serviceculture.alignment.benchmarks.BareCsvFloor "$survey"
  say "round $i of $runs: floor"
  measure floor "$work/floor.log" java -cp "$bench_jar" io.github.serviceculture.alignment.benchmarks.CsvFloor "$survey"
  say "round $i of $runs: ours"
  rm -rf "$work/out"
  measure ours "$work/ours.log" java -jar "$cli_jar" "${ours_args[@]}" -o "$work/out"
  awk -v f="$(tail -n 1 "$work/floor.times" | cut -d' ' -f1)" -v o="$(tail -n 1 "$work/ours.times" | cut -d' ' -f1)" \
    'BEGIN { printf "%.6f\n", o / f }' >> "$work/ratios"
  awk -v f="$(tail -n 1 "$work/bare.times" | cut -d' ' -f1)" -v o="$(tail -n 1 "$work/ours.times" | cut -d' ' -f1)" \
    'BEGIN { printf "%.6f\n", o / f }' >> "$work/bare-ratios"
  if $with_r; then
    say "round $i of $runs: R on $r_organizations organizations"
    measure r "$work/r.log" Rscript "$here/score.R" "$sample" "$items" "$work/r.csv"
    grep '^timing:' "$work/r.log" >> "$work/r.timing"
  fi
done

say "ours with -Xmx64m on the $rows-respondent file"
rm -rf "$work/out-xmx"
xmx_status=0
/usr/bin/time -f '%e %M' -o "$work/xmx.times" java -Xmx64m -jar "$cli_jar" "${ours_args[@]}" -o "$work/out-xmx" \
  >"$work/xmx.log" 2>&1 || xmx_status=$?
if [[ $xmx_status -eq 0 ]] && diff -r -q "$work/out" "$work/out-xmx" >"$work/xmx.diff" 2>&1; then
  xmx_result="succeeded (every output byte-identical to the default-heap run: $(ls "$work/out" | tr '\n' ' '))"
elif [[ $xmx_status -eq 0 ]]; then
  xmx_result="succeeded, but outputs differ from the default-heap run ($work/xmx.diff)"
else
  xmx_result="FAILED with exit status $xmx_status (see $work/xmx.log)"
fi

# --- numbers: R against ours -------------------------------------------------------------------
check_result="skipped (--no-r)"
if $with_r; then
  say "checking R's numbers against ours on the $r_organizations sampled organizations"
  rm -rf "$work/out-sample"
  java -jar "$cli_jar" batch "$sample" -o "$work/out-sample" --reports jsonl --quiet \
    || die "ours failed on the sample"
  jq -r '.report as $r | $r.perceptions.groupDifferences[] | select(.attribute == "level")
         | [$r.metadata.organization, .dimension, .groupCount, (.icc1.value // ""), (.icc2.value // "")] | @csv' \
    "$work/out-sample/reports.jsonl" > "$work/icc-sample.csv"
  if Rscript "$here/compare.R" "$work/r.csv" "$work/out/dimensions.csv" "$work/icc-sample.csv" "$tolerance" \
      > "$work/compare.txt" 2>&1; then
    check_result="agree"
  else
    check_result="MISMATCH"
  fi
fi

# --- table -------------------------------------------------------------------------------------
floor_s=$(column_median "$work/floor.times" 1); floor_kib=$(column_median "$work/floor.times" 2)
ours_s=$(column_median "$work/ours.times" 1); ours_kib=$(column_median "$work/ours.times" 2)
ratio_ours_floor=$(median < "$work/ratios")
bare_s=$(column_median "$work/bare.times" 1); bare_kib=$(column_median "$work/bare.times" 2)
ratio_ours_bare=$(median < "$work/bare-ratios")
read -r xmx_s xmx_kib < <(tail -n 1 "$work/xmx.times" 2>/dev/null || echo "nan nan")

row() { # name seconds kib rows
  awk -v n="$1" -v s="$2" -v k="$3" -v r="$4" 'BEGIN {
    mem = (k == "" || k == "nan") ? "-" : sprintf("%.0f", k / 1024)
    printf "  %-34s %10.2f %12s %12.0f\n", n, s, mem, r / s }'
}
{
  echo
  echo "End-to-end, one file: $organizations organizations x $respondents respondents = $rows rows," \
    "$(awk 'END { print NR - 1 }' "$items") item columns, seed $seed" \
    "($(du -m "$survey" | cut -f1) MiB); $runs runs each, medians"
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo);" \
    "$(java -version 2>&1 | head -n 1)"
  printf '  %-34s %10s %12s %12s\n' "" "time (s)" "peak RSS MiB" "rows/s"
  row "bare floor (bytes to int columns)" "$bare_s" "$bare_kib" "$rows"
  row "floor (Jackson CSV to columns)" "$floor_s" "$floor_kib" "$rows"
  row "ours (alignment batch)" "$ours_s" "$ours_kib" "$rows"
  row "ours, -Xmx64m (one run)" "$xmx_s" "$xmx_kib" "$rows"
  if $with_r; then
    r_s=$(column_median "$work/r.times" 1); r_kib=$(column_median "$work/r.times" 2)
    r_work=$(sed -E 's/.*read=([0-9.]+) compute=([0-9.]+).*/\1 \2/' "$work/r.timing" | awk '{ print $1 + $2 }' | median)
    # Fixed costs (start, loading psych and multilevel) once; reading and scoring scale with organizations.
    r_full=$(awk -v w="$r_s" -v x="$r_work" -v k="$r_organizations" -v n="$organizations" \
      'BEGIN { printf "%.3f", (w - x) + x * n / k }')
    r_per_org_ms=$(awk -v x="$r_work" -v k="$r_organizations" 'BEGIN { printf "%.1f", 1000 * x / k }')
    row "R, measured on $r_organizations organizations" "$r_s" "$r_kib" "$sample_rows"
    if (( r_organizations < organizations )); then
      row "R, extrapolated to $organizations" "$r_full" "" "$rows"
    fi
  fi
  echo
  awk -v r="$ratio_ours_bare" 'BEGIN { printf "  ours / bare floor: %.2fx (median of the per-round ratios; budget <= 2x: %s)\n", r, (r <= 2) ? "within" : "OVER" }'
  awk -v r="$ratio_ours_floor" 'BEGIN { printf "  ours / Jackson floor: %.2fx (median of the per-round ratios)\n", r }'
  if $with_r; then
    awk -v r="$r_full" -v o="$ours_s" 'BEGIN { x = r / o; printf "  R / ours:     %.1fx (budget >= 500x: %s)\n", x, (x >= 500) ? "met" : "NOT met" }'
    if (( r_organizations < organizations )); then
      echo "  R ran on the first $r_organizations of $organizations organizations: $r_per_org_ms ms per organization" \
        "(reading + scoring); its time for all $organizations is extrapolated linearly from that," \
        "plus R's fixed start-up once. R's peak RSS is that of the $r_organizations-organization run."
    fi
  fi
  echo "  -Xmx64m on $rows respondents: $xmx_result"
  if $with_r; then
    echo "  R's numbers against ours: $check_result"
    sed 's/^/    /' "$work/compare.txt"
  fi
} | tee "$work/summary.txt"
echo "(per-run figures: $work/*.times; summary: $work/summary.txt)" >&2
[[ "$check_result" != "MISMATCH" ]]
