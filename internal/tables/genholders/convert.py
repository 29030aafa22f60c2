#!/usr/bin/env python3
"""Derive data/holders.tsv from snapshots of public office-holder datasets.

    python3 genholders/convert.py MIRROR_DIR > data/holders.tsv

MIRROR_DIR holds bare git clones named owner+name/repo of the sources that
data/README.md lists; the commits read are fixed below, so the output is
reproducible. Only the columns the project needs are kept: name, other forms,
title, affiliation, first and last day of the term (YYYY, YYYY-MM or
YYYY-MM-DD; an empty end while in office at the snapshot), and the source.
"""
import csv
import io
import os
import subprocess
import sys

import yaml

SOURCES = {
    # Wikidata heads of state and government of every country, 2021-2022
    "leaders": ("every-politician-scrapers+world-leaders-2021", "be7039cf5952d8121c4f1e24eea64cc5dd465633", "data/wikidata.csv"),
    # Wikidata foreign ministers of every country, every snapshot
    "foreign": ("every-politician-scrapers+world", "4ee5b6ad1e088595ee5c81c1b62475b533fb2f80", "sources/foreign/wikidata.csv"),
    # Wikidata United Nations offices
    "un": ("every-politician-scrapers+world", "887866264e3af2e217743e63d85d1485539509a1", "html/holders21.csv"),
    # Wikidata US cabinet and White House offices since 1993
    "uscabinet": ("every-politician-scrapers+us-cabinet", "0d5e73cb24ba9f78bc36f6cd0fbe9839e6cd8600", "html/holders21.csv"),
    # US presidents and vice presidents
    "usexec": ("unitedstates+congress-legislators", "dfa9622263dd4c8d08636926e498f1845704d7eb", "executive.yaml"),
}

# Wikidata labels of countries that are not the names in countries.tsv
COUNTRY_ALIASES = {
    "People's Republic of China": "CN", "Kingdom of the Netherlands": "NL",
    "United States of America": "US", "Kingdom of Denmark": "DK",
    "State of Palestine": "PS", "Federated States of Micronesia": "FM",
    "The Gambia": "GM", "The Bahamas": "BS", "Ivory Coast": "CI",
    "Democratic Republic of the Congo": "CD", "Republic of the Congo": "CG",
    "Czech Republic": "CZ", "Czechia": "CZ", "Vatican City": "VA",
    "Sahrawi Arab Democratic Republic": "EH", "Taiwan": "TW",
    "East Timor": "TL", "Eswatini": "SZ", "North Macedonia": "MK",
    "Georgia": "GE", "Republic of Ireland": "IE", "Ireland": "IE",
}

# titles of heads of state and government kept, by the first words of the
# Wikidata position label
HEAD_TITLES = [
    ("Prime Minister", "Prime Minister"), ("Prime minister", "Prime Minister"),
    ("President", "President"), ("president", "President"),
    ("Federal Chancellor", "Chancellor"), ("Chancellor", "Chancellor"),
    ("Premier", "Premier"), ("King", "King"), ("Queen", "Queen"),
    ("Emir", "Emir"), ("emir", "Emir"), ("Sultan", "Sultan"),
    ("Supreme Leader", "Supreme Leader"), ("Taoiseach", "Taoiseach"),
    ("Emperor", "Emperor"),
]

# US offices kept from the cabinet list, with the title the project uses
US_TITLES = {
    "President": "President", "Vice President": "Vice President",
    "Secretary of State": "Secretary of State", "Secretary of the Treasury": "Secretary of the Treasury",
    "Secretary of Defence": "Secretary of Defense", "Secretary of Defense": "Secretary of Defense",
    "Attorney General": "Attorney General", "Secretary of the Interior": "Secretary of the Interior",
    "Secretary of Agriculture": "Secretary of Agriculture", "Secretary of Commerce": "Secretary of Commerce",
    "Secretary of Labor": "Secretary of Labor", "Secretary of Health and Human Services": "Secretary of Health and Human Services",
    "Secretary of Housing and Urban Development": "Secretary of Housing and Urban Development",
    "Secretary of Transportation": "Secretary of Transportation", "Secretary of Energy": "Secretary of Energy",
    "Secretary of Education": "Secretary of Education", "Secretary of Veterans Affairs": "Secretary of Veterans Affairs",
    "Secretary of Homeland Security": "Secretary of Homeland Security",
    "White House Chief of Staff": "Chief of Staff", "White House Press Secretary": "Press Secretary",
    "National Security Advisor": "National Security Advisor",
    "Ambassador to the United Nations": "Ambassador to the United Nations",
    "Director of National Intelligence": "Director of National Intelligence",
    "Director of the Central Intelligence Agency": "Director of the Central Intelligence Agency",
    "Director of the Office of Management and Budget": "Director of the Office of Management and Budget",
    "Administrator of the Environmental Protection Agency": "Administrator of the Environmental Protection Agency",
    "United States Trade Representative": "Trade Representative", "Trade Representative": "Trade Representative",
}

UN_TITLES = {
    "Secretary-General of the United Nations": "Secretary-General",
    "Deputy Secretary-General of the United Nations": "Deputy Secretary-General",
    "President of the United Nations General Assembly": "President of the General Assembly",
}

SUFFIXES = {"Jr.", "Jr", "Sr.", "II", "III", "IV"}


def show(mirror, src, commit=None):
    repo, c, path = SOURCES[src]
    out = subprocess.run(["git", "--git-dir", os.path.join(mirror, repo, "repo"), "show", f"{commit or c}:{path}"],
                         check=True, capture_output=True)
    return out.stdout.decode("utf-8")


def history(mirror, src):
    repo, c, path = SOURCES[src]
    out = subprocess.run(["git", "--git-dir", os.path.join(mirror, repo, "repo"), "log", "--format=%H", c, "--", path],
                         check=True, capture_output=True)
    return out.stdout.decode().split()


def countries(here):
    m = dict(COUNTRY_ALIASES)
    with open(os.path.join(here, "..", "data", "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            m.setdefault(c[2], c[0])
            for form in c[3].split(";") if len(c) > 3 else []:
                if form:
                    m.setdefault(form, c[0])
    return m


def clean_name(n):
    n = n.strip()
    if "," in n:  # "Mark Malloch Brown, Baron Malloch-Brown"
        n = n.split(",")[0].strip()
    return n


def surname(n):
    ws = n.split()
    while len(ws) > 2 and ws[-1] in SUFFIXES:
        ws = ws[:-1]
    if len(ws) < 2 or ws[-1].endswith("."):
        return ""
    return ws[-1]


def day(s):
    s = (s or "").strip()
    if s.startswith("+"):
        s = s[1:]
    return s[:10]


rows = []


def add(name, title, aff, start, end, src):
    name = clean_name(name)
    if not name or name.startswith("Q") and name[1:].isdigit() or not start:
        return
    rows.append((name, surname(name), title, aff, day(start), day(end), src))


def main():
    mirror = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    iso = countries(here)
    missing = set()

    for r in csv.DictReader(io.StringIO(show(mirror, "leaders"))):
        label = r["positionLabel"]
        title = next((t for p, t in HEAD_TITLES if label.startswith(p + " ") or label == p), None)
        c = iso.get(r["country"])
        if c is None:
            missing.add(r["country"])
            continue
        if title:
            add(r["officeholderLabel"], title, c, r["start_year"], r["end_year"], "leaders")

    # foreign ministers: the union of every snapshot; a term ends where the
    # next holder's begins, or stays open when the last snapshot lists it
    terms = {}
    last = set()
    for i, commit in enumerate(history(mirror, "foreign")):
        for r in csv.DictReader(io.StringIO(show(mirror, "foreign", commit))):
            if not r.get("name") or not r.get("start"):
                continue
            key = (r["countryLabel"], r["name"], day(r["start"]))
            terms[key] = True
            if i == 0:
                last.add(key)
    byc = {}
    for (cl, n, s) in terms:
        byc.setdefault(cl, []).append((s, n))
    for cl, ts in byc.items():
        c = iso.get(cl)
        if c is None:
            missing.add(cl)
            continue
        ts.sort()
        for k, (s, n) in enumerate(ts):
            end = ""
            later = [t for t in ts[k + 1:] if t[1] != n and t[0] > s]
            if later:
                end = later[0][0]
            elif (cl, n, s) not in last:
                continue  # dropped from the list without a successor: unknown end
            add(n, "Foreign Minister", c, s, end, "foreign")

    for r in csv.DictReader(io.StringIO(show(mirror, "un"))):
        t = UN_TITLES.get(r["position"])
        if t:
            add(r["person"], t, "UN", r["start"], r["end"], "un")

    for r in csv.DictReader(io.StringIO(show(mirror, "uscabinet"))):
        t = US_TITLES.get(r["position"])
        if t and t not in ("President", "Vice President"):
            add(r["person"], t, "US", r["start"], r["end"], "uscabinet")

    for p in yaml.safe_load(show(mirror, "usexec")):
        nm = p["name"]
        full = nm.get("official_full") or " ".join(x for x in (nm.get("first"), nm.get("last"), nm.get("suffix")) if x)
        for t in p.get("terms", []):
            title = {"prez": "President", "viceprez": "Vice President"}[t["type"]]
            if t["end"] < "1945":
                continue
            add(full, title, "US", t["start"], t["end"], "usexec")

    if missing:
        print("convert: countries not matched: " + "; ".join(sorted(missing)), file=sys.stderr)
    seen = set()
    print("# Terms of office derived by genholders/convert.py from the sources that")
    print("# data/README.md lists; do not edit by hand (officeholders.tsv overrides).")
    print("#")
    print("# Columns (tab-separated):")
    print("#   name  other-forms (';'-separated)  title  affiliation  from  to  source")
    print("# from and to are YYYY, YYYY-MM or YYYY-MM-DD; an empty to: in office at")
    print("# the source's snapshot.")
    for r in sorted(rows, key=lambda r: (r[3], r[2], r[4], r[0])):
        k = (r[0], r[2], r[3], r[4])
        if k in seen:
            continue
        seen.add(k)
        print("\t".join(r))


if __name__ == "__main__":
    main()
