// The government's side of a house whose labels do not tell it: in the
// Dáil, the Minister is labelled "Deputy Jane Roe" like every member, yet
// the house's manners show who answers: the minister speaks of the others
// in the third person ("I thank the Deputy", "as Deputy Doe said") and
// the members who take the floor before the minister's turns speak of
// "the Minister".

package turns

import "strings"

// memberAddress are the words by which a minister speaks of a member.
var memberAddress = []string{"the deputy", "the senator", "the member", "hon. member", "honourable member",
	"the councillor", "deputy ", "senator "}

// governmentAddress are the words by which members speak of whoever answers
// for the government.
var governmentAddress = []string{"the minister", "the taoiseach", "the tánaiste", "the prime minister",
	"the premier", "the secretary of state", "minister of state", "honourable minister", "honorable minister", "hon. minister"}

// government returns the speakers who answer for the government on a page
// whose labels name no office that governs: each speaks of
// members in the third person in two of their turns or more, and half of
// them at least, and two turns or more of other speakers right before
// theirs (the chair's calls left aside) speak of the minister. nil when
// no speaker does, or when the labels tell the sides already.
func government(turns []Turn, owners []int, labels []turnLabel, sp map[string]*turnSpeaker) map[*turnSpeaker]bool {
	return inferGovernment(turns, owners, labels, sp, false)
}

// inferGovernment is government; with labelled, a speaker whose label
// names an office that governs ("Minister") is the government's too, and
// the others are inferred beside them.
func inferGovernment(turns []Turn, owners []int, labels []turnLabel, sp map[string]*turnSpeaker, labelled bool) map[*turnSpeaker]bool {
	type tally struct{ turns, addresses, addressed int }
	count := map[*turnSpeaker]*tally{}
	lower := make([]string, len(turns)) // each turn's text in lower case, made when read
	low := func(i int) string {
		if lower[i] == "" {
			lower[i] = strings.ToLower(turns[i].Text)
		}
		return lower[i]
	}
	for i := range turns {
		lb := &labels[owners[i]]
		s := sp[lb.key]
		if lb.parl.chair {
			continue
		}
		if !labelled && governs(s.role) || s.gen != genNone {
			return nil // the labels tell who answers, or roles that are not a house's
		}
		if s.name == "" {
			continue
		}
		c := count[s]
		if c == nil {
			c = &tally{}
			count[s] = c
		}
		c.turns++
		if mentionsAny(low(i), memberAddress) {
			c.addresses++
		}
		if j := beforeChair(turns, owners, labels, i); j >= 0 && sp[labels[owners[j]].key] != s && mentionsAny(low(j), governmentAddress) {
			c.addressed++
		}
	}
	if len(count) < 3 {
		return nil
	}
	var out map[*turnSpeaker]bool
	for s, c := range count {
		if labelled && governs(s.role) || c.turns >= 2 && c.addresses >= 2 && c.addresses*2 >= c.turns && c.addressed >= 2 {
			if out == nil {
				out = map[*turnSpeaker]bool{}
			}
			out[s] = true
		}
	}
	if len(out)*3 > len(count) && !(labelled && len(out)*2 <= len(count)) {
		return nil // a third of the speakers or more (half, when labels name ministers): no one side
	}
	return out
}

// mentionsAny reports whether the lower-case text holds one of the
// phrases ws.
func mentionsAny(text string, ws []string) bool {
	for _, w := range ws {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// memberTurnKind is the kind of a member's turn on a page whose
// government answers: a statement of twenty words or more, or one that
// asks, puts a question to the minister; a short interjection ("That is
// not what this is about.") is a remark.
func memberTurnKind(text string) TurnKind {
	if turnAsksQuestion(text) || len(strings.Fields(text)) >= 20 {
		return TurnQuestion
	}
	return TurnRemarks
}

// askedNothing reports a page whose turns were found to put (almost) no
// question, a quarter of the members' at most, though a chair keeps its order: a house whose members' labels
// do not say them (the Pacific's parliaments print "MR T. ROE:" for
// members and ministers alike).
func askedNothing(turns []Turn, owners []int, labels []turnLabel) bool {
	chair := false
	others, asked := 0, 0
	for i := range turns {
		if labels[owners[i]].parl.chair {
			chair = true
			continue
		}
		others++
		if turns[i].Kind == TurnQuestion || turns[i].Kind == TurnAnswer {
			asked++
		}
	}
	return chair && others >= 4 && asked*4 <= others
}
