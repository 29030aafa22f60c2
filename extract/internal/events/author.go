package events

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/entities"
)

// This file finds the agent of a participle and the author a release's "I"
// or "we" stands for (its byline or office line).

// evAgent reads the agent of a participle at token k (after "by"): an
// official or titled person there, else the capitalised name of a body
// ("the Caribbean Community (CARICOM)" → "Caribbean Community"); "" when
// no capitalised agent follows ("spoke by phone").
func evAgent(body string, toks []evTok, k, te int, getPeople func() *evPeopleSet, officials []entities.Official) (string, int, int, bool) {
	if k < te && evIsWord(body, toks[k], "the") && !toks[k].capital {
		k++
	}
	e := k
	for e < te && toks[e].word && !toks[e].quoted && (toks[e].capital || evIsWord(body, toks[e], "of", "for", "and") && e+1 < te && toks[e+1].capital) {
		e++
	}
	if e == k {
		return "", 0, 0, false
	}
	// "the President of Finland, Alexander Stubb"
	if e+1 < te && !toks[e].word && body[toks[e].start] == ',' && evIsName(body, toks, e+1) {
		e = evNameEnd(body, toks, e+1)
	}
	if a, as, ae, p := evActor(body, toks, k, e, getPeople, officials); a != "" && p {
		return a, as, ae, p
	}
	last := e - 1
	for last > k && !toks[last].word {
		last--
	}
	return body[toks[k].start:toks[last].end], toks[k].start, toks[last].end, false
}

// evAuthor names the author of a first-person release whose lead sentence
// starts at ss: the name of a byline above it, else the official or titled
// person named nearest before it, else an office line above it ("Minister
// for Foreign Affairs"), else the pronoun itself.
func evAuthor(body string, pron evTok, ss int, getPeople func() *evPeopleSet, officials []entities.Official) string {
	// a byline within the few lines above: "Senator the Hon Penny Wong"
	for le, n := ss, 0; le > 0 && n < 8; n++ {
		ls := strings.LastIndexByte(body[:le-1], '\n') + 1
		if name := evByline(body[ls:le]); name != "" {
			return name
		}
		le = ls
	}
	best, bs := "", -1
	for _, o := range officials {
		for _, m := range o.Mentions {
			if m.End <= ss && m.Start > bs && o.Name != "" {
				best, bs = o.Name, m.Start
			}
		}
	}
	if bs >= 0 {
		return best
	}
	ps := getPeople().in(0, ss)
	for i := len(ps) - 1; i >= 0; i-- {
		if strings.IndexByte(ps[i].name, ' ') > 0 {
			return ps[i].name // a full name, not a surname a headline gives
		}
	}
	// an office line: title words and capitalised words only
	for le := ss; le > 0; {
		ls := strings.LastIndexByte(body[:le-1], '\n') + 1
		line := strings.TrimSpace(body[ls:le])
		le = ls
		if line == "" || len(line) > 80 {
			continue
		}
		words := strings.Fields(line)
		if !evTitleWords[strings.ToLower(words[0])] || evPortfolio[strings.ToLower(words[0])] {
			continue
		}
		office := true
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && w != "of" && w != "for" && w != "and" && w != "the" {
				office = false
				break
			}
		}
		if office {
			return line
		}
	}
	return body[pron.start:pron.end]
}

// evHonorifics open a minister's byline ("Senator the Hon", "The Rt Hon").
var evHonorifics = wordLists.Set("honorifics")

// evPostNominals close a byline ("MP", "TD").
var evPostNominals = wordLists.Set("post-nominals")

// evByline returns the name of a byline line ("Senator the Hon Penny Wong",
// "The Hon Richard Marles MP", "Rt Hon Christopher Luxon"): two to four
// capitalised words after an honorific or before a post-nominal, and
// nothing else; "" for any other line.
func evByline(line string) string {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 60 {
		return ""
	}
	words := strings.Fields(line)
	a, b := 0, len(words)
	honoured := false
	for a < b && evHonorifics[strings.ToLower(words[a])] {
		if w := strings.ToLower(words[a]); w != "the" && w != "mr" && w != "ms" && w != "mrs" && w != "mr." && w != "ms." && w != "mrs." && w != "dr" && w != "dr." {
			honoured = true
		}
		a++
	}
	for b > a && evPostNominals[strings.TrimRight(words[b-1], ",")] {
		honoured = true
		b--
	}
	if !honoured || b-a < 2 || b-a > 4 {
		return ""
	}
	for _, w := range words[a:b] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || evTitleWords[strings.ToLower(w)] || evGroupHeads[strings.ToLower(w)] || evOrgNouns[strings.ToLower(w)] ||
			strings.ContainsAny(w, "0123456789:'’") {
			return ""
		}
	}
	s := strings.Index(line, words[a])
	last := words[b-1]
	e := strings.LastIndex(line, last) + len(last)
	return strings.TrimRight(line[s:e], ",")
}

// evNamedIn returns the official named within body[s:e] (a speaker
// label's), or "".
func evNamedIn(s, e int, officials []entities.Official) string {
	for _, o := range officials {
		for _, m := range o.Mentions {
			if m.Start >= s && m.End <= e && o.Name != "" {
				return o.Name
			}
		}
	}
	return ""
}
