package turns

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
)

// This file finds the label candidates, paragraph by paragraph: question
// numbers, recording time stamps, parliamentary own-line labels and the memo
// that reads each distinct paragraph head once.

// findTurnLabels returns the label candidates, one at most per paragraph.
//
// stops lists the paragraphs of labels dropped because they label nothing
// (an own-line label right above another): no turn, but they end the turn
// before them.
func findTurnLabels(body string, paras []turnPara) (out []turnLabel, stops []int) {
	memo := labelMemo{}
	shared := map[labelInfo]*labelInfo{}
	openers := capsOpeners(body, paras)
	reported := reportedRecord(body, paras)
	minutes := !reported && minutesRecord(body, paras)
	var answerer labelParse // whom the last question's heading asked, when asked
	asked := false
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
		var lp labelParse
		ok := false
		if reported {
			// (before the other styles: "Hon. PROV. SEC. said" is no
			// label closed by a full stop)
			lp, ok = reportedLabel(s, memo)
		}
		if minutes {
			lp, ok = minutesLabel(s, memo)
		}
		if !ok {
			var to labelParse
			if lp, to, ok = questionTo(s, memo); ok {
				answerer, asked = to, true
			}
		}
		if !ok {
			lp, ok = paragraphLabel(s, memo)
			if ok && lp.gen == genAnswer && lp.ownLine && asked {
				// "ANSWER" under a question's heading: the one it was put to
				lp = answerer
				lp.ownLine, lp.textStart = true, 0
				asked = false
			}
		}
		if !ok && openers != nil {
			lp, ok = openerLabel(s, openers, memo)
		}
		if ok && lp.gen == genQuestion && !lp.ownLine && lp.name == "" && lp.textStart < len(s) {
			// "Q: (Jane Roe – Daily Courier) Two-fold question …": who asks
			if name, role, n := bracketAsker(s[lp.textStart:]); n > 0 {
				ws := strings.Fields(name)
				lp.name, lp.surname, lp.nameWords, lp.role = name, ws[len(ws)-1], len(ws), role
				lp.key = "gen:question|" + strings.ToLower(name)
				lp.textStart += n
			}
		}
		if ok {
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

// questionTo reads a question's own-line heading as a house's record prints
// it: "Mr ROE question to MINISTER for SPORT, Ms DOE". The member who asks
// is the label of the question under it; to is the one it is put to, who
// answers under an own-line "ANSWER".
func questionTo(s string, memo labelMemo) (asker, to labelParse, ok bool) {
	if len(s) > 200 {
		return labelParse{}, labelParse{}, false
	}
	k := strings.Index(s, " question to ")
	if k <= 0 || k > 60 {
		return labelParse{}, labelParse{}, false
	}
	head := s[:k]
	if !plausibleHead(head) {
		return labelParse{}, labelParse{}, false
	}
	asker, ok = memo.parse(head)
	if !ok || asker.name == "" || asker.gen != genNone || !asker.honorific && asker.nameWords < 2 {
		return labelParse{}, labelParse{}, false
	}
	// the one asked: the name after the office ("MINISTER for SPORT, Ms
	// DOE"), else the office ("PREMIER")
	rest := strings.TrimSpace(s[k+len(" question to "):])
	if c := strings.LastIndex(rest, ", "); c >= 0 {
		rest = rest[c+2:]
	}
	if rest == "" || !plausibleHead(rest) {
		return labelParse{}, labelParse{}, false
	}
	if to, ok = memo.parse(rest); !ok || to.gen != genNone {
		return labelParse{}, labelParse{}, false
	}
	to.class = classColon
	asker.class, asker.ownLine, asker.parl.member = classColon, true, true
	asker.putTo = to.key
	return asker, to, true
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

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// stampLabel recognises a label that a recording's time stamp closes:
// "Dmitry Peskov (09:51):" before the words or alone, "Speaker 1
// [00:10:08]" or the bare "Speaker 1  0:03" alone on its line.
func stampLabel(s string, memo labelMemo) (labelParse, bool) {
	if lb, ok := linkedStampLabel(s, memo); ok {
		return lb, true
	}
	if len(s) > 120 || strings.IndexByte(s, ':') < 0 {
		return labelParse{}, false
	}
	var head, rest string
	if k := strings.IndexAny(s, "(["); k > 0 {
		n := block.RecordingStamp(s[k:])
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
		if k <= 0 || block.ClockDigits(s[k+1:]) != len(s)-k-1 {
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

// linkedStampLabel recognises a label closed by a recording's time stamp
// that links to the moment in the recording, as machine transcripts of
// meetings print them: "Jane Roe (Mayor) [22:39](https://youtu.be/…&t=1359)",
// alone on its line or before the words (a reader joined the lines).
func linkedStampLabel(s string, memo labelMemo) (labelParse, bool) {
	o, end := block.LinkedStamp(s)
	if o < 0 {
		return labelParse{}, false
	}
	head := strings.TrimRight(s[:o], " \u00a0\u202f")
	if head == "" || !plausibleHead(head) || strings.IndexByte(head, ':') >= 0 {
		return labelParse{}, false
	}
	lb, ok := memo.parse(head)
	if !ok {
		return labelParse{}, false
	}
	lb.class = classColon
	if words := turnTrimLeft(strings.TrimPrefix(s[end:], ":")); words == "" {
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
	head, _ = proTempore(labelMain(head))
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
			// ("Some hon. members", "An hon. member": the House's
			// interjection, as Canada's Commons prints it)
			if !turnConnectors[lw] && !nameParticles[lw] && lw != "hon" && lw != "members" && lw != "member" {
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

// capsOpeners returns the names that a transcript without colons prints in
// capitals at the start of its turns ("GUYON Thank you for joining us",
// "METIRIA Well, let's go back"): words of capital letters that open three
// paragraphs or more, each written elsewhere in the page as a name is
// ("Guyon Espiner"), two of them at least, together opening a fifth of the
// paragraphs; nil when the page has none.
func capsOpeners(body string, paras []turnPara) map[string]bool {
	if len(paras) < 6 {
		return nil
	}
	count := map[string]int{}
	for _, p := range paras {
		if w := capsOpener(body[p.start:p.end]); w != "" {
			count[w]++
		}
	}
	var out map[string]bool
	total := 0
	for w, n := range count {
		if n < 3 || !strings.Contains(body, turnTitleCase(w)) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[w] = true
		total += n
	}
	if len(out) < 2 || total*5 < len(paras) {
		return nil
	}
	return out
}

// capsOpener returns the word of three capital letters or more that opens
// s before a space and a capitalised word, or "".
func capsOpener(s string) string {
	i := 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	if i < 3 || i+2 > len(s) || s[i] != ' ' {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(s[i+1:]); !unicode.IsUpper(r) {
		return ""
	}
	if j := strings.IndexByte(s[i+1:], ' '); j > 1 && turnAllCaps(s[i+1:i+1+j]) || j < 0 && turnAllCaps(s[i+1:]) {
		return "" // a name in capitals goes on: "METIRIA TUREI interviewed by"
	}
	return s[:i]
}

// openerLabel reads the label of a paragraph that opens with one of the
// page's capitals openers.
func openerLabel(s string, openers map[string]bool, memo labelMemo) (labelParse, bool) {
	w := capsOpener(s)
	if w == "" || !openers[w] {
		return labelParse{}, false
	}
	lb, ok := memo.parse(w)
	if !ok || lb.name == "" || lb.gen != genNone {
		return labelParse{}, false
	}
	lb.class, lb.strong, lb.textStart = classColon, true, len(w)+1
	return lb, true
}

// bracketAsker reads the questioner a question's words open with, in
// brackets: "(Jane Roe – Daily Courier) ", "(Jane Roe, Courier) ". It
// returns the name, the outlet and the bytes to skip; 0 when s opens with
// no such bracket.
func bracketAsker(s string) (string, string, int) {
	if !strings.HasPrefix(s, "(") {
		return "", "", 0
	}
	k := strings.IndexByte(s, ')')
	if k < 4 || k > 80 {
		return "", "", 0
	}
	inner := s[1:k]
	name, outlet := inner, ""
	for _, sep := range [...]string{" – ", " — ", " - ", ", "} {
		if i := strings.Index(inner, sep); i > 0 {
			name, outlet = inner[:i], strings.TrimSpace(inner[i+len(sep):])
			break
		}
	}
	n, ok := plainName(strings.TrimSpace(name))
	if !ok {
		return "", "", 0
	}
	return n, outlet, k + 1 + len(s[k+1:]) - len(strings.TrimLeft(s[k+1:], " "))
}

// reportedHead returns the length of the member's name that opens a
// paragraph of a record in reported speech, an honorific and a name or an
// office in capitals before a verb in lower case ("Mr. LOCKE called the
// attention of …", "Hon. PROV. SEC. said that …", "Hon. Mr. ARCHIBALD
// moved …"), and where the verb starts; 0 when s does not open so.
func reportedHead(s string) (head, verb int) {
	i, hon := 0, 0
	for hon < 2 {
		j := i
		for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
			j++
		}
		if j == i || !turnHonorifics[strings.ToLower(s[i:j])] || s[i] < 'A' || s[i] > 'Z' || turnAllCaps(s[i:j]) && j-i > 3 {
			break
		}
		if j < len(s) && s[j] == '.' {
			j++
		}
		if j >= len(s) || s[j] != ' ' {
			return 0, 0
		}
		i, hon = j+1, hon+1
	}
	if hon == 0 {
		return 0, 0
	}
	caps := 0
	for i < len(s) && caps < 4 {
		j := i
		for j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] == '\'' || s[j] == '-') {
			j++
		}
		if j-i < 2 {
			break
		}
		if j < len(s) && s[j] == '.' {
			j++
		}
		if j >= len(s) || s[j] != ' ' {
			return 0, 0
		}
		i, caps = j+1, caps+1
		if i < len(s) && s[i] >= 'a' && s[i] <= 'z' {
			if strings.HasPrefix(s[i:], "question to ") {
				return 0, 0 // a question's heading, "Mr ROE question to PREMIER", says nothing
			}
			return i - 1, i
		}
	}
	return 0, 0
}

// reportedRecord reports a record in reported speech: three paragraphs or
// more open with a member's name in capitals before a verb, under two
// names at least.
func reportedRecord(body string, paras []turnPara) bool {
	if len(paras) < 4 {
		return false
	}
	n, first, second := 0, "", ""
	for _, p := range paras {
		s := body[p.start:p.end]
		h, _ := reportedHead(s)
		if h == 0 {
			continue
		}
		n++
		switch {
		case first == "":
			first = s[:h]
		case s[:h] != first:
			second = s[:h]
		}
	}
	return n >= 3 && second != ""
}

// reportedLabel reads the member's name of a paragraph of a record in
// reported speech; the turn's words start at the verb. An office the
// label parser does not know ("Hon. PROV. SEC.") is the speaker as written,
// in title case.
func reportedLabel(s string, memo labelMemo) (labelParse, bool) {
	h, v := reportedHead(s)
	if h == 0 {
		return labelParse{}, false
	}
	lb, ok := memo.parse(s[:h])
	if !ok || lb.gen != genNone {
		words := strings.Fields(s[:h])
		for len(words) > 1 && turnHonorifics[strings.ToLower(strings.TrimSuffix(words[0], "."))] && !turnAllCaps(words[0]) {
			words = words[1:]
		}
		for k, w := range words {
			words[k] = turnTitleCase(w)
		}
		name := strings.Join(words, " ")
		lb = labelParse{}
		lb.name, lb.surname, lb.nameWords, lb.honorific = name, words[len(words)-1], len(words), true
		lb.key = speakerNameKey(name)
	}
	if lb.name == "" {
		return labelParse{}, false
	}
	lb.class, lb.strong, lb.textStart = classColon, true, v
	return lb, true
}
