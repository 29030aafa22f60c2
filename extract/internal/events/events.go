package events

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/entities"
	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/internal/text"
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

// evTitleWords are words of office titles and honorifics: they precede a
// name and are no part of it.
var evTitleWords = wordLists.Set("title-words")

// evPortfolio are title words that name a field rather than an office: a
// one-word name after them is no name ("Health Department").
var evPortfolio = wordLists.Set("portfolio")

// evOrgNouns are words that make a capitalised phrase an organisation, not
// a person's name.
var evOrgNouns = wordLists.Set("org-nouns")

// evGroupHeads end the name of a group that can act ("NATO Foreign
// Ministers", "the North Atlantic Council").
var evGroupHeads = wordLists.Set("group-heads")

var evPronouns = wordLists.Set("pronouns")

// evSubjectJoiners are the lower-case words a plain subject of names and
// titles may hold: "The Department of Health", "Mr Rutte also".
var evSubjectJoiners = wordLists.Set("subject-joiners")

// evPossessives are the possessive determiners and the object pronouns: a
// subject holding one is a speaker's or a pronoun's ("Our long run pace
// looked decent today", "several of them").
var evPossessives = wordLists.Set("person-words")

// evPrepositions open a phrase, not a subject.
var evPrepositions = wordLists.Set("prepositions")

// evModals are the modal verbs.
var evModals = wordLists.Set("modals")

// evCopulas are the forms of "be" and "being".
var evCopulas = wordLists.Set("copulas")

// evNounSubjectStops cannot open a subject that names no one: connectives
// and adverbs ("And then, …", "never spoke yesterday").
var evNounSubjectStops = wordLists.Set("noun-subject-stops")

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

// Find returns the dated events body reports, in body order; see
// findEvents.
//
// people, the persons the entities stage found (officials among them; nil
// is fine), let a named person with no office act or take part: "NASA
// astronaut Tracy Dyson launched on Saturday".
//
// voices, when not nil, names who says "I" or "we" at a position of the
// body and whom "you" stands for there.
func Find(body string, ds []dates.Mention, officials []entities.Official, people []entities.Person, published time.Time, voices Voices) []Event {
	return new(Scratch).Find(body, ds, officials, people, published, voices)
}

// Find is the package's Find with its working memory in sc, which a
// caller may keep for the next body.
func (sc *Scratch) Find(body string, ds []dates.Mention, officials []entities.Official, people []entities.Person, published time.Time, voices Voices) []Event {
	return sc.FindDoc(body, nil, ds, officials, people, published, voices)
}

// FindDoc is Find reading the tokens of d, the shared analysis of body (or
// of a copy of it of the same length whose markup is blanked), instead of
// tokenising body itself. d may be nil.
func (sc *Scratch) FindDoc(body string, d *text.Doc, ds []dates.Mention, officials []entities.Official, people []entities.Person, published time.Time, voices Voices) []Event {
	sc.doc = d
	defer func() { sc.doc = nil }()
	if len(people) > 0 {
		named := make(map[string]int, len(officials))
		for i, o := range officials {
			named[o.Name] = i
		}
		all := make([]entities.Official, len(officials), len(officials)+len(people))
		copy(all, officials) // the caller's slice stays as it is
		for _, p := range people {
			if i, ok := named[p.Name]; ok {
				// the official's mentions as a person, "Noem" after "Gov.
				// Kristi Noem", name the official too
				ms := append([]entities.Span(nil), all[i].Mentions...)
				for _, m := range p.Mentions {
					if !slices.ContainsFunc(ms, func(o entities.Span) bool { return o.Start < m.End && m.Start < o.End }) {
						ms = append(ms, m)
					}
				}
				// in body order: evSpansIn searches them
				slices.SortFunc(ms, func(a, b entities.Span) int { return a.Start - b.Start })
				all[i].Mentions = ms
				continue
			}
			if strings.IndexByte(p.Name, ' ') > 0 {
				all = append(all, entities.Official{Name: p.Name, Mentions: p.Mentions})
			}
		}
		officials = all
	}
	return sc.findEvents(body, ds, officials, published, voices)
}

// findEvents returns the dated events body reports, in body order. ds are
// the body's temporal expressions (dates.Parser.Find on body), officials
// the body's officials (their names are preferred for actors and
// participants; nil is fine), published the page's date or the reference
// date, which dates a lead sentence with no date of its own (zero: such
// sentences are no events).
func findEvents(body string, ds []dates.Mention, officials []entities.Official, published time.Time, voices Voices) []Event {
	return new(Scratch).findEvents(body, ds, officials, published, voices)
}

// findEvents is the package's findEvents, its sentences' tokens read into
// sc's buffer.
func (sc *Scratch) findEvents(body string, ds []dates.Mention, officials []entities.Official, published time.Time, voices Voices) []Event {
	if body == "" {
		return nil
	}
	dated := false
	for k := range ds {
		if g := ds[k].Grain; g == dates.GrainDay || g == dates.GrainPartDay || g == dates.GrainTime || evCoarse(&ds[k], len(body)) {
			dated = true
			break
		}
	}
	if !dated && published.IsZero() {
		return nil // no day to give an event
	}
	// People are read from the whole body when the entities stage gave no
	// officials, and only when a sentence needs them.
	rd := newReader(body, sc.doc, sc.own)
	defer func() {
		if rd.own != nil && cap(rd.own.Tokens) <= scratchMax {
			rd.own.Reset()
			sc.own = rd.own
		}
	}()
	var people *evPeopleSet
	getPeople := func() *evPeopleSet {
		if len(officials) > 0 {
			return nil // the entities stage knows them better
		}
		if people == nil {
			people = newPeopleSet(evPeopleOf(rd))
		}
		return people
	}
	var out []Event
	leadSeen := false
	lastActor := ""
	lastClock := "" // the clock time of the last event's sentence
	toks := sc.toks[:0]
	defer func() { sc.keep(toks) }()
	sentence := func(ss, se, ts, te int, lead bool) {
		// The sentence's mentions (ds is in text order), and whether one is
		// a day of its own: outside quotes, not the date of a noun ("Duda's
		// February 3 action").
		// a dateline opening the sentence ("**Singapore, 9 June 2023** –")
		// gives the page's date, not the sentence's: its day and place
		// are no part of the sentence
		datePlace, dateline := "", ""
		if d := evDatelineEnd(body, toks, ts, te); d > ts {
			datePlace = evDatelineName(body, toks, ts, d)
			// (the dateline's day dates the lead, where the page's
			// metadata may give a later one: a feed's posting day)
			end := se
			if d < len(toks) {
				end = toks[d].start
			}
			for k := sort.Search(len(ds), func(k int) bool { return ds[k].Start >= toks[ts].start }); k < len(ds) && ds[k].End <= end; k++ {
				if m := &ds[k]; m.Grain == dates.GrainDay && len(m.Value) >= 10 {
					dateline = m.Value[:10]
				}
			}
			ts = d
		} else if d := evRunInHead(body, toks, ts, te); d > ts {
			ts = d // a headline run into the lead, no part of it either
		} else if d, day := evDayRunIn(body, toks, ts, te, ds, se); d > ts {
			// the page's day run into its lead, as a page flattened into a
			// line keeps it: "25 August 2022 On 23 August, 2022, … was
			// signed"
			ts, dateline = d, day
		}
		m0 := sort.Search(len(ds), func(k int) bool { return ds[k].Start >= toks[ts].start })
		m1 := m0
		for m1 < len(ds) && ds[m1].Start < se {
			m1++
		}
		ms := ds[m0:m1]
		free := func(m *dates.Mention) bool {
			return !evQuotedAt(toks, ts, te, m.Start) && !evAttributive(body, toks, ts, m.Start) && !evPossessiveDay(body, toks, ts, m.Start, m.End) &&
				!evAsOf(body, ss, m.Start)
		}
		own := func(m *dates.Mention) bool {
			if m.End > se || m.Grain != dates.GrainDay && m.Grain != dates.GrainPartDay && m.Grain != dates.GrainTime || len(m.Value) < 10 {
				return false
			}
			return free(m)
		}
		// a week, a month or a year of the sentence's own
		coarse := func(m *dates.Mention) bool { return evCoarse(m, se) && free(m) }
		hasDay, hasCoarse := false, false
		for k := range ms {
			if own(&ms[k]) {
				hasDay = true
				break
			}
			hasCoarse = hasCoarse || coarse(&ms[k])
		}
		hasCoarse = hasCoarse && !hasDay
		isLead := lead && !leadSeen
		if lead {
			leadSeen = true
		}
		if !hasDay && !hasCoarse && (!isLead || published.IsZero()) {
			return
		}
		// The action verb: the first one outside quotes and dates; a day
		// of the sentence dates it unless the day belongs to a clause or
		// phrase of its own after the verb ("following damage … on 25
		// December", "that Canada announced earlier today").
		var mention *dates.Mention
		underWay := false
		perfect := false // a lead in the perfect of any verb (evPerfectLead)
		vi, aux, strong := evFindVerb(body, toks, ts, te, hasDay || hasCoarse, ms)
		// (a time of the sentence before its verb: "In July, …")
		timeBefore := vi >= 0 && len(ms) > 0 && ms[0].Start < toks[vi].start && (own(&ms[0]) || coarse(&ms[0]))
		if vi >= 0 && hasDay {
			for k := range ms {
				if m := &ms[k]; own(m) && evAttached(body, toks, ts, vi, te, m.Start) && !evReducedDay(toks, vi, te, m.Start, timeBefore) {
					mention = m
					break
				}
			}
		}
		if vi >= 0 && mention == nil && (hasCoarse || hasDay) {
			// a week, a month or a year is the action's when the sentence
			// gives no day ("visited Qatar in January 2022", "In 2021, the
			// UAE announced"), or none that dates the verb ("In July, the
			// committee backed the agreement reached on 6 June"): the event
			// has that value's precision
			for k := range ms {
				if m := &ms[k]; coarse(m) && evAttached(body, toks, ts, vi, te, m.Start) && !evReducedDay(toks, vi, te, m.Start, timeBefore && m != &ms[0]) && evCoarseWhen(body, toks, ts, vi, aux, m) {
					mention = m
					break
				}
			}
		}
		if mention != nil && aux >= 0 && evForms[toks[vi].low] == 0 && evGenericFuture(toks, ts, vi) && evClockOnly(body[mention.Start:mention.End]) {
			// an action to come at a clock time alone is a timetable's:
			// "NBC will also air an encore from 9 p.m. to 11 p.m."
			return
		}
		if mention == nil && hasCoarse && !isLead {
			return
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
		// "The work will go on, said Minister Jane Roe on Monday.": the
		// statement, on the day its clause gives or, in a lead, the page's
		invEnd := -1
		if iv, ie := evInvertedStatement(body, toks, ts, te, ms); iv >= 0 && (mention == nil || mention.Start > toks[iv].start) {
			var m2 *dates.Mention
			for k := range ms {
				if m := &ms[k]; own(m) && m.Start > toks[iv].start {
					m2 = m
					break
				}
			}
			if m2 != nil || isLead && !published.IsZero() {
				vi, aux, strong, mention, invEnd = iv, -1, false, m2, ie
			}
		}
		finalS := -1 // the subject of a closing report: "…, the company said Friday."
		if fv, fs, fm := evClosingReport(body, toks, ts, te, ms); fv >= 0 && invEnd < 0 && own(fm) {
			vi, aux, strong, mention, finalS = fv, -1, false, fm, fs
		}
		if mention == nil && invEnd < 0 {
			if !isLead || published.IsZero() {
				return
			}
			// a lead dated by the page: a meeting or a visit, done
			vi, aux, strong = evFindVerb(body, toks, ts, te, false, ms)
			if vi < 0 && evDuringMeeting(toks, ts, te) {
				// "During a session of the committee …, the Minister
				// outlined …": what was said at a meeting, done
				if vi, aux, strong = evFindVerb(body, toks, ts, te, true, ms); aux >= 0 {
					vi = -1
				}
			}
			if vi < 0 {
				// "Mr Cassis and Mr Blanár praised the close relations":
				// two people acting together in the lead met to do so
				if v, a, st := evFindVerb(body, toks, ts, te, true, ms); v >= 0 && a < 0 && evTwoNamed(body, toks, ts, v) {
					vi, aux, strong = v, a, st
				}
			}
			if vi < 0 && (!evSubordinate(toks[ts].low) || ts+1 < te && evIsWord(body, toks[ts+1], "part")) {
				// ("As part of ongoing efforts, the Office has conducted":
				// a phrase, no clause)
				// a decision or a release, when the lead gives no time of
				// its own ("Earlier this month, NASA announced"): "The
				// Ministry of Health has confirmed an outbreak", "The
				// Council adopted its conclusions"; a time in a relative
				// clause is the clause's ("…, who served from 2012-2017")
				if v, a, st := evFindVerb(body, toks, ts, te, true, ms); v >= 0 && (evActs[toks[v].low] || v >= 2 && evPleased[toks[v-2].low]) && (a < 0 || toks[a].low == "is" || toks[a].low == "are" || toks[a].low == "am") &&
					!evTimedOwn(body, toks, ms, v, te) {
					// (or in the present: "Alberta is investing $50
					// million", "the Commission is announcing …")
					vi, aux, strong = v, a, st
				}
			}
			if vi < 0 {
				// a release's lead in the present of a headline: "The
				// Riksbank sets the policy rate at 1.75 per cent", "The
				// Department of Health reaffirms that …"
				if k := evPresentAct(body, toks, ts, te); k >= 0 {
					vi, aux, strong = k, -1, false
				}
			}
			if vi < 0 {
				// a release's lead in the perfect of any verb: "The
				// Government has identified three priorities"
				if k := evPerfectLead(body, toks, ts, te); k >= 0 {
					vi, aux, strong, perfect = k, -1, false, true
				}
			}
			if vi < 0 && evThisWeek(ms, published) {
				// a visit under way in the page's week: "… this week as
				// Commissioner X is visiting Moldova"
				if v, a, _ := evFindVerb(body, toks, ts, te, true, ms); v >= 0 && a >= 0 && evProgressive[toks[v].low] && (toks[a].low == "is" || toks[a].low == "are") {
					vi, aux, strong, underWay = v, a, true, true
				}
			}
		}
		if vi < 0 {
			return
		}
		loose := false // a lead's subject of common nouns around a name (evNounPhrase)
		ev := Event{Sentence: body[ss:se], Start: ss, End: se, Participants: []string{}}
		if mention != nil && len(mention.Value) >= 10 {
			ev.Date = mention.Value[:10]
		} else if mention != nil {
			ev.Date = mention.Value
		} else if dateline != "" {
			ev.Date = dateline
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
		// (and the marks of a link or emphasis opening at the verb: "has
		// [submitted a letter](…)")
		for subEnd > ts && (toks[subEnd-1].word && (evSubjectTail[toks[subEnd-1].low] || evAdverbLy(toks[subEnd-1]) && subEnd-2 >= ts && !evDeterminers[toks[subEnd-2].low] || perfect && toks[subEnd-1].low == "been") || evOpeningMark(body, toks[subEnd-1])) {
			subEnd--
		}
		subStart := ts
		// a speaker label ("FOREIGN MINISTER HAAVISTO:") is no subject (a
		// colon inside the date is none: "at 10:30")
		labelS, labelE := -1, -1
		for k := subStart; k < subEnd; k++ {
			if !toks[k].word && body[toks[k].start] == ':' && !(mention != nil && toks[k].start >= mention.Start && toks[k].start < mention.End) {
				labelS, labelE = toks[subStart].start, toks[k].start
				subStart = k + 1
			}
		}
		if mention != nil && mention.Start < toks[vi].start && subStart < len(toks) && mention.Start >= toks[subStart].start {
			// "On Thursday (6 March 2025) NATO Secretary General…", and
			// after a label: "JANE ROE: Yesterday, I met …"
			lead := evTrimConnective(strings.ToLower(strings.TrimSpace(body[toks[subStart].start:mention.Start]))) // "Then, in 2012, …"
			switch lead {
			case "", "on", "early on", "late on", "in", "at", "early in", "late in", "later in", "earlier in", "from", "as of", "effective", "throughout", "during":
				// "In the morning he met …", "At 9 a.m. the Minister …"
				for subStart < subEnd && toks[subStart].start < mention.End {
					subStart++
				}
				// and the year that qualifies it: "On 31 May this year, I
				// supported …"
				for _, m := range ms {
					if subStart < subEnd && m.Start == toks[subStart].start && m.Grain == dates.GrainYear {
						for subStart < subEnd && toks[subStart].start < m.End {
							subStart++
						}
						break
					}
				}
				// and a second day joined to it: "Yesterday and today, I
				// had meetings"
				if subStart+1 < subEnd && evIsWord(body, toks[subStart], "and") {
					for _, m := range ms {
						if m.Start == toks[subStart+1].start {
							for subStart < subEnd && toks[subStart].start < m.End {
								subStart++
							}
							break
						}
					}
				}
			}
		}
		for subStart < subEnd && !toks[subStart].word {
			subStart++
		}
		// an opening phrase before the subject: "On the third anniversary
		// of …, the Council", "In Suva on Tuesday, Mr Peters", and a
		// participle's: "Taking aggressive action to protect communities,
		// Governor Gavin Newsom"
		for subStart < subEnd && (evIntroWords[toks[subStart].low] || evParticipleOpener(toks[subStart]) || evVocative(body, toks, subStart, subEnd)) {
			c := subStart + 1
			for c < subEnd && (toks[c].word || body[toks[c].start] != ',') {
				c++
			}
			if c+1 >= subEnd {
				break
			}
			subStart = c + 1
			if mention != nil && toks[subStart].start == mention.Start {
				// the day after an address: "Mr President, yesterday you …"
				for subStart < subEnd && toks[subStart].start < mention.End {
					subStart++
				}
			}
		}
		if mention != nil && subEnd-1 > subStart && mention.Start > toks[subStart].start && mention.End == toks[subEnd-1].end {
			// the day between the subject and its verb: "The two
			// presidents on Friday signed", "Jane Roe Friday signed"
			e := subEnd
			for e > subStart && toks[e-1].start >= mention.Start {
				e--
			}
			if e > subStart && evIsWord(body, toks[e-1], "on", "early", "late", "last") {
				e--
			}
			for e > subStart+1 && evIsWord(body, toks[e-1], "has", "have", "had") {
				e-- // "Chelsea have this morning paid"
			}
			if e > subStart {
				subEnd = e
			}
		}
		if underWay {
			// "… relations are set to get a boost as Commissioner X is
			// visiting": the subject of the visit is after "as", "while" or
			// "when", or after the last comma before it
			for k := subEnd - 1; k > subStart; k-- {
				if t := toks[k]; t.word && (t.low == "as" || t.low == "while" || t.low == "when") {
					subStart = k + 1
					break
				}
			}
		}
		// a relative clause after the subject, closed by a comma before
		// the verb, is none of it: "David Medine, who chairs the Board,
		// has notified"
		for k := subStart + 2; k < subEnd-1 && !toks[subEnd-1].word && body[toks[subEnd-1].start] == ','; k++ {
			if toks[k].word && (toks[k].low == "who" || toks[k].low == "which") && !toks[k-1].word && body[toks[k-1].start] == ',' {
				subEnd = k - 1
				break
			}
		}
		// an apposition after the subject, between commas before the verb,
		// is none of it: "The Linux Foundation, the nonprofit organization
		// enabling …, today announced"
		if subEnd-subStart >= 4 && !toks[subEnd-1].word && body[toks[subEnd-1].start] == ',' {
			for k := subStart + 1; k+1 < subEnd-1; k++ {
				if !toks[k].word && body[toks[k].start] == ',' {
					// (or a participle's phrase: "OPERATIVES of the Commission,
					// backed by armed Policemen, have raided")
					participle := toks[k+1].word && !toks[k+1].capital && evPastForm(toks[k+1].low) && k+2 < subEnd && evIsWord(body, toks[k+2], "by")
					if (evIsWord(body, toks[k+1], "the", "a", "an") || participle) && evCleanSubject(body, toks, subStart, k) && !evInMentions(ms, toks[subStart].start) {
						subEnd = k
					}
					break
				}
			}
		}
		if invEnd >= 0 {
			// the speaker after the reporting verb is the subject
			subStart, subEnd = vi+1, invEnd
		} else if finalS >= 0 {
			subStart, subEnd = finalS, vi
		} else if mention == nil && !evCleanSubject(body, toks, subStart, subEnd) {
			// a lead's subject may be a common noun's phrase around a name:
			// "The cybercrime unit of the Nigeria Police Force arrested",
			// "Sustainable Jersey representatives announced"; the name acts
			if loose = isLead && evNounPhrase(body, toks, subStart, subEnd); !loose {
				return
			}
		}
		// whether the subject names no one but a dated past action is its
		// (read only when no actor is found; a day, not a clock time alone:
		// "(The briefing was concluded at 2:12 p.m.)"; the day not inside
		// the subject: "The records of the meeting of March 10th were
		// passed"; a passive's in the past: not "will be lowered")
		nounStart := subStart // (the trimming below leaves such a subject whole)
		nounSubject := func() bool {
			// (or a pronoun undergoing a passive: "He was charged Thursday")
			return mention != nil && (!evClockOnly(body[mention.Start:mention.End]) || evPastAct(toks[vi].low)) && aux < 0 && invEnd < 0 &&
				(evNounSubject(body, toks, nounStart, subEnd) || evPassive(toks, ts, vi) && evPronoun(body, toks, nounStart, evSubjectEnd(toks, nounStart, subEnd), "he", "she", "they")) &&
				!evQuestion(body, ss, se) && !evCopulaAfter(body, toks, vi, te) &&
				(mention.End <= toks[nounStart].start || mention.Start >= toks[max(subEnd-1, nounStart)].end) &&
				(!evPassive(toks, ts, vi) || evIsWord(body, toks[evAuxOf(toks, ts, vi)], "was", "were"))
		}
		// "A man pleaded guilty Monday to …, prosecutors said": a subject
		// holding a verb of its own is only its last clause.
		for k := subStart; k < subEnd; k++ {
			if t := toks[k]; t.word && !t.capital && !t.quoted && (evIsVerbLike(t.low) || t.low == "is" || t.low == "are" || t.low == "was" || t.low == "were") {
				split := false
				for c := subEnd - 2; c > k; c-- {
					if !toks[c].word && body[toks[c].start] == ',' {
						subStart, split = c+1, true // not when nothing follows the comma: "Rutte, who arrived in Kyiv, met"
						break
					}
				}
				for c := subEnd - 2; !split && c > k; c-- {
					// (or the clause "and" joins: "… never materialized and
					// IMA completed the purchase yesterday")
					if toks[c].word && (toks[c].low == "and" || toks[c].low == "but") && toks[c-1].word && !toks[c-1].capital &&
						(evCleanSubject(body, toks, c+1, subEnd) || evNounSubject(body, toks, c+1, subEnd)) {
						// (not inside a name, "Fox and Friends", nor before
						// what is no subject: "coercion and intimidation
						// against smaller nations")
						subStart = c + 1
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
			spoken := ""
			if voices != nil && (evPronoun(body, toks, subStart, subEnd, "i", "we") || evWithSpeaker(body, toks, subStart, subEnd)) {
				spoken = voices.Speaker(toks[subStart].start)
			} else if voices != nil && evPronoun(body, toks, subStart, subEnd, "you") {
				// "Mr President, yesterday you congratulated …": whom a
				// question asks
				spoken = voices.Addressee(toks[subStart].start)
			}
			switch {
			case spoken != "":
				// "I first met him in 2000", "We voted three years ago":
				// the speaker of the turn or the speech
				actor, person = spoken, true
			case labelS >= 0 && evPronoun(body, toks, subStart, subEnd, "i", "we"):
				// "CHIEF JUSTICE ROBERTS: We will hear argument …": the
				// label's speaker
				if name := evNamedIn(labelS, labelE, officials); name != "" {
					actor, person = name, true
				} else {
					return
				}
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
			// "the Office", "the Bureau": the body the page named with
			// that noun before ("the Office of The Ombudsman")
			actor = evBodyAntecedent(body, toks, subStart, subEnd)
		}
		if actor == "" && (mention != nil || isLead) {
			// an institution or a country acting on its day or in the lead:
			// "On Tuesday, NASA welcomed Sweden", "Parliament adopted …",
			// "Kenya and Ghana signed a memorandum …"
			actor = evProperSubject(body, toks, subStart, subEnd)
		}
		if actor == "" && loose {
			actor, actorStart, actorEnd = evNameIn(body, toks, subStart, subEnd)
		}
		if actor == "" {
			// a group the sentence names elsewhere ("… said the Council")
			actor = evGroupIn(body, toks, ts, te)
		}
		occasion, isOccasion := evTookPlace(body, toks, vi, te)
		if isOccasion {
			// "was held", "will take place": the verb group
			end := toks[vi].start + len(ev.Action)
			if toks[vi].low != "held" && toks[vi].low != "occurred" {
				end = toks[vi+1].end // "place"
			}
			ev.Action = body[toks[min(occasion, vi)].start:end]
		}
		if actor == "" && !isOccasion && nounSubject() {
			// a past action on its own day whose subject names no one:
			// "This morning an amended version of the complaint was
			// filed", "Last week, a group of technologists visited D.C.",
			// "senior representatives … met in late 2022"; the subject acts
			// unless the verb is passive or the "subject" is an opening
			// phrase ("At a state dinner held last evening …, …")
			e := evSubjectEnd(toks, subStart, subEnd)
			if (!evPassive(toks, ts, vi) || evErgative[toks[vi].low]) && !evPrepositions[toks[subStart].low] {
				actor = body[toks[subStart].start:toks[e-1].end]
				actorStart, actorEnd = toks[subStart].start, toks[e-1].end
			}
		} else if actor == "" && !(mention != nil && isOccasion && !evClockOnly(body[mention.Start:mention.End])) {
			// (a clock time alone, "will take place at 2.05pm", is a
			// timetable's, not a day's occasion)
			// (an occasion that "took place" on its day is an event with
			// no actor: "The signing of the MoU took place on 4 July")
			return
		}
		if first := evFirstOfTwo(body, toks, subStart, subEnd); first != "" && actorStart > toks[subStart].start &&
			!strings.Contains(actor, first) && evTwoNamed(body, toks, subStart, subEnd) {
			// of two people acting together, the first named, as for two
			// officials ("Mr Cassis and Mr Blanár praised …")
			actor, person = first, true
		}
		ev.Actor = actor
		if person {
			lastActor = actor
		}
		// A statement verb of the actor of the previous event on its day
		// continues that occasion ("Prime Minister Trudeau reaffirmed …"
		// after "… spoke today with …"): no second event.
		// (Not across speakers: a reporter's question and the answer tell
		// it each in their turn.)
		clock := "" // the sentence's own clock time, when it gives one
		if mention != nil && strings.Contains(mention.Value, "T") {
			clock = mention.Value
		}
		replace := false
		if n := len(out); n > 0 && out[n-1].Date == ev.Date && strings.EqualFold(out[n-1].Actor, actor) &&
			(voices == nil || voices.Speaker(out[n-1].Start) == voices.Speaker(ss)) {
			if evHeadlineSentence(out[n-1].Sentence) && !evHeadlineSentence(ev.Sentence) {
				// the headline's event told again by the lead ("Minister
				// Roe approves assistance" over "Today, the Minister
				// issued the following statement:"; "Jane Roe answered
				// questions at the end of her trip" over "Jane Roe
				// answered questions during a visit."): the lead's
				// sentence tells it
				replace = true
			} else if !strong && !(clock != "" && clock != lastClock) {
				// (a clock time of its own tells another act of that day:
				// "The House met at 2.30 p.m." … "The House rose at 6.30
				// p.m.")
				return
			}
		}
		ev.Place = evPlace(body, toks, vi, te, ts)
		if ev.Place == "" {
			// the place of the dateline the sentence opens with
			ev.Place = datePlace
		}
		ev.Participants = evParticipants(body, ss, se, actorStart, actorEnd, ev.Actor, getPeople, officials)
		if ev.Place != "" {
			// the place is where they met, not one who met ("Dawson City")
			ev.Participants = slices.DeleteFunc(ev.Participants, func(p string) bool { return p == ev.Place || strings.HasPrefix(ev.Place, p+",") })
		}
		lastClock = clock
		if replace {
			out[len(out)-1] = ev
			return
		}
		out = append(out, ev)
	}
	// Two clauses joined by ", and", each with a time of its own, report
	// two acts: "The applications were referred to the Authority in April,
	// and on Monday 4 May, the Deputy Mayor issued the direction." Each is
	// read on its own, the sentence whole the events' sentence.
	clauses := func(ss, se, ts, te int, lead bool) {
		if k := evClauseSplit(body, toks, ts, te, ds); k > ts {
			sentence(ss, toks[k-1].end, ts, k, lead) // (its times only its own)
			sentence(ss, se, k+2, te, false)
			return
		}
		sentence(ss, se, ts, te, lead)
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
		// (a Markdown heading is no lead: "### Swiss National Bank lowers
		// the target range …" over the release)
		long := evLeadLength(body, ps, pe) && body[ps] != '#'
		// a short lead that tells no event (a headline's deck: "Opinions
		// among older people are more closely divided.") leaves the lead
		// to the next paragraph
		shortLead, events0 := long && !leadSeen && len(strings.TrimSpace(body[ps:pe])) < 80, len(out)
		// the body's first line is the headline when it ends no sentence:
		// its event is read, and the lead is the paragraph under it
		headline := ps == 0 && evHeadlineSentence(body[ps:pe])
		if long && !leadSeen && !published.IsZero() && !evOpensWithDateline(rd, ps, pe, &toks) && evDatelineNext(rd, pe, &toks) {
			// a standfirst over the dateline's paragraph ("Chartock was
			// appointed … in November" over "OLYMPIA, Wash. — Director
			// Joe Nguyễn appointed …"): the lead is the dateline's
			long = false
		}
		cand := long && !leadSeen && !published.IsZero()
		first := next
		for next < len(ds) && ds[next].Start < pe {
			if ds[next].Start >= ps {
				if g := ds[next].Grain; g == dates.GrainDay || g == dates.GrainPartDay || g == dates.GrainTime || evCoarse(&ds[next], pe) {
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
				if g := m.Grain; g != dates.GrainDay && g != dates.GrainPartDay && g != dates.GrainTime && !evCoarse(m, pe) {
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
				toks = rd.tokens(toks, w[0], w[1])
				forEachSentence(body, toks, w[0] == ps && long, clauses)
			}
		} else if long {
			leadSeen = true
		}
		if headline || shortLead && len(out) == events0 {
			leadSeen = false
		}
		ps = pe + 1
	}
	return out
}

// evAdverbLy reports a lower-case adverb in "-ly" ("recently",
// "formally"), not a noun of that ending ("the family", "an ally").
func evAdverbLy(t evTok) bool {
	return !t.capital && len(t.low) > 4 && strings.HasSuffix(t.low, "ly") && !evLyNouns[t.low]
}

// evLyNouns are nouns and adjectives ending in "-ly": no adverbs.
var evLyNouns = wordLists.Set("ly-nouns")

// evOpensWithDateline reports whether the paragraph [ps, pe) opens with a
// dateline ("OLYMPIA, Wash. — …", "**WASHINGTON —** …"). buf is scratch
// space for the tokens.
func evOpensWithDateline(rd *reader, ps, pe int, buf *[]evTok) bool {
	end := min(pe, ps+120)
	for end > ps && end < pe && !utf8.RuneStart(rd.body[end]) {
		end-- // not inside a character
	}
	toks := rd.tokens(*buf, ps, end)
	*buf = toks
	return len(toks) > 0 && evDatelineEnd(rd.body, toks, 0, len(toks)) > 0
}

// evDatelineNext reports whether the next non-empty paragraph after the
// line ending at pe opens with a dateline. buf is scratch space.
func evDatelineNext(rd *reader, pe int, buf *[]evTok) bool {
	body := rd.body
	for ps := pe + 1; ps < len(body); {
		e := strings.IndexByte(body[ps:], '\n')
		if e < 0 {
			e = len(body)
		} else {
			e += ps
		}
		if strings.TrimSpace(body[ps:e]) != "" {
			return evOpensWithDateline(rd, ps, e, buf)
		}
		ps = e + 1
	}
	return false
}

// evOpeningMark reports a mark of Markdown that opens a link or emphasis:
// "[", "*", "**", "_".
func evOpeningMark(body string, t evTok) bool {
	if t.word {
		return false
	}
	switch body[t.start:t.end] {
	case "[", "*", "**", "_", "__":
		return true
	}
	return false
}

// evHeadlineSentence reports a headline read as a sentence: no full stop,
// question or exclamation mark, colon or quotation mark ends it.
func evHeadlineSentence(s string) bool {
	s = strings.TrimRight(s, " \t*_")
	return s != "" && !block.EndsSentence(s) && !strings.HasSuffix(s, `"`) && !strings.HasSuffix(s, "\u201d")
}
