package turns

import "strings"

// This file holds the word tables of the turn segmenter, read-only.

// Word tables, read-only.
var (
	// selfNamedAddress are what an address calls itself as it opens.
	selfNamedAddress = wordLists.Must("self-named-address")
	// askingPhrases put a question by announcing it, as members of a
	// parliament do at question time.
	askingPhrases = byteLists(wordLists.Must("asking-phrases"))
	// titleHeads are the words that make a title.
	titleHeads = wordLists.Set("title-heads")
	// titleMods qualify a title: "Vice President", "Foreign Minister".
	titleMods = wordLists.Set("title-mods")
	// turnHonorifics come before names.
	turnHonorifics = wordLists.Set("turn-honorifics")
	// turnConnectors join the words of titles.
	turnConnectors = wordLists.Set("turn-connectors")
	// nameParticles join the words of names.
	nameParticles = wordLists.Set("name-particles")
	// personOfHeads are the nouns of a heading whose "of" names a person
	// ("STATEMENT OF PHILLIP D. MORSE").
	personOfHeads = wordLists.Set("person-of-heads")
	// titleComplements follow "of" and "for" in titles.
	titleComplements = wordLists.Set("title-complements")
	// titleAcronyms of organisations and countries in titles.
	titleAcronyms = wordLists.Set("title-acronyms")
	// labelStopNames are capitalised words that are never a lone speaker name.
	labelStopNames = wordLists.Set("label-stop-names")
	// attendanceHeads open the heads of a record's lists of who attended.
	attendanceHeads = wordLists.Set("attendance-heads")
	// roleAbbreviations spell out the titles labels abbreviate.
	roleAbbreviations = colonMap(wordLists.Must("role-abbreviations"))
	// titleWordAbbreviations spell out a title's head word abbreviated
	// after its modifiers: "PRESS SEC. DOE", "DEPUTY GOV. ROE".
	titleWordAbbreviations = colonMap(wordLists.Must("title-word-abbreviations"))
	// askedOffices open the office a member's oral question is put to,
	// after "asked the": "Mr. Roe asked the Secretary of State …".
	askedOffices = wordLists.Set("asked-offices")
	// peerRanks open a peer's style.
	peerRanks = wordLists.Set("peer-ranks")
	// peerNotNames follow "Lord" in offices, not in peers' styles.
	peerNotNames = wordLists.Set("peer-not-names")
	// parlChairRoles are the presiding officers of parliaments.
	parlChairRoles = wordLists.Set("parl-chair-roles")
	// parlChairFirst open the titles of parlChairRoles.
	parlChairFirst = wordLists.Set("parl-chair-first")
	// parlParties are the party groups of Westminster labels.
	parlParties = wordLists.Set("parl-parties")
	// nameSuffixes end names: "Jr.", "III".
	nameSuffixes = wordLists.Set("name-suffixes")
	// genericLabelRoles are the labels of a part, not a person ("Q",
	// "Moderator", "Hon. Members"), with the part they play.
	genericLabelRoles = genericRoles()
)

// byteLists returns the phrases as byte slices.
func byteLists(ps []string) [][]byte {
	out := make([][]byte, len(ps))
	for i, p := range ps {
		out[i] = []byte(p)
	}
	return out
}

// colonMap reads entries "key: value" into a map.
func colonMap(es []string) map[string]string {
	m := make(map[string]string, len(es))
	for _, e := range es {
		k, v, _ := strings.Cut(e, ":")
		m[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return m
}

// genericRoles reads the generic labels of data/words.txt by their role.
func genericRoles() map[string]genericRole {
	m := map[string]genericRole{}
	for name, g := range map[string]genericRole{"generic-question": genQuestion, "generic-answer": genAnswer,
		"generic-moderator": genModerator, "generic-other": genOther} {
		for _, e := range wordLists.Must(name) {
			m[e] = g
		}
	}
	return m
}
