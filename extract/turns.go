package extract

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file segments a body into speaker turns.
//
// A turn starts at a speaker label and runs over every paragraph up to the
// next label. Labels come in two families:
//
//   - colon labels, inline or on their own line: "SECRETARY BLINKEN: Well,",
//     "President of Russia Vladimir Putin:", "Q: …", the White House's bare
//     "Q …", and the parliamentary "The Secretary of State for Foreign and
//     Commonwealth Affairs (Mr William Hague):";
//   - own-line labels without a colon: "Mark Rutte, NATO Secretary General",
//     "Oana Lungescu (NATO Spokesperson)", "Question", "Q", "Moderator";
//   - the own-line labels of Hansard's web pages: "Mr David Lammy
//     (Tottenham) (Lab)", "The Prime Minister (Rishi Sunak)", "Lord Cameron
//     of Chipping Norton", "Q1. [901234] Mr X (Woking) (Con)", and, beside
//     them, their short forms "Mr Hague", "The Prime Minister", "Mr Speaker";
//   - labels with a recording's time stamp, as transcription services print
//     them: "Dmitry Peskov: (09:51)", "Speaker 1 (10:08):", "Speaker 1  0:03".
//
// Candidates are found paragraph by paragraph with a hand-written scanner and
// then judged as a page: a label must look like a name, a title or a known
// role (no lower-case words other than connectors, so "Prime Minister Theresa
// May said:" is no label), weak name-only labels need support from the page
// (a repeat, or titled labels beside them), and own-line "Name, Title" lines
// count only on pages that do not use colon labels (where they are bylines).
// Speakers are then resolved to the fullest name and title the page gives
// for them, and each turn is classed as a question, an answer or remarks:
// in a parliament, Members (a constituency or a party in their label) and
// tabled questions ask, the reply after them answers, the chair's calls are
// remarks.

// turnPara is one non-blank line of the body, surrounding space trimmed.
type turnPara struct{ start, end int }

// genericRole is a label that names a part in the conversation, not a person.
type genericRole uint8

const (
	genNone      genericRole = iota
	genQuestion              // Question, Q, Participant, Reporter: a questioner
	genAnswer                // Answer, A
	genModerator             // Moderator, Operator, Host
	genOther                 // Interpreter, Hon. Members, Staff: remarks without a name
)

// labelClass groups label styles for the page-level decision.
type labelClass uint8

const (
	classColon   labelClass = iota + 1 // "NAME: text", "NAME:", "Q text"
	classStop                          // "PRESIDENT TRUMP. text": a stray full stop
	classComma                         // own-line "Name, Title" or "Name (Title)"
	classGeneric                       // own-line "Question", "Q", "Moderator"
	classBare                          // own-line "Mark Rutte", beside question labels
	classParl                          // own-line parliamentary label: "Mr David Lammy (Tottenham) (Lab)"
)

// turnLabel is one speaker label found in the body. What the label says is
// shared by every occurrence of the same label on the page.
type turnLabel struct {
	para      int
	textStart int  // for inline labels: where the words begin in the body
	ownLine   bool // the label fills its paragraph; the words start on the next
	*labelInfo
}

// labelInfo is what a label says.
type labelInfo struct {
	class     labelClass
	caps      bool // written in capitals ("SECRETARY BLINKEN")
	gen       genericRole
	role      string // the title the label gives, display form
	name      string // the name the label gives, display form ("" if none)
	surname   string // the name's last word, as written
	honorific bool   // Mr, Ms, Dr…
	strong    bool   // a title, an honorific with a name, or a known role
	nameWords int    // words in name
	key       string // identity of the speaker within the page
	parl      parlLabel
}

// parlLabel is what a label says of a parliament's speakers.
type parlLabel struct {
	// member: the label gives a constituency or a party ("(Tottenham)
	// (Lab)"), a Member speaking from the floor.
	member bool
	// mark: the label has a form only parliaments print: a member's
	// groups, a title over a name in brackets, a peer's territorial title.
	mark bool
	// chair: the presiding officer ("Mr Speaker", "(in the Chair)").
	chair bool
	// numbered: an oral question's number ("Q1. [901234]").
	numbered bool
	// weak: an own-line label of a short form ("Mr Hague", "The Prime
	// Minister") that counts only beside marked labels.
	weak bool
}

// labelParse is a label as the paragraph scanner reads it: what it says,
// and where it stands.
type labelParse struct {
	labelInfo
	ownLine   bool // the label fills its paragraph; the words start on the next
	textStart int  // for inline labels: where the words begin in the body
}

// segmentTurns finds the kind of the page and its speaker turns. body is the
// document body: one paragraph a line, a blank line between paragraphs.
func segmentTurns(body string) (Kind, []Turn) { return segmentTitledTurns(body, "") }

// segmentTitledTurns is segmentTurns for a page with a headline, which may
// give a speaker's full name and title ("Press Briefing by Press Secretary
// Karine Jean-Pierre") where the body gives only "MS. JEAN-PIERRE:".
func segmentTitledTurns(body, title string) (Kind, []Turn) {
	paras := splitTurnParas(body)
	if len(paras) == 0 {
		return KindNews, nil
	}
	labels, stops := findTurnLabels(body, paras)
	labels, stops = judgeLabels(body, paras, labels, stops)
	if len(labels) == 0 {
		if speechLike(body, paras) {
			return KindSpeech, nil
		}
		return KindNews, nil
	}
	turns, owners := buildTurns(body, paras, labels, stops)
	if len(turns) == 0 {
		if speechLike(body, paras) {
			return KindSpeech, nil
		}
		return KindNews, nil
	}
	sp := resolveSpeakers(body, title, labels)
	classifyTurns(turns, owners, labels, sp)
	speakers := map[string]bool{}
	questions := false
	for i, t := range turns {
		lb := &labels[owners[i]]
		speakers[sp[lb.key].id] = true
		if t.Kind == TurnQuestion {
			questions = true
		}
	}
	if len(speakers) >= 2 || questions {
		return KindTranscript, turns
	}
	// One speaker: a speech, unless a byline or a headline's name ("Rutte:
	// NATO must spend more") heads words that report on the speaker as a
	// news story does. A titled colon label ("THE PRESIDENT:") is trusted.
	trusted := true
	for _, o := range owners {
		if lb := &labels[o]; lb.ownLine || !lb.strong {
			trusted = false
		}
	}
	var v turnVoice
	for _, t := range turns {
		if trusted {
			break
		}
		for _, p := range splitTurnParas(t.Text) {
			v.count(t.Text[p.start:p.end])
		}
	}
	if !trusted && v.report > v.person {
		if speechLike(body, paras) {
			return KindSpeech, nil
		}
		return KindNews, nil
	}
	return KindSpeech, turns
}

// splitTurnParas returns the body's non-blank lines, trimmed.
func splitTurnParas(body string) []turnPara {
	ps := make([]turnPara, 0, strings.Count(body, "\n")/2+1)
	for i := 0; i <= len(body); {
		e := strings.IndexByte(body[i:], '\n')
		if e < 0 {
			e = len(body)
		} else {
			e += i
		}
		s, t := turnTrimSpan(body, i, e)
		if s < t {
			ps = append(ps, turnPara{s, t})
		}
		i = e + 1
	}
	return ps
}

// turnTrimSpan narrows body[s:e] to exclude leading and trailing white
// space (no-break spaces included).
func turnTrimSpan(body string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(body[s:e])
		if !isTurnSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(body[s:e])
		if !isTurnSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// isTurnSpace reports whether r is white space, no-break spaces included.
func isTurnSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\r', '\n', '\v', '\f', 0xA0, 0x202F, 0x2007, 0x200B, 0xFEFF:
		return true
	}
	return unicode.IsSpace(r)
}

// findTurnLabels returns the label candidates, one at most per paragraph.
//
// stops lists the paragraphs of labels dropped because they label nothing
// (an own-line label right above another): no turn, but they end the turn
// before them.
func findTurnLabels(body string, paras []turnPara) (out []turnLabel, stops []int) {
	memo := labelMemo{}
	shared := map[labelInfo]*labelInfo{}
	for i, p := range paras {
		s := body[p.start:p.end]
		if isPageFurniture(s) {
			continue // "Next Post" names no speaker
		}
		if isRiseLine(s) {
			// "Several hon. Members rose—": nobody speaks, but the turn
			// before has ended.
			stops = append(stops, i)
			continue
		}
		if lp, ok := paragraphLabel(s, memo); ok {
			info := lp.labelInfo
			ptr := shared[info]
			if ptr == nil {
				ptr = new(labelInfo)
				*ptr = info
				shared[info] = ptr
			}
			lb := turnLabel{para: i, textStart: lp.textStart, ownLine: lp.ownLine, labelInfo: ptr}
			if !lb.ownLine {
				lb.textStart += p.start
			}
			// A label on its own line right above a label that the page
			// judge keeps whatever the page (a role, a titled colon label)
			// labels nothing; drop it now rather than keep a million.
			if n := len(out); n > 0 && out[n-1].para == i-1 && out[n-1].ownLine && (lb.gen != genNone || lb.class == classColon && lb.strong) {
				stops = append(stops, out[n-1].para)
				out = out[:n-1]
			}
			out = append(out, lb)
		}
	}
	return out, stops
}

// isRiseLine recognises Hansard's note that members stood to be called:
// "Several hon. Members rose—", "Sir Edward Leigh rose—".
func isRiseLine(s string) bool {
	if len(s) > 120 || len(s) < 8 {
		return false
	}
	t := strings.TrimRight(s, " —–-")
	if len(t) == len(s) || !strings.HasSuffix(t, " rose") {
		return false
	}
	head := strings.TrimSpace(t[:len(t)-len(" rose")])
	if head == "" || !plausibleHead(head) {
		return false
	}
	if g, _ := genericLookup(head); g != genNone {
		return true
	}
	_, ok := parseTurnLabel(head)
	return ok
}

// questionNumber returns the length of a leading "12. ", "Q1. ", "T3. " or
// "[123456] ".
func questionNumber(s string) int {
	i := 0
	bracket := len(s) > 0 && s[0] == '['
	if bracket {
		i++
	} else if len(s) > 1 && (s[0] == 'Q' || s[0] == 'T') && s[1] >= '0' && s[1] <= '9' {
		i++ // Hansard's "Q1." (Prime Minister's questions), "T1." (topical)
	}
	d := i
	for i < len(s) && i-d < 7 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == d || i+1 >= len(s) {
		return 0
	}
	switch {
	case bracket && s[i] == ']' && s[i+1] == ' ':
		return i + 2
	case !bracket && s[i] == '.' && s[i+1] == ' ' && i-d <= 3:
		return i + 2
	case d == 1 && s[0] == 'Q' && s[i] == ' ' && i-d <= 4:
		return i + 1 // a committee's evidence: "Q12 Chair: …"
	}
	return 0
}

// recordingStamp returns the length of a recording's time stamp at the
// start of s, as transcription services print them: "(09:51)", "[00:10:08]",
// "(1:02:33.5)"; 0 if there is none.
func recordingStamp(s string) int {
	if len(s) < 6 || s[0] != '(' && s[0] != '[' {
		return 0
	}
	closer := byte(')')
	if s[0] == '[' {
		closer = ']'
	}
	n := clockDigits(s[1:])
	if n == 0 || 1+n >= len(s) || s[1+n] != closer {
		return 0
	}
	return n + 2
}

// clockDigits returns the length of a clock reading at the start of s:
// "9:51", "09:51", "1:02:33", "00:10:08.250"; 0 if there is none.
func clockDigits(s string) int {
	i := 0
	for i < len(s) && i < 2 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0
	}
	groups := 0
	for groups < 2 && i+2 < len(s) && s[i] == ':' && isDigit(s[i+1]) && isDigit(s[i+2]) {
		i += 3
		groups++
	}
	if groups == 0 {
		return 0
	}
	if i+1 < len(s) && (s[i] == '.' || s[i] == ',') && isDigit(s[i+1]) {
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (isDigit(s[i]) || s[i] == ':') {
		return 0
	}
	return i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// stampLabel recognises a label that a recording's time stamp closes:
// "Dmitry Peskov (09:51):" before the words or alone, "Speaker 1
// [00:10:08]" or the bare "Speaker 1  0:03" alone on its line.
func stampLabel(s string, memo labelMemo) (labelParse, bool) {
	if len(s) > 120 || strings.IndexByte(s, ':') < 0 {
		return labelParse{}, false
	}
	var head, rest string
	if k := strings.IndexAny(s, "(["); k > 0 {
		n := recordingStamp(s[k:])
		if n == 0 {
			return labelParse{}, false
		}
		head, rest = s[:k], s[k+n:]
		if strings.HasPrefix(rest, ":") {
			rest = rest[1:]
		} else if turnTrimLeft(rest) != "" {
			return labelParse{}, false // "Name (09:51) words": too loose
		}
	} else {
		// A bare stamp ends an own-line label: "Speaker 1  0:03".
		k := strings.LastIndexByte(s, ' ')
		if k <= 0 || clockDigits(s[k+1:]) != len(s)-k-1 {
			return labelParse{}, false
		}
		head = s[:k]
	}
	head = strings.TrimRight(head, " \u00a0\u202f")
	if head == "" || !plausibleHead(head) || strings.ContainsAny(head, ":([") {
		return labelParse{}, false
	}
	lb, ok := memo.parse(head)
	if !ok {
		return labelParse{}, false
	}
	lb.class = classColon
	words := turnTrimLeft(rest)
	if words == "" {
		lb.ownLine = true
	} else {
		lb.textStart = len(s) - len(words)
	}
	return lb, true
}

// memoParl is parlOwnLine, the label read once per distinct paragraph.
func memoParl(m labelMemo, s string) (labelParse, bool) {
	if len(s) > 200 || !parlShape(s) || !parlOpening(s) {
		return labelParse{}, false
	}
	lb, ok := m.parse(s)
	if !ok {
		return labelParse{}, false
	}
	return parlOwnLine(s, lb)
}

// parlOpening is a quick test that a paragraph opens as an own-line
// parliamentary label may: with brackets, an honorific, a peer's rank, an
// article, or the chair's title.
func parlOpening(s string) bool {
	if strings.ContainsAny(s, "([") {
		return true
	}
	w := s
	if k := strings.IndexByte(s, ' '); k > 0 {
		w = s[:k]
	}
	lw := turnLowerKey(w)
	return turnHonorifics[lw] || peerRanks[lw] || lw == "the" || len(s) <= 48 && parlChairFirst[lw]
}

// parlShape is a quick test that a paragraph may be an own-line label: no
// closing punctuation, no lower-case word but connectors.
func parlShape(s string) bool {
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '?', '!', ',', ';', ':', '-', '"':
		return false
	}
	return !strings.HasSuffix(s, "—") && !strings.HasSuffix(s, "–") && plausibleHead(s)
}

// parlOwnLine recognises, in lb as parseTurnLabel reads s, a speaker label that a parliament's record prints
// on its own line without a colon: "Mr Douglas Alexander (Paisley and
// Renfrewshire South) (Lab)", "The Prime Minister (Rishi Sunak)", "Lord
// Cameron of Chipping Norton", and the short forms that follow them on the
// page ("Mr Hague", "The Prime Minister", "Mr Speaker").
func parlOwnLine(s string, lb labelParse) (labelParse, bool) {
	if lb.gen != genNone {
		return labelParse{}, false
	}
	lb.class = classParl
	lb.ownLine = true
	if lb.parl.mark {
		lb.strong = true
		return lb, true
	}
	main := s
	if k := strings.IndexAny(s, "(["); k >= 0 {
		main = s[:k]
	}
	if strings.IndexByte(main, ',') >= 0 {
		return labelParse{}, false
	}
	article := len(main) > 4 && strings.EqualFold(main[:4], "the ")
	// "Jim Shannon [V]": a name with a note; the page judge keeps it when a
	// marked label names the same Member.
	noted := lb.name != "" && len(main) < len(s)
	if lb.honorific && lb.name != "" || lb.parl.chair || article && lb.role != "" && lb.name == "" || noted {
		lb.parl.weak = true
		return lb, true
	}
	return labelParse{}, false
}

// labelMemo keeps the labels already parsed on a page: transcripts repeat
// the same few labels hundreds of times.
type labelMemo map[string]memoLabel

type memoLabel struct {
	lb labelParse
	ok bool
}

// parse parses the text before a colon, once per distinct text.
func (m labelMemo) parse(head string) (labelParse, bool) {
	if r, ok := m[head]; ok {
		return r.lb, r.ok
	}
	lb, ok := parseTurnLabel(head)
	m[head] = memoLabel{lb, ok}
	return lb, ok
}

// plausibleHead is a quick test, before parsing, that the text before a
// colon has no lower-case word but connectors ("hon." included).
func plausibleHead(head string) bool {
	if len(head) > 160 {
		return false
	}
	if k := strings.IndexAny(head, "(["); k >= 0 {
		head = head[:k]
	}
	for len(head) > 0 {
		k := strings.IndexByte(head, ' ')
		w := head
		if k >= 0 {
			w, head = head[:k], head[k+1:]
		} else {
			head = ""
		}
		if w == "" {
			continue
		}
		if c := w[0]; 'a' <= c && c <= 'z' {
			lw := strings.TrimRight(w, ".")
			if !turnConnectors[lw] && !nameParticles[lw] && lw != "hon" {
				return false
			}
		} else if c >= utf8.RuneSelf {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) {
				return false
			}
		}
	}
	return true
}

// paragraphLabel finds a label at the start of one paragraph.
func paragraphLabel(s string, memo labelMemo) (labelParse, bool) {
	if s == "" {
		return labelParse{}, false
	}
	// Hansard numbers oral questions: "1. Mr Jack Straw (Blackburn) (Lab):",
	// "Q1. [901234] Mr Jack Straw (Blackburn) (Lab)".
	if n := questionNumber(s); n > 0 {
		lb, ok := paragraphLabel(s[n:], memo)
		if !ok || !(lb.class == classColon && (!lb.ownLine || lb.parl.member) || lb.class == classParl && lb.parl.mark) {
			return labelParse{}, false
		}
		// "Q12 Chair:", "Q13 Bob Seely:"; not "Q4 Earnings: …".
		if s[n-1] == ' ' && s[n-2] != '.' && s[n-2] != ']' && !lb.parl.chair && !lb.strong && lb.nameWords < 2 {
			return labelParse{}, false
		}
		if !lb.ownLine {
			lb.textStart += n
		}
		lb.parl.numbered = true
		return lb, true
	}
	// The Lords' "Asked by Lord Hannay of Chiswick" over the question.
	if len(s) > 9 && len(s) < 160 && s[:9] == "Asked by " {
		lb, ok := memoParl(memo, s[9:])
		if !ok || lb.name == "" {
			return labelParse{}, false
		}
		lb.parl.numbered, lb.parl.mark, lb.parl.weak = true, true, false
		lb.strong = true
		return lb, true
	}
	// A recording's time stamp before the label: "[00:09:51] Speaker 1: …".
	if n := recordingStamp(s); n > 0 {
		rest := turnTrimLeft(s[n:])
		lb, ok := paragraphLabel(rest, memo)
		if !ok || lb.class != classColon {
			return labelParse{}, false
		}
		if !lb.ownLine {
			lb.textStart += len(s) - len(rest)
		}
		return lb, true
	}
	c := s[0]
	if c < utf8.RuneSelf && !('A' <= c && c <= 'Z') && c != '[' && c != '(' {
		return labelParse{}, false // labels start with a capital letter
	}
	if c == '(' || c == '[' {
		return labelParse{}, false // notes: "(As delivered)"
	}
	// The White House's "Q", with or without a colon or full stop.
	if c == 'Q' {
		if lb, ok := qLabel(s); ok {
			return lb, true
		}
	}
	// Own-line generic roles and own-line comma labels.
	if g, role, ok := genericOwnLine(s); ok {
		return labelParse{labelInfo: labelInfo{class: classGeneric, gen: g, role: role, strong: true, key: genericSpeakerKey(g, role)}, ownLine: true}, true
	}
	// Labels with a recording's time stamp: "Dmitry Peskov (09:51):",
	// "Speaker 1 [00:10:08]", "Speaker 1  0:03".
	if lb, ok := stampLabel(s, memo); ok {
		return lb, true
	}
	// Colon labels.
	limit := min(len(s), 200)
	if k := strings.IndexByte(s[:limit], ':'); k > 0 {
		head := strings.TrimRight(s[:k], " \u00a0\u202f")
		rest := s[k+1:]
		// "Dmitry Peskov: (09:51)", "Dmitry Peskov: 09:51" alone: the time
		// stamp is not the words.
		if r := turnTrimLeft(rest); r != "" {
			if n := recordingStamp(r); n > 0 {
				rest = " " + turnTrimLeft(r[n:])
			} else if isDigit(r[0]) && clockDigits(r) == len(r) {
				rest = ""
			}
		}
		// Not "12:30", "https://", "Note:5"; but a titled label run into
		// its words ("SECRETARY BLINKEN:Well") is one.
		glued := len(rest) > 0 && !turnStartsWithSpace(rest) && startsSentence(rest)
		if (len(rest) == 0 || turnStartsWithSpace(rest) || glued) && plausibleHead(head) {
			if lb, ok := memo.parse(head); ok && (!glued || lb.strong && (lb.caps || lb.gen != genNone)) {
				lb.class = classColon
				off := len(s) - len(turnTrimLeft(rest))
				if off >= len(s) {
					lb.ownLine = true
				} else {
					lb.textStart = off
				}
				return lb, true
			}
		}
	}
	// Own-line parliamentary labels: "Mr David Lammy (Tottenham) (Lab)";
	// their short forms ("Mr Hague") only when no other reading fits.
	pl, parl := memoParl(memo, s)
	if parl && pl.parl.mark {
		return pl, true
	}
	// Own-line "Name, Title" and "Name (Title)".
	if lb, ok := memoComma(memo, s); ok {
		lb.class = classComma
		lb.ownLine = true
		return lb, true
	}
	if parl {
		return pl, true
	}
	// An own-line name alone ("Mark Rutte"): a label only beside question
	// labels, as the page judge decides.
	if len(s) <= 40 {
		if name, ok := plainName(s); ok {
			ws := strings.Fields(name)
			surname := ws[len(ws)-1]
			return labelParse{labelInfo: labelInfo{class: classBare, name: name, surname: surname, nameWords: len(ws), key: speakerNameKey(surname)}, ownLine: true}, true
		}
	}
	// "PRESIDENT TRUMP. Thank you": a full stop typed for the colon.
	if len(s) > 2 && turnUpperASCII(s[1]) {
		if lb, ok := stopLabel(s); ok {
			return lb, true
		}
	}
	return labelParse{}, false
}

// startsSentence reports whether s starts as words do after a label: a
// capital letter, a quotation mark or a bracket.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || r == '“' || r == '"' || r == '(' || r == '['
}

// turnStartsWithSpace reports whether s starts with white space.
func turnStartsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isTurnSpace(r)
}

// turnTrimLeft drops the white space at the start of s.
func turnTrimLeft(s string) string {
	for len(s) > 0 {
		r, n := utf8.DecodeRuneInString(s)
		if !isTurnSpace(r) {
			break
		}
		s = s[n:]
	}
	return s
}

// turnUpperASCII reports whether c is an ASCII capital.
func turnUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// qLabel recognises "Q", "Q:", "Q." alone or before the question's words.
func qLabel(s string) (labelParse, bool) {
	lb := labelParse{labelInfo: labelInfo{class: classColon, gen: genQuestion, strong: true, key: "gen:question"}}
	rest := s[1:]
	if rest != "" && (rest[0] == ':' || rest[0] == '.') {
		rest = rest[1:]
	}
	if turnTrimLeft(rest) == "" {
		lb.ownLine = true
		return lb, true
	}
	if !turnStartsWithSpace(rest) {
		return labelParse{}, false
	}
	words := turnTrimLeft(rest)
	r, _ := utf8.DecodeRuneInString(words)
	if unicode.IsLower(r) || r == '&' {
		return labelParse{}, false // "Q and A", "Q & A"
	}
	lb.textStart = len(s) - len(words)
	return lb, true
}

// genericOwnLine recognises a paragraph that is only a role label without a
// colon: "Question", "Questions", "Moderator", "QUESTION (Reuters)".
func genericOwnLine(s string) (genericRole, string, bool) {
	if len(s) > 60 {
		return genNone, "", false
	}
	main := s
	if k := strings.IndexAny(s, "(["); k > 0 {
		main = strings.TrimSpace(s[:k])
		if !labelGroupsOnly(s[k:]) {
			return genNone, "", false
		}
	}
	g, role := genericLookup(main)
	switch g {
	case genQuestion, genModerator, genAnswer:
		if strings.EqualFold(main, "a") {
			return genNone, "", false // a lone "A" is too weak on its own line
		}
		return g, role, true
	case genOther:
		// Hansard's "Hon. Members" over "Hear, hear!".
		if k := strings.Index(strings.ToLower(main), "hon"); k >= 0 && strings.Contains(strings.ToLower(main[k:]), "member") {
			return g, role, true
		}
	}
	return genNone, "", false
}

// labelGroupsOnly reports whether s is a run of "(…)" and "[…]" groups.
func labelGroupsOnly(s string) bool {
	s = strings.TrimSpace(s)
	for s != "" {
		var closer byte
		switch s[0] {
		case '(':
			closer = ')'
		case '[':
			closer = ']'
		default:
			return false
		}
		k := strings.IndexByte(s, closer)
		if k < 0 {
			return false
		}
		s = strings.TrimSpace(s[k+1:])
	}
	return true
}

// stopLabel recognises an all-capitals label closed by a full stop by
// mistake ("PRESIDENT TRUMP. Thank you."). The page judge keeps it only when
// the same label appears with a colon elsewhere.
func stopLabel(s string) (labelParse, bool) {
	limit := min(len(s), 80)
	for i := 0; i < limit; i++ {
		if s[i] != '.' {
			continue
		}
		if i+1 < len(s) && s[i+1] != ' ' {
			continue // "U.S."
		}
		head := s[:i]
		// "MR. PRICE": a full stop after an abbreviation is not the end.
		w := head
		if k := strings.LastIndexByte(head, ' '); k >= 0 {
			w = head[k+1:]
		}
		if len(w) <= 1 || turnHonorifics[strings.ToLower(w)] {
			continue
		}
		if !turnAllCaps(head) {
			return labelParse{}, false
		}
		lb, ok := parseTurnLabel(head)
		if !ok || !lb.caps || lb.gen != genNone {
			return labelParse{}, false
		}
		lb.class = classStop
		words := turnTrimLeft(s[i+1:])
		if words == "" {
			return labelParse{}, false
		}
		lb.textStart = len(s) - len(words)
		return lb, true
	}
	return labelParse{}, false
}

// turnAllCaps reports whether s has letters and none of them lower case.
func turnAllCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters = true
		}
	}
	return letters
}

// commaLabel recognises an own-line "Name, Title" or "Name (Title)" label:
// "Mark Rutte, NATO Secretary General", "Oana Lungescu (NATO Spokesperson)".
func commaLabel(s string) (labelParse, bool) {
	if len(s) > 120 {
		return labelParse{}, false
	}
	if k := strings.IndexAny(s, ",("); k < 0 || k > 60 {
		return labelParse{}, false
	}
	var namePart, titlePart string
	if k := strings.IndexByte(s, ','); k > 0 {
		namePart, titlePart = s[:k], strings.TrimSpace(s[k+1:])
	} else if k := strings.IndexByte(s, '('); k > 0 && strings.HasSuffix(s, ")") {
		namePart, titlePart = strings.TrimSpace(s[:k]), s[k+1:len(s)-1]
	} else {
		return labelParse{}, false
	}
	caps := turnAllCaps(namePart)
	nameWords, honorific, ok := labelName(strings.Fields(namePart), caps)
	role, ok2 := plainTitle(titlePart)
	if !ok || !ok2 {
		// "Official Spokesperson, Shri Randhir Jaiswal": title first.
		caps = turnAllCaps(titlePart)
		nameWords, honorific, ok = labelName(strings.Fields(titlePart), caps)
		role, ok2 = plainTitle(namePart)
		if !ok || !ok2 {
			return labelParse{}, false
		}
	}
	name := displayLabelWords(nameWords, caps)
	surname := displayLabelWords(nameWords[len(nameWords)-1:], caps)
	if caps {
		role = displayLabelWords(strings.Fields(role), true)
	}
	return labelParse{labelInfo: labelInfo{
		name:      name,
		surname:   surname,
		role:      role,
		caps:      caps,
		honorific: honorific,
		strong:    true,
		nameWords: len(nameWords),
		key:       speakerNameKey(surname),
	}}, true
}

// labelName reads a name before a comma: "Mark Rutte", "Antony J. Blinken",
// "MR. SULLIVAN", "JAKE SULLIVAN". Without an honorific it takes two words.
func labelName(ws []string, caps bool) ([]string, bool, bool) {
	honorific := false
	for len(ws) > 0 && turnHonorifics[turnLowerKey(ws[0])] {
		ws = ws[1:]
		honorific = true
	}
	if len(ws) == 0 || len(ws) > 6 {
		return nil, false, false
	}
	regular := 0
	for i, w := range ws {
		switch {
		case isNameInitial(w):
		case nameParticles[strings.ToLower(w)] && i > 0 && i < len(ws)-1:
		case isNameToken(w) && !isTitleish(w) && !isTitleAcronym(w) && turnAllCaps(w) == caps:
			regular++
		default:
			return nil, false, false
		}
	}
	last := ws[len(ws)-1]
	if regular < 2 && !(honorific && regular == 1) || !isNameToken(last) {
		return nil, false, false
	}
	return ws, honorific, true
}

// memoComma is commaLabel, once per distinct paragraph.
func memoComma(m labelMemo, s string) (labelParse, bool) {
	if len(s) > 120 {
		return labelParse{}, false
	}
	key := "\x00" + s
	if r, ok := m[key]; ok {
		return r.lb, r.ok
	}
	lb, ok := commaLabel(s)
	m[key] = memoLabel{lb, ok}
	return lb, ok
}

// plainName accepts a person's name of two to five words written in mixed
// case ("Antony J. Blinken", "Ursula von der Leyen") and returns it.
func plainName(s string) (string, bool) {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 6 {
		return "", false
	}
	regular := 0
	for i, w := range ws {
		switch {
		case isNameInitial(w):
		case nameParticles[w] && i > 0 && i < len(ws)-1:
		case isNameToken(w) && !isTitleish(w) && !turnAllCaps(w):
			regular++
		default:
			return "", false
		}
	}
	if regular < 2 || !isNameToken(ws[len(ws)-1]) || isNameInitial(ws[len(ws)-1]) {
		return "", false
	}
	return strings.Join(ws, " "), true
}

// plainTitle accepts a title ("NATO Secretary General", "Secretary of State")
// and returns it.
func plainTitle(s string) (string, bool) {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 10 {
		return "", false
	}
	head := false
	for _, w := range ws {
		lw := turnLowerKey(w)
		switch {
		case titleHeads[lw]:
			head = true
		case titleMods[lw] || turnConnectors[lw] || titleComplements[lw] || isTitleAcronym(w) || isNameToken(w):
		default:
			return "", false
		}
	}
	if !head || turnConnectors[turnLowerKey(ws[len(ws)-1])] || turnConnectors[turnLowerKey(ws[0])] {
		return "", false
	}
	return strings.Join(ws, " "), true
}

// parseTurnLabel reads the text before a label's colon: "SECRETARY BLINKEN",
// "President of Russia Vladimir Putin", "The Secretary of State for Foreign
// and Commonwealth Affairs (Mr William Hague)", "Mr Jack Straw (Blackburn)
// (Lab)", "Vladimir Putin (retranslated)", "QUESTION", "Hon. Members".
func parseTurnLabel(head string) (labelParse, bool) {
	if head == "" || len(head) > 160 {
		return labelParse{}, false
	}
	main, groups := head, ""
	if k := strings.IndexAny(head, "(["); k >= 0 {
		main, groups = strings.TrimSpace(head[:k]), head[k:]
		if main == "" || !labelGroupsOnly(groups) {
			return labelParse{}, false
		}
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
	// Leading article: "The President", "THE SECRETARY".
	article := false
	if len(ws) > 1 && strings.EqualFold(ws[0], "the") {
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
	// The name is the run of name words at the end.
	nameStart := len(ws)
	regular := 0
	for i := len(ws) - 1; i >= 0; i-- {
		w := ws[i]
		lw := turnLowerKey(w)
		if isNameInitial(w) && nameStart < len(ws) {
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
	if len(role) > 0 && !head2 {
		// Capitalised words that are neither title nor name: "Key Points".
		if len(nameWords) == 0 {
			return labelParse{}, false
		}
		// "Yesterday Blinken": treat the whole as a name-like weak label.
		nameWords = ws
		role = nil
	}
	if len(role) > 0 {
		lb.role = displayLabelWords(role, caps)
		if full, ok := roleAbbreviations[turnLowerKey(lb.role)]; ok {
			lb.role = full
		}
	}
	if len(nameWords) > 0 {
		lb.name = displayLabelWords(nameWords, caps)
		lb.surname = displayLabelWords(nameWords[len(nameWords)-1:], caps)
		lb.nameWords = 0
		for _, w := range nameWords {
			if !isNameInitial(w) && !nameParticles[strings.ToLower(w)] {
				lb.nameWords++
			}
		}
		// "Note:", "FACT SHEET:", "Media Advisory:": a page's furniture, not
		// a person.
		if len(role) == 0 && !lb.honorific {
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

// groupPersonName reads a person's name in a label's group: "Mr William
// Hague", "Rishi Sunak", "Lord Cameron of Chipping Norton".
func groupPersonName(g string) (name, surname string, words int, ok bool) {
	gw := strings.Fields(g)
	if n, sn, w, _, ok := peerName(gw); ok {
		return n, sn, w, true
	}
	for len(gw) > 0 && turnHonorifics[turnLowerKey(gw[0])] {
		gw = gw[1:]
	}
	if n, ok := plainName(strings.Join(gw, " ")); ok {
		ws := strings.Fields(n)
		return n, ws[len(ws)-1], len(ws), true
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
	lb.role = displayLabelWords(role, caps)
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

// isNameInitial reports whether w is an initial: "J.".
func isNameInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && len(w) == n+1 && w[n] == '.'
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
	// "Speaker 1", "PARTICIPANT 2".
	k := string(buf[:n])
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
func isShortNumber(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

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
	keep := make([]bool, len(cands))
	colonKeys := map[string]bool{}
	for i, c := range cands {
		if c.class != classColon {
			continue
		}
		switch {
		case c.strong:
			keep[i] = true
		case count[c.key] >= 2:
			keep[i] = true
		case strongColon && c.nameWords >= 2:
			keep[i] = true
		}
		if keep[i] {
			colon = true
			colonKeys[c.key] = true
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
	for i, c := range cands {
		switch c.class {
		case classStop:
			keep[i] = colonKeys[c.key]
		case classComma:
			keep[i] = true
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
			keep[i] = questions && (count[c.key] >= 2 || lastKept >= 0 && cands[lastKept].gen == genQuestion)
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
	slices.Sort(stops)
	return out, stops
}

// conversational reports whether paragraphs read as people talking: a
// question asked, or first- and second-person words.
func conversational(body string, paras []turnPara) bool {
	var v turnVoice
	for _, p := range paras {
		s := body[p.start:p.end]
		if strings.IndexByte(s, '?') >= 0 {
			return true
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

// buildTurns cuts the body at the labels. owners[i] is the index in labels
// of the label that opened turns[i].
func buildTurns(body string, paras []turnPara, labels []turnLabel, stops []int) ([]Turn, []int) {
	turns := make([]Turn, 0, len(labels))
	owners := make([]int, 0, len(labels))
	si := 0
	for li, lb := range labels {
		last := len(paras) - 1
		if li+1 < len(labels) {
			last = labels[li+1].para - 1
		}
		// A dropped label line ends the turn too.
		for si < len(stops) && stops[si] <= lb.para {
			si++
		}
		if si < len(stops) && stops[si]-1 < last {
			last = stops[si] - 1
		}
		first := lb.para
		start := lb.textStart
		if lb.ownLine {
			first = lb.para + 1
			// Skip notes, and the place lines under a leading byline.
			for first <= last {
				s := body[paras[first].start:paras[first].end]
				if isTurnNote(s) || isSittingTime(s) || (li == 0 && lb.class == classComma && isTurnVenue(s)) {
					first++
					continue
				}
				break
			}
			if first > last {
				continue
			}
			start = paras[first].start
		} else {
			start = skipInterpreting(body, start, paras[first].end)
		}
		// A closing marker, or the page's furniture after the last words,
		// ends the turn.
		for k := first; k <= last; k++ {
			if p := body[paras[k].start:paras[k].end]; k > lb.para && (isTurnEndMarker(p) || isPageFurniture(p)) {
				last = k - 1
				break
			}
			// A parliament's record prints the time and the next item's
			// heading between speeches: "Points of Order", "3.31 pm".
			if k > first && isSittingTime(body[paras[k].start:paras[k].end]) {
				last = k - 1
				for last > first && isSectionHeading(body[paras[last].start:paras[last].end]) {
					last--
				}
				break
			}
		}
		for last > first && (isTurnNote(body[paras[last].start:paras[last].end]) || isSittingTime(body[paras[last].start:paras[last].end])) {
			last--
		}
		if last < first {
			continue
		}
		end := paras[last].end
		if start >= end {
			continue
		}
		turns = append(turns, Turn{Text: body[start:end], Start: start, End: end})
		owners = append(owners, li)
	}
	return turns, owners
}

// skipInterpreting moves start past a note on interpreting that opens a
// turn's words: "PRESIDENT ZELENSKYY: (As interpreted.) Thank you." The
// words must go on after it.
func skipInterpreting(body string, start, end int) int {
	if start >= end || body[start] != '(' {
		return start
	}
	k := strings.IndexByte(body[start:end], ')')
	if k < 0 || k > 48 {
		return start
	}
	note := strings.ToLower(body[start : start+k])
	if !strings.Contains(note, "interpret") && !strings.Contains(note, "translat") && !strings.HasPrefix(note, "(in ") &&
		!strings.HasPrefix(note, "(speaking") && !strings.HasPrefix(note, "(via") && !strings.HasPrefix(note, "(through") {
		return start
	}
	next := start + k + 1
	for next < end && (body[next] == ' ' || body[next] == '.') {
		next++
	}
	if next >= end {
		return start
	}
	return next
}

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
	contextsFor := func(surname string) []turnNameContext {
		return append(findNameContexts(title, surname), findNameContexts(body, surname)...)
	}
	spell := map[string]string{}
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
			if w := len(strings.Fields(c.name)); w > bestWords && strings.HasSuffix(strings.ToLower(c.name), strings.ToLower(surname)) {
				sp.name, bestWords = c.name, w
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
	for i := range labels {
		lb := &labels[i]
		if out[lb.key] != nil {
			continue
		}
		if lb.gen != genNone {
			role := lb.role
			out[lb.key] = &turnSpeaker{id: lb.key, name: lb.name, role: role, gen: lb.gen}
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
			name, role := personWithTitle(body, lb.role, out)
			if name == "" {
				name, role = personWithTitle(title, lb.role, out)
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

// mixedCaseName returns the spelling the page gives a name written in
// capitals in a label ("MCDONOUGH" → "McDonough"), or its title case.
// Found spellings are kept in memo, so that a page with a hundred labels of
// one speaker reads the body once per word.
func mixedCaseName(body, caps string, memo map[string]string) string {
	if m, ok := memo["\x00"+caps]; ok {
		return m
	}
	out := mixedCaseWords(body, caps, memo)
	memo["\x00"+caps] = out
	return out
}

// mixedCaseWords looks up each word of caps.
func mixedCaseWords(body, caps string, memo map[string]string) string {
	ws := strings.Fields(caps)
	for i, w := range ws {
		found, ok := memo[w]
		if !ok {
			found = findMixedCaseWord(body, w)
			memo[w] = found
		}
		if found != "" {
			ws[i] = found
		}
	}
	return strings.Join(ws, " ")
}

// findMixedCaseWord finds w in body, case-insensitively, written in mixed case.
func findMixedCaseWord(body, w string) string {
	if len(w) < 2 {
		return ""
	}
	// Most often the page spells it as the title case w already is.
	if !turnAllCaps(w) {
		for i := 0; i < len(body); {
			k := strings.Index(body[i:], w)
			if k < 0 {
				break
			}
			s, e := i+k, i+k+len(w)
			i = e
			if wordAt(body, s, e) {
				return w
			}
		}
	}
	for i := 0; i < len(body); {
		s, e := nextTurnWord(body, i)
		if s < 0 {
			break
		}
		i = e
		if e-s == len(w) && strings.EqualFold(body[s:e], w) && !turnAllCaps(body[s:e]) {
			return body[s:e]
		}
	}
	return ""
}

// wordAt reports whether body[s:e] is a whole word.
func wordAt(body string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(body[:s])
		if unicode.IsLetter(r) || r == '-' {
			return false
		}
	}
	if e < len(body) {
		r, _ := utf8.DecodeRuneInString(body[e:])
		if unicode.IsLetter(r) || r == '-' {
			return false
		}
	}
	return true
}

// countTurnWordFold counts the words of body equal to w, ignoring case.
func countTurnWordFold(body, w string) int {
	n := 0
	for i := 0; i < len(body); {
		s, e := nextTurnWord(body, i)
		if s < 0 {
			break
		}
		i = e
		if e-s == len(w) && strings.EqualFold(body[s:e], w) {
			n++
		}
	}
	return n
}

// nextTurnWord returns the span of the next word at or after i: letters and
// marks, with inner hyphens and apostrophes.
func nextTurnWord(body string, i int) (int, int) {
	for i < len(body) {
		r, n := utf8.DecodeRuneInString(body[i:])
		if unicode.IsLetter(r) {
			break
		}
		i += n
	}
	if i >= len(body) {
		return -1, -1
	}
	s := i
	for i < len(body) {
		r, n := utf8.DecodeRuneInString(body[i:])
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			i += n
			continue
		}
		if r == '-' || r == '\'' || r == '’' {
			if i+n < len(body) {
				r2, _ := utf8.DecodeRuneInString(body[i+n:])
				if unicode.IsLetter(r2) {
					i += n
					continue
				}
			}
		}
		break
	}
	return s, i
}

// findNameContexts finds where the body gives surname with a title and given
// names: "Secretary of State Antony J. Blinken", "Antony J. Blinken,
// Secretary of State".
func findNameContexts(body, surname string) []turnNameContext {
	var out []turnNameContext
	if surname == "" {
		return nil
	}
	for i := 0; i < len(body); {
		k := strings.Index(body[i:], surname)
		if k < 0 {
			break
		}
		s := i + k
		e := s + len(surname)
		i = e
		if !wordAt(body, s, e) {
			continue
		}
		given, before, stopped := givenNames(body, s)
		role := titleBefore(body, before)
		if role == "" {
			role = titleBeforeComma(body, before)
		}
		if role != "" {
			out = append(out, turnNameContext{name: joinGivenNames(given, surname), role: role})
			continue
		}
		if strings.HasPrefix(body[e:], ", ") && stopped {
			if t := titleAfter(body, e+2); t != "" {
				out = append(out, turnNameContext{name: joinGivenNames(given, surname), role: t})
			}
		}
	}
	return out
}

// joinGivenNames joins given names and a surname.
func joinGivenNames(given []string, surname string) string {
	if len(given) == 0 {
		return surname
	}
	return strings.Join(given, " ") + " " + surname
}

// prevNameToken returns the space-separated token that ends just before end
// (one run of spaces between, no line break), and where it starts.
func prevNameToken(body string, end int) (string, int) {
	i := end
	n := 0
	for i > 0 && (body[i-1] == ' ') {
		i--
		n++
	}
	if n == 0 || i == 0 {
		return "", -1
	}
	j := i
	for j > 0 && body[j-1] != ' ' && body[j-1] != '\n' {
		j--
	}
	if i-j > 40 {
		return "", -1
	}
	return body[j:i], j
}

// givenNames reads the given names and initials before a surname at s. It
// returns them, the offset where they begin, and whether the scan stopped
// at a clear boundary (a line start, a lower-case word or punctuation).
func givenNames(body string, s int) ([]string, int, bool) {
	var given []string
	pos := s
	regular := 0
	for {
		tok, at := prevNameToken(body, pos)
		if at < 0 {
			return given, pos, true
		}
		switch {
		case isNameInitial(tok):
		case nameParticles[tok] && len(given) > 0 || nameParticles[tok] && regular == 0:
			// "von der Leyen"
		case isNameToken(tok) && !isTitleish(tok) && !isTitleAcronym(tok) && !titleComplements[strings.ToLower(tok)] && !turnConnectors[strings.ToLower(tok)] && !labelStopNames[strings.ToLower(tok)]:
			if regular == 2 {
				return given, pos, false
			}
			// After "of": a complement of the title, not a given name.
			if p, at2 := prevNameToken(body, at); at2 >= 0 {
				lp := strings.ToLower(p)
				if lp == "of" || lp == "for" || lp == "to" {
					return given, pos, true
				}
			}
			regular++
		default:
			if len(given) > 0 && nameParticles[given[0]] {
				given = given[1:]
			}
			r, _ := utf8.DecodeRuneInString(tok)
			return given, pos, !unicode.IsUpper(r) || strings.ContainsAny(tok, ",;:()\"“”")
		}
		given = append([]string{tok}, given...)
		pos = at
	}
}

// titleBefore reads a title that ends at pos: "Secretary of State",
// "NATO Secretary General", "Polish Foreign Minister".
func titleBefore(body string, pos int) string {
	return titleBeforeFrom(body, pos, "")
}

// titleBeforeComma reads a title closed by a comma before a name: "the
// Secretary of State, Antony Blinken". pos is where the names begin.
func titleBeforeComma(body string, pos int) string {
	tok, at := prevNameToken(body, pos)
	if at < 0 || !strings.HasSuffix(tok, ",") {
		return ""
	}
	return titleBeforeFrom(body, at, strings.TrimSuffix(tok, ","))
}

// titleBeforeFrom reads a title ending at pos, or at last when last is
// given (a word just before pos, already read).
func titleBeforeFrom(body string, pos int, last string) string {
	var ws []string
	start := pos
	head := false
	if last != "" {
		lw := turnLowerKey(last)
		switch {
		case titleHeads[lw]:
			head = true
		case titleMods[lw] || titleComplements[lw] || isTitleAcronym(last):
		default:
			return ""
		}
		ws = append(ws, last)
	}
	for {
		tok, at := prevNameToken(body, start)
		if at < 0 {
			break
		}
		lw := turnLowerKey(tok)
		ok := false
		switch {
		case strings.ContainsAny(tok, ",;:()\"“”"):
		case titleHeads[lw]:
			ok, head = true, true
		case turnHonorifics[lw] && len(ws) == 0:
			// "Secretary of State Mr. Blinken": skip the honorific.
			start = at
			continue
		case titleMods[lw] || titleComplements[lw] || isTitleAcronym(tok) || isTitleDemonym(tok):
			ok = true
		case turnConnectors[lw] && lw != "the" && len(ws) > 0:
			ok = true
		}
		if !ok {
			break
		}
		ws = append([]string{tok}, ws...)
		start = at
		if len(ws) > 10 {
			return ""
		}
	}
	for len(ws) > 0 && turnConnectors[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	if !head || len(ws) == 0 {
		return ""
	}
	return strings.Join(ws, " ")
}

// titleAfter reads a title that starts at pos, as after "Name, ".
func titleAfter(body string, pos int) string {
	var ws []string
	head := false
	i := pos
	for i < len(body) && len(ws) < 10 {
		j := i
		for j < len(body) && body[j] != ' ' && body[j] != '\n' {
			j++
		}
		tok := body[i:j]
		trail := strings.TrimRight(tok, ",;:.")
		lw := turnLowerKey(trail)
		ok := false
		switch {
		case titleHeads[lw]:
			ok, head = true, true
		case titleMods[lw] || titleComplements[lw] || isTitleAcronym(trail) || isTitleDemonym(trail) || turnConnectors[lw] && lw != "the":
			ok = true
		case lw == "the" && len(ws) > 0:
			ok = true
		}
		if !ok || trail == "" {
			break
		}
		ws = append(ws, trail)
		if trail != tok || j >= len(body) || body[j] == '\n' {
			break
		}
		i = j + 1
	}
	for len(ws) > 0 && turnConnectors[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	if !head {
		return ""
	}
	return strings.Join(ws, " ")
}

// isTitleDemonym reports whether w looks like a country adjective modifying a
// title ("Polish", "Finnish", "Russian", "American").
func isTitleDemonym(w string) bool {
	if !isNameToken(w) {
		return false
	}
	lw := strings.ToLower(w)
	for _, suf := range [...]string{"ish", "ian", "ese", "can", "ean", "ch", "ic", "i"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// personWithTitle finds the one person the body gives a title (for a
// role-only label such as "THE PRESIDENT"), skipping speakers already named
// by other labels.
func personWithTitle(body, role string, taken map[string]*turnSpeaker) (string, string) {
	if role == "" {
		return "", ""
	}
	words := strings.Fields(role)
	headWord := words[len(words)-1]
	var name, full string
	for i := 0; i < len(body); {
		k := strings.Index(body[i:], headWord)
		if k < 0 {
			break
		}
		e := i + k + len(headWord)
		i = e
		if !wordAt(body, e-len(headWord), e) {
			continue
		}
		// "Secretary of State Michael R. Pompeo" for "THE SECRETARY": the
		// title's complement comes before the name.
		j := e
		if tok, next := nextSpaceToken(body, j); strings.EqualFold(tok, "of") || strings.EqualFold(tok, "for") {
			for {
				c, n2 := nextSpaceToken(body, next)
				if c == "" || !titleComplements[strings.ToLower(c)] && !isTitleAcronym(c) && !strings.EqualFold(c, "the") {
					break
				}
				next = n2
			}
			j = next
		}
		e = j
		// The words after the title: a name up to three words long.
		var ws []string
		for len(ws) < 4 && j < len(body) && body[j] == ' ' {
			a := j + 1
			b := a
			for b < len(body) && body[b] != ' ' && body[b] != '\n' {
				b++
			}
			w := body[a:b]
			clean := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s"), ",.;:")
			if clean != w && !isNameInitial(w) {
				if isNameToken(clean) && !isTitleish(clean) {
					ws = append(ws, clean)
				}
				break
			}
			if !(isNameToken(w) || isNameInitial(w)) || isTitleish(w) || turnConnectors[strings.ToLower(w)] || isTitleAcronym(w) {
				break
			}
			ws = append(ws, w)
			j = b
		}
		if len(ws) == 0 || isNameInitial(ws[len(ws)-1]) {
			continue
		}
		n := strings.Join(ws, " ")
		if taken[speakerNameKey(ws[len(ws)-1])] != nil {
			continue
		}
		t := titleBefore(body, e+1)
		if t == "" {
			continue
		}
		if !strings.EqualFold(t, role) && !extendsRole(t, role) {
			continue
		}
		if name != "" && !strings.HasSuffix(n, lastNameOf(name)) && !strings.HasSuffix(name, lastNameOf(n)) {
			return "", "" // two people with this title
		}
		if len(n) > len(name) {
			name, full = n, t
		}
	}
	// "Stéphane Dujarric, Spokesman for the Secretary-General".
	first := ", " + words[0]
	for i := 0; i < len(body); {
		k := strings.Index(body[i:], first)
		if k < 0 {
			break
		}
		c := i + k
		i = c + len(first)
		t := titleAfter(body, c+2)
		if t == "" || !strings.EqualFold(t, role) && !extendsRole(t, role) {
			continue
		}
		j := c
		for j > 0 && body[j-1] != ' ' && body[j-1] != '\n' {
			j--
		}
		surname := body[j:c]
		if !isNameToken(surname) || isTitleish(surname) || taken[speakerNameKey(surname)] != nil {
			continue
		}
		given, _, stopped := givenNames(body, j)
		if !stopped {
			continue
		}
		n := joinGivenNames(given, surname)
		if name != "" && !strings.HasSuffix(n, lastNameOf(name)) && !strings.HasSuffix(name, lastNameOf(n)) {
			return "", ""
		}
		if len(n) > len(name) || len(n) == len(name) && len(t) > len(full) {
			name, full = n, t
		}
	}
	return name, full
}

// nextSpaceToken returns the token after the single space at body[j], and
// where it ends; "" at a line's end.
func nextSpaceToken(body string, j int) (string, int) {
	if j >= len(body) || body[j] != ' ' {
		return "", j
	}
	a := j + 1
	b := a
	for b < len(body) && body[b] != ' ' && body[b] != '\n' {
		b++
	}
	return body[a:b], b
}

// lastNameOf returns the last word of name.
func lastNameOf(name string) string {
	if k := strings.LastIndexByte(name, ' '); k >= 0 {
		return name[k+1:]
	}
	return name
}

// turnEditDistance is the edit distance between a and b in runes, counting a
// swap of two neighbouring letters as one edit ("TRUPM" → "TRUMP").
func turnEditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 64
	}
	w := len(rb) + 1
	d := make([]int, (len(ra)+1)*w)
	for j := 0; j <= len(rb); j++ {
		d[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		d[i*w] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			v := min(d[(i-1)*w+j-1]+c, d[(i-1)*w+j]+1, d[i*w+j-1]+1)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, d[(i-2)*w+j-2]+1)
			}
			d[i*w+j] = v
		}
	}
	return d[len(ra)*w+len(rb)]
}

// classifyTurns fills each turn's speaker, role and kind.
func classifyTurns(turns []Turn, owners []int, labels []turnLabel, sp map[string]*turnSpeaker) {
	// Speakers who mostly ask: named people without an office whose turns
	// end in questions (interviewers, reporters, members of parliament).
	asks := map[*turnSpeaker][2]int{}
	for i, t := range turns {
		s := sp[labels[owners[i]].key]
		c := asks[s]
		c[1]++
		if turnAsksQuestion(t.Text) {
			c[0]++
		}
		asks[s] = c
	}
	// Members of a parliament: a label of theirs gives a constituency or a
	// party and no title.
	members, titled := map[*turnSpeaker]bool{}, map[*turnSpeaker]bool{}
	for _, o := range owners {
		lb := &labels[o]
		if lb.parl.member {
			members[sp[lb.key]] = true
		}
		if lb.role != "" {
			titled[sp[lb.key]] = true
		}
	}
	for s := range titled {
		delete(members, s) // a minister, whatever the party
	}
	for i := range turns {
		lb := &labels[owners[i]]
		s := sp[lb.key]
		t := &turns[i]
		t.Speaker, t.Role = s.name, s.role
		switch {
		case s.gen == genQuestion:
			t.Kind = TurnQuestion
		case s.gen == genAnswer:
			t.Kind = TurnAnswer
		case lb.parl.numbered:
			// A tabled question: "Q1. [901234] Mr X", "Q12 Chair:".
			t.Kind = TurnQuestion
		case lb.parl.chair:
			// The Speaker calls and keeps order; the chair answers nobody.
			t.Kind = TurnRemarks
		case members[s] && turnAsksQuestion(t.Text):
			// A Member putting a question to the minister.
			t.Kind = TurnQuestion
		case s.gen == genNone && !titled[s] && s.name != "" && strings.HasPrefix(t.Text, "To ask "):
			// A parliamentary question as tabled: "To ask His Majesty's
			// Government what steps they are taking…".
			t.Kind = TurnQuestion
		case s.gen == genOther && s.name == "" && isNumberedSpeaker(s.role) && turnAsksQuestion(t.Text):
			// "Speaker 2" of a recording: someone unnamed asking.
			t.Kind = TurnQuestion
		case s.gen == genNone && !s.official && s.name != "" && turnAsksQuestion(t.Text) && asks[s][0]*2 >= asks[s][1]:
			t.Kind = TurnQuestion
		case s.gen == genNone && !s.official && !s.honorific && s.name != "" && i > 0 && sp[labels[owners[i-1]].key].gen == genModerator:
			// A journalist the moderator gave the floor to.
			t.Kind = TurnQuestion
		case prevQuestion(turns, owners, labels, i) && (s.gen == genNone ||
			s.gen == genOther && s.name == "" && isNumberedSpeaker(s.role) && sp[labels[owners[i-1]].key] != s):
			// The reply to the question before, the chair's calls between
			// left aside; an unnamed "Speaker 2" answers "Speaker 1".
			t.Kind = TurnAnswer
		default:
			t.Kind = TurnRemarks
		}
	}
}

// prevQuestion reports whether the turn before turns[i] is a question, the
// chair's calls ("Order.") and the House's interjections ("Hon. Members:
// Hear, hear!") left aside.
func prevQuestion(turns []Turn, owners []int, labels []turnLabel, i int) bool {
	for j := i - 1; j >= 0; j-- {
		lb := &labels[owners[j]]
		if turns[j].Kind != TurnQuestion && (lb.parl.chair || lb.gen == genOther && lb.name == "" && !isNumberedSpeaker(lb.role)) {
			continue
		}
		return turns[j].Kind == TurnQuestion
	}
	return false
}

// isNumberedSpeaker reports whether a role is a recording's unnamed "Speaker
// 1", "Participant 2".
func isNumberedSpeaker(role string) bool {
	k := strings.LastIndexByte(role, ' ')
	return k > 0 && isShortNumber(role[k+1:])
}

// turnAsksQuestion reports whether a turn puts a question: a question mark in
// its last paragraph, or in its last sentence of any length.
func turnAsksQuestion(text string) bool {
	last := text
	if k := strings.LastIndex(text, "\n"); k >= 0 {
		last = text[k+1:]
	}
	return strings.IndexByte(last, '?') >= 0
}

// speechLike reports whether a page without labels is one speaker's
// address: first- and second-person words outside quotation marks
// outnumber the reporting words of a news story, and the speaker says "I"
// or "you".
//
// A delivery note ("(As delivered)", "(Check against delivery)", "As
// prepared for delivery") marks an address: then the first person need
// only hold its own against the reporting words.
func speechLike(body string, paras []turnPara) bool {
	var v turnVoice
	delivery := false
	for _, p := range paras {
		s := body[p.start:p.end]
		if !delivery && len(s) < 60 && isDeliveryNote(s) {
			delivery = true
		}
		v.count(s)
	}
	if delivery {
		return v.words >= 20 && v.person > 0 && v.person >= v.report
	}
	// "I" and "you" make an address; "we" alone is an institution's
	// statement ("We call on Russia to…"), a release.
	return v.words >= 60 && v.person*40 >= v.words && v.person >= 3*v.report && v.singular >= 2
}

// isDeliveryNote recognises the notes that head a speech's text.
func isDeliveryNote(s string) bool {
	t := strings.Trim(s, "()[]*_ .")
	for _, n := range [...]string{"as delivered", "check against delivery", "as prepared for delivery",
		"as prepared", "prepared remarks", "speech as delivered", "embargoed until delivery"} {
		if strings.EqualFold(t, n) {
			return true
		}
	}
	return false
}

// turnVoice counts the words of a text outside quotation marks, the first- and
// second-person ones among them, and those that report someone else's acts
// ("said", "he", "their").
type turnVoice struct{ words, person, report, singular int }

// count adds one paragraph; quotation marks do not carry across paragraphs.
func (v *turnVoice) count(s string) {
	inQuote := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '“', '«':
			inQuote = true
			i += n
			continue
		case '”', '»':
			inQuote = false
			i += n
			continue
		case '"':
			inQuote = !inQuote
			i += n
			continue
		}
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		ws, we := nextTurnWord(s, i)
		if ws < 0 {
			break
		}
		i = we
		if inQuote {
			continue
		}
		v.words++
		w := s[ws:we]
		if k := strings.IndexAny(w, "'’"); k > 0 {
			w = w[:k]
		}
		switch w {
		case "I", "me", "my", "My", "myself", "you", "You", "your", "Your":
			v.person++
			v.singular++
		case "we", "We", "us", "our", "Our", "ourselves":
			v.person++
		case "said", "says", "told", "added", "stated", "according", "noted", "stressed", "emphasised", "emphasized", "underlined", "welcomed", "discussed", "met", "visited", "He", "She", "he", "she", "his", "her":
			v.report++
		}
	}
}

// TurnsBy returns the turns of the speaker whose name is speaker, compared
// ignoring case, and matching a surname against the full name ("Blinken"
// finds the turns of "Antony J. Blinken"). The turns share their text with
// d.Body.
func (d *Document) TurnsBy(turnSpeaker string) []Turn {
	turnSpeaker = strings.TrimSpace(turnSpeaker)
	if turnSpeaker == "" {
		return nil
	}
	var out []Turn
	for _, t := range d.Turns {
		if sameSpeakerName(t.Speaker, turnSpeaker) {
			out = append(out, t)
		}
	}
	return out
}

// Exchanges yields each question of a transcript with the turns that answer
// it: the named speakers' turns after the question, up to the next question
// (moderator cues, which have no speaker, are left out). A question nobody
// answers is yielded with no turns.
func (d *Document) Exchanges() iter.Seq2[Turn, []Turn] {
	return func(yield func(Turn, []Turn) bool) {
		for i := 0; i < len(d.Turns); i++ {
			q := d.Turns[i]
			if q.Kind != TurnQuestion {
				continue
			}
			var answers []Turn
			j := i + 1
			for ; j < len(d.Turns) && d.Turns[j].Kind != TurnQuestion; j++ {
				if d.Turns[j].Speaker != "" {
					answers = append(answers, d.Turns[j])
				}
			}
			if !yield(q, answers) {
				return
			}
			i = j - 1
		}
	}
}

// sameSpeakerName reports whether two names are one person's: equal ignoring
// case, or one the other's last words ("Blinken", "Antony J. Blinken").
func sameSpeakerName(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSpace(a)), strings.ToLower(strings.TrimSpace(b))
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	return strings.HasSuffix(a, " "+b) || strings.HasSuffix(b, " "+a)
}

// Word tables, read-only.
var (
	// titleHeads are the words that make a title.
	titleHeads = turnWordSet("president", "minister", "secretary", "general", "secretary-general", "chancellor",
		"ambassador", "spokesperson", "spokesman", "spokeswoman", "director", "director-general",
		"commissioner", "representative", "envoy", "advisor", "adviser", "chair", "chairman",
		"chairwoman", "chairperson", "governor", "senator", "congressman", "congresswoman",
		"admiral", "commander", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan",
		"premier", "mayor", "attorney", "justice", "judge", "coordinator", "administrator",
		"counsellor", "counselor", "seal", "taoiseach", "tánaiste", "pope", "speaker", "leader", "chief",
		"officer", "colonel", "lieutenant", "captain", "sergeant", "marshal", "president-elect",
		"vice-president", "rapporteur", "ombudsman", "governor-general", "minister-president",
		"diplomat", "consul", "chargé", "attaché", "undersecretary", "under-secretary", "official", "pm", "vp", "fm", "sg", "potus")
	// titleMods qualify a title: "Vice President", "Foreign Minister".
	titleMods = turnWordSet("vice", "prime", "deputy", "under", "assistant", "acting", "foreign", "defence",
		"defense", "high", "special", "national", "security", "first", "executive", "senior",
		"principal", "permanent", "press", "interior", "finance", "trade", "federal", "supreme",
		"allied", "military", "associate", "minority", "majority", "ranking", "lead", "former",
		"chief", "joint", "staff", "economic", "home", "state", "top", "crown", "grand", "royal",
		"parliamentary", "solicitor", "shadow", "leader", "privy")
	// turnHonorifics come before names.
	turnHonorifics = turnWordSet("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "madam",
		"madame", "mme", "herr", "frau", "hon", "rt", "prof", "professor", "rev", "reverend", "sen",
		"rep", "gov", "amb", "gen", "adm", "col", "lt", "capt", "sgt", "he", "excellency", "mister",
		"monsieur", "señor", "senor", "don", "dona", "doña",
		// abbreviated titles: "SEC. AUSTIN", "PRES. BIDEN"
		"sec", "secy", "pres", "dep", "asst", "maj", "cmdr", "supt",
		"shri", "smt", "sri")
	// turnConnectors join the words of titles.
	turnConnectors = turnWordSet("of", "for", "and", "the", "to", "on", "in", "at", "&")
	// nameParticles join the words of names.
	nameParticles = turnWordSet("von", "van", "der", "den", "de", "du", "da", "di", "dos", "das", "del", "la",
		"le", "al", "bin", "ibn", "ben", "ter", "zu", "y", "el")
	// titleComplements follow "of" and "for" in titles.
	titleComplements = turnWordSet("state", "states", "defence", "defense", "affairs", "foreign", "treasury",
		"interior", "justice", "finance", "republic", "federation", "kingdom", "union", "nations",
		"emirates", "commission", "council", "parliament", "assembly", "office", "department",
		"ministry", "government", "organization", "organisation", "alliance", "forces", "staff",
		"policy", "security", "cooperation", "development", "trade", "relations", "health",
		"energy", "commonwealth", "economy", "agriculture", "education", "transport",
		"environment", "home", "europe", "european", "international", "affair", "general",
		"committee", "command", "house", "senate", "congress", "delegation", "mission",
		"headquarters", "army", "navy", "staffs", "information", "communications", "public",
		"administration")
	// titleAcronyms of organisations and countries in titles.
	titleAcronyms = turnWordSet("PM", "VP", "FM", "SG", "POTUS", "NATO", "EU", "UN", "US", "U.S.", "USA", "UK", "U.K.", "OSCE", "G7", "G20",
		"OECD", "IMF", "AU", "ASEAN", "OAS", "NSC", "CIA", "FBI", "DOD", "USAID", "SACEUR", "UNHCR",
		"WHO", "WTO", "IAEA", "ICC", "NAC", "EEAS", "DHS", "DOJ", "DOS", "USTR", "OPEC", "CEO", "UAE")
	// labelStopNames are capitalised words that are never a lone speaker name.
	labelStopNames = turnWordSet("note", "notes", "update", "updated", "background", "summary", "source",
		"sources", "contact", "contacts", "photo", "photos", "video", "audio", "date", "time",
		"location", "venue", "place", "topic", "topics", "tags", "subject", "agenda", "programme",
		"program", "title", "author", "by", "related", "read", "watch", "listen", "download",
		"see", "also", "first", "second", "third", "fourth", "finally", "today", "yesterday",
		"tomorrow", "transcript", "statement", "declaration", "communique", "communiqué",
		"annex", "article", "chapter", "section", "part", "figure", "table", "step", "phase",
		"day", "session", "panel", "editor", "editors", "warning", "disclaimer", "caption",
		"credit", "credits", "copyright", "email", "phone", "tel", "fax", "web", "website",
		"address", "link", "links", "share", "print", "keywords", "key", "facts", "highlights",
		"q", "a", "welcome", "ukraine", "russia", "europe", "nato", "and", "but", "so", "yes", "no",
		"fact", "sheet", "readout", "advisory", "release", "breaking", "live", "exclusive",
		"opinion", "analysis", "notice", "announcement", "alert", "bulletin", "factsheet",
		"news", "story", "report", "feature", "interview", "remarks", "speech", "briefing",
		"conference", "visit", "trip", "travel", "schedule", "guidance", "event", "events",
		"summit", "meeting", "keynote", "resources", "overview", "introduction", "conclusion",
		"question", "answer", "topic", "issue", "issues", "results", "result", "deals",
		"new", "top", "latest", "update", "updates",
		// forms of address: "Ladies and Gentlemen:", "Dear friends:"
		"ladies", "gentlemen", "friends", "colleagues", "excellencies", "everyone", "everybody",
		"distinguished", "guests", "citizens", "compatriots", "fellow", "americans")
	// roleAbbreviations spell out the titles labels abbreviate.
	roleAbbreviations = map[string]string{"pm": "Prime Minister", "vp": "Vice President",
		"fm": "Foreign Minister", "sg": "Secretary General", "potus": "President"}
	// peerRanks open a peer's style.
	peerRanks = turnWordSet("lord", "baroness", "lady", "viscount", "viscountess", "earl", "countess",
		"marquess", "marchioness", "duke", "duchess", "bishop", "archbishop")
	// peerNotNames follow "Lord" in offices, not in peers' styles.
	peerNotNames = turnWordSet("privy", "advocate", "chamberlain", "speaker", "mayor", "lieutenant", "chief",
		"high", "great", "steward", "protector", "provost", "rector", "bishop", "of")
	// parlChairRoles are the presiding officers of parliaments.
	parlChairRoles = turnWordSet("speaker", "deputy speaker", "lord speaker", "deputy lord speaker",
		"principal deputy speaker", "chair", "chairman", "chairwoman", "deputy chairman", "deputy chair",
		"chairman of ways and means", "first deputy chairman of ways and means",
		"second deputy chairman of ways and means", "speaker-elect", "presiding officer",
		"deputy presiding officer", "ceann comhairle", "leas-cheann comhairle", "cathaoirleach")
	// parlChairFirst open the titles of parlChairRoles.
	parlChairFirst = turnWordSet("speaker", "deputy", "chair", "chairman", "chairwoman", "principal", "first",
		"second", "presiding", "ceann", "leas-cheann", "cathaoirleach", "speaker-elect")
	// parlParties are the party groups of Westminster labels.
	parlParties = turnWordSet("lab", "con", "ld", "lib dem", "snp", "dup", "pc", "sdlp", "uup", "sf", "ind",
		"green", "grn", "alliance", "apni", "alba", "reform", "reform uk", "ruk", "lab/co-op", "lab co-op",
		"labour", "conservative", "liberal democrat", "cb", "crossbench", "non-afl", "non-affiliated",
		"bp", "bshp", "ukip", "tuv", "ind con", "ind lab", "independent", "speaker", "co-op", "plaid cymru",
		// Canada's House of Commons
		"cpc", "lib", "ndp", "bq", "gp")
	// nameSuffixes end names: "Jr.", "III".
	nameSuffixes = turnWordSet("jr", "sr", "ii", "iii", "iv")
	// genericLabelRoles name a part, not a person.
	genericLabelRoles = map[string]genericRole{
		"question": genQuestion, "questions": genQuestion, "q": genQuestion,
		"audience question": genQuestion, "question from the audience": genQuestion,
		"reporter": genQuestion, "journalist": genQuestion, "participant": genQuestion,
		"audience member": genQuestion, "questioner": genQuestion, "interviewer": genQuestion,
		"unidentified reporter": genQuestion, "press": genQuestion, "media": genQuestion,
		"answer": genAnswer, "a": genAnswer, "response": genAnswer, "reply": genAnswer,
		"remark": genOther, "comment": genOther,
		"moderator": genModerator, "the moderator": genModerator, "host": genModerator,
		"operator": genModerator, "master of ceremonies": genModerator, "mc": genModerator,
		"announcer": genModerator, "facilitator": genModerator, "presenter": genModerator,
		"interpreter": genOther, "translator": genOther, "interpretation": genOther,
		"hon members": genOther, "several hon members": genOther, "an hon member": genOther,
		"hon member": genOther, "members": genOther, "audience": genOther, "crowd": genOther,
		"staff": genOther, "aide": genOther, "narrator": genOther, "voice": genOther,
		"participants": genOther, "students": genOther,
		"correspondent": genQuestion, "unidentified participant": genQuestion,
		"unidentified speaker": genOther, "unidentified male": genOther, "unidentified female": genOther,
		"male speaker": genOther, "female speaker": genOther, "off-mic": genOther,
		"unknown speaker": genOther, "unknown male": genOther, "unknown female": genOther,
		"journaliste": genQuestion, "réponse": genAnswer, "modérateur": genModerator,
		"modératrice": genModerator, "animateur": genModerator, "animatrice": genModerator,
	}
)

// turnWordSet builds a read-only word set.
func turnWordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
