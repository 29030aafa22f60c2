package turns

import (
	"github.com/communique/communique/extract/internal/block"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file judges the label candidates as a page: which need support,
// which are notes, time stamps, venues or page furniture rather than labels.

// judgeLabels keeps the candidates that the page as a whole supports.
func judgeLabels(body string, paras []turnPara, cands []turnLabel, stops []int) ([]turnLabel, []int) {
	if len(cands) == 0 {
		return nil, nil
	}
	count := map[string]int{}
	colon, strongColon := false, false
	for _, c := range cands {
		count[c.key]++
		if c.class == classColon && (c.strong || c.gen != genNone) {
			strongColon = true
		}
	}
	questionLabels := false
	for _, c := range cands {
		if c.class == classColon && c.gen == genQuestion {
			questionLabels = true
			break
		}
	}
	// A dash label in small letters ("Mr Roe - Shame.") is a record's
	// interjection beside dash labels in capitals; elsewhere, prose.
	dashes := 0
	for _, c := range cands {
		if c.parl.dash {
			dashes++
		}
	}
	keep := make([]bool, len(cands))
	colonKeys := map[string]bool{}
	namedColon := false // a colon label that names its speaker
	for i, c := range cands {
		if c.class != classColon {
			continue
		}
		switch {
		case c.parl.dashMixed && dashes < 3:
		case c.strong:
			keep[i] = true
		case c.outlet && strongColon:
			keep[i] = true // "JANE/COURIER:" among titled labels
		case strongColon && c.nameWords == 1 && c.role == "" && !c.ownLine && strings.HasSuffix(body[paras[c.para].start:paras[c.para].end], "?"):
			// An outlet asking among titled speakers: "Courier: Will
			// the minister travel?"
			keep[i] = true
		case c.name == "" && c.role != "" && questionLabels:
			// A bare title in mixed case ("Deputy Spokesperson:") on a
			// page of question labels answers them.
			keep[i] = true
		case c.name == "" && c.role != "" && strongColon && titleHeads[turnLowerKey(lastWordOf(c.role))]:
			// A bare title whose head is an office ("Sergeant-at-Arms:",
			// "Clerk:") among titled labels.
			keep[i] = true
		case count[c.key] >= 2:
			keep[i] = true
		case strongColon && c.nameWords >= 2:
			keep[i] = true
		}
		if keep[i] {
			colon = true
			colonKeys[c.key] = true
			namedColon = namedColon || c.name != ""
		}
	}
	// Full names alone on their lines, each closing with a colon, one of
	// them heard twice or more: a record that labels every speech with its
	// speaker's name and nothing else (as one whose markup names them),
	// where a speaker heard once is one still.
	ownName := func(c *turnLabel) bool {
		return c.class == classColon && c.ownLine && c.nameWords >= 2 && c.role == "" && c.gen == genNone
	}
	ownNames, ownRepeat := 0, false
	for i := range cands {
		if ownName(&cands[i]) {
			ownNames++
			ownRepeat = ownRepeat || count[cands[i].key] >= 2
		}
	}
	if ownNames >= 3 && ownRepeat {
		for i := range cands {
			if c := &cands[i]; ownName(c) && !keep[i] {
				keep[i] = true
				colon = true
				colonKeys[c.key] = true
				namedColon = true
			}
		}
	}
	// Without titled labels, a name heard once (an outlet asking, "Reuters:")
	// counts when it sits between two turns of a speaker heard often.
	if !strongColon {
		prev := -1
		for i, c := range cands {
			if c.class != classColon {
				continue
			}
			if !keep[i] && prev >= 0 && keep[prev] && count[cands[prev].key] >= 2 {
				next := i + 1
				for next < len(cands) && cands[next].class != classColon {
					next++
				}
				if next < len(cands) && cands[next].key == cands[prev].key {
					keep[i] = true
				}
			}
			prev = i
		}
	}
	// A page with no colon labels may close every label with a full stop
	// (a PDF's "CHAIR LINDQVIST. Good afternoon."): its stop labels count
	// when they make a conversation, two speakers heard twice or more.
	stopPage := false
	if !colon {
		stopKeys, stopCount := map[string]bool{}, 0
		for _, c := range cands {
			if c.class == classStop {
				stopCount++
				if count[c.key] >= 2 {
					stopKeys[c.key] = true
				}
			}
		}
		stopPage = stopCount >= 4 && len(stopKeys) >= 2
	}
	for i, c := range cands {
		switch c.class {
		case classStop:
			keep[i] = colonKeys[c.key] || stopPage && (count[c.key] >= 2 || c.strong || c.nameWords >= 2)
		case classComma:
			// "Mr John Roe, Chief Executive, Acme Group" over "Ladies
			// and gentlemen,": the speech's addressee, not its speaker;
			// on a printed hearing of stop labels, a line of its roster
			// ("Jane Roe, Staff Director") heard once.
			keep[i] = !(c.para+1 < len(paras) && block.IsSalutation(body[paras[c.para+1].start:paras[c.para+1].end])) &&
				!(stopPage && count[c.key] < 2)
		case classGeneric:
			keep[i] = true
		}
	}
	// Own-line parliamentary labels count on a page that prints a
	// parliament's forms: a Member's constituency and party, a title over a
	// name in brackets, or two peers' territorial titles. Their short forms
	// ("Mr Hague", "The Prime Minister") count there too, a bare name when
	// a marked label gives it.
	marks := map[string]bool{}
	markRoles := map[string]bool{}
	parlPage := false
	for _, c := range cands {
		if c.parl.mark {
			marks[c.key] = true
			if c.role != "" {
				markRoles[strings.ToLower(c.role)] = true
			}
			if c.parl.member || c.role != "" {
				parlPage = true
			}
		}
	}
	parlPage = parlPage || len(marks) >= 2
	if parlPage {
		// A parliament's words are spoken: a question put, "I", "we",
		// "you". A list of peers or of candidates over their results is not.
		first := -1
		for _, c := range cands {
			if c.parl.mark {
				first = c.para
				break
			}
		}
		parlPage = conversational(body, paras[first:])
	}
	for i, c := range cands {
		switch {
		case c.class == classParl:
			keep[i] = parlPage && (c.parl.mark || c.parl.chair || c.honorific && c.name != "" ||
				marks[c.key] || markRoles[strings.ToLower(c.role)])
		case c.class == classBare && parlPage && marks[c.key]:
			keep[i] = true
		}
	}
	// Bare names on their own line are labels on a page of question labels
	// when they come back, or when they answer a question.
	questions := false
	for i, c := range cands {
		if keep[i] && c.gen == genQuestion {
			questions = true
			break
		}
	}
	lastKept := -1
	for i, c := range cands {
		if c.class == classBare && !keep[i] {
			// (a title and name in capitals only where no colon label
			// names a speaker: on a page of "PRESIDENT DOE:", "PRESIDENT
			// JOHN DOE" over the page is its heading)
			keep[i] = questions && (count[c.key] >= 2 || lastKept >= 0 && cands[lastKept].gen == genQuestion) && !(c.caps && namedColon)
		}
		if keep[i] {
			lastKept = i
		}
	}
	out := cands[:0] // filtered in place: a page may hold a million labels
	for i, c := range cands {
		if keep[i] {
			out = append(out, c)
		}
	}
	// An own-line label with nothing but notes before the next label labels
	// nothing. On a page of colon labels, a "Name, Title" line over place
	// and date lines is the byline ("Antony J. Blinken, Secretary of State",
	// "Washington, D.C.", "Benjamin Franklin Room").
	kept := out[:0]
	for i, c := range out {
		if c.ownLine {
			next := len(paras)
			if i+1 < len(out) {
				next = out[i+1].para
			}
			content := false
			for k := c.para + 1; k < next && !content; k++ {
				t := body[paras[k].start:paras[k].end]
				content = !isTurnNote(t) && !(colon && c.class == classComma && isTurnVenue(t))
			}
			if !content {
				stops = append(stops, c.para)
				continue
			}
		}
		kept = append(kept, c)
	}
	out = kept
	// Labels without a title, honorific or known role ("Carlos:", "TAPPER:")
	// are a conversation only between several speakers who ask and answer;
	// one name over and over, or names over lists of results, are captions.
	weakOnly := true
	for _, c := range out {
		if c.strong {
			weakOnly = false
			break
		}
	}
	if weakOnly && len(out) > 1 {
		keys := map[string]bool{}
		for _, c := range out {
			keys[c.key] = true
		}
		changes := 0
		for i := 1; i < len(out); i++ {
			if out[i].key != out[i-1].key {
				changes++
			}
		}
		if len(keys) < 2 || len(out) < 3 || changes*2 < len(out)-1 || !conversational(body, paras[out[0].para:]) {
			return nil, nil
		}
	}
	// One label alone must lead the page: a speech's speaker, not a
	// paragraph of a news story that happens to start with a name.
	if len(out) == 1 {
		c := out[0]
		if c.gen != genNone || (c.name == "" && !c.caps) {
			return nil, nil
		}
		pre := paras[c.para].start
		if pre > 400 && pre*5 > len(body) {
			return nil, nil
		}
	}
	slices.Sort(stops)
	return out, stops
}

// conversational reports whether paragraphs read as people talking: a
// question asked (or tabled: "To ask the Executive what …"), or first- and
// second-person words.
func conversational(body string, paras []turnPara) bool {
	var v turnVoice
	for _, p := range paras {
		s := body[p.start:p.end]
		if strings.IndexByte(s, '?') >= 0 || strings.HasPrefix(s, "To ask ") {
			return true // (a written question as tabled: "To ask the Scottish Executive what …")
		}
		v.count(s)
	}
	return v.person*100 >= v.words && v.person > 0
}

// isTurnNote reports whether a paragraph is a delivery or stage note:
// "(As delivered)", "[Inaudible]", "(Laughter.)".
func isTurnNote(s string) bool {
	if len(s) < 3 || len(s) > 80 {
		return false
	}
	return (s[0] == '(' && s[len(s)-1] == ')' || s[0] == '[' && s[len(s)-1] == ']') &&
		!strings.ContainsAny(s[1:len(s)-1], "()[]")
}

// isTurnEndMarker reports whether a paragraph closes a transcript: "END",
// "###", or the closing time stamp "12:32 P.M. CEST".
func isTurnEndMarker(s string) bool {
	if len(s) > 30 {
		return false
	}
	t := strings.Trim(s, " -–—*\\.()")
	// "END 2:15 P.M. EDT"
	if len(t) > 4 && strings.EqualFold(t[:4], "END ") && isTurnTimeStamp(strings.TrimSpace(t[4:])) {
		return true
	}
	for _, m := range [...]string{"END", "ENDS", "###", "# # #", "END TRANSCRIPT", "END OF TRANSCRIPT"} {
		if strings.EqualFold(t, m) {
			return true
		}
	}
	return isTurnTimeStamp(s)
}

// isPageFurniture recognises the lines of a page's frame that follow a
// transcript when the page's chrome was not cut: links to the next post,
// sharing and newsletter prompts ("Next Post", "Stay Connected", "We'll be
// in touch with the latest information on…").
func isPageFurniture(s string) bool {
	if len(s) > 40 {
		// Newsletter blurbs: the White House's "We'll be in touch…", "Sign
		// up for our newsletter", "Subscribe to updates from…".
		if len(s) >= 200 || s[len(s)-1] == '?' {
			return false
		}
		return hasFoldPrefix(s, "We'll be in touch with the latest") || hasFoldPrefix(s, "We’ll be in touch with the latest") ||
			hasFoldPrefix(s, "Sign up for ") && len(s) < 120 || hasFoldPrefix(s, "Subscribe to ") && len(s) < 120
	}
	t := strings.TrimRight(s, " :»›>")
	for _, m := range pageFurniture {
		if strings.EqualFold(t, m) {
			return true
		}
	}
	return false
}

// hasFoldPrefix reports whether s starts with prefix, ignoring case.
func hasFoldPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// pageFurniture are the frame's lines that never belong to a speaker's words.
var pageFurniture = [...]string{"Next Post", "Previous Post", "Next Article", "Previous Article", "Next Story",
	"Previous Story", "Stay Connected", "Sign Up", "Email Address", "Share this page", "Share this contribution",
	"Share this article", "Share this post", "Copy link", "Back to top", "Related Posts", "Related Articles",
	"Related News", "Read more", "Print this page", "Subscribe"}

// isSectionHeading reports whether a paragraph reads as the heading of a
// record's next item: short, capitalised words and connectors, no closing
// punctuation ("Points of Order", "Business of the House").
func isSectionHeading(s string) bool {
	if len(s) > 80 || s == "" || strings.Count(s, " ") > 8 || !parlShape(s) {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(s); last == ')' || last == ']' || last == '\'' || last == '’' || last == '”' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isSittingTime recognises the time lines of a parliament's record between
// speeches: "3.31 pm", "10.15 am", "4 pm".
func isSittingTime(s string) bool {
	if len(s) < 4 || len(s) > 10 {
		return false
	}
	i := 0
	for i < len(s) && i < 2 && isDigit(s[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	if i+2 < len(s) && s[i] == '.' && isDigit(s[i+1]) && isDigit(s[i+2]) {
		i += 3
	}
	switch strings.ToLower(strings.TrimSpace(s[i:])) {
	case "am", "pm", "a.m.", "p.m.":
		return i < len(s) && s[i] == ' '
	}
	return false
}

// isTurnTimeStamp recognises "12:32 P.M. CEST", "1:05 PM", "10:14 a.m. EDT".
func isTurnTimeStamp(s string) bool {
	if len(s) > 24 {
		return false
	}
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != ':' {
		return false
	}
	i++
	if i+2 > len(s) || !isShortNumber(s[i:i+2]) {
		return false
	}
	rest := strings.Fields(s[i+2:])
	if len(rest) == 0 || len(rest) > 2 {
		return false
	}
	switch strings.ToUpper(strings.ReplaceAll(rest[0], ".", "")) {
	case "AM", "PM":
	default:
		return false
	}
	return len(rest) == 1 || turnAllCaps(rest[1])
}

// isTurnVenue reports whether a paragraph after a byline names a place rather
// than starting the words: "Washington, D.C.", "Benjamin Franklin Room".
func isTurnVenue(s string) bool {
	if len(s) > 60 {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) > 6 {
		return false
	}
	last := s[len(s)-1]
	if last == '?' || last == '!' || last == ':' || last == '"' {
		return false
	}
	if lw := ws[len(ws)-1]; last == '.' && !isNameInitial(lw) && strings.Count(lw, ".") < 2 {
		return false // a sentence; not "D.C." or "P.M."
	}
	for i, w := range ws {
		w = strings.TrimRight(w, ",")
		if i > 0 && turnConnectors[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// lastWordOf returns the last space-separated word of s.
func lastWordOf(s string) string {
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}
