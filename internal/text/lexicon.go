// The analyser's vocabulary: honorifics, abbreviations and office titles,
// read from embedded data files and from the caller's Lexicon.

package text

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/honorifics.tsv
var honorificsTSV string

//go:embed data/abbreviations.tsv
var abbreviationsTSV string

// Gender is what the text shows of a person's gender.
type Gender uint8

// The genders.
const (
	Unknown Gender = iota
	Male
	Female
)

// String returns "male", "female" or "".
func (g Gender) String() string {
	switch g {
	case Male:
		return "male"
	case Female:
		return "female"
	}
	return ""
}

// Lexicon is the vocabulary an Analyzer reads names with. The zero value
// uses the built-in honorifics and abbreviations and knows no titles.
type Lexicon struct {
	// Titles are office titles ("Secretary General", "Minister of Foreign
	// Affairs", "President"), matched case-insensitively, token by token,
	// before a name.
	Titles []string
	// Honorifics add courtesy titles and ranks ("Mr", "Dame", "Gen") to the
	// built-in ones (data/honorifics.tsv), with the gender they show.
	Honorifics map[string]Gender
	// Abbreviations add words that keep their final dot (data/
	// abbreviations.tsv); Title marks those that stand before a name.
	Abbreviations map[string]AbbrevClass
}

// AbbrevClass tells whether an abbreviation's dot may end a sentence.
type AbbrevClass uint8

// The abbreviation classes.
const (
	// AbbrevWord may end a sentence when a sentence opener follows.
	AbbrevWord AbbrevClass = iota + 1
	// AbbrevTitle stands before a name; its dot never ends a sentence.
	AbbrevTitle
)

// abbrevs is the set of abbreviations that keep their dot.
type abbrevs struct {
	m map[string]AbbrevClass
}

func (a *abbrevs) has(w string) bool {
	if a == nil {
		return false
	}
	_, ok := a.m[w]
	return ok
}

func (a *abbrevs) class(w string) AbbrevClass {
	if a == nil {
		return 0
	}
	return a.m[strings.TrimSuffix(w, ".")]
}

// eachLine calls f with the tab-separated fields of every line of a data
// file that is neither blank nor a comment.
func eachLine(data string, f func(fields []string)) {
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		f(strings.Split(line, "\t"))
	}
}

func builtinHonorifics() map[string]Gender {
	m := make(map[string]Gender)
	eachLine(honorificsTSV, func(f []string) {
		if len(f) < 2 {
			return
		}
		var g Gender
		switch f[1] {
		case "m":
			g = Male
		case "f":
			g = Female
		}
		m[f[0]] = g
	})
	return m
}

// builtinHonorificTable is the built-in honorific list, read once and never
// written after.
var builtinHonorificTable = sync.OnceValue(builtinHonorifics)

// IsHonorific reports whether w, with or without a final dot and in any
// case, is a word of the built-in honorific list ("Dr.", "Mr", "Professor",
// "His", "Excellency"), for the stages that read names outside the
// analysis.
func IsHonorific(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" {
		return false
	}
	_, ok := builtinHonorificTable()[strings.ToLower(w)]
	return ok
}

// TrimHonorifics returns name without the honorifics that open it ("Dr.
// Jane Roe", "His Excellency Mr John Doe"), as long as two words are left:
// "Dame Roe" stays whole.
func TrimHonorifics(name string) string {
	for {
		sp := strings.IndexByte(name, ' ')
		if sp <= 0 || !IsHonorific(name[:sp]) {
			return name
		}
		rest := strings.TrimLeft(name[sp+1:], " ")
		if strings.IndexByte(rest, ' ') < 0 {
			return name
		}
		name = rest
	}
}

// builtinAbbrevTable is the built-in abbreviation list, read once and never
// written after.
var builtinAbbrevTable = sync.OnceValue(builtinAbbrevs)

// BuiltinAbbrev returns the class of w (with or without its final dot,
// matched as written) in the built-in abbreviation list, or 0 when w is none,
// for the stages that find sentence ends in raw text.
func BuiltinAbbrev(w string) AbbrevClass {
	return builtinAbbrevTable()[strings.TrimSuffix(w, ".")]
}

func builtinAbbrevs() map[string]AbbrevClass {
	m := make(map[string]AbbrevClass)
	eachLine(abbreviationsTSV, func(f []string) {
		if len(f) < 2 {
			return
		}
		c := AbbrevWord
		if f[1] == "title" {
			c = AbbrevTitle
		}
		m[f[0]] = c
	})
	return m
}

// phrases is a set of multi-token phrases matched case-insensitively,
// keyed by their first token's lower-case text.
type phrases struct {
	byFirst map[string][][]string // longest first
}

func newPhrases(list []string, abbr *abbrevs) *phrases {
	p := &phrases{byFirst: make(map[string][][]string)}
	var toks []Token
	for _, s := range list {
		toks = tokenize(toks[:0], s, abbr)
		if len(toks) == 0 {
			continue
		}
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = strings.ToLower(s[t.Start:t.End])
		}
		p.byFirst[words[0]] = append(p.byFirst[words[0]], words)
	}
	for k, l := range p.byFirst {
		// longest first, so that the first match is the longest
		for i := 1; i < len(l); i++ {
			for j := i; j > 0 && len(l[j]) > len(l[j-1]); j-- {
				l[j], l[j-1] = l[j-1], l[j]
			}
		}
		p.byFirst[k] = l
	}
	return p
}

// match returns the end of the longest phrase that starts at token i of d,
// or i when none does. A phrase does not cross a sentence's end.
func (p *phrases) match(d *Doc, i, limit int) int {
	l := p.byFirst[d.Lower(i)]
	for _, words := range l {
		if i+len(words) > limit {
			continue
		}
		ok := true
		for k := 1; k < len(words); k++ {
			t := d.Tokens[i+k]
			if t.Gap >= Paragraph || d.Lower(i+k) != words[k] {
				ok = false
				break
			}
		}
		if ok {
			return i + len(words)
		}
	}
	return i
}
