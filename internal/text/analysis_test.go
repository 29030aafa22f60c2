package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var testLexicon = Lexicon{Titles: []string{
	"Secretary General", "Secretary-General", "Foreign Minister", "President", "Minister of Foreign Affairs",
	"Prime Minister", "chief economist", "Senator",
}}

func tokenTexts(d *Doc) []string {
	var out []string
	for i := range d.Tokens {
		out = append(out, d.TokenText(i))
	}
	return out
}

func TestTokens(t *testing.T) {
	a := NewAnalyzer(Lexicon{})
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Mr. Rutte's visit", []string{"Mr.", "Rutte", "'s", "visit"}},
		{"U.S. officials don't", []string{"U.S.", "officials", "don't"}},
		{"O\u2019Brien and al-Rahman", []string{"O\u2019Brien", "and", "al", "-", "Rahman"}},
		{"Antony J. Blinken said: \u201cYes.\u201d", []string{"Antony", "J.", "Blinken", "said", ":", "\u201c", "Yes", ".", "\u201d"}},
		{"on 26/03/2025, 4.7%", []string{"on", "26", "/", "03", "/", "2025", ",", "4", ".", "7", "%"}},
		{"the States' rights", []string{"the", "States", "'", "rights"}},
		{"Acme Inc. said", []string{"Acme", "Inc.", "said"}},
	} {
		d := a.Analyze(tc.in)
		assert.Equal(t, tc.want, tokenTexts(d), tc.in)
	}
}

func TestShapesAndGaps(t *testing.T) {
	a := NewAnalyzer(Lexicon{})
	d := a.Analyze("NATO met\n\n2025 \u00e9t\u00e9 \"ok\" Rutte's")
	require.Len(t, d.Tokens, 9)
	assert.Equal(t, Clitic, d.Tokens[8].Kind)
	assert.True(t, d.Tokens[0].Is(Cap|Upper))
	assert.True(t, d.Tokens[1].Is(Lower))
	assert.Equal(t, Paragraph, d.Tokens[2].Gap)
	assert.True(t, d.Tokens[2].Is(Digit|Number))
	assert.True(t, d.Tokens[3].Is(Lower))
	assert.Equal(t, Quote, d.Tokens[4].Kind)
	assert.True(t, d.Tokens[4].Is(Open|Double))
	assert.True(t, d.Tokens[6].Is(Close|Double))
	assert.True(t, d.Tokens[7].Is(Possessive))
	assert.Equal(t, "rutte", d.Lower(7))
	assert.Equal(t, Space, d.Tokens[1].Gap)
	assert.Equal(t, NoGap, d.Tokens[5].Gap)
}

func sentenceTexts(d *Doc) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.SpanText(s))
	}
	return out
}

func TestSentences(t *testing.T) {
	a := NewAnalyzer(Lexicon{})
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"Mr. Roe met Gen. Doe in Washington. They talked.",
			[]string{"Mr. Roe met Gen. Doe in Washington.", "They talked."}},
		{"\u201cWe agree,\u201d she said. \u201cNo doubt.\u201d Then it rained!",
			[]string{"\u201cWe agree,\u201d she said.", "\u201cNo doubt.\u201d", "Then it rained!"}},
		{"Antony J. Blinken spoke in Washington, D.C. The talks ended.",
			[]string{"Antony J. Blinken spoke in Washington, D.C.", "The talks ended."}},
		{"The U.S. Senate voted. It passed (narrowly.) Done",
			[]string{"The U.S. Senate voted.", "It passed (narrowly.)", "Done"}},
		{"Question:\nWhat now?\n\nAnswer: later", []string{"Question:", "What now?", "Answer: later"}},
		{"It rose 4.5 per cent. 2025 was good.", []string{"It rose 4.5 per cent.", "2025 was good."}},
	} {
		d := a.Analyze(tc.in)
		assert.Equal(t, tc.want, sentenceTexts(d), tc.in)
	}
}

func TestParagraphs(t *testing.T) {
	a := NewAnalyzer(Lexicon{})
	d := a.Analyze("First line. Second\n\nNext paragraph\n \nThird")
	require.Len(t, d.Paragraphs, 3)
	assert.Equal(t, "First line. Second", d.SpanText(d.Paragraphs[0]))
	assert.Equal(t, "Next paragraph", d.SpanText(d.Paragraphs[1]))
	assert.Equal(t, "Third", d.SpanText(d.Paragraphs[2]))
	assert.Equal(t, 0, d.SentenceOf(0))
	assert.Equal(t, 1, d.SentenceOf(3))
}

type nameView struct{ Title, Name, Appos, Gender string }

func nameViews(d *Doc) []nameView {
	var out []nameView
	for _, n := range d.Names() {
		out = append(out, nameView{d.SpanText(n.Title), d.SpanText(n.Span), d.SpanText(n.Appos), n.Gender.String()})
	}
	return out
}

func TestNames(t *testing.T) {
	a := NewAnalyzer(testLexicon)
	for _, tc := range []struct {
		in   string
		want []nameView
	}{
		{"NATO Secretary General Mark Rutte met Polish Foreign Minister Radek Sikorski.",
			[]nameView{{"NATO Secretary General", "Mark Rutte", "", ""}, {"Polish Foreign Minister", "Radek Sikorski", "", ""}}},
		{"\u201cIt grew,\u201d said Jane Doe, chief economist at Acme Financial, on Monday.",
			[]nameView{{"", "Jane Doe", "chief economist at Acme Financial", ""}, {"", "Acme Financial", "", ""}}},
		{"Rep. John Roe II (D-Mo.) said Ms. Anna Berg agreed.",
			[]nameView{{"Rep.", "John Roe II", "D-Mo.", ""}, {"Ms.", "Anna Berg", "", "female"}}},
		{"Ursula von der Leyen and Karim al-Rahman spoke with Jean-Yves Le Drian.",
			[]nameView{{"", "Ursula von der Leyen", "", ""}, {"", "Karim al-Rahman", "", ""}, {"", "Jean-Yves Le Drian", "", ""}}},
		{"The President said Mr Biden's plan, which failed, was new.",
			[]nameView{{"Mr", "Biden", "", "male"}}},
		{"John Doe, 70, a nurse, met Rutte, Biden and Macron.",
			[]nameView{{"", "John Doe", "70", ""}, {"", "Rutte", "", ""}, {"", "Biden", "", ""}, {"", "Macron", "", ""}}},
		{"Mark Rutte, NATO Secretary General, said so.",
			[]nameView{{"", "Mark Rutte", "NATO Secretary General", ""}}},
		{"Touché. Doe won, and Fox News, was the winner. It was a touché moment. Still, Roe left.",
			[]nameView{{"", "Doe", "", ""}, {"", "Fox News", "", ""}, {"", "Roe", "", ""}}},
		{"Moreover, the plan failed. Doe, a nurse, said so. Roe, the one who left.",
			[]nameView{{"", "Doe", "a nurse", ""}, {"", "Roe", "", ""}}},
		{"Roe spoke. Unlike Jane Doe, he stayed.",
			[]nameView{{"", "Roe", "", ""}, {"", "Jane Doe", "", ""}}},
		{"Minister of Foreign Affairs Jane Doe arrived on Tuesday.",
			[]nameView{{"Minister of Foreign Affairs", "Jane Doe", "", ""}}},
	} {
		d := a.Analyze(tc.in)
		assert.Equal(t, tc.want, nameViews(d), tc.in)
	}
}

func TestLexiconExtends(t *testing.T) {
	a := NewAnalyzer(Lexicon{
		Titles:        []string{"Chief Whip"},
		Honorifics:    map[string]Gender{"Herr": Male},
		Abbreviations: map[string]AbbrevClass{"Brig": AbbrevTitle},
	})
	d := a.Analyze("Chief Whip Jane Doe met Herr Roe and Brig. Smith.")
	assert.Equal(t, []nameView{{"Chief Whip", "Jane Doe", "", ""}, {"Herr", "Roe", "", "male"}, {"Brig.", "Smith", "", ""}}, nameViews(d))
	assert.Len(t, d.Sentences, 1)
}

func TestAnalyzeIntoReuses(t *testing.T) {
	a := NewAnalyzer(testLexicon)
	var d Doc
	a.AnalyzeInto(&d, "President Jane Doe spoke. Then Mr Roe did.")
	assert.Len(t, d.Names(), 2)
	d.Reset()
	assert.Empty(t, d.Tokens)
	a.AnalyzeInto(&d, "no names here")
	assert.Empty(t, d.Names())
	assert.Len(t, d.Sentences, 1)
	assert.Equal(t, "no names here", d.SpanText(d.Sentences[0]))
}

// checkDoc asserts the properties every analysis has.
func checkDoc(t *testing.T, text string, d *Doc) {
	t.Helper()
	prev := 0
	for i, tok := range d.Tokens {
		require.True(t, int(tok.Start) >= prev && tok.End > tok.Start && int(tok.End) <= len(text), "token %d out of order", i)
		gap := text[prev:tok.Start]
		for _, r := range gap {
			require.True(t, IsSpace(r), "non-space %q left out before token %d", r, i)
		}
		if i > 0 {
			require.Equal(t, gap == "", tok.Gap == NoGap, "gap of token %d", i)
		}
		prev = int(tok.End)
	}
	if len(text) <= maxText {
		for _, r := range text[prev:] {
			require.True(t, IsSpace(r), "non-space %q left out at the end", r)
		}
	}
	if len(d.Tokens) > 0 {
		d.Lower(0)
		require.Equal(t, len(text), len(d.lower))
	}
	for _, parts := range [][]Span{d.Sentences, d.Paragraphs} {
		next := int32(0)
		for _, s := range parts {
			require.Equal(t, next, s.Start)
			require.Greater(t, s.End, s.Start)
			next = s.End
		}
		require.Equal(t, int32(len(d.Tokens)), next)
	}
	for _, n := range d.Names() {
		require.False(t, n.Empty())
		si := d.SentenceOf(int(n.Start))
		s := d.Sentences[si]
		require.True(t, n.End <= s.End, "name crosses a sentence")
		if !n.Title.Empty() {
			require.Equal(t, n.Start, n.Title.End)
			require.True(t, n.Title.Start >= s.Start)
		}
		if !n.Appos.Empty() {
			require.True(t, n.Appos.Start > n.End && n.Appos.End <= s.End)
		}
	}
}

func TestProperties(t *testing.T) {
	a := NewAnalyzer(testLexicon)
	for _, s := range []string{
		"", " ", "\n\n\n", "\"", "'s", "Mr.", "A.", "(", "Jane Doe, (", "x\xff\xfey", "\u2019s", "O'", "a-",
		"President", "President Doe,", strings.Repeat("Mr. ", 100), "Doe, who,", "\u201c\u201d\u2019\u2018",
	} {
		d := a.Analyze(s)
		checkDoc(t, s, d)
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"NATO Secretary General Mark Rutte met Polish Foreign Minister Radek Sikorski on 3 May 2025.",
		"\u201cIt grew,\u201d said Jane Doe, chief economist at Acme Financial, on Monday.\n\nQ: Why?",
		"Rep. John Roe II (D-Mo.) said Ms. Anna Berg's team didn't agree. U.S. troops left",
		"x\xff\xfe Mr. \u00c9mile d'Arc-Dupont \u2026 \"quote\" 'single'",
	} {
		f.Add(s)
	}
	a := NewAnalyzer(testLexicon)
	f.Fuzz(func(t *testing.T, s string) {
		d := a.Analyze(s)
		checkDoc(t, s, d)
		if utf8.ValidString(s) {
			for i := range d.Tokens {
				require.True(t, utf8.ValidString(d.TokenText(i)))
				require.Equal(t, len(d.TokenText(i)), len(d.Lower(i)))
			}
		}
	})
}

func TestOpensClause(t *testing.T) {
	for _, c := range []struct {
		w, next string
		want    bool
	}{
		{"who", "said", true}, {"and", "the", true}, {"welcomed", "the", true}, {"praised", "their", true},
		{"aged", "70", false}, {"retired", "teacher", false}, {"a", "nurse", false}, {"elected", "in", false},
	} {
		if got := OpensClause(c.w, c.next); got != c.want {
			t.Errorf("OpensClause(%q, %q) = %v", c.w, c.next, got)
		}
	}
}

func TestTrimHonorifics(t *testing.T) {
	for in, want := range map[string]string{
		"Dr. Jane Roe":               "Jane Roe",
		"His Excellency Mr John Doe": "John Doe",
		"PROFESSOR Jane Roe":         "Jane Roe",
		"Dame Roe":                   "Dame Roe",
		"Jane Roe":                   "Jane Roe",
		"Reverend Father":            "Reverend Father",
		"":                           "",
	} {
		if got := TrimHonorifics(in); got != want {
			t.Errorf("TrimHonorifics(%q) = %q, want %q", in, got, want)
		}
	}
	if IsHonorific("Roe") || !IsHonorific("Mrs.") || IsHonorific(".") {
		t.Error("IsHonorific misreads")
	}
}

func TestFold(t *testing.T) {
	for _, c := range []struct {
		s, sub string
		prefix bool
		index  int
	}{
		{"Photo Caption: the harbour", "photo caption:", true, 0},
		{"PHOTO: the harbour", "photo:", true, 0},
		{"photograph", "photo:", false, -1},
		{"Mr Roe (Wick) asked, on notice: what", "on notice:", false, 21},
		{"ON NOTICE:", "on notice:", true, 0},
		{"Ph", "photo:", false, -1},
		{"Émile", "émile", false, -1}, // sub must be ASCII: no Unicode folding
	} {
		if got := HasPrefixFold(c.s, c.sub); got != c.prefix {
			t.Errorf("HasPrefixFold(%q, %q) = %v", c.s, c.sub, got)
		}
		if got := IndexFold(c.s, c.sub); got != c.index {
			t.Errorf("IndexFold(%q, %q) = %d, want %d", c.s, c.sub, got, c.index)
		}
	}
}

func TestNamesSurname(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want bool
	}{
		{"Attorney General Dave Sunday wrote.", "Sunday", true},
		{"Mr. Dave Sunday wrote.", "Sunday", true},
		{"A bomb hit Nairobi, Kenya Friday morning.", "Friday", false},
		{"We met Dave Sunday 25 May.", "Sunday", false},
		{"President Biden Monday said no.", "Monday", false},
		{"Attorney General Dave Sundays", "Sunday", false},
	} {
		if got := NamesSurname(c.s, c.w); got != c.want {
			t.Errorf("NamesSurname(%q, %q) = %v, want %v", c.s, c.w, got, c.want)
		}
	}
}

func TestSurname(t *testing.T) {
	for _, c := range [][2]string{
		{"Jane Roe", "Roe"}, {"Starry Lee Wai-king", "Lee"}, {"Chan Kwok-ki", "Chan"},
		{"Karine Jean-Pierre", "Jean-Pierre"}, {"Roe", "Roe"}, {"Moon Jae-in", "Moon"},
	} {
		if got := Surname(c[0]); got != c[1] {
			t.Errorf("Surname(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// TestTokenizeRange reads each paragraph alone and finds the tokens the
// whole text's analysis gives it.
func TestTokenizeRange(t *testing.T) {
	a := NewAnalyzer(Lexicon{})
	s := "Mr. Rutte's plan, “the U.S. view”.\n\nThe States' aid – e.g. AT&T.\nDon't stop."
	whole := a.Analyze(s)
	d := new(Doc)
	for _, p := range whole.Paragraphs {
		from, to := whole.Bytes(p)
		a.TokenizeRange(d, s, from, to)
		want := whole.Tokens[p.Start:p.End]
		if len(d.Tokens) != len(want) {
			t.Fatalf("%q: %d tokens, want %d", s[from:to], len(d.Tokens), len(want))
		}
		for i, tk := range d.Tokens {
			if w := want[i]; tk.Start != w.Start || tk.End != w.End || tk.Kind != w.Kind || tk.Shape != w.Shape {
				t.Errorf("%q: token %d %+v, want %+v", s[from:to], i, tk, w)
			}
		}
		if len(d.Sentences) != 0 || d.Text != s {
			t.Errorf("sentences %v, text %q", d.Sentences, d.Text)
		}
	}
}
