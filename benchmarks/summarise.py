#!/usr/bin/env python3
"""Turns benchmarks/run.sh's results.tsv into the Markdown tables of docs/performance.md.

Ratios are taken within one repeat (A and its reference measured back to back), then the median of the repeats is
reported with the spread (min-max) of those per-repeat ratios.
"""
import statistics
import sys
from collections import defaultdict

rows = defaultdict(dict)  # (size, measure) -> {repeat: (value, p99)}
comments = []
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.startswith("#"):
            comments.append(line.strip())
            continue
        parts = line.rstrip("\n").split("\t")
        if parts[0] == "size":
            continue
        size, measure, repeat, value, p99 = parts
        rows[(int(size), measure)][int(repeat)] = (float(value), float(p99) if p99 else None)

sizes = sorted({s for s, _ in rows})


def values(size, measure, p99=False):
    return [v[1] if p99 else v[0] for _, v in sorted(rows.get((size, measure), {}).items())]


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


print("\n".join(comments))
print()
print("| films | page | page req/s | static req/s | ratio to static | p99 ms | bytes |")
print("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
for size in sizes:
    for page in ("film", "person", "festival"):
        print(f"| {size} | warm {page} | {fmt(values(size, 'warm-' + page), 0)} | {fmt(values(size, 'static-' + page), 0)} "
              f"| {fmt(ratio(size, 'warm-' + page, 'static-' + page))} | {fmt(values(size, 'warm-' + page, True))} "
              f"| {fmt(values(size, page + '-bytes'), 0)} |")
print()
print("| films | cold film req/s | static req/s | naive EF req/s | cold / static | cold / naive | p99 ms cold | naive page same bytes |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for size in sizes:
    print(f"| {size} | {fmt(values(size, 'cold-film'), 0)} | {fmt(values(size, 'static-film-cold'), 0)} | {fmt(values(size, 'naive-film'), 0)} "
          f"| {fmt(ratio(size, 'cold-film', 'static-film-cold'))} | {fmt(ratio(size, 'cold-film', 'naive-film'))} "
          f"| {fmt(values(size, 'cold-film', True))} | {'yes' if values(size, 'naive-same-bytes') == [1.0] else 'no'} |")
print()
if len(sizes) > 1:
    small, large = sizes[0], sizes[-1]
    for measure in ("cold-film", "warm-film"):
        a, b = values(large, measure), values(small, measure)
        if a and b:
            print(f"- {measure} throughput at {large} / at {small}: {statistics.median(a) / statistics.median(b):.2f} "
                  f"(medians {statistics.median(a):.0f} / {statistics.median(b):.0f} req/s)")
    print()
print("| films | query | req/s | p99 ms |")
print("| ---: | --- | ---: | ---: |")
for size in sizes:
    for measure in ("search", "search-misspelt", "search-cyrillic", "az-first", "az-last", "year-first", "year-last"):
        print(f"| {size} | {measure} | {fmt(values(size, measure), 0)} | {fmt(values(size, measure, True))} |")
print()
print("| films | import s | films/s | re-import s | EF AddRange s | EF / import | peak RSS MB (cached, cold) |")
print("| ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for size in sizes:
    imp, re, ef = values(size, "import-s"), values(size, "reimport-s"), values(size, "ef-import-s")
    speed = f"{size / imp[0]:.0f}" if imp else "n/a"
    times = f"{ef[0] / imp[0]:.1f}" if imp and ef else "n/a"
    print(f"| {size} | {fmt(imp)} | {speed} | {fmt(re)} | {fmt(ef)} | {times} | {fmt(values(size, 'rss-mb-cached'), 0)}, {fmt(values(size, 'rss-mb-cold'), 0)} |")
