package turns

// This file segments a body into speaker turns.
//
// A turn starts at a speaker label and runs over every paragraph up to the
// next label. Labels come in two families:
//
//   - colon labels, inline or on their own line: "SECRETARY BLINKEN: Well,",
//     "President of Russia Vladimir Putin:", "Q: …", the White House's bare
//     "Q …", and the parliamentary "The Secretary of State for Foreign and
//     Commonwealth Affairs (Mr William Hague):";
//   - own-line labels without a colon: "Mark Rutte, NATO Secretary General",
//     "Oana Lungescu (NATO Spokesperson)", "Question", "Q", "Moderator";
//   - the own-line labels of Hansard's web pages: "Mr David Lammy
//     (Tottenham) (Lab)", "The Prime Minister (Rishi Sunak)", "Lord Cameron
//     of Chipping Norton", "Q1. [901234] Mr X (Woking) (Con)", and, beside
//     them, their short forms "Mr Hague", "The Prime Minister", "Mr Speaker";
//   - labels with a recording's time stamp, as transcription services print
//     them: "Dmitry Peskov: (09:51)", "Speaker 1 (10:08):", "Speaker 1  0:03".
//
// Candidates are found paragraph by paragraph with a hand-written scanner and
// then judged as a page: a label must look like a name, a title or a known
// role (no lower-case words other than connectors, so "Prime Minister Theresa
// May said:" is no label), weak name-only labels need support from the page
// (a repeat, or titled labels beside them), and own-line "Name, Title" lines
// count only on pages that do not use colon labels (where they are bylines).
// Speakers are then resolved to the fullest name and title the page gives
// for them, and each turn is classed as a question, an answer or remarks:
// in a parliament, Members (a constituency or a party in their label) and
// tabled questions ask, the reply after them answers, the chair's calls are
// remarks.

// turnPara is one non-blank line of the body, surrounding space trimmed.
type turnPara struct{ start, end int }

// genericRole is a label that names a part in the conversation, not a person.
type genericRole uint8

const (
	genNone      genericRole = iota
	genQuestion              // Question, Q, Participant, Reporter: a questioner
	genAnswer                // Answer, A
	genModerator             // Moderator, Operator, Host
	genOther                 // Interpreter, Hon. Members, Staff: remarks without a name
)

// labelClass groups label styles for the page-level decision.
type labelClass uint8

const (
	classColon   labelClass = iota + 1 // "NAME: text", "NAME:", "Q text"
	classStop                          // "PRESIDENT TRUMP. text": a stray full stop
	classComma                         // own-line "Name, Title" or "Name (Title)"
	classGeneric                       // own-line "Question", "Q", "Moderator"
	classBare                          // own-line "Mark Rutte", beside question labels
	classParl                          // own-line parliamentary label: "Mr David Lammy (Tottenham) (Lab)"
)

// turnLabel is one speaker label found in the body. What the label says is
// shared by every occurrence of the same label on the page.
type turnLabel struct {
	para      int
	textStart int  // for inline labels: where the words begin in the body
	ownLine   bool // the label fills its paragraph; the words start on the next
	*labelInfo
}

// labelInfo is what a label says.
type labelInfo struct {
	class     labelClass
	caps      bool // written in capitals ("SECRETARY BLINKEN")
	gen       genericRole
	role      string // the title the label gives, display form
	name      string // the name the label gives, display form ("" if none)
	surname   string // the name's last word, as written
	honorific bool   // Mr, Ms, Dr…
	strong    bool   // a title, an honorific with a name, or a known role
	nameWords int    // words in name
	key       string // identity of the speaker within the page
	outlet    bool   // the label gives the speaker's outlet: "JANE ROE/COURIER"
	putTo     string // a question's heading: the key of the one it is put to
	parl      parlLabel
}

// parlLabel is what a label says of a parliament's speakers.
type parlLabel struct {
	// member: the label gives a constituency or a party ("(Tottenham)
	// (Lab)"), a Member speaking from the floor.
	member bool
	// mark: the label has a form only parliaments print: a member's
	// groups, a title over a name in brackets, a peer's territorial title.
	mark bool
	// chair: the presiding officer ("Mr Speaker", "(in the Chair)").
	chair bool
	// stamped: the label gives the time the speaker rose ("(15:13)"), as
	// a house's record does.
	stamped bool
	// numbered: an oral question's number ("Q1. [901234]").
	numbered bool
	// dash: a courtesy title and a name in capitals closed by a dash ("Mr
	// ROE - Thank you"); dashMixed: the same with the name in small letters
	// ("Mr Roe - Shame."), a label only on a page of dash labels.
	dash, dashMixed bool
	// weak: an own-line label of a short form ("Mr Hague", "The Prime
	// Minister") that counts only beside marked labels.
	weak bool
}

// labelParse is a label as the paragraph scanner reads it: what it says,
// and where it stands.
type labelParse struct {
	labelInfo
	ownLine   bool // the label fills its paragraph; the words start on the next
	textStart int  // for inline labels: where the words begin in the body
}

// segmentTurns finds the kind of the page and its speaker turns. body is the
// document body: one paragraph a line, a blank line between paragraphs.
func segmentTurns(body string) (Kind, []Turn) { return segmentTitledTurns(body, "") }

// Segment finds the kind of the page and its speaker turns; title is the
// page's headline, or empty. body is the document body: one paragraph a
// line, a blank line between paragraphs.
func Segment(body, title string) (Kind, []Turn) { return segmentTitledTurns(body, title) }

// OpensWithDashLabel reports a line that opens with a courtesy title and a
// name in capitals closed by a dash ("Mr JANE ROE - Thank you"): a
// speaker's label, where a printed record's wrapped lines start a turn.
func OpensWithDashLabel(s string) bool {
	_, ok := honorificDashLabel(s, labelMemo{})
	return ok
}

// segmentTitledTurns is segmentTurns for a page with a headline, which may
// give a speaker's full name and title ("Press Briefing by Press Secretary
// Karine Jean-Pierre") where the body gives only "MS. JEAN-PIERRE:".
func segmentTitledTurns(body, title string) (Kind, []Turn) {
	paras := splitTurnParas(body)
	if len(paras) == 0 {
		return KindNews, nil
	}
	labels, stops := findTurnLabels(body, paras)
	carryChairHolders(labels)
	labels, stops = judgeLabels(body, paras, labels, stops)
	if len(labels) == 0 {
		if headedMinutes(body, title, paras) {
			// a meeting's minutes, told in reported speech: the record of
			// a sitting, with no labelled turns
			return KindTranscript, nil
		}
		if speechLike(body, title, paras) {
			return KindSpeech, nil
		}
		return KindNews, nil
	}
	turns, owners := buildTurns(body, paras, labels, stops)
	if len(turns) == 0 {
		if speechLike(body, title, paras) {
			return KindSpeech, nil
		}
		return KindNews, nil
	}
	sp := resolveSpeakers(body, title, labels)
	classifyTurns(turns, owners, labels, sp)
	speakers := map[string]bool{}
	questions := false
	for i, t := range turns {
		lb := &labels[owners[i]]
		speakers[sp[lb.key].id] = true
		if t.Kind == TurnQuestion {
			questions = true
		}
	}
	if len(speakers) >= 2 || questions {
		return KindTranscript, openingRemarks(body, title, paras, labels[owners[0]].para, turns)
	}
	for _, o := range owners {
		if lb := &labels[o]; lb.parl.stamped || lb.parl.member || lb.parl.chair && lb.name == "" {
			// one member's statement in a house's record ("The Hon. R.I.
			// LUCAS (Treasurer) (15:13): I seek leave to make a ministerial
			// statement") is a record of the sitting, and so are the
			// words of the chair named by the office alone ("MR
			// SPEAKER:"), who speaks only in a sitting
			return KindTranscript, turns
		}
	}
	// One speaker: a speech, unless a byline or a headline's name ("Rutte:
	// NATO must spend more") heads words that report on the speaker as a
	// news story does. A titled colon label ("THE PRESIDENT:") is trusted.
	trusted := true
	for _, o := range owners {
		if lb := &labels[o]; lb.ownLine || !lb.strong {
			trusted = false
		}
	}
	var v turnVoice
	for _, t := range turns {
		if trusted {
			break
		}
		for _, p := range splitTurnParas(t.Text) {
			v.count(t.Text[p.start:p.end])
		}
	}
	if !trusted && v.report > v.person {
		if speechLike(body, title, paras) {
			return KindSpeech, nil
		}
		return KindNews, nil
	}
	return KindSpeech, turns
}
