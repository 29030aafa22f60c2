package quotes

import (
	"unicode"
	"unicode/utf8"
)

// Character classes and word tables. Everything here is read-only.

// isSpaceRune reports white space, including no-break spaces.
func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0xA0, 0x2007, 0x202F, 0x2009, 0x200A, 0x3000:
		return true
	}
	return r > 0x7F && unicode.IsSpace(r)
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isUpperRune(r rune) bool {
	if r < 0x80 {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

// isOpenPunct reports characters after which an ambiguous mark opens a
// quotation: brackets, dashes, slashes and other quotation marks.
func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '-', '/', 0x2013, 0x2014, 0x2015, '“', '‘', '„', '«', '"', '\'':
		return true
	}
	return false
}

// isClosePunct reports punctuation that follows a closing mark.
func isClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', 0x2026, 0x2013, 0x2014, '’', '”', '»':
		return true
	}
	return false
}

// prevRune returns the rune ending at i, or -1 at the start of text.
func prevRune(s string, i int) rune {
	if i <= 0 {
		return -1
	}
	c := s[i-1]
	if c < 0x80 {
		return rune(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// nextRune returns the rune starting at i, or -1 at the end of text.
func nextRune(s string, i int) rune {
	if i >= len(s) {
		return -1
	}
	c := s[i]
	if c < 0x80 {
		return rune(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// infinitiveMarks precede an infinitive.
var infinitiveMarks = map[string]bool{
	"to": true, "can": true, "cannot": true, "could": true, "would": true,
	"will": true, "should": true, "must": true, "may": true, "might": true,
	"shall": true, "not": true, "did": true, "does": true, "do": true,
	"can't": true, "can’t": true, "won't": true, "won’t": true,
}

// cueSkip are the words allowed between a subject and its reporting verb
// ("Mr Rutte also said", "he has repeatedly warned").
var cueSkip = map[string]bool{
	"also": true, "then": true, "again": true, "further": true, "later": true,
	"once": true, "previously": true, "recently": true, "repeatedly": true,
	"strongly": true, "clearly": true, "firmly": true, "publicly": true,
	"has": true, "had": true, "have": true, "was": true, "is": true,
	"would": true, "will": true, "already": true, "earlier": true,
	"often": true, "forcefully": true, "explicitly": true, "simply": true,
	"had also": true, "subsequently": true, "openly": true, "has also": true,
	"just": true, "only": true, "even": true, "specifically": true,
	"however": true, "too": true, "now": true, "still": true, "instead": true,
	"first": true,
}

// determiners before a cue word make it a noun or adjective ("the said
// agreement", "its continued support").
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "your": true, "my": true, "this": true,
	"that": true, "these": true, "those": true, "The": true, "Its": true,
	"His": true, "Her": true, "Their": true, "Our": true, "Your": true,
	"A": true, "An": true, "This": true, "These": true, "no": true, "any": true,
}

// namingWords introduce a quoted name rather than a statement ("the theme
// “…”", "so-called “…”").
var namingWords = map[string]bool{
	"theme": true, "themes": true, "title": true, "titled": true, "entitled": true,
	"called": true, "named": true, "dubbed": true, "so-called": true,
	"slogan": true, "motto": true, "hashtag": true, "term": true, "terms": true,
	"word": true, "words": true, "phrase": true, "expression": true,
	"banner": true, "heading": true, "headline": true, "label": true,
	"brand": true, "nickname": true, "codenamed": true, "code-named": true,
	"concept": true, "notion": true, "motif": true, "tagline": true,
	"rubric": true, "caption": true, "name": true, "labelled": true,
	"labeled": true, "branded": true, "nicknamed": true, "christened": true,
	"song": true, "film": true, "book": true, "report": true, "exercise": true,
	"operation": true, "initiative": true, "campaign": true, "programme": true,
	"program": true, "project": true, "strategy": true, "doctrine": true,
	"declaration": true, "communiqué": true, "communique": true,
	"publication": true, "paper": true, "article": true, "series": true,
	"session": true, "panel": true, "conference": true, "forum": true,
	"workshop": true, "seminar": true, "event": true, "award": true,
	"prize": true, "policy": true, "principle": true, "agenda": true,
}

// linkWords may stand between a naming word and the quotation ("the theme
// of “…”", "our expression is “…”").
var linkWords = map[string]bool{
	"of": true, "is": true, "was": true, "as": true, "being": true, "were": true,
	"are": true, "be": true, "known": true, "referred": true, "to": true,
}

// honorifics are courtesy titles; their gender helps resolve pronouns.
var honorifics = map[string]byte{
	"Mr": 'm', "Mr.": 'm', "Mister": 'm', "Sir": 'm', "Lord": 'm', "King": 'm',
	"Prince": 'm', "Monsieur": 'm', "Herr": 'm', "Sheikh": 'm',
	"Mrs": 'f', "Mrs.": 'f', "Ms": 'f', "Ms.": 'f', "Miss": 'f', "Madam": 'f',
	"Madame": 'f', "Dame": 'f', "Lady": 'f', "Queen": 'f', "Princess": 'f',
	"Baroness": 'f', "Mme": 'f',
	"Dr": 'u', "Dr.": 'u', "Prof": 'u', "Prof.": 'u', "Professor": 'u', "Rev": 'u',
	"Rev.": 'u', "Hon": 'u', "Hon.": 'u', "Amb.": 'u',
	"Honourable": 'u', "Honorable": 'u', "Excellency": 'u', "Mx": 'u',
}

// titleWords are words of office titles; a capitalised run that contains
// one names a person ("Secretary General Rutte") or an office ("the
// Secretary General").
var titleWords = map[string]bool{
	"President": true, "Vice": true, "Vice-President": true, "Prime": true,
	"Minister": true, "Secretary": true, "General": true, "Secretary-General": true,
	"Chancellor": true, "Ambassador": true, "Spokesperson": true, "Spokesman": true,
	"Spokeswoman": true, "Commissioner": true, "Representative": true,
	"High": true, "Deputy": true, "Assistant": true, "Under": true,
	"Under-Secretary": true, "Governor": true, "Senator": true, "Congressman": true,
	"Congresswoman": true, "Speaker": true, "Mayor": true, "Chairman": true,
	"Chairwoman": true, "Chair": true, "Chairperson": true, "Director": true,
	"Director-General": true, "Admiral": true, "Commander": true,
	"Chief": true, "Envoy": true, "Special": true, "Foreign": true,
	"Defence": true, "Defense": true, "Home": true, "Interior": true,
	"Finance": true, "State": true, "Attorney": true, "Advisor": true,
	"Adviser": true, "Counsellor": true, "Counselor": true, "Premier": true,
	"Chargé": true, "Consul": true, "Lieutenant": true, "Colonel": true,
	"Major": true, "Captain": true, "Sergeant": true, "Marshal": true,
	"Emir": true, "Sultan": true, "Pope": true, "Patriarch": true,
	"Archbishop": true, "Bishop": true, "Cardinal": true, "Justice": true,
	"Judge": true, "Prosecutor": true, "Rapporteur": true, "Coordinator": true,
	"Executive": true, "Permanent": true, "Undersecretary": true, "Head": true,
	"Leader": true, "Taoiseach": true, "Tánaiste": true,
	"Chief-of-Staff": true, "Security": true, "National": true, "Trade": true,
	"Economy": true, "Health": true, "Energy": true, "Justice-Minister": true,
	"Affairs": true, "Policy": true, "Commonwealth": true, "Development": true,
	"Press": true, "Officer": true, "Official": true, "Councillor": true,
	"MP": true, "MEP": true, "Rep.": true, "Sen.": true, "Gen.": true, "Adm.": true,
	"Lt.": true, "Col.": true, "Gov.": true, "CEO": true, "CFO": true,
	"COO": true, "CTO": true, "Founder": true, "Co-founder": true,
	"Professor": true, "Coach": true, "Manager": true, "Editor": true,
}

// headWords are the title words that carry the office itself (not its
// qualifiers such as "Foreign" or "Deputy").
var headWords = map[string]bool{
	"President": true, "Vice-President": true, "Minister": true, "Secretary": true,
	"Secretary-General": true, "Chancellor": true, "Ambassador": true,
	"Spokesperson": true, "Spokesman": true, "Spokeswoman": true,
	"Commissioner": true, "Representative": true, "Governor": true,
	"Senator": true, "Congressman": true, "Congresswoman": true, "Speaker": true,
	"Mayor": true, "Chairman": true, "Chairwoman": true, "Chair": true,
	"Chairperson": true, "Director": true, "Director-General": true,
	"Admiral": true, "Commander": true, "Envoy": true, "General": true,
	"Premier": true, "Consul": true, "Emir": true, "Sultan": true, "Pope": true,
	"Patriarch": true, "Archbishop": true, "Justice": true, "Judge": true,
	"Prosecutor": true, "Rapporteur": true, "Coordinator": true,
	"Undersecretary": true, "Under-Secretary": true, "Taoiseach": true,
	"Tánaiste": true, "Advisor": true, "Adviser": true, "Counsellor": true,
	"Counselor": true, "Head": true, "Leader": true, "Officer": true,
	"MP": true, "MEP": true, "Colonel": true, "Captain": true, "Marshal": true,
	"Lieutenant": true, "Major": true, "Sergeant": true, "Chief": true,
	"Rep.": true, "Sen.": true, "Gen.": true, "Adm.": true, "Gov.": true,
	"Col.": true, "Lt.": true, "Official": true, "Councillor": true,
	"CEO": true, "CFO": true, "COO": true, "CTO": true, "Founder": true,
	"Co-founder": true, "Professor": true, "Coach": true, "Manager": true,
	"Editor": true,
}

// lowerTitles are office nouns written in lower case ("the minister said").
var lowerTitles = map[string]bool{
	"president": true, "minister": true, "secretary": true, "chancellor": true,
	"ambassador": true, "spokesperson": true, "spokesman": true,
	"spokeswoman": true, "commissioner": true, "governor": true,
	"senator": true, "mayor": true, "envoy": true, "premier": true,
	"secretary-general": true, "prime": true, "foreign": true,
}

// groupWords mark a capitalised run as an organisation or group, not a
// person.
var groupWords = map[string]bool{
	"NATO": true, "Council": true, "Ministry": true, "Alliance": true,
	"Assembly": true, "Government": true, "Department": true, "Office": true,
	"House": true, "Union": true, "Committee": true, "Commission": true,
	"Parliament": true, "Kremlin": true, "Allies": true, "Ministers": true,
	"Leaders": true, "Nations": true, "States": true, "Agency": true,
	"Service": true, "Court": true, "Bank": true, "Organization": true,
	"Organisation": true, "Forces": true, "Army": true, "Navy": true,
	"Embassy": true, "Mission": true, "Secretariat": true, "Cabinet": true,
	"Congress": true, "Senate": true, "Summit": true, "Group": true,
	"Party": true, "Administration": true, "Presidency": true,
	"Headquarters": true, "Delegation": true, "Fund": true, "Institute": true,
	"Foundation": true, "University": true, "Company": true, "Pentagon": true,
	"Bundestag": true, "Duma": true, "Treasury": true, "Agreement": true,
	"Secretaries": true, "Presidents": true, "Spokespersons": true,
	"Ambassadors": true, "Commissioners": true, "Generals": true,
	"Representatives": true, "Governments": true, "Members": true,
	"Partners": true, "Officials": true,
}

// orgWords name an organisation that can speak ("the Kremlin said", "the
// Foreign Ministry said"); plural groups ("Allies", "Officials") cannot be
// named as a speaker.
var orgWords = map[string]bool{
	"NATO": true, "Council": true, "Ministry": true, "Alliance": true,
	"Assembly": true, "Government": true, "Department": true, "Office": true,
	"House": true, "Union": true, "Committee": true, "Commission": true,
	"Parliament": true, "Kremlin": true, "Agency": true, "Service": true,
	"Court": true, "Bank": true, "Organization": true, "Organisation": true,
	"Embassy": true, "Mission": true, "Secretariat": true, "Cabinet": true,
	"Congress": true, "Senate": true, "Administration": true,
	"Presidency": true, "Headquarters": true, "Delegation": true, "Fund": true,
	"Pentagon": true, "Bundestag": true, "Duma": true, "Treasury": true,
	"Institute": true, "Foundation": true, "Company": true, "Party": true,
	"Group": true, "Army": true, "Navy": true, "Forces": true,
	"Centre": true, "Center": true, "Council's": true, "Authority": true,
	"Board": true, "Bureau": true, "Corporation": true, "Association": true,
	"Federation": true, "Network": true, "Programme": true, "Program": true,
}

// prepositions before a short capitalised quotation make it a name ("on
// “Dancing with the Stars”").
var prepositions = map[string]bool{
	"on": true, "in": true, "at": true, "from": true, "by": true, "of": true,
	"for": true, "with": true, "about": true, "into": true, "onto": true,
	"via": true, "under": true,
}

// pluralGroups name groups of people, never one speaker.
var pluralGroups = map[string]bool{
	"Allies": true, "Ministers": true, "Leaders": true, "Secretaries": true,
	"Presidents": true, "Spokespersons": true, "Ambassadors": true,
	"Commissioners": true, "Generals": true, "Representatives": true,
	"Governments": true, "Members": true, "Partners": true, "Officials": true,
	"Heads": true, "Chiefs": true,
	"Delegates": true, "Participants": true, "Parties": true,
}

// notNames are capitalised words that open sentences but name no one.
var notNames = map[string]bool{
	"This": true, "That": true, "These": true, "Those": true, "It": true,
	"There": true, "Here": true, "Some": true, "Many": true, "Others": true,
	"Everyone": true, "Nobody": true, "All": true, "Both": true, "Each": true,
	"Several": true, "One": true, "Someone": true, "Anyone": true,
	"Which": true, "What": true, "Who": true, "Such": true, "Sources": true,
	"Another": true, "Other": true, "Every": true, "Most": true, "Few": true,
	"Gentleman": true, "Friend": true, "Member": true, "Members": true,
	"Noble": true, "Lords": true,
	"Reports": true, "Critics": true, "Experts": true, "Analysts": true,
	"Observers": true, "Diplomats": true, "Witnesses": true, "Residents": true,
}

// nameParticles may stand inside a personal name ("Ursula von der Leyen").
var nameParticles = map[string]bool{
	"von": true, "der": true, "van": true, "de": true, "den": true, "da": true,
	"di": true, "del": true, "della": true, "du": true, "la": true, "le": true,
	"al": true, "al-": true, "bin": true, "ibn": true, "ter": true, "dos": true,
	"das": true, "y": true, "el": true, "dela": true,
}

// connectors may stand inside an office title ("Secretary of State",
// "High Representative for Foreign Affairs and Security Policy").
var connectors = map[string]bool{
	"of": true, "for": true, "and": true, "the": true, "on": true, "to": true,
}

// pronouns that may stand as the subject of a reporting verb, with gender
// ('m', 'f') or 'p' for persons that cannot be resolved to a third party.
var pronouns = map[string]byte{
	"he": 'm', "He": 'm', "she": 'f', "She": 'f',
	"they": 'p', "They": 'p', "we": 'p', "We": 'p', "I": 'p', "you": 'p',
	"You": 'p', "it": 'p', "It": 'p', "who": 'w',
}

// firstPerson words mark a paragraph as someone's own words.
var firstPerson = map[string]bool{
	"I": true, "we": true, "We": true, "our": true, "Our": true, "us": true,
	"my": true, "My": true, "me": true, "you": true, "You": true, "your": true,
	"Your": true, "I’m": true, "I'm": true, "we’re": true, "we're": true,
	"I’ve": true, "I've": true, "we’ve": true, "we've": true, "We’re": true,
	"We're": true, "We’ve": true, "We've": true, "let": true, "Let": true,
	"ourselves": true, "myself": true,
}

// abbreviations end in a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Mt": true,
	"Gen": true, "Lt": true, "Col": true, "Sgt": true, "Capt": true, "Gov": true,
	"Sen": true, "Rep": true, "Prof": true, "Rev": true, "Hon": true, "No": true,
	"Nos": true, "Jr": true, "Sr": true, "Inc": true, "Ltd": true, "Co": true,
	"Corp": true, "vs": true, "etc": true, "Jan": true, "Feb": true, "Mar": true,
	"Apr": true, "Jun": true, "Jul": true, "Aug": true, "Sep": true, "Sept": true,
	"Oct": true, "Nov": true, "Dec": true, "Art": true, "Fig": true, "Adm": true,
	"Amb": true, "Pres": true, "approx": true, "cf": true, "al": true,
	"Maj": true, "Brig": true, "Cmdr": true, "Supt": true, "Messrs": true,
}

// functionWords cannot be the verb that follows a subject.
var functionWords = map[string]bool{
	"of": true, "and": true, "or": true, "in": true, "to": true, "the": true,
	"a": true, "an": true, "with": true, "for": true, "at": true, "on": true,
	"by": true, "from": true, "as": true, "into": true, "about": true,
	"after": true, "before": true, "during": true, "over": true, "under": true,
	"between": true, "against": true, "who": true, "which": true, "whose": true,
	"that": true, "but": true, "nor": true, "than": true, "per": true,
	"de": true, "von": true, "van": true, "der": true, "al": true,
}

// subordinators open a new clause; a name after one is not a quotation's
// speaker standing right after it ("…’, while Mr Michel stressed …").
var subordinators = map[string]bool{
	"while": true, "whereas": true, "when": true, "although": true,
	"though": true, "because": true, "since": true, "if": true, "unless": true,
	"so": true, "yet": true, "where": true, "until": true, "once": true,
	"then": true, "even": true, "just": true, "not": true,
}

// timeWords may stand between a subject and its verb: "Roe on Friday
// said", "Roe later Thursday told".
var timeWords = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true, "on": true,
	"today": true, "yesterday": true, "tonight": true, "later": true,
	"earlier": true, "night": true, "morning": true, "afternoon": true,
	"evening": true, "last": true, "this": true, "week": true,
}

// partyWords alone name no speaker: "Democratic", "GOP".
var partyWords = map[string]bool{
	"Democratic": true, "Democrat": true, "Democrats": true,
	"Republican": true, "Republicans": true, "GOP": true,
	"Independent": true, "Libertarian": true,
}
