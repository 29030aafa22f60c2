package entities

import (
	_ "embed"
	"strings"

	"github.com/communique/communique/internal/text"
)

// stopNames are capitalised words that do not begin or continue a person's
// name after a title: sentence openers, pronouns, calendar words and the
// nouns of institutions ("President Biden Administration" names Biden).
var stopNames = map[string]bool{}

// institutionNouns name institutions and end their names ("the Military
// Committee", "the Health Ministry"): capitalised words just before one
// are the institution's, not a person's. Each is a stopName too.
var institutionNouns = map[string]bool{}

// calendarWords, the months, may end a name ("Theresa May") but not begin
// one, nor stand before a number ("President Biden May 3").
var calendarWords = map[string]bool{}

func init() {
	for _, w := range splitWords(`A An The This That These Those It Its It's I'm I’m I've I’ve I'd I’d I'll I’ll We Our Us You Your He His Him She Her
		They Their Them I Me My Mine Who Whom Whose What When Where Why How Which There Here Then Thus
		And But Or Nor So Yet For If As At By In On Of To Up From With Without Into Onto Over Under About
		After Before During Since Until While Although Though Because Also Again Already Still Just Only
		Even Ever Never Not No Yes Well Now Today Tonight Tomorrow Yesterday Please Thank Thanks Good
		Great Dear Hello Hi Hey Morning Afternoon Evening Okay Sorry Welcome Let Let's Allow Question Questions Answer Moderator Operator Q Mr Mrs Ms
		Dr Sir Madam Mister Excellency Excellencies Ladies Gentlemen Colleagues Friends Everyone Everybody
		All Both Each Every Some Any Many Much More Most Other Another Such Own Same New First Second
		Third Last Next Former Acting Interim Deputy Vice Chief Senior Joint Federal National Royal
		Summit House Room Building Headquarters Agreement Treaty Declaration
		Forum Conference Meeting Meetings Group Press Statement Remarks Readout Transcript Alliance Allies
		Ally Allied Union Republic Kingdom States Nations Strategic Dialogue Day Week Month Year Session
		Forces Force Army Navy Air Team Staff Cabinet Palace Castle Square Hall Street
		Party Coalition Opposition Regime
		Policy Concept Plan Strategy Initiative Partnership Framework Compact Accord Charter Protocol
		Article Section Chapter Annex Resolution Act Law Order Decree Report Review Communique
		Communiqué Facebook Twitter YouTube Instagram LinkedIn Share Print Email Video Photo Photos
		Audio Download Listen Watch Read See Click Subscribe Register Login Search Menu Home Contact
		Related News Media Speech Speeches Interview Interviews Opening Closing Joint Full Text Source
		Minister Ministers Secretary Secretaries President Presidents Prime General Generals Ambassador
		Ambassadors Spokesperson Governor Mayor Chair Chairman Senator Director Commissioner Envoy King
		Queen Prince Princess Emir Sultan Pope Chancellor Premier Admiral Colonel Commander Captain
		Representative Representatives Leader Leaders Head Heads Member Members Officials Official
		North South East West Northern Southern Eastern Western Central Global International European
		Transatlantic Atlantic Arctic Pacific Baltic Indo Euro Cold War Peace Security Defence Defense
		Economic Foreign Affairs Internal Justice Health Energy Trade Finance Public Civil Human Rights
		Will Would Can Could Should Shall Might Must Do Does Did Has Have Had Is Are Was Were Be Been
		League Cup Club Partner Partners Solution Solutions Group Company Inc Ltd 
		River Valley Basin Lake Sea Ocean Mountains Desert Strait Peninsula Border Islands Island Coast
		Excellency God Christmas Easter Ramadan Independence Victory Memorial Liberation Responsible`) {
		stopNames[w] = true
	}
	for _, w := range splitWords(`Office Offices Department Ministry Council Committee Commission Government Administration Assembly Parliament Congress
		Senate Agency Institute University School Center Centre Foundation Programme Program Command Mission
		Embassy Consulate Delegation Board Secretariat Directorate Court Bank Fund Corporation Bureau Authority
		Hospital College Library Museum Airport Prison Academy Association Society Institution Observatory Laboratory
		Service Services Tribunal Registry Inspectorate Institutions Institutes Agencies Ministries Departments
		Councils Committees Commissions Universities Schools Colleges Hospitals Authorities Programmes Programs`) {
		stopNames[w] = true
		institutionNouns[w] = true
	}
	for _, w := range splitWords(`January February March April May June July August September October
		November December`) {
		calendarWords[w] = true
	}
	for _, w := range splitWords(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`) {
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

func splitWords(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' || s[i] == '\n' || s[i] == '\t' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

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

// legislatureWords name a legislature in the heading of its own record.
var legislatureWords = wordLists.Set("legislature-words")
