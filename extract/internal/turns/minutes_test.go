package turns

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A meeting's minutes in reported speech, headed "Minutes of …", are the
// record of a sitting however few its labels; the heads of the lists of
// who attended ("PRESENT IN THE CHAIR:", "MEMBERS PRESENT:", "OFFICIALS
// IN ATTENDANCE:") are no speakers' labels.
func TestMinutesHeadedAndAttendance(t *testing.T) {
	body := "MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF HARBOUR COUNCIL HELD ON FRIDAY 17TH NOVEMBER, 2023.\n\n" +
		"PRESENT IN THE CHAIR: Councillor J. Roe, Mayor.\n\n" +
		"MEMBERS PRESENT: Councillors Benson, Carey, Collins, Daly.\n\n" +
		"OFFICIALS IN ATTENDANCE: Chief Executive (Mr. P. Doe), Meetings Administrator (Ms. L. Flannery).\n\n" +
		"The Mayor thanked everybody for attending the Special Meeting.\n\n" +
		"Members thanked the Mayor for calling the meeting.\n\n" +
		"This concluded the Meeting."
	kind, turns := segmentTurns(body)
	assert.Equal(t, KindTranscript, kind)
	assert.Empty(t, turns)

	kind, _ = segmentTurns("The Mayor thanked everybody for attending the Special Meeting.\n\nMembers thanked the Mayor for calling the meeting.")
	assert.Equal(t, KindNews, kind)
}
