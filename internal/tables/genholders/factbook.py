"""Read heads of state and government, with the day they took office, from
snapshots of the CIA World Factbook's country profiles.

The Factbook (a work of the US Government, in the public domain) gives for
each country, under "Executive branch", its "chief of state" and "head of
government" as "Title Given SURNAME (since 14 May 2017)", the name by which
the person is called alone in capitals. The mirror factbook+cache.factbook.json
keeps the profiles as JSON files, one a country, committed weekly; one
snapshot a month (the month's last commit before the fixed head) is read.

A term ends on the day the next holder of the office in the same country took
office when that falls before the first snapshot no longer listing it, else
on the day of the last snapshot that lists it: nothing later is known. Dependent territories (profiles with a "Dependency status") are left
out: their chief of state is another country's.
"""
import html
import json
import re
import subprocess
import unicodedata

# titles kept, by the whole title the Factbook writes before the name, with
# the title the project uses
TITLES = {
    "President": "President", "Prime Minister": "Prime Minister",
    "Chancellor": "Chancellor", "Federal Chancellor": "Chancellor",
    "Premier": "Premier", "King": "King", "Queen": "Queen", "Amir": "Emir",
    "Emir": "Emir", "Sultan": "Sultan", "Supreme Leader": "Supreme Leader",
    "Taoiseach": "Taoiseach", "Emperor": "Emperor",
    "President of the Government": "Prime Minister", "President of the Government of Spain": "Prime Minister",
}

# asides inside an entry: "(Conservative)", "(Prime Minister-equivalent)",
# ", also spelled Vajiralongkorn,"
ASIDES = re.compile(r"\((?!since )[^()]*\)|[,;]\s*also spelled [^;(]*")

# honorifics and ranks between a title and a name, not part of either
HONORIFICS = re.compile(r"^(?:(?:Sir|Dame|Sheikh|Shaykh|Dr\.|Gen\.|General|Lt\. Gen\.|Col\.|Colonel|Field Marshal|Mr\.|Mrs\.|Ms\.)\s+)+")

# words of titles and qualifiers, never of a name ("Crown Prince and Prime
# Minister MUHAMMAD bin Salman", "Acting Prime Minister ...")
NOT_NAME = {"and", "Acting", "Interim", "Transitional", "Caretaker", "Crown", "Prince", "Princess", "Prime", "Minister",
            "President", "Vice", "Deputy", "Chairman", "Premier", "King", "Queen", "Amir", "Emir", "Sultan", "Foreign",
            "Interior", "Defense", "Defence", "of", "the", "represented", "by", "Governor", "General"}

# a person's entry: the words before "(since DATE", up to a ';' that ends
# the previous entry
ENTRY = re.compile(r"(?:^|;)\s*([^;()]+?)\s*\(since ([^;)]*)")

MONTHS = {m: i + 1 for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                                          "August", "September", "October", "November", "December"])}

# particles written in capitals inside a capitalised name, lower-cased
PARTICLES = {"bin", "bint", "ibn", "da", "de", "del", "della", "di", "do", "dos", "du", "van", "von", "der", "den"}


def month(w):
    """returns the number of a month's name or its three-letter form, else 0"""
    for name, n in MONTHS.items():
        if w == name or len(w) == 3 and name.startswith(w):
            return n
    return 0


def since(s):
    """returns YYYY-MM-DD, YYYY-MM or YYYY from "14 May 2017", "May 2017" or
    "2017"; "" for anything else"""
    s = s.strip()
    m = re.fullmatch(r"(\d{1,2}) ([A-Z][a-z]+)\.? (\d{4})", s)
    if m and month(m.group(2)):
        return "%s-%02d-%02d" % (m.group(3), month(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"([A-Z][a-z]+)\.? (\d{4})", s)
    if m and month(m.group(1)):
        return "%s-%02d" % (m.group(2), month(m.group(1)))
    if re.fullmatch(r"\d{4}", s):
        return s
    return ""


def capital(w):
    """reports whether a word is written in capitals (the Factbook's mark of
    the name a person is called by)"""
    for part in w.split("-"):  # "OSMANI-Sadriu"
        letters = [c for c in part if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            return True
    return False


def recase(w):
    """writes a word in capitals as a name: MACRON -> Macron, DIAZ-CANEL ->
    Diaz-Canel, BIN -> bin"""
    if w.lower() in PARTICLES:
        return w.lower()
    return re.sub(r"[^\W\d_]{2,}", lambda m: m.group(0)[0] + m.group(0)[1:].lower() if m.group(0).isupper() else m.group(0), w)


def lower_particle(w):
    """reports whether a word in lower case may belong to a name ("bin",
    "al-Aziz", "da")"""
    return w in PARTICLES or w in ("y", "e", "al", "el", "la", "le", "des", "zu") or \
        re.match(r"(?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|bint)-", w) is not None


def person(entry):
    """splits "President Emmanuel MACRON" into the project's title, the name
    ("Emmanuel Macron") and the name it is called by ("Macron"); None when the
    entry opens with no title kept or names no one"""
    entry = entry.strip()
    if entry.startswith("Caretaker "):  # the same office, held until a successor takes it
        entry = entry[len("Caretaker "):]
    for t in sorted(TITLES, key=len, reverse=True):
        if entry.startswith(t + " "):
            rest = HONORIFICS.sub("", entry[len(t) + 1:].strip())
            break
    else:
        return None
    rest = rest.split(",")[0].strip()  # "Surangel WHIPPS, Jr."
    words = rest.split()
    if not words or not any(capital(w) for w in words) or any(w in NOT_NAME for w in words) or \
            not all(re.fullmatch(r"[\w.'’-]+", w) and (w[0].isupper() or lower_particle(w)) for w in words):
        return None
    # a Roman numeral after a name is a regnal number ("CHARLES III"), not
    # a name in capitals ("XI Jinping")
    numeral = [i > 0 and re.fullmatch(r"[IVX]+", w) is not None for i, w in enumerate(words)]
    name = " ".join(w if numeral[i] else recase(w) if capital(w) else w for i, w in enumerate(words))
    called = [recase(w) for i, w in enumerate(words) if capital(w) and not numeral[i]]
    return TITLES[t], name, " ".join(called)


def words(name):
    """returns a name's words without accents, in lower case"""
    s = unicodedata.normalize("NFKD", name)
    return set("".join(c for c in s if not unicodedata.combining(c)).lower().replace("-", " ").split())


def same(a, b):
    """reports whether two names are one person's as the snapshots write
    them: "Victoire TOMEGAH Dogbe" and "Victoire TOMEGAH Dogbé", "Vjosa OSMANI"
    and "Vjosa OSMANI-Sadriu"
    """
    wa, wb = words(a), words(b)
    return wa <= wb or wb <= wa


def git(mirror_repo, *args, data=None):
    return subprocess.run(["git", "--git-dir", mirror_repo] + list(args), check=True, capture_output=True,
                          input=data).stdout


def monthly(mirror_repo, head):
    """returns (day, commit) of the last commit of each month up to head"""
    seen = {}
    for line in git(mirror_repo, "log", "--first-parent", "--format=%cs %H", head).decode().split("\n"):
        if line:
            d, h = line.split()
            seen.setdefault(d[:7], (d, h))  # newest first
    return sorted(seen.values())


def executive(raw):
    """returns the country's name and its chief of state and head of
    government entries from one profile; None for a dependent territory"""
    try:
        j = json.loads(raw)
    except ValueError:
        return None
    ex, dependent = {}, False
    for c in j.get("categories") or []:
        for f in c.get("fields") or []:
            if f.get("name") == "Dependency status":
                dependent = True
            if f.get("name") == "Executive branch":
                for sf in f.get("subfields") or []:
                    if sf.get("name") in ("chief of state", "head of government"):
                        ex[sf["name"]] = ASIDES.sub("", html.unescape(sf.get("content") or ""))
    if dependent or not j.get("name"):
        return None
    return j["name"], ex


def terms(mirror_repo, head, start="2021-02"):
    """returns the terms the monthly snapshots since start give: (country
    name, title, name, called-by name, first day, last day)"""
    snaps = [s for s in monthly(mirror_repo, head) if s[0] >= start]
    cat = subprocess.Popen(["git", "--git-dir", mirror_repo, "cat-file", "--batch"],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    parsed = {}
    seen = {}  # (country, title) -> {(name, called, first): last snapshot day}
    untitled = {}  # country -> {(name, called, first): last snapshot day}: heads of government without a title
    try:
        for snap, commit in snaps:
            for line in git(mirror_repo, "ls-tree", "-r", commit).decode().split("\n"):
                if not line.endswith(".json"):
                    continue
                blob = line.split()[2]
                if blob not in parsed:
                    cat.stdin.write(blob.encode() + b"\n")
                    cat.stdin.flush()
                    size = int(cat.stdout.readline().split()[2])
                    raw = cat.stdout.read(size)
                    cat.stdout.read(1)
                    parsed[blob] = executive(raw)
                got = parsed[blob]
                if not got:
                    continue
                country, ex = got
                for field, text in ex.items():
                    for i, m in enumerate(ENTRY.finditer(text)):
                        first = since(m.group(2))
                        if not first:
                            continue
                        p = person(m.group(1))
                        if p:
                            title, name, called = p
                            seen.setdefault((country, title), {})[(name, called, first)] = snap
                        elif field == "head of government" and i == 0 and m.start() == 0:
                            # "head of government: Sebastien LECORNU (since ...)":
                            # the title the office has in the other snapshots
                            q = person("Prime Minister " + m.group(1))
                            if q:
                                untitled.setdefault(country, {})[(q[1], q[2], first)] = snap
    finally:
        cat.stdin.close()
        cat.wait()
    # an untitled head of government takes the one title the country's head
    # of government has elsewhere in the snapshots
    for country, ts in untitled.items():
        titles = {t for (c, t), hs in seen.items() if c == country and t in ("Prime Minister", "Premier", "Chancellor")}
        if len(titles) != 1:
            continue
        office = seen[(country, titles.pop())]
        for k, snap in ts.items():
            office[k] = max(office.get(k, ""), snap)
    # a monarch's successor may hold the other title (a queen after a king)
    office = {"Queen": "King"}
    byoffice = {}
    for (country, title), hs in seen.items():
        byoffice.setdefault((country, office.get(title, title)), {}).update(
            {(name, called, first, title): last for (name, called, first), last in hs.items()})
    out = []
    for (country, _), hs in byoffice.items():
        # one person listed with several first days (a date corrected or
        # moved to a re-election) is one term: the most precise of nested
        # dates, else the earliest
        rows = sorted(hs.items(), key=lambda kv: (kv[0][2][:4], kv[0][2]))
        merged = []
        for (name, called, first, title), last in rows:
            if merged and not same(merged[-1][0], name) and merged[-1][2] == first:
                # one term, its holder's name respelt: the later spelling
                prev = merged[-1]
                if last >= prev[3]:
                    prev[0], prev[1] = name, called
                prev[3] = max(prev[3], last)
                continue
            if merged and same(merged[-1][0], name) and merged[-1][4] == title:
                prev = merged[-1]
                if last >= prev[3]:
                    prev[0], prev[1] = name, called  # the later spelling
                if first.startswith(prev[2]) or prev[2].startswith(first):
                    prev[2] = max(prev[2], first, key=len)
                prev[3] = max(prev[3], last)
                continue
            merged.append([name, called, first, last, title])
        for i, (name, called, first, last, title) in enumerate(merged):
            # the successor's first day, when it falls before the first
            # snapshot that no longer lists this term; else that last listing
            end = last
            later = [m[2] for m in merged[i + 1:] if not same(m[0], name) and m[2] > first]
            after = [d for d, _ in snaps if d > last]
            if later and min(later) <= (after[0] if after else last) and \
                    not (len(min(later)) < 10 and last.startswith(min(later))):
                end = min(later)
            out.append((country, title, name, called, first, end))
    return sorted(out)
