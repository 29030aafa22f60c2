package quotes

import (
	"testing"

	"github.com/communique/communique/entities"
)

// Tests of speaker resolution: who a quotation belongs to when the text
// names the speaker around it in the ways news reports do.

func TestTermUsers(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a word a named person used",
			text: "Senator Maria Lopez attacked the budget on Monday, calling it “reckless” in front of the committee.",
			want: []want{{starts: "reckless", speaker: "Maria Lopez", partial: true, term: true}},
		},
		{
			name: "accused of a phrase",
			text: "Tom Becker met voters in Dayton. Becker accused his rival of a “flip-flop” on trade.",
			want: []want{{starts: "flip-flop", speaker: "Tom Becker", partial: true, term: true}},
		},
		{
			name: "a title keeps no speaker",
			text: "Tom Becker praised the new show “Night Harbour Blues” on his radio programme.",
			want: []want{{starts: "Night Harbour Blues", term: true}},
		},
		{
			name: "no person, no speaker",
			text: "The committee approved the “fast track” rules after a short debate.",
			want: []want{{starts: "fast track", term: true}},
		},
		{
			name: "a quotation over two paragraphs, the second not opened again",
			text: "Minister Jane Roe opened the forum on Monday.\n\n\"Hence the bond between debate and diplomacy is plain; both rest on listening.\n\nDebate, like diplomacy, is a forum where views are tested,\" she said.\n\nThe forum ends on Friday.",
			want: []want{{starts: "Hence the bond", speaker: "Jane Roe", cue: "said"}},
		},
		{
			name: "a cue before a stop whose space a scrape lost",
			text: "Minister Jane Roe visited the families on Sunday.\n\n“This fire is a tragedy for every family here,” Minister Roe stated.During the visit, the teams gave out blankets.",
			want: []want{{starts: "This fire is a tragedy", speaker: "Jane Roe", cue: "stated"}},
		},
		{
			name: "a capital I opens no name",
			text: "What I will announce today has been heavily influenced by a review.\n\nI continue to discuss the concerns that were raised in “Nightwatch”. However, it is fine.",
			want: []want{{starts: "Nightwatch", term: true}},
		},
		{
			name: "a minister's style before the name after the quotation",
			text: "“We are ready,” Minister of Health, Senator the Hon. Jane Roe, told reporters. “We are here,” Minister of Trade, Industry and Tourism, Tom Becker, told reporters.",
			want: []want{{starts: "We are ready", speaker: "Jane Roe", cue: "told"}, {starts: "We are here", speaker: "Tom Becker", cue: "told"}},
		},
		{
			name: "a short name defined in brackets is no one's word",
			text: "Attorney General Jane Roe created the Harbour Crime (“HCU”) unit and signed the Accord (the “Pact”) with Tom Becker.",
			want: []want{{starts: "HCU", term: true}, {starts: "Pact", term: true}},
		},
	})
}

func TestCueLexicon(t *testing.T) {
	if _, err := parseCues("said\tfinite\tpost\n# comment\n\nsaying\tparticiple\t\n"); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"said", "said\tverb\t", "said\tfinite\tlater", "\tfinite\t"} {
		if _, err := parseCues(bad); err == nil {
			t.Errorf("parseCues(%q): no error", bad)
		}
	}
	for _, w := range []string{"said", "exclaimed", "fumed", "gushed", "interjected"} {
		if !builtinCues.post[w] {
			t.Errorf("%q does not attribute a quotation before it", w)
		}
	}
	// a Finder's extra words never reach the built-in list
	f := New(Options{Cues: []Cue{{Word: "harrumphed", Kind: CueFinite}}})
	if f.lx.cue["harrumphed"] == 0 || builtinCues.cue["harrumphed"] != 0 {
		t.Error("extra cue not kept apart from the built-in list")
	}
}

func TestReportingVerbs(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "verbs of manner after the quotation",
			text: "“We are not done yet!” Carla Mendes exclaimed. “Nobody listens to us,” Peter Haas fumed.",
			want: []want{
				{starts: "We are not done yet!", speaker: "Carla Mendes", cue: "exclaimed"},
				{starts: "Nobody listens to us", speaker: "Peter Haas", cue: "fumed"},
			},
		},
		{
			name: "a verb that only follows",
			text: "“It was a long night,” Owen Tate laughed.",
			want: []want{{starts: "It was a long night", speaker: "Owen Tate", cue: "laughed"}},
		},
		{
			name: "present tense and a question",
			text: "“The vote is lost,” Ruth Abara concludes. “Who asked for this?” Karl Penn questioned.",
			want: []want{
				{starts: "The vote is lost", speaker: "Ruth Abara", cue: "concludes"},
				{starts: "Who asked for this?", speaker: "Karl Penn", cue: "questioned"},
			},
		},
		{
			name: "an inverted verb of reaction",
			text: "“Why would they do that?” reacted Dana Pryce.",
			want: []want{{starts: "Why would they do that?", speaker: "Dana Pryce", cue: "reacted"}},
		},
		{
			name: "a question and a listener verb with its object",
			text: "“Is the plan dead?” Marta Quist asked the minister.",
			want: []want{{starts: "Is the plan dead?", speaker: "Marta Quist", cue: "asked"}},
		},
		{
			name: "a blog post",
			text: "Tom Ellery blogged: “The race was over in March.”",
			want: []want{{starts: "The race was over", speaker: "Tom Ellery", cue: "blogged"}},
		},
	})
}

func TestSpeakerPhrases(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a quotation signed after a dash on its own line, in emphasis or not",
			text: "The MoU was signed.\n\n*“We are ready to work with our partners.”* - Mr. Tom Roe, Chief Executive of the Agency\n\n“It is a good day.” — Jane Doe, Director of the Harbour Board\n\nMore text here.",
			want: []want{{starts: "We are ready", speaker: "Tom Roe"}, {starts: "It is a good day", speaker: "Jane Doe"}},
		},
		{
			name: "a person of a body: the name before the of, when the phrase names no one else",
			text: "Prices rose in May.\n\n\"Prices will rise,\" said Mark Zandi of Moody's Analytics.\n\n\"Organics matter,\" said planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory in California.",
			want: []want{{starts: "Prices will rise", speaker: "Mark Zandi", cue: "said"}, {starts: "Organics matter", speaker: "Rosaly Lopes", cue: "said"}},
		},
		{
			name: "a Markdown block quote signed on its last line",
			text: "The harbour reopened on Monday.\n\n> “The ferries will run every hour from May.”\n> \n> _Jane Roe, Minister of Transport_\n\n> “It is a great day for the town.”\n\n> _John Doe, Mayor of Portvale_\n\n> “We are ready.”\n\n> _Dr. Ann Lee, interim president & CEO, Portvale Ferries_\n",
			want: []want{
				{starts: "The ferries will run", speaker: "Jane Roe"},
				{starts: "It is a great day", speaker: "John Doe"},
				{starts: "We are ready", speaker: "Ann Lee"},
			},
		},
		{
			name: "a cue cut off into the next paragraph by a converted page's line break",
			text: "Mayor Jane Roe opened the harbour on Monday.\n\n“The ferries will run every hour,”\n\nsaid Dale Marsh, head of the port authority.",
			want: []want{{starts: "The ferries will run", speaker: "Dale Marsh", cue: "said"}},
		},
		{
			name: "a party label in parentheses between name and verb",
			text: "“The bill is dead on arrival,” Rep. John Roe II (D-Mo.) said on Tuesday.",
			want: []want{{starts: "The bill is dead", speaker: "John Roe II", cue: "said"}},
		},
		{
			name: "lower-case qualifiers before the name",
			text: "“We never saw the numbers,” former Ohio governor Dale Marsh said.",
			want: []want{{starts: "We never saw the numbers", speaker: "Dale Marsh", cue: "said"}},
		},
		{
			name: "question mark then name and apposition",
			text: "“Who pays for it?” Nora Kent, a teacher from Tulsa, asked at the meeting.",
			want: []want{{starts: "Who pays for it?", speaker: "Nora Kent", cue: "asked"}},
		},
		{
			name: "a name and a colon",
			text: "The view from the campaigns - Lena Ford and Carl Mays: “Turnout will decide this race.”",
			want: []want{{starts: "Turnout will decide", speaker: "Lena Ford and Carl Mays"}},
		},
		{
			name: "a cue set off by dashes inside the quotation",
			text: "General Ana Ruiz met the chiefs of defence in Lisbon.\n\n“We are at a turning point – said General Ruiz – and this can be achieved only together.”\n\n“On top of these issues – added Gen. Ruiz to complete the picture - the challenges are growing.”\n\n“The port is ready – Ruiz stressed –, and so are we.”",
			want: []want{
				{starts: "We are at a turning point", speaker: "Ana Ruiz", cue: "said"},
				{starts: "On top of these issues", speaker: "Ana Ruiz", cue: "added"},
				{starts: "The port is ready", speaker: "Ana Ruiz", cue: "stressed"},
			},
		},
		{
			name: "dashes inside a quotation with no cue between them",
			text: "“Two well-known facts – costs and Time Magazine – decide it.”",
			want: []want{{starts: "Two well-known facts"}},
		},
		{
			name: "a paragraph all quotation after one paragraph of report: the last speaker goes on",
			text: "“The terminal is a fine piece of work,” Minister Jane Roe said.\n\n" +
				"The plan replaces the one released by Ministers Roe and Doe in 2020.\n\n" +
				"“We also agreed to work towards a joint scheme for young workers.”\n\n" +
				"The port opened in 1990 and was rebuilt twice.\n\nIts ferries are new.\n\n" +
				"“The old quay will close.”\n\n" +
				"The mayor called it “a great day”, and the town agreed.",
			want: []want{
				{starts: "The terminal is a fine", speaker: "Jane Roe", cue: "said"},
				{starts: "We also agreed", speaker: "Jane Roe"},
				{starts: "The old quay will close"}, // two paragraphs after: no evidence
				{starts: "a great day", term: true},
			},
		},
		{
			name: "a paragraph all quotation signed below is not the last speaker's",
			text: "“We can have the briefings,” Senator Jane Roe said.\n\n@potus.\n\n“Great speech. She is ready.”\n\n-President Carl Doe,",
			want: []want{
				{starts: "We can have the briefings", speaker: "Jane Roe", cue: "said"},
				{starts: "Great speech"},
			},
		},
		{
			name: "a Markdown link's title is no quotation",
			text: "The governor then [took swift action](https://example.gov/news/disaster/ \"Original URL: https://example.gov/news/disaster/\") and “We will rebuild,” said Mayor Jane Roe.",
			want: []want{{starts: "We will rebuild", speaker: "Jane Roe", cue: "said", partial: true}},
		},
		{
			name: "a statement going on in its paragraph",
			text: "“We lost the county,” said Mara Quinn, the campaign’s director. “We will win it back in the fall.”\n\nSome unrelated text here.",
			want: []want{
				{starts: "We lost the county", speaker: "Mara Quinn", cue: "said"},
				{starts: "We will win it back", speaker: "Mara Quinn"},
			},
		},
	})
}

func TestAppositions(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a place at the end of the apposition",
			text: "Dana Price, a 41-year-old nurse from Dayton, Ohio, says the plan is “a good start.”",
			want: []want{{starts: "a good start.", speaker: "Dana Price", cue: "says", partial: true}},
		},
		{
			name: "a leading phrase and a relative clause",
			text: "Earlier this week, Dana Price, who chairs the county board, conceded the result was “deeply disappointing.”",
			want: []want{{starts: "deeply disappointing.", speaker: "Dana Price", cue: "conceded", partial: true}},
		},
		{
			name: "a surname and a place",
			text: "Dana Price spoke first. Price, during a meeting in Akron, Ohio, said she was “ready to serve.”",
			want: []want{{starts: "ready to serve.", speaker: "Dana Price", cue: "said", partial: true}},
		},
	})
}

func TestCleanSpeakers(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a day between subject and verb",
			text: "Mayor Lena Ford on Friday declared the plan “a failure from the start.”",
			want: []want{{starts: "a failure", speaker: "Lena Ford", cue: "declared", partial: true}},
		},
		{
			name: "later and a day",
			text: "Lena Ford met the press. Ford later Thursday told reporters: “We will appeal.”",
			want: []want{{starts: "We will appeal.", speaker: "Lena Ford", cue: "told"}},
		},
		{
			name: "inverted, with an office in lower case",
			text: "“The vote was close,” said former Ohio governor Dale Marsh (R), a party elder.",
			want: []want{{starts: "The vote was close", speaker: "Dale Marsh", cue: "said"}},
		},
	})
	for in, want := range map[string]string{"Roe’s": "Roe", "Jane Roe on Friday": "Jane Roe", "Jane Roe Friday": "Jane Roe", "Dave Sunday": "Dave Sunday", "Democratic": "", "a Republican": "", "Jane Roe": "Jane Roe"} {
		if got := cleanSpeaker(in); got != want {
			t.Errorf("cleanSpeaker(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNounNotCue(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a noun after a quoted term",
			text: "The study counted thousands of “dark money” reports that the groups filed.",
			want: []want{{starts: "dark money", term: true}},
		},
		{
			name: "comma forgotten before an inverted verb",
			text: "“We will not stop here” said Nora Kent, the group’s leader.",
			want: []want{{starts: "We will not stop here", speaker: "Nora Kent", cue: "said"}},
		},
	})
}

func TestTermUserAppositions(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "subject with an apposition before the verb",
			text: "Laura Whitfield, a nurse from Dayton, accused the board of a “betrayal” in her letter.",
			want: []want{{starts: "betrayal", speaker: "Laura Whitfield", partial: true, term: true}},
		},
	})
}

func TestSameSurname(t *testing.T) {
	offs := []entities.Official{{Name: "Donald J. Trump", Title: "President", Aliases: []string{"Trump", "Mr. Trump"}}}
	runCases(t, []findCase{
		{
			name: "a relative with the official's surname",
			text: "President Donald J. Trump spoke first. “We will keep going,” Eric Trump said.",
			offs: offs,
			want: []want{{starts: "We will keep going", speaker: "Eric Trump", cue: "said"}},
		},
		{
			name: "the surname alone is the official",
			text: "President Donald J. Trump spoke first. “We will keep going,” Trump said.",
			offs: offs,
			want: []want{{starts: "We will keep going", speaker: "Donald J. Trump", cue: "said"}},
		},
		{
			name: "a party label between subject and verb",
			text: "Gov. Phil Mason (R) said he expects an “aggressive appeal” of the ruling.",
			want: []want{{starts: "aggressive appeal", speaker: "Phil Mason", cue: "said", partial: true}},
		},
	})
}

func TestPullQuoteSignatures(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a dash and a name",
			text: "The claims were checked.\n\n“Wages have not grown in forty years.”\n\n- Nora Kent.\n\nThe figure is out of date.",
			want: []want{{starts: "Wages have not grown", speaker: "Nora Kent"}},
		},
		{
			name: "a name and an institute, with a full stop",
			text: "The claims were checked.\n\n“Wages have not grown in forty years.”\n\nNora Kent, Institute for Labor Research.\n\nThe figure is out of date.",
			want: []want{{starts: "Wages have not grown", speaker: "Nora Kent"}},
		},
	})
}

func TestInvertedPhrase(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a name after an organisation and an office word",
			text: "“The race is wide open,” said former Becker adviser Nora Kent.",
			want: []want{{starts: "The race is wide open", speaker: "Nora Kent", cue: "said"}},
		},
	})
}

func TestTermUserAfterOpening(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "an opening participle phrase before the subject",
			text: "Speaking at a rally in Akron, Tom Becker accused his rival of a “betrayal” of workers.",
			want: []want{{starts: "betrayal", speaker: "Tom Becker", partial: true, term: true}},
		},
	})
}

func TestPartyLabelApposition(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a party label and a participle phrase",
			text: "Sen. Nora Kent (D-Ill.), noting the size of the crowd, said, “This is a movement.”",
			want: []want{{starts: "This is a movement.", speaker: "Nora Kent", cue: "said"}},
		},
	})
}

func TestInvertedVerbNameAndMedium(t *testing.T) {
	runPeopleCases(t, []findCase{{
		name: "an inverted verb, a name and the medium",
		text: "“It rolls off the tongue, doesn’t it?” wrote Larry Dunn on Hot Air. “Nobody listens,” said Ruth Abara on Fox News.",
		want: []want{
			{starts: "It rolls off the tongue", speaker: "Larry Dunn"},
			{starts: "Nobody listens", speaker: "Ruth Abara"},
		},
	}})
}

func TestParticipleAfterReportingVerb(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "said, adding",
			text: "Tom Brand left after prayers, Ali Nassar said, adding, “He was not very religious.”",
			want: []want{{starts: "He was not", speaker: "Ali Nassar", cue: "adding"}},
		},
		{
			name: "added, saying",
			text: "Judge Rita Coe cannot rule on that “from her perspective,” Karl Wend added, saying it should be “up to the prosecutor to move forward or not.”",
			want: []want{
				{starts: "from her perspective", speaker: "Karl Wend", cue: "added", partial: true},
				{starts: "up to the prosecutor", speaker: "Karl Wend", cue: "saying", partial: true},
			},
		},
	})
}

func TestTermUserOpeningNameAndGerund(t *testing.T) {
	runPeopleCases(t, []findCase{
		{
			name: "the name and apposition that open the sentence",
			text: "Chris Cole, the state’s sitting governor, repeated that Mark Rubin recites the same lines, calling him a “talented guy” on the stump.",
			want: []want{{starts: "talented guy", speaker: "Chris Cole", partial: true, term: true}},
		},
		{
			name: "a name before a gerund is no subject",
			text: "Horrified at the prospect of Don Trent becoming mayor, Jorge Ramos believes in journalism that “takes sides.”",
			want: []want{{starts: "takes sides", speaker: "Jorge Ramos", partial: true, term: true}},
		},
	})
}

func TestCapitalisedSentenceGoesOn(t *testing.T) {
	runCases(t, []findCase{{
		name: "a capitalised whole sentence after a statement",
		text: "“Two people have the skills to do that,” said Rick Walsh, a strategist. “That’s Tom Hale and Ann Lee.”",
		want: []want{
			{starts: "Two people", speaker: "Rick Walsh", cue: "said"},
			{starts: "That’s Tom Hale", speaker: "Rick Walsh"},
		},
	}})
}

func TestInfinitiveAfterNamingWord(t *testing.T) {
	runPeopleCases(t, []findCase{{
		name: "an infinitive after a naming word is no name",
		text: "The plan is big.\n\nDon Trent has even claimed he will enact a massive initiative to “create the biggest economic boom in this country since the war.”",
		want: []want{{starts: "create the biggest", speaker: "Don Trent"}},
	}})
}

func TestVerbIntroducingTheNextQuotation(t *testing.T) {
	runPeopleCases(t, []findCase{{
		name: "a name and verb that open the next quotation",
		text: "Ann Clift emailed her aide Kim Mills in April.\n\nClift responds to Mills with, “Why now? That was on my way to Lagos?” Mills then writes back, “You look great.”",
		want: []want{
			{starts: "Why now?", speaker: "Ann Clift"},
			{starts: "You look great.", speaker: "Kim Mills"},
		},
	}})
}

func TestContractedPronounSubject(t *testing.T) {
	runPeopleCases(t, []findCase{{
		name: "a pronoun with a contracted auxiliary",
		text: "Don Trent spoke at the rally.\n\nLater he’d told reporters that the county was “ours to lose by a mile.”",
		want: []want{{starts: "ours to lose", speaker: "Don Trent"}},
	}})
}

func TestPhrasalReplyAndAspectVerb(t *testing.T) {
	runPeopleCases(t, []findCase{
		{
			name: "fired back before the quotation",
			text: "When Don Trent suggested that the city would sue, Marco Ruiz fired back forcefully: “If they sue us in a court here, they are going to lose.”",
			want: []want{{starts: "If they sue", speaker: "Marco Ruiz"}},
		},
		{
			name: "a participle after an aspect verb",
			text: "Ann Clift testified on Monday, and Sen. Ron Jonas (R-Wis.) kept asking her why the office had tied the riot to “spontaneous and unplanned” protests.",
			want: []want{{starts: "spontaneous", speaker: "Ron Jonas"}},
		},
	})
}

func TestPassiveReportingAgent(t *testing.T) {
	runPeopleCases(t, []findCase{{
		name: "asked by a named host",
		text: "Ben Sands spoke on the show.\n\nSands was asked by host Bill Marr, who supports him, “Now, you famously said you were tired of the story, has it not moved on?”",
		want: []want{{starts: "Now, you famously", speaker: "Bill Marr"}},
	}, {
		name: "asked by a network's moderator",
		text: "Marc Rubin was asked by Fox Business moderator Gerald Baker whether his plan would risk “adding another expensive program to an overburdened budget.”",
		want: []want{{starts: "adding another", speaker: "Gerald Baker"}},
	}})
}

func TestRepeatedQuotation(t *testing.T) {
	runCases(t, []findCase{{
		name: "a pull quote repeated with its attribution",
		text: "Voters line up early.\n\n‘Our mayor is not a crook, people.’\n\nThe crowd cheered. “Our mayor is not a crook, people,” said Lena Vell, a retired teacher.",
		want: []want{
			{starts: "Our mayor is not a crook", speaker: "Lena Vell"},
			{starts: "Our mayor is not a crook", speaker: "Lena Vell", cue: "said"},
		},
	}, {
		name: "short words repeated are no evidence",
		text: "The plan drew scorn.\n\n“A total mess.”\n\n“A total mess,” said Lena Vell.",
		want: []want{
			{starts: "A total mess."},
			{starts: "A total mess", speaker: "Lena Vell", cue: "said"},
		},
	}})
}

// A nickname in quotation marks inside a name is no quotation, and the
// name reads through it; a family name written first ("said Ko") is the
// official whose name it opens.
func TestNicknamesAndFamilyNamesFirst(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "nickname",
			text: "“The exercise shows what partners can do,” said Gen. Robert “Bobby” Lindqvist, commander of the task force.",
			want: []want{{starts: "The exercise shows", speaker: "Robert “Bobby” Lindqvist"}},
		},
		{
			name: "capitalised term after no given name",
			text: "Critics called the Harbour “Fiasco” Plan a waste of money.",
			want: []want{{starts: "Fiasco", partial: true}},
		},
		{
			name: "family name first",
			text: "Rear Admiral Park Min-jun handed over command on Monday.\n\n“We have kept the sea lanes open,” said Park.",
			offs: []entities.Official{{Name: "Park Min-jun", Title: "Rear Admiral", Aliases: []string{"Rear Admiral Park Min-jun"}}},
			want: []want{{starts: "We have kept", speaker: "Park Min-jun"}},
		},
	})
}

func TestDescriptionSpeakers(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "an unnamed adviser with a capitalised modifier",
			text: "Dana Voss campaigned in Reno.\n\n“That will help him with the base,” said a senior Voss adviser.",
			want: []want{{starts: "That will help", speaker: "senior Voss adviser", cue: "said"}},
		},
		{
			name: "a definite description no named person fits",
			text: "The budget vote was delayed again.\n\n“I have no regrets,” the Ohio governor told reporters.",
			want: []want{{starts: "I have no regrets", speaker: "Ohio governor"}},
		},
		{
			name: "a quantifier is no part of the speaker",
			text: "Lines were long in Tulsa.\n\n“I waited two hours,” one voter said.",
			want: []want{{starts: "I waited", speaker: "voter"}},
		},
		{
			name: "the description goes on speaking in the paragraph",
			text: "The board met on Monday.\n\n“We were ready,” said a delegate. “Nobody asked us.”",
			want: []want{
				{starts: "We were ready", speaker: "delegate", cue: "said"},
				{starts: "Nobody asked", speaker: "delegate"},
			},
		},
		{
			name: "a thing is no described speaker",
			text: "The board met on Monday.\n\n“The plan is sound,” a statement said.",
			want: []want{{starts: "The plan is sound", speaker: ""}},
		},
		{
			name: "a participle closes no description",
			text: "The board met on Monday.\n\n“The plan is sound,” said the document filed on Friday.",
			want: []want{{starts: "The plan is sound", speaker: ""}},
		},
	})
}

func TestDescriptionModifiersMustFit(t *testing.T) {
	runPeopleCases(t, []findCase{
		{
			name: "the state of the description is the person's",
			text: "Sen. Maria Cole (D-Ohio) spoke on Friday.\n\n“We need more time,” the Ohio senator said.",
			want: []want{{starts: "We need more time", speaker: "Maria Cole"}},
		},
		{
			name: "a state abbreviated after the name",
			text: "Sen. Maria Cole (D-Mass.) spoke on Friday.\n\n“We need more time,” the Massachusetts senator said.",
			want: []want{{starts: "We need more time", speaker: "Maria Cole"}},
		},
		{
			name: "a senator of another state is not the one described",
			text: "Sen. Tom Hart (R-Utah) spoke on Friday.\n\n“We need more time,” the Texas senator said.",
			want: []want{{starts: "We need more time", speaker: "Texas senator"}},
		},
	})
	runCases(t, []findCase{
		{
			name: "a senator of another state is not the one described",
			text: "Sen. Tom Hart (R-Utah) spoke on Friday.\n\n“We need more time,” the Texas senator said.",
			want: []want{{starts: "We need more time", speaker: "Texas senator"}},
		},
		{
			name: "a leader of another chamber is not the one described",
			text: "House Speaker Dana Ward opened the session.\n\n“It shows poor judgment,” said the Senate minority leader.",
			want: []want{{starts: "It shows poor judgment", speaker: "Senate minority leader"}},
		},
	})
}

// A subject phrase of capitalised modifiers and a person noun ("The
// Florida senator") is a description to resolve, not a name ("Florida").
func TestCapitalisedModifiersOfPersonNoun(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a senator described by the state (the people of the text unknown)",
			text: "Sen. Marco Ruiz (R-Fla.) spoke on Friday.\n\nThe Florida senator said, “We still have a prayer of winning the state.”",
			want: []want{{starts: "We still have", speaker: "Florida senator", cue: "said"}},
		},
		{
			name: "no name in the modifiers of a term's user",
			text: "Sen. Marco Ruiz spoke on Friday.\n\nThe Florida senator still had “a prayer” of winning the state.",
			want: []want{{starts: "a prayer", term: true}},
		},
	})
}

func TestDescriptionPostmodifiers(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "the person a description relates to",
			text: "The campaign met on Monday.\n\n“He does not know the new media,” said a longtime adviser to Dana Ward, who asked not to be named.",
			want: []want{{starts: "He does not know", speaker: "longtime adviser to Dana Ward", cue: "said"}},
		},
		{
			name: "the people a postmodifier relates to",
			text: "The campaign met on Monday.\n\n“It is a serious problem,” said a person close to the Wards.",
			want: []want{{starts: "It is a serious", speaker: "person close to the Wards", cue: "said"}},
		},
		{
			name: "a source familiar with something",
			text: "The talks resumed on Monday.\n\n“Nothing is settled yet,” said a source familiar with the talks.",
			want: []want{{starts: "Nothing is settled", speaker: "source familiar", cue: "said"}},
		},
		{
			name: "a capitalised person noun before the postmodifier",
			text: "The party met on Monday.\n\n“We will not back down,” said a Republican involved in the effort.",
			want: []want{{starts: "We will not", speaker: "Republican involved", cue: "said"}},
		},
		{
			name: "the postmodifier's object stands before the verb",
			text: "The talks went on.\n\nAnother source familiar with the plan said, “We are ready to sign.”",
			want: []want{{starts: "We are ready", speaker: "source familiar", cue: "said"}},
		},
		{
			name: "a postmodifier after no person noun",
			text: "The party met on Monday.\n\n“We will not back down,” said a memo close to the top of the pile.",
			want: []want{{starts: "We will not", speaker: ""}},
		},
	})
}

func TestDescriptionWithCapitalisedModifiers(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "an adjective before the capitalised words",
			text: "The rally ended late.\n\n“We have to raise the rates,” the presumptive Democratic presidential nominee told reporters.",
			want: []want{{starts: "We have to raise", speaker: "presumptive Democratic presidential nominee", cue: "told"}},
		},
		{
			name: "a name closing the phrase is no description",
			text: "The rally ended late.\n\n“We have to raise the rates,” the party's nominee Dana Voss told reporters.",
			want: []want{{starts: "We have to raise", speaker: "Dana Voss", cue: "told"}},
		},
	})
}

// A text quoted is no person's statement: a name after "in" before a colon
// is the preposition's object ("at issue in Roe Holdings:"), and a cue
// whose subject is "which" ("section 2283, which says") quotes a thing,
// not the person last named.
func TestQuotedTexts(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a name after in before a colon",
			text: "Mr. Becker, why not follow the statute? It is close to the language at issue in Roe Holdings: “No civil action shall be instituted.”",
			want: []want{{starts: "No civil action", speaker: ""}},
		},
		{
			name: "which says",
			text: "Justice Maria Lopez asked Mr. Becker about it. The rule is the same as section 2283, which says “courts may not stay a proceeding.”",
			want: []want{{starts: "courts may not stay", speaker: "", partial: true}},
		},
	})
}

// Parliamentary speech: a form of address opens the sentence before its
// subject ("My Lords, the Minister, Jane Roe, said"), and a quotation set
// apart follows "said … that," or "described by … as," in the paragraph
// before it, the comma after "that" or "as" setting nothing apart.
func TestParliamentaryQuotations(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a form of address before the subject",
			text: "My Lords, the Minister, Jane Roe, said that “we will review it again”.",
			want: []want{{starts: "we will review", speaker: "Jane Roe", partial: true}},
		},
		{
			name: "Colleagues",
			text: "Colleagues, the Minister, Jane Roe, said that “we will review it again”.",
			want: []want{{starts: "we will review", speaker: "Jane Roe", partial: true}},
		},
		{
			name: "said that, over the quotation",
			text: "My honourable friend the Minister, Jane Roe, said in July of last year that,\n\n“the review shows that there are credible alternatives”.",
			want: []want{{starts: "the review shows", speaker: "Jane Roe", partial: true}},
		},
		{
			name: "described by as, over the quotation",
			text: "The sixth edition was described by Jane Roe as,\n\n“clear, elegant and full of dry wit”.",
			offs: []entities.Official{{Name: "Jane Roe", Title: "Minister", Mentions: []entities.Span{{Start: 35, End: 43}}}},
			want: []want{{starts: "clear, elegant", speaker: "Jane Roe", partial: true}},
		},
	})
}

// A person named with a possessive ("for Dr Lee's contributions") is that
// person, of the gender the text's people give her, so that "He" after it
// is the man named before.
func TestPossessivePersonGender(t *testing.T) {
	text := "Dr Starry Lee Wai-king has resigned. She served for two years. The Chief Secretary, Mr Tom Chan, expressed his thanks for Dr Lee's contributions. He said, \"Dr Lee led the work well.\""
	people := []entities.Person{
		{Name: "Starry Lee Wai-king", Gender: "female", Mentions: []entities.Span{{Start: 3, End: 22}}},
		{Name: "Tom Chan", Gender: "male", Mentions: []entities.Span{{Start: 87, End: 95}}},
	}
	got := New(Options{}).FindPeople(text, nil, people)
	if len(got) != 1 || got[0].Speaker != "Tom Chan" {
		t.Fatalf("got %+v, want one quote of Tom Chan", got)
	}
}

// TestLocalTitleShortNames: a local official's title or its abbreviation
// before the surname ("DA Roe", "Supervisor Becker") is the person named
// in full before.
func TestLocalTitleShortNames(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a district attorney's abbreviation",
			text: "Harbour County District Attorney Jane Roe announced today that the bill was signed.\n\n“This is a common-sense law,” DA Roe said.",
			want: []want{{starts: "This is a common-sense law", speaker: "Jane Roe", cue: "said"}},
		},
		{
			name: "a county supervisor",
			text: "Supervisor Tom Becker secured the funds on Monday.\n\n“Because testing costs money, we paid for it,” Supervisor Becker said.",
			want: []want{{starts: "Because testing costs money", speaker: "Tom Becker", cue: "said"}},
		},
	})
}
