package extract_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/communique/communique/extract"
)

// With KeepUnresolved, a relative date no date anchors is still reported,
// with an empty value; without it, it is left out.
func TestKeepUnresolved(t *testing.T) {
	page := []byte("The ministers met on Thursday in Brussels to discuss support for Ukraine and the defence industry of Europe.\n")
	for _, keep := range []bool{false, true} {
		x := extract.New(extract.Options{KeepUnresolved: keep})
		doc, err := x.Extract(context.Background(), extract.Input{Data: page})
		require.NoError(t, err)
		if !keep {
			require.Empty(t, doc.Dates)
			continue
		}
		require.Len(t, doc.Dates, 1)
		require.Equal(t, "Thursday", doc.Dates[0].Text)
		require.Empty(t, doc.Dates[0].Value)
		require.Empty(t, doc.Events, "an unanchored day dates no event")
	}
}
