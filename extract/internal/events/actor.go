package events

import (
	"strings"

	"github.com/communique/communique/entities"
)

// This file finds an event's actor: the subject before the verb, an office
// holder, a pronoun's antecedent or a group.

// evActor names who acted, from the subject tokens [a, b); person is true
// when it is a person rather than a group.
func evActor(body string, toks []evTok, a, b int, getPeople func() *evPeopleSet, officials []entities.Official) (string, int, int, bool) {
	b = evTrimSubject(body, toks, a, b)
	if a >= b {
		return "", 0, 0, false
	}
	sa, sb := toks[a].start, toks[b-1].end
	// "Dyson, along with her crewmates X and Y, will dock": the people
	// after "along with", "together with" or "accompanied by" go with the
	// subject; they are not it
	for k := a + 1; k+1 < b; k++ {
		if evIsWord(body, toks[k], "along", "together") && evIsWord(body, toks[k+1], "with") ||
			evIsWord(body, toks[k], "accompanied") && evIsWord(body, toks[k+1], "by") {
			if k-1 > a {
				b, sb = k, toks[k-1].end
			}
			break
		}
	}
	// an official the entities stage found in the subject, the one nearest
	// the verb
	best, bs, be := "", 0, -1
	first, fs, fe := "", -1, -1
	for _, o := range officials {
		for _, m := range evSpansIn(o.Mentions, sa, sb) {
			if m.End <= sb && o.Name != "" && m.End > be {
				best, bs, be = o.Name, m.Start, m.End
			}
			if m.End <= sb && o.Name != "" && (fs < 0 || m.Start < fs) {
				first, fs, fe = o.Name, m.Start, m.End
			}
		}
	}
	if fs >= 0 && fs < bs && evAndBefore(body, toks, a, bs) {
		// "Wang Hongzhi, Administrator of …, and Dan Jørgensen, … jointly
		// held": of two people joined by "and", the first
		best, bs, be = first, fs, fe
	}
	if be < 0 {
		// a titled or named person in the subject
		for _, p := range getPeople().in(sa, sb) {
			if p.end <= sb && p.end > be {
				best, bs, be = p.name, p.start, p.end
			}
		}
	}
	if be >= 0 {
		return best, bs, be, true
	}
	// a bare title: the person holding it on this page
	var title []string
	allTitle := true
	for k := a; k < b; k++ {
		t := toks[k]
		if !t.word {
			continue
		}
		w := t.low
		if w == "the" || w == "then" || w == "also" || w == "today" {
			continue
		}
		if evTitleWords[w] || (evIsAllCaps(body[t.start:t.end]) && len(w) > 1) {
			if evTitleWords[w] {
				title = append(title, w)
			}
			continue
		}
		allTitle = false
	}
	if allTitle && len(title) > 0 && !evGroupHeads[title[len(title)-1]] {
		key := strings.Join(title, " ")
		for _, o := range officials {
			if strings.EqualFold(o.Title, key) || strings.HasSuffix(strings.ToLower(o.Title), " "+key) {
				return o.Name, sa, sb, true
			}
		}
		if name, ok := getPeople().holder(key, sa); ok {
			return name, sa, sb, true
		}
	}
	// a group: "NATO Foreign Ministers", "ministers", "the North Atlantic Council"
	last := b - 1
	for last >= a && !toks[last].word {
		last--
	}
	if last >= a && evGroupHeads[strings.ToLower(body[toks[last].start:toks[last].end])] {
		first := last
		for first > a && toks[first-1].word && (toks[first-1].capital || evIsWord(body, toks[first-1], "of", "for", "and")) &&
			!evIsWord(body, toks[first-1], "the", "The", "On") {
			first--
		}
		for first < last && !toks[first].capital && !toks[first].word {
			first++
		}
		return body[toks[first].start:toks[last].end], toks[first].start, toks[last].end, false
	}
	return "", 0, 0, false
}

// evTrimSubject returns the end of the subject [a, b) without the time
// words and brackets that close it before the verb: "The Government today
// (January 2) held" has the subject "The Government".
func evTrimSubject(body string, toks []evTok, a, b int) int {
	for b > a {
		t := toks[b-1]
		if !t.word && body[t.start:t.end] == ")" {
			k := b - 2
			for k > a && !(!toks[k].word && body[toks[k].start:toks[k].end] == "(") {
				k--
			}
			if k <= a {
				return b
			}
			b = k
			continue
		}
		if evIsWord(body, t, "today", "yesterday", "tonight", "also", "then", "jointly") {
			b--
			continue
		}
		return b
	}
	return b
}

// evCleanSubject reports whether tokens [a, b) read as a plain subject:
// a short noun phrase of capitalised words, titles and connectors ("President
// Joseph R. Biden, Jr.", "NATO Foreign Ministers"), not a clause.
func evCleanSubject(body string, toks []evTok, a, b int) bool {
	if a >= b || b-a > 24 {
		return false
	}
	for k := a; k < b; k++ {
		t := toks[k]
		if !t.word {
			if strings.ContainsAny(body[t.start:t.end], ",.'’-()“”\"") {
				// (an abbreviation the page defines in quotation marks:
				// "the Consumer Product Safety Office (“CPSO”)")
				continue
			}
			return false
		}
		w := t.low
		if t.capital || evGroupHeads[w] || evTitleWords[w] {
			continue // names, groups and titles, in lower case too ("the foreign minister")
		}
		if evSubjectJoiners[w] {
			continue
		}
		if k > a && evSeatIn(toks, k, b) || evCurlyPossessive(body, toks, k) {
			continue
		}
		return false
	}
	return true
}

// evCurlyPossessive reports the "s" of a possessive written with the
// typographic apostrophe, which the tokens keep apart ("Moody’s" is
// "Moody", "’", "s"; "Moody's" one word).
func evCurlyPossessive(body string, toks []evTok, k int) bool {
	return k > 0 && toks[k].low == "s" && !toks[k-1].word && toks[k-1].end == toks[k].start &&
		body[toks[k-1].start:toks[k-1].end] == "\u2019"
}

// evSeatIn reports "in" at token k before a capitalised word, before b: a
// body's seat inside its subject ("the Programme (UNDP) in Ukraine").
func evSeatIn(toks []evTok, k, b int) bool {
	return toks[k].low == "in" && k+1 < b && toks[k+1].capital
}

// evOfficeSubject returns a plain subject holding an office title, without
// its article ("The President of Russia" → "President of Russia"), or "".
func evOfficeSubject(body string, toks []evTok, a, b int) string {
	for a < b && (evIsWord(body, toks[a], "the") || !toks[a].word) {
		a++
	}
	// (the time words and brackets that close it, and its punctuation)
	b = evTrimSubject(body, toks, a, b)
	for b > a && !toks[b-1].word {
		b = evTrimSubject(body, toks, a, b-1)
	}
	if a >= b || !evCleanSubject(body, toks, a, b) {
		return ""
	}
	for k := a; k < b; k++ {
		if toks[k].word && toks[k].capital && evTitleWords[toks[k].low] && !evPortfolio[toks[k].low] {
			return body[toks[a].start:toks[b-1].end]
		}
	}
	return ""
}

// evPronoun reports whether the subject [a, b) is one pronoun (of ws when
// given, else any).
func evPronoun(body string, toks []evTok, a, b int, ws ...string) bool {
	// (an adverb between the pronoun and its verb is none of the
	// subject: "I first met", "we also agreed", "I recently visited")
	for b-a > 1 && toks[b-1].word && (evAdverbs[toks[b-1].low] || evAdverbLy(toks[b-1])) {
		b--
	}
	if b-a != 1 || !toks[a].word {
		return false
	}
	w := strings.ToLower(body[toks[a].start:toks[a].end])
	if len(ws) == 0 {
		return evPronouns[w]
	}
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

// evWithSpeaker reports whether the subject [a, b) is the speaker with
// one or two others named before: "Hillary and I", "my wife and I", "the
// Chancellor and we"; the speaker acts. (No comma or verb in it: "As you
// know and I" is no subject.)
func evWithSpeaker(body string, toks []evTok, a, b int) bool {
	for b-a > 1 && toks[b-1].word && (evAdverbs[toks[b-1].low] || evAdverbLy(toks[b-1])) {
		b--
	}
	if b-a < 3 || b-a > 5 || !evIsWord(body, toks[b-2], "and") || !evIsWord(body, toks[b-1], "I", "we") {
		return false
	}
	for k := a; k < b-2; k++ {
		if t := toks[k]; !t.word || evIsVerbLike(t.low) || evPronouns[t.low] {
			return false
		}
	}
	return true
}

// evGroupIn returns the first acting body the sentence names: a
// capitalised phrase ending in Council, Commission, Assembly…
func evGroupIn(body string, toks []evTok, ts, te int) string {
	for k := ts; k < te; k++ {
		t := toks[k]
		if !t.word || !t.capital || t.quoted || !evGroupHeads[t.low] {
			continue
		}
		first := k
		for first > ts && toks[first-1].word && toks[first-1].capital && !evIsWord(body, toks[first-1], "The", "On") {
			first--
		}
		if first == k {
			continue // "Council" alone says too little
		}
		return body[toks[first].start:t.end]
	}
	return ""
}

// evProperSubject returns a subject that is a proper name and nothing
// else: "NASA", "the European Commission", "Sweden" (one to five
// capitalised words, with "of", "for", "and" inside and "the" before);
// "" for any other subject. Names of bodies with their abbreviations in
// brackets and possessives ("Kenya's Anti-Corruption Commission (KACC)
// and the United Nations Office on Drugs and Crime (UNODC)") are read
// too; the actor is then the first of them.
func evProperSubject(body string, toks []evTok, a, b int) string {
	for a < b && (!toks[a].word || evIsWord(body, toks[a], "the", "The")) {
		a++
	}
	for b > a && !toks[b-1].word && body[toks[b-1].start] != ')' {
		b--
	}
	if a < b && evIntroWords[toks[a].low] {
		return "" // "Following the Memorandum of Understanding (MOU)": a phrase, no subject
	}
	// a country's or an organisation's body: "Ethiopia's Ministry of
	// Health" acts as "Ministry of Health"
	// ("the People’s Daily" is a newspaper's whole name)
	// (a name of one word after it is the possessor's: "Moody’s Ratings")
	if a+4 < b && toks[a].capital && !toks[a+1].word && strings.ContainsAny(body[toks[a+1].start:toks[a+1].end], "'’") &&
		evIsWord(body, toks[a+2], "s") && toks[a+3].capital && toks[a+4].word && (toks[a+4].capital || evIsWord(body, toks[a+4], "of", "for", "and")) {
		a += 3
	}
	if a >= b || b-a > 32 || !toks[a].capital {
		return ""
	}
	// "Exercise Bright Star 2023", "Expo 2025": the year after a named
	// occasion does not stop its name (the name is given without it)
	if b-a >= 2 && b-a <= 6 && evYear(body[toks[b-1].start:toks[b-1].end]) && toks[b-2].capital {
		b--
	}
	if toks[b-1].capital {
		plain, words := true, 0
		for k := a; k < b; k++ {
			t := toks[k]
			if !t.word && evAbbrevDot(body, toks, k) {
				continue // "The U.S. Department of Commerce"
			}
			if k+1 < b && evCurlyPossessive(body, toks, k+1) || evCurlyPossessive(body, toks, k) {
				continue // "Moody’s Ratings", as "Moody's Ratings" is one word
			}
			if t.capital {
				words++ // "Bank of Russia Board of Directors": four
			}
			// ("the Government of the Northwest Territories": "the" after
			// "of")
			joins := evIsWord(body, t, "of", "for", "and") || evIsWord(body, t, "the") && k > a && evIsWord(body, toks[k-1], "of", "for", "and")
			if !t.word || t.quoted || !t.capital && !joins || evPronouns[t.low] {
				plain = false
				break
			}
		}
		if plain && words <= 5 {
			return body[toks[a].start:toks[b-1].end]
		}
	}
	// bodies with bracketed abbreviations: the first of them
	first, brackets := -1, 0
	for k := a; k < b; k++ {
		t := toks[k]
		if t.quoted {
			return ""
		}
		if !t.word {
			switch c := body[t.start:t.end]; c {
			case "(":
				// only an abbreviation stands in brackets, quoted or not:
				// "(HSO)", "(“HSO”)"
				j := k + 1
				if j < b && !toks[j].word && strings.ContainsAny(body[toks[j].start:toks[j].end], "“\"") {
					j++
				}
				if j+1 >= b || !toks[j].word || !toks[j].capital {
					return ""
				}
				j++
				if j+1 < b && evCurlyPossessive(body, toks, j+1) {
					j += 2 // "(Moody’s)"
				}
				for n := 0; n < 2 && j < b && toks[j].word && toks[j].capital; n++ {
					j++ // a short name of two or three words: "(“ICC Court”)"
				}
				if j < b && !toks[j].word && strings.ContainsAny(body[toks[j].start:toks[j].end], "”\"") {
					j++
				}
				if j >= b || body[toks[j].start] != ')' && body[toks[j].start] != '.' {
					return ""
				}
				brackets++
				if j > k+2 {
					if first < 0 {
						first = j
					}
					k = j // the quoted abbreviation and its bracket
				}
			case ")":
				if first < 0 {
					first = k
				}
			case ".", "'", "’", "-":
			default:
				return ""
			}
			continue
		}
		if t.capital && !evPronouns[t.low] {
			continue
		}
		switch t.low {
		case "of", "for", "and", "on", "the", "s":
			continue
		case "in":
			if evSeatIn(toks, k, b) {
				continue
			}
		}
		return ""
	}
	if brackets == 0 {
		return ""
	}
	end := b - 1
	if first >= 0 {
		// the name before the first abbreviation
		end = first
		for end > a && body[toks[end].start] != '(' {
			end--
		}
		end--
	}
	if end < a {
		return ""
	}
	return body[toks[a].start:toks[end].end]
}

// evAndBefore reports whether "and" stands before the person at byte pos,
// past the title words before the name (", and Italian Minister of
// Justice X"), among tokens from a: the person there is the second of a
// pair.
func evAndBefore(body string, toks []evTok, a, pos int) bool {
	k := a
	for k < len(toks) && toks[k].start < pos {
		k++
	}
	for n := 0; k-1 >= a && n < 12; n++ {
		k--
		t := toks[k]
		if !t.word {
			if c := body[t.start]; c == ',' || c == '.' || c == '\'' || c == '-' {
				continue
			}
			return false
		}
		if t.low == "and" {
			return true
		}
		if t.capital || evTitleWords[t.low] || t.low == "of" || t.low == "the" || t.low == "for" {
			continue
		}
		return false
	}
	return false
}

// evTwoNamed reports whether the subject [a, b) is two named people joined
// by "and" and nothing else: capitalised words and honorifics on each side
// ("Mr Cassis and Mr Blanár", "Jane Roe and John Doe").
func evTwoNamed(body string, toks []evTok, a, b int) bool {
	and, names := -1, 0
	for k := a; k < b; k++ {
		t := toks[k]
		switch {
		case t.word && t.low == "and" && and < 0 && k > a:
			and = k
		case t.word && t.capital:
			if k == a || toks[k-1].low == "and" || !toks[k-1].capital || !toks[k-1].word {
				names++
			}
		case !t.word && body[t.start] == '.' && k > a && toks[k-1].word:
			// "Mr." of an honorific
		default:
			return false
		}
	}
	return and > a && and < b-1 && names == 2
}

// evFirstOfTwo returns the name before "and" in a subject of two named
// people, without its honorific ("Mr Cassis and Mr Blanár" → "Cassis"), or
// "".
func evFirstOfTwo(body string, toks []evTok, a, b int) string {
	s, e := -1, -1
	for k := a; k < b; k++ {
		t := toks[k]
		if t.word && t.low == "and" {
			break
		}
		if !t.word || evTitleWords[t.low] {
			continue // honorifics ("Mr", "Ms") and their dots
		}
		if s < 0 {
			s = t.start
		}
		e = t.end
	}
	if s < 0 {
		return ""
	}
	return body[s:e]
}

// evYear reports four digits that may be a year (1900-2099).
func evYear(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// evAbbrevDot reports whether the punctuation token k is the full stop of
// an abbreviation's letter: "U.S.", "E.U.".
func evAbbrevDot(body string, toks []evTok, k int) bool {
	return k > 0 && body[toks[k].start] == '.' && toks[k].end-toks[k].start == 1 && toks[k-1].word && toks[k-1].capital &&
		toks[k-1].end == toks[k].start && toks[k-1].end-toks[k-1].start == 1
}

// evBodyAntecedent returns the body a subject "the Office" or "the Bureau"
// stands for: the last name the text gave before it that has that noun
// capitalised ("the Office of The Ombudsman", "the Education Bureau"), or
// "".
func evBodyAntecedent(body string, toks []evTok, a, b int) string {
	b = evTrimSubject(body, toks, a, b)
	if b-a > 2 && !toks[b-3].word && body[toks[b-3].start:toks[b-3].end] == "," {
		a = b - 2 // "Moreover, the Office will hold"
	}
	if b-a != 2 || !evIsWord(body, toks[a], "the", "The") || !toks[a+1].capital || !evOrgNouns[toks[a+1].low] {
		return ""
	}
	noun := body[toks[a+1].start:toks[a+1].end]
	for end := toks[a].start; ; {
		k := strings.LastIndex(body[:end], noun)
		if k < 0 {
			return ""
		}
		end = k
		if k > 0 && evLetter(body[k-1]) || k+len(noun) < len(body) && evLetter(body[k+len(noun)]) {
			continue
		}
		if name := evBodyName(body, k, k+len(noun)); name != "" {
			return name
		}
	}
}

// evBodyName returns the name of a body around its noun at [s, e): the
// capitalised words before it ("Education Bureau") or its "of" phrase
// after it ("Office of The Ombudsman"), or "" when the noun stands alone.
func evBodyName(body string, s, e int) string {
	from, to := s, e
	// capitalised words before, on the same line
	for {
		j := from
		for j > 0 && body[j-1] == ' ' {
			j--
		}
		w := j
		for w > 0 && evLetter(body[w-1]) {
			w--
		}
		if w == j || j == from || body[w] < 'A' || body[w] > 'Z' || body[w:j] == "The" {
			break
		}
		from = w
	}
	// "of", "of the", "of The" and capitalised words after
	rest := body[to:]
	for _, of := range [...]string{" of The ", " of the ", " of "} {
		if strings.HasPrefix(rest, of) && len(rest) > len(of) && rest[len(of)] >= 'A' && rest[len(of)] <= 'Z' {
			k := to + len(of)
			for k < len(body) {
				w := k
				for w < len(body) && evLetter(body[w]) {
					w++
				}
				if w == k || body[k] < 'A' || body[k] > 'Z' {
					break
				}
				to = w
				if w < len(body) && body[w] == ' ' && w+1 < len(body) && body[w+1] >= 'A' && body[w+1] <= 'Z' {
					k = w + 1
					continue
				}
				break
			}
			break
		}
	}
	if from == s && to == e {
		return ""
	}
	return body[from:to]
}

// evLetter reports an ASCII letter.
func evLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// evParticipleOpener reports a present participle that opens a phrase
// before a sentence's subject: "Taking", "Acting", "Building on".
func evParticipleOpener(t evTok) bool {
	return t.word && t.capital && len(t.low) > 5 && strings.HasSuffix(t.low, "ing")
}

// evVocatives open an address to someone present: "Mr President",
// "Madam Speaker", "Honourable Speaker".
var evVocatives = wordLists.Set("vocatives")

// evVocative reports whether a comma closes, within four words from k, an
// address to someone by title alone before a sentence's subject: "Mr
// President, yesterday you …", "Honourable Speaker, yesterday the Member
// …", "Minister, …". (A name in it is a subject's: "President Roe,
// yesterday, signed".)
func evVocative(body string, toks []evTok, k, end int) bool {
	for j := k; j < end && j <= k+4; j++ {
		t := toks[j]
		if !t.word {
			return j > k && body[t.start] == ',' && (evVocatives[toks[k].low] || j == k+1)
		}
		if !t.capital || !evVocatives[t.low] && !evTitleWords[t.low] || evPortfolio[t.low] {
			return false
		}
	}
	return false
}

// evNounSubject reports whether tokens [a, b) read as a subject that names
// no one but is no pronoun or clause: a noun phrase of at most a dozen words
// ("an amended version of the complaint", "a group of Estonia's most
// prominent technologists"), with no pronoun, possessive or verb of its
// own, not opening with a connective ("And then, the President") nor
// ending with one ("ACER's workshop, technical in nature and focused on").
func evNounSubject(body string, toks []evTok, a, b int) bool {
	if a >= b || b-a > 12 {
		return false
	}
	b = evSubjectEnd(toks, a, b)
	words, capital := 0, false
	last := ""
	for k := a; k < b; k++ {
		t := toks[k]
		if !t.word {
			if body[t.start] == '(' && k+1 < b && toks[k+1].word && evAcronym(body, toks[k+1]) && (k+2 >= b || body[toks[k+2].start] == ')') {
				k += 2 // the name's acronym: "The Galway City Innovation District (GCID)"
				continue
			}
			if c := body[t.start]; c == '.' && k > a && toks[k-1].word && toks[k-1].capital && toks[k-1].end-toks[k-1].start == 1 && toks[k-1].end == t.start {
				continue // a dotted abbreviation's stop: "U.S. forces"
			}
			if c := body[t.start]; c != ',' && c != '\'' && c != '-' && c != '&' && !strings.HasPrefix(body[t.start:], "’") {
				// (a name's ampersand stays: "the Bill & Melinda Gates Foundation")
				return false
			}
			continue
		}
		if words == 0 && evNounSubjectStops[t.low] {
			return false
		}
		words++
		capital = capital || t.capital
		last = t.low
		adjective := k > a && toks[k-1].word && evDeterminers[toks[k-1].low] // "an amended version"
		// a pronoun with its verb contracted is one: "that's", "it's"
		stem, _, _ := strings.Cut(t.low, "'")
		// (a capitalised word before another opens a name: "Armed Forces
		// Flag Day")
		named := t.capital && k+1 < b && toks[k+1].word && toks[k+1].capital
		if t.quoted || evPronouns[stem] || evPersonWord(body, t) || evSubordinate(t.low) || evIsVerbLike(t.low) && !adjective && !named || evCopulas[t.low] {
			return false
		}
	}
	// (one word in small letters after an opening phrase names a group:
	// "On Friday, lawyers filed", "police arrested")
	return (words > 1 || capital || evGroupNoun(last)) && last != "and" && last != "or" && last != "but"
}

// evGroupNoun reports a plural noun in small letters ("lawyers",
// "protesters", "officials") or a collective one ("police", "staff"): a
// subject of one word that names a group.
func evGroupNoun(w string) bool {
	switch w {
	case "police", "staff", "people", "troops", "military", "government", "authorities":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "ics")
}

// evAcronym reports a word of two to eight letters, all capitals.
func evAcronym(body string, t evTok) bool {
	w := body[t.start:t.end]
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// evSubjectEnd returns the end of the subject at tokens [a, b) without the
// punctuation, auxiliary of a passive and adverbs before its verb: "an
// amended version of the complaint (was) filed".
func evSubjectEnd(toks []evTok, a, b int) int {
	for b > a && (!toks[b-1].word || evCopulas[toks[b-1].low] || evAdverbs[toks[b-1].low]) {
		b--
	}
	return b
}

// evCopulaAfter reports whether a form of "be" or a modal follows the verb
// at vi in its own clause, before any comma, relative word or other verb:
// "The agenda outlined today is ambitious", "The election held on 9 March
// in the north was inconclusive", "The rate decided on shall apply" have a
// participle, not an action, at vi.
func evCopulaAfter(body string, toks []evTok, vi, te int) bool {
	for k := vi + 1; k < te; k++ {
		t := toks[k]
		if !t.word {
			if c := body[t.start]; c != '.' && c != '-' && c != '\'' && !strings.HasPrefix(body[t.start:], "’") {
				return false
			}
			continue
		}
		if t.low == "am" && k > 0 && evDigitEnd(body, toks[k-1]) {
			continue // a clock's mark: "suspended at 11.54 am"
		}
		if evCopulas[t.low] || evModals[t.low] {
			return true
		}
		if evPronouns[t.low] || evSubordinate(t.low) || evIsVerbLike(t.low) || t.low == "and" || t.low == "or" || t.low == "but" {
			return false
		}
	}
	return false
}

// evDigitEnd reports a token that ends in a digit ("11.54" of "11.54 am").
func evDigitEnd(body string, t evTok) bool {
	c := body[t.end-1]
	return c >= '0' && c <= '9'
}

// evQuestion reports whether the sentence body[ss:se] asks.
func evQuestion(body string, ss, se int) bool {
	return strings.Contains(body[ss:se], "?")
}

// evPassive reports whether the verb at vi is a passive participle: "was
// filed", "were also put".
func evPassive(toks []evTok, ts, vi int) bool {
	k := evAuxOf(toks, ts, vi)
	return k >= ts && toks[k].word && evCopulas[toks[k].low]
}

// evAuxOf returns the index of the word before the verb at vi and the
// adverbs before it: its auxiliary, if it has one.
func evAuxOf(toks []evTok, ts, vi int) int {
	k := vi - 1
	for k > ts && toks[k].word && evAdverbs[toks[k].low] {
		k--
	}
	return k
}

// evNounPhrase reports whether tokens [a, b) read as a noun phrase of
// common nouns around a capitalised name, not a clause: "The cybercrime
// unit of the Nigeria Police Force", "The Indigenous-led Ksi Lisims LNG
// project", "Sustainable Jersey representatives"; ten words at most, no
// verb, pronoun, subordinator or quotation.
func evNounPhrase(body string, toks []evTok, a, b int) bool {
	words, capital := 0, false
	for k := a; k < b; k++ {
		t := toks[k]
		if !t.word {
			if c := body[t.start]; c != '-' && c != '(' && c != ')' && c != '.' && c != '\'' && !strings.HasPrefix(body[t.start:], "’") {
				return false
			}
			continue
		}
		words++
		if t.quoted || evPronouns[t.low] || evPersonWord(body, t) || evSubordinate(t.low) || evCopulas[t.low] ||
			!t.capital && (evIsVerbLike(t.low) && !(k > a && !toks[k-1].word && body[toks[k-1].start] == '-') || strings.HasSuffix(t.low, "ing")) {
			return false // (but a compound's participle: "Indigenous-led")
		}
		capital = capital || t.capital && k > a
	}
	return words >= 2 && words <= 10 && capital
}

// evNameIn returns the longest run of capitalised words in tokens [a, b),
// joined by "of", "for", "and" or "the" after them ("Nigeria Police
// Force"), and its span.
func evNameIn(body string, toks []evTok, a, b int) (string, int, int) {
	bs, be := -1, -1
	for k := a; k < b; {
		if !toks[k].word || !toks[k].capital || k == a && evIsWord(body, toks[k], "The", "A", "An") {
			k++
			continue
		}
		e, last := k, k
		for e < b && toks[e].word && (toks[e].capital || evIsWord(body, toks[e], "of", "for", "and", "the") && e+1 < b && toks[e+1].word) {
			if toks[e].capital {
				last = e
			}
			e++
		}
		if bs < 0 || last-k > be-bs {
			bs, be = k, last
		}
		k = e
	}
	if bs < 0 {
		return "", 0, 0
	}
	return body[toks[bs].start:toks[be].end], toks[bs].start, toks[be].end
}

// evPersonWord reports a possessive determiner or an object pronoun
// ("their", "us"), not the country written "US" ("The US forces
// launched").
func evPersonWord(body string, t evTok) bool {
	return evPossessives[t.low] && !(t.low == "us" && body[t.start:t.end] == "US")
}
