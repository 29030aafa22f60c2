package turns

import (
	"slices"
	"strings"
)

// This file resolves speakers to the fullest name and title the page gives
// for them, from the headline and the body's mentions of them.

// turnSpeaker is who a label key resolves to.
type turnSpeaker struct {
	id       string // the resolved identity (labels of one person share it)
	name     string
	role     string
	official bool
	// honorific: a label gives the speaker an honorific (Mr, Ms, Dr).
	honorific bool
	gen       genericRole
}

// turnNameContext is a name and title the page gives for someone, as in
// "Secretary of State Antony J. Blinken" or "Antony J. Blinken, Secretary
// of State".
type turnNameContext struct {
	name string
	role string
	// suffix is the generational suffix the body writes after the name
	// (", Jr."), as displayed; name holds it already
	suffix string
}

// resolveSpeakers maps each label key to its speaker: the fullest name the
// page gives, the fullest title, typing slips corrected.
func resolveSpeakers(body, title string, labels []turnLabel) map[string]*turnSpeaker {
	out := map[string]*turnSpeaker{}
	// Named labels, grouped by surname.
	type group struct {
		labels []*turnLabel
		key    string
	}
	var order []string
	groups := map[string]*group{}
	for i := range labels {
		lb := &labels[i]
		if lb.surname == "" || lb.gen != genNone {
			continue
		}
		g := groups[lb.key]
		if g == nil {
			g = &group{key: lb.key}
			groups[lb.key] = g
			order = append(order, lb.key)
		}
		g.labels = append(g.labels, lb)
	}
	// One surname, two people: labels that give different first names ("Mr
	// Ed Miliband", "Mr David Miliband") are different speakers; a label of
	// the surname alone goes with the first of them.
	for oi := 0; oi < len(order); oi++ {
		k := order[oi]
		g := groups[k]
		var firsts []string
		for _, lb := range g.labels {
			if f := firstGivenName(lb.name, lb.nameWords); f != "" && !slices.Contains(firsts, f) {
				firsts = append(firsts, f)
			}
		}
		if len(firsts) < 2 {
			continue
		}
		var split []string
		for _, lb := range g.labels {
			f := firstGivenName(lb.name, lb.nameWords)
			if f == "" {
				f = firsts[0]
			}
			nk := k + "|" + f
			lb.key = nk // shared by the label's every occurrence, all this person's
			if groups[nk] == nil {
				groups[nk] = &group{key: nk}
				split = append(split, nk)
			}
			groups[nk].labels = append(groups[nk].labels, lb)
		}
		delete(groups, k)
		order = slices.Replace(order, oi, oi+1, split...)
		oi += len(split) - 1
	}
	// Typing slips: a surname seen nowhere else in the body, one or two
	// edits away from another speaker's ("BLINKNEN" → "BLINKEN").
	alias := map[string]string{}
	for _, k := range order {
		if len(order) > maxLookedUpSpeakers {
			break // each look-up reads the body: bound the work on hostile pages
		}
		g := groups[k]
		s := g.labels[0].surname
		if len(g.labels) > 1 || len([]rune(s)) < 4 || countTurnWordFold(body, s) > 1 {
			continue
		}
		best, bestD := "", 3
		for _, k2 := range order {
			if k2 == k {
				continue
			}
			g2 := groups[k2]
			if len(g2.labels) < 1 || alias[k2] != "" {
				continue
			}
			s2 := g2.labels[0].surname
			d := turnEditDistance(strings.ToLower(s), strings.ToLower(s2))
			limit := 1
			if len([]rune(s2)) >= 6 {
				limit = 2
			}
			if d <= limit && d < bestD && compatibleRoles(g.labels[0].role, g2.labels[0].role) {
				best, bestD = k2, d
			}
		}
		if best != "" {
			alias[k] = best
			groups[best].labels = append(groups[best].labels, g.labels...)
		}
	}
	// A label of one word stands for the one speaker whose fuller label it
	// abbreviates: a given name alone ("ROSE/COURIER:" after "ROSE
	// NOVENARIO/COURIER:") opens it, initials ("CH:" after "Christian
	// Horner:") are its initials. Initials no label spells out may stand
	// for a name the headline or the opening lines give ("VB:" under
	// "Minister Vivian Balakrishnan's interview").
	fuller := func(k string, abbreviates func(name string) bool) (string, int) {
		best, n := "", 0
		for _, k2 := range order {
			if k2 == k || alias[k2] != "" {
				continue
			}
			if lb2 := groups[k2].labels[0]; lb2.nameWords >= 2 && abbreviates(lb2.name) {
				best, n = k2, n+1
			}
		}
		return best, n
	}
	var heads []string
	headsRead := false
	for _, k := range order {
		g := groups[k]
		lb := g.labels[0]
		if alias[k] != "" || lb.nameWords != 1 || lb.role != "" || lb.honorific {
			continue
		}
		given := strings.ToLower(lb.name)
		best, n := fuller(k, func(name string) bool { return strings.ToLower(strings.Fields(name)[0]) == given })
		initials := n == 0 && initialsLike(lb.name)
		if initials {
			best, n = fuller(k, func(name string) bool { return nameInitials(name) == lb.name })
		}
		if n == 1 {
			alias[k] = best
			groups[best].labels = append(groups[best].labels, g.labels...)
			continue
		}
		if !initials || n > 1 {
			continue
		}
		if !headsRead {
			heads, headsRead = openingNames(title, body), true
		}
		full, m := "", 0
		for _, h := range heads {
			if nameInitials(h) == lb.name && h != full {
				full, m = h, m+1
			}
		}
		if m == 1 {
			for _, l := range g.labels {
				l.name, l.nameWords, l.surname = full, len(strings.Fields(full)), full[strings.LastIndexByte(full, ' ')+1:]
			}
		}
	}
	spell := &spellings{memo: map[string]string{}}
	contextsFor := func(surname string) []turnNameContext {
		out := append(findNameContexts(title, surname), findNameContexts(body, surname)...)
		// A heading in capitals ("PRESIDENT JUAN DE LA ROSA") gives the
		// name in full too, spelled as the page spells it elsewhere.
		if up := strings.ToUpper(surname); up != surname {
			for _, c := range findNameContexts(body, up) {
				ws := strings.Fields(strings.TrimSuffix(c.name, c.suffix))
				c.name = mixedCaseWords(body, displayLabelWords(ws[:len(ws)-1], true), spell)
				if c.name != "" {
					c.name += " "
				}
				c.name += surname + c.suffix
				c.role = displayLabelWords(strings.Fields(c.role), true)
				out = append(out, c)
			}
		}
		return out
	}
	// On a page that writes its speakers' names in mixed case, a short word
	// in capitals is an acronym ("AFP:", "BBC:"), kept as written.
	mixedLabels := false
	for i := range labels {
		if labels[i].name != "" && !labels[i].caps {
			mixedLabels = true
			break
		}
	}
	for gi, k := range order {
		if alias[k] != "" {
			continue
		}
		lookUp := gi < maxLookedUpSpeakers
		g := groups[k]
		sp := &turnSpeaker{id: k}
		bestWords := 0
		for _, lb := range g.labels {
			n := lb.name
			switch {
			case lb.caps && mixedLabels && lb.role == "" && !lb.honorific && len(n) <= 5 && !strings.Contains(n, " "):
				n = strings.ToUpper(n)
			case lb.caps && lookUp:
				n = mixedCaseName(body, n, spell)
			}
			if w := len(strings.Fields(n)); w > bestWords {
				sp.name, bestWords = n, w
			}
			if sp.role == "" && lb.role != "" {
				sp.role = lb.role
			}
			sp.honorific = sp.honorific || lb.honorific
		}
		surname := g.labels[0].surname
		var ctxs []turnNameContext
		if lookUp {
			if g.labels[0].caps {
				surname = mixedCaseName(body, surname, spell)
			}
			ctxs = contextsFor(surname)
		}
		for _, c := range ctxs {
			if w := len(strings.Fields(c.name)); w > bestWords && strings.HasSuffix(strings.ToLower(strings.TrimSuffix(c.name, c.suffix)), strings.ToLower(surname)) {
				sp.name, bestWords = c.name, w
			}
		}
		if lookUp && strings.Contains(sp.name, ". ") {
			// "MR T. HEATHER:" is the "Teariki Heather" the Speaker
			// calls: the body spells out the initials
			if full := spelledInitials(body, sp.name, surname); full != "" {
				sp.name = full
			}
		}
		if isInitialsRole(sp.role) {
			// "SP" is the title the page spells out whose initials it is.
			for _, c := range ctxs {
				if roleInitials(c.role) == sp.role {
					sp.role = c.role
					break
				}
			}
		}
		if sp.role == "" {
			for _, c := range ctxs {
				if c.role != "" {
					sp.role = c.role
					break
				}
			}
		} else {
			best := sp.role
			for _, c := range ctxs {
				if extendsRole(c.role, sp.role) && len(c.role) > len(best) {
					best = c.role
				}
			}
			sp.role = best
		}
		if sp.role != "" {
			sp.official = true
		}
		out[k] = sp
	}
	for k, to := range alias {
		out[k] = out[to]
	}
	// Role-only labels ("THE PRESIDENT", "The Prime Minister", "SECRETARY
	// GENERAL"): the one speaker or person the page gives that title.
	roles := 0
	var presided [][][]string // the lines naming who presides, in body and title
	for i := range labels {
		lb := &labels[i]
		if out[lb.key] != nil {
			continue
		}
		if lb.gen != genNone {
			sp := &turnSpeaker{id: lb.key, name: lb.name, role: lb.role, gen: lb.gen}
			if lb.gen == genAnswer && lb.name == "" && len(order) == 0 {
				// "A:" on a page that names no one in its labels: the
				// person its headline names ("Interview with Minister
				// for Trade Jane Roe") answers.
				if hl, ok := headlinePerson(title); ok {
					sp.name, sp.official = hl.name, hl.role != ""
					if hl.role != "" {
						sp.role = hl.role
					}
				}
			}
			out[lb.key] = sp
			continue
		}
		if roles++; roles > maxLookedUpSpeakers {
			out[lb.key] = &turnSpeaker{id: lb.key, role: lb.role, official: true}
			continue
		}
		var match *turnSpeaker
		n := 0
		for _, k := range order {
			sp := out[k]
			if sp != nil && alias[k] == "" && (strings.EqualFold(sp.role, lb.role) || extendsRole(sp.role, lb.role)) {
				match, n = sp, n+1
			}
		}
		if n == 1 {
			out[lb.key] = match
			continue
		}
		sp := &turnSpeaker{id: lb.key, role: lb.role, official: true}
		if n == 0 {
			if presided == nil {
				// read once: each look-up would otherwise search the
				// whole body for its lines
				presided = [][][]string{presidingLines(body), presidingLines(title)}
			}
			name, role := personWithTitle(body, presided[0], lb.role, out)
			if name == "" {
				name, role = personWithTitle(title, presided[1], lb.role, out)
			}
			if name != "" {
				sp.name = name
				if extendsRole(role, lb.role) {
					sp.role = role
				}
			}
		}
		out[lb.key] = sp
	}
	return out
}

// headlinePerson reads the person a transcript's headline names after its
// last "with", "by" or "of" ("Transcript of interview with Minister for
// Trade Jane Roe", "Doorstop by Jane Roe MP", "SPEECH OF PRESIDENT JUAN
// DELA CRUZ"): a name, with its title when one comes before it.
func headlinePerson(title string) (labelParse, bool) {
	k := max(strings.LastIndex(title, " with "), strings.LastIndex(title, " by "), strings.LastIndex(title, " of "),
		strings.LastIndex(title, " WITH "), strings.LastIndex(title, " BY "), strings.LastIndex(title, " OF "))
	if k < 0 {
		return labelParse{}, false
	}
	rest := strings.TrimSpace(title[k+1:])
	rest = strings.TrimSpace(rest[strings.IndexByte(rest, ' ')+1:])
	if cut := strings.IndexAny(rest, ",;:–—("); cut > 0 {
		rest = strings.TrimSpace(rest[:cut])
	}
	lb, ok := parseTurnLabel(rest)
	if !ok || lb.name == "" || lb.nameWords < 2 || lb.gen != genNone {
		return labelParse{}, false
	}
	return lb, true
}

// roleInitials returns the capitals that open the words of a title:
// "Senate President" → "SP".
func roleInitials(role string) string {
	var b strings.Builder
	for _, w := range strings.Fields(role) {
		if turnUpperASCII(w[0]) {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// maxLookedUpSpeakers bounds the speakers whose names and titles are looked
// up in the body (each look-up reads it once); the rest keep their labels'.
const maxLookedUpSpeakers = 48

// firstGivenName returns the first given name of a name of two words or
// more, lower case, or "" ("Blinken", "J. Blinken").
func firstGivenName(name string, words int) string {
	if words < 2 {
		return ""
	}
	for _, w := range strings.Fields(name) {
		if !isNameInitial(w) {
			return strings.ToLower(w)
		}
	}
	return ""
}

// compatibleRoles reports whether two labels' titles may be one person's.
func compatibleRoles(a, b string) bool {
	return a == "" || b == "" || strings.EqualFold(a, b) || extendsRole(a, b) || extendsRole(b, a)
}

// extendsRole reports whether full is a fuller form of short: "Secretary of
// State" of "Secretary", "NATO Secretary General" of "Secretary General".
func extendsRole(full, short string) bool {
	if full == "" || short == "" || len(full) <= len(short) {
		return false
	}
	lf, ls := strings.ToLower(full), strings.ToLower(short)
	if strings.HasPrefix(lf, ls+" ") {
		return true
	}
	if strings.HasSuffix(lf, " "+ls) {
		// Only an organisation or a country before it: "NATO Secretary
		// General", "Polish Foreign Minister"; not "Vice President".
		pre := strings.Fields(full[:len(full)-len(short)])
		for _, w := range pre {
			lw := turnLowerKey(w)
			if titleHeads[lw] || titleMods[lw] || turnHonorifics[lw] {
				return false
			}
		}
		return true
	}
	return false
}

// spelledInitials returns the body's full form of a name given with
// initials ("T. Heather": "the Honourable Teariki Heather"), when the body
// gives one form only; "" otherwise.
func spelledInitials(body, name, surname string) string {
	found := ""
	for st := range wholeWords(body, surname) {
		given, _, _ := givenNames(body, st)
		if len(given) == 0 {
			continue
		}
		full := joinGivenNames(given, surname)
		if !initialsOf(name, full) {
			continue
		}
		if found != "" && found != full {
			return "" // two people the initials could stand for
		}
		found = full
	}
	return found
}

// initialsOf reports whether name abbreviates full: the same number of
// words, the same surname, and each initial ("T.") the first letter of the
// word it stands for, at least one of them an initial ("T. Heather" and
// "Teariki Heather").
func initialsOf(name, full string) bool {
	a, b := strings.Fields(name), strings.Fields(full)
	if len(a) != len(b) || len(a) < 2 || !strings.EqualFold(a[len(a)-1], b[len(b)-1]) {
		return false
	}
	abbr := false
	for i := 0; i < len(a)-1; i++ {
		x, y := a[i], b[i]
		if len(x) == 2 && x[1] == '.' && x[0] >= 'A' && x[0] <= 'Z' {
			if !strings.HasPrefix(y, x[:1]) || len(y) < 2 || y[1] == '.' {
				return false
			}
			abbr = true
			continue
		}
		if !strings.EqualFold(x, y) {
			return false
		}
	}
	return abbr
}
