#!/usr/bin/env bash
# The catalogue's benchmarks, end to end, in one command (see docs/performance.md):
#   benchmarks/run.sh [SIZE...]        default sizes: 1000 10000 100000 films; about 55 minutes on 2 idle cores
# For each size: generates the corpus (seed 1), times the app's importer into an empty database and the EF AddRange
# reference importer (stopped after BENCH_EF_SECONDS: its rate is what counts), interleaved and repeated
# (BENCH_IMPORT_REPEATS), and a re-import of the unchanged corpus; then serves the catalogue from the Release build
# on 127.0.0.1 with the output cache on, and again off, and loads it with wrk (32 connections, 2 threads; the latency
# goals also at 4 connections), each page interleaved with its references (A B A B …) and repeated. Last, the
# smallest and the largest catalogues are served side by side and their film pages interleaved, for the throughput of
# one size against the other. Every figure lands in $BENCH_OUT/results.tsv with the load average it was taken at;
# benchmarks/summarise.py turns it into the tables and the goal table of docs/performance.md.
# BenchmarkDotNet (reader, writer, folding): dotnet run -c Release --project tests/FilmCatalogue.Benchmarks -- --filter '*'
set -euo pipefail
cd "$(dirname "$0")/.."

out=${BENCH_OUT:-/tmp/filmcatalogue-bench}
duration=${BENCH_DURATION:-5s}
repeats=${BENCH_REPEATS:-3}
# The sizes served side by side are compared by one ratio a repeat, whose repeats spread by a fifth or more: five.
side_repeats=${BENCH_SIDE_REPEATS:-5}
ef_seconds=${BENCH_EF_SECONDS:-90}
# An import's time drifts by a quarter between runs half an hour apart: it is repeated like the pages.
import_repeats=${BENCH_IMPORT_REPEATS:-3}
sizes=("${@:-1000 10000 100000}")
read -r -a sizes <<<"${sizes[*]}"
port=${BENCH_PORT:-5190}
results=$out/results.tsv
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
mkdir -p "$out"
started=$EPOCHSECONDS
dotnet publish src/FilmCatalogue.Web -c Release -o "$out/app" >/dev/null
dotnet build tests/FilmCatalogue.Benchmarks -c Release -o "$out/bench" >/dev/null
app=(dotnet "$out/app/FilmCatalogue.Web.dll")
printf 'size\tmeasure\trepeat\tvalue\tp99_ms\tload\n' >"$results"
echo "# $(date -u +%FT%TZ) $(nproc) cores; load at start: $(cut -d' ' -f1-3 /proc/loadavg); sizes ${sizes[*]}; wrk -d$duration x $repeats" >>"$results"

loadavg() { cut -d' ' -f1 /proc/loadavg; }
record() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$(loadavg)" >>"$results"; }
seconds() { local start=$EPOCHREALTIME; "$@" >/dev/null || echo "failed: $*" >&2; echo "$EPOCHREALTIME - $start" | bc; }
# The app's account of an import, which it gives on standard error when asked (Importing/ImportTimings.cs), summed:
# the first pass, the batches' writing, their commits, and the indexes built at the end (0 when none was deferred).
timings=(env Serilog__MinimumLevel__Override__FilmCatalogue.Web.Importing.ImportTimings=Information)
import_phases() {
    awk '/sources read and hashed in/ { first = $(NF - 1) }
         /records written; waited/ { for (i = 2; i < NF; i++) if ($i == "in") { if ($(i - 1) == "wrote") write += $(i + 1); if ($(i - 1) == "committed") commit += $(i + 1) } }
         /deferred by an import in/ { indexes = $(NF - 1) }
         END { print first + 0, write + 0, commit + 0, indexes + 0 }' "$1"
}

# wrk's requests/s and its 99th percentile latency in milliseconds, at $connections connections.
connections=32 warmup=1 warm_ups=0
url() { [[ $1 == http* ]] && echo "$1" || echo "http://127.0.0.1:$port$1"; }
load() {
    wrk -t2 -c"$connections" -d"$duration" --latency "$(url "$1")" | awk '
        /Requests\/sec/ { rps = $2 }
        $1 == "99%" { v = $2; unit = v; gsub(/[0-9.]/, "", unit); gsub(/[a-z]/, "", v);
                      p99 = unit == "us" ? v / 1000 : unit == "s" ? v * 1000 : v }
        END { printf "%s\t%s\n", rps, p99 }'
}

cpu_ticks() { cat "/proc/$server/stat" ${beside:+"/proc/$beside/stat"} | awk '{ t += $14 + $15 } END { print t }'; }

# Waits until the server (and the one beside it, when two are served) has been idle (under 5% of a core for half a
# second): requests wrk abandoned at the end of a run (a slow page's in-flight queries) must not eat into the next
# run. Gives up after a minute, saying so, and the run goes on.
settle() {
    local before after
    for _ in $(seq 1 120); do
        before=$(cpu_ticks)
        sleep 0.5
        after=$(cpu_ticks)
        ((after - before <= 2)) && return 0
    done
    echo "# the server was still busy a minute after a run ($(cut -d' ' -f1 /proc/loadavg))" >>"$results"
}

# Warm-up, not recorded: connection pools, the page cache, (cache on) the output cache, and above all the JIT. On two
# busy cores the tiered JIT goes on recompiling hot methods for tens of seconds after a page's first requests, and a
# page measured before that is measured with the compiler's work. So the pages are loaded in rounds of 3 s each until
# no page's rate moves by more than 15% from one round to the next (2 rounds at least, BENCH_WARMUP_ROUNDS at most).
warm() {
    local size=$1; shift
    local previous=() rates=() round path rate moved
    for ((round = 1; round <= ${BENCH_WARMUP_ROUNDS:-5}; round++)); do
        rates=()
        for path in "$@"; do
            rate=$(wrk -t2 -c32 -d3s "$(url "$path")" | awk '/Requests\/sec/ { print $2 }')
            settle
            rates+=("${rate:-0}")
        done
        moved=$(awk -v now="${rates[*]}" -v before="${previous[*]:-}" 'BEGIN {
            n = split(now, a); m = split(before, b); moved = m == 0
            for (i = 1; i <= n && !moved; i++) moved = b[i] == 0 || (a[i] - b[i]) / b[i] > 0.15 || (b[i] - a[i]) / b[i] > 0.15
            print moved }')
        ((moved)) || break
        previous=("${rates[@]}")
    done
    warm_ups=$((warm_ups + 1))
    record "$size" warmup-rounds "$warm_ups" "$((round > ${BENCH_WARMUP_ROUNDS:-5} ? round - 1 : round))" ""
}

# load A B [C…] interleaved, $repeats times over: measure names and paths alternate.
interleave() {
    local size=$1; shift
    local paths=()
    for ((i = 1; i < $#; i += 2)); do paths+=("${@:i + 1:1}"); done
    ((warmup)) && warm "$size" "${paths[@]}"
    for ((r = 1; r <= repeats; r++)); do
        local args=("$@")
        for ((i = 0; i < ${#args[@]}; i += 2)); do
            settle
            IFS=$'\t' read -r rps p99 < <(load "${args[i + 1]}")
            record "$size" "${args[i]}" "$r" "$rps" "$p99"
        done
    done
}

# The same at 4 connections, for latency with little queueing, right after the 32-connection runs (so without a
# warm-up of its own): the measure names get "-c4".
interleave_light() {
    local size=$1; shift
    local args=("$@")
    for ((i = 0; i < ${#args[@]}; i += 2)); do args[i]="${args[i]}-c4"; done
    connections=4 warmup=0 interleave "$size" "${args[@]}"
}

serve() { # serve DB CACHE STATIC: starts the app in the background, waits until it answers
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "something already listens on port $port (BENCH_PORT picks another)" >&2
        return 1
    fi
    ConnectionStrings__Catalogue="Data Source=$1" Catalogue__OutputCache=$2 Catalogue__BenchmarkStaticRoot=$3 \
        Catalogue__SeedsPath=/nonexistent Catalogue__RateLimits__Search__PermitLimit=1000000000 \
        Serilog__MinimumLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
        "${app[@]}" --contentRoot "$out/app" --urls "http://127.0.0.1:$port" >"$out/server-$port.log" 2>&1 &
    server=$!
    for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && return 0; sleep 0.5; done
    echo "the app did not start: $(tail -5 "$out/server-$port.log")" >&2
    return 1
}

stop() { kill "$server" ${beside:-}; wait "$server" ${beside:-} 2>/dev/null || true; server= beside=; }
# A run that fails half-way leaves no server behind to answer the next run's requests.
trap 'kill ${server:-} ${beside:-} 2>/dev/null || true' EXIT

peak_rss_mb() { awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$server/status"; }

declare -A films
for size in "${sizes[@]}"; do
    corpus=$out/corpus-$size db=$out/catalogue-$size.db static=$out/static-$size
    [[ -d $corpus ]] || "${app[@]}" generate --films "$size" --out "$corpus" --seed 1 >/dev/null
    rm -rf "$static" && mkdir -p "$static"

    # The app's import and the EF reference's, interleaved and repeated, each into an empty database; the last
    # import's catalogue is re-imported, then served.
    for ((r = 1; r <= import_repeats; r++)); do
        echo "== $size films: importing, $r of $import_repeats ($(($EPOCHSECONDS - started)) s in)"
        rm -f "$db"* "$out/ef-$size.db"*
        record "$size" import-s "$r" "$(seconds "${timings[@]}" ConnectionStrings__Catalogue="Data Source=$db" "${app[@]}" import "$corpus" 2>"$out/import-$size.log")" ""
        read -r first_pass writing committing indexes < <(import_phases "$out/import-$size.log")
        record "$size" import-first-pass-s "$r" "$first_pass" ""
        record "$size" import-write-s "$r" "$writing" ""
        record "$size" import-commit-s "$r" "$committing" ""
        record "$size" import-indexes-s "$r" "$indexes" ""
        # "ef-addrange: N films in S s"
        read -r _ ef_films _ _ ef_s _ < <(dotnet "$out/bench/FilmCatalogue.Benchmarks.dll" ef-import --corpus "$corpus" --db "$out/ef-$size.db" --seconds "$ef_seconds") || true
        record "$size" ef-films "$r" "$ef_films" ""
        record "$size" ef-import-s "$r" "$ef_s" ""
    done
    record "$size" reimport-s 1 "$(seconds env ConnectionStrings__Catalogue="Data Source=$db" "${app[@]}" import "$corpus")" ""

    # Sample pages: a film from the middle, a person with about ten credits, the festival with the fewest selections.
    q() { sqlite3 "$db" "$1"; }
    film=$(q "SELECT Slug FROM Films WHERE Id = (SELECT max(Id) / 2 FROM Films)")
    films[$size]=$film
    person=$(q "SELECT p.Slug FROM People p JOIN Credits c ON c.PersonId = p.Id GROUP BY p.Id HAVING count(*) BETWEEN 8 AND 12 LIMIT 1")
    festival=$(q "SELECT f.Slug FROM Festivals f JOIN Selections s ON s.FestivalId = f.Id GROUP BY f.Id ORDER BY count(*) LIMIT 1")
    last_t=$(q "SELECT Id FROM Films WHERE IndexLetter = 'T' ORDER BY TitleKey DESC, Id DESC LIMIT 1 OFFSET 50")
    first_year=$(q "SELECT Year FROM Films GROUP BY Year ORDER BY count(*) DESC LIMIT 1")
    last_year=$(q "SELECT Id FROM Films WHERE Year = $first_year ORDER BY TitleKey DESC, Id DESC LIMIT 1 OFFSET 50")
    searches=(search "/search?q=loznitsa" search-misspelt "/search?q=loznitca" search-cyrillic "/search?q=%D0%9B%D0%BE%D0%B7%D0%BD%D0%B8%D1%86%D0%B0")

    echo "== $size films: warm pages, output cache on ($(($EPOCHSECONDS - started)) s in)"
    serve "$db" true "$static"
    for page in "film /films/$film" "person /people/$person" "festival /festivals/$festival"; do
        read -r name path <<<"$page"
        curl -fs "http://127.0.0.1:$port$path" -o "$static/$name.html"
        record "$size" "$name-bytes" 1 "$(stat -c %s "$static/$name.html")" ""
    done
    warm=(warm-film "/films/$film" static-film /bench-static/film.html
        warm-person "/people/$person" static-person /bench-static/person.html
        warm-festival "/festivals/$festival" static-festival /bench-static/festival.html)
    interleave "$size" "${warm[@]}"
    interleave_light "$size" "${warm[@]}"
    record "$size" rss-mb-cached 1 "$(peak_rss_mb)" ""
    stop

    echo "== $size films: cold pages, output cache off ($(($EPOCHSECONDS - started)) s in)"
    serve "$db" false "$static"
    curl -fs "http://127.0.0.1:$port/bench-naive/films/$film" -o "$out/naive.html"
    # The same bytes but for the page's own address (in its canonical link, and escaped in the language switch's).
    record "$size" naive-same-bytes 1 "$(sed 's#/bench-naive##g; s#%2Fbench-naive##g' "$out/naive.html" | cmp -s - "$static/film.html" && echo 1 || echo 0)" ""
    # From 10,000 films the naive page answers nothing within wrk's 2 s, and its abandoned requests keep the server
    # busy for minutes, spoiling every figure after it: it is loaded up to BENCH_NAIVE_FILMS films (checked above at
    # every size).
    # The floor: the page's bytes from an MVC action that does nothing else, through the same pipeline.
    cold=(cold-film "/films/$film" static-film-cold /bench-static/film.html floor-film "/bench-floor/films/$film")
    ((size <= ${BENCH_NAIVE_FILMS:-1000})) && cold+=(naive-film "/bench-naive/films/$film")
    interleave "$size" "${cold[@]}"
    interleave "$size" "${searches[@]}"
    interleave_light "$size" cold-film "/films/$film" "${searches[@]}"
    interleave "$size" az-first "/films?letter=T" az-last "/films?letter=T&after=$last_t" \
        year-first "/films?year=$first_year" year-last "/films?year=$first_year&after=$last_year"
    record "$size" rss-mb-cold 1 "$(peak_rss_mb)" ""
    stop
done

# The smallest and the largest catalogues served side by side, on two ports, and their film pages interleaved: the
# phases of each size above run minutes apart, and the machine's own speed drifts between them (the static file
# too), which a throughput compared across phases would count against the catalogue's size.
small=${sizes[0]} big=${sizes[-1]}
if ((small != big)); then
    for cache in true false; do
        kind=$([[ $cache == true ]] && echo warm || echo cold)
        echo "== $small and $big films side by side, $kind film pages ($(($EPOCHSECONDS - started)) s in)"
        port=$((port + 1)) serve "$out/catalogue-$small.db" "$cache" "$out/static-$small"
        beside=$server
        serve "$out/catalogue-$big.db" "$cache" "$out/static-$big"
        repeats=$side_repeats interleave "$big" "beside-$kind-film-small" "http://127.0.0.1:$((port + 1))/films/${films[$small]}" \
            "beside-$kind-film-big" "/films/${films[$big]}"
        stop
    done
fi

echo "# load at end: $(cut -d' ' -f1-3 /proc/loadavg); $(($EPOCHSECONDS - started)) s in all" >>"$results"
python3 benchmarks/summarise.py "$results"
