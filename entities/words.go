package entities

import (
	_ "embed"
	"strings"

	"github.com/communique/communique/internal/text"
)

// stopNames are capitalised words that do not begin or continue a person's
// name after a title: sentence openers, pronouns, calendar words and the
// nouns of institutions ("President Biden Administration" names Biden);
// read from data/words.txt.
var stopNames = map[string]bool{}

// institutionNouns name institutions and end their names ("the Military
// Committee", "the Health Ministry"): capitalised words just before one
// are the institution's, not a person's. Each is a stopName too.
var institutionNouns = map[string]bool{}

// calendarWords, the months, may end a name ("Theresa May") but not begin
// one, nor stand before a number ("President Biden May 3").
var calendarWords = map[string]bool{}

// openingAdverbs open a sentence before a comma ("Accordingly,
// Meanwhile,"); each is a stopName too.
var openingAdverbs = map[string]bool{}

func init() {
	for _, w := range wordLists["stop-names"] {
		stopNames[w] = true
	}
	for _, w := range wordLists["institution-nouns"] {
		stopNames[w] = true
		institutionNouns[w] = true
	}
	for _, w := range wordLists["opening-adverbs"] {
		stopNames[w] = true
		openingAdverbs[w] = true
	}
	for _, w := range wordLists["calendar-words"] {
		calendarWords[w] = true
	}
	for _, w := range wordLists["weekdays"] {
		stopNames[w] = true
	}
	// and the verbs of headlines, capitalised there ("Departs", "Meets")
	for _, w := range text.HeadlineVerbs() {
		stopNames[strings.ToUpper(w[:1])+w[1:]] = true
	}
}

// bodyNouns end the name of a public body ("National Energy
// Administration", "Corrupt Practices Investigation Bureau").
var bodyNouns = wordLists.Set("body-nouns")

// bodyWords are the lower-case nouns that name a public body in running
// text: "the Ukrainian energy regulator, NEURC".
var bodyWords = wordLists.Set("body-words")

// armedServices are the branches of a country's armed forces
// (data/phrases.txt).
var armedServices = phraseLists.Set("armed-services")

// nameParticles may stand inside (or, after a title, begin) a name in lower
// case: "Ursula von der Leyen", "Mohammed bin Salman".
var nameParticles = wordLists.Set("name-particles")

// honorifics precede a surname ("Mr Rutte", "Mr. Sullivan").
var honorifics = wordLists.Set("honorifics")

// determiners may open an unnamed office ("the Secretary General") or an
// appositive one ("the President of Poland, Andrzej Duda").
var determiners = map[string]uint8{
	"the": 1, "The": 1, "THE": 1, "our": 2, "Our": 2, "my": 2, "My": 2, "his": 3, "His": 3, "her": 3,
	"Her": 3, "their": 3, "Their": 3, "your": 3, "Your": 3, "its": 3, "Its": 3,
}

// nameSuffixes follow a surname ("Joseph R. Biden, Jr.").
var nameSuffixes = wordLists.Set("name-suffixes")

//go:embed data/postnominals.tsv
var postNominalsTSV string

// postNominals may follow a name without belonging to it ("David Lammy
// MP", "Jane Roe AO"): members' letters, silks, and the orders and medals
// of the Commonwealth realms (data/postnominals.tsv). legislatorLetters,
// among them, say that the person sits in a legislature: "Jane Roe MP",
// "John Doe MSP", "Michelle Roe MLA". Both are read-only after init.
var postNominals, legislatorLetters = func() (map[string]bool, map[string]bool) {
	all, members := map[string]bool{}, map[string]bool{}
	for _, line := range strings.Split(postNominalsTSV, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		all[f[0]] = true
		if len(f) > 1 && f[1] == "member" {
			members[f[0]] = true
		}
	}
	return all, members
}()

// PostNominal reports letters that may follow a person's name without
// belonging to it ("MP", "OBE", "QC"), as data/postnominals.tsv lists
// them.
func PostNominal(w string) bool { return postNominals[w] }

// officeModifiers may stand before a title without changing the office
// ("Acting Secretary", "interim President"); "former" and "retired" are
// handled apart.
var officeModifiers = wordLists.Set("office-modifiers")

// roleNouns head the name of a post ("Country Manager", "Programme
// Officer"): alone after title words they are no one's surname.
var roleNouns = wordLists.Set("role-nouns")

// legislatureWords name a legislature in the heading of its own record.
var legislatureWords = wordLists.Set("legislature-words")
