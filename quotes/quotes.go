// Package quotes finds quotations in English news text and attributes them
// to their speakers.
//
// The text is a document body: one paragraph a line, paragraphs usually
// separated by blank lines. The Finder pairs quotation marks (curly,
// straight, single where they are not apostrophes, guillemets, nested
// marks) paragraph by paragraph, joins quotations that run over several
// paragraphs by the usual convention (an opening mark at each paragraph, a
// closing mark only at the end), and takes a paragraph introduced by "X
// said:" as a quotation of X even without marks. Unbalanced marks never
// fail and never run away: a quotation left open ends with its paragraph
// unless the next paragraph opens with a mark again and a closing mark
// follows somewhere.
//
// Each statement is attributed from the reporting cue around it ("…,” he
// said", "said the Secretary General", "Mr Rutte warned that …",
// "according to …", "X said:" closing the previous paragraph, a
// "Name, Title" line signing a paragraph-long quotation); a quotation with
// no cue of its own takes the subject of its sentence, continues the
// statement before it in the same paragraph, or a person named in its
// paragraph or the one before, or the speaker of an attributed statement
// that holds the same words (a pull quote); with no such evidence its
// speaker is empty, never a guess. Pronouns resolve to the last compatible person named as
// a subject ("he", "she"; "I" in a transcript to the turn's labelled
// speaker), offices ("the Secretary General") to the person the given
// officials or the text name with that title, definite descriptions ("the
// Texas senator", "the spokesman") to the nearest person the text gave
// that role (data/roles.tsv) or, when none does, to the description
// itself ("said a senior adviser" → "senior adviser"), and surnames to the fullest name ("Mr
// Rutte" → "Mark Rutte"). An organisation can speak ("the campaign said",
// "the Foreign Ministry said"): SpeakerKind tells it from a person, and
// SpeakerStart and SpeakerEnd give the mention the speaker was read from.
// A fragment inside the reporter's own sentence is Partial, and its
// speaker is the reporting subject, not a person named inside it.
//
// Quoted names, titles, themes and terms ("the theme “Renewed Focus on
// Peace & Prosperity in the Balkans”", "NATO’s “Open Door” policy", scare
// quotes) are returned with Term set, never attributed. A text that opens
// with "X said:" (after at most a headline) is X's statement itself, a
// speech or message page, not a report quoting it.
//
// A Finder is built once with New and is safe for concurrent use.
package quotes

import (
	"cmp"
	"slices"
	"sync"

	"github.com/communique/communique/entities"
	"github.com/communique/communique/internal/text"
)

// Quote is one quoted statement, or a quoted term (see Term).
type Quote struct {
	// Text is the quotation without its outer marks: text[Start:End]. A
	// quotation that runs over several paragraphs keeps the paragraph
	// breaks and the opening marks that repeat at each paragraph.
	Text string `json:"text"`
	// Speaker is the resolved name of who said it ("Mark Rutte"); empty when
	// the quotation is not a statement (a title, a theme, a term) or no
	// speaker can be found.
	Speaker string `json:"speaker"`
	// SpeakerKind tells what the speaker is: "person", or "organization"
	// when the cue's subject is an organisation ("the campaign said",
	// "the Foreign Ministry said in a statement"); empty when there is no
	// speaker.
	SpeakerKind string `json:"speaker_kind,omitempty"`
	// SpeakerStart and SpeakerEnd are the byte offsets, in the searched
	// text, of the mention the cue attaches to and the speaker was read
	// from: the name, pronoun or description ("he", "the campaign",
	// "Sen. Jane Roe"); for a quotation that continues a statement in the
	// same paragraph, that statement's. Both are zero when there is no
	// speaker or no single mention gave it (a signature line, a person
	// named in an earlier sentence).
	SpeakerStart int `json:"speaker_start,omitempty"`
	SpeakerEnd   int `json:"speaker_end,omitempty"`
	// Cue is the reporting verb or phrase ("said", "warned", "according to").
	Cue string `json:"cue"`
	// Partial reports a fragment quoted inside the reporter's own sentence.
	Partial bool `json:"partial"`
	// Start and End are byte offsets of Text in the searched text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Term reports quoted text that is not a statement: a title, theme,
	// slogan, name or term. A term has no cue; its Speaker is empty except
	// for a word or short phrase the text shows a named person using as
	// the subject of its sentence ("Roe called the plan “reckless”",
	// "Roe accused him of a “U-turn”") and for the words of a headline
	// that names its speaker in a label or before a capitalised
	// reporting verb ("Roe: Plan Is ‘Dead on Arrival’", "Jane Roe Says
	// Plan Is ‘Reckless’"), which are then also Partial.
	Term bool `json:"term,omitempty"`
}

// Options configure a Finder. The zero value is the default.
type Options struct {
	// OmitTerms leaves quoted titles, themes and terms out of the results;
	// by default they are returned with Term set and no speaker.
	OmitTerms bool
	// Cues are reporting words added to the built-in list (data/cues.tsv,
	// whose header documents the kinds).
	Cues []Cue
	// OrganizationNouns are lower-case nouns added to the built-in list
	// (data/orgnouns.txt) of nouns that make a cue's subject an
	// organisation ("the caucus said").
	OrganizationNouns []string
	// PersonNouns are nouns added to the built-in list (data/people.txt
	// and the role nouns of data/roles.tsv) of nouns that make a
	// description of someone the text does not name a speaker ("said a
	// park ranger" with "ranger"): the description is then the speaker.
	PersonNouns []string
}

// Speaker kinds of Quote.SpeakerKind.
const (
	KindPerson       = "person"
	KindOrganization = "organization"
)

// Finder finds and attributes quotations. It is safe for concurrent use.
type Finder struct {
	opts Options
	lx   *lexicon
	bufs sync.Pool // *buffers recycled from one Find to the next
}

// buffers are the token buffers of one Find call, kept for the next.
type buffers struct {
	ptoks, ttoks []tok
	sentA, sentB []int32
	spans        []span
	doc          *text.Doc // the analysis of a text given alone
}

// maxKeptTokens bounds the buffers kept between calls: a huge text's are
// left to the collector.
const maxKeptTokens = 1 << 16

// New returns a Finder built with opts.
func New(opts Options) *Finder {
	return &Finder{opts: opts, lx: lexiconWith(opts.Cues, opts.OrganizationNouns, opts.PersonNouns)}
}

// Find returns the quotations in text, in text order, without overlaps.
// officials, as entities.Extractor.Officials returns them for the same
// text, let speakers be resolved to full names ("Mr Rutte" or "the
// Secretary General" → "Mark Rutte"); nil is fine, and names are then
// resolved from the text alone.
func (f *Finder) Find(text string, officials []entities.Official) []Quote {
	return f.FindPeople(text, officials, nil)
}

// FindPeople is Find with the persons entities.Extractor.People returns
// for the same text: their genders let "he" and "she" skip a person of
// the other gender the text names without an honorific.
func (f *Finder) FindPeople(body string, officials []entities.Official, people []entities.Person) []Quote {
	return f.FindDoc(body, nil, officials, people)
}

// FindDoc is FindPeople reading the tokens of d, the shared analysis of
// body (or of a copy of it of the same length whose markup is blanked),
// instead of analysing body itself. d may be nil.
func (f *Finder) FindDoc(body string, d *text.Doc, officials []entities.Official, people []entities.Person) []Quote {
	if len(body) == 0 {
		return nil
	}
	bf, _ := f.bufs.Get().(*buffers)
	if bf == nil {
		bf = &buffers{ptoks: make([]tok, 0, 256), ttoks: make([]tok, 0, 256)}
	}
	lazy := d == nil || len(d.Text) != len(body)
	if lazy {
		// no analysis given: each part read is tokenised when it is read
		if bf.doc == nil {
			bf.doc = new(text.Doc)
		}
		d = bf.doc
	}
	spans := dropNicknames(body, scanMarks(body, bf.spans[:0]))
	st := &state{f: f, text: body, offs: officials, spans: spans, people: people, doc: d, lazy: lazy}
	// the buffers hold no paragraph yet
	st.ptoks, st.ttoks, st.sentA, st.sentB = bf.ptoks[:0], bf.ttoks[:0], bf.sentA[:0], bf.sentB[:0]
	st.pa, st.pb, st.ta, st.tb = -1, -1, -1, -1
	defer func() {
		if cap(st.ptoks) <= maxKeptTokens && cap(st.ttoks) <= maxKeptTokens && cap(spans) <= maxKeptTokens {
			bf.ptoks, bf.ttoks, bf.sentA, bf.sentB, bf.spans = st.ptoks, st.ttoks, st.sentA, st.sentB, spans[:0]
			if bf.doc != nil {
				if cap(bf.doc.Tokens) > maxKeptTokens {
					bf.doc = nil
				} else {
					bf.doc.Reset()
				}
			}
			f.bufs.Put(bf)
		}
	}()
	blocks := st.blocks()
	if len(spans) == 0 && len(blocks) == 0 {
		return st.signedQuotes(nil)
	}
	out := make([]Quote, 0, len(spans)+len(blocks))
	bi := 0
	for qi := 0; qi < len(spans) || bi < len(blocks); {
		if bi < len(blocks) && (qi >= len(spans) || blocks[bi].start <= spans[qi].open) {
			b := blocks[bi]
			bi++
			// quotations inside the block belong to it
			for qi < len(spans) && spans[qi].open < b.end {
				qi++
			}
			st.advance(b.intro)
			out = append(out, st.block(b))
			continue
		}
		q, ok := st.quote(qi)
		qi++
		if !ok || (q.Term && f.opts.OmitTerms) {
			continue
		}
		out = append(out, q)
	}
	out = append(out, st.signedQuotes(out)...)
	slices.SortStableFunc(out, func(a, b Quote) int { return cmp.Compare(a.Start, b.Start) })
	repeated(out)
	return out
}
