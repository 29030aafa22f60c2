package turns

import (
	"strings"

	"github.com/communique/communique/internal/text"
)

// This file reads a label's words into the speaker's name, title and role.

// isInitialsRole reports a title's initials: two to four capitals, no
// known acronym of an organisation ("SP", "DFA"; not "NATO", "US").
func isInitialsRole(w string) bool {
	if len(w) < 2 || len(w) > 4 || isTitleAcronym(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !turnUpperASCII(w[i]) {
			return false
		}
	}
	return true
}

// parseTurnLabel reads the text before a label's colon: "SECRETARY BLINKEN",
// "President of Russia Vladimir Putin", "The Secretary of State for Foreign
// and Commonwealth Affairs (Mr William Hague)", "Mr Jack Straw (Blackburn)
// (Lab)", "Vladimir Putin (retranslated)", "QUESTION", "Hon. Members".
func parseTurnLabel(head string) (labelParse, bool) {
	if head == "" || len(head) > 160 {
		return labelParse{}, false
	}
	// (its holder in brackets after it: "The SPEAKER pro tempore (Mr.
	// Foley)")
	if stem, latin := proTempore(labelMain(head)); latin != "" {
		// "The Hon. the Speaker pro tempore", "The SPEAKER pro
		// tempore": the office held for the time, read as the office
		lb, ok := parseTurnLabel(strings.TrimSpace(stem + " " + labelGroupText(head)))
		if !ok || lb.role == "" {
			return labelParse{}, false
		}
		lb.role += " " + latin
		return lb, true
	}
	head = dropBracketedHonorifics(head)
	if attendanceHead(head) {
		return labelParse{}, false // "PRESENT IN THE CHAIR:", "Apologies:": who attended, no speaker
	}
	main, groups := labelMain(head), labelGroupText(head)
	if groups != "" && (main == "" || !labelGroupsOnly(groups)) {
		return labelParse{}, false
	}
	if g, role := genericLookup(main); g != genNone {
		lb := labelParse{labelInfo: labelInfo{gen: g, role: role, strong: true, caps: turnAllCaps(main), key: genericSpeakerKey(g, role)}}
		// "MODERATOR (Ned Price)": a moderator or interpreter named.
		if g == genModerator || g == genOther {
			for _, grp := range labelGroups(groups) {
				if n, ok := plainName(grp); ok {
					lb.name = n
					break
				}
			}
		}
		return lb, true
	}
	// A journalist and the outlet after a slash: "JANE ROE/COURIER",
	// "JANE/COURIER-7". The name is the speaker's; the outlet makes the
	// speaker a questioner.
	if k := strings.IndexByte(main, '/'); k > 0 && k < len(main)-1 && groups == "" {
		outlet := strings.Fields(main[k+1:])
		if len(outlet) == 0 || len(outlet) > 4 || strings.IndexByte(main[k+1:], '/') >= 0 {
			return labelParse{}, false
		}
		lb, ok := parseTurnLabel(strings.TrimSpace(main[:k]))
		if !ok || lb.name == "" || lb.role != "" || lb.gen != genNone {
			return labelParse{}, false
		}
		lb.outlet = true
		return lb, true
	}
	// "PRESIDENT BIDEN, JR." is "PRESIDENT BIDEN".
	if k := strings.LastIndexByte(main, ','); k > 0 && nameSuffixes[turnLowerKey(strings.TrimSpace(main[k+1:]))] {
		main = main[:k]
	}
	// "Mark Rutte, NATO Secretary General: …"; but a Hansard title may hold
	// commas before the name in brackets ("The Parliamentary
	// Under-Secretary of State for Foreign, Commonwealth and Development
	// Affairs (Mr Stephen Doughty)").
	if k := strings.IndexByte(main, ','); k > 0 {
		if lb, ok := commaLabel(main); ok {
			return lb, true
		}
		if groups == "" {
			return labelParse{}, false
		}
	}
	ws := strings.Fields(main)
	if len(ws) == 0 || len(ws) > 12 {
		return labelParse{}, false
	}
	// Generational suffixes: "LLOYD J. AUSTIN III".
	if len(ws) > 1 && nameSuffixes[turnLowerKey(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	// Numbered anonymous speakers: "SENIOR ADMINISTRATION OFFICIAL #1".
	number := ""
	if n := len(ws); n > 1 && isShortNumber(strings.TrimPrefix(ws[n-1], "#")) {
		number, ws = ws[n-1], ws[:n-1]
	}
	caps := turnAllCaps(main)
	for i, w := range ws {
		if !isLabelWord(w, caps) && !(i == len(ws)-1 && isShortNumber(strings.TrimPrefix(w, "#"))) {
			return labelParse{}, false
		}
	}
	// A salutation ("Dear Abby:", "DEAR READER:") addresses, it does not speak.
	if strings.EqualFold(ws[0], "dear") {
		return labelParse{}, false
	}
	// Leading article: "The President", "THE SECRETARY", and the Irish
	// one before the chair of the Oireachtas ("An Ceann Comhairle", "An
	// Cathaoirleach").
	article := false
	if len(ws) > 1 && (strings.EqualFold(ws[0], "the") || strings.EqualFold(ws[0], "an") && parlChairFirst[turnLowerKey(ws[1])]) {
		ws = ws[1:]
		article = true
	}
	lb := labelParse{labelInfo: labelInfo{caps: caps}}
	// A peer: "Lord Cameron of Chipping Norton", "The Earl of Courtown".
	if name, surname, words, of, ok := peerName(ws); ok {
		lb.name, lb.surname, lb.nameWords = name, surname, words
		lb.honorific, lb.strong = true, true
		lb.key = speakerNameKey(surname)
		lb.parl.mark = of
		readParlGroups(&lb, labelGroups(groups), false)
		return lb, true
	}
	// Hansard's title over a name in brackets: the words before the
	// brackets are all title ("The Secretary of State for Northern Ireland
	// (Hilary Benn)", "The Chancellor of the Exchequer (Rachel Reeves)").
	if groups != "" {
		if tl, ok := titleOverName(ws, labelGroups(groups), caps); ok {
			return tl, true
		}
	}
	// An outlet with its journalist in brackets: "Daily Courier (Jane
	// Roe)", "RTV (Jan Novak)". The person in brackets speaks, and the
	// outlet makes a questioner. Not a member with an honorific and a
	// constituency ("Mr Sam Doe (North Shields)"), nor a title over a name,
	// read above.
	if gs := labelGroups(groups); len(gs) == 1 && !article && !turnHonorifics[turnLowerKey(ws[0])] && !titleHeads[turnLowerKey(ws[0])] {
		if n, ok := plainName(main); ok && len(ws) >= 2 && len(ws) <= 4 && text.GivenNames()[displayLabelWords(ws[:1], true)] != 0 && !hasTitleHead(gs[0]) {
			if g := strings.Fields(gs[0]); len(g) > 0 && text.GivenNames()[displayLabelWords(g[:1], true)] == 0 && len(g) <= 5 && !parlParties[turnLowerKey(gs[0])] {
				// a journalist with the outlet in brackets: "Jack Roe (The
				// Courier)", "Jane Doe (SMH/AGE)": the person named first
				// speaks, and the outlet makes a questioner
				lb.name, lb.surname, lb.nameWords = n, ws[len(ws)-1], len(ws)
				lb.key = speakerNameKey(lb.surname)
				lb.outlet = true
				return lb, true
			}
		}
		if n, ok := plainName(gs[0]); ok && isParlPlace(main) && len(ws) <= 4 && !hasTitleHead(gs[0]) { // capitalised words, as a name is (not an office: "Jane Roe (Town Manager)")
			nws := strings.Fields(n)
			lb.name, lb.surname, lb.nameWords = n, nws[len(nws)-1], len(nws)
			lb.key = speakerNameKey(lb.surname)
			lb.outlet = true
			return lb, true
		}
	}
	// An outlet's acronym alone ("RT:", "AP:"), though it spells an
	// honorific ("Rt", "Dr"), is the name of who speaks.
	if len(ws) == 1 && caps && len(ws[0]) >= 2 && len(ws[0]) <= 5 && isNameToken(ws[0]) && groups == "" && !titleHeads[turnLowerKey(ws[0])] {
		lb.name, lb.surname, lb.nameWords = ws[0], ws[0], 1
		lb.key = speakerNameKey(ws[0])
		return lb, true
	}
	// A title's initials before a name in mixed case ("SP Roe" for the
	// Senate President): the role, spelled out from the page later.
	if len(ws) >= 2 && !caps && isInitialsRole(ws[0]) {
		if rest, ok := parseTurnLabel(strings.Join(ws[1:], " ")); ok && rest.name != "" && rest.role == "" && rest.gen == genNone {
			rest.role, rest.strong = ws[0], true
			if full, ok := roleAbbreviations[turnLowerKey(ws[0])]; ok {
				rest.role = full // "CM Jane Roe": a council member
			}
			return rest, true
		}
	}
	// The name is the run of name words at the end.
	nameStart := len(ws)
	regular := 0
	for i := len(ws) - 1; i >= 0; i-- {
		w := ws[i]
		lw := turnLowerKey(w)
		if (isNameInitial(w) || isBareInitial(w)) && nameStart < len(ws) {
			// "J.", and "K" of "Mr K D S DURR" as South Africa's Hansard
			// prints initials
			nameStart = i
			continue
		}
		if nameParticles[strings.ToLower(w)] && nameStart < len(ws) && i > 0 && !turnConnectors[lw] {
			nameStart = i
			continue
		}
		// A surname that is also an honorific: "Mr Jonathan Lord", "Mr Lord".
		surnameLike := i == len(ws)-1 && i > 0 && turnHonorifics[lw] && !titleHeads[lw] && len(lw) > 3 && isNameToken(w) &&
			(turnHonorifics[turnLowerKey(ws[i-1])] && i == 1 || isNameToken(ws[i-1]) && !isTitleish(ws[i-1]))
		if !surnameLike && (titleHeads[lw] || titleMods[lw] || turnHonorifics[lw] || turnConnectors[lw] || titleComplements[lw] || isTitleAcronym(w) || !isNameToken(w)) {
			break
		}
		if regular == 4 {
			break
		}
		nameStart = i
		regular++
	}
	// After "of"/"for", the first word of the run belongs to the title
	// ("President of Russia Vladimir Putin").
	// After a connector the run starts with the title's complement
	// ("President of Russia Vladimir Putin", "Governor of the Tula Region
	// Alexei Dyumin"): the name is the run's last two words, or its last
	// word when only two follow "of" ("President of Russia Putin").
	if nameStart > 0 && nameStart < len(ws) && regular >= 2 && turnConnectors[strings.ToLower(ws[nameStart-1])] {
		keep := 2
		if lw := strings.ToLower(ws[nameStart-1]); regular == 2 && (lw == "of" || lw == "for" || lw == "to") {
			keep = 1
		}
		for regular > keep {
			if !isNameInitial(ws[nameStart]) && !nameParticles[strings.ToLower(ws[nameStart])] {
				regular--
			}
			nameStart++
		}
		for nameStart < len(ws) && (isNameInitial(ws[nameStart]) || nameParticles[strings.ToLower(ws[nameStart])]) {
			nameStart++
		}
	}
	if nameStart < len(ws) && nameStart > 0 && regular == 1 {
		// "President of Russia": one capitalised word after "of" is the title's.
		if lw := strings.ToLower(ws[nameStart-1]); lw == "of" || lw == "for" || lw == "to" {
			nameStart = len(ws)
			regular = 0
		}
	}
	titleWords := ws[:nameStart]
	nameWords := ws[nameStart:]
	var role []string
	head2 := false
	for _, w := range titleWords {
		lw := turnLowerKey(w)
		switch {
		case turnHonorifics[lw] && !titleHeads[lw] && len(role) > 0 && titleWordAbbreviations[lw] != "":
			// "PRESS SEC.": the title's head, abbreviated.
			head2 = true
			w = titleWordAbbreviations[lw]
			if caps {
				w = strings.ToUpper(w)
			}
		case turnHonorifics[lw] && !titleHeads[lw]:
			lb.honorific = true
			continue
		case titleHeads[lw]:
			head2 = true
		case titleMods[lw] || turnConnectors[lw] || titleComplements[lw] || isTitleAcronym(w) || isNameToken(w):
		default:
			return labelParse{}, false
		}
		role = append(role, w)
	}
	for len(role) > 0 && turnConnectors[strings.ToLower(role[len(role)-1])] {
		role = role[:len(role)-1]
	}
	if len(role) == 1 && strings.EqualFold(role[0], "deputy") && len(nameWords) > 0 {
		// "Deputy Jane Roe": a member of a chamber of deputies, as the
		// Dáil and the chambers of many countries address them
		head2, lb.parl.member = true, true
	}
	if len(role) > 0 && !head2 {
		// Capitalised words that are neither title nor name: "Key Points".
		if len(nameWords) == 0 {
			return labelParse{}, false
		}
		// "Yesterday Blinken": treat the whole as a name-like weak label;
		// not a headline's words ("Japan to Continue Providing Assistance
		// to Sri Lanka: JICA Vice President")
		if len(ws) > 4 {
			return labelParse{}, false
		}
		nameWords = ws
		role = nil
	}
	if len(role) > 0 {
		// "The PRESIDENT OF THE REPUBLIC", "Mr K D S DURR": words in
		// capitals read as a label in capitals does, beside a word that is not
		lb.role = displayLabelWords(role, caps || turnAllCaps(strings.Join(role, " ")))
		if full, ok := roleAbbreviations[turnLowerKey(lb.role)]; ok {
			lb.role = full
		}
	}
	if len(nameWords) > 0 {
		nameCaps := caps || turnAllCaps(strings.Join(nameWords, " "))
		lb.name = displayLabelWords(nameWords, nameCaps)
		lb.surname = displayLabelWords(nameWords[len(nameWords)-1:], nameCaps)
		lb.nameWords = 0
		for _, w := range nameWords {
			if !isNameInitial(w) && !nameParticles[strings.ToLower(w)] {
				lb.nameWords++
			}
		}
		// "Note:", "FACT SHEET:", "Media Advisory:": a page's furniture, not
		// a person.
		// A given name and a surname that is also such a word ("Nicholas
		// Read", "Jane Story") are a person.
		person := len(nameWords) >= 2 && len(nameWords) <= 4 && text.GivenNames()[displayLabelWords(nameWords[:1], true)] != 0 &&
			!labelStopNames[strings.ToLower(nameWords[0])]
		if len(role) == 0 && !lb.honorific && !person {
			for _, w := range nameWords {
				if labelStopNames[strings.ToLower(w)] {
					return labelParse{}, false
				}
			}
		}
	}
	// Parenthetical groups: a name after a bare title (Hansard), a title
	// after a bare name; constituencies, parties, outlets and "(retranslated)"
	// are dropped.
	gs := labelGroups(groups)
	nameFromGroup := false
	for _, g := range gs {
		if lb.name == "" {
			gw := strings.Fields(g)
			if n, sn, w, _, ok := peerName(gw); ok {
				lb.name, lb.surname, lb.nameWords = n, sn, w
				nameFromGroup = true
				continue
			}
			for len(gw) > 0 && turnHonorifics[turnLowerKey(gw[0])] {
				gw = gw[1:]
			}
			if n, ok := plainName(strings.Join(gw, " ")); ok {
				ws := strings.Fields(n)
				lb.name, lb.surname, lb.nameWords = n, ws[len(ws)-1], len(ws)
				nameFromGroup = true
				continue
			}
		}
		if lb.role == "" && lb.name != "" {
			if t, ok := plainTitle(g); ok {
				lb.role = t
				head2 = true
			}
		}
	}
	if lb.name == "" && lb.role == "" {
		return labelParse{}, false
	}
	if number != "" {
		if lb.name != "" {
			return labelParse{}, false
		}
		lb.role += " " + number
	}
	lb.strong = head2 || (lb.honorific && lb.name != "")
	if lb.name == "" && !caps && !lb.honorific && !article {
		// A bare title in mixed case ("King of Monitors:") is weak; Hansard
		// writes "The Prime Minister:".
		lb.strong = false
	}
	if lb.name != "" {
		lb.key = speakerNameKey(lb.surname)
	} else {
		lb.key = "role:" + strings.ToLower(lb.role)
	}
	readParlGroups(&lb, gs, nameFromGroup)
	return lb, true
}

// attendanceHead reports a label whose first word opens a record's list of
// who attended ("PRESENT IN THE CHAIR", "Apologies"), compared without
// case and without copying.
func attendanceHead(head string) bool {
	head = strings.TrimLeft(head, " ")
	w := head
	if k := strings.IndexByte(head, ' '); k >= 0 {
		w = head[:k]
	}
	if len(w) > 12 {
		return false
	}
	var buf [12]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return attendanceHeads[string(buf[:len(w)])]
}

// dropBracketedHonorifics removes an honorific in brackets inside a label,
// as Kenya's Hansard styles its senators: "Sen. (Prof.) Lonyangapuo",
// "Hon. (Dr.) Roe".
func dropBracketedHonorifics(head string) string {
	for {
		k := strings.IndexByte(head, '(')
		if k <= 0 {
			return head
		}
		e := strings.IndexByte(head[k:], ')')
		if e < 0 {
			return head
		}
		inner := head[k+1 : k+e]
		if !turnHonorifics[turnLowerKey(inner)] || k+e+1 >= len(head) || strings.TrimSpace(head[k+e+1:]) == "" {
			return head
		}
		head = strings.TrimSpace(head[:k]) + " " + strings.TrimSpace(head[k+e+1:])
	}
}

// proTempore splits a label whose office is held for the time ("The
// Speaker pro tempore", "The PRESIDENT pro tem") into the office's label
// and the qualifier as written, or returns head and "".
func proTempore(head string) (string, string) {
	for _, q := range [...]string{"pro tempore", "pro tem"} {
		if n := len(head) - len(q); n > 1 && head[n-1] == ' ' && strings.EqualFold(head[n:], q) {
			return strings.TrimSpace(head[:n]), head[n:]
		}
	}
	return head, ""
}

// labelMain returns a label's words before its first group in brackets
// ("Mr Jack Straw" of "Mr Jack Straw (Blackburn) (Lab)"), trimmed.
func labelMain(head string) string {
	if k := strings.IndexAny(head, "(["); k >= 0 {
		return strings.TrimSpace(head[:k])
	}
	return head
}

// labelGroupText returns a label's groups in brackets, from the first on
// ("(Blackburn) (Lab)"), or "".
func labelGroupText(head string) string {
	if k := strings.IndexAny(head, "(["); k >= 0 {
		return head[k:]
	}
	return ""
}
