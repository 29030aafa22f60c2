package extract

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/entities"
)

// This file finds dated events: sentences that report an action (visited,
// met, held talks, spoke by phone, welcomed, attended, concluded, wrapped
// up…) on a day the text determines.
//
// A sentence is an event when it carries its own day ("On Thursday",
// "today", "Wednesday (26 March 2025)") outside quotation marks and a
// past-tense action verb outside them too, or when it is the lead sentence
// of the page (the first sentence of its first full paragraph) and reports
// a meeting or visit: a readout's lead is dated by the page's date. A
// meeting or visit to come or under way ("will meet", "is travelling")
// is an event when the sentence carries its own day. The day must date the
// verb: one after it inside a phrase or clause of another action
// ("following damage to cables on 25 December", "the tanks that Canada
// announced earlier today", "and return to Wellington on Saturday") does
// not, nor one before it in such a clause or opening phrase; after a
// statement or "welcomed", the day of a participle with its agent dates
// that participle's action ("welcomed the agreement signed by … on 9
// June"). A statement
// ("reaffirmed", "stressed") of the previous event's actor on its day
// continues that occasion and is no event of its own.
//
// The actor is the subject before the verb: an official the entities stage
// found there (by full name), else the name after a run of title words
// ("NATO Secretary General Mark Rutte" → "Mark Rutte"), past an opening
// phrase ("On the third anniversary of …, the Council"), else the person an
// office refers to on the page ("the Secretary General" → "Rutte" where the
// page says "Secretary General Rutte"), else a group ("NATO Foreign
// Ministers", "ministers"); a subject that is no person ("The ministerial")
// gives way to a council or assembly the sentence names. A participle
// with its agent ("the meeting convened by the Caribbean Community") has
// the agent for actor; "I" or "we" in a lead is the release's author (the
// official of the byline, else an office line above the lead). The place
// is a visited place, a journey's destination, the first "in <Place>[,
// <Region>]" that is not part of a name, else where a guest was welcomed
// ("welcomed … to Canberra"); participants are the other people the
// sentence names.

// evVerbs are past-tense action verbs, with whether they may make a lead
// sentence an event without a date of its own (meetings and visits, not
// statements).
var evVerbs = map[string]bool{
	"visited": true, "met": true, "held": true, "hosted": true, "welcomed": true, "received": true, "attended": true,
	"spoke": true, "talked": true, "travelled": true, "traveled": true, "participated": true, "chaired": true,
	"co-chaired": true, "addressed": true, "signed": true, "joined": true, "convened": true, "wrapped": true,
	"concluded": true, "paid": true, "toured": true, "opened": true, "arrived": true,
	"discussed": false, "closed": false, "delivered": false, "gave": false, "launched": false, "announced": false,
	"commended": false, "praised": false, "thanked": false, "congratulated": false, "reaffirmed": false,
	"underlined": false, "stressed": false, "emphasised": false, "emphasized": false, "highlighted": false,
	"presented": false, "adopted": false, "agreed": false, "endorsed": false, "approved": false, "called": false,
	"took": false, "inaugurated": false, "unveiled": false, "briefed": false, "telephoned": false,
	"reviewed": false, "condemned": false, "urged": false, "noted": false, "said": false, "told": false,
	"warned": false, "recalled": false, "expressed": false, "underscored": false, "outlined": false,
	"honoured": false, "honored": false, "marked": false, "released": false, "issued": false, "decided": false,
}

// evTitleWords are words of office titles and honorifics: they precede a
// name and are no part of it.
var evTitleWords = map[string]bool{
	"president": true, "vice": true, "prime": true, "minister": true, "ministers": true, "secretary": true,
	"secretaries": true, "general": true, "deputy": true, "foreign": true, "defence": true, "defense": true,
	"state": true, "national": true, "security": true, "advisor": true, "adviser": true, "high": true,
	"representative": true, "chancellor": true, "chairman": true, "chairwoman": true, "chair": true,
	"chairman-in-office": true, "chair-in-office": true, "ambassador": true, "commissioner": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "king": true, "queen": true, "prince": true,
	"princess": true, "senator": true, "governor": true, "mayor": true, "admiral": true, "commander": true,
	"chief": true, "director": true, "premier": true, "speaker": true, "attorney": true, "envoy": true,
	"special": true, "assistant": true, "under": true, "undersecretary": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "sir": true, "dame": true, "lord": true, "lady": true, "excellency": true,
	"majesty": true, "highness": true, "his": true, "her": true, "affairs": true, "interior": true,
	"finance": true, "trade": true, "justice": true, "health": true, "home": true, "economy": true,
	"leader": true, "leaders": true, "head": true, "officer": true, "colonel": true, "lieutenant": true,
	"major": true, "captain": true, "senior": true, "executive": true, "council": true, "staff": true,
	"spokespersons": true, "presidents": true, "permanent": true, "allied": true, "supreme": true,
	"secretary-general": true, "vice-president": true, "under-secretary-general": true, "deputy-secretary-general": true,
	"vice-chancellor": true, "taoiseach": true, "tánaiste": true, "emir": true, "sultan": true, "sheikh": true,
}

// evPortfolio are title words that name a field rather than an office: a
// one-word name after them is no name ("Health Department").
var evPortfolio = map[string]bool{"foreign": true, "defence": true, "defense": true, "state": true, "national": true,
	"security": true, "affairs": true, "interior": true, "finance": true, "trade": true, "justice": true, "health": true,
	"home": true, "economy": true, "council": true, "staff": true, "high": true, "deputy": true, "vice": true,
	"special": true, "assistant": true, "under": true, "senior": true, "executive": true, "permanent": true,
	"allied": true, "supreme": true, "chief": true, "head": true, "his": true, "her": true}

// evOrgNouns are words that make a capitalised phrase an organisation, not
// a person's name.
var evOrgNouns = map[string]bool{"department": true, "ministry": true, "office": true, "agency": true, "service": true,
	"bureau": true, "administration": true, "house": true, "court": true, "police": true, "university": true,
	"institute": true, "centre": true, "center": true, "foundation": true, "party": true, "group": true, "union": true,
	"bank": true, "fund": true, "organization": true, "organisation": true, "depot": true, "company": true,
	"corporation": true, "board": true, "authority": true, "force": true, "forces": true, "army": true, "navy": true,
	"embassy": true, "mission": true, "secretariat": true, "summit": true, "treaty": true, "alliance": true}

// evGroupHeads end the name of a group that can act ("NATO Foreign
// Ministers", "the North Atlantic Council").
var evGroupHeads = map[string]bool{
	"ministers": true, "leaders": true, "allies": true, "council": true, "commission": true, "committee": true,
	"assembly": true, "parliament": true, "government": true, "delegation": true, "delegations": true,
	"presidents": true, "secretaries": true, "ambassadors": true, "heads": true, "members": true,
	"governments": true, "chiefs": true, "representatives": true, "parliamentarians": true, "senate": true,
	"congress": true, "cabinet": true,
}

var evPronouns = map[string]bool{
	"i": true, "we": true, "you": true, "they": true, "it": true, "he": true, "she": true, "this": true,
	"that": true, "there": true, "these": true, "those": true, "who": true, "which": true,
}

// evTok is a word or a punctuation mark of the body.
type evTok struct {
	low        string // the word with ASCII letters in lower case; "" for punctuation
	start, end int
	word       bool
	capital    bool
	quoted     bool // inside quotation marks
}

// evPerson is a titled or named person found in the body.
type evPerson struct {
	name       string // as the text gives it
	title      string // lower-case title words before it ("secretary general")
	start, end int    // span of the name
}

// findEvents returns the dated events body reports, in body order. ds are
// the body's temporal expressions (dates.Parser.Find on body), officials
// the body's officials (their names are preferred for actors and
// participants; nil is fine), published the page's date or the reference
// date, which dates a lead sentence with no date of its own (zero: such
// sentences are no events).
func findEvents(body string, ds []dates.Mention, officials []entities.Official, published time.Time) []Event {
	if body == "" {
		return nil
	}
	dated := false
	for k := range ds {
		if g := ds[k].Grain; g == dates.GrainDay || g == dates.GrainPartDay || g == dates.GrainTime {
			dated = true
			break
		}
	}
	if !dated && published.IsZero() {
		return nil // no day to give an event
	}
	// People are read from the whole body when the entities stage gave no
	// officials, and only when a sentence needs them.
	var people *evPeopleSet
	getPeople := func() *evPeopleSet {
		if len(officials) > 0 {
			return nil // the entities stage knows them better
		}
		if people == nil {
			people = newPeopleSet(evPeopleOf(body))
		}
		return people
	}
	var out []Event
	leadSeen := false
	lastActor := ""
	var toks []evTok
	sentence := func(ss, se, ts, te int, lead bool) {
		// The sentence's mentions (ds is in text order), and whether one is
		// a day of its own: outside quotes, not the date of a noun ("Duda's
		// February 3 action").
		m0 := sort.Search(len(ds), func(k int) bool { return ds[k].Start >= ss })
		m1 := m0
		for m1 < len(ds) && ds[m1].Start < se {
			m1++
		}
		ms := ds[m0:m1]
		own := func(m *dates.Mention) bool {
			if m.End > se || m.Grain != dates.GrainDay && m.Grain != dates.GrainPartDay && m.Grain != dates.GrainTime || len(m.Value) < 10 {
				return false
			}
			return !evQuotedAt(toks, ts, te, m.Start) && !evAttributive(body, toks, ts, m.Start)
		}
		hasDay := false
		for k := range ms {
			if own(&ms[k]) {
				hasDay = true
				break
			}
		}
		isLead := lead && !leadSeen
		if lead {
			leadSeen = true
		}
		if !hasDay && (!isLead || published.IsZero()) {
			return
		}
		// The action verb: the first one outside quotes and dates; a day
		// of the sentence dates it unless the day belongs to a clause or
		// phrase of its own after the verb ("following damage … on 25
		// December", "that Canada announced earlier today").
		var mention *dates.Mention
		vi, aux, strong := evFindVerb(body, toks, ts, te, hasDay, ms)
		if vi >= 0 && hasDay {
			for k := range ms {
				if m := &ms[k]; own(m) && evAttached(body, toks, ts, vi, te, m.Start) {
					mention = m
					break
				}
			}
		}
		if mention == nil && vi >= 0 && hasDay && evApproval(toks[vi].low) {
			// the day of a participle's action after the verb: "welcomed the
			// meeting convened by CARICOM in Kingston on 11 March"
			for k := vi + 1; k < te && mention == nil; k++ {
				if !toks[k].word || toks[k].quoted || !evParticipleBy(toks, k, te) {
					continue
				}
				for j := range ms {
					if m := &ms[j]; m.Start > toks[k].start && own(m) && evAttached(body, toks, ts, k, te, m.Start) {
						mention, vi, aux, strong = m, k, -1, evForms[toks[k].low] == evPastStrong
						break
					}
				}
			}
		}
		if mention == nil {
			if !isLead || published.IsZero() {
				return
			}
			// a lead dated by the page: a meeting or a visit, done
			vi, aux, strong = evFindVerb(body, toks, ts, te, false, ms)
		}
		if vi < 0 {
			return
		}
		ev := Event{Sentence: body[ss:se], Start: ss, End: se, Participants: []string{}}
		if mention != nil {
			ev.Date = mention.Value[:10]
		} else {
			ev.Date = published.Format(time.DateOnly)
		}
		ev.Action = evAction(body, toks, vi, te)
		if aux >= 0 {
			// "will meet", "is travelling": the action is still to come or
			// under way
			ev.Action = body[toks[aux].start : toks[vi].start+len(ev.Action)]
		}
		// The subject: from the sentence start, past a leading date phrase,
		// to the verb, its auxiliary ("will meet", "is travelling") and the
		// adverbs before them ("has today adopted").
		subEnd := vi
		if aux >= 0 {
			subEnd = aux
		}
		for subEnd > ts && toks[subEnd-1].word && evSubjectTail[toks[subEnd-1].low] {
			subEnd--
		}
		subStart := ts
		if mention != nil && mention.Start < toks[vi].start {
			// "On Thursday (6 March 2025) NATO Secretary General…"
			lead := strings.TrimSpace(body[toks[ts].start:mention.Start])
			if lead == "" || strings.EqualFold(lead, "on") || strings.EqualFold(lead, "early on") || strings.EqualFold(lead, "late on") {
				for subStart < subEnd && toks[subStart].start < mention.End {
					subStart++
				}
			}
		}
		// a speaker label ("FOREIGN MINISTER HAAVISTO:") is no subject
		for k := subStart; k < subEnd; k++ {
			if !toks[k].word && body[toks[k].start] == ':' {
				subStart = k + 1
			}
		}
		for subStart < subEnd && !toks[subStart].word {
			subStart++
		}
		// an opening phrase before the subject: "On the third anniversary
		// of …, the Council", "In Suva on Tuesday, Mr Peters"
		for subStart < subEnd && evIntroWords[toks[subStart].low] {
			c := subStart + 1
			for c < subEnd && (toks[c].word || body[toks[c].start] != ',') {
				c++
			}
			if c+1 >= subEnd {
				break
			}
			subStart = c + 1
		}
		if mention == nil && !evCleanSubject(body, toks, subStart, subEnd) {
			return
		}
		// "A man pleaded guilty Monday to …, prosecutors said": a subject
		// holding a verb of its own is only its last clause.
		for k := subStart; k < subEnd; k++ {
			if t := toks[k]; t.word && !t.capital && !t.quoted && (evIsVerbLike(t.low) || t.low == "is" || t.low == "are" || t.low == "was" || t.low == "were") {
				for c := subEnd - 2; c > k; c-- {
					if !toks[c].word && body[toks[c].start] == ',' {
						subStart = c + 1 // not when nothing follows the comma: "Rutte, who arrived in Kyiv, met"
						break
					}
				}
				break
			}
		}
		var actor string
		var actorStart, actorEnd int
		var person bool
		// a participle with its agent: "the meeting convened by the
		// Caribbean Community", "a summit hosted by the President of
		// Finland, Alexander Stubb"
		if vi+2 < te && evIsWord(body, toks[vi+1], "by") {
			actor, actorStart, actorEnd, person = evAgent(body, toks, vi+2, te, getPeople, officials)
		}
		if actor == "" {
			actor, actorStart, actorEnd, person = evActor(body, toks, subStart, subEnd, getPeople, officials)
		}
		if !person && actor == "" {
			switch {
			case isLead && evPronoun(body, toks, subStart, subEnd, "i", "we"):
				// a minister's own release: "Today I welcomed …"
				actor = evAuthor(body, toks[subStart], ss, getPeople, officials)
				person = true
			case evPronoun(body, toks, subStart, subEnd, "he", "she") && lastActor != "":
				actor = lastActor
			case evPronoun(body, toks, subStart, subEnd):
				return
			}
		}
		if actor == "" {
			// an office the page does not name: "The President of Russia",
			// "The Foreign Secretary"
			actor = evOfficeSubject(body, toks, subStart, subEnd)
		}
		if actor == "" {
			actor = evGroupIn(body, toks, ts, te)
		}
		if actor == "" {
			return
		}
		ev.Actor = actor
		if person {
			lastActor = actor
		}
		// A statement verb of the actor of the previous event on its day
		// continues that occasion ("Prime Minister Trudeau reaffirmed …"
		// after "… spoke today with …"): no second event.
		if n := len(out); !strong && n > 0 && out[n-1].Date == ev.Date && strings.EqualFold(out[n-1].Actor, actor) {
			return
		}
		ev.Place = evPlace(body, toks, vi, te, ts)
		ev.Participants = evParticipants(body, ss, se, actorStart, actorEnd, ev.Actor, getPeople, officials)
		out = append(out, ev)
	}
	// Only paragraphs with a day in them, and the lead paragraph, are read.
	next := 0 // index into ds
	for ps := 0; ps < len(body); {
		pe := strings.IndexByte(body[ps:], '\n')
		if pe < 0 {
			pe = len(body)
		} else {
			pe += ps
		}
		long := len(strings.TrimSpace(body[ps:pe])) >= 80
		cand := long && !leadSeen && !published.IsZero()
		first := next
		for next < len(ds) && ds[next].Start < pe {
			if ds[next].Start >= ps {
				if g := ds[next].Grain; g == dates.GrainDay || g == dates.GrainPartDay || g == dates.GrainTime {
					cand = true
				}
			}
			next++
		}
		if cand {
			// Read windows around the days (and the lead), not whole
			// paragraphs: transcripts have long ones.
			var wins [][2]int
			if long && !leadSeen && !published.IsZero() {
				wins = append(wins, [2]int{ps, evSentenceEnd(body, ps, pe)})
			}
			for k := first; k < next; k++ {
				m := &ds[k]
				if m.Start < ps || m.End > pe {
					continue
				}
				if g := m.Grain; g != dates.GrainDay && g != dates.GrainPartDay && g != dates.GrainTime {
					continue
				}
				ws, we := evSentenceStart(body, m.Start, ps, pe), evSentenceEnd(body, m.End, pe)
				if n := len(wins); n > 0 && ws <= wins[n-1][1] {
					wins[n-1][1] = max(wins[n-1][1], we)
				} else {
					wins = append(wins, [2]int{ws, we})
				}
			}
			for _, w := range wins {
				if !evHasVerb(body, w[0], w[1]) {
					continue // no action verb: no event, no need to read further
				}
				toks = evTokensInto(toks, body, w[0], w[1])
				forEachSentence(body, toks, w[0] == ps, sentence)
			}
		} else if long {
			leadSeen = true
		}
		ps = pe + 1
	}
	return out
}

// evHasVerb reports whether body[a:b] holds a lower-case word that is an
// action verb (or "had", or a future or progressive after its auxiliary),
// without tokenising it.
func evHasVerb(body string, a, b int) bool {
	aux := false // after "will", "is"… (and adverbs): a future or progressive may follow
	for i := a; i < b; {
		c := body[i]
		if c < 'a' || c > 'z' {
			i++
			continue
		}
		j := i + 1
		for j < b && (body[j] >= 'a' && body[j] <= 'z' || body[j] == '-') {
			j++
		}
		if i == a || !isLetterByte(body[i-1]) {
			w := body[i:j]
			// a look-up only when a verb form begins and ends with these letters
			if evFormEnds[evEndKey(w)] {
				if f := evForms[w]; f == evPastWeak || f == evPastStrong || w == "had" || aux && (f == evFut || f == evProg) {
					return true
				}
			}
			switch w {
			case "will", "shall", "is", "are", "am", "be":
				aux = true
			default:
				aux = aux && evAdverbs[w]
			}
		}
		i = j
	}
	return false
}

// evWindow bounds how far the window of a sentence reaches from its date.
const evWindow = 1500

// evSentenceEnd returns the end of the sentence running at byte i: just
// past the first full stop (or ! ?) at or after i that ends a sentence, with
// its closing quotes; pe, or i+evWindow, when none does.
func evSentenceEnd(body string, i, pe int) int {
	limit := min(pe, i+evWindow)
	for ; i < limit; i++ {
		if c := body[i]; (c == '.' || c == '!' || c == '?') && evByteEnd(body, i, pe) {
			j := i + 1
			for j < pe {
				if n := evCloser(body, j); n > 0 {
					j += n
					continue
				}
				break
			}
			return j
		}
	}
	return limit
}

// evSentenceStart returns where the sentence holding byte pos begins: just
// after the last sentence end before it, or ps, or pos-evWindow.
func evSentenceStart(body string, pos, ps, pe int) int {
	lo := max(ps, pos-evWindow)
	for i := pos - 1; i >= lo; i-- {
		if c := body[i]; (c == '.' || c == '!' || c == '?') && evByteEnd(body, i, pe) {
			return i + 1
		}
	}
	return lo
}

// evCloser returns the length of a closing quote or bracket at body[j], or 0.
func evCloser(body string, j int) int {
	switch c := body[j]; {
	case c == '"' || c == ')' || c == '\'':
		return 1
	case c == 0xE2 && j+2 < len(body) && body[j+1] == 0x80 && (body[j+2] == 0x9D || body[j+2] == 0x99):
		return 3 // ” ’
	}
	return 0
}

// evByteEnd reports whether the full stop (or ! ?) at body[i] ends a
// sentence, as evEndsSentence does on tokens: a space and a capital, a digit
// or a quote follow, and "Mr." or "J." do not end one.
func evByteEnd(body string, i, pe int) bool {
	j := i + 1
	for j < pe {
		if n := evCloser(body, j); n > 0 {
			j += n
			continue
		}
		break
	}
	if j >= pe {
		return true
	}
	if body[j] != ' ' {
		return false
	}
	for j < pe && body[j] == ' ' {
		j++
	}
	if j >= pe {
		return true
	}
	if c := body[j]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '"' || c >= 0x80) {
		return false
	}
	if body[i] == '.' {
		k := i
		for k > 0 && isLetterByte(body[k-1]) {
			k--
		}
		w := body[k:i]
		if len(w) > 0 && (len(w) <= 2 && w[0] >= 'A' && w[0] <= 'Z' || evAbbrev[asciiLower(w)]) {
			return false
		}
	}
	return true
}

func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// evTokensInto splits full[from:to] into words and punctuation (offsets
// into full), appending to buf[:0] and marking the words inside quotation
// marks (curly quotes pair up; straight double quotes toggle; a paragraph
// break closes an open quote).
func evTokensInto(buf []evTok, full string, from, to int) []evTok {
	body := full[from:to]
	toks := buf[:0]
	if cap(toks) == 0 {
		toks = make([]evTok, 0, len(body)/6+4)
	}
	lb := asciiLower(body)
	quoted := false
	for i := 0; i < len(body); {
		if c := body[i]; c < utf8.RuneSelf {
			// ASCII: the common case, without decoding
			switch {
			case c == '\n':
				quoted = false
				i++
				continue
			case c == ' ' || c == '\t' || c == '\r':
				i++
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
				// a word: handled below with the general case
			default:
				if c == '"' {
					quoted = !quoted
				}
				toks = append(toks, evTok{start: i, end: i + 1, quoted: quoted})
				i++
				continue
			}
		}
		r, sz := utf8.DecodeRuneInString(body[i:])
		switch {
		case r == '\n':
			quoted = false
			i += sz
		case unicode.IsSpace(r):
			i += sz
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i + sz
			for j < len(body) {
				if c := body[j]; c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
					j++
					continue
				}
				r2, sz2 := utf8.DecodeRuneInString(body[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += sz2
					continue
				}
				// Inner hyphens and apostrophes: "Kosiniak-Kamysz",
				// "Chairman-in-Office", "O'Brien".
				if (r2 == '-' || r2 == '\'') && j+1 < len(body) {
					r3, _ := utf8.DecodeRuneInString(body[j+1:])
					if unicode.IsLetter(r3) {
						j += sz2
						continue
					}
				}
				break
			}
			toks = append(toks, evTok{low: lb[i:j], start: i, end: j, word: true, capital: unicode.IsUpper(r), quoted: quoted})
			i = j
		default:
			switch r {
			case '\u201c', '\u00ab':
				quoted = true
			case '\u201d', '\u00bb':
				quoted = false
			case '"':
				quoted = !quoted
			}
			toks = append(toks, evTok{start: i, end: i + sz, quoted: quoted})
			i += sz
		}
	}
	if from != 0 {
		for k := range toks {
			toks[k].start += from
			toks[k].end += from
		}
	}
	return toks
}

// evAbbrev are words whose full stop does not end a sentence.
var evAbbrev = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true, "no": true, "prof": true, "u.s": true,
	"vs": true, "etc": true, "hon": true, "rt": true, "amb": true, "adm": true, "capt": true, "cmdr": true, "sgt": true}

// forEachSentence calls f with the byte and token spans of each sentence;
// lead is true for the first sentence of each paragraph of 80 bytes or more
// when the tokens begin at the paragraph's start (leadOK).
func forEachSentence(body string, toks []evTok, leadOK bool, f func(ss, se, ts, te int, lead bool)) {
	k := 0
	for k < len(toks) {
		// a paragraph: tokens up to the next line break
		pe := strings.IndexByte(body[toks[k].start:], '\n')
		if pe < 0 {
			pe = len(body)
		} else {
			pe += toks[k].start
		}
		te := k
		for te < len(toks) && toks[te].start < pe {
			te++
		}
		long := pe-toks[k].start >= 80
		first := leadOK
		s := k
		for j := k; j < te; j++ {
			t := toks[j]
			if t.word || !evEndsSentence(body, toks, j, te) {
				continue
			}
			e := j + 1
			// closing quotes and brackets stay with the sentence
			for e < te && !toks[e].word && strings.ContainsAny(body[toks[e].start:toks[e].end], "\"\u201d\u2019)'") {
				e++
			}
			f(toks[s].start, toks[e-1].end, s, e, first && long)
			first = false
			s = e
			j = e - 1
		}
		if s < te {
			f(toks[s].start, toks[te-1].end, s, te, first && long)
		}
		k = te
	}
}

// evEndsSentence reports whether the punctuation token j ends a sentence.
func evEndsSentence(body string, toks []evTok, j, te int) bool {
	c := body[toks[j].start]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	n := j + 1
	for n < te && !toks[n].word && strings.ContainsAny(body[toks[n].start:toks[n].end], "\"\u201d\u2019)'") {
		n++
	}
	if n >= te {
		return true
	}
	if toks[n].start == toks[j].end {
		return false // "U.S.", "4.7"
	}
	if !toks[n].capital && toks[n].word {
		return false
	}
	if c == '.' && j > 0 && toks[j-1].word && toks[j-1].end == toks[j].start {
		w := strings.ToLower(body[toks[j-1].start:toks[j-1].end])
		if evAbbrev[w] || (len(w) == 1 && toks[j-1].capital) {
			return false // "Mr.", "Antony J. Blinken"
		}
	}
	return true
}

// asciiLower lower-cases the ASCII letters of s, keeping every byte offset.
func asciiLower(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func evIsWord(body string, t evTok, ws ...string) bool {
	if !t.word {
		return false
	}
	for _, w := range ws {
		if strings.EqualFold(body[t.start:t.end], w) {
			return true
		}
	}
	return false
}

// evQuotedAt reports whether the token at byte pos is inside quotes.
func evQuotedAt(toks []evTok, ts, te, pos int) bool {
	for k := ts; k < te; k++ {
		if toks[k].start >= pos {
			return toks[k].quoted
		}
	}
	return false
}

// evAttributive reports whether a date at pos modifies a noun after a
// possessive or an article ("President Duda's February 3 action", "the 26
// March meeting"), or is a deadline ("by Monday", "until 25 February"):
// the date of something else, not of the sentence.
func evAttributive(body string, toks []evTok, ts, pos int) bool {
	k := ts
	for k < len(toks) && toks[k].start < pos {
		k++
	}
	if k-1 < ts {
		return false
	}
	p := toks[k-1]
	if evIsWord(body, p, "the", "a", "an", "this", "that", "by", "until", "till") {
		return true
	}
	if evIsWord(body, p, "s") && k-2 >= ts && !toks[k-2].word || p.word && strings.HasSuffix(p.low, "'s") {
		return true // "Duda's", "Duda’s"
	}
	return false
}

// evMeetingNouns are the objects that make "had" an action.
var evMeetingNouns = map[string]bool{"conversation": true, "talks": true, "meeting": true, "call": true,
	"discussion": true, "discussions": true, "exchange": true, "consultations": true}

// evHadMeeting reports whether "had" at k has a meeting for object: "had a
// telephone conversation", "had talks", "had a meeting".
func evHadMeeting(body string, toks []evTok, k, te int) bool {
	for j := k + 1; j < te && j <= k+4; j++ {
		if !toks[j].word {
			return false
		}
		w := strings.ToLower(body[toks[j].start:toks[j].end])
		if evMeetingNouns[w] {
			return true
		}
		switch w {
		case "a", "an", "telephone", "phone", "video", "bilateral", "brief", "short", "lengthy", "productive", "working":
			continue
		}
		return false
	}
	return false
}

// evAction returns the verb with its particle or object noun: "wrapped up",
// "held talks", "spoke by phone", "met".
func evAction(body string, toks []evTok, vi, te int) string {
	v := toks[vi]
	end := v.end
	if evIsWord(body, v, "had") {
		for j := vi + 1; j < te && j <= vi+4 && toks[j].word; j++ {
			if evMeetingNouns[strings.ToLower(body[toks[j].start:toks[j].end])] {
				return body[v.start:toks[j].end]
			}
		}
		return body[v.start:end]
	}
	if vi+1 < te && toks[vi+1].word {
		n := strings.ToLower(body[toks[vi+1].start:toks[vi+1].end])
		switch n {
		case "up", "talks", "part", "with":
			if n != "with" {
				end = toks[vi+1].end
			}
		case "by":
			if vi+2 < te && evIsWord(body, toks[vi+2], "phone", "telephone", "video") {
				end = toks[vi+2].end
			}
		case "a":
			if vi+2 < te && evIsWord(body, toks[vi+2], "visit", "call", "meeting") {
				end = toks[vi+2].end
			}
		}
	}
	return body[v.start:end]
}

// evPeople finds the titled or named people of the body: a run of title
// words and then a name ("Polish President Andrzej Duda", "Mr Rutte",
// "Secretary General Jens Stoltenberg"), or a title phrase, a comma and a
// name ("the EU's High Representative for Foreign Affairs and Security
// Policy, Kaja Kallas"; "the President of Poland, Andrzej Duda").
func evPeople(body string, toks []evTok) []evPerson {
	var out []evPerson
	for k := 0; k < len(toks); k++ {
		if !toks[k].word || !toks[k].capital || !evTitleWords[strings.ToLower(body[toks[k].start:toks[k].end])] {
			continue
		}
		// the title run, with connectors and capitalised words inside
		j := k
		var title []string
		last := k
		for j < len(toks) {
			t := toks[j]
			if t.word {
				w := t.low
				if t.capital && evTitleWords[w] {
					title = append(title, w)
					last = j
					j++
					continue
				}
				if (w == "of" || w == "for" || w == "and" || w == "the") && j+1 < len(toks) && toks[j+1].word && toks[j+1].capital {
					j++
					continue
				}
				if t.capital && len(title) > 0 && j > last && j-last <= 3 && !evIsName(body, toks, j) {
					j++
					continue
				}
			} else if body[t.start] == '.' && j == last+1 && t.start == toks[last].end {
				j++ // "Mr."
				continue
			}
			break
		}
		// the name right after the title words, or after a comma
		n := last + 1
		if n < len(toks) && !toks[n].word && body[toks[n].start] == '.' {
			n++
		}
		ne := evNameEnd(body, toks, n)
		if ne-n == 1 && len(title) > 0 && (evPortfolio[title[len(title)-1]] || evGroupHeads[title[len(title)-1]]) {
			ne = n // "Health Department", "Foreign Ministers Meeting": a one-word name needs an office before it, not a portfolio or a group
		}
		if ne == n && j < len(toks) && !toks[j].word && body[toks[j].start] == ',' {
			n = j + 1
			ne = evNameEnd(body, toks, n)
			if ne-n < 2 {
				ne = n
			}
		}
		if ne > n {
			out = append(out, evPerson{name: body[toks[n].start:toks[ne-1].end], title: strings.Join(title, " "),
				start: toks[n].start, end: toks[ne-1].end})
			k = ne - 1
		} else {
			k = j - 1
			if j <= k {
				k = j
			}
		}
	}
	return out
}

// evPeopleOf finds the people of the whole body, a paragraph at a time so
// that only one paragraph's tokens are held, and gives surnames their full
// names: "Rutte" is "Mark Rutte" where the page says so.
func evPeopleOf(body string) []evPerson {
	var out []evPerson
	var toks []evTok
	for ps := 0; ps < len(body); {
		pe := strings.IndexByte(body[ps:], '\n')
		if pe < 0 {
			pe = len(body)
		} else {
			pe += ps
		}
		toks = evTokensInto(toks, body, ps, pe)
		out = append(out, evPeople(body, toks)...)
		ps = pe + 1
	}
	full := map[string]string{}
	for _, q := range out {
		if sp := strings.LastIndexByte(q.name, ' '); sp >= 0 {
			if _, ok := full[q.name[sp+1:]]; !ok {
				full[q.name[sp+1:]] = q.name
			}
		}
	}
	for i := range out {
		if f, ok := full[out[i].name]; ok {
			out[i].name = f
		}
	}
	return out
}

// evPeopleSet is the body's people with an index by title: every run of
// final title words ("general", "secretary general") maps to the people
// with it, in text order.
type evPeopleSet struct {
	list    []evPerson
	byTitle map[string][]int
}

func newPeopleSet(list []evPerson) *evPeopleSet {
	ps := &evPeopleSet{list: list, byTitle: map[string][]int{}}
	for i, p := range list {
		t := p.title
		for t != "" {
			ps.byTitle[t] = append(ps.byTitle[t], i)
			sp := strings.IndexByte(t, ' ')
			if sp < 0 {
				break
			}
			t = t[sp+1:]
		}
	}
	return ps
}

// in returns the people whose names lie inside [a, b).
func (ps *evPeopleSet) in(a, b int) []evPerson {
	if ps == nil {
		return nil
	}
	i := sort.Search(len(ps.list), func(i int) bool { return ps.list[i].start >= a })
	j := i
	for j < len(ps.list) && ps.list[j].start < b {
		j++
	}
	return ps.list[i:j]
}

// holder returns the person holding title (as lower-case words) last named
// before pos, else the first named after it.
func (ps *evPeopleSet) holder(title string, pos int) (string, bool) {
	if ps == nil {
		return "", false
	}
	idx := ps.byTitle[title]
	if len(idx) == 0 {
		return "", false
	}
	k := sort.Search(len(idx), func(k int) bool { return ps.list[idx[k]].start >= pos })
	if k > 0 {
		return ps.list[idx[k-1]].name, true
	}
	return ps.list[idx[0]].name, true
}

// evSpansIn returns the spans of ms (in text order) inside [a, b).
func evSpansIn(ms []entities.Span, a, b int) []entities.Span {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= a })
	j := i
	for j < len(ms) && ms[j].Start < b {
		j++
	}
	return ms[i:j]
}

// evIsName reports whether token k begins a name: a capitalised word
// followed by another capitalised word or an initial, neither a title word.
func evIsName(body string, toks []evTok, k int) bool {
	return evNameEnd(body, toks, k)-k >= 2
}

// evNameEnd returns the end of the name starting at token k: up to four
// capitalised words that are no title words, with initials ("Antony J.
// Blinken"); k when there is none.
func evNameEnd(body string, toks []evTok, k int) int {
	j, words := k, 0
	for j < len(toks) && words < 4 {
		t := toks[j]
		if !t.word || !t.capital {
			break
		}
		w, lw := body[t.start:t.end], t.low
		if evTitleWords[lw] || evGroupHeads[lw] || evOrgNouns[lw] || evIsAllCaps(w) && len(w) > 1 || evMonthOrDay(lw) {
			break
		}
		j++
		words++
		// a particle inside the name: "Lula da Silva", "Ursula von der Leyen"
		for j+1 < len(toks) && toks[j].word && !toks[j].capital && evNameParticles[toks[j].low] {
			n := j + 1
			for n < len(toks) && toks[n].word && !toks[n].capital && evNameParticles[toks[n].low] {
				n++
			}
			if n >= len(toks) || !toks[n].word || !toks[n].capital || evTitleWords[toks[n].low] || evMonthOrDay(toks[n].low) {
				break
			}
			j = n
		}
		// an initial: "J."
		if utf8.RuneCountInString(w) == 1 && j < len(toks) && !toks[j].word && body[toks[j].start] == '.' {
			j++
		}
	}
	// a name does not end with a full stop token
	if j > k && !toks[j-1].word {
		j--
	}
	return j
}

// evNameParticles join the parts of a name: "da", "von der", "bin".
var evNameParticles = map[string]bool{"da": true, "de": true, "del": true, "della": true, "di": true, "do": true,
	"dos": true, "das": true, "du": true, "van": true, "von": true, "der": true, "den": true, "ter": true, "al": true,
	"el": true, "bin": true, "ibn": true, "la": true, "le": true}

func evIsAllCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func evMonthOrDay(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
		"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"on", "in", "the", "today", "yesterday":
		return true
	}
	return false
}

// evActor names who acted, from the subject tokens [a, b); person is true
// when it is a person rather than a group.
func evActor(body string, toks []evTok, a, b int, getPeople func() *evPeopleSet, officials []entities.Official) (string, int, int, bool) {
	if a >= b {
		return "", 0, 0, false
	}
	sa, sb := toks[a].start, toks[b-1].end
	// an official the entities stage found in the subject, the one nearest
	// the verb
	best, bs, be := "", 0, -1
	for _, o := range officials {
		for _, m := range evSpansIn(o.Mentions, sa, sb) {
			if m.End <= sb && o.Name != "" && m.End > be {
				best, bs, be = o.Name, m.Start, m.End
			}
		}
	}
	if be < 0 {
		// a titled or named person in the subject
		for _, p := range getPeople().in(sa, sb) {
			if p.end <= sb && p.end > be {
				best, bs, be = p.name, p.start, p.end
			}
		}
	}
	if be >= 0 {
		return best, bs, be, true
	}
	// a bare title: the person holding it on this page
	var title []string
	allTitle := true
	for k := a; k < b; k++ {
		t := toks[k]
		if !t.word {
			continue
		}
		w := t.low
		if w == "the" || w == "then" || w == "also" || w == "today" {
			continue
		}
		if evTitleWords[w] || (evIsAllCaps(body[t.start:t.end]) && len(w) > 1) {
			if evTitleWords[w] {
				title = append(title, w)
			}
			continue
		}
		allTitle = false
	}
	if allTitle && len(title) > 0 && !evGroupHeads[title[len(title)-1]] {
		key := strings.Join(title, " ")
		for _, o := range officials {
			if strings.EqualFold(o.Title, key) || strings.HasSuffix(strings.ToLower(o.Title), " "+key) {
				return o.Name, sa, sb, true
			}
		}
		if name, ok := getPeople().holder(key, sa); ok {
			return name, sa, sb, true
		}
	}
	// a group: "NATO Foreign Ministers", "ministers", "the North Atlantic Council"
	last := b - 1
	for last >= a && !toks[last].word {
		last--
	}
	if last >= a && evGroupHeads[strings.ToLower(body[toks[last].start:toks[last].end])] {
		first := last
		for first > a && toks[first-1].word && (toks[first-1].capital || evIsWord(body, toks[first-1], "of", "for", "and")) &&
			!evIsWord(body, toks[first-1], "the", "The", "On") {
			first--
		}
		for first < last && !toks[first].capital && !toks[first].word {
			first++
		}
		return body[toks[first].start:toks[last].end], toks[first].start, toks[last].end, false
	}
	return "", 0, 0, false
}

// evCleanSubject reports whether tokens [a, b) read as a plain subject:
// a short noun phrase of capitalised words, titles and connectors ("President
// Joseph R. Biden, Jr.", "NATO Foreign Ministers"), not a clause.
func evCleanSubject(body string, toks []evTok, a, b int) bool {
	if a >= b || b-a > 24 {
		return false
	}
	for k := a; k < b; k++ {
		t := toks[k]
		if !t.word {
			if strings.ContainsAny(body[t.start:t.end], ",.'’-()") {
				continue
			}
			return false
		}
		w := t.low
		if t.capital || evGroupHeads[w] {
			continue
		}
		switch w {
		case "the", "of", "and", "for", "s", "jr", "then", "also", "today", "on":
			continue
		}
		return false
	}
	return true
}

// evOfficeSubject returns a plain subject holding an office title, without
// its article ("The President of Russia" → "President of Russia"), or "".
func evOfficeSubject(body string, toks []evTok, a, b int) string {
	for a < b && (evIsWord(body, toks[a], "the") || !toks[a].word) {
		a++
	}
	for b > a && (!toks[b-1].word || evIsWord(body, toks[b-1], "today", "also", "then", "jointly", "yesterday")) {
		b--
	}
	if a >= b || !evCleanSubject(body, toks, a, b) {
		return ""
	}
	for k := a; k < b; k++ {
		if toks[k].word && toks[k].capital && evTitleWords[toks[k].low] && !evPortfolio[toks[k].low] {
			return body[toks[a].start:toks[b-1].end]
		}
	}
	return ""
}

// evPronoun reports whether the subject [a, b) is one pronoun (of ws when
// given, else any).
func evPronoun(body string, toks []evTok, a, b int, ws ...string) bool {
	if b-a != 1 || !toks[a].word {
		return false
	}
	w := strings.ToLower(body[toks[a].start:toks[a].end])
	if len(ws) == 0 {
		return evPronouns[w]
	}
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

// evGroupIn returns the first acting body the sentence names: a
// capitalised phrase ending in Council, Commission, Assembly…
func evGroupIn(body string, toks []evTok, ts, te int) string {
	for k := ts; k < te; k++ {
		t := toks[k]
		if !t.word || !t.capital || t.quoted || !evGroupHeads[t.low] {
			continue
		}
		first := k
		for first > ts && toks[first-1].word && toks[first-1].capital && !evIsWord(body, toks[first-1], "The", "On") {
			first--
		}
		if first == k {
			continue // "Council" alone says too little
		}
		return body[toks[first].start:t.end]
	}
	return ""
}

// evPlace returns where the action happened: the object of "visited", or
// the first "in <Place>[, <Region>]" after the verb (else before it) whose
// "in" is not inside a name ("Cooperation in Europe").
func evPlace(body string, toks []evTok, vi, te, ts int) string {
	v := toks[vi].low
	if v == "visited" || v == "toured" || v == "visit" || v == "tour" || v == "visiting" || v == "touring" {
		if p := evPlaceAt(body, toks, vi+1, te); p != "" {
			return p
		}
	}
	// the destination of a journey: "is travelling to Chişinău"
	travel := v == "travelled" || v == "traveled" || v == "travel" || v == "travelling" || v == "traveling"
	if travel && vi+2 < te && evIsWord(body, toks[vi+1], "to") {
		if p := evPlaceAt(body, toks, vi+2, te); p != "" {
			return p
		}
	}
	// after the verb first ("met … in Washington, D.C."), then before it
	// ("In Brussels on Friday, ministers met")
	for n, r := range [2][2]int{{vi, te}, {ts, vi}} {
		for k := r[0]; k < r[1]; k++ {
			t := toks[k]
			if t.quoted || t.low != "in" || k+1 >= r[1] {
				continue
			}
			if n == 1 && k > ts && toks[k-1].word {
				continue // before the verb, only an opening "In Brussels, …" (not "a report in the Argus Leader")
			}
			if evInName(body, toks, ts, k) {
				continue // "Organization for Security and Cooperation in Europe"
			}
			if p := evPlaceAt(body, toks, k+1, r[1]); p != "" {
				return p
			}
		}
	}
	// where a guest was welcomed: "welcomed … Retno Marsudi to Canberra"
	if travel || v == "welcomed" || v == "welcome" || v == "welcoming" || v == "paid" || v == "pay" || v == "paying" {
		for k := vi + 1; k+1 < te; k++ {
			if t := toks[k]; !t.quoted && t.low == "to" {
				if p := evPlaceAt(body, toks, k+1, te); p != "" && !evTitleWords[toks[k+1].low] {
					return p
				}
			}
		}
	}
	return ""
}

// evInName reports whether the "in" at token k is inside the name of an
// organisation: capitalised words joined by "for", "and" or "of" before it.
func evInName(body string, toks []evTok, ts, k int) bool {
	connector := false
	for j := k - 1; j >= ts; j-- {
		t := toks[j]
		if !t.word {
			return false
		}
		if t.capital {
			if connector {
				return true
			}
			continue
		}
		if evIsWord(body, t, "for", "and", "of") && j+1 < k && toks[j+1].capital {
			connector = true
			continue
		}
		return false
	}
	return false
}

// evPlaceAt reads a place name at token k: capitalised words ("The Hague",
// "Washington, D.C.", "Dayton, Ohio", "Vilnius, Lithuania").
func evPlaceAt(body string, toks []evTok, k, te int) string {
	if k >= te {
		return ""
	}
	if evIsWord(body, toks[k], "the") && !toks[k].capital && k+1 < te {
		// "in the Kremlin", not "in the NATO-Ukraine Council format"
		j := evCapRun(body, toks, k+1, te)
		if j == k+1 || evGroupHeads[strings.ToLower(body[toks[j-1].start:toks[j-1].end])] {
			return ""
		}
		if j < te && toks[j].word && !toks[j].capital && !evIsWord(body, toks[j], "with", "on", "to", "and", "for",
			"where", "at", "of", "by", "after", "before", "ahead", "during", "while", "when", "as") {
			return ""
		}
		if j < te && !toks[j].word && toks[j].start == toks[j-1].end && body[toks[j].start] == '-' {
			return "" // "the U.S.-Mexico border": an adjective, not a place
		}
		return body[toks[k].start:toks[j-1].end]
	}
	j := evCapRun(body, toks, k, te)
	if j == k {
		return ""
	}
	w := strings.ToLower(body[toks[k].start:toks[k].end])
	if evMonthOrDay(w) && w != "the" || evTitleWords[w] {
		return ""
	}
	end := toks[j-1].end
	// ", Ohio", ", Lithuania", ", D.C."
	if j+1 < te && !toks[j].word && body[toks[j].start] == ',' && toks[j+1].word && toks[j+1].capital &&
		!evTitleWords[strings.ToLower(body[toks[j+1].start:toks[j+1].end])] {
		r := evCapRun(body, toks, j+1, te)
		abbrevEnd := !toks[r-1].word // "D.C." may end the sentence
		if r-(j+1) <= 4 && (r >= te || !toks[r].word || !toks[r].capital || abbrevEnd) {
			next := ""
			if r < te && toks[r].word {
				next = strings.ToLower(body[toks[r].start:toks[r].end])
			}
			// not "in Brussels, Secretary Blinken said"
			if next == "" || !unicode.IsLower(rune(next[0])) || !evIsVerbLike(next) {
				end = toks[r-1].end
			}
		}
	}
	return body[toks[k].start:end]
}

// evCapRun returns the end of a run of capitalised words at k, with
// abbreviations ("D.C.") and "The" only at its start.
func evCapRun(body string, toks []evTok, k, te int) int {
	j := k
	for j < te {
		t := toks[j]
		if t.word && t.capital && !t.quoted {
			w := t.low
			if j > k && (w == "the" || evMonthOrDay(w) || evTitleWords[w]) {
				break
			}
			j++
			// "D.C.", "St."
			if j < te && !toks[j].word && body[toks[j].start] == '.' && toks[j].start == t.end && utf8.RuneCountInString(body[t.start:t.end]) <= 2 {
				j++
			}
			continue
		}
		break
	}
	if j == k+1 && evIsWord(body, toks[k], "The") {
		return k
	}
	return j
}

// evIsVerbLike reports a lower-case word that reads as a verb after a
// place ("in Brussels, Mr Rutte said").
func evIsVerbLike(w string) bool {
	_, ok := evVerbs[w]
	return ok || strings.HasSuffix(w, "ed") || w == "says" || w == "said"
}

// evParticipants returns the other people the sentence names: officials of
// the entities stage when they are given, else the titled names found in
// the body.
func evParticipants(body string, ss, se, as, ae int, actor string, getPeople func() *evPeopleSet, officials []entities.Official) []string {
	out := []string{}
	seen := map[string]bool{strings.ToLower(actor): true}
	add := func(n string) {
		if n == "" || seen[strings.ToLower(n)] {
			return
		}
		seen[strings.ToLower(n)] = true
		out = append(out, n)
	}
	type hit struct {
		pos  int
		name string
	}
	var hits []hit
	for _, o := range officials {
		for _, m := range evSpansIn(o.Mentions, ss, se) {
			if m.End <= se && !(m.Start >= as && m.End <= ae) {
				hits = append(hits, hit{m.Start, o.Name})
				break
			}
		}
	}
	if len(officials) == 0 {
		for _, p := range getPeople().in(ss, se) {
			if p.end <= se && !(p.start >= as && p.end <= ae) {
				hits = append(hits, hit{p.start, p.name})
			}
		}
	}
	// in text order
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].pos < hits[j-1].pos; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	for _, h := range hits {
		add(h.name)
	}
	return out
}

// evFuture are the bare verbs of a meeting or visit after "will" or
// "shall" ("Mr Peters will meet …"), and evProgressive their forms after
// "is", "are" or "be" ("is travelling to Chişinău today", "will be
// meeting"): events when the
// sentence carries its own day.
var evFuture = map[string]bool{
	"meet": true, "visit": true, "travel": true, "hold": true, "host": true, "welcome": true, "receive": true,
	"attend": true, "speak": true, "talk": true, "address": true, "chair": true, "co-chair": true, "sign": true,
	"join": true, "participate": true, "convene": true, "open": true, "tour": true, "deliver": true, "lead": true,
	"pay": true,
}

var evProgressive = map[string]bool{
	"meeting": true, "visiting": true, "travelling": true, "traveling": true, "holding": true, "hosting": true,
	"welcoming": true, "receiving": true, "attending": true, "speaking": true, "talking": true, "addressing": true,
	"chairing": true, "co-chairing": true, "signing": true, "joining": true, "participating": true,
	"convening": true, "opening": true, "touring": true, "delivering": true, "leading": true, "paying": true,
}

// The forms of evForms.
const (
	evPastWeak   = 1 + iota // a statement in the past: "discussed"
	evPastStrong            // a meeting or visit in the past: "met"
	evFut                   // a bare verb after "will": "meet"
	evProg                  // a progressive after "is": "travelling"
)

// evForms maps every verb form of evVerbs, evFuture and evProgressive to
// its kind, for one look-up a word.
var evForms = func() map[string]uint8 {
	m := make(map[string]uint8, len(evVerbs)+len(evFuture)+len(evProgressive))
	for w, strong := range evVerbs {
		m[w] = evPastWeak
		if strong {
			m[w] = evPastStrong
		}
	}
	for w := range evFuture {
		m[w] = evFut
	}
	for w := range evProgressive {
		m[w] = evProg
	}
	return m
}()

// evFormEnds holds, by evEndKey, the first and last letters of the words
// of evForms and "had": a word whose key is not there needs no look-up.
var evFormEnds = func() (t [26 * 26]bool) {
	for w := range evForms {
		t[evEndKey(w)] = true
	}
	t[evEndKey("had")] = true
	return t
}()

// evEndKey keys a word of lower-case ASCII letters (and hyphens) by its
// first and last letters.
func evEndKey(w string) int {
	a, b := int(w[0]-'a'), int(w[len(w)-1]-'a')
	if a < 0 || a >= 26 || b < 0 || b >= 26 {
		return 0
	}
	return a*26 + b
}

// evAdverbs may stand between an auxiliary and its verb ("will then
// travel", "is also meeting").
var evAdverbs = map[string]bool{"also": true, "then": true, "today": true, "later": true, "now": true,
	"currently": true, "again": true, "jointly": true, "first": true, "subsequently": true, "briefly": true}

// evSubjectTail are the auxiliaries and adverbs between a subject and its
// verb ("The Commission has today adopted", "Mr Rutte also met").
var evSubjectTail = map[string]bool{"has": true, "have": true, "today": true, "also": true, "then": true,
	"jointly": true, "yesterday": true, "again": true, "earlier": true, "formally": true, "officially": true,
	"later": true, "subsequently": true, "briefly": true, "personally": true}

// evIntroWords open a phrase that stands before the subject, up to a
// comma: "On the third anniversary of …, the Council", "In Suva on
// Tuesday, Mr Peters", "At the invitation of …, the Minister".
var evIntroWords = map[string]bool{"on": true, "in": true, "at": true, "during": true, "following": true,
	"after": true, "ahead": true, "before": true, "upon": true, "with": true, "under": true, "as": true,
	"amid": true, "for": true, "from": true, "since": true, "through": true, "to": true, "despite": true,
	"marking": true, "earlier": true, "later": true, "also": true, "meanwhile": true, "separately": true}

// evBlockers open, after the verb, a phrase or clause with an action of
// its own: a day after them dates that action, not the verb's ("discussed
// … following damage to cables on 25 December", "the tanks that Canada
// announced earlier today").
var evBlockers = map[string]bool{"following": true, "after": true, "since": true, "amid": true, "despite": true,
	"that": true, "which": true, "who": true, "whom": true, "whose": true}

// evDeparts are the verbs of leaving or coming home: "and return to
// Wellington on Saturday" dates the return, which is no event.
var evDeparts = map[string]bool{"return": true, "returns": true, "returned": true, "returning": true,
	"leave": true, "leaves": true, "leaving": true, "depart": true, "departs": true, "departed": true,
	"departing": true, "fly": true, "flies": true, "flew": true, "head": true, "heads": true, "headed": true}

// evFindVerb returns the sentence's action verb among tokens [ts, te):
// the first one outside quotes and outside the mentions ms, the index of
// its auxiliary (-1 for a past tense), and whether it makes an event
// without a day of its own. Statement verbs and the future or progressive
// are only taken when dated is true (the sentence has a day). The verb of a
// relative clause after a comma (", who arrived in Kyiv,") is taken only
// when no other follows.
func evFindVerb(body string, toks []evTok, ts, te int, dated bool, ms []dates.Mention) (vi, aux int, strong bool) {
	rel, relStrong := -1, false
	for k := ts; k < te; k++ {
		t := toks[k]
		if !t.word || t.quoted || t.capital && k > ts {
			continue
		}
		w := t.low
		f := evForms[w]
		if f == 0 && w == "had" && evHadMeeting(body, toks, k, te) {
			f = evPastStrong // "had a telephone conversation", "had talks"
		}
		ok, s := f == evPastWeak || f == evPastStrong, f == evPastStrong
		fut, prog := f == evFut, f == evProg
		if !ok && !(dated && (fut || prog)) || evInMentions(ms, t.start) {
			continue
		}
		if ok {
			if !dated && !s {
				continue
			}
			if k > ts && evIsWord(body, toks[k-1], "to", "will", "would", "shall", "could", "should", "might", "must") {
				continue
			}
			if k > ts+1 && evIsWord(body, toks[k-1], "who", "which") && !toks[k-2].word && body[toks[k-2].start] == ',' {
				// "Rutte, who arrived in Kyiv, met …": the clause's verb
				// only when the sentence has no other
				if rel < 0 {
					rel, relStrong = k, s
				}
				continue
			}
			return k, -1, s
		}
		a := k - 1
		for a > ts && toks[a].word && evAdverbs[toks[a].low] {
			a--
		}
		if a < ts || !toks[a].word {
			continue
		}
		if prog && toks[a].low == "be" {
			// "will also be meeting"
			a--
			for a > ts && toks[a].word && evAdverbs[toks[a].low] {
				a--
			}
			if a < ts || !evIsWord(body, toks[a], "will", "shall") {
				continue
			}
			return k, a, true
		}
		if fut && (toks[a].low == "will" || toks[a].low == "shall") || prog && (toks[a].low == "is" || toks[a].low == "are" || toks[a].low == "am") {
			return k, a, true
		}
	}
	return rel, -1, relStrong
}

// evInMentions reports whether byte pos lies inside one of ms.
func evInMentions(ms []dates.Mention, pos int) bool {
	for k := range ms {
		if pos >= ms[k].Start && pos < ms[k].End {
			return true
		}
	}
	return false
}

// evAttached reports whether the day at byte pos dates the verb at token
// vi of the sentence [ts, te): no phrase or clause of another action stands
// between them ("discussed … following damage to cables on 25 December",
// "On 5 March the Commission proposed a plan, which the Council adopted"),
// and a day before the verb is not inside an opening phrase of such an
// action ("Following his meeting on Monday, the Minister travelled").
func evAttached(body string, toks []evTok, ts, vi, te, pos int) bool {
	if pos < toks[vi].start {
		comma := false
		for k := vi - 1; k >= ts && toks[k].end > pos; k-- {
			t := toks[k]
			if !comma && t.word && !t.quoted && (t.low == "which" || t.low == "that" || t.low == "who" || t.low == "whom" || t.low == "whose") {
				return false // the verb is the clause's ("Rutte, who arrived in Kyiv, met" is not)
			}
			comma = comma || !t.word && body[t.start] == ','
		}
		return !(comma && toks[ts].word && evBlockers[toks[ts].low] && toks[ts].end <= pos)
	}
	for k := vi + 1; k < te && toks[k].start < pos; k++ {
		t := toks[k]
		if !t.word || t.quoted {
			continue
		}
		if evBlockers[t.low] {
			return false
		}
		if evDeparts[t.low] && evIsWord(body, toks[k-1], "and", "then", "will", "to", "before") {
			return false
		}
		if evParticipleBy(toks, k, te) && evApproval(toks[vi].low) {
			// "welcomed the meeting convened by CARICOM … on 11 March"
			// (but "attended the summit hosted by Finland on Tuesday")
			return false
		}
	}
	return true
}

// evApproval reports whether verb w states a view of something rather
// than doing it with others: a statement verb, or "welcomed" ("welcomed the
// agreement signed by …").
func evApproval(w string) bool {
	return evForms[w] == evPastWeak || w == "welcomed" || w == "welcomes" || w == "welcome"
}

// evParticipleBy reports whether token k is an action verb's participle
// after a noun, with a capitalised agent: "the meeting convened by the
// Caribbean Community" (not the passive "employees were told by WeWork").
func evParticipleBy(toks []evTok, k, te int) bool {
	if f := evForms[toks[k].low]; f != evPastWeak && f != evPastStrong || toks[k].capital || k < 1 || k+2 >= te || toks[k+1].low != "by" {
		return false
	}
	switch toks[k-1].low {
	case "was", "were", "been", "be", "is", "are", "being", "":
		return false
	}
	a := k + 2
	if toks[a].low == "the" && a+1 < te {
		a++
	}
	return toks[a].word && toks[a].capital
}

// evAgent reads the agent of a participle at token k (after "by"): an
// official or titled person there, else the capitalised name of a body
// ("the Caribbean Community (CARICOM)" → "Caribbean Community"); "" when
// no capitalised agent follows ("spoke by phone").
func evAgent(body string, toks []evTok, k, te int, getPeople func() *evPeopleSet, officials []entities.Official) (string, int, int, bool) {
	if k < te && evIsWord(body, toks[k], "the") && !toks[k].capital {
		k++
	}
	e := k
	for e < te && toks[e].word && !toks[e].quoted && (toks[e].capital || evIsWord(body, toks[e], "of", "for", "and") && e+1 < te && toks[e+1].capital) {
		e++
	}
	if e == k {
		return "", 0, 0, false
	}
	// "the President of Finland, Alexander Stubb"
	if e+1 < te && !toks[e].word && body[toks[e].start] == ',' && evIsName(body, toks, e+1) {
		e = evNameEnd(body, toks, e+1)
	}
	if a, as, ae, p := evActor(body, toks, k, e, getPeople, officials); a != "" && p {
		return a, as, ae, p
	}
	last := e - 1
	for last > k && !toks[last].word {
		last--
	}
	return body[toks[k].start:toks[last].end], toks[k].start, toks[last].end, false
}

// evAuthor names the author of a first-person release whose lead sentence
// starts at ss: the name of a byline above it, else the official or titled
// person named nearest before it, else an office line above it ("Minister
// for Foreign Affairs"), else the pronoun itself.
func evAuthor(body string, pron evTok, ss int, getPeople func() *evPeopleSet, officials []entities.Official) string {
	// a byline within the few lines above: "Senator the Hon Penny Wong"
	for le, n := ss, 0; le > 0 && n < 8; n++ {
		ls := strings.LastIndexByte(body[:le-1], '\n') + 1
		if name := evByline(body[ls:le]); name != "" {
			return name
		}
		le = ls
	}
	best, bs := "", -1
	for _, o := range officials {
		for _, m := range o.Mentions {
			if m.End <= ss && m.Start > bs && o.Name != "" {
				best, bs = o.Name, m.Start
			}
		}
	}
	if bs >= 0 {
		return best
	}
	ps := getPeople().in(0, ss)
	for i := len(ps) - 1; i >= 0; i-- {
		if strings.IndexByte(ps[i].name, ' ') > 0 {
			return ps[i].name // a full name, not a surname a headline gives
		}
	}
	// an office line: title words and capitalised words only
	for le := ss; le > 0; {
		ls := strings.LastIndexByte(body[:le-1], '\n') + 1
		line := strings.TrimSpace(body[ls:le])
		le = ls
		if line == "" || len(line) > 80 {
			continue
		}
		words := strings.Fields(line)
		if !evTitleWords[strings.ToLower(words[0])] || evPortfolio[strings.ToLower(words[0])] {
			continue
		}
		office := true
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && w != "of" && w != "for" && w != "and" && w != "the" {
				office = false
				break
			}
		}
		if office {
			return line
		}
	}
	return body[pron.start:pron.end]
}

// evHonorifics open a minister's byline ("Senator the Hon", "The Rt Hon").
var evHonorifics = map[string]bool{"senator": true, "the": true, "hon": true, "hon.": true, "rt": true, "rt.": true,
	"right": true, "honourable": true, "honorable": true, "dr": true, "dr.": true, "sir": true, "dame": true,
	"mr": true, "mr.": true, "ms": true, "ms.": true, "mrs": true, "mrs.": true}

// evPostNominals close a byline ("MP", "TD").
var evPostNominals = map[string]bool{"MP": true, "TD": true, "MLA": true, "MSP": true, "MS": true, "KC": true,
	"QC": true, "SC": true, "MHK": true, "MPP": true, "MNA": true, "AM": true, "AO": true, "AC": true, "OBE": true,
	"CBE": true, "MBE": true, "PC": true, "ONZM": true, "KNZM": true}

// evByline returns the name of a byline line ("Senator the Hon Penny Wong",
// "The Hon Richard Marles MP", "Rt Hon Christopher Luxon"): two to four
// capitalised words after an honorific or before a post-nominal, and
// nothing else; "" for any other line.
func evByline(line string) string {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 60 {
		return ""
	}
	words := strings.Fields(line)
	a, b := 0, len(words)
	honoured := false
	for a < b && evHonorifics[strings.ToLower(words[a])] {
		if w := strings.ToLower(words[a]); w != "the" && w != "mr" && w != "ms" && w != "mrs" && w != "mr." && w != "ms." && w != "mrs." && w != "dr" && w != "dr." {
			honoured = true
		}
		a++
	}
	for b > a && evPostNominals[strings.TrimRight(words[b-1], ",")] {
		honoured = true
		b--
	}
	if !honoured || b-a < 2 || b-a > 4 {
		return ""
	}
	for _, w := range words[a:b] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || evTitleWords[strings.ToLower(w)] || evGroupHeads[strings.ToLower(w)] || evOrgNouns[strings.ToLower(w)] ||
			strings.ContainsAny(w, "0123456789:'’") {
			return ""
		}
	}
	s := strings.Index(line, words[a])
	last := words[b-1]
	e := strings.LastIndex(line, last) + len(last)
	return strings.TrimRight(line[s:e], ",")
}
