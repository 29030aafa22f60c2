package turns

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSegmentTurnsJournalistWithOutlet: an own-line or colon label of a
// journalist with the outlet in brackets ("Jack Roe (The Courier):") names
// the journalist, who asks; a reporter who opens a turn by addressing the
// official ("Governor, Jack Roe from the Courier.") takes no title from it.
func TestSegmentTurnsJournalistWithOutlet(t *testing.T) {
	body := "Governor Jane Doe:\n\nGood afternoon. Today the Board decided to leave the cash rate unchanged.\n\n" +
		"Jack Roe (The Courier):\n\nGovernor, Jack Roe from the Courier. Will rates fall next year?\n\n" +
		"Governor Doe:\n\nWe are not ruling anything in or out.\n\n" +
		"Ann Smith (SMH/AGE):\n\nGovernor, Ann Smith from the Herald. What about wages?\n\n" +
		"Governor Doe:\n\nWages growth has eased."
	kind, turns := segmentTurns(body)
	require.Equal(t, KindTranscript, kind)
	require.Len(t, turns, 5)
	want := []struct {
		speaker string
		kind    TurnKind
	}{{"Jane Doe", TurnRemarks}, {"Jack Roe", TurnQuestion}, {"Jane Doe", TurnAnswer}, {"Ann Smith", TurnQuestion}, {"Jane Doe", TurnAnswer}}
	for i, w := range want {
		assert.Equal(t, w.speaker, turns[i].Speaker, i)
		assert.Equal(t, w.kind, turns[i].Kind, i)
		if w.kind == TurnQuestion {
			assert.Empty(t, turns[i].Role, i)
		}
	}
}
