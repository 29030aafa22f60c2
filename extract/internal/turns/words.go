package turns

// This file holds the word tables of the turn segmenter, read-only.

// Word tables, read-only.
var (
	// selfNamedAddress are what an address calls itself as it opens.
	selfNamedAddress = []string{"this address", "my address", "this speech", "my speech", "today's address",
		"today’s address", "this evening's address", "this statement to you"}
	// askingPhrases put a question by announcing it, as members of a
	// parliament do at question time.
	askingPhrases = []string{"my question is", "my supplementary question", "have a supplementary question",
		"i have a question", "my question to", "i would like to ask the", "i wish to ask the", "i want to ask the", "i would like to request that the"}
	// titleHeads are the words that make a title.
	titleHeads = turnWordSet("comhairle", "cathaoirleach", "sergeant-at-arms", "president", "minister", "secretary", "general", "secretary-general", "chancellor",
		"ambassador", "spokesperson", "spokesman", "spokeswoman", "director", "director-general",
		"commissioner", "representative", "envoy", "advisor", "adviser", "chair", "chairman",
		"chairwoman", "chairperson", "governor", "senator", "congressman", "congresswoman",
		"admiral", "commander", "king", "queen", "prince", "princess", "emir", "sheikh", "sultan",
		"premier", "mayor", "attorney", "justice", "judge", "coordinator", "administrator",
		"counsellor", "counselor", "seal", "taoiseach", "tánaiste", "pope", "speaker", "leader", "chief",
		"officer", "colonel", "lieutenant", "captain", "sergeant", "marshal", "president-elect",
		"vice-president", "rapporteur", "ombudsman", "governor-general", "minister-president",
		"diplomat", "consul", "chargé", "attaché", "undersecretary", "under-secretary", "official", "pm", "vp", "fm", "sg", "potus",
		"clerk", "councillor", "councilor", "councilmember", "alderman", "supervisor", "registrar", "member",
		// Spanish
		"presidente", "presidenta", "secretario", "secretaria", "subsecretario", "subsecretaria",
		"gobernador", "gobernadora", "directora", "canciller", "ministro", "ministra", "vocero", "vocera",
		"senador", "senadora", "diputado", "diputada", "alcalde", "alcaldesa", "embajador", "embajadora")
	// titleMods qualify a title: "Vice President", "Foreign Minister".
	titleMods = turnWordSet("vice", "prime", "deputy", "under", "assistant", "acting", "foreign", "defence",
		"defense", "high", "special", "national", "security", "first", "executive", "senior",
		"principal", "permanent", "press", "interior", "finance", "trade", "federal", "supreme",
		"allied", "military", "associate", "minority", "majority", "ranking", "lead", "former",
		"chief", "joint", "staff", "economic", "home", "state", "top", "crown", "grand", "royal",
		"parliamentary", "solicitor", "shadow", "leader", "privy")
	// turnHonorifics come before names.
	turnHonorifics = turnWordSet("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "madam",
		"madame", "mme", "herr", "frau", "hon", "honourable", "honorable", "rt", "prof", "professor", "rev", "reverend", "sen",
		"rep", "gov", "amb", "gen", "adm", "col", "lt", "capt", "sgt", "he", "excellency", "mister",
		"monsieur", "señor", "senor", "don", "dona", "doña",
		// abbreviated titles: "SEC. AUSTIN", "PRES. BIDEN"
		"sec", "secy", "pres", "dep", "asst", "maj", "cmdr", "supt",
		"shri", "smt", "sri",
		// South Africa's Hansard in Afrikaans and isiZulu: "Mnr", "Mev",
		// "Mnu", "Nkk", "Nksz"
		"mnr", "mev", "mnu", "nkk", "nksz")
	// turnConnectors join the words of titles.
	turnConnectors = turnWordSet("of", "for", "and", "the", "to", "on", "in", "at", "&")
	// nameParticles join the words of names.
	nameParticles = turnWordSet("von", "van", "der", "den", "de", "du", "da", "di", "dos", "das", "del", "la",
		"le", "al", "bin", "ibn", "ben", "ter", "zu", "y", "el")
	// titleComplements follow "of" and "for" in titles.
	titleComplements = turnWordSet("state", "states", "defence", "defense", "affairs", "foreign", "treasury",
		"interior", "justice", "finance", "republic", "federation", "kingdom", "union", "nations",
		"emirates", "commission", "council", "parliament", "assembly", "office", "department",
		"ministry", "government", "organization", "organisation", "alliance", "forces", "staff",
		"policy", "security", "cooperation", "development", "trade", "relations", "health",
		"energy", "commonwealth", "economy", "agriculture", "education", "transport",
		"environment", "home", "europe", "european", "international", "affair", "general",
		"committee", "command", "house", "senate", "congress", "delegation", "mission",
		"headquarters", "army", "navy", "staffs", "information", "communications", "public",
		"administration")
	// titleAcronyms of organisations and countries in titles.
	titleAcronyms = turnWordSet("PM", "VP", "FM", "SG", "POTUS", "NATO", "EU", "UN", "US", "U.S.", "USA", "UK", "U.K.", "OSCE", "G7", "G20",
		"OECD", "IMF", "AU", "ASEAN", "OAS", "NSC", "CIA", "FBI", "DOD", "USAID", "SACEUR", "UNHCR",
		"WHO", "WTO", "IAEA", "ICC", "NAC", "EEAS", "DHS", "DOJ", "DOS", "USTR", "OPEC", "CEO", "UAE")
	// labelStopNames are capitalised words that are never a lone speaker name.
	labelStopNames = turnWordSet("note", "notes", "update", "updated", "background", "summary", "source",
		"sources", "contact", "contacts", "photo", "photos", "video", "audio", "date", "time",
		"location", "venue", "place", "topic", "topics", "tags", "subject", "agenda", "programme",
		"program", "title", "author", "by", "related", "read", "watch", "listen", "download",
		"see", "also", "first", "second", "third", "fourth", "finally", "today", "yesterday",
		"tomorrow", "transcript", "statement", "declaration", "communique", "communiqué",
		"annex", "article", "chapter", "section", "part", "figure", "table", "step", "phase",
		"day", "session", "panel", "editor", "editors", "warning", "disclaimer", "caption",
		"credit", "credits", "copyright", "email", "phone", "tel", "fax", "web", "website",
		"address", "link", "links", "share", "print", "keywords", "key", "facts", "highlights",
		"q", "a", "welcome", "ukraine", "russia", "europe", "nato", "and", "but", "so", "yes", "no",
		"fact", "sheet", "readout", "advisory", "release", "breaking", "live", "exclusive",
		"opinion", "analysis", "notice", "announcement", "alert", "bulletin", "factsheet",
		"news", "story", "report", "feature", "interview", "remarks", "speech", "briefing",
		"conference", "visit", "trip", "travel", "schedule", "guidance", "event", "events",
		"summit", "meeting", "keynote", "resources", "overview", "introduction", "conclusion",
		"question", "answer", "topic", "issue", "issues", "results", "result", "deals",
		"new", "top", "latest", "update", "updates",
		// forms of address: "Ladies and Gentlemen:", "Dear friends:"
		"ladies", "gentlemen", "friends", "colleagues", "excellencies", "everyone", "everybody",
		"distinguished", "guests", "citizens", "compatriots", "fellow", "americans")
	// roleAbbreviations spell out the titles labels abbreviate.
	roleAbbreviations = map[string]string{"pm": "Prime Minister", "vp": "Vice President",
		"fm": "Foreign Minister", "sg": "Secretary General", "potus": "President", "cm": "Council Member"}
	// titleWordAbbreviations spell out a title's head word abbreviated
	// after its modifiers: "PRESS SEC. DOE", "DEPUTY GOV. ROE".
	titleWordAbbreviations = map[string]string{"sec": "Secretary", "secy": "Secretary", "pres": "President",
		"gov": "Governor", "amb": "Ambassador", "sen": "Senator", "rep": "Representative",
		"gen": "General", "adm": "Admiral", "supt": "Superintendent", "cmdr": "Commander"}
	// peerRanks open a peer's style.
	peerRanks = turnWordSet("lord", "baroness", "lady", "viscount", "viscountess", "earl", "countess",
		"marquess", "marchioness", "duke", "duchess", "bishop", "archbishop")
	// peerNotNames follow "Lord" in offices, not in peers' styles.
	peerNotNames = turnWordSet("privy", "advocate", "chamberlain", "speaker", "mayor", "lieutenant", "chief",
		"high", "great", "steward", "protector", "provost", "rector", "bishop", "of")
	// parlChairRoles are the presiding officers of parliaments.
	parlChairRoles = turnWordSet("speaker", "deputy speaker", "lord speaker", "deputy lord speaker",
		"principal deputy speaker", "chair", "chairman", "chairwoman", "deputy chairman", "deputy chair",
		"chairman of ways and means", "first deputy chairman of ways and means",
		"second deputy chairman of ways and means", "speaker-elect", "presiding officer",
		"deputy presiding officer", "ceann comhairle", "leas-cheann comhairle", "cathaoirleach")
	// parlChairFirst open the titles of parlChairRoles.
	parlChairFirst = turnWordSet("speaker", "deputy", "chair", "chairman", "chairwoman", "principal", "first",
		"second", "presiding", "ceann", "leas-cheann", "cathaoirleach", "speaker-elect")
	// parlParties are the party groups of Westminster labels.
	parlParties = turnWordSet("lab", "con", "ld", "lib dem", "snp", "dup", "pc", "sdlp", "uup", "sf", "ind",
		"green", "grn", "alliance", "apni", "alba", "reform", "reform uk", "ruk", "lab/co-op", "lab co-op",
		"labour", "conservative", "liberal democrat", "cb", "crossbench", "non-afl", "non-affiliated",
		"bp", "bshp", "ukip", "tuv", "ind con", "ind lab", "independent", "speaker", "co-op", "plaid cymru",
		// Canada's House of Commons
		"cpc", "lib", "ndp", "bq", "gp")
	// nameSuffixes end names: "Jr.", "III".
	nameSuffixes = turnWordSet("jr", "sr", "ii", "iii", "iv")
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

// turnWordSet builds a read-only word set.
func turnWordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
