package htmlread

import (
	"strings"

	"github.com/communique/communique/extract/internal/block"
	"golang.org/x/net/html/atom"
)

// The article is found as the element whose blocks add up to the most
// content: every block gets a value, positive for prose (long, punctuated,
// few links) and negative for furniture (link-dense, inside navigation,
// comments or sharing widgets, hidden); the element with the greatest sum
// of its blocks' values is the article. Inside it, furniture elements and
// link-dense lists are removed again; everything outside it is removed.

// blockValue scores one block for the content selection.
func (b *htmlBuilder) blockValue(i int) float64 {
	bl := &b.blocks[i]
	in := &b.info[i]
	n := float64(len(bl.Text))
	fl := b.nodes[in.owner].flags
	if fl&nfHidden != 0 || in.inlineJunk {
		return -n
	}
	if bl.Links > 0.5 {
		return -n * bl.Links
	}
	if len(bl.Text) > 0 && bl.Text[0] == '<' && strings.Contains(bl.Text, "=\"") {
		return -n // markup shown as text
	}
	if lead := int(in.leadLink); lead >= 20 && float64(lead) >= 0.2*n && lead < len(bl.Text) &&
		!htmlEndsSentence(bl.Text[:lead+1]) {
		// A teaser: a linked headline and its summary.
		return -0.2 * n
	}
	v := n * (1 - bl.Links)
	short := in.words < 8 && in.punct == 0
	switch {
	case short:
		v = -0.05 * n
	case in.words < 15 && in.punct < 2:
		v *= 0.5
	default:
		p := float64(in.punct)
		if p > 10 {
			p = 10
		}
		v *= 1 + p/20
	}
	if fl&nfInJunk != 0 {
		if v > 0 {
			v = -0.5 * v
		}
	}
	return v
}

// htmlDecay weighs a block's value for an element d levels above the element
// holding the block's text: the article is the element that directly holds
// most of the prose, not a distant ancestor that also holds teasers.
var htmlDecay = func() (w [48]float64) {
	for d := range w {
		w[d] = 1
		if d > 1 {
			w[d] = 1 / (1 + 0.25*float64(d-1))
		}
	}
	return w
}()

// htmlScorer holds the per-page sums the selection works with.
type htmlScorer struct {
	b   *htmlBuilder
	pos []float64 // per element: decayed sum of positive block values
	neg []float64 // prefix sums of negative block values
	tb  []int     // prefix sums of text bytes
	lb  []int     // prefix sums of link bytes
}

func (c *htmlScorer) linkDensity(n *hnode) float64 {
	t := c.tb[n.bend] - c.tb[n.bstart]
	if t == 0 {
		return 0
	}
	return float64(c.lb[n.bend]-c.lb[n.bstart]) / float64(t)
}

// score is an element's worth as the article.
func (c *htmlScorer) score(k int32) float64 {
	n := &c.b.nodes[k]
	return c.pos[k]*(1-c.linkDensity(n)) + c.neg[n.bend] - c.neg[n.bstart]
}

// htmlEndsSentence reports text ending with sentence punctuation (closing
// quotes and brackets aside).
func htmlEndsSentence(s string) bool {
	s = strings.TrimRight(s, " \"')]”’»")
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', ';':
		return true
	}
	return strings.HasSuffix(s, "。") || strings.HasSuffix(s, "…")
}

// selectContent picks the article and marks every other block removed.
func (b *htmlBuilder) selectContent() {
	nb := len(b.blocks)
	if nb == 0 {
		return
	}
	b.clearFalseJunk()
	c := &htmlScorer{
		b:   b,
		pos: make([]float64, len(b.nodes)),
		neg: make([]float64, nb+1),
		tb:  make([]int, nb+1),
		lb:  make([]int, nb+1),
	}
	for i := 0; i < nb; i++ {
		v := b.blockValue(i)
		b.info[i].value = v
		c.neg[i+1] = c.neg[i]
		if v < 0 {
			c.neg[i+1] += v
		}
		c.tb[i+1] = c.tb[i] + len(b.blocks[i].Text)
		c.lb[i+1] = c.lb[i] + int(b.info[i].linkBytes)
		if v > 0 {
			d, f := 0, 1.0
			for k := b.info[i].owner; k >= 0 && d < len(htmlDecay); k = b.nodes[k].parent {
				c.pos[k] += v * htmlDecay[d] * f
				if b.nodes[k].tag == atom.Article {
					f *= 0.5 // an article is a whole: its text counts less beyond it
				}
				d++
			}
		}
	}
	best, bestS := int32(0), c.score(0)
	for k := int32(1); int(k) < len(b.nodes); k++ {
		n := &b.nodes[k]
		if n.flags&nfBlock == 0 || n.bend <= n.bstart {
			continue
		}
		if s := c.score(k); s > bestS {
			best, bestS = k, s
		}
	}
	// The article's siblings that are prose too (a body split by
	// advertisements or figures into several elements).
	keep := make([]bool, len(b.nodes))
	keep[best] = true
	keepBlock := make([]bool, nb)
	for i := b.nodes[best].bstart; i < b.nodes[best].bend; i++ {
		keepBlock[i] = true
	}
	// An element that holds nothing but the article's element stands for
	// it: its siblings are the article's siblings.
	for best != 0 {
		p := b.nodes[best].parent
		if p <= 0 || b.nodes[p].bstart != b.nodes[best].bstart || b.nodes[p].bend != b.nodes[best].bend ||
			b.nodes[p].tag == atom.Body {
			break
		}
		best = p
	}
	if p := b.nodes[best].parent; p >= 0 && best != 0 {
		pn := &b.nodes[p]
		for k := p + 1; k < pn.nend; k = b.nodes[k].nend {
			n := &b.nodes[k]
			if k == best || n.bend <= n.bstart || n.flags&(nfInJunk|nfHidden) != 0 {
				continue
			}
			if n.tag == atom.Article && b.nodes[best].tag == atom.Article {
				continue // another article (the next one of an endless page)
			}
			s := c.score(k)
			ld := c.linkDensity(n)
			if s > 0 && ld < 0.3 && (s >= 0.2*bestS || c.tb[n.bend]-c.tb[n.bstart] >= 80 && ld < 0.25) {
				keep[k] = true
				for i := n.bstart; i < n.bend; i++ {
					keepBlock[i] = true
				}
			}
		}
		// Short siblings in the article's context: a heading or an
		// introduction ("The Minister said:") before kept prose, anything
		// plain between kept siblings.
		prevKept, pending := false, int32(-1)
		for k := p + 1; k < pn.nend; k = b.nodes[k].nend {
			n := &b.nodes[k]
			if n.bend <= n.bstart {
				continue
			}
			if keep[k] {
				if pending >= 0 {
					b.keepNode(pending, keep, keepBlock)
				}
				prevKept, pending = true, -1
				continue
			}
			pending = -1
			if n.flags&(nfInJunk|nfHidden) != 0 || c.linkDensity(n) >= 0.5 || n.bend-n.bstart > 3 {
				prevKept = false
				continue
			}
			last := b.blocks[n.bend-1]
			if prevKept || last.Kind == block.Heading || strings.HasSuffix(last.Text, ":") {
				pending = k
			}
		}
		// Text directly inside the parent.
		for i := pn.bstart; i < pn.bend; i++ {
			if b.info[i].owner == p && b.info[i].value > 0 && b.blocks[i].Links < 0.25 {
				keepBlock[i] = true
			}
		}
	}
	for i := 0; i < nb; i++ {
		if !keepBlock[i] {
			b.blocks[i].Removed = b.outsideReason(i)
		}
	}
	// Inside: blocks all in inline furniture, furniture elements and
	// link-dense lists.
	for i := 0; i < nb; i++ {
		if b.info[i].inlineJunk && b.blocks[i].Removed == 0 {
			b.blocks[i].Removed = block.ReasonOutsideArticle
		}
	}
	junk := make([]bool, len(b.nodes))
	for k := int32(1); int(k) < len(b.nodes); k++ {
		n := &b.nodes[k]
		if !keep[k] {
			if n.parent < 0 || !keep[n.parent] {
				continue
			}
			keep[k] = true
		}
		if junk[n.parent] {
			junk[k] = true
			continue
		}
		if n.bend <= n.bstart || k == best {
			continue
		}
		reason := block.Reason(0)
		switch {
		case n.flags&(nfJunk|nfHidden) != 0:
			reason = block.ReasonOutsideArticle
			if n.flags&nfNavTag != 0 {
				reason = block.ReasonNavigation
			}
		case n.flags&nfBlock != 0 && b.linkDense(n):
			reason = block.ReasonNavigation
		case n.flags&nfFigure != 0:
			reason = block.ReasonOutsideArticle
		}
		if reason != 0 && n.flags&(nfHidden|nfFigure) == 0 {
			// The heading of a removed section ("Comments", "Related").
			if i := int(n.bstart) - 1; i >= 0 && b.blocks[i].Removed == 0 && b.isIntro(i) && b.info[i].owner < k {
				b.blocks[i].Removed = reason
			}
		}
		if reason != 0 {
			junk[k] = true
			for i := n.bstart; i < n.bend; i++ {
				if b.blocks[i].Removed == 0 {
					b.blocks[i].Removed = reason
				}
			}
		}
	}
}

// clearFalseJunk takes the furniture mark off elements that hold most of
// the page's prose: a class word such as "paywall" or "has-sidebar" on the
// article's own wrapper says nothing of the article. It then sets the
// inherited mark again.
func (b *htmlBuilder) clearFalseJunk() {
	nb := len(b.blocks)
	prefix := make([]float64, nb+1)
	for i := 0; i < nb; i++ {
		v := b.proseValue(i)
		prefix[i+1] = prefix[i] + v
	}
	total := prefix[nb]
	if total <= 0 {
		return
	}
	for k := 1; k < len(b.nodes); k++ {
		n := &b.nodes[k]
		p := b.nodes[n.parent].flags
		if n.flags&nfJunk != 0 && n.tag != atom.Nav {
			share := (prefix[n.bend] - prefix[n.bstart]) / total
			limit := 0.5
			if n.flags&nfComment != 0 {
				limit = 0.8
			}
			if share > limit || n.flags&nfTitleClass != 0 && b.wordsIn(n) >= 15 {
				n.flags &^= nfJunk
			}
		}
		n.flags &^= nfInJunk
		if n.flags&nfJunk != 0 || p&nfInJunk != 0 {
			n.flags |= nfInJunk
		}
	}
}

// wordsIn counts the words of an element's blocks.
func (b *htmlBuilder) wordsIn(n *hnode) int {
	w := 0
	for i := n.bstart; i < n.bend; i++ {
		w += int(b.info[i].words)
	}
	return w
}

// proseValue is a block's worth as prose, whatever element holds it.
func (b *htmlBuilder) proseValue(i int) float64 {
	bl := &b.blocks[i]
	in := &b.info[i]
	if bl.Links > 0.5 || in.words < 8 && in.punct == 0 {
		return 0
	}
	return float64(len(bl.Text)) * (1 - bl.Links)
}

// removeLinkRuns removes, among the kept blocks, lists of links written
// as paragraphs (two or more link-only blocks in a row, with the short
// heading before them: "More:", "You may also like") and one-line pointers
// to other pages ("Read more: <link>", "Related: <link>").
func (b *htmlBuilder) removeLinkRuns() {
	nb := len(b.blocks)
	linky := func(i int) bool { return b.blocks[i].Links >= 0.75 }
	for i := 0; i < nb; i++ {
		bl := &b.blocks[i]
		if bl.Removed != 0 {
			continue
		}
		if b.isPointer(i) {
			bl.Removed = block.ReasonNavigation
			continue
		}
		if !linky(i) {
			continue
		}
		// A run of kept link-only blocks.
		j, n := i, 0
		for j < nb && (b.blocks[j].Removed != 0 || linky(j)) {
			if b.blocks[j].Removed == 0 {
				n++
			}
			j++
		}
		if n >= 2 {
			for k := i; k < j; k++ {
				if b.blocks[k].Removed == 0 {
					b.blocks[k].Removed = block.ReasonNavigation
				}
			}
			for k := i - 1; k >= 0; k-- {
				if b.blocks[k].Removed != 0 {
					continue
				}
				if b.isIntro(k) {
					b.blocks[k].Removed = block.ReasonNavigation
				}
				break
			}
		}
		i = j - 1
	}
}

// removeTrailingLinkList removes a list of links after the article's last
// paragraph ("More Great Stories", "Read next"): three or more list items
// that are each partly links, with nothing kept after them but short
// blocks, and the short heading before them.
func (b *htmlBuilder) removeTrailingLinkList() {
	// Kept blocks from the end: skip short tails, then collect list items.
	end := len(b.blocks) - 1
	for end >= 0 && (b.blocks[end].Removed != 0 || b.info[end].words < 4 && b.blocks[end].Kind != block.ListItem) {
		end--
	}
	start, items, text, links := end, 0, 0, 0
	for i := end; i >= 0; i-- {
		bl := &b.blocks[i]
		if bl.Removed != 0 {
			continue
		}
		if bl.Kind != block.ListItem || bl.Links < 0.3 {
			break
		}
		start = i
		items++
		text += len(bl.Text)
		links += int(b.info[i].linkBytes)
	}
	if items < 3 || float64(links) < 0.4*float64(text) {
		return
	}
	for i := start; i <= end; i++ {
		if b.blocks[i].Removed == 0 {
			b.blocks[i].Removed = block.ReasonNavigation
		}
	}
	for k := start - 1; k >= 0; k-- {
		if b.blocks[k].Removed != 0 {
			continue
		}
		if b.isIntro(k) {
			b.blocks[k].Removed = block.ReasonNavigation
		}
		break
	}
}

// removeKickers removes the section labels printed above a headline
// ("SPACE", "Review", "Opinion"): kept blocks of three words or fewer,
// without sentence punctuation or digits (a date stays), right above the
// headline's block.
func (b *htmlBuilder) removeKickers() {
	h := -1
	for i := range b.blocks {
		if b.blocks[i].Title {
			h = i
			break
		}
	}
	for i := h - 1; i >= 0; i-- {
		bl := &b.blocks[i]
		if bl.Removed != 0 {
			continue
		}
		if b.info[i].words > 3 || b.info[i].punct > 0 || strings.ContainsAny(bl.Text, "0123456789") {
			break // a dateline stays
		}
		bl.Removed = block.ReasonOutsideArticle
	}
}

// keepStandfirst keeps the article's standfirst that the page sets
// between its headline and the article's element, outside the element
// ("<p class="gem-c-lead-paragraph">The Minister met … today.</p>"): a
// paragraph of prose, eight words or more ending a sentence, in an element
// whose class says lead or standfirst, after the title and before the
// first block kept.
func (b *htmlBuilder) keepStandfirst() {
	h := -1
	for i := range b.blocks {
		if b.blocks[i].Title {
			h = i
			break
		}
	}
	if h < 0 {
		return
	}
	for i := h + 1; i < len(b.blocks) && b.blocks[i].Removed != 0; i++ {
		bl := &b.blocks[i]
		if bl.Removed != block.ReasonOutsideArticle || bl.Kind != block.Para || bl.Links > 0.2 ||
			b.info[i].words < 8 || !htmlEndsSentence(bl.Text) || !b.leadElement(b.info[i].owner) {
			continue
		}
		bl.Removed = 0
	}
}

// leadElement reports whether element k, or one of the two around it, has
// a standfirst's class and no furniture's.
func (b *htmlBuilder) leadElement(k int32) bool {
	for d := 0; d < 3 && k > 0; d, k = d+1, b.nodes[k].parent {
		f := b.nodes[k].flags
		if f&(nfHidden|nfFigure|nfNavTag|nfComment) != 0 {
			return false
		}
		if f&nfLead != 0 {
			return true
		}
	}
	return false
}

// isIntro reports a short heading of a list of links: a heading, or a
// few words ending with a colon or an ellipsis ("You may also like...").
func (b *htmlBuilder) isIntro(k int) bool {
	bl := &b.blocks[k]
	if b.info[k].words > 6 || bl.Links >= 0.5 {
		return false
	}
	t := bl.Text
	return bl.Kind == block.Heading || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…")
}

// isPointer reports a one-line pointer to another page: a short label
// with a colon, then a link ("Read more: …", "[Related: …]").
func (b *htmlBuilder) isPointer(i int) bool {
	t := b.blocks[i].Text
	links := int(b.info[i].linkBytes)
	plain := len(t) - links
	if links < 15 || plain > 25 || plain <= 0 {
		return false
	}
	c := strings.IndexByte(t, ':')
	return c > 0 && c < 25
}

func (b *htmlBuilder) keepNode(k int32, keep, keepBlock []bool) {
	keep[k] = true
	for i := b.nodes[k].bstart; i < b.nodes[k].bend; i++ {
		keepBlock[i] = true
	}
}

func (b *htmlBuilder) outsideReason(i int) block.Reason {
	if b.blocks[i].Links > 0.5 || b.nodes[b.info[i].owner].flags&nfNavTag != 0 {
		return block.ReasonNavigation
	}
	return block.ReasonOutsideArticle
}

// linkDense reports an element of several blocks whose text is mostly links.
func (b *htmlBuilder) linkDense(n *hnode) bool {
	if n.bend-n.bstart < 2 {
		return false
	}
	var text, links int
	for i := n.bstart; i < n.bend; i++ {
		text += len(b.blocks[i].Text)
		links += int(b.info[i].linkBytes)
	}
	return text > 0 && float64(links) > 0.6*float64(text)
}

// markTitle finds the headline, marks its block and returns it.
func (b *htmlBuilder) markTitle() string {
	cands := make([]string, 0, 3)
	if b.meta.ogTitle != "" {
		cands = append(cands, b.meta.ogTitle)
	}
	if b.meta.ldHeadline != "" {
		cands = append(cands, b.meta.ldHeadline)
	}
	docTitle := string(htmlNormSpace(b.meta.title))
	if docTitle != "" {
		cands = append(cands, docTitle)
	}
	// An h1 (or, lacking one, an h2) that matches the metadata's title.
	firstH1 := -1
	for pass := 0; pass < 2; pass++ {
		for i := range b.blocks {
			if b.blocks[i].Kind != block.Heading {
				continue
			}
			tag := b.headingTag(i)
			if pass == 0 && tag != atom.H1 || pass == 1 && tag != atom.H2 {
				continue
			}
			if pass == 0 && b.blocks[i].Links < 0.5 && (firstH1 < 0 || b.blocks[firstH1].Removed != 0 && b.blocks[i].Removed == 0) {
				firstH1 = i
			}
			for _, c := range cands {
				if htmlTitleMatches(b.blocks[i].Text, c) {
					b.blocks[i].Title = true
					b.keepHeadline(i)
					return b.blocks[i].Text
				}
			}
		}
	}
	// Lacking a matching heading, the article's first block when it is the
	// metadata's title (headlines set in a styled paragraph).
	seen := 0
	for i := range b.blocks {
		if b.blocks[i].Removed != 0 {
			continue
		}
		for _, c := range cands {
			if htmlTitleMatches(b.blocks[i].Text, c) {
				b.blocks[i].Title = true
				return b.blocks[i].Text
			}
		}
		if seen++; seen == 2 {
			break
		}
	}
	if firstH1 >= 0 && (len(cands) == 0 || b.blocks[firstH1].Removed == 0 && b.meta.ogTitle == "" && b.meta.ldHeadline == "") {
		// no metadata, or only a document title that no heading of the
		// article's repeats: a site's name ("<title>County Auditor</title>"
		// over "<h1>2014 Tax Bills Posted Online</h1>")
		b.blocks[firstH1].Title = true
		return b.blocks[firstH1].Text
	}
	if len(cands) == 0 && firstH1 < 0 {
		// no metadata and no heading: a CMS's title field among the first
		// blocks ("<span class="field field--name-title">City names fire
		// chief</span>", a Drupal node's fields saved without the page)
		for i := 0; i < len(b.blocks) && i < 4; i++ {
			if n := &b.nodes[b.info[i].owner]; n.flags&nfField != 0 && n.flags&nfTitleClass != 0 && b.info[i].words <= 25 && !htmlEndsSentence(b.blocks[i].Text) {
				// (in the body, where the page prints it, as a headline is)
				b.blocks[i].Title, b.blocks[i].Removed = true, 0
				return b.blocks[i].Text
			}
		}
	}
	if len(cands) > 0 {
		if b.meta.ogTitle != "" {
			return htmlTrimSiteName(b.meta.ogTitle)
		}
		return htmlTrimSiteName(cands[len(cands)-1])
	}
	return ""
}

// keepHeadline keeps the headline's block in the body, where the page
// prints it, when the reader left it outside the article above the
// article's first kept block (a byline, share buttons or a gallery may
// stand between): the body holds the headline, as the output contract
// says, and its facts get spans. A headline below the article's start is
// left out.
func (b *htmlBuilder) keepHeadline(i int) {
	if b.blocks[i].Removed != block.ReasonOutsideArticle {
		return
	}
	for k := 0; k < i; k++ {
		if b.blocks[k].Removed == 0 {
			return
		}
	}
	for k := i + 1; k < len(b.blocks); k++ {
		if b.blocks[k].Removed == 0 {
			b.blocks[i].Removed = 0
			return
		}
	}
}

// markStamps gives a CMS's stamp of when the page was made or changed,
// a field of its own outside the article ("<span class="field
// field--name-created">Tue, 07/15/2025 - 20:56</span>"), its reason:
// metadata, which no dateline is brought back from.
func (b *htmlBuilder) markStamps() {
	for i := range b.blocks {
		if b.blocks[i].Removed != block.ReasonOutsideArticle {
			continue
		}
		if n := &b.nodes[b.info[i].owner]; n.flags&nfField != 0 && n.flags&nfStamp != 0 {
			b.blocks[i].Removed = block.ReasonMetadata
		}
	}
}

// headingTag returns the h1-h6 element a heading block belongs to.
func (b *htmlBuilder) headingTag(i int) atom.Atom {
	for k := b.info[i].owner; k > 0; k = b.nodes[k].parent {
		if htmlHeading(b.nodes[k].tag) {
			return b.nodes[k].tag
		}
	}
	return 0
}

// htmlTitleMatches reports whether a heading is the title a page's metadata
// gives, the metadata perhaps carrying a site name before or after it.
func htmlTitleMatches(h, meta string) bool {
	if len(h) < 4 {
		return false
	}
	if strings.EqualFold(h, meta) {
		return true
	}
	t := htmlTrimSiteName(meta)
	if strings.EqualFold(h, t) {
		return true
	}
	if len(h) >= 20 && len(meta) > len(h) && (htmlFoldPrefixStr(meta, h) || htmlFoldSuffixStr(meta, h)) {
		return true
	}
	if len(h) >= 15 && 5*len(h) >= 2*len(meta) && strings.Contains(strings.ToLower(meta), strings.ToLower(h)) {
		return true
	}
	return false
}

func htmlFoldPrefixStr(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

func htmlFoldSuffixStr(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[len(s)-len(p):], p)
}

// htmlTitleSeparators split a site name from a page title.
var htmlTitleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " › ", " // "}

// htmlTrimSiteName removes a site name from a title: the shortest part at
// either end when it is a few words long.
func htmlTrimSiteName(t string) string {
	for _, sep := range htmlTitleSeparators {
		i := strings.LastIndex(t, sep)
		if i <= 0 {
			continue
		}
		head, tail := t[:i], t[i+len(sep):]
		if len(tail) < len(head) && strings.Count(tail, " ") < 5 {
			return strings.TrimSpace(head)
		}
		j := strings.Index(t, sep)
		head, tail = t[:j], t[j+len(sep):]
		if len(head) < len(tail) && strings.Count(head, " ") < 4 {
			return strings.TrimSpace(tail)
		}
	}
	return t
}
