package block

import "testing"

func TestEndsSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"The talks ended.":            true,
		"Did they agree?":             true,
		"He said: ":                   true,
		"“We will meet again.”":       true,
		"(See the annex.)":            true,
		"Wait for it…":                true,
		"Main menu":                   false,
		"":                            false,
		"Follow us on social media ”": false,
	} {
		if got := EndsSentence(s); got != want {
			t.Errorf("EndsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestHasColumns(t *testing.T) {
	for s, want := range map[string]bool{
		"PAUL ROE, Pennsylvania      ALAN DOE, Alabama":      true,
		"    MARY POE, Utah\tCARL MOE, Idaho":                true,
		"Name          Office":                               true,
		"    Doe, Jane Q.............................    60": false, // a dotted leader
		"The talks ended.   The next began.":                 false, // a sentence's end
		"in place to monitor the details?          C213E":    false,
		"*   Carl Casale,":                                   false, // list markers
		"1.    Mr M A Mzizi asked the Minister:":             false,
		"      (2)   whether there are any measures":         false,
		"McNamara, CEO, Flextronics*   The Honorable":        false,
		"    The Chairman. The hearing will come to order.":  false,
		"": false,
	} {
		if got := HasColumns(s); got != want {
			t.Errorf("HasColumns(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestRecordingStamp(t *testing.T) {
	for s, want := range map[string]int{
		"(09:51)": 7, "[00:10:08]": 10, "(1:02:33.5)": 11, "(9:51) words": 6,
		"(09:5)": 0, "(0951)": 0, "(09:51": 0, "(Applause)": 0, "[123:45]": 0, "(09:51:22:11)": 0, "": 0,
	} {
		if got := RecordingStamp(s); got != want {
			t.Errorf("RecordingStamp(%q) = %d, want %d", s, got, want)
		}
	}
}

// A hard-wrapped converted page keeps its wrap width though a site
// generator's tag runs past it ("{% image … %}", "{{ … | url }}").
func TestWrapWidthWithTemplateTags(t *testing.T) {
	lines := []string{
		"The General Services Administration (GSA), 18F’s parent office, has been",
		"providing essential services to other federal agencies for more than 60",
		"years. Last week, the Administrator [announced the creation of the new",
		`Service]({{ "/2016/05/03/delivering-the-next-generation-of-digital-government/" | url }})`,
		"— a third pillar of services for federal agencies alongside the Public",
		"Buildings Service and Federal Acquisition Service.",
		"",
		`{% image "assets/blog/join-us/18F-IRL-2016.jpg" "A large group picture of the more than 170 team members" %}`,
		"",
		"This new service is an investment by GSA in the long-term work of",
		"transforming how the government builds, buys, and shares digital",
		"services. It is an acknowledgement that this is an urgent need across the",
		"government, and that GSA is the natural place to support the skills.",
	}
	if w := WrapWidth(lines); w < 60 || w > 80 {
		t.Errorf("WrapWidth = %d, want the text's width (about 72)", w)
	}
}

// A short printed record's head notes, longer than its wrapped lines, do
// not hide the wrap: "[Congressional Record Volume 151, Number 99
// (Wednesday, July 20, 2005)]" over a few hard-wrapped paragraphs.
func TestWrapWidthWithHeadNotes(t *testing.T) {
	lines := []string{
		"[Congressional Record Volume 151, Number 99 (Wednesday, July 20, 2005)]",
		"From the Congressional Record Online through the Government Publishing Office [www.gpo.gov]",
		"",
		"  Mr. ROE. Mr. Speaker, I just wanted to respond to the last 1-",
		"minute. My request is that the words of the former speaker at the",
		"podium, to associate those of us who have been on the front lines",
		"of civil rights with that character, be taken down.",
		"  The SPEAKER pro tempore. The gentleman has not stated a",
		"parliamentary inquiry. Does the gentleman have a parliamentary",
		"inquiry?",
		"  Mr. ROE. Yes, I do. Mr. Speaker, my parliamentary inquiry is that",
		"we cannot just say anything on the floor of this House about the",
		"Members of this House, and I would like the Chair to look into the",
		"words of the former speaker at the podium, who spoke a minute ago,",
		"and to rule on them before the House goes on with its business.",
		"  The SPEAKER pro tempore. A demand that words be taken down as",
		"unparliamentary must be made at the time the words are spoken, and",
		"the time for such a demand has passed. The Chair is unaware of any",
		"basis for a point of personal privilege at this time.",
	}
	if w := WrapWidth(lines); w < 60 || w > 80 {
		t.Errorf("WrapWidth = %d, want the text's width (about 68)", w)
	}
}
