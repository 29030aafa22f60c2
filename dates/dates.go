// Package dates finds temporal expressions in English text and normalises
// them to ISO-8601 values at their own precision, in the manner of TIMEX3:
// "26 March 2025" is 2025-03-26, "June" is 2025-06, "the first quarter of
// 2025" is 2025-Q1, "Thursday evening" is 2025-04-03TEV and "two days" is
// P2D. Relative expressions ("today", "On Thursday", "last year") are
// anchored on a reference date given by the caller.
//
// A Parser is built once with New and is safe for concurrent use.
package dates

import "time"

// Grain is the precision of a normalised value.
type Grain int

// The grains, from the finest to the coarsest, then durations and sets.
const (
	GrainUnknown  Grain = iota
	GrainTime           // 2025-04-03T15:00
	GrainPartDay        // 2025-04-03TEV
	GrainDay            // 2025-04-03
	GrainWeek           // 2025-W14
	GrainMonth          // 2025-04
	GrainSeason         // 2025-SU
	GrainQuarter        // 2025-Q1
	GrainHalf           // 2025-H1
	GrainYear           // 2025
	GrainDecade         // 202X
	GrainDuration       // P2D
)

var grainNames = [...]string{"", "time", "partofday", "day", "week", "month", "season", "quarter", "half", "year", "decade", "duration"}

// String returns the grain's name as it appears in JSON ("day", "month"...).
func (g Grain) String() string {
	if g < 0 || int(g) >= len(grainNames) {
		return ""
	}
	return grainNames[g]
}

// MarshalText encodes the grain as its name.
func (g Grain) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText decodes a grain name; an unknown name is GrainUnknown.
func (g *Grain) UnmarshalText(b []byte) error {
	*g = GrainUnknown
	for i, n := range grainNames {
		if n == string(b) {
			*g = Grain(i)
		}
	}
	return nil
}

// Mention is one temporal expression found in a text.
type Mention struct {
	// Text is the expression as it stands in the text: text[Start:End].
	Text string `json:"text"`
	// Value is the ISO-8601 value at the expression's own precision
	// ("2025-03-26", "2025-06", "2025-Q1", "2025-04-03TEV", "P2D"); empty when
	// the expression cannot be resolved (for example a relative date with no
	// reference date).
	Value string `json:"value"`
	// Grain is the precision of Value.
	Grain Grain `json:"grain"`
	// Start and End are byte offsets of Text in the searched text.
	Start int `json:"start"`
	End   int `json:"end"`
	// From and To bound the period the value denotes: [From, To). Both are
	// zero for durations and unresolved expressions.
	From time.Time `json:"-"`
	To   time.Time `json:"-"`
}

// Options configure a Parser. The zero value is the default.
type Options struct{}

// Parser finds temporal expressions. It is safe for concurrent use.
type Parser struct{ opts Options }

// New returns a Parser built with opts.
func New(opts Options) *Parser { return &Parser{opts: opts} }

// Find returns the temporal expressions in text, in text order, with
// relative ones anchored on ref (the page's own date or a date the caller
// gives). With a zero ref, relative expressions are returned with an empty
// Value.
func (p *Parser) Find(text string, ref time.Time) []Mention { return nil }

// PageDate returns the day a page reports its own event or publication on,
// read from its text: a dateline, a date block, a "Publication date:" line
// or the first dated sentence of a news release.
func (p *Parser) PageDate(text string) (time.Time, bool) { return time.Time{}, false }

// ParseDate parses a date as metadata gives it (ISO-8601, RFC 3339,
// "February 16, 2000", "16 February 2000") and returns its day.
func ParseDate(s string) (time.Time, bool) { return time.Time{}, false }
