#!/usr/bin/env bash
# Fuzzes the record reader and writer with AFL++ through SharpFuzz for SECONDS (default 600), then reports
# crashes and hangs. Usage: fuzz/run.sh [SECONDS]. Needs root for the one-time install of Debian's afl++.
# Work lives in fuzz/out/ (the instrumented build) and fuzz/findings/ (AFL++'s queue, crashes and hangs);
# both are kept out of git. A second run resumes nothing: it starts again from fuzz/corpus/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
out=fuzz/out
findings=fuzz/findings
corpus=fuzz/corpus

if ! command -v afl-fuzz >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi
dotnet tool restore >/dev/null

# The harness, published, with the record code instrumented for AFL++'s coverage map (the rest of the app is not,
# so that coverage means paths through the reader and the writer).
rm -rf "$out"
dotnet publish tests/FilmCatalogue.Fuzz -c Release -o "$out" -v q --nologo
dotnet sharpfuzz "$out/FilmCatalogue.Web.dll" FilmCatalogue.Web.Records

# The seed corpus: the reference seed, every test record, and the inputs earlier runs found (fuzz/regressions/).
rm -rf "$corpus"
mkdir -p "$corpus"
i=0
while IFS= read -r -d '' file; do
    cp "$file" "$corpus/$(printf '%03d' "$i")_$(basename "$file")"
    i=$((i + 1))
done < <(find seeds tests/FilmCatalogue.Tests/TestData fuzz/regressions -name '*.txt' -print0 2>/dev/null | sort -z)
echo "corpus: $i files in $corpus"

rm -rf "$findings"
# dotnet itself is not instrumented (AFL_SKIP_BIN_CHECK); containers have no CPU frequency control or core pattern
# to tune; a shared machine has no free core to pin to.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
status=0
afl-fuzz -i "$corpus" -o "$findings" -t 5000 -m none -V "$seconds" -- dotnet "$out/FilmCatalogue.Fuzz.dll" >fuzz/afl.log 2>&1 || status=$?
if [[ $status -ne 0 ]]; then
    tail -n 30 fuzz/afl.log
    echo "afl-fuzz failed with exit code $status (full log: fuzz/afl.log)"
    exit "$status"
fi

stats=$findings/default/fuzzer_stats
stat() { sed -n "s/^$1 *: //p" "$stats"; }
crashes=$(find "$findings/default/crashes" -type f -name 'id:*' | wc -l)
hangs=$(find "$findings/default/hangs" -type f -name 'id:*' | wc -l)
echo "run time: $(stat run_time) s, execs: $(stat execs_done) ($(stat execs_per_sec)/s), corpus: $(stat corpus_count) paths, edges found: $(stat edges_found), coverage: $(stat bitmap_cvg)"
echo "crashes: $crashes, hangs: $hangs"
if [[ $((crashes + hangs)) -gt 0 ]]; then
    echo "Replay one with: dotnet $out/FilmCatalogue.Fuzz.dll < FILE (the harness reads stdin when AFL++ is not driving it)"
    find "$findings/default/crashes" "$findings/default/hangs" -type f -name 'id:*'
    exit 1
fi
