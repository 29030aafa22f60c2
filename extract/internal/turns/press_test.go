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

// TestSegmentTurnsPressReporterUnnamed: at a press conference where the
// principal replies to reporters who name themselves, a speaker who names
// no outlet but whose every turn the principal takes up is a reporter too:
// their turns ask, the principal's replies answer.
func TestSegmentTurnsPressReporterUnnamed(t *testing.T) {
	body := "Jane Doe:\n\nGood afternoon. Today the Board decided to leave the cash rate unchanged.\n\n" +
		"Jack Roe:\n\nJack Roe from the Courier. Economists have said the Board should already have cut rates.\n\n" +
		"Jane Doe:\n\nIf we thought we had things wrong we would have moved, Jack.\n\n" +
		"Jack Roe:\n\nThanks, Governor.\n\n" +
		"Glenda Lee:\n\nIt has been noted that the word vigilant has been removed from the statement.\n\n" +
		"Jane Doe:\n\nThanks, Glenda. It is deliberate and the Board wanted to give that message.\n\n" +
		"Glenda Lee:\n\nThe bank has misread perhaps the weakness in the economy.\n\n" +
		"Jane Doe:\n\nI think inflation has broadly come in as we expected.\n\n" +
		"Ann Smith:\n\nGovernor. Ann Smith, The Herald. In the minutes you said you wanted more than one quarter of good data.\n\n" +
		"Jane Doe:\n\nWell, I am not going to give forward guidance."
	_, turns := segmentTurns(body)
	require.Len(t, turns, 10)
	for _, i := range []int{4, 6} {
		assert.Equal(t, TurnQuestion, turns[i].Kind, i)
		assert.Equal(t, TurnAnswer, turns[i+1].Kind, i+1)
	}
}

// TestSegmentTurnsHearingWitnessQueue: at a hearing's public comment,
// witnesses come forward one after another, each giving a name and a
// cause ("Jane Roe on behalf of …", "Sam Poe and I work for …"); nobody
// replies to them, and they ask nothing: their turns are remarks, not a
// press conference's questions and answers.
func TestSegmentTurnsHearingWitnessQueue(t *testing.T) {
	body := "Chair Ann Lee:\n\nThank you. Others in support, please come forward and state your name and affiliation.\n\n" +
		"Jane Roe:\n\nJane Roe with the Teachers Association, in support.\n\n" +
		"John Doe:\n\nJohn Doe on behalf of the Parents Council, in strong support.\n\n" +
		"Sam Poe:\n\nMy name is Sam Poe and I work for the Health Network. We support the bill.\n\n" +
		"Kim Moe:\n\nKim Moe for the Student Senate, in support.\n\n" +
		"Chair Ann Lee:\n\nThank you. Any opposition? Seeing none, we will move to the vote."
	_, turns := segmentTurns(body)
	require.Len(t, turns, 6)
	for i, tn := range turns {
		assert.Equal(t, TurnRemarks, tn.Kind, i)
	}
}
