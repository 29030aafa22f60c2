package turns

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/internal/text"
)

// This file holds the tests of a label's words: names, titles, peers,
// parliamentary groups and places, generic roles, and their display forms.

// groupPersonName reads a person's name in a label's group: "Mr William
// Hague", "Rishi Sunak", "Lord Cameron of Chipping Norton".
func groupPersonName(g string) (name, surname string, words int, ok bool) {
	gw := strings.Fields(g)
	if n, sn, w, _, ok := peerName(gw); ok {
		return n, sn, w, true
	}
	honorific := false
	for len(gw) > 0 && turnHonorifics[turnLowerKey(gw[0])] {
		gw, honorific = gw[1:], true
	}
	if n, ok := plainName(strings.Join(gw, " ")); ok {
		ws := strings.Fields(n)
		return n, ws[len(ws)-1], len(ws), true
	}
	if w := gw; honorific && len(w) == 1 && isNameToken(w[0]) && !isTitleish(w[0]) && !turnHonorifics[turnLowerKey(w[0])] {
		// an honorific and a surname, as a record names the chair's
		// holder: "The PRESIDING OFFICER (Mr. Kyl)"
		return w[0], w[0], 1, true
	}
	return "", "", 0, false
}

// titleOverName reads a label whose words are a title and whose first
// group is the office-holder's name. ws are the title's words, the leading
// article dropped.
func titleOverName(ws, groups []string, caps bool) (labelParse, bool) {
	if len(groups) == 0 {
		return labelParse{}, false
	}
	name, surname, words, ok := groupPersonName(groups[0])
	if !ok {
		return labelParse{}, false
	}
	lb := labelParse{labelInfo: labelInfo{caps: caps}}
	var role []string
	head := false
	for i, w := range ws {
		lw := turnLowerKey(w)
		switch {
		case (lw == "lord" || lw == "lady") && len(role) == 0 && i+1 < len(ws):
			// "Lord Speaker", "Lord Privy Seal": part of the office
		case turnHonorifics[lw] && !titleHeads[lw] && len(role) == 0:
			lb.honorific = true // "Madam Deputy Speaker"
			continue
		case titleHeads[lw]:
			head = true
		case titleMods[lw] || titleComplements[lw] || isTitleAcronym(w):
		case turnConnectors[lw] && i > 0:
		case isNameToken(w) && i > 0 && len(role) > 0:
			// a place or a department after the head: "Northern
			// Ireland", "the Exchequer", "the Duchy of Lancaster"
		default:
			return labelParse{}, false
		}
		role = append(role, w)
	}
	for len(role) > 0 && turnConnectors[strings.ToLower(role[len(role)-1])] {
		role = role[:len(role)-1]
	}
	if len(role) == 0 {
		return labelParse{}, false
	}
	if first := turnLowerKey(role[0]); !head || !titleHeads[first] && !titleMods[first] && first != "lord" && first != "lady" {
		return labelParse{}, false
	}
	// a title in capitals after an article in mixed case ("The PRESIDING
	// OFFICER (Mr. Kyl)") reads as one in capitals
	lb.role = displayLabelWords(role, caps || turnAllCaps(strings.Join(role, " ")))
	if full, ok := roleAbbreviations[turnLowerKey(lb.role)]; ok {
		lb.role = full
	}
	lb.name, lb.surname, lb.nameWords = name, surname, words
	lb.strong = true
	lb.key = speakerNameKey(surname)
	readParlGroups(&lb, groups[1:], true)
	return lb, true
}

// readParlGroups reads what a label's groups say of a parliament's
// speakers: "(Tottenham) (Lab)" makes a Member, "The Prime Minister (Rishi
// Sunak)" a title over a name, "Madam Deputy Speaker" and "(in the Chair)"
// the chair.
func readParlGroups(lb *labelParse, groups []string, nameFromGroup bool) {
	for _, g := range groups {
		if len(g) >= 4 && isDigit(g[0]) && block.ClockDigits(g) == len(g) {
			lb.parl.stamped = true // "(15:13)"
		}
	}
	if nameFromGroup && lb.role != "" {
		lb.parl.mark = true
	}
	if lb.role != "" && parlChairRoles[strings.ToLower(lb.role)] && (lb.name == "" || lb.honorific || nameFromGroup) {
		lb.parl.chair = true
	}
	if lb.name == "" || nameFromGroup {
		return
	}
	party, others := false, 0
	for _, g := range groups {
		switch {
		case strings.EqualFold(g, "in the Chair"):
			lb.parl.chair, lb.parl.mark = true, true
			if lb.role == "" {
				lb.role = "Chair"
			}
			return
		case parlParties[strings.ToLower(g)]:
			party = true
		case strings.IndexByte(g, ',') > 0 && parlParties[turnLowerKey(strings.TrimSpace(g[strings.LastIndexByte(g, ',')+1:]))]:
			// Ottawa's "(Wellington—Halton Hills, CPC)", "(Minister of
			// Foreign Affairs, Lib.)": a riding or an office, then the party.
			head := strings.TrimSpace(g[:strings.LastIndexByte(g, ',')])
			if t, ok := plainTitle(head); ok {
				if lb.role == "" {
					lb.role = t
				}
			} else if !isParlPlace(head) {
				return
			}
			party = true
		case strings.Contains(g, "—") && isParlPlace(g[:strings.Index(g, "—")]):
			// "(Cook—Prime Minister)": the seat, then the office
			if t, ok := plainTitle(strings.TrimSpace(g[strings.Index(g, "—")+len("—"):])); ok && lb.role == "" {
				lb.role = t
			}
			others++
		case len(g) >= 4 && isDigit(g[0]) && block.ClockDigits(g) == len(g):
			// "(14:03)": when the Member rose
		case len(g) == 1:
			// "[V]": a Member taking part by video.
		case isParlPlace(g):
			others++
		default:
			return // an outlet, a title, a note
		}
	}
	// "(Tottenham) (Lab)", "(Con)", "(Doncaster Central)" beside a named
	// speaker with an honorific; one group of a place alone is too weak.
	if party || others >= 1 && lb.honorific && len(groups) >= 2 {
		lb.parl.member, lb.parl.mark = true, true
	}
}

// hasTitleHead reports whether a word of g makes a title: "Town Manager",
// "Council Liaison".
func hasTitleHead(g string) bool {
	for _, w := range strings.Fields(g) {
		if titleHeads[turnLowerKey(strings.Trim(w, ",.()"))] {
			return true
		}
	}
	return false
}

// isParlPlace reports whether g may be a constituency: capitalised words and
// connectors, commas and hyphens ("Paisley and Renfrewshire South",
// "Birmingham, Ladywood", "Stratford-on-Avon").
func isParlPlace(g string) bool {
	ws := strings.FieldsFunc(g, func(r rune) bool { return r == ' ' || r == '—' || r == '–' })
	if len(ws) == 0 || len(ws) > 8 {
		return false
	}
	for i, w := range ws {
		w = strings.TrimSuffix(w, ",")
		lw := strings.ToLower(w)
		if i > 0 && (turnConnectors[lw] || lw == "upon" || lw == "with") {
			continue
		}
		if lw == "st" || lw == "st." {
			continue
		}
		if !isNameToken(w) || titleHeads[turnLowerKey(w)] {
			return false
		}
	}
	return true
}

// peerName reads a peer's style: a rank, then a name, a territorial title
// after "of", or both ("Lord Cameron of Chipping Norton", "Baroness Smith of
// Basildon", "Earl of Courtown", "Lord Bishop of St Albans", "Lord
// Callanan"). It returns the name as written, the word that identifies the
// peer, the count of name words, and whether a territorial title was given.
func peerName(ws []string) (string, string, int, bool, bool) {
	if len(ws) > 0 && strings.EqualFold(ws[0], "the") {
		ws = ws[1:]
	}
	if len(ws) < 2 || len(ws) > 9 || !peerRanks[strings.ToLower(ws[0])] {
		return "", "", 0, false, false
	}
	i := 1
	// "Lord Bishop of Leeds"
	if strings.EqualFold(ws[0], "lord") && strings.EqualFold(ws[i], "bishop") {
		i++
	}
	surname := ""
	for ; i < len(ws) && !strings.EqualFold(ws[i], "of"); i++ {
		w := ws[i]
		lw := turnLowerKey(w)
		if !isNameToken(w) || titleHeads[lw] || titleMods[lw] || peerNotNames[lw] || turnHonorifics[lw] || turnAllCaps(w) {
			return "", "", 0, false, false
		}
		surname = w
	}
	words := 0
	if surname != "" {
		words = i - 1
	}
	of := i < len(ws)
	if of {
		place := ws[i+1:]
		if len(place) == 0 {
			return "", "", 0, false, false
		}
		for k, w := range place {
			lw := strings.ToLower(w)
			if k > 0 && (turnConnectors[lw] || lw == "upon") || lw == "st" || lw == "st." {
				continue
			}
			if !isNameToken(w) || titleHeads[turnLowerKey(w)] {
				return "", "", 0, false, false
			}
		}
		if surname == "" {
			surname = place[len(place)-1]
		}
	}
	if surname == "" || strings.EqualFold(ws[0], "lady") && !of {
		return "", "", 0, false, false // "Lady Smith" is an honorific and a name
	}
	if strings.EqualFold(ws[0], "lord") && !of && words < 1 {
		return "", "", 0, false, false
	}
	return strings.Join(ws, " "), surname, max(words, 1), of, true
}

// labelGroups returns the contents of "(…)" and "[…]" groups.
func labelGroups(s string) []string {
	var out []string
	for {
		s = strings.TrimSpace(s)
		if s == "" {
			return out
		}
		closer := byte(')')
		if s[0] == '[' {
			closer = ']'
		}
		k := strings.IndexByte(s, closer)
		if k < 0 {
			return out
		}
		out = append(out, strings.TrimSpace(s[1:k]))
		s = s[k+1:]
	}
}

// isLabelWord reports whether w may appear in a label: capitalised words,
// initials and abbreviations, and the connectors of titles and names.
func isLabelWord(w string, caps bool) bool {
	w = strings.TrimSuffix(w, ",")
	lw := strings.ToLower(w)
	if turnConnectors[lw] || nameParticles[lw] || lw == "hon." || lw == "hon" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w {
		if !(unicode.IsLetter(r) || unicode.IsMark(r) || r == '.' || r == '-' || r == '\'' || r == '’' || r == '&') {
			return false
		}
	}
	return true
}

// isNameToken reports whether w looks like a word of a name: a capital
// followed by letters, hyphens or apostrophes ("Kosiniak-Kamysz", "O'Brien").
func isNameToken(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	letters := 1
	for _, r := range w[n:] {
		switch {
		case unicode.IsLetter(r) || unicode.IsMark(r):
			letters++
		case r == '-' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	return letters >= 2
}

// isNameInitial reports whether w is an initial ("J.") or initials
// written together ("P.K.", "B.C."), not those of a country or an
// organisation ("U.S.").
func isNameInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) && len(w) == n+1 && w[n] == '.' {
		return true
	}
	if len(w) < 4 || len(w) > 6 || len(w)%2 != 0 || isTitleAcronym(w) {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if !('A' <= w[i] && w[i] <= 'Z') || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// isBareInitial reports an initial written without its full stop: "K".
func isBareInitial(w string) bool {
	return len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z'
}

// isTitleAcronym reports whether w is an organisation's or country's initials:
// "NATO", "U.S.", "EU".
func isTitleAcronym(w string) bool {
	return titleAcronyms[strings.ToUpper(strings.TrimRight(w, ","))]
}

// isTitleish reports whether w is a title word or honorific.
func isTitleish(w string) bool {
	lw := turnLowerKey(w)
	return titleHeads[lw] || titleMods[lw] || turnHonorifics[lw]
}

// turnLowerKey lower-cases w and drops its full stops: "Mr." → "mr".
func turnLowerKey(w string) string {
	w = strings.TrimRight(w, ",")
	if strings.IndexByte(w, '.') >= 0 {
		w = strings.ReplaceAll(w, ".", "")
	}
	return strings.ToLower(w)
}

// speakerNameKey is the identity of a named speaker: the surname, any case.
func speakerNameKey(surname string) string { return "name:" + strings.ToLower(surname) }

// genericSpeakerKey is the identity of a role label: all questioners are one.
func genericSpeakerKey(g genericRole, role string) string {
	switch g {
	case genQuestion:
		return "gen:question"
	case genAnswer:
		return "gen:answer"
	}
	return "gen:" + strings.ToLower(role)
}

// genericLookup classifies a label naming a part rather than a person.
func genericLookup(s string) (genericRole, string) {
	if len(s) > 40 {
		return genNone, ""
	}
	// The lookup key, built without allocating: ASCII lower case, spaces
	// folded, full stops dropped.
	var buf [40]byte
	n := 0
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // no-break space
			i++
			space = n > 0
		case c == ' ' || c == '\t':
			space = n > 0
		case c == '.' || c == ':':
		default:
			if space {
				buf[n] = ' '
				n++
				space = false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
		}
	}
	if g, ok := genericLabelRoles[string(buf[:n])]; ok {
		k := string(buf[:n])
		role := ""
		if g != genQuestion && g != genAnswer || k == "participant" || k == "audience member" {
			role = displayLabelWords(strings.Fields(strings.TrimRight(s, ":. ")), turnAllCaps(s))
		}
		return g, role
	}
	// "Question by Media", "Question from the floor": a question,
	// whoever asks it
	k := string(buf[:n])
	for _, q := range [...]string{"question by ", "question from ", "questions from ", "q from "} {
		if rest, ok := strings.CutPrefix(k, q); ok && rest != "" && strings.Count(rest, " ") < 4 {
			return genQuestion, ""
		}
	}
	// "Speaker 1", "PARTICIPANT 2".
	if i := strings.LastIndexByte(k, ' '); i > 0 && isShortNumber(k[i+1:]) {
		if g, ok := genericLabelRoles[k[:i]]; ok {
			return g, displayLabelWords(strings.Fields(s), turnAllCaps(s))
		}
		if k[:i] == "speaker" {
			return genOther, displayLabelWords(strings.Fields(s), turnAllCaps(s))
		}
	}
	return genNone, ""
}

// isShortNumber reports whether s is one to three digits.
func isShortNumber(s string) bool { return len(s) <= 3 && text.Digits(s) }

// displayLabelWords joins words for display, turning capitals into title case
// ("SECRETARY OF STATE" → "Secretary of State", "JEAN-PIERRE" →
// "Jean-Pierre") while keeping acronyms ("NATO").
func displayLabelWords(ws []string, caps bool) string {
	if !caps {
		return strings.Join(ws, " ")
	}
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		lw := strings.ToLower(w)
		switch {
		case isTitleAcronym(w):
			b.WriteString(w)
		case i > 0 && (turnConnectors[lw] || nameParticles[lw]):
			b.WriteString(lw)
		default:
			b.WriteString(turnTitleCase(w))
		}
	}
	return b.String()
}

// turnTitleCase capitalises the first letter of each part of w: "MCDONALD" →
// "Mcdonald", "O'BRIEN" → "O'Brien".
func turnTitleCase(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	prevLetter := false
	for _, r := range w {
		if unicode.IsLetter(r) {
			if prevLetter {
				b.WriteRune(unicode.ToLower(r))
			} else {
				b.WriteRune(unicode.ToUpper(r))
			}
			prevLetter = true
			continue
		}
		prevLetter = false
		b.WriteRune(r)
	}
	return b.String()
}

// carryChairHolders gives a chair's label without a name ("The PRESIDING
// OFFICER.", "Madam Deputy Speaker:") the holder that the last label of
// the same office named in brackets ("The PRESIDING OFFICER (Mr. Kyl).",
// "Madam Deputy Speaker (Dame Jane Roe)"): a record names who takes the
// chair once, when they take it.
func carryChairHolders(labels []turnLabel) {
	var holders map[string]int // office, lower case → index of the label that named its holder
	for i := range labels {
		lb := &labels[i]
		if !lb.parl.chair || lb.role == "" {
			continue
		}
		office := strings.ToLower(lb.role)
		if lb.name != "" {
			if holders == nil {
				holders = map[string]int{}
			}
			holders[office] = i
			continue
		}
		if h, ok := holders[office]; ok {
			from := &labels[h]
			lb.name, lb.surname, lb.nameWords, lb.key = from.name, from.surname, from.nameWords, from.key
		}
	}
}
