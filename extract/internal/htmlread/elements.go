package htmlread

import (
	"bytes"

	"github.com/communique/communique/extract/internal/block"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file builds the tree of elements: start and end tags, the closes
// HTML implies, and the tables of elements the reader treats alike (void,
// inline, raw text, skipped, headings, table parts).

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
	if a == atom.Link {
		if hasAttr && b.meta.canonical == "" {
			b.meta.canonical = canonicalLink(z)
		}
		return
	}
	if a == 0 && (string(name) == "sic" || string(name) == "orig") && b.nodes[b.top()].name == "choice" {
		// a TEI record's misprint or old spelling beside its correction
		// ("<choice><sic>29th</sic><corr>27th</corr></choice>"): the
		// correction is read
		if !selfClosing {
			b.skipTag, b.skipDepth = 0, 1
		}
		return
	}
	if a == 0 && string(name) == "lb" {
		// a TEI record's line break in a printed text: a space between
		// its words, unless it breaks one ("inten<lb break="no"/>tion")
		if !hasAttr || !teiWordBreak(z) {
			b.space = true
		}
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
	var speaker []byte // the speaker an attribute names ("speakername")
	var href bool
	if hasAttr && htmlNeedsAttrs(a) {
		more := true
		for more {
			key, val, more = z.TagAttr()
			switch string(key) {
			case "class":
				c := b.classVerdict(val)
				if c.stamp {
					flags |= nfStamp
				}
				if a == atom.Span && c.field {
					flags |= nfField // Drupal's fields: title, author, created, each its own
				}
				classWeight += c.weight
				flags |= c.flags
				if c.hidden {
					flags |= nfHidden
				}
				if c.speaker && !htmlInline(a) {
					flags |= nfSpeakerClass
				}
			case "id":
				w, f := htmlClassifyTokens(val)
				classWeight += w
				flags |= f
			case "role":
				role = val
				if bytes.EqualFold(val, []byte("tooltip")) {
					flags |= nfHidden // shown on hover: a copy or gloss of the words beside it
				}
			case "hidden":
				flags |= nfHidden
			case "aria-hidden":
				if string(val) == "true" && a != atom.Span && a != atom.I && a != atom.Svg {
					flags |= nfHidden
				} else if string(val) == "true" && a == atom.Span {
					// often the only visible copy ("5 Jan" beside a
					// screen-reader "5 January"), sometimes a repeat of
					// the name before it: text.go decides
					flags |= nfAriaHidden
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
			default:
				if speaker == nil && htmlSpeakerAttr(key, val) {
					speaker = append([]byte(nil), val...)
				}
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
		// (a Drupal node's "field--name-created" stamp yields to its
		// article date: the node may be made before the release is out)
		prio := prioTime
		if (flags|b.nodes[b.top()].flags)&nfStamp != 0 {
			prio = prioTimeStamp
		}
		b.meta.add(prio, datetime)
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
		return
	}
	if speaker != nil && !htmlInline(a) && flags&nfHidden == 0 {
		// A record that gives each speech's speaker in an attribute
		// ("<speech speakername=…>", "<div data-person-speaking-
		// attribution=…>"): the speaker's label, a block of its own
		// before the speech, unless the speech's text opens with it
		// (text.go decides at its first word).
		b.speaker, b.speakerNode = speaker, b.top()
	}
}

// htmlSpeakerClass reports a class attribute one of whose names says its
// element holds a speaker's label: "speaker", "speaker-name",
// "speakerName", "speaker_label" ("<h3 class="speaker">Governor Jane
// Roe</h3>" over the turn's paragraphs).
func htmlSpeakerClass(v []byte) bool {
	if !bytes.Contains(v, []byte("peaker")) {
		return false // (most class attributes: no copy, no search)
	}
	for f := range bytes.FieldsSeq(v) {
		for _, w := range [...]string{"speaker", "speakername", "speakerlabel", "speakertitle"} {
			if htmlEqualFoldJoined(f, w) {
				return true
			}
		}
	}
	return false
}

// htmlEqualFoldJoined reports whether the class name f is w, without case
// and with its hyphens and underscores left out ("speaker-name",
// "speakerName" are "speakername").
func htmlEqualFoldJoined(f []byte, w string) bool {
	j := 0
	for _, c := range f {
		if c == '-' || c == '_' {
			continue
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if j >= len(w) || c != w[j] {
			return false
		}
		j++
	}
	return j == len(w)
}

// htmlSpeakerAttr reports an attribute that names the speaker of its
// element's words: "speakername", "data-speaker",
// "data-person-speaking-attribution", not an identifier
// ("data-person-speaking-HoCid", "data-speaker-id") or a number.
func htmlSpeakerAttr(key, val []byte) bool {
	if !bytes.Contains(key, []byte("speak")) { // "speaker", "speaking"
		return false
	}
	if !(bytes.HasSuffix(key, []byte("speaker")) || bytes.HasSuffix(key, []byte("name")) || bytes.HasSuffix(key, []byte("attribution"))) {
		return false
	}
	if bytes.HasPrefix(key, []byte("no")) {
		return false // "nospeaker=true": a flag that no one speaks
	}
	v := bytes.TrimSpace(val)
	if len(v) < 2 || len(v) > 120 || bytes.IndexByte(v, '\n') >= 0 {
		return false
	}
	for _, f := range [...]string{"true", "false", "yes", "no", "on", "off", "null", "none", "undefined"} {
		if len(v) == len(f) && bytes.EqualFold(v, []byte(f)) {
			return false // a flag's value, not a name
		}
	}
	letters := false
	for _, c := range v {
		if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x80 {
			letters = true
			break
		}
	}
	return letters
}

// htmlNeedsAttrs reports elements whose attributes matter: not pictures,
// links to style sheets or inline formatting (the tokenizer copies every
// attribute it returns; a <link> is read for its canonical address alone,
// canonicalLink).
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
	n.flags = flags | p.flags&(nfHidden|nfLink|nfPre|nfInJunk|nfAriaHidden|nfStamp)
	if htmlMediaFallback(a) {
		n.flags |= nfHidden
	}
	if a == atom.A && href {
		n.flags |= nfLink
	}
	if !htmlInline(a) && !(a == 0 && (b.open[atom.P] > 0 || teiPhrase(name))) || flags&nfField != 0 {
		// (an element HTML does not know is phrasing inside a paragraph,
		// as a browser lays it out: "<p><member>Mr. Roe</member>
		// <contribution>: I beg …</contribution></p>" is one line)
		n.flags |= nfBlock
		b.flush()
	}
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		n.kind = block.Heading
	case atom.Li, atom.Dt, atom.Dd:
		n.kind = block.ListItem
	case atom.Td, atom.Th:
		n.kind = block.Cell
	case atom.Figcaption, atom.Caption:
		n.kind = block.Caption
		if a == atom.Figcaption {
			n.flags |= nfFigure
		}
	case atom.Figure:
		n.flags |= nfFigure
	case atom.Pre:
		n.kind = block.Pre
		n.flags |= nfPre
	case atom.Blockquote:
		n.kind = block.Quote
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
	if a == atom.H1 && n.flags&nfWeakClass != 0 && n.flags&(nfHeader|nfNavTag) == 0 {
		// a page's first-level heading is its headline, whatever a weak
		// class word calls it ("<h1 class=PageHeader>")
		n.flags &^= nfJunk
	}
	if a == atom.Form {
		// Whole pages are wrapped in forms by some frameworks: a form is
		// furniture only when small; decided in the content selection.
		n.flags &^= nfJunk
	}
	if (a == atom.Footer || a == atom.Cite) && b.open[atom.Blockquote] > 0 {
		// a quotation's footer or cite is its source ("<footer
		// class=blockquote-footer><cite class=attribution>Premier Jane
		// Roe</cite>"): who said it, not the page's footer or a credit
		n.flags &^= nfJunk | nfTitleClass
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
	if i == b.speakerNode {
		b.speaker = nil // a speaker's element with no words
	}
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

// teiWordBreak reports a TEI line break inside a word: its attribute
// break="no".
func teiWordBreak(z *html.Tokenizer) bool {
	for {
		k, v, more := z.TagAttr()
		if string(k) == "break" && string(v) == "no" {
			return true
		}
		if !more {
			return false
		}
	}
}

// teiPhrase reports a TEI element that marks words inside a line: a
// correction or a regularised spelling and what it stands for.
func teiPhrase(name []byte) bool {
	switch string(name) {
	case "choice", "corr", "reg", "expan", "sic", "orig", "persname", "placename", "orgname", "rs", "hi":
		return true
	}
	return false
}

// canonicalLink returns the address of a <link rel="canonical">, the
// page's own, or "" for any other link (a style sheet's, an icon's).
func canonicalLink(z *html.Tokenizer) string {
	var href []byte
	canonical := false
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "rel":
			canonical = bytes.EqualFold(bytes.TrimSpace(v), []byte("canonical"))
		case "href":
			href = v
		}
		if !more {
			break
		}
	}
	if !canonical {
		return ""
	}
	return string(bytes.TrimSpace(href))
}
