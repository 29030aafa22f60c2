package htmlread

import (
	"bytes"
	"unicode/utf8"
)

// Class, id and role words that say what an element of a page is.

// htmlTokenClass is what one word of a class or id says.
type htmlTokenClass uint8

const (
	tokNone      htmlTokenClass = iota
	tokPositive                 // article body: "article", "content", "story"
	tokStrong                   // furniture even beside a positive word: "comments", "share"
	tokWeak                     // furniture unless a positive word stands beside it: "meta", "byline"
	tokNav                      // navigation furniture
	tokEmbed                    // an embedded post or tweet: content, whatever else the name says
	tokCaption                  // pictures' captions, credits and galleries: never the article's text
	tokTitleWord                // "title", "headline": furniture when short
	tokLead                     // the article's standfirst: "lead", "standfirst"
)

// htmlClassWords maps lower-case words of class and id names to what they
// say, from data/classes.txt; read-only after init.
var htmlClassWords = func() map[string]htmlTokenClass {
	m := map[string]htmlTokenClass{}
	for name, c := range map[string]htmlTokenClass{"positive": tokPositive, "strong": tokStrong, "weak": tokWeak,
		"nav": tokNav, "embed": tokEmbed, "caption": tokCaption, "title": tokTitleWord, "lead": tokLead} {
		for _, w := range classList(name) {
			m[w] = c
		}
	}
	return m
}()

// htmlClassifyTokens reads a class or id attribute: a weight (positive for
// article-body words) and the flags its names set.
// classVerdict is what htmlClassifyTokens and htmlHiddenClass say of the
// value of a class attribute.
type classVerdict struct {
	weight int
	flags  uint32
	hidden bool
	// stamp: the class marks a CMS's stamp of creation or change
	// (htmlStampClass); field: it names a CMS's field ("field--name-")
	stamp, field bool
	speaker      bool // a class that says the element holds a speaker's label (htmlSpeakerClass)
}

// classVerdict returns the verdict on a class attribute's value v. A page
// gives the same classes to many elements ("nav-item", "field__item"),
// and its site's other pages give them again, so the verdicts are
// remembered in the Scratch, up to classMemoMax values. Both functions
// read v and the package's fixed word lists alone, so a remembered
// verdict is the one they would give.
func (b *htmlBuilder) classVerdict(v []byte) classVerdict {
	if c, ok := b.classes[string(v)]; ok {
		return c
	}
	w, f := htmlClassifyTokens(v)
	c := classVerdict{weight: w, flags: f, hidden: htmlHiddenClass(v), stamp: htmlStampClass(v), field: bytes.Contains(v, []byte("field--name-")),
		speaker: htmlSpeakerClass(v)}
	if len(b.classes) >= classMemoMax {
		clear(b.classes)
	}
	b.classes[string(v)] = c
	return c
}

// classMemoMax is the most class values a Scratch remembers verdicts on.
const classMemoMax = 4096

// htmlStampClass reports a class attribute that marks a CMS's stamp of
// when a page was made or changed: "field--name-created", "updated",
// "date-modified".
func htmlStampClass(v []byte) bool {
	for _, w := range [...]string{"created", "changed", "modified", "updated"} {
		if bytes.Contains(v, []byte(w)) {
			return true
		}
	}
	return false
}

func htmlClassifyTokens(v []byte) (weight int, flags uint32) {
	// Each space-separated name is judged on its own words.
	otherJunk, strongJunk := false, false
	defer func() {
		if otherJunk {
			flags &^= nfTitleClass
		}
		if strongJunk {
			flags &^= nfWeakClass
		}
	}()
	for i := 0; i < len(v); {
		for i < len(v) && htmlSpaceByte(v[i]) {
			i++
		}
		j := i
		for j < len(v) && !htmlSpaceByte(v[j]) {
			j++
		}
		if j > i {
			w, f := htmlClassifyName(v[i:j])
			weight += w
			if f&nfJunk != 0 && f&nfTitleClass == 0 {
				otherJunk = true
			}
			if f&nfJunk != 0 && f&nfWeakClass == 0 {
				strongJunk = true
			}
			flags |= f
		}
		i = j
	}
	return weight, flags
}

func htmlSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// htmlClassifyName judges one class name or id: its words are split at
// punctuation and at lower-to-upper case changes ("articleBody").
func htmlClassifyName(name []byte) (weight int, flags uint32) {
	if len(name) > 4 && (name[0] == 'h' || name[0] == 'H') && bytes.EqualFold(name[:3], []byte("has")) && (name[3] == '-' || name[3] == '_') {
		// "has-attribution", "has-sidebar": what the element holds or
		// sits beside, not what it is
		return 0, 0
	}
	var pos, strong, weak, nav, embed, caption, title, lead bool
	var word [32]byte
	n := 0
	label := false // the word before was "label"
	quote := false // the word before was "blockquote" or "quote"
	judge := func() {
		if n == 0 || n > len(word) {
			n = 0
			return
		}
		w := string(word[:n])
		if label && (w == "hidden" || w == "inline" || w == "above") || quote && w == "footer" {
			// "field--label-hidden": the field's label is hidden, not
			// the field (Drupal gives every field one of these);
			// "blockquote-footer": a quotation's source, its speaker
			label, quote, n = false, false, 0
			return
		}
		label, quote = w == "label", w == "blockquote" || w == "quote"
		c, ok := htmlClassWords[w]
		if !ok && n >= 8 {
			c = htmlCompound(word[:n])
		}
		switch c {
		case tokPositive:
			pos = true
		case tokStrong:
			strong = true
		case tokWeak:
			weak = true
		case tokNav:
			nav = true
		case tokEmbed:
			embed = true
		case tokCaption:
			caption = true
		case tokTitleWord:
			title = true
		case tokLead:
			lead = true
		}
		n = 0
	}
	// Also judge the whole name with punctuation removed ("sharebar",
	// "relatedPosts", "article__body").
	var whole [48]byte
	nw := 0
	for i := 0; i < len(name); i++ {
		c := name[i]
		upper := c >= 'A' && c <= 'Z'
		alnum := upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
		if !alnum {
			judge()
			continue
		}
		if upper {
			if i > 0 && name[i-1] >= 'a' && name[i-1] <= 'z' {
				judge()
			}
			c += 'a' - 'A'
		}
		if n < len(word) {
			word[n] = c
		}
		n++
		if c >= '0' && c <= '9' {
			continue
		}
		if nw < len(whole) {
			whole[nw] = c
		}
		nw++
	}
	judge()
	if nw <= len(whole) {
		switch htmlClassWords[string(whole[:nw])] {
		case tokPositive:
			pos = true
		case tokStrong:
			strong = true
		case tokNav:
			nav = true
		case tokEmbed:
			embed = true
		case tokCaption:
			caption = true
		}
	}
	if lead {
		flags |= nfLead
	}
	switch {
	case caption:
		flags |= nfJunk | nfFigure
	case embed:
		weight = 1
	case strong:
		flags |= nfJunk
		if htmlCommentName(name) {
			flags |= nfComment
		}
	case nav:
		flags |= nfJunk | nfNavTag
	case weak && !pos:
		flags |= nfJunk | nfWeakClass
	case title && !pos:
		flags |= nfJunk | nfTitleClass
	case pos:
		weight = 1
	}
	return weight, flags
}

func htmlCommentName(name []byte) bool {
	for i := 0; i+7 <= len(name); i++ {
		if htmlFoldPrefix(name[i:], "comment") {
			return true
		}
	}
	return false
}

// htmlClassifyRole reads an ARIA role.
func htmlClassifyRole(v []byte) uint32 {
	switch string(v) {
	case "navigation", "menu", "menubar", "search", "tablist":
		return nfJunk | nfNavTag
	case "banner":
		return nfJunk | nfHeader
	case "contentinfo", "complementary", "dialog", "alertdialog", "alert", "toolbar", "form":
		return nfJunk
	case "main", "article":
		return nfPositive
	}
	return 0
}

// htmlCompoundRoots are furniture words that class names run together with
// others ("inlinegallery", "socialshare", "commentlist", "relatedposts").
var htmlCompoundRoots = []struct {
	root string
	c    htmlTokenClass
}{
	{"gallery", tokCaption}, {"slideshow", tokCaption}, {"carousel", tokCaption},
	{"comments", tokStrong}, {"comment", tokStrong}, {"sidebar", tokStrong}, {"related", tokStrong},
	{"newsletter", tokStrong}, {"subscribe", tokStrong}, {"advert", tokStrong},
	{"cookie", tokStrong}, {"promo", tokStrong}, {"sponsor", tokStrong}, {"share", tokStrong},
	{"social", tokStrong}, {"breadcrumb", tokNav}, {"widget", tokStrong}, {"navbar", tokNav},
}

// htmlCompoundRest are the words that may follow a furniture root in a
// compound ("sharebar", "relatedposts"), the compound-rest section of
// data/classes.txt; any word may precede it ("photogallery").
var htmlCompoundRest = classLists.Set("compound-rest")

// htmlCompound classes a run-together class word by a furniture root at
// its end, or at its start before a known word.
func htmlCompound(w []byte) htmlTokenClass {
	for _, r := range htmlCompoundRoots {
		n := len(r.root)
		if len(w) <= n {
			continue
		}
		if string(w[len(w)-n:]) == r.root || string(w[:n]) == r.root && htmlCompoundRest[string(w[n:])] {
			return r.c
		}
	}
	return tokNone
}

// visuallyHiddenClasses are the class names that hide an element from the
// eye, hyphens and underscores dropped: "sr-only", "visually-hidden",
// "screen-reader-text", "hidden" (data/classes.txt, section hidden).
var visuallyHiddenClasses = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range classList("hidden") {
		m[w] = true
	}
	return m
}()

// popupRoots and popupParts make a class name a popup's content: a root
// inside the name ("tooltip", "hovercard") and a part at its end ("text",
// "content"), from data/classes.txt.
var popupRoots, popupParts = htmlByteWords(classList("popup")), htmlByteWords(classList("popup-part"))

func htmlByteWords(ws []string) [][]byte {
	out := make([][]byte, len(ws))
	for i, w := range ws {
		out[i] = []byte(w)
	}
	return out
}

// htmlHiddenClass reports whether a class attribute keeps its element's
// words from the page's text: a class for screen readers or another layout
// ("sr-only", "visually-hidden": "Opens in a new window"), or the content of
// a tooltip, hover card or popover ("tooltiptext", "hovercard__content",
// "popover-body"), words shown on hover that repeat or gloss the name beside
// them. A popup's trigger ("tooltip", "hovercard") is no such class: it
// holds the visible words.
func htmlHiddenClass(v []byte) bool {
	// Each class word lower-cased without its hyphens and underscores, in a
	// buffer of its own: a class attribute is read without allocating. The
	// lists' words are short and ASCII, so a longer or non-ASCII word is in
	// none of them.
	var buf [48]byte
	n, ok := 0, true
	for i := 0; i <= len(v); i++ {
		if i == len(v) || v[i] == ' ' || v[i] == '\t' || v[i] == '\n' || v[i] == '\r' || v[i] == '\f' || v[i] == '\v' {
			if ok && n > 0 && (visuallyHiddenClasses[string(buf[:n])] || htmlPopupContent(buf[:n])) {
				return true
			}
			n, ok = 0, true
			continue
		}
		c := v[i]
		switch {
		case c == '-' || c == '_':
		case c >= utf8.RuneSelf || n == len(buf):
			ok = false
		case 'A' <= c && c <= 'Z':
			buf[n] = c + 'a' - 'A'
			n++
		default:
			buf[n] = c
			n++
		}
	}
	return false
}

// htmlPopupContent reports whether a class word, lower-cased without its
// hyphens and underscores, names a popup's content: a popup root inside it
// and a content part at its end ("hovercardcontent").
func htmlPopupContent(w []byte) bool {
	for _, r := range popupRoots {
		if bytes.Contains(w, r) {
			for _, e := range popupParts {
				if bytes.HasSuffix(w, e) {
					return true
				}
			}
			return false
		}
	}
	return false
}
