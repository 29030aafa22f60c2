package extract

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"sync"

	"github.com/communique/communique/extract/internal/chrome"
)

// ErrProfile is returned by LoadProfile for a file that is not a profile.
var ErrProfile = errors.New("extract: invalid site profile")

// Profile holds the blocks that recur across the pages of one site (sign-up
// and reset-password modals, menus, footers), learned by a ProfileLearner.
// It can be saved and loaded, and is safe for concurrent use once built.
type Profile struct {
	site   string
	pages  int
	blocks map[string]int // block key → pages it was seen on
}

// Site returns the name the profile was learned under.
func (p *Profile) Site() string { return p.site }

// Len returns the number of recurring blocks the profile holds.
func (p *Profile) Len() int {
	if p == nil {
		return 0
	}
	return len(p.blocks)
}

// known returns the profile's test of a block key for the chrome
// classifier, nil when the profile holds no blocks.
func (p *Profile) known() func(key string) bool {
	if p.Len() == 0 {
		return nil
	}
	return p.has
}

func (p *Profile) has(key string) bool {
	if p == nil {
		return false
	}
	_, ok := p.blocks[key]
	return ok
}

// ProfileLearner learns a Profile from pages of one site. Identical pages
// count once, so duplicates in a crawl cannot make their own content look
// like chrome. A ProfileLearner is safe for concurrent use: pages are read
// in parallel, and only their counting is serialised.
type ProfileLearner struct {
	x    *Extractor
	site string

	mu sync.Mutex
	l  *chrome.Learner
}

// NewProfileLearner returns a learner that reads pages as x does.
func (e *Extractor) NewProfileLearner(site string) *ProfileLearner {
	return &ProfileLearner{x: e, site: site, l: chrome.NewLearner()}
}

// Add reads one page of the site. It returns the same errors as Extract for
// unreadable input.
func (l *ProfileLearner) Add(ctx context.Context, in Input) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	r, err := l.x.read(in)
	if err != nil {
		return err
	}
	sum, keys := chrome.PageKeys(r.blocks)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.l.Add(sum, keys)
	return nil
}

// Pages returns the number of distinct pages added.
func (l *ProfileLearner) Pages() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.l.Pages()
}

// Profile returns the profile learned so far.
func (l *ProfileLearner) Profile() *Profile {
	l.mu.Lock()
	defer l.mu.Unlock()
	return &Profile{site: l.site, pages: l.l.Pages(), blocks: l.l.Recurring()}
}

type profileFile struct {
	Version int            `json:"version"`
	Site    string         `json:"site"`
	Pages   int            `json:"pages"`
	Blocks  []profileBlock `json:"blocks"`
}

type profileBlock struct {
	Text  string `json:"text"`
	Pages int    `json:"pages"`
}

// Save writes the profile as JSON.
func (p *Profile) Save(w io.Writer) error {
	f := profileFile{Version: 1, Site: p.site, Pages: p.pages, Blocks: []profileBlock{}}
	for k, n := range p.blocks {
		f.Blocks = append(f.Blocks, profileBlock{Text: k, Pages: n})
	}
	sort.Slice(f.Blocks, func(i, j int) bool {
		if f.Blocks[i].Pages != f.Blocks[j].Pages {
			return f.Blocks[i].Pages > f.Blocks[j].Pages
		}
		return f.Blocks[i].Text < f.Blocks[j].Text
	})
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(f)
}

// LoadProfile reads a profile written by Save. It fails with ErrProfile for
// anything else.
func LoadProfile(r io.Reader) (*Profile, error) {
	var f profileFile
	dec := json.NewDecoder(io.LimitReader(r, 256<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrProfile, err)
	}
	if f.Version != 1 {
		return nil, fmt.Errorf("%w: unknown version %d", ErrProfile, f.Version)
	}
	p := &Profile{site: f.Site, pages: f.Pages, blocks: make(map[string]int, len(f.Blocks))}
	for _, b := range f.Blocks {
		p.blocks[chrome.Key(b.Text)] = b.Pages
	}
	return p, nil
}
