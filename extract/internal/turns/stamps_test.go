package turns

import "testing"

// This file tests labels with a recording's time stamp, the White House's
// closing lines and sitting times.

// Transcription services print a recording's time stamp beside each label;
// it is not part of the words, and "Speaker 1" is nobody named.
func TestSegmentTurnsRecordingStamps(t *testing.T) {
	runTurnCases(t, []turnCase{
		{
			name: "stamp after the colon, words on the next line",
			body: joinParas(
				"Dmitry Peskov Press Briefing Transcript",
				"Dmitry Peskov: (09:51)",
				"Good morning. We have no announcements today.",
				"Speaker 1: (10:08)",
				"Will President Putin take part in the summit?",
				"Dmitry Peskov: (10:15)",
				"No decision has been taken yet.",
				"Speaker 2: (10:40)",
				"And the talks in Istanbul?",
				"Dmitry Peskov: (10:44)",
				"They will continue next week.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Dmitry Peskov", "", "Good morning. We have no announcements today.$"},
				{"question", "", "Speaker 1", "Will President Putin take part in the summit?$"},
				{"answer", "Dmitry Peskov", "", "No decision has been taken yet.$"},
				{"question", "", "Speaker 2", "And the talks in Istanbul?$"},
				{"answer", "Dmitry Peskov", "", "They will continue next week.$"},
			},
		},
		{
			name: "stamp after the colon, words on the same line",
			body: joinParas(
				"Secretary Blinken: (00:12) Good afternoon, everyone.",
				"We are here to talk about Ukraine.",
				"Speaker 1: (03:40) Mr. Secretary, will you meet the Foreign Minister?",
				"Secretary Blinken: (03:52) I will, tomorrow.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Blinken", "Secretary", "Good afternoon"},
				{"question", "", "Speaker 1", "Mr. Secretary, will you meet the Foreign Minister?$"},
				{"answer", "Blinken", "Secretary", "I will, tomorrow.$"},
			},
		},
		{
			name: "stamp in the label, hours and brackets",
			body: joinParas(
				"Jake Tapper (01:02:03):",
				"Madam Secretary, thank you for joining us. How long will the operation last?",
				"Janet Yellen (01:02:15):",
				"I don't want to put a timeline on it.",
				"Jake Tapper [01:03:00]",
				"And what about the markets?",
				"Janet Yellen [01:03:07]",
				"The markets have been calm.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jake Tapper", "", "Madam Secretary"},
				{"answer", "Janet Yellen", "", "I don't want to put a timeline on it.$"},
				{"question", "Jake Tapper", "", "And what about the markets?$"},
				{"answer", "Janet Yellen", "", "The markets have been calm.$"},
			},
		},
		{
			name: "bare stamps after own-line labels",
			body: joinParas(
				"Speaker 1  0:03",
				"Thank you all for coming. The minister will take questions.",
				"Speaker 2  0:12",
				"Minister, when will the border reopen?",
				"Speaker 3  0:18",
				"We expect it to reopen next month.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Speaker 1", "Thank you all"},
				{"question", "", "Speaker 2", "Minister, when"},
				{"answer", "", "Speaker 3", "We expect it to reopen next month.$"},
			},
		},
		{
			name: "unknown speakers",
			body: joinParas(
				"Antony Blinken: (00:03)",
				"Good afternoon. I'm happy to take a few questions.",
				"Unknown Speaker: (00:20)",
				"Mr. Secretary, is a ceasefire close?",
				"Antony Blinken: (00:25)",
				"We are working for one every day.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Antony Blinken", "", "Good afternoon."},
				{"remarks", "", "Unknown Speaker", "Mr. Secretary, is a ceasefire close?$"},
				{"remarks", "Antony Blinken", "", "We are working for one every day.$"},
			},
		},
		{
			name: "bare stamp after the colon",
			body: joinParas(
				"Karoline Leavitt: 00:00",
				"Good afternoon, everyone. Let's get started.",
				"Reporter: 02:14",
				"Karoline, does the President plan to sign the order today?",
				"Karoline Leavitt: 02:20",
				"He will sign it this afternoon.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Karoline Leavitt", "", "Good afternoon, everyone. Let's get started.$"},
				{"question", "", "", "Karoline, does the President"},
				{"answer", "Karoline Leavitt", "", "He will sign it this afternoon.$"},
			},
		},
		{
			name: "stamp before the label",
			body: joinParas(
				"[00:00:05] Moderator: Welcome to the briefing. The Spokesperson will take your questions.",
				"[00:00:20] Reporter: What is the latest on the ceasefire talks?",
				"[00:00:31] Ned Price: The talks continue in Doha.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Moderator", "Welcome to the briefing."},
				{"question", "", "", "What is the latest on the ceasefire talks?$"},
				{"answer", "Ned Price", "", "The talks continue in Doha.$"},
			},
		},
	})
}

// A White House transcript ends at its closing line; the page's frame after
// it (the next post, the newsletter blurb) is nobody's words, with or
// without the closing line.
func TestSegmentTurnsWhiteHouseEnd(t *testing.T) {
	head := []string{
		"James S. Brady Press Briefing Room",
		"1:12 P.M. EST",
		"MS. JEAN-PIERRE: Good afternoon, everybody.",
		"Q Thanks, Karine. Will the President travel to the border?",
		"MS. JEAN-PIERRE: I don't have anything to preview.",
		"Q Thank you.",
	}
	tails := map[string][]string{
		"END and time":           {"END", "2:21 P.M. EST", "Next Post", "Readout of the President's Call with Prime Minister Kishida of Japan", "Stay Connected", "Sign Up", "Email Address", "We'll be in touch with the latest information on how President Biden and his administration are working for the American people."},
		"time only":              {"2:21 P.M. EST", "We'll be in touch with the latest information on how President Biden and his administration are working for the American people."},
		"END on its own":         {"END", "Next Post"},
		"no closing line, blurb": {"We’ll be in touch with the latest information on how President Biden and his administration are working for the American people.", "Privacy Policy"},
		"no closing line, links": {"Next Post", "Readout of the President's Call with Prime Minister Kishida of Japan", "Previous Post"},
		"END with time":          {"END 2:21 P.M. EST", "Stay Connected"},
		"newsletter prompt":      {"Sign up for email updates from the White House on the President's agenda.", "Email Address"},
	}
	for name, tail := range tails {
		body := joinParas(append(append([]string{}, head...), tail...)...)
		kind, turns := segmentTurns(body)
		checkTurnInvariants(t, body, turns)
		if kind != KindTranscript || len(turns) != 4 {
			t.Errorf("%s: %s %d turns:\n%s", name, kind, len(turns), dumpSegs(segsOf(turns)))
			continue
		}
		if last := turns[3]; last.Text != "Thank you." || last.Kind != TurnQuestion {
			t.Errorf("%s: last turn %s %q", name, last.Kind, last.Text)
		}
	}
}

func TestIsSittingTime(t *testing.T) {
	for s, want := range map[string]bool{
		"3.31 pm": true, "10.15 am": true, "4 pm": true, "12.02 p.m.": true,
		"3.31pm": false, "pm": false, "2024 pm": false, "3.31 pm today": false, "Order.": false,
	} {
		if got := isSittingTime(s); got != want {
			t.Errorf("isSittingTime(%q) = %v, want %v", s, got, want)
		}
	}
}
