package turns

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
)

// This file finds a speaker's name and title where the body writes them:
// a surname with its given names and title ("Secretary of State Antony J.
// Blinken"), the person a role label stands for, the presiding member, and
// the initials or one-word forms a label may use.

// findNameContexts finds where the body gives surname with a title and given
// names: "Secretary of State Antony J. Blinken", "Antony J. Blinken,
// Secretary of State".
func findNameContexts(body, surname string) []turnNameContext {
	var out []turnNameContext
	if surname == "" {
		return nil
	}
	for s, e := range wholeWords(body, surname) {
		// "DONALD B. VERRILLI, JR., ESQ., Solicitor General": the suffix
		// is the name's, the esquire nobody's
		suffix := ""
		if n, sx := nameSuffixAt(body, e); n > 0 {
			suffix, e = sx, e+n
		}
		if strings.HasPrefix(body[e:], ", ESQ.") || strings.HasPrefix(body[e:], ", Esq.") {
			e += len(", ESQ.")
		}
		given, before, stopped := givenNames(body, s)
		role := titleBefore(body, before)
		if role == "" {
			role = titleBeforeComma(body, before)
			if role != "" && vocativeOpening(body, before, role, e) {
				// "Governor, Edward Boyd at Sky News. …": a reporter
				// addressing the Governor as the turn opens, not a
				// Governor named
				role = ""
			}
		}
		if role != "" {
			out = append(out, turnNameContext{name: joinGivenNames(given, surname) + suffix, role: role, suffix: suffix})
			continue
		}
		if strings.HasPrefix(body[e:], ", ") && stopped {
			if t := titleAfter(body, e+2); t != "" {
				out = append(out, turnNameContext{name: joinGivenNames(given, surname) + suffix, role: t, suffix: suffix})
				continue
			}
		}
		if len(given) > 0 && stopped && (nameLine(body, before, e) || suffix != "" && nameLine(body, before, e+lineRestComma(body, e))) {
			// a witness called, a name heading a section: "NICHOLAS
			// JAMES READ (sworn)."
			out = append(out, turnNameContext{name: joinGivenNames(given, surname) + suffix, suffix: suffix})
		}
	}
	return out
}

// vocativeOpening reports a title before a comma that opens its line, the
// name after it at before..e and the line going on after the name ("Governor,
// Edward Boyd at Sky News. Just a couple of weeks ago …"): a speaker
// addressing someone by title as a turn opens, then naming themselves.
func vocativeOpening(body string, before int, role string, e int) bool {
	head := strings.TrimRight(body[:before], " ")
	head = strings.TrimSuffix(head, ",")
	if !strings.HasSuffix(head, role) {
		return false
	}
	if k := len(head) - len(role); k > 0 && body[k-1] != '\n' {
		return false
	}
	rest := body[e:]
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	return strings.TrimSpace(rest) != ""
}

// nameSuffixAt reads a generational suffix right after a name at e (",
// JR.", ", Jr.", " III"): its length in the body and its display form
// (", Jr.", " III").
func nameSuffixAt(body string, e int) (int, string) {
	for _, sx := range [...]struct{ written, shown string }{
		{", JR.", ", Jr."}, {", Jr.", ", Jr."}, {", SR.", ", Sr."}, {", Sr.", ", Sr."},
		{" JR.", " Jr."}, {" Jr.", " Jr."}, {" III", " III"}, {" II", " II"}, {" IV", " IV"},
	} {
		if strings.HasPrefix(body[e:], sx.written) {
			n := len(sx.written)
			if n < len(body)-e && asciiLetter(body[e+n]) {
				continue // " IIIrd", " IVan": no suffix
			}
			return n, sx.shown
		}
	}
	return 0, ""
}

// asciiLetter reports an ASCII letter.
func asciiLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// lineRestComma returns how many bytes at e are a trailing comma, the only
// thing after a name and its suffix on a heading line ("ORAL ARGUMENT OF
// DONALD B. VERRILLI, JR.,").
func lineRestComma(body string, e int) int {
	if strings.HasPrefix(body[e:], ",") {
		return 1
	}
	return 0
}

// nameLine reports whether body[s:e], a name, is alone on its line, or
// alone after a speaker's label (a witness giving their full name): only
// markup before it ("*", "_", "#") or a label ("**Jane Roe**:"), and
// after it only post-nominal letters ("MP", "KC"), markup, a full stop
// or a note in brackets ("(sworn)", "(affirmed)").
func nameLine(body string, s, e int) bool {
	ls := strings.LastIndexByte(body[:s], '\n') + 1
	if inDivision(body, ls) {
		return false // "Steuart MacDonald Lane": three members who voted
	}
	if pre := strings.Trim(body[ls:s], " \t*_#"); pre != "" {
		if !strings.HasSuffix(pre, ":") || len(pre) > 60 || strings.ContainsAny(pre[:len(pre)-1], ".:;?!") {
			return false
		}
	}
	le := strings.IndexByte(body[e:], '\n')
	if le < 0 {
		le = len(body) - e
	}
	rest := strings.Trim(body[e:e+le], " \t*_.")
	for {
		w, after, _ := strings.Cut(rest, " ")
		if len(w) < 2 || len(w) > 4 || !turnAllCaps(w) {
			break
		}
		rest = strings.TrimLeft(after, " ") // "MP", "KC", "OBE"
	}
	return rest == "" || strings.HasPrefix(rest, "(") && strings.HasSuffix(rest, ")") && strings.Count(rest, "(") == 1
}

// inDivision reports whether the line at ls is one of the surnames of a
// division's side ("YEAS — 36" over "Messieurs" and "Dyck Michayluk
// Owens"), read back up to the count at most forty lines.
func inDivision(body string, ls int) bool {
	for n := 0; n < 40 && ls > 0; n++ {
		le := strings.IndexByte(body[ls:], '\n')
		if le < 0 {
			le = len(body) - ls
		}
		line := strings.TrimSpace(body[ls : ls+le])
		switch {
		case block.DivisionCount(line) > 0:
			return n > 0
		case line == "" || block.DivisionAddress(line) || block.SurnameCount(line) > 0:
		default:
			return false
		}
		ls = strings.LastIndexByte(body[:ls-1], '\n') + 1
	}
	return false
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
		if isNickname(tok) && regular == 0 {
			// "Aquilino 'Koko' Roe": the nickname is no given name.
			pos = at
			continue
		}
		switch {
		case isNameInitial(tok):
		case nameParticles[tok] && len(given) > 0 || nameParticles[tok] && regular == 0:
			// "von der Leyen"
		case isNameToken(tok) && !isTitleish(tok) && !isTitleAcronym(tok) && !titleComplements[strings.ToLower(tok)] && !turnConnectors[strings.ToLower(tok)] && !labelStopNames[strings.ToLower(tok)]:
			if regular == 2 {
				return given, pos, false
			}
			// After "of": a complement of the title, not a given name;
			// but a heading's "STATEMENT OF" names the person.
			if p, at2 := prevNameToken(body, at); at2 >= 0 {
				lp := strings.ToLower(p)
				if lp == "of" || lp == "for" || lp == "to" {
					if h, at3 := prevNameToken(body, at2); lp == "of" && at3 >= 0 && personOfHeads[strings.ToLower(h)] {
						return append([]string{tok}, given...), at, true
					}
					return given, pos, true
				}
			}
			regular++
		default:
			if t := strings.TrimLeft(tok, "*_"); t != tok && isNameToken(t) && !isTitleish(t) && regular < 2 {
				// "*NICHOLAS JAMES READ": the name opens after the markup
				return append([]string{t}, given...), at + len(tok) - len(t), true
			}
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

// isNickname reports a quoted nickname between given names and surname:
// 'Koko', “Bongbong”, "Bebot".
func isNickname(tok string) bool {
	for _, q := range [][2]string{{"'", "'"}, {"‘", "’"}, {"\"", "\""}, {"“", "”"}} {
		if len(tok) > len(q[0])+len(q[1])+1 && strings.HasPrefix(tok, q[0]) && strings.HasSuffix(tok, q[1]) {
			return isNameToken(tok[len(q[0]) : len(tok)-len(q[1])])
		}
	}
	return false
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
		case strings.ContainsAny(tok, ",;:()\"“”?!"):
		case len(tok) >= 6 && tok[len(tok)-1] == '.':
			// A sentence's end ("Thank you, Mr. Chairman. Edward
			// Roe with …"), not an abbreviation ("Sec.", "Pres.").
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
	if labelStopNames[lw] {
		return false // "Speech", "Public": words of a heading, not a people's
	}
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
func personWithTitle(body string, presided [][]string, role string, taken map[string]*turnSpeaker) (string, string) {
	if role == "" {
		return "", ""
	}
	words := strings.Fields(role)
	headWord := words[len(words)-1]
	var name, full string
	// fits: a title the page gives that is the role's; another: a name
	// that is not the one found so far (two people with this title)
	fits := func(t string) bool { return t != "" && (strings.EqualFold(t, role) || extendsRole(t, role)) }
	another := func(n string) bool {
		return name != "" && !strings.HasSuffix(n, lastNameOf(name)) && !strings.HasSuffix(name, lastNameOf(n))
	}
	// "Hon. Jane Roe [chairman of the committee] presiding", "Senator Jane
	// Roe, Chairman of the Subcommittee, presiding": the presiding member
	// a hearing's printed record names is the chair, whoever else the
	// page calls chairman
	for _, m := range presided {
		t := strings.TrimSpace(m[2] + m[3])
		if ts := strings.Fields(t); len(ts) > 0 {
			ts[0] = strings.ToUpper(ts[0][:1]) + ts[0][1:] // "chairman of the committee"
			t = strings.Join(ts, " ")
		}
		n := strings.Join(strings.Fields(m[1]), " ")
		if fits(t) && taken[speakerNameKey(lastNameOf(n))] == nil {
			return n, t
		}
	}
	for _, e := range wholeWords(body, headWord) {
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
			if len(ws) == 0 && isTitleish(w) && isNameToken(w) {
				j = b // "Madam Speaker Councillor Sharma": a second title
				continue
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
		if !fits(t) {
			continue
		}
		if another(n) {
			return "", ""
		}
		if len(n) > len(name) {
			name, full = n, t
		}
	}
	// "The House Chairperson (Mr G Q M DOIDGE) took the Chair": the name in
	// brackets after the title
	for _, e := range wholeWords(body, headWord) {
		if !strings.HasPrefix(body[e:], " (") {
			continue
		}
		c := strings.IndexByte(body[e+2:], ')')
		if c < 0 || c > 60 {
			continue
		}
		ws := strings.Fields(body[e+2 : e+2+c])
		for len(ws) > 0 && turnHonorifics[turnLowerKey(ws[0])] {
			ws = ws[1:]
		}
		ok := len(ws) >= 1 && len(ws) <= 6
		for k, w := range ws {
			last := k == len(ws)-1
			if !(isNameToken(w) && !isTitleish(w) || !last && (isNameInitial(w) || isBareInitial(w))) {
				ok = false
			}
		}
		if !ok || taken[speakerNameKey(ws[len(ws)-1])] != nil {
			continue
		}
		t := titleBefore(body, e+1)
		if !fits(t) {
			continue
		}
		n := displayLabelWords(ws, turnAllCaps(strings.Join(ws, " ")))
		if another(n) {
			return "", ""
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
		if !fits(t) {
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
		if another(n) {
			return "", ""
		}
		if len(n) > len(name) || len(n) == len(name) && len(t) > len(full) {
			name, full = n, t
		}
	}
	return name, full
}

// presidingPattern matches the line of a hearing's printed record that
// names the member presiding: an honorific or title, the name, the office
// in brackets or between commas, "presiding".
var presidingPattern = regexp.MustCompile(`(?:Hon\.|Senator|Representative|Congressman|Congresswoman|Mr\.|Ms\.|Mrs\.)\s+((?:[A-Z][\p{L}.'’-]*\s+){0,3}[A-Z][\p{L}'’-]+)\s*(?:\[([^\]\n]{3,60})\]|,\s*([^,\n]{3,60}),)\s*presiding`)

// presidingLines returns presidingPattern's first four matches in s.
func presidingLines(s string) [][]string {
	if !strings.Contains(s, "presiding") { // the pattern's last word
		return nil
	}
	return presidingPattern.FindAllStringSubmatch(s, 4)
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

// initialsLike reports a label of two or three capital letters ("CH",
// "VB").
func initialsLike(s string) bool {
	if len(s) < 2 || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// nameInitials returns the capital initials of a name's words
// ("Christian Horner" → "CH"), "" when a word opens in lower case.
func nameInitials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || r >= utf8.RuneSelf {
			return ""
		}
		b.WriteByte(byte(r))
	}
	return b.String()
}

// openingNames returns the runs of two or three capitalised words that the
// headline and the body's first five paragraphs hold, names a page of
// initials may stand for ("Christian HORNER", "Vivian Balakrishnan").
func openingNames(title, body string) []string {
	text := title + "\n"
	for i, n := 0, 0; i < len(body) && n < 5; n++ {
		j := strings.IndexByte(body[i:], '\n')
		if j < 0 {
			j = len(body) - i
		}
		text += body[i:i+j] + "\n"
		i += j + 1
		for i < len(body) && body[i] == '\n' {
			i++
		}
	}
	var out []string
	var run []string
	flush := func() {
		if len(run) >= 2 && len(run) <= 3 {
			out = append(out, strings.Join(run, " "))
		}
		run = run[:0]
	}
	for i := 0; i < len(text); {
		s, e := nextTurnWord(text, i)
		if s < 0 {
			break
		}
		if s > i && strings.TrimSpace(text[i:s]) != "" {
			flush() // punctuation between words ends a name
		}
		i = e
		w := text[s:e]
		if w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"); isNameToken(w) && !isTitleish(w) {
			if turnAllCaps(w) {
				w = turnTitleCase(w)
			}
			run = append(run, w)
			continue
		}
		flush()
	}
	flush()
	return out
}
