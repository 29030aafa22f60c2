package quotes

import (
	_ "embed"
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
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
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
var infinitiveMarks = wordLists.Set("infinitive-marks")

// cueSkip are the words allowed between a subject and its reporting verb
// ("Mr Rutte also said", "he has repeatedly warned"): the words of
// data/cueskip.txt; read-only after init.
var cueSkip = wordSet(cueSkipTXT)

//go:embed data/cueskip.txt
var cueSkipTXT string

// determiners before a cue word make it a noun or adjective ("the said
// agreement", "its continued support").
var determiners = wordLists.Set("determiners")

// namingWords introduce a quoted name rather than a statement ("the theme
// “…”", "so-called “…”").
var namingWords = wordLists.Set("naming-words")

// linkWords may stand between a naming word and the quotation ("the theme
// of “…”", "our expression is “…”").
var linkWords = wordLists.Set("link-words")

// topicNouns are the occasions whose subject a quotation after "on" names;
// see data/words.txt.
var topicNouns = wordLists.Set("topic-nouns")

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
var titleWords = wordLists.Set("title-words")

// headWords are the title words that carry the office itself (not its
// qualifiers such as "Foreign" or "Deputy").
var headWords = wordLists.Set("head-words")

// lowerTitles are office nouns written in lower case ("the minister said").
var lowerTitles = wordLists.Set("lower-titles")

// groupWords mark a capitalised run as an organisation or group, not a
// person.
var groupWords = wordLists.Set("group-words")

// orgWords name an organisation that can speak ("the Kremlin said", "the
// Foreign Ministry said"); plural groups ("Allies", "Officials") cannot be
// named as a speaker.
var orgWords = wordLists.Set("org-words")

// prepositions before a short capitalised quotation make it a name ("on
// “Dancing with the Stars”").
var prepositions = wordLists.Set("prepositions")

// pluralGroups name groups of people, never one speaker.
var pluralGroups = wordLists.Set("plural-groups")

// notNames are capitalised words that open sentences but name no one.
var notNames = wordLists.Set("not-names")

// nameParticles may stand inside a personal name ("Ursula von der Leyen").
var nameParticles = wordLists.Set("name-particles")

// connectors may stand inside an office title ("Secretary of State",
// "High Representative for Foreign Affairs and Security Policy").
var connectors = wordLists.Set("connectors")

// pronouns that may stand as the subject of a reporting verb, with gender
// ('m', 'f') or 'p' for persons that cannot be resolved to a third party.
var pronouns = map[string]byte{
	"he": 'm', "He": 'm', "she": 'f', "She": 'f',
	"they": 'p', "They": 'p', "we": 'p', "We": 'p', "I": 'p', "you": 'p',
	"You": 'p', "it": 'p', "It": 'p', "who": 'w',
}

// firstPerson words mark a paragraph as someone's own words.
var firstPerson = wordLists.Set("first-person")

// abbreviations end in a full stop that does not end a sentence.
var abbreviations = wordLists.Set("abbreviations")

// functionWords cannot be the verb that follows a subject.
var functionWords = wordLists.Set("function-words")

// subordinators open a new clause; a name after one is not a quotation's
// speaker standing right after it ("…’, while Mr Michel stressed …").
var subordinators = wordLists.Set("subordinators")

// timeWords may stand between a subject and its verb: "Roe on Friday
// said", "Roe later Thursday told".
var timeWords = wordLists.Set("time-words")

// partyWords alone name no speaker: "Democratic", "GOP".
var partyWords = wordLists.Set("party-words")
