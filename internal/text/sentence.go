// Sentence and paragraph boundaries over the tokens.

package text

// openers are capitalised words that open sentences and are rarely names:
// after a dotted abbreviation ("Washington, D.C. The talks") such a word
// says the dot ended the sentence.
var openers = map[string]bool{
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true,
	"we": true, "i": true, "this": true, "that": true, "these": true, "those": true,
	"but": true, "and": true, "in": true, "on": true, "at": true, "for": true, "if": true,
	"when": true, "as": true, "his": true, "her": true, "its": true, "their": true,
	"our": true, "there": true, "what": true, "why": true, "how": true, "who": true,
	"after": true, "before": true, "since": true, "while": true, "however": true,
	"meanwhile": true, "today": true, "yesterday": true, "earlier": true, "later": true,
}

// split appends the sentences and paragraphs of d's tokens.
func (a *Analyzer) split(d *Doc, sents, paras []Span) ([]Span, []Span) {
	toks := d.Tokens
	n := len(toks)
	sStart, pStart := 0, 0
	for i := 0; i < n; i++ {
		if i > 0 && toks[i].Gap == Paragraph {
			if sStart < i {
				sents = append(sents, Span{int32(sStart), int32(i)})
			}
			paras = append(paras, Span{int32(pStart), int32(i)})
			sStart, pStart = i, i
		}
		if !a.endsSentence(d, i) {
			continue
		}
		// the closing marks and brackets that follow belong to the sentence
		j := i + 1
		for j < n && toks[j].Gap == NoGap && closes(d, j) {
			j++
		}
		if j >= n || toks[j].Gap == Paragraph || !a.opensSentence(d, i, j) {
			i = j - 1
			continue
		}
		sents = append(sents, Span{int32(sStart), int32(j)})
		sStart = j
		i = j - 1
	}
	if sStart < n {
		sents = append(sents, Span{int32(sStart), int32(n)})
	}
	if pStart < n {
		paras = append(paras, Span{int32(pStart), int32(n)})
	}
	return sents, paras
}

// endsSentence reports whether token i may end a sentence: a full stop,
// question or exclamation mark or ellipsis, or a dotted abbreviation that is
// no title and no initial.
func (a *Analyzer) endsSentence(d *Doc, i int) bool {
	t := d.Tokens[i]
	switch t.Kind {
	case Punct:
		switch d.Text[t.Start] {
		case '.', '!', '?':
			return true
		case ':', ';':
			return i+1 < len(d.Tokens) && d.Tokens[i+1].Gap >= Newline
		}
		return d.TokenText(i) == "\u2026"
	case Word:
		if t.Shape&Dots == 0 {
			return false
		}
		w := d.TokenText(i)
		if a.abbr.class(w) == AbbrevTitle {
			return false
		}
		return !(len(w) == 2 && t.Shape&Cap != 0) || i+1 < len(d.Tokens) && d.Tokens[i+1].Gap >= Newline
	}
	return false
}

// closes reports a token that closes what a sentence opened: a closing
// quotation mark, a bracket, or more end punctuation ("?!", "...").
func closes(d *Doc, j int) bool {
	t := d.Tokens[j]
	if t.Kind == Quote {
		return t.Shape&Open == 0
	}
	if t.Kind != Punct {
		return false
	}
	switch d.Text[t.Start] {
	case ')', ']', '.', '!', '?':
		return true
	}
	return false
}

// opensSentence reports whether token j, after the end mark at i, opens a
// new sentence.
func (a *Analyzer) opensSentence(d *Doc, i, j int) bool {
	t := d.Tokens[j]
	if t.Gap == NoGap {
		return false
	}
	if t.Gap >= Newline {
		return true
	}
	end := d.Tokens[i]
	if end.Kind == Word {
		// a dotted abbreviation ends a sentence only before a clear opener
		return t.Kind == Word && t.Shape&Cap != 0 && openers[d.Lower(j)]
	}
	if end.Kind == Punct && (d.Text[end.Start] == ':' || d.Text[end.Start] == ';') {
		return false
	}
	switch t.Kind {
	case Word:
		return t.Shape&(Cap|Digit) != 0 || t.Shape&Lower == 0
	case Quote:
		return t.Shape&Close == 0
	case Punct:
		switch d.Text[t.Start] {
		case '(', '[', '-':
			return true
		}
		return d.TokenText(j) == "\u2014" || d.TokenText(j) == "\u2013"
	}
	return false
}
