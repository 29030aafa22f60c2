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
