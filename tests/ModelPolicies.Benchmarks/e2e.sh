#!/usr/bin/env bash
# The end-to-end figure of docs/performance.md: `dotnet build` of the workload written to disk, with and without the
# ModelPolicies analyzer and generator, comparing the C# compiler task's time (Csc, from -clp:PerformanceSummary).
#
#   bash tests/ModelPolicies.Benchmarks/e2e.sh            # workload L, 5 runs of each, alternating
#   MP_BENCH_SIZE=S MP_E2E_RUNS=1 bash tests/ModelPolicies.Benchmarks/e2e.sh
#   MP_E2E_SERVER=1 bash tests/ModelPolicies.Benchmarks/e2e.sh   # through the compiler server, as builds run by default
#
# Every build is a full rebuild (--no-incremental). By default each runs in a fresh compiler process
# (UseSharedCompilation=false, no node reuse): the analyzer and generator are loaded and jitted in every build, the
# worst case for them. With MP_E2E_SERVER=1 the builds go through the compiler server (VBCSCompiler), as `dotnet
# build` does unless told otherwise, after three unmeasured builds of each: the analyzer is then already loaded and
# jitted, as in a developer's second build or a CI build of a solution's later projects. Both builds compile the same
# program: without ModelPolicies the typed clients come from App/Generated (the generator's output, written once).
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
size="${MP_BENCH_SIZE:-L}"
runs="${MP_E2E_RUNS:-5}"
server="${MP_E2E_SERVER:-0}"
if [ "$server" = 1 ]; then shared=true; else shared=false; fi
work="${MP_E2E_DIR:-${TMPDIR:-/tmp}/modelpolicies-e2e-$size}"
# Preparation steps print only when they fail.
prepare() {
  local log
  log="$(mktemp)"
  if ! "$@" >"$log" 2>&1; then cat "$log" >&2; rm -f "$log"; exit 1; fi
  rm -f "$log"
}

cd "$repo"
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; dotnet $(dotnet --version); load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# The analyzer and runtime as a package user gets them (Release), and the program that writes the workload.
prepare dotnet build src/ModelPolicies/ModelPolicies.csproj -c Release -nologo
prepare dotnet build tests/ModelPolicies.Benchmarks -c Release -nologo
dotnet tests/ModelPolicies.Benchmarks/bin/Release/net10.0/ModelPolicies.Benchmarks.dll --write-workload "$work" --size "$size"

# The stand-in SDK is built once; it is not part of what is measured.
prepare dotnet build "$work/AiSdk" -c Release -nologo
prepare dotnet restore "$work/App" -nologo

# One build; prints the Csc task's milliseconds and the build's wall-clock milliseconds.
build() {
  local with="$1" log
  log="$(mktemp)"
  local start end
  start=$(date +%s%N)
  if ! dotnet build "$work/App" -c Release --no-restore --no-incremental -nologo -nodeReuse:false \
      -p:ModelPolicies="$with" -p:UseSharedCompilation="$shared" -clp:PerformanceSummary -v:m >"$log" 2>&1; then
    cat "$log" >&2
    echo "error: the build with ModelPolicies=$with failed" >&2
    exit 1
  fi
  end=$(date +%s%N)
  local csc
  csc=$(awk '/Task Performance Summary/ {t=1} t && $3 == "Csc" {print $1; exit}' "$log")
  if [ -z "$csc" ]; then
    echo "error: no Csc line in the performance summary" >&2
    exit 1
  fi
  local warnings
  warnings=$(grep -c "warning MP0" "$log" || true)
  rm -f "$log"
  echo "$csc $(((end - start) / 1000000)) $warnings"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

if [ "$server" = 1 ]; then
  # Start the compiler server and load both configurations into it; these builds are not measured. The server keeps
  # jitting hot code into its second tier for a few builds, so each configuration is built three times first.
  for _ in 1 2 3; do
    build true >/dev/null
    build false >/dev/null
  done
fi

with_csc=(); without_csc=(); with_wall=(); without_wall=()
for i in $(seq 1 "$runs"); do
  # Alternate which goes first, so that drift in the machine's load falls on both alike.
  if [ $((i % 2)) -eq 1 ]; then order=(true false); else order=(false true); fi
  for with in "${order[@]}"; do
    read -r csc wall warnings < <(build "$with")
    echo "run $i ModelPolicies=$with: Csc ${csc} ms, build ${wall} ms, MP warnings: ${warnings}"
    if [ "$with" = true ]; then with_csc+=("$csc"); with_wall+=("$wall"); else without_csc+=("$csc"); without_wall+=("$wall"); fi
  done
done

m_with=$(printf '%s\n' "${with_csc[@]}" | median)
m_without=$(printf '%s\n' "${without_csc[@]}" | median)
w_with=$(printf '%s\n' "${with_wall[@]}" | median)
w_without=$(printf '%s\n' "${without_wall[@]}" | median)
echo
if [ "$server" = 1 ]; then dotnet build-server shutdown >/dev/null 2>&1 || true; fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| dotnet build of workload $size ($runs runs each, median; compiler server: $shared) | without ModelPolicies | with ModelPolicies | ratio |"
echo "|---|---:|---:|---:|"
echo "| Csc task | ${m_without} ms | ${m_with} ms | $(awk -v a="$m_with" -v b="$m_without" 'BEGIN {printf "%.3f×", a / b}') |"
echo "| whole build (wall clock) | ${w_without} ms | ${w_with} ms | $(awk -v a="$w_with" -v b="$w_without" 'BEGIN {printf "%.3f×", a / b}') |"
