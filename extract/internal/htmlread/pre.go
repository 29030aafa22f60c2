// Preformatted prose: a <pre> element that holds a hard-wrapped text (the
// printed record of a hearing, "    The Chairman. The hearing will come to
// order. This is a" and its next lines) is read as paragraphs, not as a
// block a line; a <pre> of code, a table or a poem keeps its lines.

package htmlread

import (
	"strings"
	"unicode"

	"github.com/communique/communique/extract/internal/block"
)

// unwrapPre joins the wrapped lines of each <pre> element whose text is
// hard-wrapped into paragraphs: a paragraph ends at a blank line, before a
// line indented where most lines are not (a printed paragraph's first
// line), after a line much shorter than the wrap width, and around a line
// set in columns (a roster, a table's row) or in the middle (a heading, a
// roster's staff). The elements'
// block ranges follow the joined blocks.
func (b *htmlBuilder) unwrapPre() {
	n := len(b.blocks)
	i := 0
	for i < n && !b.info[i].pre {
		i++
	}
	if i == n {
		return // no <pre>: nothing to do
	}
	newIdx := make([]int32, n) // the joined block each block becomes
	blocks, info := b.blocks[:0:0], b.info[:0:0]
	blocks = append(blocks, b.blocks[:i]...)
	info = append(info, b.info[:i]...)
	for k := 0; k < i; k++ {
		newIdx[k] = int32(k)
	}
	for i < n {
		if !b.info[i].pre {
			newIdx[i] = int32(len(blocks))
			blocks, info = append(blocks, b.blocks[i]), append(info, b.info[i])
			i++
			continue
		}
		j := i + 1
		for j < n && b.info[j].pre && b.info[j].owner == b.info[i].owner {
			j++
		}
		blocks, info = b.joinPreLines(i, j, blocks, info, newIdx)
		i = j
	}
	b.setBlocks(blocks, info, newIdx)
}

// joinPreLines appends the blocks of the lines [i,j) of one <pre> element,
// joined into paragraphs when they are hard-wrapped, and records in newIdx
// the block each line went into.
func (b *htmlBuilder) joinPreLines(i, j int, blocks []block.Block, info []hblockInfo, newIdx []int32) ([]block.Block, []hblockInfo) {
	lines := make([]string, 0, 2*(j-i))
	indented := 0
	indents := map[uint8]int{}
	for k := i; k < j; k++ {
		if b.info[k].blank {
			lines = append(lines, "")
		}
		lines = append(lines, strings.Repeat(" ", int(b.info[k].indent))+b.blocks[k].Text)
		if in := b.info[k].indent; in >= 2 {
			indented++
			indents[in]++
		}
	}
	// the indentation of a paragraph's first line: the most common one
	var paraIndent uint8
	for in, c := range indents {
		if c > indents[paraIndent] || c == indents[paraIndent] && in < paraIndent {
			paraIndent = in
		}
	}
	width := block.WrapWidth(lines)
	if width == 0 || j-i < 4 {
		for k := i; k < j; k++ {
			newIdx[k] = int32(len(blocks))
			blocks, info = append(blocks, b.blocks[k]), append(info, b.info[k])
		}
		return blocks, info
	}
	// indentation opens paragraphs when a few lines have it and most not:
	// a line indented as most indented lines are opens one
	opens := indented > 0 && indented*10 <= (j-i)*6
	start := -1 // the line the paragraph being joined began with
	var text []byte
	var links, lead, words, punct int32
	flush := func() {
		if start < 0 {
			return
		}
		t := string(text)
		bl := b.blocks[start]
		bl.Text = t
		bl.Links = min(float64(links)/float64(len(t)), 1)
		bi := b.info[start]
		bi.linkBytes, bi.leadLink, bi.words, bi.punct = links, lead, words, punct
		blocks, info = append(blocks, bl), append(info, bi)
		start, text = -1, text[:0]
	}
	// a line set in the middle (a heading, a roster's staff member: "
	// Richard J. Garon, Chief of Staff") stands alone
	// (a heading in capitals wrapped over lines stays one: "STATEMENT OF
	// LIEUTENANT JOHN ROE, VERMONT STATE" over "POLICE, WATERBURY")
	centred := func(k int) bool {
		in, n := int(b.info[k].indent), len([]rune(b.blocks[k].Text))
		return in >= 10 && abs(2*in+n-width) <= 8
	}
	for k := i; k < j; k++ {
		if start >= 0 && (b.info[k].blank || b.info[k].columns || opens && b.info[k].indent == paraIndent || centred(k) && !(capsText(b.blocks[k].Text) && capsText(b.blocks[k-1].Text))) {
			flush()
		}
		if start < 0 {
			start, links, lead, words, punct = k, 0, b.info[k].leadLink, 0, 0
		} else {
			text = append(text, ' ')
		}
		text = append(text, b.blocks[k].Text...)
		links += b.info[k].linkBytes
		words += b.info[k].words
		punct += b.info[k].punct
		newIdx[k] = int32(len(blocks))
		if n := len([]rune(b.blocks[k].Text)) + int(b.info[k].indent); n < width*6/10 || b.info[k].columns ||
			centred(k) && !(k+1 < j && !b.info[k+1].blank && capsText(b.blocks[k].Text) && capsText(b.blocks[k+1].Text)) {
			flush() // a short line ends its paragraph; a line of columns or set in the middle stands alone
		}
	}
	flush()
	return blocks, info
}

// setBlocks replaces the page's blocks with blocks and info, which joined
// some of them: newIdx gives the new block each old one went into, and the
// elements' block ranges follow.
func (b *htmlBuilder) setBlocks(blocks []block.Block, info []hblockInfo, newIdx []int32) {
	n := len(b.blocks)
	for k := range b.nodes {
		nd := &b.nodes[k]
		if nd.bend <= nd.bstart {
			s := int32(len(blocks))
			if int(nd.bstart) < n {
				s = newIdx[nd.bstart]
			}
			nd.bstart, nd.bend = s, s
			continue
		}
		nd.bstart, nd.bend = newIdx[nd.bstart], newIdx[nd.bend-1]+1
	}
	b.blocks, b.info = blocks, info
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// capsText reports a text with three letters or more, none in lower case.
func capsText(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters >= 3
}
