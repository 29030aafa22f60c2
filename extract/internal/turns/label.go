package turns

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/internal/tables"
	"github.com/communique/communique/internal/text"
)

// This file holds the paragraph scanner: which shapes of label may open a
// paragraph (colon labels, "Q", own-line roles, "Name, Title" lines).

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
	if n := block.RecordingStamp(s); n > 0 {
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
	// Markdown and reStructuredText emphasis around the label: "**Name**:
	// text", "__Name__: text", "**Q:** text".
	if lb, ok := markupLabel(s, memo); ok {
		return lb, true
	}
	// A label in square brackets: "[Member Jane Roe]: text", a
	// transcription service's style.
	if lb, ok := bracketLabel(s, memo); ok {
		return lb, true
	}
	// A Markdown heading that is a label alone on its line: "### Jane
	// Roe:", "## Interviewer:".
	if n := block.HeadingMarks(s); n > 0 {
		lb, ok := paragraphLabel(s[n:], memo)
		if !ok || !lb.ownLine || lb.class != classColon && lb.class != classGeneric {
			return labelParse{}, false
		}
		return lb, true
	}
	c := s[0]
	if c < utf8.RuneSelf && !('A' <= c && c <= 'Z') && c != '[' && c != '(' {
		return labelParse{}, false // labels start with a capital letter
	}
	if c == '(' {
		// A label in round brackets alone on its line, as the Prime
		// Minister's Office of Japan prints them: "(Reporter)", "(Prime
		// Minister Jane Roe)"; notes are none: "(As delivered)",
		// "(Applause)".
		if lb, ok := bracketOwnLine(s, memo); ok {
			return lb, true
		}
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
	// A written question's heading: "HON. J. ROE asked the Government,
	// upon notice:" over the question.
	if lb, ok := askedUponNotice(s, memo); ok {
		return lb, true
	}
	// An oral question as the Commons record it: "Mr. Roe asked the
	// Secretary of State for Commonwealth Relations what …".
	if lb, ok := askedTabled(s, memo); ok {
		return lb, true
	}
	// Labels in capitals closed by a full stop and a dash: "HON. J. ROE.-".
	if lb, ok := dashLabel(s, memo); ok {
		return lb, true
	}
	// A courtesy title and a name in capitals closed by a dash:
	// "Mr JANE ROE - Thank you", "Mr JOHN DOE JNR- Thank you".
	if lb, ok := honorificDashLabel(s, memo); ok {
		return lb, true
	}
	// Colon labels.
	limit := min(len(s), 200)
	if k := colonOutsideBrackets(s[:limit]); k > 0 {
		head := strings.TrimRight(s[:k], " \u00a0\u202f")
		// "HON. J. ROE.:": a full stop before the colon closes the label
		if t := strings.TrimSuffix(head, "."); len(t) < len(head) && turnAllCaps(t) && !isNameInitial(t[strings.LastIndexByte(t, ' ')+1:]+".") {
			head = t
		}
		rest := s[k+1:]
		// "Dmitry Peskov: (09:51)", "Dmitry Peskov: 09:51" alone: the time
		// stamp is not the words.
		if r := turnTrimLeft(rest); r != "" {
			if n := block.RecordingStamp(r); n > 0 {
				rest = " " + turnTrimLeft(r[n:])
			} else if isDigit(r[0]) && block.ClockDigits(r) == len(r) {
				rest = ""
			}
		}
		// Not "12:30", "https://", "Note:5"; but a titled label run into
		// its words ("SECRETARY BLINKEN:Well") is one.
		glued := len(rest) > 0 && !turnStartsWithSpace(rest) && startsSentence(rest)
		if (len(rest) == 0 || turnStartsWithSpace(rest) || glued) && plausibleHead(head) {
			if lb, ok := memo.parse(head); ok && (!glued || lb.strong && (lb.caps || lb.gen != genNone)) {
				lb.class = classColon
				off := len(s) - len(trimLabelDash(turnTrimLeft(rest)))
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
	// An own-line title and name in capitals without a colon ("MINISTER
	// JANE ROE", "PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR"): like a bare
	// name, a label only beside question labels, as the page judge decides.
	if len(s) <= 80 && turnAllCaps(s) && !strings.ContainsAny(s, ".:?!,;\"()") && strings.Count(s, " ") >= 1 {
		if lb, ok := memo.parse(s); ok && lb.name != "" && lb.gen == genNone {
			lb.class, lb.ownLine, lb.textStart = classBare, true, 0
			return lb, true
		}
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
	// "PRESIDENT TRUMP. Thank you": a full stop typed for the colon; "Mr.
	// Sherman. Thank you": a printed hearing's label.
	if len(s) > 2 && (turnUpperASCII(s[1]) || len(s) <= 60 && s[len(s)-1] == '.' || turnUpperASCII(s[0]) && strings.IndexByte(s[:min(len(s), 40)], '.') > 0) {
		if lb, ok := stopLabel(s); ok {
			return lb, true
		}
	}
	return labelParse{}, false
}

// markupLabel reads a colon label wrapped in emphasis marks: "**Jane
// Roe**: text", "__Q__: text", "**Q:** text". The label is read as if the
// marks were not there; the words start after them.
func markupLabel(s string, memo labelMemo) (labelParse, bool) {
	for _, m := range block.EmphasisMarks() {
		if len(s) <= 2*len(m) || s[:len(m)] != m {
			continue
		}
		if whole := s[len(m) : len(s)-len(m)]; strings.HasSuffix(s, m) && !strings.Contains(whole, m[:1]) {
			// the whole turn in emphasis, label and words: "**Q: Who is
			// the hunter?**", "**Bloomberg (Jane Roe): Can you tell us …?**"
			lb, ok := paragraphLabel(whole, memo)
			if ok && lb.class == classColon && !lb.ownLine {
				lb.textStart += len(m)
				return lb, true
			}
		}
		k := strings.Index(s[len(m):], m)
		if k <= 0 || k > 100 {
			return labelParse{}, false
		}
		inner := s[len(m) : len(m)+k]
		if strings.Contains(inner, m[:1]) {
			return labelParse{}, false
		}
		u := inner + s[len(m)+k+len(m):]
		lb, ok := paragraphLabel(u, memo)
		if !ok || lb.class != classColon && !(lb.class == classGeneric && lb.ownLine) {
			return labelParse{}, false
		}
		if !lb.ownLine {
			if lb.textStart < len(inner) {
				return labelParse{}, false
			}
			lb.textStart += 2 * len(m)
		}
		return lb, true
	}
	return labelParse{}, false
}

// bracketOwnLine reads a paragraph that is only a speaker's name, title or
// role in round brackets: "(Reporter)", "(Prime Minister Jane Roe)".
func bracketOwnLine(s string, memo labelMemo) (labelParse, bool) {
	if len(s) < 3 || len(s) > 80 || s[len(s)-1] != ')' {
		return labelParse{}, false
	}
	head := strings.TrimSpace(s[1 : len(s)-1])
	if head == "" || strings.ContainsAny(head, "()[]:.,;?!\"") || !plausibleHead(head) {
		return labelParse{}, false
	}
	lb, ok := memo.parse(head)
	if !ok || lb.name == "" && lb.gen == genNone {
		return labelParse{}, false
	}
	lb.class, lb.ownLine, lb.textStart = classColon, true, 0
	return lb, true
}

// bracketLabel reads a colon label whose name is in square brackets:
// "[Member Jane Roe]: text", "[Vice Chair John Doe]:", "[Unidentified]:",
// "[SPEAKER_02]:". The label is read as block.BracketLabel gives it.
func bracketLabel(s string, memo labelMemo) (labelParse, bool) {
	inner, colon := block.BracketLabel(s)
	if colon < 0 {
		return labelParse{}, false
	}
	lb, ok := paragraphLabel(inner+s[colon:], memo)
	if !ok || lb.class != classColon && !(lb.class == classGeneric && lb.ownLine) {
		return labelParse{}, false
	}
	if !lb.ownLine {
		if lb.textStart < len(inner) {
			return labelParse{}, false
		}
		lb.textStart += colon - len(inner)
	}
	return lb, true
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

// trimLabelDash drops a dash set after a label's colon, and the spaces
// after it: "MR. ROE: — Mr. Speaker" (as some houses print their labels).
func trimLabelDash(s string) string {
	for _, d := range [...]string{"\u2014", "\u2013"} {
		if r, ok := strings.CutPrefix(s, d); ok && (r == "" || r[0] == ' ') {
			return turnTrimLeft(r)
		}
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
	// "Q (AFP): …", "Q [Reuters]: …": the asker's outlet in brackets.
	if words != "" && (words[0] == '(' || words[0] == '[') {
		if k := strings.IndexByte(words, ':'); k > 0 && k < 60 && labelGroupsOnly(words[:k]) {
			words = turnTrimLeft(words[k+1:])
			if words == "" {
				lb.ownLine = true
				return lb, true
			}
		}
	}
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
		if strings.HasSuffix(main, ":") {
			// "QUESTION: [no microphone]": the note is the words.
			return genNone, "", false
		}
		if !labelGroupsOnly(s[k:]) {
			return genNone, "", false
		}
	}
	g, role := genericLookup(main)
	switch g {
	case genQuestion, genModerator, genAnswer:
		if strings.EqualFold(main, "a") || strings.EqualFold(main, "questions") {
			// a lone "A" is too weak on its own line; "QUESTIONS" alone
			// heads a house's question time
			return genNone, "", false
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

// askedUponNotice reads the heading of a question put in writing, as
// Hansards print it over the question or run into it: "HON. J. ROE asked
// the Government, upon notice:", "Senator Roe asked the Minister for
// Health, upon notice: Can the Minister …". The member is the label; the
// question is the turn.
func askedUponNotice(s string, memo labelMemo) (labelParse, bool) {
	n := noticeEnd(s)
	if n < 0 {
		return labelParse{}, false
	}
	k := strings.Index(s[:n], " asked ")
	if k <= 0 {
		return labelParse{}, false
	}
	head := s[:k]
	if !plausibleHead(head) {
		return labelParse{}, false
	}
	lb, ok := memo.parse(head)
	if !ok || lb.name == "" || lb.gen != genNone {
		return labelParse{}, false
	}
	// the one who asks in writing is a member of the house
	lb.class, lb.parl.member = classColon, true
	if words := turnTrimLeft(s[n:]); words == "" {
		lb.ownLine = true
	} else {
		lb.textStart = len(s) - len(words)
	}
	return lb, true
}

// askedTabled reads an oral question as a Hansard prints it, the member
// and "asked the" and the office asked, run into the question: "Mr. Roe
// asked the Secretary of State for Commonwealth Relations what steps he
// is taking …". The member is the label; the question, from "asked", the
// turn.
func askedTabled(s string, memo labelMemo) (labelParse, bool) {
	k := strings.Index(s[:min(len(s), 90)], " asked the ")
	if k <= 0 {
		return labelParse{}, false
	}
	// the office asked, in capitals: "the Secretary of State", "the Prime
	// Minister", "the Minister of Agriculture"
	rest := s[k+len(" asked the "):]
	if rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return labelParse{}, false
	}
	w := rest
	if e := strings.IndexAny(w, " ,"); e > 0 {
		w = w[:e]
	}
	if !askedOffices[strings.ToLower(w)] {
		return labelParse{}, false
	}
	head := s[:k]
	if !plausibleHead(head) || strings.Count(head, " ") > 5 {
		return labelParse{}, false
	}
	lb, ok := memo.parse(head)
	if !ok || lb.name == "" || lb.gen != genNone || !lb.honorific && lb.nameWords < 2 {
		return labelParse{}, false
	}
	// the one who asks is a member of the house
	lb.class, lb.parl.member = classColon, true
	lb.textStart = k + 1
	return lb, true
}

// noticeEnd returns the end of a written question's heading in the first
// 200 bytes of s: the end of "upon notice:" or "on notice:", or of a
// line of at most 200 bytes that a colon closes after "asked the" ("1.
// Ms F I Roe (ANC) asked the President of the Republic:"); -1 if none.
func noticeEnd(s string) int {
	// Both forms end with a colon: search the colons, a byte search, and
	// test for "on notice" before each, rather than fold-compare at every
	// byte; paragraphLabel asks this of every paragraph of every page. The
	// first colon so preceded is where text.IndexFold would find the
	// phrase first.
	head := s[:min(len(s), 200)]
	for c := 0; ; c++ {
		k := strings.IndexByte(head[c:], ':')
		if k < 0 {
			break
		}
		c += k
		if at := c + 1 - len("on notice:"); at >= 0 && text.HasPrefixFold(head[at:], "on notice:") {
			return c + 1
		}
	}
	if len(s) <= 200 && strings.HasSuffix(s, ":") && strings.Contains(s, " asked the ") {
		return len(s)
	}
	return -1
}

// dashes close a label in the Hansards that end it with a full stop and a
// dash: "HON. J. ROE.- Mr. Speaker, Sir, …", "MR. SPEAKER.- Order!".
var dashes = []string{".-", ".–", ".—"}

// dashLen returns the length of the full stop and dash at the start of s,
// or 0.
func dashLen(s string) int {
	for _, d := range dashes {
		if strings.HasPrefix(s, d) {
			return len(d)
		}
	}
	return 0
}

// dashLabel recognises a label in capitals closed by a full stop and a
// dash, before the words or alone: "HON. P. D. ROE.- Mr. Speaker, Sir",
// "MR. SPEAKER.-". The dash makes it a label as a colon does.
func dashLabel(s string, memo labelMemo) (labelParse, bool) {
	limit := min(len(s), 80)
	br := strings.Index(s[:limit], " (")
	if br > 0 && turnAllCaps(s[:br]) {
		// an office in brackets between the name and the dash: "HON.
		// F.S. ROE (Minister for Commerce, Trade and Transport).-"
		if e := strings.IndexByte(s[br:min(len(s), br+160)], ')'); e > 0 && dashLen(s[br+e+1:]) > 0 {
			limit = br + e + 2
		}
	}
	for i := 1; i < limit; i++ {
		if s[i] != '.' {
			continue
		}
		if br > 0 && br < i && s[i-1] != ')' {
			continue // a full stop inside the brackets
		}
		n := dashLen(s[i:])
		if n == 0 {
			continue
		}
		rest := s[i+n:]
		if rest != "" && !turnStartsWithSpace(rest) {
			return labelParse{}, false
		}
		head := s[:i]
		caps := head
		if k := strings.Index(head, " ("); k > 0 && strings.HasSuffix(head, ")") {
			caps = head[:k]
		}
		if !turnAllCaps(caps) || !plausibleHead(head) {
			return labelParse{}, false
		}
		lb, ok := memo.parse(head)
		if !ok || !lb.caps {
			return labelParse{}, false
		}
		if lb.role == "" && caps != head {
			lb.role = strings.TrimSpace(head[len(caps)+2 : len(head)-1]) // the office in brackets
		}
		return closedLabel(lb, s, rest), true
	}
	return labelParse{}, false
}

// closedLabel returns lb as a label that a mark closes, a colon's class,
// its words the rest of s after the mark (none: the label is alone on its
// line).
func closedLabel(lb labelParse, s, rest string) labelParse {
	lb.class = classColon
	if words := turnTrimLeft(rest); words == "" {
		lb.ownLine = true
	} else {
		lb.textStart = len(s) - len(words)
	}
	return lb
}

// honorificDashLabel recognises a label of a courtesy title and a name in
// capitals closed by a dash, with or without a space before it, as some
// parliaments print their records: "Mr JANE ROE - Thank you, Mr Speaker",
// "Mr JOHN DOE JNR- My question". The title in small letters and the name
// in capitals set it apart from prose that opens with a name and a dash.
func honorificDashLabel(s string, memo labelMemo) (labelParse, bool) {
	sp := strings.IndexByte(s, ' ')
	if sp < 2 || sp > 6 || !turnHonorifics[strings.ToLower(strings.TrimSuffix(s[:sp], "."))] && s[:sp] != "The" {
		// ("The SPEAKER - Order.": the article before an office in
		// capitals, as Tasmania's Hansard prints it)
		return labelParse{}, false
	}
	limit := min(len(s), 80)
	group := "" // the seat or office in brackets between the name and the dash
	for i := sp + 1; i < limit; i++ {
		if s[i] == '(' && i > sp+2 && s[i-1] == ' ' && strings.Count(group, "(") < 2 {
			// "Mr ROCKLIFF (Braddon - Premier) - Honourable Speaker", "Ms
			// RATTRAY (McIntyre - Leader …) (by leave) - Mr President": the
			// brackets' own dashes are no label's
			e := strings.IndexByte(s[i:min(len(s), i+160)], ')')
			if e < 0 {
				return labelParse{}, false
			}
			if group != "" {
				group += " "
			}
			group += s[i : i+e+1]
			limit = min(len(s), i+e+1+4)
			i += e
			continue
		}
		n := 0
		for _, d := range dashes {
			if strings.HasPrefix(s[i:], d[1:]) { // the dash without its full stop
				n = len(d) - 1
				break
			}
		}
		if n == 0 {
			continue
		}
		rest := s[i+n:]
		// (an en or em dash set close, as print sets it, before the words'
		// capital: "Mr. SMITH—Well then")
		closeDash := n > 1 && rest != "" && turnUpperASCII(rest[0]) && s[i-1] != ' '
		if rest != "" && !turnStartsWithSpace(rest) && !(s[i-1] == ' ' && turnUpperASCII(rest[0])) && !closeDash {
			continue // a hyphen inside the name: "Mr JOHN ROE-DOE -" (not "Mr ROE -No, in fact")
		}
		name := strings.TrimSuffix(s[sp+1:i], " ")
		if group != "" {
			name = strings.TrimSuffix(strings.TrimSuffix(name, group), " ")
			if k := strings.IndexByte(name, '('); k > 0 {
				name = strings.TrimSuffix(name[:k], " ")
			}
		}
		if strings.HasSuffix(name, " ") {
			return labelParse{}, false // a dash set apart: no label's
		}
		mixed := false
		core := name // (past a second honorific: "HON. Mr. TILLEY")
		if k := strings.IndexByte(core, ' '); k > 0 && turnHonorifics[strings.ToLower(strings.TrimSuffix(core[:k], "."))] {
			core = core[k+1:]
		}
		if !turnAllCaps(core) {
			// "Mr Willie - That's what you said.": an interjection as the
			// same record prints it, the name in small letters; a label
			// only beside labels in capitals (see judgeLabels)
			if group != "" || !capitalisedName(core) {
				return labelParse{}, false
			}
			mixed = true
		}
		if len(name) < 2 || !plausibleHead(s[:sp+1]+name) {
			return labelParse{}, false
		}
		head := s[:sp+1] + name
		if group != "" {
			// (the seat and the office as other houses print them:
			// "(Braddon—Premier)")
			head += " " + strings.Replace(group, " - ", "\u2014", 1)
		}
		lb, ok := memo.parse(head)
		if !ok {
			return labelParse{}, false
		}
		lb.parl.dash, lb.parl.dashMixed = !mixed, mixed
		return closedLabel(lb, s, rest), true
	}
	return labelParse{}, false
}

// capitalisedName reports a name of one to three words, each opening with a
// capital and holding no other mark than an apostrophe or a hyphen: "Willie",
// "O'Byrne", "Di Falco".
func capitalisedName(s string) bool {
	words := 0
	for w := range strings.SplitSeq(s, " ") {
		words++
		if w == "" || words > 3 || !turnUpperASCII(w[0]) {
			return false
		}
		for i := 1; i < len(w); i++ {
			if c := w[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c == '-') {
				return false
			}
		}
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
		if strings.Count(s[:i], "(") > strings.Count(s[:i], ")") {
			continue // "The SPEAKER pro tempore (Mr. Foley).": the name in brackets
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
		words := turnTrimLeft(s[i+1:])
		// "Chairman HAMILTON." alone on its line: a hearing's label, its
		// title in small letters and the surname in capitals
		mixed := words == "" && !turnAllCaps(head) && strings.LastIndexByte(head, ' ') > 0 && turnAllCaps(head[strings.LastIndexByte(head, ' ')+1:])
		// "Mr. Sherman. Thank you, Mr. Chairman.", "The Chairman. The
		// hearing will come to order.": the printed record of a hearing
		// closes a short label in small letters with a full stop
		// (the name in brackets after an office counts no word of it:
		// "The PRESIDING OFFICER (Mr. Kyl).")
		main := head
		if strings.HasSuffix(head, ")") {
			main = labelMain(head)
		}
		printed := !turnAllCaps(main) && !mixed && words != "" && startsSentence(words) && strings.Count(main, " ") <= 3
		if !turnAllCaps(head) && !mixed && !printed {
			return labelParse{}, false
		}
		lb, ok := parseTurnLabel(head)
		if ok && printed && !(lb.honorific && lb.nameWords == 1 || lb.strong && lb.role != "" && lb.nameWords <= 1) {
			return labelParse{}, false
		}
		if !ok || !(lb.caps || printed || mixed && lb.strong && lb.role != "") || lb.gen != genNone {
			return labelParse{}, false
		}
		lb.class = classStop
		if mixed {
			// its own line and its shape make it as sure as a colon
			lb.class, lb.ownLine = classColon, true
			return lb, true
		}
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
	if usStateFirst(titlePart) {
		// "SAM GRAVES, Missouri Ranking Member": a committee roster's
		// line, the member's state before the office
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
	for len(ws) > 2 && isTitleish(ws[0]) && turnAllCaps(ws[0]) == caps && isNameToken(ws[1]) && !isTitleish(ws[1]) {
		// a rank before the name, the office after the comma: "Chief
		// Michael J. Roe, Chief of Department, Police Department"
		ws = ws[1:]
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

// usStateFirst reports a text that opens with the name of a US state
// ("Missouri Ranking Member", "New York, Chairwoman").
func usStateFirst(s string) bool {
	for _, st := range usStates {
		if strings.HasPrefix(s, st) && (len(s) == len(st) || s[len(st)] == ' ' || s[len(st)] == ',') {
			return true
		}
	}
	return false
}

// usStates are the names of the US states and territories, from the
// project's table of subdivisions; read-only.
var usStates = func() []string {
	for _, p := range tables.Subdivisions {
		if p.ISO2 == "US" {
			return p.Names
		}
	}
	return nil
}()

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

// colonOutsideBrackets returns the index of the first colon of s that no
// bracket holds ("Mr ROE (Cook—Prime Minister) (14:03): …"), or -1.
func colonOutsideBrackets(s string) int {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case ':':
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}
