package extract

// blockKind is the structural role a block had in its input.
type blockKind int

const (
	blockPara     blockKind = iota // a paragraph (or a line of plain text)
	blockHeading                   // h1-h6
	blockListItem                  // li, dt, dd
	blockCell                      // td, th
	blockCaption                   // figcaption, caption
	blockQuote                     // blockquote paragraph
	blockPre                       // pre
)

// block is one paragraph-level unit of the input, before chrome stripping.
// Text readers and the HTML reader both produce blocks; the chrome
// classifier (chrome.go) judges them.
type block struct {
	// Text is the block's text, white space normalised: no-break spaces
	// become spaces, runs of white space one space, no leading or trailing
	// space, no newline.
	Text string
	Kind blockKind
	// Links is the share of Text's bytes inside links (HTML; 0 for text).
	Links float64
	// Removed is non-zero when the reader already judged the block chrome
	// (HTML outside the article); the classifier leaves such blocks alone.
	Removed Reason
	// Title marks the block as the page's headline (HTML h1 or <title>).
	Title bool
}
