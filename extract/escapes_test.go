package extract

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFixLiteralSpace(t *testing.T) {
	assert.Equal(t, "a  b c d\\u2019s", string(fixLiteralSpace([]byte(`a\n\tb\xa0c\td\u2019s`))))
	// one or two escapes are text about escapes
	assert.Equal(t, `write \n for a new line`, string(fixLiteralSpace([]byte(`write \n for a new line`))))
	// an escaped backslash before an "n" is no line break
	assert.Equal(t, `C:\\new x y`, string(fixLiteralSpace([]byte(`C:\\new\tx\ty`))))
}

// A page stored as the printed form of a list of tags keeps its line
// breaks as "\n": they are white space, not words, and the address under
// the page is recognised as contact furniture.
func TestScrapeWithEscapedSpace(t *testing.T) {
	page := `[<p>The Minister opened the new clinic in Portvale today, the first of ten the government will build this year.\xa0</p>, <p>\n\t\tDepartment of Health<br/>\n\t\t45 Harbour Road<br/>\n\t\tPortvale PV1 4AB</p>]`
	doc, err := New(Options{}).Extract(context.Background(), Input{Name: "a.html", Data: []byte(page)})
	require.NoError(t, err)
	assert.Equal(t, "The Minister opened the new clinic in Portvale today, the first of ten the government will build this year.", doc.Body)
}

// Quotation marks a scraper escaped as in a string literal, one backslash
// or more before each, are plain marks in a text page holding two or more
// of them; one is text about escapes, and an HTML page keeps them.
func TestFixEscapedQuotes(t *testing.T) {
	assert.Equal(t, `He said "we are ready" and "we will go".`, string(fixEscapedQuotes([]byte(`He said \"we are ready\" and \\"we will go\\".`))))
	assert.Equal(t, `write \" for a mark`, string(fixEscapedQuotes([]byte(`write \" for a mark`))))
	page := "Jane Roe, the Minister of Health, opened the clinic today.\n\nShe said \\\"we are ready to serve every family in the valley\\\", and the mayor thanked her.\n"
	doc, err := New(Options{}).Extract(context.Background(), Input{Name: "a.txt", Data: []byte(page)})
	require.NoError(t, err)
	require.Len(t, doc.Quotes, 1)
	assert.Equal(t, "we are ready to serve every family in the valley", doc.Quotes[0].Text)
	assert.NotContains(t, doc.Body, `\`)
}
