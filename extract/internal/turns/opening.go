package turns

import (
	"strings"
	"unicode"
)

// This file reads the unlabelled statement that opens a press conference
// before its first label: "PRESS CONFERENCE OF PRESIDENT JUAN DELA CRUZ"
// over the President's opening words, then "Q:" and the answers.

// openingRemarks puts before turns the remarks that open the transcript
// without a label, when its header names who speaks: the paragraphs between
// the header lines above them and the first label (paragraph first),
// spoken in the first person, are the named person's. turns is returned
// unchanged otherwise.
func openingRemarks(body, title string, paras []turnPara, first int, turns []Turn) []Turn {
	if first <= 0 || first > len(paras) || len(turns) == 0 {
		return turns
	}
	// the words: back from the first label, past the headings over it
	// ("Questions and Answers"), to the heading above them
	last := first - 1
	for last >= 0 && headerLine(body[paras[last].start:paras[last].end]) {
		last--
	}
	h := last
	for h >= 0 && !headerLine(body[paras[h].start:paras[h].end]) {
		h--
	}
	if h < 0 || h >= last {
		return turns
	}
	var v turnVoice
	for k := h + 1; k <= last; k++ {
		v.count(body[paras[k].start:paras[k].end])
	}
	if v.words < 20 || v.person == 0 || v.person < v.report {
		return turns
	}
	var who labelParse
	found := false
	for k := 0; k <= h && !found; k++ {
		who, found = headlinePerson(strings.Trim(body[paras[k].start:paras[k].end], "#*_ "))
	}
	if !found {
		who, found = headlinePerson(title)
	}
	if !found {
		return turns
	}
	t := Turn{Kind: TurnRemarks, Speaker: who.name, Role: who.role, Start: paras[h+1].start, End: paras[last].end}
	if who.caps {
		t.Speaker = displayLabelWords(strings.Fields(who.name), true)
	}
	// the speaker as the labels name him, when one of them is
	for _, u := range turns {
		if SameSpeaker(u.Speaker, t.Speaker) || lastNameOf(u.Speaker) != "" && strings.EqualFold(lastNameOf(u.Speaker), lastNameOf(t.Speaker)) {
			t.Speaker, t.Role = u.Speaker, u.Role
			break
		}
	}
	t.Text = body[t.Start:t.End]
	return append([]Turn{t}, turns...)
}

// headerLine reports a heading of a page's header: a Markdown heading, or
// a short line that does not end like a sentence.
func headerLine(s string) bool {
	if strings.HasPrefix(s, "#") {
		return true
	}
	t := strings.TrimRight(s, " *_")
	if strings.IndexFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return true // a rule or a bullet ("* * *", "●")
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ':', ';', '"':
		return false
	}
	if strings.HasSuffix(t, "\u201d") {
		return false
	}
	return len(strings.Fields(t)) <= 14
}
