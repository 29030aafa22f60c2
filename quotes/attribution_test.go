package quotes

import (
	"testing"

	"github.com/communique/communique/entities"
)

// Tests of attribution evidence: a speaker comes from a cue, a
// continuation or a person named close by, never from a person named
// paragraphs earlier; the people of the text tell where a name starts.

// runPeopleCases is runCases with the persons entities.Extractor finds in
// each text, as the pipeline passes them.
func runPeopleCases(t *testing.T, cases []findCase) {
	t.Helper()
	f := New(Options{})
	x := entities.New(entities.Options{})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			offs, _, people := x.FindAll(c.text)
			got := f.FindPeople(c.text, offs, people)
			checkInvariants(t, c.text, got)
			if len(got) != len(c.want) {
				for _, q := range got {
					t.Logf("got %q speaker %q cue %q", q.Text, q.Speaker, q.Cue)
				}
				t.Fatalf("got %d quotations, want %d", len(got), len(c.want))
			}
			for i, w := range c.want {
				if got[i].Speaker != w.speaker {
					t.Errorf("quote %d (%q): speaker %q, want %q", i, w.starts, got[i].Speaker, w.speaker)
				}
			}
		})
	}
}

func TestNoEvidenceNoSpeaker(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a quotation far from any person",
			text: "Marta Quist opened the fair on Saturday.\n\nThe stalls sold bread and honey.\n\nRain came in the afternoon and the crowd thinned.\n\n“Best weekend of the year.”",
			want: []want{{starts: "Best weekend"}},
		},
		{
			name: "the next paragraph continues the speaker",
			text: "“We will reopen the mill,” Marta Quist said on Friday.\n\n“It will take a year.”",
			want: []want{
				{starts: "We will reopen", speaker: "Marta Quist", cue: "said"},
				{starts: "It will take", speaker: "Marta Quist"},
			},
		},
	})
}

func TestDescribedNameAfterQuote(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "an adjective before the name",
			text: "“We will not back down,” an angry Pell retorted.",
			want: []want{{starts: "We will not", speaker: "Pell", cue: "retorted"}},
		},
		{
			name: "a kinship word before the name",
			text: "“He was excited to travel,” his cousin Ravi Menon added.",
			want: []want{{starts: "He was excited", speaker: "Ravi Menon", cue: "added"}},
		},
		{
			name: "a role word and an apposition",
			text: "“We have had better weeks,” delegate Rosa Lind, wearing a straw hat, said quietly.",
			want: []want{{starts: "We have had", speaker: "Rosa Lind", cue: "said"}},
		},
	})
}

func TestNameAfterUnknownTitle(t *testing.T) {
	runPeopleCases(t, []findCase{
		{
			name: "a county office before the name",
			text: "“The footage shows intent,” Lake County Sheriff Dan Kole said at a briefing.",
			want: []want{{starts: "The footage", speaker: "Dan Kole"}},
		},
		{
			name: "a city office before the name",
			text: "“Residents are tired,” said Dayton Alderman Tom B. Rusk, who wants a new plan.",
			want: []want{{starts: "Residents", speaker: "Tom B. Rusk"}},
		},
	})
}

func TestSubjectAcrossAppositions(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "an opener, a party label and a participle phrase",
			text: "But Sen. Hugh Barton (D-Ill.), noting the size of the crowd, said, “Let me tell you, it is big.”",
			want: []want{{starts: "Let me tell", speaker: "Hugh Barton", cue: "said"}},
		},
		{
			name: "a relative clause before the verb of a participle",
			text: "Omar Haddad, who served two tours, also criticised the plan, noting that its author has “sacrificed nothing” for it.",
			want: []want{{starts: "sacrificed nothing", speaker: "Omar Haddad", partial: true}},
		},
		{
			name: "a parenthesis before the verb of a participle",
			text: "Sen. Carl Weiss (I-Vt.) visited a studio to discuss his remarks, saying that “on her worst day” she would still win.",
			want: []want{{starts: "on her worst day", speaker: "Carl Weiss", partial: true}},
		},
		{
			name: "an unnamed source does not hide the reporting verb",
			text: "Li Wen, a member of the committee, said on Tuesday that according to its count the party had won, but “we are still counting the seats.”",
			want: []want{{starts: "we are still", speaker: "Li Wen", partial: true}},
		},
		{
			name: "an inverted verb opening the sentence",
			text: "Said Dora Pine, who grew up on the same street, “We were all so proud of him.”",
			want: []want{{starts: "We were all", speaker: "Dora Pine", partial: true}},
		},
		{
			name: "an office in lower case with its object before the name",
			text: "“The first defence is at home,” said former secretary of state Ellen Varga, who praised the plan.",
			want: []want{{starts: "The first defence", speaker: "Ellen Varga", cue: "said"}},
		},
		{
			name: "an office ending with a body before the name",
			text: "The Head of Interpol's Western Cyber Centre, Dora Pine, said: “This case shows that cooperation is the key.”",
			want: []want{{starts: "This case shows", speaker: "Dora Pine", cue: "said"}},
		},
		{
			name: "a clause after the quotation is not its cue",
			text: "Glen Foster had previously said, “We will see,” when asked whether he would run.",
			want: []want{{starts: "We will see", speaker: "Glen Foster", cue: "said"}},
		},
	})
}

func TestNameAndVerbAfterFullStop(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a bare name and verb after a closed sentence",
			text: "Voters lined up early.\n\n“It is over for them.” Pell said.",
			want: []want{{starts: "It is over", speaker: "Pell", cue: "said"}},
		},
		{
			name: "a new sentence after the quotation is not its cue",
			text: "“We won the vote.” Pell said the count was slow.",
			want: []want{{starts: "We won"}},
		},
	})
}

func TestSpeakerKind(t *testing.T) {
	f := New(Options{})
	for _, c := range []struct{ text, speaker, kind string }{
		{"“We reject the claim,” the campaign said in a statement.", "campaign", KindOrganization},
		{"The Foreign Ministry said, “We reject the claim.”", "Foreign Ministry", KindOrganization},
		{"The department said it would “review every single case on its merits.”", "department", KindOrganization},
		{"“It is done,” Jane Roe said.", "Jane Roe", KindPerson},
		{"“It is done,” Jane Roe said. “Now we rest.”", "Jane Roe", KindPerson},
		{"The theme of the fair was “Open Doors”.", "", ""},
		// a name after the article is a publication's or a body's, not a
		// person's where it is a demonym or a party's member
		{"The Atlantic called it, “the most tech-savvy government.”", "Atlantic", KindOrganization},
		{"The Swedish Prosecution Authority said the case was “closed.”", "Swedish Prosecution Authority", KindOrganization},
		{"“We will win,” the Texan said.", "", ""},
	} {
		got := f.Find(c.text, nil)
		if len(got) == 0 {
			t.Errorf("%q: no quotation", c.text)
			continue
		}
		q := got[len(got)-1]
		if q.Speaker != c.speaker || q.SpeakerKind != c.kind {
			t.Errorf("%q: speaker %q kind %q, want %q %q", c.text, q.Speaker, q.SpeakerKind, c.speaker, c.kind)
		}
	}
	if New(Options{}).lx.org["caucus"] || !New(Options{OrganizationNouns: []string{"Caucus"}}).lx.org["caucus"] {
		t.Error("organisation nouns of one Finder leak into another or are not added")
	}
}

func TestSpeakerSpan(t *testing.T) {
	f := New(Options{})
	for _, c := range []struct{ text, mention string }{
		{"“We will appeal,” Sen. Jane Roe said on Monday.", "Sen. Jane Roe"},
		{"Ms. Jane Roe spoke first.\n\n“We will appeal,” she said.", "she"},
		{"“We reject the claim,” the campaign said.", "the campaign"},
		{"“We will appeal,” said Jane Roe, a nurse from Dayton.", "Jane Roe"},
		{"Jane Roe, who chairs the panel, said: “We will appeal.”", "Jane Roe"},
	} {
		got := f.Find(c.text, nil)
		if len(got) != 1 {
			t.Errorf("%q: %d quotations", c.text, len(got))
			continue
		}
		q := got[0]
		if q.SpeakerEnd <= q.SpeakerStart || q.SpeakerEnd > len(c.text) || c.text[q.SpeakerStart:q.SpeakerEnd] != c.mention {
			t.Errorf("%q: speaker %q span [%d,%d), want the mention %q", c.text, q.Speaker, q.SpeakerStart, q.SpeakerEnd, c.mention)
		}
	}
	// no speaker, no span
	for _, q := range f.Find("The theme of the fair was “Open Doors”.", nil) {
		if q.SpeakerStart != 0 || q.SpeakerEnd != 0 {
			t.Errorf("a term has a speaker span: %+v", q)
		}
	}
}

func TestNameWithAppositionAfterQuote(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a relative clause without a closing comma",
			text: "“The model needs work,” Nate Varo, the pollster who founded the site tweeted on Wednesday.",
			want: []want{{starts: "The model", speaker: "Nate Varo", cue: "tweeted"}},
		},
		{
			name: "an apposition with commas of its own",
			text: "“The plans will not be enough,” Anne Lusk, assistant secretary for housing, schools, and transport, said on the same call.",
			want: []want{{starts: "The plans", speaker: "Anne Lusk", cue: "said"}},
		},
		{
			name: "a quoted name inside the apposition",
			text: "“We have had better years,” state delegate Bill Marsh, wearing a hat and “Vote” pins, said quietly.",
			want: []want{{starts: "We have had", speaker: "Bill Marsh", cue: "said"}, {starts: "Vote", term: true}},
		},
		{
			name: "a relative clause's verb is not the cue",
			text: "“We lost,” Jane Roe, who said the count was late, admitted.",
			want: []want{{starts: "We lost", speaker: "Jane Roe", cue: "admitted"}},
		},
		{
			name: "a party label with a full stop",
			text: "“That is not our view,” Senate Leader Tom Ash, R-Ky., said.",
			want: []want{{starts: "That is not", speaker: "Tom Ash", cue: "said"}},
		},
	})
}

func TestPhrasalReplies(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "shot back",
			text: "“He wants to look tough,” Pell shot back. “Let me talk.”",
			want: []want{{starts: "He wants", speaker: "Pell", cue: "shot"}, {starts: "Let me talk", speaker: "Pell"}},
		},
		{
			name: "went on",
			text: "“You know, it happens,” Doe went on.",
			want: []want{{starts: "You know", speaker: "Doe", cue: "went"}},
		},
		{
			name: "a verb of motion before a quotation is no cue",
			text: "The jury went on “a long break” before noon.",
			want: []want{{starts: "a long break", term: true}},
		},
	})
}

func TestDefiniteDescriptions(t *testing.T) {
	runPeopleCases(t, []findCase{
		{
			name: "a state and an office",
			text: "Sen. Maria Cole, an Ohio Democrat, spoke at the dinner on Friday.\n\n“We need more funding,” the Ohio senator said.",
			want: []want{{starts: "We need", speaker: "Maria Cole"}},
		},
		{
			name: "a role the apposition gave",
			text: "Tom Ruiz, a spokesman for the mayor, was asked about the plan. “We are looking at it,” the spokesman said.",
			want: []want{{starts: "We are looking", speaker: "Tom Ruiz"}},
		},
		{
			name: "an indefinite description is someone new",
			text: "Sen. Maria Cole spoke at the dinner.\n\n“It is a disaster,” said a senior adviser to the governor.",
			want: []want{{starts: "It is a disaster", speaker: "senior adviser"}},
		},
		{
			name: "no one with that role",
			text: "Tom Ruiz, a spokesman for the mayor, spoke first.\n\n“We will see,” the spokeswoman said.",
			want: []want{{starts: "We will see", speaker: "spokeswoman"}},
		},
	})
}

func TestRoleTable(t *testing.T) {
	lx := builtinCues
	for _, c := range []struct {
		desc, noun string
		want       bool
	}{
		{"Sen.", "senator", true},
		{"Sen.", "lawmaker", true},
		{"a spokeswoman for the mayor", "spokeswoman", true},
		{"Gov.", "senator", false},
		{"the senator stated that", "senator", false},
	} {
		if got := lx.describes(c.desc, c.noun); got != c.want {
			t.Errorf("describes(%q, %q) = %v, want %v", c.desc, c.noun, got, c.want)
		}
	}
}

// The reporter of an indirect statement ("…, said Jane Roe, an
// economist.") is the person a pronoun in the next sentence refers to.
func TestInvertedReporterTracked(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "said NAME after indirect speech",
			text: "Prices have risen for a year, said Mary Lovett, an economist at Acme University. \"We expect more of the same,\" she said.",
			want: []want{{starts: "We expect more", speaker: "Mary Lovett"}},
		},
		{
			name: "a lower-case subject after the verb is no reporter",
			text: "Prices have risen for a year, said the report of the bureau. \"We expect more of the same,\" she said.",
			want: []want{{starts: "We expect more"}},
		},
	})
}

// A member's letters after the name ("Jane Roe MP") are neither part of
// the name nor a title that a name follows.
func TestSpeakerWithPostNominal(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "title, name and letters before a colon",
			text: "The ministers met in Madrid.\n\nDefence Secretary Jane Roe MP said:\n\n\"Spain is a key partner for our armed forces.\"\n\nThey discussed other things.",
			want: []want{{starts: "Spain is a key partner", speaker: "Jane Roe"}},
		},
	})
}

// Dotted initials are one word with their last full stop ("U.S."), so a
// description opening with them leads to its name, after the verb or
// before it.
func TestDottedInitialsInDescription(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "after the verb",
			text: "\"We are proud to award the grants,\" said U.S. Transportation Secretary Jane Roe.",
			want: []want{{starts: "We are proud", speaker: "Jane Roe"}},
		},
		{
			name: "before the verb",
			text: "\"We are proud to award the grants,\" U.K. Transport Secretary Jane Roe said.",
			want: []want{{starts: "We are proud", speaker: "Jane Roe"}},
		},
		{
			name: "in an apposition",
			text: "\"We are proud to award the grants,\" said the U.S. Transportation Secretary, Jane Roe.",
			want: []want{{starts: "We are proud", speaker: "Jane Roe"}},
		},
		{
			// the initials are no bare surname of the clause's subject
			name: "in a description",
			text: "\"There is little to do,\" said a former U.S. official who led the inquiry and described the case as \"a lesser set of circumstances.\"",
			want: []want{{starts: "There is little", speaker: "former U.S. official"}, {starts: "a lesser set", speaker: "", partial: true}},
		},
	})
}

// A heading that attributes the quotations under it: "Comments
// attributed to Minister X:", "Quotes attributable to X:", its title
// holding "and" ("Education and Training Minister").
func TestAttributedHeading(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "comments attributed to a titled minister",
			text: "The tour was announced.\n\nComments attributed to Education and Training Minister Jane Roe:\n\n\"The tour is a unique opportunity for students.\n\n\"They will learn a lot.\"\n\nMinister's office - 5555 0000",
			// (paragraphs that each open a quotation mark and only the
			// last closes are one quotation)
			want: []want{{starts: "The tour is a unique", speaker: "Jane Roe"}},
		},
		{
			name: "quotes attributable to a name",
			text: "The boat was launched.\n\nQuotes attributable to Jane Roe:\n\n\"We have supported the business.\"",
			want: []want{{starts: "We have supported", speaker: "Jane Roe"}},
		},
		{
			name: "a title with and before a colon",
			text: "The tour was announced.\n\nEducation and Training Minister Jane Roe said:\n\n\"The tour is a unique opportunity.\"",
			want: []want{{starts: "The tour is a unique", speaker: "Jane Roe"}},
		},
	})
}

// The name after the comma that closes an attribution: a title then the
// name, or an organisation's name with commas then its officer.
func TestSpeakerAfterTitleComma(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a title, then the name",
			text: "The farm was closed.\n\n“Illicit farms harm the land,” stated the Department’s Northern Law Enforcement Commander, Kevin Marsh. “We thank the police.”",
			want: []want{{starts: "Illicit farms", speaker: "Kevin Marsh"}, {starts: "We thank", speaker: "Kevin Marsh"}},
		},
		{
			name: "an agency named with commas, then its officer",
			text: "The director was confirmed.\n\n“From day one, she has led well,” said Business, Consumer Services and Housing Agency Secretary Lourdes Castro.",
			want: []want{{starts: "From day one", speaker: "Lourdes Castro"}},
		},
		{
			name: "a name, then the party and state",
			text: "The senators spoke.\n\n“The doubt comes from people,” said Senator Kirsten Gale, Democrat of New York.",
			want: []want{{starts: "The doubt comes", speaker: "Kirsten Gale"}},
		},
	})
}

func TestPullQuoteSignedWithClosingMark(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "the closing mark after the signature",
			text: "Economists were split on the plan.\n\n\"We are going to enter the next recession without a plan.\n\nJane Roe, Center for Budget Studies.\"\n\nOthers disagreed.",
			want: []want{{starts: "We are going", speaker: "Jane Roe"}},
		},
		{
			name: "honorifics before the signature's name",
			text: "Economists were split on the plan.\n\n\"We are going to enter the next recession without a plan.\n\nHis Excellency Professor Jane Roe, Center for Budget Studies.\"\n\nOthers disagreed.",
			want: []want{{starts: "We are going", speaker: "Jane Roe"}},
		},
		{
			name: "a closed quotation is not signed by a marked line",
			text: "Economists were split on the plan.\n\n\"We are going to enter the next recession without a plan.\"\n\nJane Roe, Center for Budget Studies.\"",
			want: []want{{starts: "We are going"}},
		},
	})
}

func TestMoreSubjectShapes(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a subject after an opening phrase, with a party label",
			text: "In a statement released Thursday, Rep. Hal Jeff (D-N.Y.) reacted to the news, saying: “This is shameful.”",
			want: []want{{starts: "This is shameful", speaker: "Hal Jeff", cue: "saying"}},
		},
		{
			name: "an adverb between subject and verb",
			text: "Carter however said he would welcome a “principled security network” for the region.",
			want: []want{{starts: "principled", speaker: "Carter", cue: "said", partial: true}},
		},
		{
			name: "a pronoun after a subject with an opener",
			text: "Although Weiner admitted that they had “been friends for some time,” he claimed they never met.",
			want: []want{{starts: "been friends", speaker: "Weiner", cue: "claimed", partial: true}},
		},
		{
			name: "a verb inverted between commas",
			text: "Because of how the schedule was made, explained Rosen, “this could be over by May.”",
			want: []want{{starts: "this could be", speaker: "Rosen", cue: "explained"}},
		},
		{
			name: "a name and apposition after a closed sentence",
			text: "Arrivals rose.\n\n“We have seen enough.” Amy Dale, deputy adviser, said on a call.",
			want: []want{{starts: "We have seen", speaker: "Amy Dale", cue: "said"}},
		},
	})
	runPeopleCases(t, []findCase{
		{
			name: "a surname that is an honorific elsewhere",
			text: "“We have seen enough,” Amy Lord, deputy adviser, said on a call.",
			want: []want{{starts: "We have seen", speaker: "Amy Lord"}},
		},
	})
}

func TestAttributionAtSentenceEnd(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "an inverted verb closing the reporter's sentence",
			text: "Polls show the mayor ahead.\n\n\"Many would consider that a loss\" if she did not win by more, said Dan Weller, an analyst at the institute.",
			want: []want{{starts: "Many would", speaker: "Dan Weller", cue: "said"}},
		},
		{
			name: "a name and verb closing the reporter's sentence",
			text: "Polls closed early.\n\n\"Let me thank the voters\" for the victory, Pell said.",
			want: []want{{starts: "Let me thank", speaker: "Pell", cue: "said"}},
		},
		{
			name: "a verb of its own in the sentence keeps its attribution",
			text: "Polls closed early.\n\n\"Let me thank the voters\" was written on a sign, Pell said.",
			want: []want{{starts: "Let me thank"}},
		},
		{
			name: "as Name said",
			text: "Still, the fact that the race “is a dead heat right now,” as Cruz said on the radio, matters.",
			want: []want{{starts: "is a dead heat", speaker: "Cruz", cue: "said", partial: true}},
		},
		{
			name: "the subject of a sentence a colon closes",
			text: "Senate Leader Mitch Carr, R-Ky., delivered a blunt message to the mayor: \"It is time to stop.\"",
			want: []want{{starts: "It is time", speaker: "Mitch Carr"}},
		},
	})
}

func TestPredicateIsNoName(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a naming word before a predicate",
			text: "Pell said the expansion of the program was “simply a continuation of the old border policy.”",
			want: []want{{starts: "simply a continuation", speaker: "Pell", cue: "said", partial: true}},
		},
		{
			name: "a surname that is a naming word",
			text: "Pell said on Thursday that the remark by Dr. Paul Song “was inappropriate and insensitive.”",
			want: []want{{starts: "was inappropriate", speaker: "Pell", cue: "said", partial: true}},
		},
		{
			name: "a title after a naming word stays a term",
			text: "Pell praised the report “Global Trends in Farming” on Monday.",
			want: []want{{starts: "Global Trends", term: true}},
		},
	})
}

func TestListenerIsNoSpeaker(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a newspaper told, after an apposition",
			text: "Dick Dever, who was listed on the slate, told POLITICO, “I like the governor best.”",
			want: []want{{starts: "I like", speaker: "Dick Dever", cue: "told"}},
		},
		{
			name: "a preposition opening the sentence is no opener of the subject",
			text: "Of Pell, Levine, who has given money to Roe, said, “He is scary.”",
			want: []want{{starts: "He is scary", speaker: "Levine", cue: "said"}},
		},
		{
			name: "a capitalised pronoun after a question is no name",
			text: "The debate ended late.\n\n“Too forced?” He tweeted when it was over.",
			want: []want{{starts: "Too forced", speaker: ""}},
		},
	})
	cs, err := parseCues("told\tfinite\tpost,listener\n")
	if err != nil || len(cs) != 1 || !cs[0].Listener {
		t.Fatalf("listener flag not read: %+v %v", cs, err)
	}
}

func TestNameParticleEl(t *testing.T) {
	runCases(t, []findCase{{
		name: "a particle inside the name after a kinship word",
		text: "“We called him before he boarded,” his nephew Omar el Tayeb added.",
		want: []want{{starts: "We called", speaker: "Omar el Tayeb", cue: "added"}},
	}})
}

func TestPlaceAfterNameIsNoSpeaker(t *testing.T) {
	runCases(t, []findCase{{
		name: "a town and its state before the verb",
		text: "Stacy Moore of Columbia, South Carolina says she thinks the senator can win if he keeps “doing what he is doing.”",
		want: []want{{starts: "doing what", speaker: "Stacy Moore of Columbia", cue: "says", partial: true}},
	}})
}

func TestParticipleTakesOpeningName(t *testing.T) {
	runCases(t, []findCase{{
		name: "a name inside a later clause is not the subject",
		text: "Erin Vale, the environmental lawyer, endorsed Doe’s approach on Saturday, saying she believed “we need to focus on the people of the city.”",
		want: []want{{starts: "we need to focus", speaker: "Erin Vale", cue: "saying", partial: true}},
	}})
}

func TestDescriptionsAfterVerb(t *testing.T) {
	runPeopleCases(t, []findCase{{
		name: "an inverted definite description",
		text: "Sen. Maria Cole (D-Ohio) spoke on Friday.\n\n\"It is a difficult issue,\" said the Ohio senator.",
		want: []want{{starts: "It is a difficult", speaker: "Maria Cole"}},
	}})
	runCases(t, []findCase{
		{
			name: "an indefinite description with capitalised words is no name",
			text: "Ohio Republicans met on Friday.\n\n“If anybody thinks that, they are wrong,” said one unaligned Ohio Republican strategist.",
			want: []want{{starts: "If anybody", speaker: "unaligned Ohio Republican strategist", cue: "said"}},
		},
		{
			name: "a role word before the name of a participle's subject",
			text: "Band member Flea shared the news last week, writing “Feels great to support someone I believe in.”",
			want: []want{{starts: "Feels great", speaker: "Flea", cue: "writing"}},
		},
	})
}

func TestPersonSpeakerTidy(t *testing.T) {
	for in, want := range map[string]string{
		"The Rachel Maddow": "Rachel Maddow",
		"His":               "",
		"Jr.":               "",
		"Republican":        "",
		"Jane Roe":          "Jane Roe",
		"The":               "",
	} {
		if got := personSpeaker(in); got != want {
			t.Errorf("personSpeaker(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAcronymSpeakerIsOrganization(t *testing.T) {
	f := New(Options{})
	for _, c := range []struct{ text, speaker, kind string }{
		{"“We are reviewing the case,” the FBI said.", "FBI", KindOrganization},
		{"“The ad is false,” America Rising PAC said.", "America Rising PAC", KindOrganization},
		{"“We will win,” John Roe III said.", "John Roe III", KindPerson},
	} {
		got := f.Find(c.text, nil)
		if len(got) != 1 || got[0].Speaker != c.speaker || got[0].SpeakerKind != c.kind {
			t.Errorf("%q: %+v, want %q %q", c.text, got, c.speaker, c.kind)
		}
	}
}

func TestSpeakerSpanOfSentenceSubject(t *testing.T) {
	text := "Mr. Tom Pike appealed for “calm and patience” at the meeting on Monday night."
	for _, q := range New(Options{}).Find(text, nil) {
		if q.Speaker != "" && (q.SpeakerEnd <= q.SpeakerStart || text[q.SpeakerStart:q.SpeakerEnd] != "Mr. Tom Pike") {
			t.Errorf("speaker %q span [%d,%d)", q.Speaker, q.SpeakerStart, q.SpeakerEnd)
		}
	}
}

func TestAdverbBeforeVerbAfterConjunction(t *testing.T) {
	runCases(t, []findCase{{
		name: "but now said",
		text: "Tom Massey used to support his rival, but now said the governor had “the opportunity and the obligation to unite us.”",
		want: []want{{starts: "the opportunity", speaker: "Tom Massey", cue: "said", partial: true}},
	}})
}

func TestAppositiveSubjects(t *testing.T) {
	runPeopleCases(t, []findCase{
		{
			name: "a name and a parenthesis before the verb",
			text: "Gov. Dana Pike (R) blamed the court’s “four liberal justices who blocked a sensible law” for the ruling.",
			want: []want{{starts: "four liberal justices", speaker: "Dana Pike"}},
		},
		{
			name: "a name and an apposition before the verb",
			text: "Nora Vance, the chairwoman of the county party, is backing the mayor and in a statement credited him for “an exciting and inspiring campaign.”",
			want: []want{{starts: "an exciting", speaker: "Nora Vance"}},
		},
		{
			name: "the subject of the sentence before",
			text: "The judge spoke first.\n\nLeo Marsh, the group’s lawyer, disputed the charge on Monday. “His intent was to keep the peace.”",
			want: []want{{starts: "His intent", speaker: "Leo Marsh"}},
		},
	})
}

func TestSubjectBeforePhrase(t *testing.T) {
	runPeopleCases(t, []findCase{
		{
			name: "a phrase of time between subject and verb",
			text: "The nurses paid for the bus.\n\nAnn Sanders during a rally on Sunday thanked its members “for their support in my campaign.”",
			want: []want{{starts: "for their support", speaker: "Ann Sanders"}},
		},
		{
			name: "a phrase of place after a subordinator",
			text: "The reform was complete when Mark Trent in his first speech called the plan “a disaster for every family in the state.”",
			want: []want{{starts: "a disaster", speaker: "Mark Trent"}},
		},
		{
			name: "a name inside a phrase is no subject",
			text: "Jo Adler met with Tom Brand in December and declared that he was “very charming indeed.”",
			want: []want{{starts: "very charming", speaker: "Jo Adler"}},
		},
	})
}

func TestPartyLabelAndCommaBeforeVerb(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a party label and a comma",
			text: "After winning the primary, Gov. Tom Kessel (R-OH), said, “We are going all the way to the convention.”",
			want: []want{{starts: "We are going", speaker: "Tom Kessel", cue: "said"}},
		},
		{
			name: "a parenthesis that describes is no label",
			text: "Jeff Brandt, chairman of Citizens United Now (a pressure group), tweeted: “The crowd was small and the room was cold.”",
			want: []want{{starts: "The crowd was small", speaker: "Jeff Brandt", cue: "tweeted"}},
		},
	})
}

func TestLongRelativeClauseAndAuxiliary(t *testing.T) {
	runPeopleCases(t, []findCase{
		{
			name: "a long relative clause with a reporting word in it",
			text: "The judge ruled.\n\nDon Trent, who previously questioned whether the judge's heritage made him biased due to his support for building a wall on the border, said Friday that the judge “happens to be, we believe, from elsewhere.”",
			want: []want{{starts: "happens to be", speaker: "Don Trent"}},
		},
		{
			name: "an apposition and an auxiliary before a participle",
			text: "The city is ready.\n\nNow Dana Trent, the most unusual candidate in modern times, is promising to create “a big spectacle for all of us.”",
			want: []want{{starts: "a big spectacle", speaker: "Dana Trent"}},
		},
		{
			name: "a clause with its own verb is no apposition",
			text: "Like Tom Corby, Ron Menz also rejected the notion that the bill was weak, arguing that there is “flexibility for the administration in the regime.”",
			want: []want{{starts: "flexibility", speaker: "Ron Menz"}},
		},
	})
}

func TestOpeningNameBeforeLaterClauseSubject(t *testing.T) {
	runPeopleCases(t, []findCase{{
		name: "the name opening the sentence is its subject",
		text: "Tom Dole spoke first.\n\nMara Quist, clearly frustrated, responded by pointing at the crowd, saying the Dole campaign was lying about her.\n\n“I am so tired of all of it.”",
		want: []want{{starts: "I am so tired", speaker: "Mara Quist"}},
	}})
}

func TestNameAfterPrepositionIsNoLabel(t *testing.T) {
	runPeopleCases(t, []findCase{{
		name: "a message to someone, then a colon",
		text: "Tom Dale spoke on Monday.\n\nSenate Majority Leader Mary Coe, R-Ky., delivered a blunt message to Tom Dale: “It is time to stop attacking people and get on message.”",
		want: []want{{starts: "It is time", speaker: "Mary Coe"}},
	}})
}

func TestSubjectOfTheQuotationsClause(t *testing.T) {
	runPeopleCases(t, []findCase{{
		name: "a clause after while",
		text: "The plan drew fire.\n\nOhio Gov. Tom Jandl on Monday signed an order to block the plan, while Mike Hull, the former governor, proposed we “wake up and smell the coffee before it is too late” and left.",
		want: []want{{starts: "wake up", speaker: "Mike Hull"}},
	}})
}

func TestCoordinatedReportingVerbs(t *testing.T) {
	runPeopleCases(t, []findCase{{
		name: "a second verb after and shares the subject",
		text: "The nurses paid for the bus.\n\nIt became such a presence that Ann Sanders during a rally thanked its members “for their support in my campaign” and called the union “one of the sponsors of my campaign.”",
		want: []want{
			{starts: "for their support", speaker: "Ann Sanders"},
			{starts: "one of the sponsors", speaker: "Ann Sanders"},
		},
	}})
}

func TestButClauseSharesSubject(t *testing.T) {
	runCases(t, []findCase{{
		name: "a party label, a clause, then but and a naming verb",
		text: "Sen. Jack Reade (D-R.I.), said after a lunch on Tuesday that he had not read the plan, but called it a “starting point for our deliberations.”",
		want: []want{{starts: "starting point", speaker: "Jack Reade", partial: true, term: true}},
	}})
}

func TestContinuationOfAnUnnamedSpeaker(t *testing.T) {
	runPeopleCases(t, []findCase{{
		name: "the statement of someone described goes on without a name",
		text: "Tom Dale spoke on Monday.\n\n“We lost the county,” said a senior adviser to the campaign. “He does not know the new media.”",
		want: []want{
			{starts: "We lost", speaker: "senior adviser"},
			{starts: "He does not know", speaker: "senior adviser"},
		},
	}})
}

func TestMainClauseAfterOpeningClause(t *testing.T) {
	runPeopleCases(t, []findCase{
		{
			name: "a bare name after an opening subordinate clause",
			text: "In 1992, Mary Hale roiled traditionalists.\n\nAfter former Ohio Gov. Jerry Brand criticized Bill Hale during a debate, Mary shot back, “I suppose I could have stayed home and baked cookies.”",
			want: []want{{starts: "I suppose", speaker: "Mary"}},
		},
		{
			name: "a full name after an opening phrase",
			text: "When Tom Wallis died in 1998, President Ann Clift released the following statement:\n\n“Our thoughts are with the family and friends of Tom Wallis.”",
			want: []want{{starts: "Our thoughts", speaker: "Ann Clift"}},
		},
	})
}

func TestTitleInsideApposition(t *testing.T) {
	runPeopleCases(t, []findCase{{
		name: "a quoted title inside the apposition before the verb",
		text: "The book came out in 1991.\n\nSam Solvey, a contestant on the reality show, “The Big Deal,” who went on to work for the firm, said his boss was “always kind and generous and charming.”",
		want: []want{
			{starts: "The Big Deal"},
			{starts: "always kind", speaker: "Sam Solvey"},
		},
	}})
}

func TestUnclosedApposition(t *testing.T) {
	runPeopleCases(t, []findCase{
		{
			name: "an office and its body in capitals run to the verb",
			text: "The course ended.\n\nJane Marlow, Special Investigator at the Anti-Fraud Bureau of Ruritania said about the course: “It gave me new insights.”",
			want: []want{{starts: "It gave me", speaker: "Jane Marlow"}},
		},
		{
			name: "an apposition that runs to the verb",
			text: "Servers lost tips.\n\nAnthony Anson, president and CEO of Dayton Restaurant Association stated, “It’s not a political problem; it’s a math problem.”",
			want: []want{{starts: "It’s not", speaker: "Anthony Anson"}},
		},
		{
			name: "a name at the end of the phrase stays the subject",
			text: "Servers lost tips.\n\nThe union, led by its president Tom Wade stated, “It’s a math problem, not a political one.”",
			want: []want{{starts: "It’s a math", speaker: "Tom Wade"}},
		},
		{
			name: "quoting an author before the quotation, the reporter after it",
			text: "The minister spoke at length.\n\nQuoting Swami Vidyananda – “Arise, and stop not till the goal is reached” – the Vice-President observed that the nation must act.",
			want: []want{{starts: "Arise, and", speaker: "Swami Vidyananda"}},
		},
		{
			name: "a list of portfolios in the office",
			text: "Sponsors backed the hub.\n\nMary Whitlow, Director of Corporate Affairs, Strategy and Sustainability comments: “Our investment shows the role that we play.”",
			want: []want{{starts: "Our investment", speaker: "Mary Whitlow"}},
		},
		{
			name: "an office after the name without a comma",
			text: "Sponsors backed the hub.\n\nMaurice Gorham Chair of Galway City Innovation District added: “This is a key milestone.”",
			want: []want{{starts: "This is a key", speaker: "Maurice Gorham"}},
		},
		{
			name: "a name between commas after the office, a space before the comma",
			text: "Sponsors backed the hub.\n\nCommissioner for Neighbourhood and Enlargement, Oliver Varga , commented: “The Union acted quickly.”",
			want: []want{{starts: "The Union", speaker: "Oliver Varga"}},
		},
	})
}

// A short name in brackets after the name it shortens is a definition,
// whatever verb comes before; a word of someone's in brackets is not.
func TestBracketedDefinitionAfterVerb(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "definition",
			text: "The Ministry and the Chamber announced their collaboration at the signing of a Memorandum of Understanding (“MOU”)—a milestone agreement—in Zenda today.",
			want: []want{{starts: "MOU", term: true}},
		},
		{
			name: "a word in brackets",
			text: "Jane Roe, the candidate, kept calling them names (“traitors”) at every rally.",
			want: []want{{starts: "traitors", speaker: "Jane Roe", partial: true}},
		},
	})
}

// A quotation after "on" or "about" and an occasion's noun is the
// occasion's title or subject: a lecture, a course, a workshop.
func TestOccasionTopic(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "lecture",
			text: "As part of the visit, Attorney General Jane Roe delivered a lecture on “Asymmetrical Threats: Responding to Terrorism and Cybercrime while Protecting Civil Liberties”.",
			want: []want{{starts: "Asymmetrical Threats", term: true}},
		},
		{
			name: "course",
			text: "The Bureau and the Office teamed up to conduct a training course on \"Combating Corruption: Financial Investigations Techniques and International Cooperation Mechanisms.\"",
			want: []want{{starts: "Combating Corruption", term: true}},
		},
	})
}
