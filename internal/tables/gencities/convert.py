#!/usr/bin/env python3
"""Derive data/cities.tsv from GeoNames' cities15000.txt.

Usage (from internal/tables): python3 gencities/convert.py CITIES15000 > data/cities.tsv
then `go generate ./internal/tables`.

Keeps populated places of 40,000 people or more, by their GeoNames name,
with the country of the place; a name that several countries' cities bear
is kept only when one country's largest city of that name is ten times
larger than any other country's ("London": GB; not "Birmingham"). Names
that are a country's, a capital's or a state's or province's (the other
tables hold them) and names of three letters or fewer are left out.
"""
import csv
import os
import sys
from collections import defaultdict

MIN_POP = 40000
DOMINANCE = 10

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def known_names():
    names = set()
    for f, col in (("countries.tsv", None), ("capitals.tsv", 1), ("subdivisions.tsv", 1), ("notcountries.txt", 0)):
        for line in open(os.path.join(here, f), encoding="utf-8"):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            parts = cells if col is None else cells[col:col + 1]
            for c in parts:
                for n in c.split(";"):
                    n = n.strip()
                    if n:
                        names.add(n.lower())
    return names


def main(path):
    skip = known_names()
    best = defaultdict(dict)  # name -> country -> largest population
    with open(path, encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) < 15 or row[6] != "P":
                continue
            name, iso, pop = row[1].strip(), row[8].strip(), int(row[14] or 0)
            if len(name) <= 3 or len(iso) != 2:
                continue
            best[name][iso] = max(best[name].get(iso, 0), pop)
    by_country = defaultdict(list)
    for name, cs in best.items():
        if name.lower() in skip:
            continue
        ranked = sorted(cs.items(), key=lambda kv: -kv[1])
        iso, pop = ranked[0]
        if pop < MIN_POP:
            continue
        if len(ranked) > 1 and pop < DOMINANCE * ranked[1][1]:
            continue
        by_country[iso].append(name)
    print("# Cities of 40,000 people or more and their countries, derived by")
    print("# gencities/convert.py from GeoNames' cities15000.txt (see README.md);")
    print("# a name several countries' cities bear only where one country's is ten")
    print("# times larger. Do not edit: re-run the converter.")
    print("#")
    print("# Columns (tab-separated): iso2  names (';'-separated)")
    for iso in sorted(by_country):
        print(iso + "\t" + ";".join(sorted(by_country[iso])))


if __name__ == "__main__":
    main(sys.argv[1])
