// This file tests the kind of page the segmenter reports where no turns
// are found: lines that look like labels but are none (a stray full stop,
// a salutation's addressee, a headline's source), and releases, addresses
// and notices told apart as news, speech or post.

package turns

import (
	"strings"
	"testing"
)

// A stray full stop after one all-capitals name in a news story is no label.
func TestStopLabelsNeedAConversation(t *testing.T) {
	body := joinParas(
		"Ministers met in the capital on Monday.",
		"BUDGET TALKS. The finance ministers agreed on a timetable for the budget.",
		"The talks resume next week.",
	)
	if kind, turns := segmentTurns(body); len(turns) != 0 || kind == KindTranscript {
		t.Errorf("kind %s, %d turns:\n%s", kind, len(turns), dumpSegs(segsOf(turns)))
	}
}

// A release that reports a meeting and then gives the official's statement
// in the first person is news; the statement alone is a speech.
func TestFramedStatementIsNews(t *testing.T) {
	statement := []string{
		"I am glad to be in the capital today and to have met the minister and her colleagues.",
		"We have agreed to work together on the courts, and I will return next year to see how our work goes.",
		"I thank our hosts for their welcome, and I am proud of what we have begun here.",
		"You have my word that my office will stay at your side in the years to come.",
	}
	framed := joinParas(append([]string{
		"RIVERTON - The Attorney General met with the Minister of Justice today to discuss the courts and the training of judges.",
		"At the end of the meetings, the Attorney General made the following statement:",
	}, statement...)...)
	if kind, _ := segmentTurns(framed); kind != KindNews {
		t.Errorf("framed statement: kind %s, want news", kind)
	}
	if kind, _ := segmentTurns(joinParas(statement...)); kind != KindSpeech {
		t.Errorf("statement alone: kind %s, want speech", kind)
	}
	// a lead that reports who hosted whom, then the statements of each
	hosted := joinParas(append([]string{
		"Premier Jane Roe hosted Premier John Doe and Premier Ann Lee in Riverton on June 13 and 14 for the Premiers' Forum.",
	}, statement...)...)
	if kind, _ := segmentTurns(hosted); kind != KindNews {
		t.Errorf("hosted, then statements: kind %s, want news", kind)
	}
}

// The addressee line over a speech's salutation is no speaker label.
func TestSalutationIsNoLabel(t *testing.T) {
	body := joinParas(
		"Mr Jonas Vries, Chief Executive Officer, Harbour Group",
		"Ladies and gentlemen,",
		"I am delighted to be here today with all of you, and I thank you for coming to our meeting.",
		"We have worked for many years on this project, and I am proud of what you have done. I want to thank every one of you for your work.",
	)
	kind, turns := segmentTurns(body)
	if kind != KindSpeech || len(turns) != 0 {
		t.Errorf("kind %s, turns:\n%s", kind, dumpSegs(segsOf(turns)))
	}
}

// An address that names itself as it opens ("I will start this address
// with ...") is a speech, however much of it tells of someone else.
func TestSelfNamedAddress(t *testing.T) {
	body := joinParas("Good evening from Portvale! I will start this address with the story of a teacher. " +
		"He taught in the harbour school for forty years. He said that every child deserves a library, and he built one with his own hands. " +
		"His pupils still visit it. He died last winter, and the town he served will name the school after him. " +
		"I ask you to remember him, and to read to your children tonight. Thank you!")
	if kind, _ := segmentTurns(body); kind != KindSpeech {
		t.Errorf("kind %s, want speech", kind)
	}
	// a news story quoting a speech that named itself stays news
	news := joinParas("The Mayor opened the new library on Monday. \"I will start this address with thanks,\" she said, before she named the donors and thanked them. The library has ten thousand books and opens daily.")
	if kind, _ := segmentTurns(news); kind != KindNews {
		t.Errorf("kind %s, want news", kind)
	}
}

// A headline that names its source after a colon ("…: JICA Senior Vice
// President") is no speaker's label: its words are too many for a name.
func TestHeadlineColonIsNoLabel(t *testing.T) {
	body := joinParas(
		"Japan to Continue Providing Financial and Technical Assistance to Sri Lanka: JICA Senior Vice President",
		"The Japan International Cooperation Agency will continue its assistance to Sri Lanka, stated its Senior Vice President.",
		"The assurance was given during a meeting held today at the Presidential Secretariat between the President and the Vice President.",
	)
	kind, turns := segmentTurns(body)
	if kind != KindNews || len(turns) != 0 {
		t.Errorf("kind %s, %d turns; want news and none", kind, len(turns))
	}
}

// A release that quotes its officer in single marks, as British and
// Australian releases do, is news: the first person inside the quotations
// is the officer's, not the page's. A term in single marks of one or two
// words ("an ‘oxygen bar’") is the text's own.
func TestSingleQuotedRelease(t *testing.T) {
	body := joinParas(
		"The state has recorded its first two deaths related to the virus.",
		"Both were men aged in their seventies. They both died in city hospitals.",
		"'Sadly, the state has recorded its first two deaths. Our thoughts are with their loved ones at this difficult time,' Professor Jane Roe said.",
		"'We’re doing everything we can to save lives and slow the spread of this virus, but we all have a role to play to protect those who are most vulnerable.",
		"'I can’t be clearer; if you can stay at home, you must stay at home. I ask you to do it for your family and for your neighbours.'",
		"'Everyone who is unwell must isolate themselves, and everyone who has been told they are in quarantine must do so,' Professor Roe said.",
		"'I know this is hard for you. We urge you to stay 1.5 metres away from everyone else, and I thank you for what you are doing.'")
	if kind, _ := segmentTurns(body); kind != KindNews {
		t.Errorf("kind %s, want news", kind)
	}
	var v turnVoice
	v.count("We ask you to visit the ‘oxygen bar’ and the 'pure air' room, as 'I will do so too,' she said.")
	if v.words != 16 {
		t.Errorf("words outside quotations %d, want 16 (two terms counted, the statement not)", v.words)
	}
}

// A notice that addresses the public, "we" and "you" with no "I", is a
// written post, not a speech; the same words with a speaker's "I" are an
// address.
func TestNoticeToThePublic(t *testing.T) {
	notice := joinParas(
		"We hope your week is off to a great start. If you are planning on hosting the harvest dinner or cooking to bring something along with you, please remember that cooking always requires your attention.",
		"Once you are ready to turn the stove on, it is very important to stay in the kitchen and remain focused. Kitchen fires are very common and are very preventable, and we see too many of them.",
		"Enjoy your celebrations and please stay safe and well. Thank you always for your help and support.")
	if kind, _ := segmentTurns(notice); kind != KindNews {
		t.Errorf("notice: kind %s, want news", kind)
	}
	address := strings.Replace(notice, "We hope your week", "I hope your week", 1)
	address = strings.Replace(address, "and we see too many", "and I see too many", 1)
	if kind, _ := segmentTurns(address); kind != KindSpeech {
		t.Errorf("address: kind %s, want speech", kind)
	}
}
