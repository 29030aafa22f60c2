// Signed statements: paragraphs in the first person without quotation
// marks, each run closed by a line that names its speaker, as releases print
// a <blockquote> and its attribution ("It was a pleasure to host …" then
// "Premier Jane Roe").

package quotes

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/communique/communique/entities"
)

// signedRun is a run of quoted paragraphs and the line that signs it.
type signedRun struct {
	start, end int // the paragraphs
	name       string
	ns, ne     int // the signing line's mention of the speaker
}

// signed finds the signed statements of the text. A run opens after a
// paragraph of the report (or the text's start), not after a name line:
// one that follows a name is that name's speech, as a transcript prints it
// ("Premier Jane Roe" then her words), unless the name closed a run
// before it (statements of several speakers, one after the other).
func (st *state) signed() []signedRun {
	if len(st.offs) == 0 { // only an official signs
		return nil
	}
	text := st.text
	// Most texts sign nothing: find a name line before reading paragraphs.
	named := false
	eachLine(text, func(s, e int) bool {
		_, _, _, named = st.nameLine(s, e)
		return !named
	})
	if !named {
		return nil
	}
	var out []signedRun
	pendA, pendB := -1, -1 // the first-person paragraphs since the last other line
	labelled := false      // the pending run follows a name line that closed no run
	inRun := false         // the last name line closed a run
	prevName := false      // the last line was a name line
	eachLine(text, func(s, e int) bool {
		if name, ns, ne, ok := st.nameLine(s, e); ok {
			if pendA >= 0 && !labelled && !mentionsName(text[pendA:pendB], name) {
				out = append(out, signedRun{start: pendA, end: pendB, name: name, ns: ns, ne: ne})
				inRun = true
			} else {
				inRun = false
			}
			pendA, pendB, prevName = -1, -1, true
			return true
		}
		if firstPersonParagraph(text[s:e]) {
			if pendA < 0 {
				pendA = s
				labelled = prevName && !inRun
			}
			pendB = e
		} else {
			pendA, pendB, inRun = -1, -1, false
		}
		prevName = false
		return true
	})
	return out
}

// lineEnd returns the index of the line break that ends the line holding
// byte i of text, or len(text).
func lineEnd(text string, i int) int {
	if b := strings.IndexByte(text[i:], '\n'); b >= 0 {
		return i + b
	}
	return len(text)
}

// eachLine calls f with the bounds of each non-blank line of text, its
// white space trimmed, until f returns false.
func eachLine(text string, f func(s, e int) bool) {
	for a := 0; a < len(text); {
		b := lineEnd(text, a)
		if s, e := trimSpan(text, a, b); s < e && !f(s, e) {
			return
		}
		a = b + 1
	}
}

// nameLine reports a short line [s,e) that names one of the text's
// officials or people and says nothing else: no sentence, no quotation,
// at most a title and a dash ("Premier Jane Roe", "– Jane Roe, Minister of
// Health"). It returns the person's name and mention.
func (st *state) nameLine(s, e int) (string, int, int, bool) {
	line := st.text[s:e]
	switch line[len(line)-1] {
	case '.', ':', ';', '?', '!', ',':
		return "", 0, 0, false
	}
	if len(line) > 160 || wordCount(line) > 12 || strings.ContainsAny(line, "\"“”«»:") || strings.Contains(line, ". ") {
		return "", 0, 0, false // a sentence, a quotation or a transcript's label
	}
	if upperLine(line) {
		return "", 0, 0, false // a heading of a record ("STATEMENT OF JANE ROE, DIRECTOR")
	}
	if line[0] == '(' && line[len(line)-1] == ')' {
		return "", 0, 0, false // a transcript's label in brackets ("(Prime Minister Jane Roe)")
	}
	if st.mentions == nil {
		st.mentions = officialMentions(st.offs)
	}
	ms := st.mentions
	k := sort.Search(len(ms), func(k int) bool { return ms[k].start >= s })
	for ; k < len(ms) && ms[k].start < e; k++ {
		if ms[k].end > e {
			continue
		}
		// the name is the line's subject, not the object of a
		// preposition ("STATEMENT OF JANE ROE, DIRECTOR")
		before := strings.Fields(st.text[s:ms[k].start])
		for j, w := range before {
			switch strings.ToLower(w) {
			case "by", "for", "to", "from", "with", "and", "&":
				return "", 0, 0, false
			case "of":
				if j == 0 || !titleWords[before[j-1]] {
					return "", 0, 0, false // not "Minister of Health Jane Roe"
				}
			}
		}
		return ms[k].name, ms[k].start, ms[k].end, true
	}
	return "", 0, 0, false
}

// mention is a span of the text that names a person.
type mention struct {
	start, end int
	name       string
}

// officialMentions returns the officials' mentions in text order. (A
// signature names an official: a person without an office who signs a
// statement is rarer than a heading that names someone.)
func officialMentions(offs []entities.Official) []mention {
	ms := []mention{}
	for i := range offs {
		for _, m := range offs[i].Mentions {
			ms = append(ms, mention{m.Start, m.End, offs[i].Name})
		}
	}
	slices.SortStableFunc(ms, func(a, b mention) int { return cmp.Compare(a.start, b.start) })
	return ms
}

// signedQuotes returns the quotations of the signed runs that overlap none
// of have.
func (st *state) signedQuotes(have []Quote) []Quote {
	var out []Quote
	for _, r := range st.signed() {
		clash := false
		for i := range have {
			if have[i].Start < r.end && r.start < have[i].End {
				clash = true
				break
			}
		}
		if !clash {
			out = append(out, Quote{Text: st.text[r.start:r.end], Start: r.start, End: r.end, Speaker: r.name,
				SpeakerKind: KindPerson, SpeakerStart: r.ns, SpeakerEnd: r.ne})
		}
	}
	return out
}

// firstPersonParagraph reports prose in the first person without quotation
// marks: a statement of its own, ending as a sentence does.
func firstPersonParagraph(p string) bool {
	switch p[len(p)-1] {
	case '.', '!', '?':
	default:
		return false
	}
	if c := strings.IndexByte(p, ':'); c >= 0 && c < 60 {
		return false // a turn of a transcript ("Mr Keith: Well, my Lady, …") or a headline
	}
	if strings.ContainsAny(p, "\"“”«»") || wordCount(p) < 8 {
		return false
	}
	for i := 0; i < len(p); {
		for i < len(p) && !wordByte(p[i]) {
			i++
		}
		j := i
		for j < len(p) && (wordByte(p[j]) || p[j] >= 0x80) {
			j++
		}
		if j-i <= 6 {
			switch p[i:j] {
			case "I", "I’m", "I'm", "I’ve", "I've", "my", "My", "me", "we", "We", "our", "Our", "us", "We’re", "We're", "we’re", "we're":
				return true
			}
		}
		i = j + 1
	}
	return false
}

// wordByte reports an ASCII letter or an apostrophe inside a word.
func wordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' }

// mentionsName reports whether p names the person of name by surname: a
// paragraph that introduces someone ("… the evidence of Sir Jane Roe") is
// not that person's statement.
func mentionsName(p, name string) bool {
	last := name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		last = name[i+1:]
	}
	return len(last) > 1 && strings.Contains(strings.ToLower(p), strings.ToLower(last))
}

// upperLine reports a line whose letters are all capitals.
func upperLine(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters > 0
}
