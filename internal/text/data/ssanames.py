#!/usr/bin/env python3
"""Derive given_names_ssa.tsv from the US Social Security Administration's
baby-name counts (public domain, a US federal work).

    python3 ssanames.py MAXOCCURBYSEX.TXT > given_names_ssa.tsv

The input is maxoccurbysex.txt of github.com/hackerb9/ssa-baby-names at
0b1a1316457d55447d1a1f7bfe57ee15e53cc2f0 (2022-01-04), which holds, for each
name and sex, the most babies given the name in one year (1880-2020):
"name,sex,count,year". Only facts are kept: a name given to at least 25
babies of one sex in some year, and to at most a tenth as many of the other,
with that sex. Names that are also countries, places, months, titles or
common English words are left out, so that a capitalised word is not taken
for the start of a person's name.
"""
import sys

# Words that are given names in the counts but stand for something else
# far more often in official and news text.
NOT_NAMES = set("""
Will May June April August Grace Hope Faith Joy Rose Summer Autumn Winter Dawn Art Sunny Major King Prince
Princess Queen General Judge Bishop Lord Duke Earl Baron Page Chase Case Lane Bay Glen Dale Guy Pat Rich Sky Star
Storm River Ocean Forest Stone Rock Wood Hunter Ranger Justice Liberty Unity Harmony Honor Serenity Trinity Genesis
Legend Royal Cash Messiah Christian Champion Chance Ace Deputy Marshal Sterling Miles Price Banks Rivers Brooks
Woods Fields Hill Hall Street Park Bank Trust Bill Don Ray Gene Sue Les Val Dean Dell Gay Merry Noble Rusty Happy
Lucky Sonny Early Young Strong Wise Bond Money Golden Silver Diamond Crystal Amber Ruby Pearl Jade Ivory Ebony
Olive Ginger Cherry Holly Ivy Lily Daisy Heather Iris Violet Poppy Hazel Rain Snow Cloud Sunday Monday Friday
Tuesday Christmas Easter Noel Angel Saint Pope Cardinal Deacon Dean Captain Colonel Sergeant Officer Doctor
Lawyer Senator Governor President Mayor Chancellor Minister Premier Speaker Judge Will Shall Mark Art Bud Buck
Chip Chuck Dick Duke Gil Hank Jack Jay Kit Mac Max Ned Nick Rob Sid Ted Tom Tony Wade Ward West North South East
Republic Union Liberty Freedom Unity Democrat Republican Independent Green Brown Black White Gray Grey Red Blue
Rock Stone Cliff Glenn Forrest Ransom Worth Reed Read Wells Rivers Lake Sea Shore Beach Marsh Heath Moor Field
Fleet Ford Holt Knight Page Porter Shepherd Taylor Turner Walker Baker Cook Carter Cooper Fisher Fletcher Gardner
Mason Miller Parker Potter Sawyer Smith Spencer Tanner Thatcher Weaver Webster Wright Archer Hunter Bowman Marshall
Stuart Steward Chancey Counsel Council Congress Senate House Court Nation State City Town Village County
Commons Parliament Assembly Cabinet Ministry Office Department Agency Bureau Army Navy Marine Air Force Guard
Police Sheriff
""".split())

PLACES = set("""
Paris London Dallas Austin Houston Jordan Israel Georgia Virginia Carolina Dakota Savannah Phoenix Sydney Florence
Victoria Brooklyn Madison Washington Lincoln Jackson Chelsea India China Asia Africa America Kenya Jamaica Egypt Cuba
Italy Ireland Holland France Siena Vienna Berlin Milan Cairo Denver Boston Aspen Eden Canada Mexico Germany Sparta
Troy Orlando Tyler Regina Alberta Columbia Bolivia Chad Niger Mali Peru Chile Oman Yemen Iran Iraq Syria Lebanon
Libya Sudan Congo Angola Ghana Benin Togo Gabon Nepal Tibet Korea Japan Vietnam Laos Burma Malaysia Indonesia
Kuwait Qatar Bahrain Dubai Geneva Lorraine Normandy Brittany Kent Devon Essex Sussex Cornwall Wales Scotland
England Britain Albion Erin Caledonia Hudson Kingston Charleston Nashville Memphis Raleigh Hampton Richmond Salem
Camden Trenton Newark Logan Bristol Chester Winchester Lancaster Ashley Shelby Sherman Clinton Kennedy Reagan
Nixon Carter Ford Obama Trump Biden Bush Truman Wilson Monroe Adams Jefferson Franklin Hamilton Grant Harrison
Tyler Taylor Pierce Hayes Arthur Cleveland Harding Coolidge Hoover Roosevelt Eisenhower Johnson Pence Harris Vance
Cheney Gore Quayle Mondale Dallas Tucson Reno Vegas Sierra Nevada Montana Arizona Texas Alabama Kansas Indiana
Iowa Utah Idaho Maine Ohio Oregon Vermont Wyoming Tennessee Kentucky Louisiana Missouri Delaware Maryland Alaska
Hawaii Florida California Colorado Mississippi Nebraska Oklahoma Wisconsin Michigan Minnesota Illinois Arkansas
""".split())

def main():
    best = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        p = line.strip().split(",")
        if len(p) < 4 or not p[2].isdigit():
            continue
        name, sex, count = p[0], p[1], int(p[2])
        b = best.setdefault(name, {"M": 0, "F": 0})
        b[sex] = max(b[sex], count)
    print("# Given names and the sex they are mostly given to, derived by ssanames.py")
    print("# from the US Social Security Administration's baby-name counts (public")
    print("# domain); data/given_names.tsv, written by hand, wins where both list a")
    print("# name. Format as given_names.tsv: name, a tab, m or f.")
    for name in sorted(best):
        m, f = best[name]["M"], best[name]["F"]
        top = max(m, f)
        if top < 25 or min(m, f) > top / 10 or name in NOT_NAMES or name in PLACES or len(name) < 2:
            continue
        print("%s\t%s" % (name, "m" if m > f else "f"))

main()
