package turns

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/internal/text"
)

// This file classes each turn as a question, an answer or remarks, and
// tells a speech from a news page.

// classifyTurns fills each turn's speaker, role and kind.
func classifyTurns(turns []Turn, owners []int, labels []turnLabel, sp map[string]*turnSpeaker) {
	// Speakers who mostly ask: named people without an office whose turns
	// end in questions (interviewers, reporters, members of parliament).
	asks := map[*turnSpeaker][2]int{}
	for i, t := range turns {
		s := sp[labels[owners[i]].key]
		c := asks[s]
		c[1]++
		if turnAsksQuestion(t.Text) {
			c[0]++
		}
		asks[s] = c
	}
	resp := respondents(turns, owners, labels, sp, asks)
	addressee := addressees(turns, owners, labels, sp)
	// Journalists name themselves as they take the floor ("Jane Roe with
	// the Daily Courier", "Thanks. Jane Roe, Courier TV"): all their turns
	// are questions, a follow-up's "Okay." too.
	journalist := map[*turnSpeaker]bool{}
	for i, t := range turns {
		lb := &labels[owners[i]]
		s := sp[lb.key]
		if s.gen == genNone && !s.official && lb.outlet {
			journalist[s] = true
		}
		if s.gen == genNone && !s.official && strings.Count(s.name, " ") >= 1 && namesSelf(t.Text, s.name) && !answersQuestion(turns, owners, labels, sp, i) &&
			(asks[s][0] > 0 || repliedTo(turns, owners, labels, sp, i)) {
			// (one who names themselves and neither asks nor is replied to
			// is a witness of a hearing's public comment, one after
			// another: "Jane Roe with the Teachers Association, in
			// support.")
			// (not "Hello, I'm Jane Roe, the digital minister" in reply
			// to an interviewer's question)
			journalist[s] = true
		}
	}
	// A press conference: one speaker, the principal, replies to reporters
	// who name themselves or their outlets. A speaker who neither does
	// but whose every turn the principal takes up is one of the reporters
	// ("It's been noted that the word vigilant has been removed …").
	if len(journalist) >= 2 {
		principal := pressPrincipal(turns, owners, labels, sp, journalist)
		for i := range turns {
			s := sp[labels[owners[i]].key]
			if principal == nil || s == principal || journalist[s] || s.gen != genNone || s.official || s.name == "" {
				continue
			}
			reporter := true
			for k := range turns {
				if sp[labels[owners[k]].key] == s && (k+1 >= len(turns) || sp[labels[owners[k+1]].key] != principal && sp[labels[owners[k+1]].key] != s) {
					reporter = false
					break
				}
			}
			if reporter {
				journalist[s] = true
			}
		}
	}
	// Members of a parliament: a label of theirs gives a constituency or a
	// party and no title.
	members, titled := map[*turnSpeaker]bool{}, map[*turnSpeaker]bool{}
	for _, o := range owners {
		lb := &labels[o]
		if lb.parl.member {
			members[sp[lb.key]] = true
		}
		if lb.role != "" {
			titled[sp[lb.key]] = true
		}
	}
	for s := range titled {
		if governs(s.role) {
			delete(members, s) // a minister, whatever the party
		}
	}
	gov := government(turns, owners, labels, sp)
	for i := range turns {
		lb := &labels[owners[i]]
		s := sp[lb.key]
		t := &turns[i]
		t.Speaker, t.Role = s.name, s.role
		switch {
		case pointOfOrder(t.Text) && strings.IndexByte(t.Text, '?') < 0:
			// "Point of Order!": a member appealing to the chair on the
			// rules, without asking the chair anything, asks no one and
			// answers no one
			t.Kind = TurnRemarks
		case s.gen == genQuestion:
			t.Kind = TurnQuestion
		case s.gen == genAnswer:
			t.Kind = TurnAnswer
		case lb.parl.numbered:
			// A tabled question: "Q1. [901234] Mr X", "Q12 Chair:".
			t.Kind = TurnQuestion
		case lb.parl.chair && i+1 < len(turns) && isResp(resp, sp[labels[owners[i+1]].key]) &&
			(turnAsksQuestion(t.Text) || confirms(turns[i+1].Text)):
			// A committee's chair questioning the witness.
			t.Kind = TurnQuestion
		case lb.parl.chair && committeeChair(s.role) && turnAsksQuestion(t.Text) && i+1 < len(turns) &&
			!labels[owners[i+1]].parl.chair && sp[labels[owners[i+1]].key] != s && !turnAsksQuestion(turns[i+1].Text):
			// A committee's chair putting a question to a witness, who
			// replies.
			t.Kind = TurnQuestion
		case lb.parl.chair:
			// The Speaker calls and keeps order; the chair answers nobody.
			t.Kind = TurnRemarks
		case gov[s]:
			// The minister of a house whose labels are all alike.
			t.Kind = TurnAnswer
		case gov != nil && !lb.parl.chair:
			// A member of that house, before the minister's answer.
			t.Kind = memberTurnKind(t.Text)
		case members[s] && turnAsksQuestion(t.Text):
			// A Member putting a question to the minister.
			t.Kind = TurnQuestion
		case s.gen == genNone && !titled[s] && s.name != "" && strings.HasPrefix(t.Text, "To ask "):
			// A parliamentary question as tabled: "To ask His Majesty's
			// Government what steps they are taking…".
			t.Kind = TurnQuestion
		case s.gen == genOther && s.name == "" && isNumberedSpeaker(s.role) && turnAsksQuestion(t.Text):
			// "Speaker 2" of a recording: someone unnamed asking.
			t.Kind = TurnQuestion
		case s.gen == genOther && s.name == "" && interjection(s.role) && turnAsksQuestion(t.Text):
			// "Remark: When?": a reporter's interjection that asks
			t.Kind = TurnQuestion
		case journalist[s]:
			t.Kind = TurnQuestion
		case s.gen == genNone && !s.official && s.name != "" && asks[s][0]*2 >= asks[s][1] && asks[s][1] >= 2 &&
			i+1 < len(turns) && (sp[labels[owners[i+1]].key] != s || !turnAsksQuestion(t.Text) && i+2 < len(turns) && sp[labels[owners[i+2]].key] != s && turnAsksQuestion(turns[i+1].Text)):
			// An interviewer: most turns ask, and the rest that someone
			// replies to ("So, clearly you lean towards…") are
			// questions too, and so is a turn that leads into their next
			// question when a witness is called between ("May I call
			// Jane Roe."); the closing thanks are not.
			t.Kind = TurnQuestion
		case s.gen == genNone && !s.official && s.name != "" && turnAsksQuestion(t.Text) && asks[s][0]*2 >= asks[s][1]:
			t.Kind = TurnQuestion
		case !isResp(resp, s) && s.gen == genNone && !lb.parl.chair && i+1 < len(turns) && isResp(resp, sp[labels[owners[i+1]].key]) &&
			(i > resp[sp[labels[owners[i+1]].key]] || turnAsksQuestion(t.Text)):
			// A bench or a panel questioning one respondent (judges
			// and an advocate, a committee and a witness): what they say
			// to the respondent puts a question, asked or not, once the
			// respondent has the floor ("Ms. Quill." calls them).
			t.Kind = TurnQuestion
		case s.gen == genNone && !s.official && !s.honorific && s.name != "" && i > 0 && sp[labels[owners[i-1]].key].gen == genModerator:
			// A journalist the moderator gave the floor to.
			t.Kind = TurnQuestion
		case prevQuestion(turns, owners, labels, i) && (isResp(resp, s) || !aside(turns, owners, labels, sp, addressee, i)) && (s.gen == genNone ||
			s.gen == genOther && s.name == "" && isNumberedSpeaker(s.role) && sp[labels[owners[i-1]].key] != s):
			// The reply to the question before, the chair's calls between
			// left aside; an unnamed "Speaker 2" answers "Speaker 1".
			t.Kind = TurnAnswer
		default:
			t.Kind = TurnRemarks
		}
	}
	questionBlocks(turns, owners, labels, sp)
	// A house's business, moved and agreed, asks and answers nothing:
	// "I would nominate Jane Roe.", "Mr. Roe has moved the motion. Is that
	// agreed?", "I'll make a motion of adjournment."
	for i := range turns {
		if k := turns[i].Kind; (k == TurnQuestion || k == TurnAnswer) && procedural(turns[i].Text) {
			turns[i].Kind = TurnRemarks
		}
	}
	// An interpreter renders the turn before: a question or an answer in
	// the other language is one still ("Voice of Interpreter:" after the
	// minister's answer).
	for i := 1; i < len(turns); i++ {
		if s := sp[labels[owners[i]].key]; s.gen == genOther && interprets(s.role) && sp[labels[owners[i-1]].key] != s {
			if k := turns[i-1].Kind; k == TurnQuestion || k == TurnAnswer {
				turns[i].Kind = k
			}
		}
	}
	panelTurns(turns, owners, labels, sp)
	// A house whose labels tell neither members nor ministers apart, and
	// whose turns were all read as remarks: the government's speakers, by
	// their offices or their manners, answer the members' questions.
	if askedNothing(turns, owners, labels) {
		if gov := inferGovernment(turns, owners, labels, sp, true); len(gov) > 0 {
			for i := range turns {
				lb := &labels[owners[i]]
				switch s := sp[lb.key]; {
				case lb.parl.chair || s.gen != genNone:
				case gov[s]:
					if j := beforeChair(turns, owners, labels, i); j >= 0 && turns[j].Kind == TurnQuestion {
						turns[i].Kind = TurnAnswer
					}
				default:
					turns[i].Kind = memberTurnKind(turns[i].Text)
				}
			}
		}
	}
}

// panelTurns reads a panel's exchanges outside a house's record, where
// those who answer the reporters take up, one after another, what the
// reporters and the host ask: a panellist's turn right after an answer of
// another panellist that handed over to them ("Deniz, maybe you want to
// come in.") or of one who answers in its turn too, answers the same
// question; a host's turn that asks, when a panellist takes the floor
// right after it, puts a question (one sent in writing, read out: "we
// have a question coming from … How do you expect …?"); the panellist's
// turn after it answers. A record of a house, whose members' and
// ministers' turns have their own reading, is left as it is.
func panelTurns(turns []Turn, owners []int, labels []turnLabel, sp map[string]*turnSpeaker) {
	// who answers: a named speaker with an answer of some length (not the
	// host thanked by a reporter: "Yes, thank you." "Perfect.")
	answerers := map[*turnSpeaker]bool{}
	for i := range turns {
		lb := &labels[owners[i]]
		if lb.parl.member || lb.parl.chair || lb.parl.numbered || lb.parl.mark || lb.putTo != "" {
			return
		}
		if s := sp[lb.key]; turns[i].Kind == TurnAnswer && s.gen == genNone && s.name != "" && len(turns[i].Text) >= 60 {
			answerers[s] = true
		}
	}
	if len(answerers) == 0 {
		return
	}
	speaker := func(i int) *turnSpeaker { return sp[labels[owners[i]].key] }
	for i := range turns {
		t := &turns[i]
		if t.Kind != TurnRemarks {
			continue
		}
		s := speaker(i)
		if s.gen != genNone || s.name == "" {
			continue
		}
		if i > 0 && speaker(i-1) != s {
			prev := &turns[i-1]
			if prev.Kind == TurnQuestion && answerers[s] ||
				prev.Kind == TurnAnswer && (handsOver(prev.Text, s.name) ||
					answerers[s] && answerers[speaker(i-1)] && len(t.Text) >= 60 && !turnAsksQuestion(t.Text)) {
				// (not the thanks that close the exchange, "Thank you.",
				// nor a question passed on: "Mr. President, she is asking
				// if …?")
				t.Kind = TurnAnswer
				answerers[s] = true
				continue
			}
		}
		if !answerers[s] && i+1 < len(turns) && turns[i+1].Kind == TurnRemarks && answerers[speaker(i+1)] && turnAsksQuestion(t.Text) {
			t.Kind = TurnQuestion
		}
	}
}

// handsOver reports whether the close of an answer calls on the speaker
// named name by their given name to go on ("Deniz, maybe you want to come
// in.", "Petya?").
func handsOver(answer, name string) bool {
	given, _, _ := strings.Cut(name, " ")
	if len(given) < 2 || given == name {
		return false
	}
	from := max(0, len(answer)-120)
	k := strings.LastIndex(answer[from:], given)
	if k < 0 {
		return false
	}
	k += from
	e := k + len(given)
	return (k == 0 || !wordByteAt(answer, k-1)) && (e == len(answer) || !wordByteAt(answer, e))
}

// questionBlocks classes the turns under a question's heading ("Mr ROE
// question to PREMIER, Mr DOE"), up to the next heading: the member who
// asks puts questions, the one asked answers, the chair and the others
// interjecting remark. A heading in capitals ("PETITIONS") ends the block.
//
// On a page that heads its questions so, no turn outside a block asks or
// answers: the house has said where its questions are.
func questionBlocks(turns []Turn, owners []int, labels []turnLabel, sp map[string]*turnSpeaker) {
	headed := false
	for _, o := range owners {
		if labels[o].putTo != "" {
			headed = true
			break
		}
	}
	if !headed {
		return
	}
	var asker, asked *turnSpeaker
	for i := range turns {
		lb := &labels[owners[i]]
		if lb.putTo != "" {
			asker, asked = sp[lb.key], sp[lb.putTo]
		}
		t := &turns[i]
		if asker == nil {
			t.Kind = TurnRemarks
			continue
		}
		switch s := sp[lb.key]; {
		case lb.parl.chair || lb.parl.dashMixed || pointOfOrder(t.Text) || asksLeave(t.Text):
			// (an interjection, printed in small letters: "Mr Roe -
			// Shame."; a member asking leave to ask: "A supplementary
			// question, Speaker?")
			t.Kind = TurnRemarks
		case s == asker:
			t.Kind = TurnQuestion
		case s == asked:
			t.Kind = TurnAnswer
		default:
			t.Kind = TurnRemarks
		}
		if capsHeadingIn(t.Text) {
			asker, asked = nil, nil
		}
	}
}

// asksLeave reports a member's request for leave to put a question, not
// the question: "A supplementary question, Speaker?".
func asksLeave(s string) bool {
	return len(s) < 60 && text.IndexFold(s, "supplementary question") >= 0
}

// capsHeadingIn reports a line of a turn's text in capitals, two words or
// more or one of six letters: a section's heading ("PETITIONS").
func capsHeadingIn(text string) bool {
	for _, p := range splitTurnParas(text) {
		s := text[p.start:p.end]
		if len(s) <= 80 && turnAllCaps(s) && (strings.IndexByte(s, ' ') > 0 || len(s) >= 6) && !strings.ContainsAny(s, ".?!:") {
			return true
		}
	}
	return false
}

// interjection reports the role of an unnamed interjection from the floor:
// "Remark", "Comment".
func interjection(role string) bool {
	r := strings.ToLower(role)
	return r == "remark" || r == "comment"
}

// interprets reports an interpreter's role: "Interpreter", "Voice of
// Interpreter", "Translator", "Interpretation".
func interprets(role string) bool {
	r := strings.ToLower(role)
	return strings.Contains(r, "interpret") || strings.Contains(r, "translat")
}

// addressees returns, for each speaker who asks, the one who most often
// takes the floor right after their questions, the chair aside: whom they
// question.
func addressees(turns []Turn, owners []int, labels []turnLabel, sp map[string]*turnSpeaker) map[*turnSpeaker]*turnSpeaker {
	count := map[[2]*turnSpeaker]int{}
	out := map[*turnSpeaker]*turnSpeaker{}
	for i := 0; i+1 < len(turns); i++ {
		a, b := sp[labels[owners[i]].key], sp[labels[owners[i+1]].key]
		if a == b || chairLike(&labels[owners[i+1]]) || !turnAsksQuestion(turns[i].Text) {
			continue
		}
		k := [2]*turnSpeaker{a, b}
		count[k]++
		if cur := out[a]; cur == nil || count[k] > count[[2]*turnSpeaker{a, cur}] {
			out[a] = b
		}
	}
	return out
}

// aside reports whether turn i replies to a questioner who questions
// someone else (the witness), with words to what was said but no question
// (counsel's "Good morning, sir." and the inquiry chair's "Good morning,
// Mr Blake."): no answer.
func aside(turns []Turn, owners []int, labels []turnLabel, sp map[string]*turnSpeaker, addressee map[*turnSpeaker]*turnSpeaker, i int) bool {
	j := beforeChair(turns, owners, labels, i) // the chair's calls between
	if j < 0 {
		return false
	}
	q := sp[labels[owners[j]].key]
	if q.gen == genQuestion {
		return false // "Question:" is put to whoever takes the floor
	}
	a := addressee[q]
	return a != nil && a != sp[labels[owners[i]].key] && !turnAsksQuestion(turns[j].Text) && !strings.HasPrefix(turns[j].Text, "To ask ")
}

// respondents returns the speakers a dialogue questions, each with the
// index of their first turn, or nil: the named speaker with the most
// turns, and those who take the floor before or after them in turn, put
// questions by two or more (an advocate and then the other side's, before
// a bench of judges; witnesses called one after another before a
// committee); together a
// third of the turns or more, each asking in one turn of five at most,
// while the others, together, ask in two of five or more. Chairs and
// moderators are neither side.
func respondents(turns []Turn, owners []int, labels []turnLabel, sp map[string]*turnSpeaker, asks map[*turnSpeaker][2]int) map[*turnSpeaker]int {
	var best *turnSpeaker
	for s, c := range asks {
		if s.gen != genNone || s.name == "" {
			continue
		}
		// of two with as many turns, the one who asks less (the witness,
		// not the member questioning them)
		if b := asks[best]; best == nil || c[1] > b[1] || c[1] == b[1] && (c[0] < b[0] || c[0] == b[0] && s.name < best.name) {
			best = s
		}
	}
	if best == nil {
		return nil
	}
	// A witness confirming what counsel puts ("That's right.") has about as
	// many turns as counsel: of the two, the one who confirms more.
	conf := map[*turnSpeaker]int{}
	for i, t := range turns {
		if confirms(t.Text) {
			conf[sp[labels[owners[i]].key]]++
		}
	}
	for s, c := range asks {
		if s != best && s.gen == genNone && s.name != "" && c[1]*10 >= asks[best][1]*7 && conf[s] > conf[best] && conf[s]*4 >= c[1] {
			best = s
		}
	}
	// the turns each speaker spans, first to last
	first, last := map[*turnSpeaker]int{}, map[*turnSpeaker]int{}
	for i := range turns {
		s := sp[labels[owners[i]].key]
		if _, ok := first[s]; !ok {
			first[s] = i
		}
		last[s] = i
	}
	resp := map[*turnSpeaker]int{best: first[best]}
	// those who hold the floor before or after the others, in turn: by
	// most turns, fewest questions, then name
	var more []*turnSpeaker
	for s, c := range asks {
		if s != best && s.gen == genNone && s.name != "" && c[1] >= 2 && c[0]*5 <= c[1] {
			more = append(more, s)
		}
	}
	slices.SortFunc(more, func(x, y *turnSpeaker) int {
		if d := asks[y][1] - asks[x][1]; d != 0 {
			return d
		}
		if d := asks[x][0] - asks[y][0]; d != 0 {
			return d
		}
		return strings.Compare(x.name, y.name)
	})
	// who takes the floor right before each speaker: a respondent is put
	// questions by a bench or a panel, not by one person alone (counsel
	// talking with the chair before the witness comes in)
	askers := map[*turnSpeaker]map[*turnSpeaker]bool{}
	for i := 1; i < len(turns); i++ {
		a, b := sp[labels[owners[i-1]].key], sp[labels[owners[i]].key]
		if a == b || a.gen != genNone || labels[owners[i-1]].parl.chair {
			continue
		}
		if askers[b] == nil {
			askers[b] = map[*turnSpeaker]bool{}
		}
		askers[b][a] = true
	}
next:
	for _, s := range more {
		if len(askers[s]) < 2 {
			continue
		}
		for r := range resp {
			if first[s] <= last[r] && first[r] <= last[s] || askers[s][r] {
				continue next // their turns interleave: one dialogue, not two
			}
		}
		resp[s] = first[s]
	}
	n, others, otherAsks := 0, 0, 0
	for i, t := range turns {
		lb := &labels[owners[i]]
		s := sp[lb.key]
		if _, ok := resp[s]; ok {
			n++
			continue
		}
		if s.gen != genNone {
			continue
		}
		if lb.parl.chair && !(i+1 < len(turns) && isResp(resp, sp[labels[owners[i+1]].key]) && confirms(turns[i+1].Text)) {
			continue // the chair's calls, unless the chair questions the witness
		}
		others++
		if turnAsksQuestion(t.Text) || i+1 < len(turns) && isResp(resp, sp[labels[owners[i+1]].key]) && confirms(turns[i+1].Text) {
			// a question, or a statement the respondent confirms ("You
			// joined the Trust in 2019?" put as "You joined the Trust in
			// 2019." and answered "That's right.")
			otherAsks++
		}
	}
	c := asks[best]
	if n*3 < len(turns) || c[0]*5 > c[1] || others < 3 || otherAsks*4 < others {
		return nil
	}
	return resp
}

// isResp reports whether s is one of resp.
func isResp(resp map[*turnSpeaker]int, s *turnSpeaker) bool {
	_, ok := resp[s]
	return ok
}

// confirms reports a turn that opens by confirming or denying what was put
// to the speaker: "Yes.", "That's right.", "Correct, I did.", "No, it was
// not."
func confirms(text string) bool {
	head := text
	if k := strings.IndexAny(head, ".,;!\n"); k >= 0 {
		head = head[:k]
	}
	head = strings.ToLower(strings.TrimSpace(strings.ReplaceAll(head, "\u2019", "'")))
	return confirmations[head]
}

// confirmations are the first words of a reply that confirm or deny.
var confirmations = wordLists.Set("confirmations")

// answersQuestion reports whether turn i follows another speaker's turn
// that asks: a questioner's label ("Q:", "Interviewer:") or a question mark.
func answersQuestion(turns []Turn, owners []int, labels []turnLabel, sp map[string]*turnSpeaker, i int) bool {
	if i == 0 {
		return false
	}
	prev := sp[labels[owners[i-1]].key]
	if prev == sp[labels[owners[i]].key] {
		return false
	}
	return prev.gen == genQuestion || turnAsksQuestion(turns[i-1].Text)
}

// namesSelf reports whether a turn opens with its speaker's own full name
// within its first sentence or two: a reporter introducing themselves.
func namesSelf(text, name string) bool {
	// lower-cased copies throughout: lower-casing may change the length
	// of invalid or non-ASCII text, so no offset of one is used in the other
	head := strings.ToLower(text[:min(len(text), 80)])
	low := strings.ToLower(name)
	k := strings.Index(head, low)
	if k < 0 {
		return false
	}
	after := strings.TrimLeft(head[k+len(low):], " ")
	// "Jane Roe with …", "Jane Roe from …", "Jane Roe, the …", "Jane Roe of …",
	// "Jane Roe on behalf of …", "Jane Roe for …", "Jane Roe and I work for …".
	for _, w := range []string{"with ", "from ", ",", "of ", "—", "-", "(", "on behalf ", "for ", "representing ", "and i "} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// prevQuestion reports whether the turn before turns[i] is a question, the
// chair's calls ("Order.") and the House's interjections ("Hon. Members:
// Hear, hear!") left aside.
func prevQuestion(turns []Turn, owners []int, labels []turnLabel, i int) bool {
	j := beforeChair(turns, owners, labels, i)
	return j >= 0 && turns[j].Kind == TurnQuestion
}

// beforeChair returns the last turn before turns[i] that is not the
// chair's call (a question the chair asks counts), or -1.
func beforeChair(turns []Turn, owners []int, labels []turnLabel, i int) int {
	j := i - 1
	for j >= 0 && turns[j].Kind != TurnQuestion && chairLike(&labels[owners[j]]) {
		j--
	}
	return j
}

// chairLike reports a label of the chair or of the House, whose calls
// ("Order.", "You have the Floor.") stand between a question and its
// answer: a parliament's chair, or a role without a name that is no
// recording's numbered speaker ("MR SPEAKER:", "Hon. Members:").
func chairLike(lb *turnLabel) bool {
	return lb.parl.chair || lb.gen == genOther && lb.name == "" && !isNumberedSpeaker(lb.role)
}

// isNumberedSpeaker reports whether a role is a recording's unnamed "Speaker
// 1", "Participant 2".
func isNumberedSpeaker(role string) bool {
	k := strings.LastIndexByte(role, ' ')
	return k > 0 && isShortNumber(role[k+1:])
}

// turnAsksQuestion reports whether a turn puts a question: a question mark in
// its last paragraph, or in its last sentence of any length.
//
// A member of a parliament may put it without one, by saying so ("My
// question is to the Minister of Education", "I have a Supplementary
// Question"): that too asks, when said in the turn's first sentences.
func turnAsksQuestion(text string) bool {
	last := text
	if k := strings.LastIndex(text, "\n"); k >= 0 {
		last = text[k+1:]
	}
	if asksInLine(last) {
		return true
	}
	// the first 200 bytes in lower case, folded once for every phrase
	var buf [200]byte
	head := buf[:min(len(text), len(buf))]
	for i := range head {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		head[i] = c
	}
	for _, p := range askingPhrases {
		if bytes.Contains(head, p) {
			return true
		}
	}
	return false
}

// committeeChair reports a committee's chair ("Chairman", "Chair of the
// Subcommittee"), who questions witnesses, unlike a house's Speaker, who
// keeps order.
func committeeChair(role string) bool {
	return strings.Contains(strings.ToLower(role), "chair")
}

// governs reports whether a Member's office is the government's, whose
// holder answers questions: a minister's, a secretary's, a premier's, not
// the Opposition's or the chair's ("Leader of the Opposition" asks).
func governs(role string) bool {
	r := strings.ToLower(role)
	if strings.Contains(r, "opposition") || strings.Contains(r, "shadow") {
		return false
	}
	for _, w := range []string{"minister", "secretary", "treasurer", "attorney", "premier", "taoiseach", "tánaiste", "chancellor"} {
		if strings.Contains(r, w) {
			return true
		}
	}
	return false
}

// asksInLine reports whether a line holds a question that is not a roll
// call's: "Councilor Roe? Yes. Councilor Doe?" calls names, asking
// nothing.
func asksInLine(line string) bool {
	from := 0
	for {
		k := strings.IndexByte(line[from:], '?')
		if k < 0 {
			return false
		}
		q := from + k
		start := max(strings.LastIndex(line[:q], ". "), strings.LastIndex(line[:q], "? "), strings.LastIndex(line[:q], "! "))
		if !nameCall(line[start+1 : q]) {
			return true
		}
		from = q + 1
	}
}

// nameCall reports a sentence of two to four capitalised words that
// opens with no question word: a name called, "Councilor Roe", "Vice
// President Doe"; not "Why?", "What About Iran?".
func nameCall(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 4 || questionOpeners[strings.ToLower(ws[0])] {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// questionOpeners open a question.
var questionOpeners = wordLists.Set("question-openers")

// pointOfOrder reports a turn that raises a point of order ("Point of
// Order!", "My Point of Order Mr Speaker is, ...", "On a point of order").
// procedural reports a short turn of a house's business: a nomination,
// a motion moved, put or carried, a vote called.
func procedural(s string) bool {
	if len(s) > 400 {
		return false
	}
	if text.HasPrefixFold(s, "carried") || text.HasPrefixFold(s, "agreed") {
		return true // the chair's "Carried.", the house's "Agreed."
	}
	for _, w := range [...]string{"nominate", "motion", "been moved by", "i move", "so move", "is that agreed", "is it agreed", "all in favour", "all in favor", "adjourn"} {
		for k := 0; k < len(s); {
			i := text.IndexFold(s[k:], w)
			if i < 0 {
				break
			}
			if i += k; i == 0 || !unicode.IsLetter(rune(s[i-1])) {
				return true // a word's start: not "emotion"
			}
			k = i + 1
		}
	}
	return false
}

func pointOfOrder(text string) bool {
	head := strings.ToLower(text[:min(len(text), 40)])
	for _, p := range []string{"point of order", "my point of order", "on a point of order"} {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}

// speechLike reports whether a page without labels is one speaker's
// address: first- and second-person words outside quotation marks
// outnumber the reporting words of a news story, and the speaker says "I"
// or "you".
//
// A delivery note ("(As delivered)", "(Check against delivery)", "As
// prepared for delivery") marks an address: then the first person need
// only hold its own against the reporting words.
func speechLike(body, title string, paras []turnPara) bool {
	var v turnVoice
	// A headline that calls the page a speech ("Speech by the Governor at
	// ...") and a salutation ("Ladies and gentlemen,") mark an address as
	// a delivery note does.
	delivery := speechHeadline(title)
	selfNamed := false
	if len(paras) > 0 {
		// an address that names itself as it opens ("I will start this
		// address with a quote")
		first := strings.ToLower(body[paras[0].start:min(paras[0].end, paras[0].start+300)])
		for _, w := range selfNamedAddress {
			if strings.Contains(first, w) {
				selfNamed = true
				break
			}
		}
	}
	for _, p := range paras {
		s := body[p.start:p.end]
		if !delivery && len(s) < 60 && (isDeliveryNote(s) || block.IsSalutation(s)) {
			delivery = true
		}
		v.count(s)
	}
	if delivery {
		return v.words >= 20 && v.person > 0 && v.person >= v.report
	}
	if writtenBy(body, paras) {
		// "Author: Jane Roe", "Posted by Jane Roe": a post written in the
		// first person, not an address
		return false
	}
	if selfNamed {
		// the speaker says what they deliver: "I" twice will do, however
		// much the address tells of others
		return v.words >= 20 && v.singular >= 2 && v.person*2 >= v.report
	}
	// A release that frames a statement opens by reporting in the third
	// person ("The Attorney General met … today") before the statement's
	// own words: news, however much of it the statement fills.
	for _, p := range paras {
		var f turnVoice
		s := body[p.start:p.end]
		if framedQuote(s) {
			return false // "The First Minister said: \"We will …": a statement reported
		}
		f.count(s)
		if f.words < 15 || !block.EndsSentence(strings.TrimRight(s, " \t*")) {
			continue // a heading (no closing stop, Markdown bold aside), however long, frames nothing
		}
		if f.person == 0 && f.report > 0 {
			return false
		}
		break
	}
	// "I" and "you" make an address; "we" alone is an institution's
	// statement ("We call on Russia to…"), a release, and "we" and "you"
	// with no "I" a notice to the public ("If you are planning on hosting
	// Thanksgiving, … we hope …").
	return v.words >= 60 && v.person*40 >= v.words && v.person >= 3*v.report && v.singular >= 2 && v.first >= 1
}

// framedQuote reports a paragraph that opens by reporting a quotation:
// a short subject, "said:" or "says:", and a quotation mark ("The First
// Minister said: \"We will carefully consider …").
func framedQuote(s string) bool {
	i := strings.IndexByte(s[:min(len(s), 100)], ':')
	if i < 0 {
		return false
	}
	head := strings.ToLower(s[:i])
	if !strings.HasSuffix(head, " said") && !strings.HasSuffix(head, " says") && !strings.HasSuffix(head, " stated") {
		return false
	}
	rest := strings.TrimLeft(s[i+1:], " ")
	return strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "“")
}

// speechHeadline reports a headline that names its page a speech: it
// opens with "Speech", "Remarks", "Address", "Keynote" or "Lecture" and
// then "by", "at", "to" or "of" ("Speech by the Governor at ...", "Keynote
// address at ...", "Remarks of Jane Roe to ...").
func speechHeadline(title string) bool {
	ws := strings.Fields(strings.ToLower(title))
	if len(ws) < 3 {
		return false
	}
	switch ws[0] {
	case "speech", "remarks", "address", "keynote", "lecture":
	default:
		return false
	}
	for _, w := range ws[1:3] {
		switch w {
		case "by", "at", "to", "of", "delivered":
			return true
		}
	}
	return false
}

// isDeliveryNote recognises the notes that head a speech's text.
func isDeliveryNote(s string) bool {
	t := strings.Trim(s, "()[]*_ .")
	for _, n := range [...]string{"as delivered", "check against delivery", "as prepared for delivery",
		"as prepared", "prepared remarks", "speech as delivered", "embargoed until delivery"} {
		if strings.EqualFold(t, n) {
			return true
		}
	}
	return false
}

// writtenBy reports a byline among the first paragraphs of a page: "Author:
// Jane Roe", "Posted by Jane Roe", "By Jane Roe", the mark of a written
// post or article.
func writtenBy(body string, paras []turnPara) bool {
	for k, p := range paras {
		if k >= 8 {
			break
		}
		s := strings.TrimSpace(strings.Trim(strings.TrimSpace(body[p.start:p.end]), "*_"))
		if len(s) > 60 {
			continue
		}
		low := strings.ToLower(s)
		for _, m := range []string{"author:", "authors:", "posted by ", "written by ", "by "} {
			if !strings.HasPrefix(low, m) {
				continue
			}
			rest := strings.TrimSpace(s[len(m):])
			if m == "author:" || m == "authors:" || rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
				return true
			}
		}
	}
	return false
}

// pressPrincipal returns the speaker who answers a press conference's
// reporters: the one who takes the floor after a reporter's turn more
// often than anyone else, at least half of those times; nil when there is
// none.
func pressPrincipal(turns []Turn, owners []int, labels []turnLabel, sp map[string]*turnSpeaker, journalist map[*turnSpeaker]bool) *turnSpeaker {
	after := map[*turnSpeaker]int{}
	n := 0
	for i := 0; i+1 < len(turns); i++ {
		if journalist[sp[labels[owners[i]].key]] {
			if next := sp[labels[owners[i+1]].key]; !journalist[next] {
				after[next]++
			}
			n++
		}
	}
	var best *turnSpeaker // (the first in the page's order among equals)
	for i := range turns {
		if s := sp[labels[owners[i]].key]; best == nil || after[s] > after[best] {
			best = s
		}
	}
	if best == nil || after[best]*2 < n {
		return nil
	}
	return best
}

// repliedTo reports whether the turn after turn i is another speaker's who
// does not name themselves in it: a reply to i, not the next in a queue of
// speakers who each give their name and their cause, nor the chair's
// thanks and call.
func repliedTo(turns []Turn, owners []int, labels []turnLabel, sp map[string]*turnSpeaker, i int) bool {
	if i+1 >= len(turns) {
		return false
	}
	s, n := sp[labels[owners[i]].key], sp[labels[owners[i+1]].key]
	if lb := &labels[owners[i+1]]; chairLike(lb) || committeeChair(n.role) {
		return false // the chair thanks and calls the next
	}
	return n != s && !(n.gen == genNone && n.name != "" && strings.Count(n.name, " ") >= 1 && namesSelf(turns[i+1].Text, n.name))
}
