package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlPage is what the HTML reader makes of a page.
type htmlPage struct {
	// Title is the headline: og:title, h1 or <title>, a site suffix
	// (" | Site") trimmed.
	Title string
	// Blocks are every text block in document order; chrome outside the
	// article is already marked Removed.
	Blocks []block
	// Dates are publication dates from the page's metadata, raw strings,
	// most trusted first.
	Dates []string
}

// parseHTML reads an HTML page or fragment (UTF-8) into blocks, finds the
// article among them and marks what lies outside it. Elements nested deeper
// than maxDepth are not kept as elements, but their text is kept as text of
// the element at the limit, so deep or hostile nesting costs linear time.
func parseHTML(data []byte, maxDepth int) (page htmlPage, err error) {
	defer func() {
		if r := recover(); r != nil {
			page, err = htmlPage{}, fmt.Errorf("extract: html reader: %v", r)
		}
	}()
	if maxDepth <= 0 {
		maxDepth = DefaultMaxHTMLDepth
	}
	b := newHTMLBuilder(maxDepth, len(data))
	if err := b.read(data); err != nil {
		return htmlPage{}, err
	}
	b.selectContent()
	b.removeTrailingLinkList()
	b.removeLinkRuns()
	page.Title = b.markTitle()
	b.removeKickers()
	page.Blocks = b.blocks
	page.Dates = b.meta.dates()
	return page, nil
}

// Node flags.
const (
	nfBlock      uint32 = 1 << iota // block-level: text breaks around it
	nfJunk                          // page furniture by tag, role, class or id (own mark)
	nfHidden                        // hidden by attribute or inline style; inherited
	nfPositive                      // class or id says article body
	nfLink                          // inside <a href>; inherited
	nfBodyProp                      // itemprop="articleBody" or similar strong mark
	nfNavTag                        // nav, menus: removed blocks get ReasonNavigation
	nfPre                           // inside <pre>; inherited
	nfHeader                        // <header> element or banner role
	nfComment                       // comment section
	nfInJunk                        // inside a furniture element (inherited)
	nfFigure                        // a figure or its caption: pictures' words, not the article's
	nfTitleClass                    // junk only for a "title" class word: not when it holds prose
)

// hnode is one element of the page.
type hnode struct {
	tag    atom.Atom
	name   string // for elements with no atom
	parent int32
	flags  uint32
	kind   blockKind // kind of the blocks directly inside (inherited)
	owner  int32     // nearest block-level element (itself when block-level)
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
	words      int32
	punct      int32 // sentence punctuation and commas
	value      float64
}

type htmlBuilder struct {
	maxDepth int
	nodes    []hnode
	stack    []int32
	phantom  int // elements opened past maxDepth and not yet closed
	open     map[atom.Atom]int32

	buf       []byte
	space     bool
	linkBytes int
	leadLink  int  // bytes of the link that begins the block
	leading   bool // the block so far is one link
	junkBytes int  // bytes inside inline furniture (a caption or hidden span)
	newlines  int  // newlines in the current run of white space
	brPending bool // a <br> since the last character
	owner     int32

	blocks []block
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

func newHTMLBuilder(maxDepth, size int) *htmlBuilder {
	b := &htmlBuilder{
		maxDepth: maxDepth,
		nodes:    make([]hnode, 1, size/200+16),
		stack:    make([]int32, 1, 64),
		open:     make(map[atom.Atom]int32, 32),
		blocks:   make([]block, 0, size/800+16),
		info:     make([]hblockInfo, 0, size/800+16),
		owner:    -1,
	}
	b.nodes[0] = hnode{parent: -1, flags: nfBlock, kind: blockPara}
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

// Tag classes.
func htmlVoid(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Keygen, atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}

// htmlInline reports elements whose text flows into the surrounding block.
func htmlInline(a atom.Atom) bool {
	switch a {
	case atom.A, atom.Abbr, atom.B, atom.Bdi, atom.Bdo, atom.Cite, atom.Code, atom.Data,
		atom.Del, atom.Dfn, atom.Em, atom.Font, atom.I, atom.Ins, atom.Kbd, atom.Label,
		atom.Mark, atom.Nobr, atom.Q, atom.Rp, atom.Rt, atom.Ruby, atom.S, atom.Samp,
		atom.Small, atom.Span, atom.Strike, atom.Strong, atom.Sub, atom.Sup, atom.Time,
		atom.Tt, atom.U, atom.Var, atom.Big, atom.Blink, atom.Marquee, atom.Output,
		atom.Meter, atom.Progress, atom.Img, atom.Wbr, atom.Picture, atom.Source, atom.Input:
		return true
	}
	return false
}

// htmlRawText reports elements whose content the tokenizer returns as one
// text token that is not text of the page (scripts, styles, titles…).
func htmlRawText(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Iframe, atom.Noembed, atom.Noframes,
		atom.Textarea, atom.Title, atom.Xmp, atom.Plaintext:
		return true
	}
	return false
}

// htmlSkipped reports elements whose whole content, tags included, is not
// text of the page: pictures, formulas and templates.
func htmlSkipped(a atom.Atom) bool {
	return a == atom.Svg || a == atom.Math || a == atom.Template
}

// htmlMediaFallback reports elements whose text shows only where the
// element cannot ("Your browser does not support video").
func htmlMediaFallback(a atom.Atom) bool {
	switch a {
	case atom.Video, atom.Audio, atom.Canvas, atom.Object, atom.Applet:
		return true
	}
	return false
}

// htmlBreakout reports HTML start tags that end an unclosed <svg> or
// <math>, as the HTML parser's foreign-content rules do.
func htmlBreakout(a atom.Atom) bool {
	switch a {
	case atom.B, atom.Big, atom.Blockquote, atom.Body, atom.Br, atom.Center, atom.Code, atom.Dd,
		atom.Div, atom.Dl, atom.Dt, atom.Em, atom.Embed, atom.H1, atom.H2, atom.H3, atom.H4,
		atom.H5, atom.H6, atom.Head, atom.Hr, atom.I, atom.Img, atom.Li, atom.Listing, atom.Menu,
		atom.Meta, atom.Nobr, atom.Ol, atom.P, atom.Pre, atom.Ruby, atom.S, atom.Small, atom.Span,
		atom.Strong, atom.Strike, atom.Sub, atom.Sup, atom.Table, atom.Tt, atom.U, atom.Ul, atom.Var:
		return true
	}
	return false
}

// htmlHeading reports h1-h6.
func htmlHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// htmlClosesP reports start tags that close an open <p>.
func htmlClosesP(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P,
		atom.Section, atom.Summary, atom.Ul, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Pre, atom.Listing, atom.Form, atom.Table, atom.Hr, atom.Li, atom.Dd, atom.Dt:
		return true
	}
	return false
}

// htmlScopeBoundary reports elements that end tags of other elements do not
// reach past (tables and their cells, in the manner of the HTML parser).
func htmlScopeBoundary(a atom.Atom) bool {
	switch a {
	case atom.Table, atom.Td, atom.Th, atom.Caption, atom.Html, atom.Template,
		atom.Applet, atom.Object, atom.Marquee, atom.Button:
		return true
	}
	return false
}

func (b *htmlBuilder) start(z *html.Tokenizer, name []byte, hasAttr, selfClosing bool) {
	a := atom.Lookup(name)
	if b.skipDepth > 0 {
		switch {
		case a == b.skipTag:
			if !selfClosing {
				b.skipDepth++
			}
			return
		case b.skipTag != atom.Template && htmlBreakout(a):
			b.skipDepth = 0 // an HTML tag ends an unclosed picture or formula
		default:
			return
		}
	}
	if a == atom.Br {
		b.lineBreak()
		return
	}
	if htmlSkipped(a) {
		if !selfClosing {
			b.skipTag, b.skipDepth = a, 1
		}
		return
	}
	// Implied end tags.
	switch {
	case a == atom.Li:
		b.closeImplied(atom.Li, 0, listBoundary)
	case a == atom.Dt || a == atom.Dd:
		b.closeImplied(atom.Dt, atom.Dd, listBoundary)
	case a == atom.Td || a == atom.Th:
		b.closeImplied(atom.Td, atom.Th, rowBoundary)
	case a == atom.Tr:
		b.closeImplied(atom.Tr, 0, tableBoundary)
	case a == atom.Option:
		b.closeImplied(atom.Option, 0, selectBoundary)
	case a == atom.A:
		b.closeImplied(atom.A, 0, blockBoundary)
	}
	if htmlClosesP(a) && b.open[atom.P] > 0 {
		b.closeImplied(atom.P, 0, pBoundary)
	}
	if htmlHeading(a) && htmlHeading(b.nodes[b.top()].tag) {
		b.pop()
	}

	var key, val []byte
	var flags uint32
	var jsonld bool
	var classWeight int
	var role, itemprop, property, nameAttr, content, datetime []byte
	var href bool
	if hasAttr && htmlNeedsAttrs(a) {
		more := true
		for more {
			key, val, more = z.TagAttr()
			switch string(key) {
			case "class", "id":
				w, f := htmlClassifyTokens(val)
				classWeight += w
				flags |= f
			case "role":
				role = val
			case "hidden":
				flags |= nfHidden
			case "aria-hidden":
				if string(val) == "true" && a != atom.Span && a != atom.I && a != atom.Svg {
					flags |= nfHidden
				}
			case "style":
				if htmlHiddenStyle(val) {
					flags |= nfHidden
				}
			case "type":
				if a == atom.Script && bytes.EqualFold(val, []byte("application/ld+json")) {
					jsonld = true
				}
				if a == atom.Input && bytes.EqualFold(val, []byte("hidden")) {
					flags |= nfHidden
				}
			case "itemprop":
				itemprop = val
			case "property":
				property = val
			case "name":
				nameAttr = val
			case "content":
				content = val
			case "datetime":
				datetime = val
			case "href":
				href = true
			}
		}
	}
	if a == atom.Meta {
		b.meta.addMeta(property, nameAttr, itemprop, content)
		return
	}
	if htmlRawText(a) {
		if !selfClosing {
			b.rawTag = a
			b.rawTitle = a == atom.Title && !b.meta.titleDone
			b.rawJSON = jsonld
		}
		return
	}
	if len(itemprop) > 0 {
		if bytes.EqualFold(itemprop, []byte("articleBody")) {
			flags |= nfBodyProp
		}
		if bytes.EqualFold(itemprop, []byte("datePublished")) {
			if len(content) > 0 {
				b.meta.add(prioItemprop, content)
			} else if len(datetime) > 0 {
				b.meta.add(prioItemprop, datetime)
			}
		}
	}
	if a == atom.Time && len(datetime) > 0 {
		b.meta.add(prioTime, datetime)
	}
	if htmlVoid(a) {
		return
	}
	if selfClosing && a != 0 {
		return // <div/> in an HTML page is usually meant empty
	}
	if len(b.stack) >= b.maxDepth {
		b.phantom++
		if !htmlInline(a) {
			b.flush()
		}
		return
	}
	if len(role) > 0 {
		flags |= htmlClassifyRole(role)
	}
	b.push(a, name, flags, classWeight, href)
	if selfClosing {
		b.pop()
	}
}

// htmlNeedsAttrs reports elements whose attributes matter: not pictures,
// links to style sheets or inline formatting (the tokenizer copies every
// attribute it returns).
func htmlNeedsAttrs(a atom.Atom) bool {
	switch a {
	case atom.Img, atom.Source, atom.Link, atom.Input, atom.Col, atom.Param, atom.Track,
		atom.Area, atom.Embed, atom.Wbr, atom.Hr, atom.B, atom.I, atom.Em, atom.Strong, atom.U,
		atom.Small, atom.Sub, atom.Sup, atom.Abbr, atom.Cite, atom.Code, atom.Q, atom.S,
		atom.Mark, atom.Font, atom.Picture, atom.Br:
		return false
	}
	return true
}

// Boundaries for implied end tags.
const (
	listBoundary = iota
	rowBoundary
	tableBoundary
	selectBoundary
	blockBoundary
	pBoundary
)

func htmlStopsAt(kind int, a atom.Atom) bool {
	switch kind {
	case listBoundary:
		return a == atom.Ul || a == atom.Ol || a == atom.Menu || a == atom.Dl || a == atom.Table ||
			a == atom.Td || a == atom.Th || a == atom.Body || a == atom.Html
	case rowBoundary:
		return a == atom.Tr || a == atom.Table || a == atom.Tbody || a == atom.Thead || a == atom.Tfoot
	case tableBoundary:
		return a == atom.Table
	case selectBoundary:
		return a == atom.Select || a == atom.Datalist
	case blockBoundary:
		return !htmlInline(a)
	case pBoundary:
		return htmlScopeBoundary(a)
	}
	return true
}

// closeImplied closes an open a1 or a2 element, unless a boundary element of
// the given kind is met first.
func (b *htmlBuilder) closeImplied(a1, a2 atom.Atom, boundary int) {
	if b.open[a1] == 0 && (a2 == 0 || b.open[a2] == 0) {
		return
	}
	for i := len(b.stack) - 1; i > 0; i-- {
		t := b.nodes[b.stack[i]].tag
		if t == a1 || (a2 != 0 && t == a2) {
			for len(b.stack) > i {
				b.pop()
			}
			return
		}
		if htmlStopsAt(boundary, t) {
			return
		}
	}
}

func (b *htmlBuilder) push(a atom.Atom, name []byte, flags uint32, classWeight int, href bool) {
	parent := b.top()
	p := &b.nodes[parent]
	n := hnode{tag: a, parent: parent, depth: p.depth + 1, kind: p.kind}
	if a == 0 {
		n.name = string(name)
	}
	switch a {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		// Page-level classes ("has-sidebar", "comments-open") say nothing
		// of the element itself.
		if flags&nfComment == 0 || a != atom.Article {
			flags &^= nfJunk | nfNavTag | nfComment
		}
	}
	if flags&nfBodyProp != 0 {
		flags &^= nfJunk | nfNavTag | nfComment // marked up as the article's body
	}
	n.flags = flags | p.flags&(nfHidden|nfLink|nfPre|nfInJunk)
	if htmlMediaFallback(a) {
		n.flags |= nfHidden
	}
	if a == atom.A && href {
		n.flags |= nfLink
	}
	if !htmlInline(a) {
		n.flags |= nfBlock
		b.flush()
	}
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		n.kind = blockHeading
	case atom.Li, atom.Dt, atom.Dd:
		n.kind = blockListItem
	case atom.Td, atom.Th:
		n.kind = blockCell
	case atom.Figcaption, atom.Caption:
		n.kind = blockCaption
		if a == atom.Figcaption {
			n.flags |= nfFigure
		}
	case atom.Figure:
		n.flags |= nfFigure
	case atom.Pre:
		n.kind = blockPre
		n.flags |= nfPre
	case atom.Blockquote:
		n.kind = blockQuote
	case atom.Nav, atom.Menu:
		n.flags |= nfJunk | nfNavTag
	case atom.Aside, atom.Footer, atom.Form, atom.Select, atom.Button, atom.Dialog:
		n.flags |= nfJunk
	case atom.Header:
		n.flags |= nfJunk | nfHeader
	case atom.Article:
		// An article inside an article is a comment or a related item
		// (the HTML standard's own reading of nested articles).
		if b.open[atom.Article] > 0 {
			n.flags |= nfJunk
		}
	}
	if a == atom.Form {
		// Whole pages are wrapped in forms by some frameworks: a form is
		// furniture only when small; decided in the content selection.
		n.flags &^= nfJunk
	}
	if classWeight > 0 {
		n.flags |= nfPositive
	}
	if n.flags&nfJunk != 0 {
		n.flags |= nfInJunk
	}
	if n.flags&nfBlock != 0 {
		n.owner = int32(len(b.nodes))
	} else {
		n.owner = p.owner
	}
	n.bstart = int32(len(b.blocks))
	b.nodes = append(b.nodes, n)
	b.stack = append(b.stack, int32(len(b.nodes)-1))
	b.open[a]++
}

func (b *htmlBuilder) pop() {
	i := b.top()
	n := &b.nodes[i]
	if n.flags&nfBlock != 0 {
		b.flush()
	}
	n.bend = int32(len(b.blocks))
	n.nend = int32(len(b.nodes))
	b.open[n.tag]--
	b.stack = b.stack[:len(b.stack)-1]
}

func (b *htmlBuilder) end(name []byte) {
	a := atom.Lookup(name)
	if b.rawTag != 0 {
		if a == b.rawTag {
			b.rawTag = 0
		}
		return
	}
	if b.skipDepth > 0 {
		if a == b.skipTag {
			b.skipDepth--
		}
		return
	}
	if a == atom.Br {
		b.lineBreak()
		return
	}
	if b.phantom > 0 {
		if !htmlVoid(a) {
			b.phantom--
			if !htmlInline(a) {
				b.flush()
			}
		}
		return
	}
	if a != 0 && b.open[a] == 0 {
		return
	}
	inline := htmlInline(a)
	for i := len(b.stack) - 1; i > 0; i-- {
		n := &b.nodes[b.stack[i]]
		if n.tag == a && (a != 0 || n.name == string(name)) {
			for len(b.stack) > i {
				b.pop()
			}
			return
		}
		if inline && n.flags&nfBlock != 0 {
			return // a misnested inline end tag: ignore it
		}
		if htmlScopeBoundary(n.tag) && !htmlTablePart(a) {
			return
		}
	}
}

func htmlTablePart(a atom.Atom) bool {
	switch a {
	case atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Caption:
		return true
	}
	return false
}

// text adds a text token to the current block.
func (b *htmlBuilder) text(s []byte) {
	if b.rawTag != 0 {
		switch {
		case b.rawTitle:
			b.meta.title = append(b.meta.title, s...)
			b.meta.titleDone = true
		case b.rawJSON:
			b.meta.jsonLD(s)
		}
		return
	}
	if b.skipDepth > 0 {
		return
	}
	t := b.top()
	n := &b.nodes[t]
	link := n.flags&nfLink != 0
	pre := n.flags&nfPre != 0
	// Text of an inline element that is furniture inside a block that is
	// not ("<p><span class=caption>…</span></p>").
	if !pre && n.flags&(nfInJunk|nfHidden) != 0 && n.owner >= 0 && b.nodes[n.owner].flags&(nfInJunk|nfHidden) == 0 {
		before := len(b.buf)
		defer func() {
			if len(b.buf) > before {
				b.junkBytes += len(b.buf) - before
			}
		}()
	}
	// Text loose in the page, outside any paragraph (a fragment of plain
	// text with some markup): a blank line ends a paragraph.
	loose := !pre && (n.owner <= 0 || b.nodes[n.owner].tag == atom.Body || b.nodes[n.owner].tag == atom.Html)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c <= ' ' || c == 0x7f {
				if c == '\n' && (pre || loose) {
					if b.newlines++; pre || b.newlines >= 2 {
						b.flush()
						b.newlines = 0
						continue
					}
				}
				b.space = true
				continue
			}
			b.newlines = 0
			b.add(t, link, rune(c))
			b.buf = append(b.buf, c)
			if link {
				b.linkBytes++
				if b.leading {
					b.leadLink++
				}
			} else {
				b.leading = false
			}
			continue
		}
		r, size := utf8.DecodeRune(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.add(t, link, r)
			b.buf = append(b.buf, "\uFFFD"...)
			i++
			continue
		}
		if unicode.IsSpace(r) {
			b.space = true
			i += size
			continue
		}
		b.newlines = 0
		b.add(t, link, r)
		b.buf = append(b.buf, s[i:i+size]...)
		if link {
			b.linkBytes += size
			if b.leading {
				b.leadLink += size
			}
		} else {
			b.leading = false
		}
		i += size
	}
}

// add prepares the buffer for a visible character: it starts a block or
// adds a pending space.
func (b *htmlBuilder) add(t int32, link bool, r rune) {
	if b.brPending {
		// After one <br>: a new line, unless the sentence goes on in
		// lower case ("the Minister said that<br>the talks…").
		b.brPending = false
		if !unicode.IsLower(r) || htmlLineEnds(b.buf) {
			b.flush()
		} else {
			b.space = true
		}
	}
	if len(b.buf) == 0 {
		b.owner = b.nodes[t].owner
		b.space = false
		b.leading = link
		b.leadLink = 0
		return
	}
	if b.space {
		b.buf = append(b.buf, ' ')
		if link {
			b.linkBytes++
			if b.leading {
				b.leadLink++
			}
		}
		b.space = false
	}
}

// lineBreak handles <br>: two in a row end the block at once; one ends it
// unless the text goes on in the same sentence.
func (b *htmlBuilder) lineBreak() {
	switch {
	case b.brPending:
		b.flush()
	case len(b.buf) > 0:
		b.brPending = true
	}
}

// htmlLineEnds reports a line that ends a sentence or a clause.
func htmlLineEnds(buf []byte) bool {
	if len(buf) == 0 {
		return true
	}
	switch buf[len(buf)-1] {
	case '.', '!', '?', ':', ';', ',':
		return true
	}
	return false
}

// flush ends the current block.
func (b *htmlBuilder) flush() {
	b.space = false
	b.brPending = false
	b.newlines = 0
	if len(b.buf) == 0 {
		return
	}
	owner := b.owner
	if owner < 0 || int(owner) >= len(b.nodes) {
		owner = 0
	}
	n := &b.nodes[owner]
	text := string(b.buf)
	links := float64(b.linkBytes) / float64(len(text))
	if links > 1 {
		links = 1
	}
	b.blocks = append(b.blocks, block{Text: text, Kind: n.kind, Links: links})
	bi := hblockInfo{owner: owner, linkBytes: int32(b.linkBytes), leadLink: int32(b.leadLink)}
	bi.inlineJunk = 10*b.junkBytes >= 9*len(text)
	b.junkBytes = 0
	bi.words, bi.punct = htmlCountWords(text)
	b.info = append(b.info, bi)
	b.buf = b.buf[:0]
	b.linkBytes = 0
	b.owner = -1
}

// htmlCountWords counts the words of a text and its commas and sentence
// punctuation.
func htmlCountWords(s string) (words, punct int32) {
	in := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ':
			in = false
		case c == ',' || c == '.' || c == '?' || c == '!' || c == ';':
			punct++
		default:
			if !in {
				words++
				in = true
			}
			if c == 0xe3 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x81 || s[i+2] == 0x82) {
				punct++ // CJK comma and full stop
			}
		}
	}
	return words, punct
}

// htmlHiddenStyle reports an inline style that hides the element.
func htmlHiddenStyle(v []byte) bool {
	for i := 0; i+4 <= len(v); i++ {
		switch v[i] | 0x20 {
		case 'd':
			if htmlFoldPrefix(v[i:], "display") {
				j := htmlSkipCSSSep(v, i+7)
				if htmlFoldPrefix(v[j:], "none") {
					return true
				}
			}
		case 'v':
			if htmlFoldPrefix(v[i:], "visibility") {
				j := htmlSkipCSSSep(v, i+10)
				if htmlFoldPrefix(v[j:], "hidden") {
					return true
				}
			}
		}
	}
	return false
}

func htmlSkipCSSSep(v []byte, j int) int {
	for j < len(v) && (v[j] == ' ' || v[j] == ':' || v[j] == '\t') {
		j++
	}
	return j
}

func htmlFoldPrefix(v []byte, p string) bool {
	if len(v) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if v[i]|0x20 != p[i] {
			return false
		}
	}
	return true
}
