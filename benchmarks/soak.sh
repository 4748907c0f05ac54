#!/usr/bin/env bash
# Soak test (docs/reliability.md): the Release build serving a fresh generated catalogue on 127.0.0.1 takes a mix of
# public traffic from wrk (film, person, festival and studio pages, indexes, search, feed, JSON, drawn from the
# sitemaps) for SOAK_SECONDS while a curator signs in and appends a numbered marker to one film's synopsis every
# second. The server's memory (RSS) and the machine's load are sampled every 5 seconds. At the end every edit is
# looked for on the public page, in the film's history page and in the database, and the figures are printed.
#   benchmarks/soak.sh                                   1000 films, 300 seconds, 16 connections
#   SOAK_FILMS=5000 SOAK_SECONDS=900 SOAK_CONNECTIONS=32 benchmarks/soak.sh
# Everything lands in $SOAK_OUT (default /tmp/filmcatalogue-soak); the summary is summary.txt there.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${SOAK_OUT:-/tmp/filmcatalogue-soak}
films=${SOAK_FILMS:-1000}
seconds=${SOAK_SECONDS:-300}
connections=${SOAK_CONNECTIONS:-16}
port=5191
base=http://127.0.0.1:$port
email=soak@example.org
password="soak test passphrase $RANDOM$RANDOM"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
rm -rf "$out" && mkdir -p "$out"
echo "publishing the Release build…"
dotnet publish src/FilmCatalogue.Web -c Release -o "$out/app" >"$out/publish.log"
app=(dotnet "$out/app/FilmCatalogue.Web.dll")
export ConnectionStrings__Catalogue="Data Source=$out/db/catalogue.db" Catalogue__SeedsPath=/nonexistent
"${app[@]}" generate --films "$films" --out "$out/corpus" --seed 1 >/dev/null
"${app[@]}" import "$out/corpus" >"$out/import.log"
tail -n 1 "$out/import.log"
printf '%s\n%s\n' "$password" "$password" | "${app[@]}" add-curator "$email" --admin

# Production, as deployed: Secure cookies, behind a TLS-terminating proxy on this machine (the curator's client says
# https through X-Forwarded-Proto). The search limit is lifted: every wrk connection is 127.0.0.1, one client to it.
ASPNETCORE_ENVIRONMENT=Production Catalogue__ForwardedHeaders__KnownProxies__0=127.0.0.1 \
    Catalogue__RateLimits__Search__PermitLimit=1000000000 Serilog__MinimumLevel__Default=Warning \
    "${app[@]}" --urls "$base" >"$out/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$out/sampling"' EXIT
for _ in $(seq 1 240); do curl -fs -o /dev/null "$base/health" && break; sleep 0.5; done
curl -fs -o /dev/null "$base/health" || { echo "the app did not start: $(tail -5 "$out/server.log")" >&2; exit 1; }

# The visitors' mix, weighted, from the sitemaps, in urls.txt; the film the curator edits is among the pages read.
film=$(python3 - "$base" "$out/urls.txt" <<'PY'
import random, re, sys, urllib.request
base, urls = sys.argv[1:]
get = lambda path: urllib.request.urlopen(base + path, timeout=60).read().decode()
paths = {}
for sitemap in re.findall(r"<loc>[^<]*?(/sitemap-[^<]+)</loc>", get("/sitemap.xml")):
    paths.setdefault(sitemap.split("-")[1], []).extend(re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", get(sitemap)))
random.seed(1)
films, slugs = paths["films"], [f.split("/")[-1] for f in paths["films"]]
edited = slugs[0]
mix = ([random.choice(films) for _ in range(800)] + [f"/films/{edited}"] * 100
       + [random.choice(paths["people"]) for _ in range(300)]
       + [random.choice(paths["festivals"]) for _ in range(100)]
       + [random.choice(paths["organisations"]) for _ in range(100)]
       + paths["pages"] * 20 + ["/films?letter=S", "/films?decade=1990", "/people?letter=M"] * 20
       + [f"/search?q={random.choice(slugs).split('-')[0]}" for _ in range(200)]
       + ["/feed.atom"] * 100
       + [f"/films/{random.choice(slugs)}.json" for _ in range(200)])
open(urls, "w").write("\n".join(mix) + "\n")
print(edited)
PY
)

# Memory and load every 5 seconds, until the traffic ends.
touch "$out/sampling"
(
    start=$EPOCHSECONDS
    while [[ -f $out/sampling ]]; do
        printf '%s\t%s\t%s\n' "$((EPOCHSECONDS - start))" "$(awk '/VmRSS/ { print $2 }' "/proc/$server/status")" "$(cut -d' ' -f1 /proc/loadavg)"
        sleep 5
    done
) >"$out/rss.tsv" &
sampler=$!

echo "soaking for $seconds s: wrk -c$connections, a curator editing $film every second…"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
SOAK_URLS=$out/urls.txt wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s -s benchmarks/soak.lua "$base" >"$out/wrk.txt" &
wrk=$!
python3 benchmarks/soak_curator.py "$base" "$email" "$password" "$film" "$seconds" >"$out/curator.txt"
wait "$wrk"
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
rm -f "$out/sampling"
wait "$sampler"
alive=$(kill -0 "$server" 2>/dev/null && echo yes || echo no)
kill "$server" && wait "$server" || true

python3 - "$out" "$email" "$film" <<PY | tee "$out/summary.txt"
import re, sqlite3, sys, zlib
out, email, slug = sys.argv[1:]
read = lambda name: open(f"{out}/{name}").read()
print("command: benchmarks/soak.sh  (films=$films seconds=$seconds connections=$connections)")
print("$(date -u +%FT%TZ) $(nproc) cores; load average at start: $load_start; at end: $load_end")
print(read("wrk.txt").split("\n\n")[-1].strip() if "requests=" in read("wrk.txt") else read("wrk.txt"))
print("server_alive_at_end=$alive")
print("server_log_errors=" + str(len(re.findall(r" (ERR|FTL)\]", read("server.log")))))
print(read("curator.txt").strip())
db = sqlite3.connect(f"file:{out}/db/catalogue.db?mode=ro", uri=True)
film_id = db.execute("SELECT Id FROM Films WHERE Slug = ?", (slug,)).fetchone()[0]
# The curator edited this film alone: each of their revisions, in order, should add the next marker.
# A revision keeps its snapshot as zlib-compressed JSON (plain JSON when written before snapshots were compressed).
stored = [max(map(int, re.findall(r"\[soak edit (\d+)\]", (packed if packed[:1] == b"{" else zlib.decompress(packed)).decode())), default=0)
          for (packed,) in db.execute("SELECT Snapshot FROM Revisions WHERE EntryId = ? AND CuratorEmail = ? ORDER BY Id", (film_id, email))]
made = int(re.search(r"edits_made=(\d+)", read("curator.txt")).group(1))
print(f"edit_revisions_in_database={len(stored)} each_adds_the_next_edit={stored == list(range(1, made + 1))}")
samples = [tuple(map(float, line.split("\t"))) for line in read("rss.tsv").splitlines() if line.count("\t") == 2 and line.split("\t")[1]]
rss = [(t, kb / 1024) for t, kb, _ in samples]
def trend(points):  # least-squares slope, MB per minute
    mt, mm = sum(t for t, _ in points) / len(points), sum(m for _, m in points) / len(points)
    return sum((t - mt) * (m - mm) for t, m in points) / (sum((t - mt) ** 2 for t, _ in points) or 1) * 60
late = [(t, mb) for t, mb in rss if t >= 60] or rss
second_half = [(t, mb) for t, mb in rss if t >= rss[-1][0] / 2]
print(f"rss_samples={len(rss)} first={rss[0][1]:.0f}MB min={min(m for _, m in rss):.0f}MB max={max(m for _, m in rss):.0f}MB last={rss[-1][1]:.0f}MB")
print(f"rss_after_first_minute: min={min(m for _, m in late):.0f}MB max={max(m for _, m in late):.0f}MB trend={trend(late):+.1f}MB/min")
print(f"rss_second_half: min={min(m for _, m in second_half):.0f}MB max={max(m for _, m in second_half):.0f}MB trend={trend(second_half):+.1f}MB/min")
print(f"load_average_1min_during: min={min(l for *_, l in samples):.1f} max={max(l for *_, l in samples):.1f}")
PY
