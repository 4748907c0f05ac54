#!/usr/bin/env python3
"""Turns benchmarks/run.sh's results.tsv into the Markdown tables of docs/performance.md, the goal table first.

Ratios are taken within one repeat (A and its reference measured back to back), then the median of the repeats is
reported with the spread (min-max) of those per-repeat ratios. Latency goals are read at 4 connections (little
queueing); the 32-connection p99 is given beside it.
"""
import statistics
import sys
from collections import defaultdict

rows = defaultdict(dict)  # (size, measure) -> {repeat: (value, p99)}
loads = defaultdict(list)  # size -> load averages the figures were taken at
comments = []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.startswith("#"):
            comments.append(line.strip())
            continue
        parts = line.rstrip("\n").split("\t")
        if parts[0] == "size":
            continue
        size, measure, repeat, value, p99 = parts[:5]
        if not value:
            continue
        rows[(int(size), measure)][int(repeat)] = (float(value), float(p99) if p99 else None)
        if len(parts) > 5 and parts[5]:
            loads[int(size)].append(float(parts[5]))

sizes = sorted({s for s, _ in rows})


def values(size, measure, p99=False):
    return [v[1] if p99 else v[0] for _, v in sorted(rows.get((size, measure), {}).items()) if (v[1] if p99 else v[0]) is not None]


def median(xs):
    return statistics.median(xs) if xs else None


def fmt(xs, digits=2):
    if not xs:
        return "n/a"
    med = statistics.median(xs)
    if len(xs) == 1:
        return f"{med:.{digits}f}"
    return f"{med:.{digits}f} ({min(xs):.{digits}f}–{max(xs):.{digits}f})"


def ratio(size, a, b):
    ra, rb = rows.get((size, a), {}), rows.get((size, b), {})
    return [ra[r][0] / rb[r][0] for r in sorted(ra) if r in rb and rb[r][0]]


def one(size, measure):
    xs = values(size, measure)
    return xs[0] if xs else None


def import_rates(size):
    """Per repeat: the app's films/s from its import time, the EF importer's from the films it stored in its time."""
    app = {r: size / v[0] for r, v in rows.get((size, "import-s"), {}).items() if v[0]}
    ef_films = rows.get((size, "ef-films"), {})
    ef = {r: ef_films[r][0] / v[0] for r, v in rows.get((size, "ef-import-s"), {}).items() if v[0] and r in ef_films}
    return app, ef


def import_ratio(size):
    """The app's rate over EF's, within each repeat (the two imports run back to back)."""
    app, ef = import_rates(size)
    return [app[r] / ef[r] for r in sorted(app) if r in ef and ef[r]]


def holds(ok):
    return "n/a" if ok is None else ("yes" if ok else "**no**")


def per_size(fn):
    return "; ".join(f"{s // 1000}k: {fn(s)}" for s in sizes)


print("\n".join(comments))
print()
print("| films | load average during the figures (min–max) |")
print("| ---: | --- |")
for size in sizes:
    ls = loads.get(size, [])
    print(f"| {size} | {f'{min(ls):.1f}–{max(ls):.1f}' if ls else 'n/a'} |")
print()

# The goal table: each goal at the largest size measured, other sizes beside it.
big = sizes[-1] if sizes else None
small = sizes[0] if sizes else None
print("| Goal | Target | Measured | Holds? |")
print("| --- | --- | --- | --- |")
for page in ("film", "person", "festival"):
    r = ratio(big, f"warm-{page}", f"static-{page}") if big else []
    print(f"| Warm {page} page vs static file of the same bytes | ≥ 1.2× | {per_size(lambda s: fmt(ratio(s, f'warm-{page}', f'static-{page}')))} "
          f"| {holds(median(r) >= 1.2 if r else None)} |")
p99s = [median(values(big, f"warm-{p}-c4", True)) for p in ("film", "person", "festival")] if big else []
print(f"| Warm pages p99 (at 4 connections; at 32 in the tables) | ≤ 3 ms | "
      f"{per_size(lambda s: ', '.join(fmt(values(s, f'warm-{p}-c4', True)) for p in ('film', 'person', 'festival')))} ms "
      f"| {holds(max(p99s) <= 3 if p99s and None not in p99s else None)} |")
r = ratio(big, "cold-film", "static-film-cold") if big else []
print(f"| Cold film page vs static | ≥ 0.3× (stretch 0.5) | {per_size(lambda s: fmt(ratio(s, 'cold-film', 'static-film-cold')))} "
      f"| {holds(median(r) >= 0.3 if r else None)} |")
r = ratio(big, "cold-film", "naive-film") if big else []
print(f"| Cold film page vs naive EF | ≥ 2.5× | {per_size(lambda s: fmt(ratio(s, 'cold-film', 'naive-film')))} "
      f"| {holds(median(r) >= 2.5 if r else None)} |")
for kind in ("cold", "warm"):
    # Side by side (both catalogues served at once, their pages interleaved) when measured; in sequence beside it,
    # from the phases of each size, which the machine's drift between phases also moves.
    beside = ratio(big, f"beside-{kind}-film-big", f"beside-{kind}-film-small") if big else []
    a, b = median(values(big, f"{kind}-film")), median(values(small, f"{kind}-film"))
    sequence = a / b if a and b and big != small else None
    figures = ([f"side by side {fmt(beside)}"] if beside else []) + \
        ([f"in sequence {sequence:.2f} ({a:.0f} / {b:.0f} req/s)"] if sequence else [])
    judged = median(beside) if beside else sequence
    print(f"| Detail throughput ({kind} film) at {big} vs {small} | ≥ 0.8 | {'; '.join(figures) or 'n/a'} "
          f"| {holds(judged >= 0.8 if judged else None)} |")
search_p99 = [median(values(big, f"{m}-c4", True)) for m in ("search", "search-misspelt", "search-cyrillic")] if big else []
print(f"| Search p99 (at 4 connections) | ≤ 20 ms | "
      f"{per_size(lambda s: ', '.join(fmt(values(s, m + '-c4', True)) for m in ('search', 'search-misspelt', 'search-cyrillic')))} ms "
      f"| {holds(max(search_p99) <= 20 if search_p99 and None not in search_p99 else None)} |")
for index in ("az", "year"):
    r = [l / f for l, f in zip(values(big, f"{index}-last"), values(big, f"{index}-first")) if f] if big else []
    print(f"| {'A–Z' if index == 'az' else 'Year'} index: last page vs first | ≈ 1 | "
          f"{per_size(lambda s: fmt([l / f for l, f in zip(values(s, f'{index}-last'), values(s, f'{index}-first')) if f]))} "
          f"| {holds(median(r) >= 0.8 if r else None)} |")
imp = median(values(big, "import-s")) if big else None
print(f"| Import into an empty database | ≤ 30 s at 100k | {per_size(lambda s: fmt(values(s, 'import-s')) + ' s')} "
      f"| {holds(imp <= 30 if imp and big == 100000 else None)} |")
r = import_ratio(big) if big else []
print(f"| Import vs EF AddRange importer (films/s), same run | ≥ 10× | {per_size(lambda s: fmt(import_ratio(s), 1))} "
      f"| {holds(median(r) >= 10 if r else None)} |")
re = one(big, "reimport-s") if big else None
print(f"| Re-import of the unchanged batch | ≤ 10 s at 100k | {per_size(lambda s: fmt(values(s, 'reimport-s')) + ' s')} "
      f"| {holds(re <= 10 if re and big == 100000 else None)} |")
def peak_rss(size):
    return [one(size, "rss-mb-cached"), one(size, "rss-mb-cold")]


rss = peak_rss(big) if big else []
print(f"| Serving process memory under load (peak RSS, cache on / off) | < 400 MB at 100k | "
      f"{per_size(lambda s: ' / '.join('n/a' if m is None else f'{m:.0f}' for m in peak_rss(s)) + ' MB')} "
      f"| {holds(max(rss) < 400 if rss and None not in rss and big == 100000 else None)} |")
print()

print("| films | page | page req/s | static req/s | ratio to static | p99 ms (32 conn.) | p99 ms (4 conn.) | bytes |")
print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for size in sizes:
    for page in ("film", "person", "festival"):
        print(f"| {size} | warm {page} | {fmt(values(size, 'warm-' + page), 0)} | {fmt(values(size, 'static-' + page), 0)} "
              f"| {fmt(ratio(size, 'warm-' + page, 'static-' + page))} | {fmt(values(size, 'warm-' + page, True))} "
              f"| {fmt(values(size, 'warm-' + page + '-c4', True))} | {fmt(values(size, page + '-bytes'), 0)} |")
print()
print("| films | cold film req/s | static req/s | floor req/s | naive EF req/s | cold / static | floor / static | cold / naive | p99 ms cold | naive page same bytes |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for size in sizes:
    print(f"| {size} | {fmt(values(size, 'cold-film'), 0)} | {fmt(values(size, 'static-film-cold'), 0)} | {fmt(values(size, 'floor-film'), 0)} "
          f"| {fmt(values(size, 'naive-film'), 0)} | {fmt(ratio(size, 'cold-film', 'static-film-cold'))} "
          f"| {fmt(ratio(size, 'floor-film', 'static-film-cold'))} | {fmt(ratio(size, 'cold-film', 'naive-film'))} "
          f"| {fmt(values(size, 'cold-film', True))} | {'yes' if values(size, 'naive-same-bytes') == [1.0] else 'no'} |")
print()
if big and rows.get((big, "beside-warm-film-big")):
    print(f"| film page, {small} and {big} films served side by side | {small} req/s | {big} req/s | {big} / {small} |")
    print("| --- | ---: | ---: | ---: |")
    for kind in ("warm", "cold"):
        print(f"| {kind} | {fmt(values(big, f'beside-{kind}-film-small'), 0)} | {fmt(values(big, f'beside-{kind}-film-big'), 0)} "
              f"| {fmt(ratio(big, f'beside-{kind}-film-big', f'beside-{kind}-film-small'))} |")
    print()
print("| films | query | req/s | p99 ms (32 conn.) | p99 ms (4 conn.) |")
print("| ---: | --- | ---: | ---: | ---: |")
for size in sizes:
    for measure in ("search", "search-misspelt", "search-cyrillic", "az-first", "az-last", "year-first", "year-last"):
        print(f"| {size} | {measure} | {fmt(values(size, measure), 0)} | {fmt(values(size, measure, True))} "
              f"| {fmt(values(size, measure + '-c4', True))} |")
print()
print("| films | import s | films/s | re-import s | EF AddRange films in s, each repeat | EF films/s | import / EF (films/s) | peak RSS MB (cached, cold) |")
print("| ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |")
for size in sizes:
    app, ef = import_rates(size)
    ef_runs = "; ".join(f"{f:.0f} in {t:.1f}" for f, t in zip(values(size, "ef-films"), values(size, "ef-import-s")))
    print(f"| {size} | {fmt(values(size, 'import-s'))} | {fmt(list(app.values()), 0)} | {fmt(values(size, 'reimport-s'))} "
          f"| {ef_runs or 'n/a'} | {fmt(list(ef.values()), 0)} | {fmt(import_ratio(size), 1)} "
          f"| {fmt(values(size, 'rss-mb-cached'), 0)}, {fmt(values(size, 'rss-mb-cold'), 0)} |")
print()
print("Where the app's import goes, as it logs it (Importing/ImportTimings.cs), in seconds; the rest is starting the app")
print("and opening the catalogue.")
print()
print("| films | import | first pass (read, hash) | writing the batches | committing them (revisions, full-text index) | deferred indexes |")
print("| ---: | ---: | ---: | ---: | ---: | ---: |")
for size in sizes:
    if values(size, "import-write-s"):
        print(f"| {size} | {fmt(values(size, 'import-s'), 1)} | {fmt(values(size, 'import-first-pass-s'), 1)} "
              f"| {fmt(values(size, 'import-write-s'), 1)} | {fmt(values(size, 'import-commit-s'), 1)} "
              f"| {fmt(values(size, 'import-indexes-s'), 1)} |")
