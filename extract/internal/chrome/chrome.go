// Package chrome is the chrome classifier: it judges every block of a page
// as content or chrome (menus, modals, galleries, interface and legal text,
// blocks a site profile knows), and holds the vocabulary it reads blocks by.
package chrome

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
)

// The chrome classifier judges every block of a page as content or chrome,
// in the manner of jusText: each block is first classed on its own (bad,
// short, near-good, good) from its length, stop-word density, link density
// and furniture vocabulary, then short and near-good blocks take the class
// of their context. Three mechanisms mark blocks bad, each working without
// the others: the site profile, repetition inside the page, and stand-alone
// furniture (navigation, interface and legal text). Speaker labels and
// delivery notes are content whatever their context.

type class uint8

const (
	classBad class = iota
	classShort
	classNearGood
	classGood
	classKeep // protected content (labels, notes): neutral in context
)

// Thresholds in the manner of jusText's defaults, in characters.
const (
	lengthLow       = 70
	lengthHigh      = 140
	stopwordsLow    = 0.20
	stopwordsHigh   = 0.25
	maxLinkDensity  = 0.5
	maxLinkDensity2 = 0.25 // for near-good blocks
)

// blockInfo is what the classifier measures of a block.
type blockInfo struct {
	class  class
	reason block.Reason
	words  int
	chars  int
	stop   float64
	sent   bool // ends like a sentence
	prose  bool // a statement of five words or more, in no furniture's words (proseLine)
	ui     int  // furniture terms in it
	share  bool // share buttons, which interrupt the text as a caption does
}

// Classify sets Removed on the blocks that are chrome. known is the site
// profile's test of a block's key (Key); nil when there is no profile.
// html says the blocks come from the HTML reader, which has already judged
// the page's structure: link density and the article's boundaries.
//
// dated reports whether a short text holds a calendar date; it may be nil.
func Classify(blocks []block.Block, known func(key string) bool, html bool, dated func(string) bool) {
	new(Scratch).Classify(blocks, known, html, dated)
}

// Classify is the package's Classify with its working memory in sc, which
// a caller may keep for the next page.
func (sc *Scratch) Classify(blocks []block.Block, known func(key string) bool, html bool, dated func(string) bool) {
	info := grown(sc.info, len(blocks))
	sc.info = info
	// Blocks are compared by a hash of their case-folded text
	// (blockHash): the maps that count them hold numbers, not strings.
	// Only blocks the reader kept count: a line of an article is not
	// chrome because a removed menu repeats it.
	//
	// Each block is read in lower case by its words and by several rules:
	// it is lower-cased once, with the rest of the page, in the pass that
	// hashes it.
	page := readBlocks(sc, blocks)
	hashes := page.hashes
	if sc.counts == nil {
		sc.counts, sc.seen = make(map[uint64]int32, len(blocks)), make(map[uint64]bool, len(blocks))
	}
	counts := sc.counts
	clear(counts)
	for i := range blocks {
		if blocks[i].Removed == 0 {
			counts[hashes[i]]++
		}
	}
	seen := sc.seen
	clear(seen)
	// Inside a dialogue, repetition is speech ("Yeah.", "Thank you.").
	// labels keeps what dialogueSpan read of each block's speaker label,
	// which the rules below ask again.
	labels := grown(sc.labels, len(blocks))
	sc.labels = labels
	dFirst, dLast := dialogueSpan(blocks, labels)
	questionLabels := false // a label line "QUESTION", "Q:", "PREGUNTA"
	var lowBuf [48]byte     // a short line lower-cased, for the look-up
	for i := range blocks {
		if t := strings.TrimRight(blocks[i].Text, ":. "); blocks[i].Removed == 0 && len(t) <= 13 && len(t) > 1 && labelWords[string(appendToLower(lowBuf[:0], t))] {
			questionLabels = true
			break
		}
	}
	var heads []uint8
	if !html {
		heads = headCopies(blocks, hashes)
	}
	useProfile := known != nil
	// one buffer for every block's words, large enough for most blocks,
	// and one for their flags in the lexicons (lexScan)
	words, wf := sc.words, sc.wf
	if words == nil {
		words, wf = make(tokens, 0, 128), make([]uint8, 0, 128)
	}
	defer func() { sc.words, sc.wf = words, wf }()
	var address []bool // lines of a postal address
	label := false     // the previous kept block is a speaker label
	// h1 is the first level-one Markdown heading kept: the headline, even
	// as a link to its own page ("# [Minister opens bridge](https://…)")
	h1 := -1
	for i := range blocks {
		b := &blocks[i]
		in := &info[i]
		if b.Removed != 0 {
			in.class, in.reason = classBad, b.Removed
			continue
		}
		t := b.Text
		headline := h1 < 0 && block.HeadingMarks(t) == 2
		if headline {
			h1 = i
		}
		in.chars = page.chars[i]
		low := page.low[i]
		words = tokenizeLower(low, words)
		var flags uint8
		in.words = len(words)
		in.stop, flags, wf = lexScan(words, wf)
		ends := block.EndsSentence(t)
		in.sent = ends || introducesQuotation(blocks, i)
		if flags&flagUI != 0 {
			in.ui = uiTerms.countFlagged(words, wf, flagUI)
		}
		in.prose = ends && in.ui == 0 && in.stop > 0 && proseLine(t, words)
		key := hashes[i]
		first := !seen[key]
		seen[key] = true
		afterLabel := label
		label = false
		dialogue := dFirst <= i && i <= dLast
		switch {
		case in.words == 0:
			in.class, in.reason = classBad, block.ReasonNoWords
		case isPageMarker(t):
			in.class, in.reason = classBad, block.ReasonPageMarker
		case i < 6 && in.words <= 24 && !dialogue && isRecordHeadNote(t) && onlyChromeBefore(info[:i]):
			// a printed record's head note: "[House Hearing, 111
			// Congress]", the printer's credit, before any words of the
			// page; not a sitting's note after them ("The House met at
			// half-past Two o'clock" over "[Mr. SPEAKER in the Chair]")
			in.class, in.reason = classBad, block.ReasonMetadata
		case in.words <= 20 && isTaxonomyLine(low), opensWithTaxonomyLabel(low) && isInterface(words, in.ui, false):
			// "Topics: Trade, Energy", "Tagged as:": the site's index of
			// its pages, not the page's words; and a footer's share
			// buttons run on after it ("Topics: Euro area Share this page
			// on Facebook … Download as pdf"), no speaker's label
			in.class, in.reason = classBad, block.ReasonInterface
		case in.words <= 12 && isTemplateDirective(t):
			// a template's directive a scrape of the site's source kept:
			// "@extends('layouts.app')", "{% block content %}"
			in.class, in.reason = classBad, block.ReasonMetadata
		case in.words <= 80 && (isCaption(t) || markdownImage(t)),
			in.words <= 150 && i > 0 && markdownImage(blocks[i-1].Text) && emphasisedWhole(t):
			// (the emphasised paragraph under a converted page's image:
			// "![](photo.jpg)" over "*The minister signing the MoU*")
			in.class, in.reason = classBad, block.ReasonCaption
		case !dialogue && shareLinks(t):
			// "Share on: [Share](…)", "[![Twitter](…)](…)[![Linkedin](…)](…)":
			// a converted page's share buttons
			in.class, in.reason, in.share = classBad, block.ReasonInterface, true
		case in.words <= 16 && isContact(t, low), in.words <= 60 && !dialogue && isMediaContact(t, low):
			in.class, in.reason = classBad, block.ReasonContact
		case in.words <= 8 && !dialogue && isReferenceMeta(low):
			// "Press Release No: 1345/2025", "Our ref.: 26/3567"
			in.class, in.reason = classBad, block.ReasonMetadata
		case in.words <= 12 && !dialogue && isDateMeta(t, low, dated),
			in.words <= 5 && !dialogue && i > 0 && dateMetaLabel(blocks[i-1].Text, dated) && dated(t):
			// "Published Date: 29 January 2024", "Updated March 31, 2016";
			// "Date published:" over "01 November 2021"
			in.class, in.reason = classBad, block.ReasonMetadata
		case in.words <= 16 && isAddressLine(t, words) && !SpeakerLabel(t):
			// (a turn whose words are digits, "Jane: 000 0000.", is speech)
			in.class, in.reason = classBad, block.ReasonContact
			if address == nil {
				address = make([]bool, len(blocks))
			}
			address[i] = true
		case in.words <= 24 && labels[i].isLabelUnwrapped(t):
			in.class, label = classKeep, true
		case i > 0 && blockQuoteSignature(prevWords(blocks, i), t):
			// "> _Jane Roe, interim president of the agency_" under a
			// quotation: who said it
			in.class = classKeep
		case questionLabels && counts[key] > 1 && capsNameLine(t):
			// on a page of "QUESTION" labels, a title and a name alone on
			// their line in capitals, again and again, is the answering
			// speaker's label
			in.class, label = classKeep, true
		case in.words <= 24 && isNote(strings.Trim(unwrapLabel(t), "*_")) && in.ui == 0:
			// "(As delivered)", "*(10.03 am)*", not "(link is external)"
			in.class = classKeep
		case labels[i].opensWithLabel(t) && (ends || dialogue):
			// A turn with its label (labelledTurn), or a line in a
			// dialogue that opens with one: a speaker's words, however
			// short.
			in.class = classKeep
		case afterLabel && in.sent:
			// The sentence right after a speaker label is the turn's
			// ("Next question, please."), whatever it says.
			in.class = classGood
		case i > 0 && advisoryField(blocks[i-1].Text) && blocks[i-1].Removed == 0:
			// a media advisory's answer to its "WHO:", "WHEN:" or
			// "WHERE:" (the guests, the hours, the venue's address)
			in.class = classKeep
		case heads != nil && heads[i] == headCopy,
			h1 >= 0 && i > h1 && block.HeadingMarks(t) > 0 && strings.EqualFold(headingText(t), headingText(blocks[h1].Text)):
			// (a converted page's headline again as a section's heading:
			// "# X" then "## X")
			in.class, in.reason = classBad, block.ReasonRepeated
		case useProfile && known(Key(t)):
			in.class, in.reason = classBad, block.ReasonSiteProfile
		case html && counts[key] > 1:
			// Inside an HTML article, repetition is structure (an
			// interview's recurring question, a plan's recurring
			// headings); the reader has taken out galleries and widgets.
			in.class = classGood
		case counts[key] > 1 && block.IsSalutation(t):
			// a speech addresses its hearers again ("Dear colleagues!"):
			// words spoken, however often
			in.class = classKeep
		case counts[key] > 1 && !dialogue && !(first && in.sent && in.words >= 4) && !(heads != nil && heads[i] == headLine):
			// A block printed more than once in a page is a caption, a
			// widget or a notice; a repeated sentence keeps its first copy.
			in.class, in.reason = classBad, block.ReasonRepeated
		case isLegal(t, words, flags, wf):
			in.class, in.reason = classBad, block.ReasonLegal
		case isInterface(words, in.ui, in.sent):
			in.class, in.reason = classBad, block.ReasonInterface
		case !html && b.Links > maxLinkDensity && in.words < 40 && !headline:
			in.class, in.reason = classBad, block.ReasonNavigation
		case isLanguageList(words):
			in.class, in.reason = classBad, block.ReasonInterface
		case in.chars >= lengthHigh && in.stop >= stopwordsHigh && b.Links <= maxLinkDensity2:
			in.class = classGood
		case in.chars >= lengthLow && (in.stop >= stopwordsLow || in.sent):
			in.class = classNearGood
		default:
			in.class = classShort
		}
	}
	markContactTail(blocks, info, page.low, dFirst, dLast)
	markComments(blocks, info, dFirst, dLast)
	markNumberRun(blocks, info)
	markRunningHeads(blocks, info)
	markPageFurniture(blocks, info)
	markReleaseHead(blocks, info, dFirst, dLast)
	markAboutTail(blocks, info, dFirst, dLast)
	markTeasers(blocks, info, dated, dFirst, dLast)
	markDatedList(blocks, info, dated, dFirst, dLast)
	markNameOfficeList(blocks, info)
	markDivisionList(blocks, info)
	if address != nil {
		markAddressHead(blocks, info, address)
	}
	if html {
		// The HTML reader has chosen the article by its structure and
		// weighed link density; the context rules, made for pages
		// without structure, would only cost real text there.
		for i := range info {
			if info[i].class != classBad {
				info[i].class = classGood
			}
		}
	} else {
		revise(blocks, info, dated, dFirst, dLast)
	}
	for i := range blocks {
		if blocks[i].Removed == 0 && info[i].class == classBad {
			blocks[i].Removed = info[i].reason
		}
	}
}

// listSibling reports a list item next to an item of the same list that
// is a sentence not judged chrome.
func listSibling(blocks []block.Block, info []blockInfo, i int) bool {
	if !bulleted(blocks[i].Text) {
		return false
	}
	for _, j := range [2]int{i - 1, i + 1} {
		if j >= 0 && j < len(blocks) && blocks[j].Removed == 0 && info[j].sent && info[j].class != classBad && bulleted(blocks[j].Text) {
			return true
		}
	}
	return false
}

// bulleted reports a line opened by a list's bullet: "* ", "- ", "• ".
func bulleted(s string) bool {
	return strings.HasPrefix(s, "* ") || strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "• ")
}

// revise applies the context rules to short and near-good blocks.
// Between dFirst and dLast lies a dialogue, whose short blocks are words
// spoken: they are kept whatever their context.
func revise(blocks []block.Block, info []blockInfo, dated func(string) bool, dFirst, dLast int) {
	// neighbour returns the class of the nearest block before (dir -1) or
	// after (dir +1) i that is neither short, protected nor near-good, and
	// whether there is one. The nearest such blocks are found once, in
	// linear time, for each of the two passes below.
	var prevIdx, nextIdx []int
	settle := func() {
		prevIdx, nextIdx = nearestDecided(info, prevIdx, nextIdx)
	}
	neighbour := func(i, dir int) (class, bool) {
		j := prevIdx[i]
		if dir > 0 {
			j = nextIdx[i]
		}
		if j < 0 {
			return classBad, false
		}
		return info[j].class, true
	}
	markBad := func(i int) {
		info[i].class = classBad
		if info[i].reason == 0 {
			info[i].reason = block.ReasonContext
		}
	}
	// Near-good blocks first, from the blocks classed on their own.
	settle()
	newClass := make([]class, len(info))
	for i := range info {
		newClass[i] = info[i].class
		if info[i].class != classNearGood {
			continue
		}
		if dFirst <= i && i <= dLast {
			newClass[i] = classGood
			continue
		}
		prev, hasPrev := neighbour(i, -1)
		next, hasNext := neighbour(i, +1)
		if info[i].sent {
			// A sentence is chrome only between chrome on both sides,
			// and only when it speaks of furniture itself ("The password
			// must be at least 12 characters long"); the page's edges are
			// no evidence against it.
			if info[i].ui == 0 || !hasPrev {
				prev = classGood
			}
			if !hasNext {
				next = classGood
			}
		}
		newClass[i] = classGood
		if prev == classBad && next == classBad {
			newClass[i] = classBad
		}
	}
	for i := range info {
		if info[i].class == classNearGood && newClass[i] == classBad {
			markBad(i)
		} else {
			info[i].class = newClass[i]
		}
	}
	// Then short blocks, from their now settled neighbours. The page's
	// dateline (the first line that dates it, above the first paragraph)
	// is content wherever it sits; other datelines, times and places stay
	// unless chrome surrounds them.
	settle()
	shape := make([]lineShape, len(info))
	firstGood := len(info)
	for i := range info {
		if info[i].class == classGood && firstGood == len(info) {
			firstGood = i
		}
		if info[i].class == classShort {
			shape[i] = datelineShape(blocks[i].Text, info[i], dated)
			if shape[i] == shapeDate && i > firstGood && !footSignature(blocks, info, i) {
				// Below the text, a date line is the page's metadata
				// ("Publication date: …"), judged as any short line;
				// not the place and day that sign a release at its foot
				// ("Stockholm, 20 October 2015.")
				shape[i] = shapeNone
			}
		}
	}
	pageDateline := -1
	for i := 0; i < firstGood; i++ {
		if shape[i] == shapeDate {
			pageDateline = i
			break
		}
	}
	for i := range info {
		if info[i].class != classShort {
			continue
		}
		prev, hasPrev := neighbour(i, -1)
		next, hasNext := neighbour(i, +1)
		if info[i].sent && info[i].ui == 0 {
			// A short sentence with no furniture words at the page's
			// edge ("They made a press statement after the talks."):
			// the edge is no evidence against it.
			if !hasPrev && hasNext {
				prev = classGood
			}
			if !hasNext && hasPrev {
				next = classGood
			}
		}
		switch {
		case dFirst <= i && i <= dLast:
			newClass[i] = classGood
		case listSibling(blocks, info, i):
			// an item of a list whose next or last item is a sentence
			// of the text ("* strengthening psychology support; and,"
			// over "* signposting to resources.")
			newClass[i] = classGood
		case prev == classGood && next == classGood:
			newClass[i] = classGood
		case !hasPrev && !hasNext:
			// Nothing on the page to judge it by: a one-line page, or
			// a page of short lines, keeps its text.
			newClass[i] = classGood
		case i == pageDateline:
			newClass[i] = classGood
		case (headlineShape(blocks[i].Text, info[i]) || markdownHeading(blocks[i].Text)) && startsContent(blocks, info, newClass, shape, i+1):
			// A headline right above content or its dateline (jusText
			// keeps headings close to good text).
			newClass[i] = classGood
		case announcedItem(blocks, info, i):
			// an item of a list the text announces ("The following is a
			// list of the recipients." over "Lifesaving – Officer Jane
			// Roe"): content, whatever follows the list
			newClass[i] = classGood
		case info[i].prose:
			// A statement of five words or more in no furniture's words
			// ("The Senate met at 1:30 p.m., the Speaker in the
			// Chair.") is the text's, whatever lies around it.
			newClass[i] = classGood
		case prev == classBad && next == classBad:
			newClass[i] = classBad
		case leadsIn(blocks, i):
			// A lead-in goes with what it introduces: judged below,
			// once the blocks after it are.
			newClass[i] = classNearGood
		case shape[i] != shapeNone:
			newClass[i] = classGood
		case info[i].sent:
			// Between content and chrome, a block that ends like a
			// sentence is a short real paragraph ("Thank you.").
			newClass[i] = classGood
		default:
			newClass[i] = classBad
		}
	}
	// A lead-in ("Learn more about the mission at:") is content when the
	// block it introduces is, and chrome when that block is (a link).
	for i := len(info) - 1; i >= 0; i-- {
		if info[i].class == classShort && newClass[i] == classNearGood {
			newClass[i] = classBad
			if i+1 < len(info) && (newClass[i+1] == classGood || info[i+1].class == classKeep) {
				newClass[i] = classGood
			}
		}
	}
	for i := range info {
		if info[i].class == classShort && newClass[i] == classBad {
			markBad(i)
		} else if info[i].class == classShort {
			info[i].class = newClass[i]
		}
	}
}

// interrupts reports a block removed as furniture that sits inside the
// text it interrupts (a page or column marker, a caption, share buttons) or above it (a
// converted page's front matter): no evidence about the blocks beside it.
func (in *blockInfo) interrupts() bool {
	if in.share {
		return true
	}
	switch in.reason {
	case block.ReasonPageMarker, block.ReasonCaption, block.ReasonMetadata:
		return true
	}
	return false
}

// nearestDecided returns, for each block, the index of the nearest block
// before and after it whose class is bad or good (-1 for none), reusing the
// given slices.
func nearestDecided(info []blockInfo, prev, next []int) ([]int, []int) {
	n := len(info)
	if cap(prev) < n {
		prev, next = make([]int, n), make([]int, n)
	}
	prev, next = prev[:n], next[:n]
	decided := func(in *blockInfo) bool {
		return !in.interrupts() && (in.class == classBad || in.class == classGood)
	}
	last := -1
	for i := 0; i < n; i++ {
		prev[i] = last
		if decided(&info[i]) {
			last = i
		}
	}
	last = -1
	for i := n - 1; i >= 0; i-- {
		next[i] = last
		if decided(&info[i]) {
			last = i
		}
	}
	return prev, next
}

// languageNames are names languages give themselves, as language switchers
// list them.
var languageNames = furniture.Set("language-names")

// isLanguageList reports a language switcher: two or more language names
// and nothing else.
func isLanguageList(words tokens) bool {
	if len(words) < 2 || len(words) > 40 {
		return false
	}
	for _, w := range words {
		if !languageNames[w] {
			return false
		}
	}
	return true
}

// proseLine reports whether the block t, of the lower-case words words, is
// a statement of five words or more: it ends with a full stop, an
// exclamation or a question mark, opens with no imperative of the
// interface ("Please leave this field empty.", "Click here to …"), holds
// no widget's word ("More news below.") and is not written as a
// headline, its words capitalised ("Senator Puts Rival On The Defensive.").
func proseLine(t string, words tokens) bool {
	if len(words) < 5 || uiVerbs[words[0]] || words[0] == "please" || widgetWords.count(words) > 0 {
		return false
	}
	e := strings.TrimRight(t, " \t\"'’”)]»")
	if e == "" || !strings.ContainsRune(".!?", rune(e[len(e)-1])) {
		return false
	}
	// the words' first letters, read in place (a block's words, not a
	// copy of them)
	caps, n := 0, 0
	for i := 0; i < len(t); {
		for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
			i++
		}
		if i == len(t) {
			break
		}
		r, _ := utf8.DecodeRuneInString(t[i:])
		if unicode.IsLetter(r) {
			n++
			if unicode.IsUpper(r) {
				caps++
			}
		}
		for i < len(t) && t[i] != ' ' && t[i] != '\t' {
			i++
		}
	}
	return 2*caps <= n
}
