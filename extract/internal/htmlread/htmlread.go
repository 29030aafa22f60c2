// Package htmlread is the HTML reader: it reads a page or fragment into
// blocks, finds the article among them (by tags, roles, class and id words,
// and the prose each element holds), marks what lies outside it, and reads
// the page's headline and the publication dates of its metadata.
package htmlread

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/communique/communique/extract/internal/block"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page is what the HTML reader makes of a page.
type Page struct {
	// Title is the headline: og:title, h1 or <title>, a site suffix
	// (" | Site") trimmed.
	Title string
	// Blocks are every text block in document order; chrome outside the
	// article is already marked Removed.
	Blocks []block.Block
	// Dates are publication dates from the page's metadata, raw strings,
	// most trusted first.
	Dates []string
	// URL is the page's own address as its metadata gives it (og:url,
	// else the canonical link), or "".
	URL string
}

// Parse reads an HTML page or fragment (UTF-8) into blocks, finds the
// article among them and marks what lies outside it. Elements nested deeper
// than maxDepth are not kept as elements, but their text is kept as text of
// the element at the limit, so deep or hostile nesting costs linear time.
func Parse(data []byte, maxDepth int) (page Page, err error) {
	return new(Scratch).Parse(data, maxDepth)
}

// Parse is the package's Parse with its working memory in sc, which a
// caller may keep for the next page.
func (sc *Scratch) Parse(data []byte, maxDepth int) (page Page, err error) {
	defer func() {
		if r := recover(); r != nil {
			page, err = Page{}, fmt.Errorf("extract: html reader: %v", r)
		}
	}()
	if maxDepth <= 0 {
		maxDepth = DefaultMaxDepth
	}
	b := newHTMLBuilder(maxDepth, len(data), sc)
	if err := b.read(data); err != nil {
		return Page{}, err
	}
	defer sc.keep(b)
	b.unwrapPre()
	if xmlRecord(data) {
		// a record in XML, a parliament's Hansard, is all text, no page
		// around an article; what no HTML element holds is its metadata
		// (a sitting's date, a speaker's identifier, a page number)
		b.markXMLMetadata()
	} else {
		b.selectContent()
	}
	b.removeTrailingLinkList()
	b.removeLinkRuns()
	page.Title = b.markTitle()
	b.markStamps()
	b.keepStandfirst()
	b.removeKickers()
	page.Blocks = b.blocks
	page.Dates = b.meta.dates()
	page.URL = b.meta.url
	if page.URL == "" {
		page.URL = b.meta.canonical
	}
	return page, nil
}

// htmlTextElements are the HTML elements that hold a page's text (an XML
// vocabulary may share a name with an HTML attribute, "name", never with
// these).
var htmlTextElements = map[atom.Atom]bool{
	atom.Body: true, atom.P: true, atom.Div: true, atom.Span: true, atom.Section: true, atom.Article: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.A: true, atom.B: true, atom.I: true, atom.Em: true, atom.Strong: true, atom.Blockquote: true,
	atom.Pre: true, atom.Font: true, atom.U: true, atom.Main: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
}

// markXMLMetadata removes, as metadata, the blocks of an XML record that
// no HTML element holds, unless HTML elements hold too little of it to be
// its text: then the elements of prose are (xmlProse).
func (b *htmlBuilder) markXMLMetadata() {
	kept, total := 0, 0
	for i := range b.blocks {
		if b.blocks[i].Removed != 0 {
			continue
		}
		total += int(b.info[i].words)
		html := false
		for k := b.info[i].owner; k >= 0; k = b.nodes[k].parent {
			if htmlTextElements[b.nodes[k].tag] {
				html = true
				break
			}
		}
		if !html {
			b.blocks[i].Removed = block.ReasonMetadata
		} else {
			kept += int(b.info[i].words)
		}
	}
	b.xmlProse(kept, total)
}

// xmlRecord reports whether data is an XML document of its own vocabulary,
// not a web page: its root element, after any declaration, comments and
// white space, is no HTML element ("<hansard>", "<debate>").
func xmlRecord(data []byte) bool {
	s := data
	if len(s) > 4096 {
		s = s[:4096]
	}
	s = bytes.TrimPrefix(s, []byte("\xef\xbb\xbf"))
	for {
		s = bytes.TrimLeft(s, " \t\r\n")
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			k := bytes.Index(s, []byte("?>"))
			if k < 0 {
				return false
			}
			s = s[k+2:]
			continue
		case bytes.HasPrefix(s, []byte("<!--")):
			k := bytes.Index(s, []byte("-->"))
			if k < 0 {
				return false
			}
			s = s[k+3:]
			continue
		}
		break
	}
	if len(s) < 2 || s[0] != '<' {
		return false
	}
	e := 1
	for e < len(s) && (s[e] >= 'a' && s[e] <= 'z' || s[e] >= 'A' && s[e] <= 'Z' || s[e] >= '0' && s[e] <= '9' || s[e] == '.' || s[e] == '-' || s[e] == '_' || s[e] == ':') {
		e++
	}
	name := bytes.ToLower(s[1:e])
	return len(name) > 0 && name[0] != '!' && atom.Lookup(name) == 0
}

// DefaultMaxDepth is the depth of nesting Parse keeps when given none; it
// is the value of extract.DefaultMaxHTMLDepth.
const DefaultMaxDepth = 512

// Node flags.
const (
	nfBlock        uint32 = 1 << iota // block-level: text breaks around it
	nfJunk                            // page furniture by tag, role, class or id (own mark)
	nfHidden                          // hidden by attribute or inline style; inherited
	nfPositive                        // class or id says article body
	nfLink                            // inside <a href>; inherited
	nfBodyProp                        // itemprop="articleBody" or similar strong mark
	nfNavTag                          // nav, menus: removed blocks get block.ReasonNavigation
	nfPre                             // inside <pre>; inherited
	nfHeader                          // <header> element or banner role
	nfComment                         // comment section
	nfInJunk                          // inside a furniture element (inherited)
	nfFigure                          // a figure or its caption: pictures' words, not the article's
	nfTitleClass                      // junk only for a "title" class word: not when it holds prose
	nfAriaHidden                      // aria-hidden inline text: read only when it adds words; inherited
	nfLead                            // class or id says the article's standfirst ("lead", "standfirst")
	nfWeakClass                       // junk only for a weak class word ("header", "meta"): not on a page's h1
	nfStamp                           // a CMS's stamp of when the page was created or changed, not published; inherited
	nfField                           // a CMS's field set in a span ("field--name-title"): a block of its own
	nfSpeakerClass                    // a class that says the element holds a speaker's label ("speaker")
)

// hnode is one element of the page.
type hnode struct {
	tag    atom.Atom
	name   string // for elements with no atom
	parent int32
	flags  uint32
	kind   block.Kind // kind of the blocks directly inside (inherited)
	owner  int32      // nearest block-level element (itself when block-level)
	// bstart, bend: the range of blocks inside the element.
	bstart, bend int32
	depth        int32
	// nend is one past the last element inside this one (elements are
	// numbered in document order).
	nend int32
}

// hblockInfo is what the content selection needs to know about a block
// beyond the block itself.
type hblockInfo struct {
	owner     int32 // the block-level element holding the text
	linkBytes int32
	leadLink  int32 // bytes of the link the block begins with
	// inlineJunk: the block's text is nearly all inside inline furniture.
	inlineJunk bool
	// pre: a line of a <pre> element, indent its indentation, blank a
	// blank line before it, columns a gap of three spaces or more between
	// two of its words (a roster's two columns, a table's cells)
	pre     bool
	blank   bool
	columns bool
	indent  uint8
	words   int32
	punct   int32 // sentence punctuation and commas
	value   float64
}

type htmlBuilder struct {
	// speaker is the speaker an attribute of element speakerNode names,
	// until its first text
	speaker     []byte
	speakerNode int32
	maxDepth    int
	nodes       []hnode
	stack       []int32
	phantom     int // elements opened past maxDepth and not yet closed
	open        map[atom.Atom]int32
	// classes remembers the verdicts on class attributes' values
	// (classVerdict), from page to page
	classes map[string]classVerdict

	buf       []byte
	space     bool
	linkBytes int
	leadLink  int  // bytes of the link that begins the block
	leading   bool // the block so far is one link
	junkBytes int  // bytes inside inline furniture (a caption or hidden span)
	newlines  int  // newlines in the current run of white space
	brPending bool // a <br> since the last character
	owner     int32
	// preIndent and preBlank: in <pre>, the current line's indentation
	// (a tab counts four) and whether a blank line stands before it;
	// preGap the spaces since the line's last visible character, preCols
	// whether a gap of three or more stands between two of its words
	preIndent int
	preBlank  bool
	preGap    int
	preCols   bool

	blocks []block.Block
	info   []hblockInfo

	// rawTag is the raw-text element whose text token comes next;
	// rawTitle and rawJSON say what to do with that text.
	rawTag   atom.Atom
	rawTitle bool
	rawJSON  bool
	// skipTag and skipDepth: inside <svg>, <math> or <template>.
	skipTag   atom.Atom
	skipDepth int

	meta htmlMeta
}

// newHTMLBuilder returns a builder for a page of size bytes, its working
// memory taken from sc where sc's is large enough.
func newHTMLBuilder(maxDepth, size int, sc *Scratch) *htmlBuilder {
	b := &htmlBuilder{
		maxDepth: maxDepth,
		nodes:    sc.nodes[:0],
		stack:    sc.stack[:0],
		open:     sc.open,
		blocks:   make([]block.Block, 0, size/800+16),
		info:     sc.info[:0],
		buf:      sc.buf[:0],
		owner:    -1,
	}
	if cap(b.nodes) < size/200+16 {
		b.nodes = make([]hnode, 0, size/200+16)
	}
	if cap(b.stack) < 64 {
		b.stack = make([]int32, 0, 64)
	}
	if b.open == nil {
		b.open = make(map[atom.Atom]int32, 32)
	}
	if b.classes = sc.classes; b.classes == nil {
		b.classes = make(map[string]classVerdict, 64)
	}
	clear(b.open)
	if cap(b.info) < size/800+16 {
		b.info = make([]hblockInfo, 0, size/800+16)
	}
	b.nodes = append(b.nodes, hnode{parent: -1, flags: nfBlock, kind: block.Para})
	b.stack = append(b.stack, 0)
	return b
}

func (b *htmlBuilder) top() int32 { return b.stack[len(b.stack)-1] }

func (b *htmlBuilder) read(data []byte) error {
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			err := z.Err()
			if errors.Is(err, io.EOF) {
				b.flush()
				for len(b.stack) > 1 {
					b.pop()
				}
				b.nodes[0].bend = int32(len(b.blocks))
				b.nodes[0].nend = int32(len(b.nodes))
				return nil
			}
			return fmt.Errorf("extract: html: %w", err)
		case html.TextToken:
			switch {
			case b.rawTag != 0:
				// Scripts and styles are not decoded unless they are
				// the title or JSON-LD metadata.
				if b.rawTitle || b.rawJSON {
					b.text(z.Text())
				}
			case b.skipDepth == 0:
				b.text(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			b.start(z, name, hasAttr, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			b.end(name)
		}
	}
}
