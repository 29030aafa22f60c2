package turns

// This file holds the word tables of the turn segmenter, read-only.

// Word tables, read-only.
var (
	// selfNamedAddress are what an address calls itself as it opens.
	selfNamedAddress = []string{"this address", "my address", "this speech", "my speech", "today's address",
		"today’s address", "this evening's address", "this statement to you"}
	// askingPhrases put a question by announcing it, as members of a
	// parliament do at question time.
	askingPhrases = [][]byte{[]byte("my question is"), []byte("my supplementary question"), []byte("have a supplementary question"),
		[]byte("i have a question"), []byte("my question to"), []byte("i would like to ask the"), []byte("i wish to ask the"),
		[]byte("i want to ask the"), []byte("i would like to request that the")}
	// titleHeads are the words that make a title.
	titleHeads = wordLists.Set("title-heads")
	// titleMods qualify a title: "Vice President", "Foreign Minister".
	titleMods = wordLists.Set("title-mods")
	// turnHonorifics come before names.
	turnHonorifics = wordLists.Set("turn-honorifics")
	// turnConnectors join the words of titles.
	turnConnectors = wordLists.Set("turn-connectors")
	// nameParticles join the words of names.
	nameParticles = wordLists.Set("name-particles")
	// titleComplements follow "of" and "for" in titles.
	titleComplements = wordLists.Set("title-complements")
	// titleAcronyms of organisations and countries in titles.
	titleAcronyms = wordLists.Set("title-acronyms")
	// labelStopNames are capitalised words that are never a lone speaker name.
	labelStopNames = wordLists.Set("label-stop-names")
	// roleAbbreviations spell out the titles labels abbreviate.
	roleAbbreviations = map[string]string{"pm": "Prime Minister", "vp": "Vice President",
		"fm": "Foreign Minister", "sg": "Secretary General", "potus": "President", "cm": "Council Member"}
	// titleWordAbbreviations spell out a title's head word abbreviated
	// after its modifiers: "PRESS SEC. DOE", "DEPUTY GOV. ROE".
	titleWordAbbreviations = map[string]string{"sec": "Secretary", "secy": "Secretary", "pres": "President",
		"gov": "Governor", "amb": "Ambassador", "sen": "Senator", "rep": "Representative",
		"gen": "General", "adm": "Admiral", "supt": "Superintendent", "cmdr": "Commander"}
	// peerRanks open a peer's style.
	peerRanks = wordLists.Set("peer-ranks")
	// peerNotNames follow "Lord" in offices, not in peers' styles.
	peerNotNames = wordLists.Set("peer-not-names")
	// parlChairRoles are the presiding officers of parliaments.
	parlChairRoles = wordLists.Set("parl-chair-roles")
	// parlChairFirst open the titles of parlChairRoles.
	parlChairFirst = wordLists.Set("parl-chair-first")
	// parlParties are the party groups of Westminster labels.
	parlParties = wordLists.Set("parl-parties")
	// nameSuffixes end names: "Jr.", "III".
	nameSuffixes = wordLists.Set("name-suffixes")
	// genericLabelRoles name a part, not a person.
	genericLabelRoles = map[string]genericRole{
		"question": genQuestion, "questions": genQuestion, "q": genQuestion,
		"audience question": genQuestion, "question from the audience": genQuestion,
		"reporter": genQuestion, "journalist": genQuestion, "participant": genQuestion,
		"audience member": genQuestion, "questioner": genQuestion, "interviewer": genQuestion,
		"unidentified reporter": genQuestion, "press": genQuestion, "media": genQuestion,
		"answer": genAnswer, "a": genAnswer, "response": genAnswer, "reply": genAnswer,
		"remark": genOther, "comment": genOther,
		"moderator": genModerator, "the moderator": genModerator, "host": genModerator,
		"operator": genModerator, "master of ceremonies": genModerator, "mc": genModerator,
		"announcer": genModerator, "facilitator": genModerator, "presenter": genModerator,
		"interpreter": genOther, "translator": genOther, "interpretation": genOther,
		"voice of interpreter": genOther, "voice of the interpreter": genOther,
		"hon members": genOther, "several hon members": genOther, "an hon member": genOther,
		"hon member": genOther, "members": genOther, "audience": genOther, "crowd": genOther,
		"staff": genOther, "aide": genOther, "narrator": genOther, "voice": genOther,
		"participants": genOther, "students": genOther,
		"correspondent": genQuestion, "unidentified participant": genQuestion,
		"unidentified speaker": genOther, "unidentified male": genOther, "unidentified female": genOther,
		"male speaker": genOther, "female speaker": genOther, "off-mic": genOther,
		"unknown speaker": genOther, "unknown male": genOther, "unknown female": genOther, "unidentified": genOther, "unknown": genOther,
		"journaliste": genQuestion, "réponse": genAnswer, "modérateur": genModerator,
		"pregunta": genQuestion, "interlocutor": genQuestion, "interlocutora": genQuestion,
		"periodista": genQuestion, "reportero": genQuestion, "reportera": genQuestion,
		"respuesta": genAnswer, "moderador": genModerator, "moderadora": genModerator,
		"modératrice": genModerator, "animateur": genModerator, "animatrice": genModerator,
	}
)
