// This file tests the records of courts, hearings and meetings: a bench
// questioning an advocate, witnesses named in full, a printed hearing's
// labels, a committee chair's questions and a machine transcript's time
// stamps.

package turns

import (
	"strings"
	"testing"
)

// A bench questioning one advocate, whatever their turns end with, and a
// witness whose surname is also a common word ("Read").
func TestSegmentBenchAndWitness(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "justices and an advocate",
			body: joinParas(
				"CHIEF JUSTICE MARLOW: We will hear argument first this morning in the harbour case. Ms. Quill.",
				"MS. QUILL: Thank you, Mr. Chief Justice, and may it please the Court: the statute is clear.",
				"JUSTICE ORTON: Well, that depends on what the agency did first.",
				"MS. QUILL: It does, Justice Orton, and the agency acted within its powers.",
				"JUSTICE BRANDT: But why did it wait two years?",
				"MS. QUILL: Because the law gave it no deadline.",
				"JUSTICE ORTON: Counsel, the record says otherwise.",
				"MS. QUILL: The record shows a notice in the first month.",
				"JUSTICE BRANDT: Where is that notice?",
				"MS. QUILL: On page forty of the appendix.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Marlow", "Chief Justice", "We will hear"},
				{"remarks", "Quill", "", "Thank you"},
				{"question", "Orton", "Justice", "Well, that depends"},
				{"answer", "Quill", "", "It does"},
				{"question", "Brandt", "Justice", "But why"},
				{"answer", "Quill", "", "Because"},
				{"question", "Orton", "Justice", "Counsel"},
				{"answer", "Quill", "", "The record"},
				{"question", "Brandt", "Justice", "Where"},
				{"answer", "Quill", "", "On page"},
			},
		},
		{
			name: "a bench and two advocates in turn",
			body: joinParas(
				"JUSTICE ORTON: Counsel, what does the record say?",
				"MR. VALE: The record shows a notice in the first month.",
				"JUSTICE BRANDT: That notice came late.",
				"MR. VALE: It came within the time the statute allows.",
				"JUSTICE ORTON: The statute allows thirty days.",
				"MR. VALE: And the notice came on day twelve.",
				"CHIEF JUSTICE MARLOW: Thank you, counsel. Ms. Quill.",
				"MS. QUILL: Thank you, Mr. Chief Justice, and may it please the Court: the agency waited.",
				"JUSTICE BRANDT: Did it not wait for the notice to be served?",
				"MS. QUILL: It waited two years after it.",
				"JUSTICE ORTON: Two years is within the limit.",
				"MS. QUILL: Not for an emergency order.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Orton", "Justice", "Counsel, what"},
				{"answer", "Vale", "", "The record"},
				{"question", "Brandt", "Justice", "That notice"},
				{"answer", "Vale", "", "It came"},
				{"question", "Orton", "Justice", "The statute"},
				{"answer", "Vale", "", "And the notice"},
				{"remarks", "Marlow", "Chief Justice", "Thank you"},
				{"remarks", "Quill", "", "Thank you"},
				{"question", "Brandt", "Justice", "Did it"},
				{"answer", "Quill", "", "It waited two"},
				{"question", "Orton", "Justice", "Two years"},
				{"answer", "Quill", "", "Not for"},
			},
		},
		{
			name: "a witness named like a word",
			body: joinParas(
				"**Mr Quint**: Is that your signature on the statement?",
				"**Nicholas Read**: It is indeed.",
				"**Mr Quint**: Are its contents true?",
				"**Nicholas Read**: They are.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Quint", "", "Is that"},
				{"answer", "Nicholas Read", "", "It is indeed.$"},
				{"question", "Quint", "", "Are its"},
				{"answer", "Nicholas Read", "", "They are.$"},
			},
		},
	})
}

// A witness's full name, from the line that swears them in or from their
// answer giving it, names every turn of theirs.
func TestSegmentWitnessFullName(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "sworn line and a name given in answer",
			body: joinParas(
				"**Mr Quint**: May I call Anna Berg.",
				"*ANNA MARIA BERG MP (sworn).*",
				"**Mr Quint**: Can you give us your full name, please?",
				"**Anna Berg**: Anna Maria Berg.",
				"**Mr Quint**: Were you the minister in 2019?",
				"**Anna Berg**: I was.",
				"**Mr Quint**: And your name, sir?",
				"**Peter Holm**: My name is Peter Holm.",
				"**Mr Quint**: Did you sign it?",
				"**Peter Holm**: Peter Johan Holm.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Quint", "", "May I call"},
				{"question", "Quint", "", "Can you give"},
				{"answer", "Anna Maria Berg", "", "Anna Maria Berg.$"},
				{"question", "Quint", "", "Were you"},
				{"answer", "Anna Maria Berg", "", "I was.$"},
				{"question", "Quint", "", "And your name"},
				{"answer", "Peter Johan Holm", "", "My name is"},
				{"question", "Quint", "", "Did you"},
				{"answer", "Peter Johan Holm", "", "Peter Johan Holm.$"},
			},
		},
	})
}

// The printed record of a hearing closes each label with a full stop ("Mr.
// Roe. Thank you, Mr. Chairman."), names the chair in the line on who
// presided, lists the committee's staff on lines of a name and an office,
// and a witness confirms what counsel puts ("That's right.") as often as
// they are asked.
func TestSegmentPrintedHearing(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "a congressional hearing's record",
			body: joinParas(
				"Jane Poe, Staff Director",
				"The committee met, pursuant to notice, at 2 p.m., Hon. Tom Baker [chairman of the committee] presiding.",
				"The Chairman. The hearing will come to order. We will hear from the Administrator on the harbour works.",
				"Mr. Roe. Thank you, Mr. Chairman. I look forward to the testimony.",
				"The Chairman. Mr. Doe, you joined the agency in 2019.",
				"Mr. Doe. That's right.",
				"The Chairman. And you oversaw the harbour contract from the start.",
				"Mr. Doe. Correct, from the first month.",
				"The Chairman. So the delays were known to you by the spring.",
				"Mr. Doe. Yes, they were.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Tom Baker", "Chairman of the committee", "The hearing will come to order."},
				{"remarks", "Roe", "", "Thank you, Mr. Chairman."},
				{"question", "Tom Baker", "Chairman of the committee", "Mr. Doe, you joined"},
				{"answer", "Doe", "", "That's right."},
				{"question", "Tom Baker", "Chairman of the committee", "And you oversaw"},
				{"answer", "Doe", "", "Correct, from the first month."},
				{"question", "Tom Baker", "Chairman of the committee", "So the delays"},
				{"answer", "Doe", "", "Yes, they were."},
			},
		},
	})
}

// A printed hearing's roster line ("SAM ROE, Missouri Ranking Member") is
// no label; a witness's statement head names the witness in full
// ("STATEMENT OF PHILLIP D. MOE, SR."), and an office a name follows in
// the text gives the witness's role ("the Inspector General Mr. Carl Hoe").
func TestSegmentHearingRosterAndHeads(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "a roster, statement heads and a title before the honorific",
			body: joinParas(
				"COMMITTEE ON HARBOURS",
				"JANE POE, New York, Chairwoman",
				"SAM ROE, Missouri Ranking Member",
				"C O N T E N T S",
				"Mrs. Poe. The hearing will come to order. I thank Chief Moe, and the Inspector General Mr. Carl Hoe, for being here.",
				"STATEMENTS OF PHILLIP D. MOE, SR., CHIEF, UNITED STATES CAPITOL POLICE; AND CARL W. HOE, INSPECTOR GENERAL, UNITED STATES CAPITOL POLICE",
				"STATEMENT OF PHILLIP MOE, SR.",
				"Chief Moe. Thank you, Madam Chair. The harbour police keep little information.",
				"STATEMENT OF CARL HOE",
				"Mr. Hoe. Thank you. My office audited the harbour police this year.",
				"Mrs. Poe. Thank you both. Chief, what do you keep on me?",
				"Chief Moe. Your name and your office's number.",
				"Mr. Hoe. And nothing more, as we found.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Poe", "", "The hearing will come to order."},
				{"answer", "Phillip D. Moe, Sr.", "Chief", "Thank you, Madam Chair."},
				{"remarks", "Carl Hoe", "Inspector General", "Thank you. My office"},
				{"question", "Poe", "", "Thank you both."},
				{"question", "Phillip D. Moe, Sr.", "Chief", "Your name"},
				{"answer", "Carl Hoe", "Inspector General", "And nothing more"},
			},
		},
	})
}

// A committee's chair questions the witnesses, who reply; the chair's
// calls stay remarks.
func TestSegmentCommitteeChairQuestions(t *testing.T) {
	runHouseCases(t, []houseCase{
		{
			name: "a chair questioning two witnesses",
			body: joinParas(
				"The committee met, Hon. Tom Baker [chairman of the committee] presiding.",
				"The Chairman. The hearing will come to order. We will hear from the two administrators.",
				"Mr. Roe. Thank you, Mr. Chairman. The harbour works began last year and will end in May.",
				"Mr. Doe. Thank you. The agency approved the budget in March.",
				"The Chairman. Mr. Roe, when did the delays become known to the agency?",
				"Mr. Roe. In September of last year, when the first quay flooded.",
				"The Chairman. And Mr. Doe, who approved the second budget?",
				"Mr. Doe. The board did, in its October meeting.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Tom Baker", "Chairman of the committee", "The hearing will come to order."},
				{"remarks", "Roe", "", "Thank you, Mr. Chairman."},
				{"remarks", "Doe", "", "Thank you."},
				{"question", "Tom Baker", "Chairman of the committee", "Mr. Roe, when did"},
				{"answer", "Roe", "", "In September"},
				{"question", "Tom Baker", "Chairman of the committee", "And Mr. Doe"},
				{"answer", "Doe", "", "The board did"},
			},
		},
	})
}

// A meeting's machine transcript: each label closed by its time stamp,
// which links to the moment in the recording, alone on its line or run
// into the words; an office in brackets is the speaker's role, not a
// journalist's name after an outlet.
func TestSegmentLinkedStampLabels(t *testing.T) {
	runHouseCases(t, []houseCase{{
		name: "linked time stamps",
		body: joinParas(
			"Jane Roe (Mayor) [22:39](https://video.example/v1?t=1359)",
			"And so to that point, the commission makes decisions that draw the community to its meetings.",
			"John Doe (Town Manager)  [22:52](https://video.example/v1?t=1372)",
			"The meetings draw a bigger part of the community than the forum does.",
			"Ann Poe [23:02](https://video.example/v1?t=1382) And the budget is ready for the vote next week.",
		),
		kind: KindTranscript,
		want: []turnSeg{
			{"remarks", "Jane Roe", "Mayor", "And so to that point"},
			{"remarks", "John Doe", "Town Manager", "The meetings draw"},
			{"remarks", "Ann Poe", "", "And the budget"},
		},
	}})
}

// TestGivenNamesAfterStatementOf: after a heading's "STATEMENT OF" the
// words are the witness's given names, after another "of" a title's
// complement.
func TestGivenNamesAfterStatementOf(t *testing.T) {
	for _, c := range []struct {
		body string
		want string
	}{
		{"STATEMENT OF PHILLIP D. MOE", "PHILLIP D."},
		{"Testimony of Jane Q. Moe", "Jane Q."},
		{"the Governor of Utah Moe", ""},
	} {
		s := strings.LastIndex(c.body, "MOE")
		if s < 0 {
			s = strings.LastIndex(c.body, "Moe")
		}
		given, _, _ := givenNames(c.body, s)
		if got := strings.Join(given, " "); got != c.want {
			t.Errorf("%q: given names %q, want %q", c.body, got, c.want)
		}
	}
}

// TestRosterLineNoCommaLabel: a roster's line gives the member's state
// before the office; it is no speaker's label.
func TestRosterLineNoCommaLabel(t *testing.T) {
	if _, ok := commaLabel("SAM ROE, Missouri Ranking Member"); ok {
		t.Error("a roster's line read as a label")
	}
	if _, ok := commaLabel("JANE ROE, Deputy Director"); !ok {
		t.Error("a name and an office not read as a label")
	}
}
