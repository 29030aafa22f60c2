package quotes

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/communique/communique/entities"
)

// want is one expected quotation: how its text begins, who said it, the
// cue, and whether it is partial or a term.
type want struct {
	starts  string
	speaker string
	cue     string
	partial bool
	term    bool
}

type findCase struct {
	name string
	text string
	offs []entities.Official
	want []want
}

// checkInvariants verifies the properties every result must have.
func checkInvariants(t *testing.T, text string, qs []Quote) {
	t.Helper()
	prevEnd := -1
	valid := utf8.ValidString(text)
	for i, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
			t.Fatalf("quote %d: span [%d,%d) out of bounds (len %d)", i, q.Start, q.End, len(text))
		}
		if text[q.Start:q.End] != q.Text {
			t.Fatalf("quote %d: text[Start:End] = %q, Text = %q", i, text[q.Start:q.End], q.Text)
		}
		if q.Start < prevEnd {
			t.Fatalf("quote %d at %d overlaps or precedes the previous one ending at %d", i, q.Start, prevEnd)
		}
		prevEnd = q.End
		if valid && (!utf8.ValidString(q.Text) || !utf8.ValidString(q.Speaker) || !utf8.ValidString(q.Cue)) {
			t.Fatalf("quote %d: invalid UTF-8 in %q / %q / %q", i, q.Text, q.Speaker, q.Cue)
		}
		if q.SpeakerStart != 0 || q.SpeakerEnd != 0 {
			if q.Speaker == "" || q.SpeakerStart < 0 || q.SpeakerEnd > len(text) || q.SpeakerStart >= q.SpeakerEnd {
				t.Fatalf("quote %d: speaker span [%d,%d) for speaker %q (len %d)", i, q.SpeakerStart, q.SpeakerEnd, q.Speaker, len(text))
			}
		}
		if q.Term && q.Cue != "" {
			t.Fatalf("quote %d: a term with a cue: %+v", i, q)
		}
	}
}

func runCases(t *testing.T, cases []findCase) {
	t.Helper()
	f := New(Options{})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := f.Find(c.text, c.offs)
			checkInvariants(t, c.text, got)
			if len(got) != len(c.want) {
				for _, q := range got {
					t.Logf("got %q speaker %q cue %q partial %v term %v", q.Text, q.Speaker, q.Cue, q.Partial, q.Term)
				}
				t.Fatalf("got %d quotations, want %d", len(got), len(c.want))
			}
			for i, w := range c.want {
				q := got[i]
				if !strings.HasPrefix(q.Text, w.starts) {
					t.Errorf("quote %d: text %q, want it to start with %q", i, q.Text, w.starts)
				}
				if q.Speaker != w.speaker {
					t.Errorf("quote %d (%q): speaker %q, want %q", i, w.starts, q.Speaker, w.speaker)
				}
				if w.cue != "" && q.Cue != w.cue {
					t.Errorf("quote %d (%q): cue %q, want %q", i, w.starts, q.Cue, w.cue)
				}
				if q.Partial != w.partial {
					t.Errorf("quote %d (%q): partial %v, want %v", i, w.starts, q.Partial, w.partial)
				}
				if q.Term != w.term {
					t.Errorf("quote %d (%q): term %v, want %v", i, w.starts, q.Term, w.term)
				}
			}
		})
	}
}

func TestMarks(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "curly",
			text: "“We will defend every inch,” said Mr Rutte.",
			want: []want{{starts: "We will defend every inch,", speaker: "Rutte", cue: "said"}},
		},
		{
			name: "straight",
			text: `"The United States will stand with Ukraine," Secretary Blinken said. "We are grateful," Foreign Minister Kuleba replied.`,
			want: []want{
				{starts: "The United States will stand", speaker: "Blinken", cue: "said"},
				{starts: "We are grateful", speaker: "Kuleba", cue: "replied"},
			},
		},
		{
			name: "straight marks glued to the colon before and the word after",
			text: `Congresswoman Jane Roe issued the following statement:"The talks must go on. We cannot waver."Washington Office, 12 Main Street`,
			want: []want{{starts: "The talks must go on.", speaker: "Jane Roe"}},
		},
		{
			name: "single quotes, British style",
			text: "‘We are providing a further £100 million,’ the Foreign Secretary, James Cleverly, said.",
			want: []want{{starts: "We are providing", speaker: "James Cleverly", cue: "said"}},
		},
		{
			name: "apostrophes are not quotes",
			text: "Russia’s war, the ’90s, rock ’n’ roll and the Allies’ position: none of it is quoted. Don't 'worry', it's fine.",
			want: []want{{starts: "worry", term: true}},
		},
		{
			name: "an attribute's marks in a page's markup quote nothing",
			text: `We wrote up the <a href="https://example.gov/lessons/">Seven Lessons Learned from Small Businesses,</a> and want to share them with the community.`,
			want: nil,
		},
		{
			name: "guillemets",
			text: "«Мы готовы к диалогу», said President Putin.",
			want: []want{{starts: "Мы готовы к диалогу", speaker: "Putin", cue: "said"}},
		},
		{
			name: "German low-high marks",
			text: "„Wir stehen an der Seite der Ukraine“, said Chancellor Olaf Scholz.",
			want: []want{{starts: "Wir stehen an der Seite", speaker: "Olaf Scholz"}},
		},
		{
			name: "nested quotes stay inside the outer one",
			text: "“He told me ‘never again’, and I believed him,” said Foreign Secretary David Lammy.",
			want: []want{{starts: "He told me ‘never again’, and I believed him", speaker: "David Lammy"}},
		},
		{
			name: "straight marks nested in curly",
			text: `“The word "unacceptable" is not strong enough,” the Minister said.`,
			want: []want{{starts: `The word "unacceptable"`, speaker: ""}},
		},
		{
			name: "unclosed mark ends at the paragraph",
			text: "“This is a paragraph its author never closed.\n\nThe next paragraph has no mark, and its stray closing mark” does nothing.",
			want: []want{{starts: "This is a paragraph its author never closed."}},
		},
		{
			name: "a stray closing mark alone",
			text: "The stray closing mark” does nothing. Nor does an inch mark: a 12\" gun.",
		},
		{
			name: "multi-paragraph convention",
			text: "“We must act now,” warned UN Secretary-General António Guterres. “The climate crisis is a matter of life and death.\n\n“We need action, not words. Every country must do more,” he said.",
			want: []want{
				{starts: "We must act now", speaker: "António Guterres", cue: "warned"},
				{starts: "The climate crisis is a matter of life and death.\n\n“We need action", speaker: "António Guterres", cue: "said"},
			},
		},
		{
			name: "a printed record's typewriter marks",
			text: "    And I wrote and said, ``I am writing to urge strongly that you rescind the bonus programs.'' Senator Jane Roe said: ``We are done with it.''",
			want: []want{
				{starts: "I am writing to urge strongly"},
				{starts: "We are done with it.", speaker: "Jane Roe", cue: "said"},
			},
		},
		{
			name: "two apostrophes on both sides, with no typewriter opening: two single marks, one quotation still",
			text: "''The talks must go on,'' the Foreign Minister, Jane Roe, said. The word 'never' and O''Brien are no quotation.",
			want: []want{
				{starts: "The talks must go on,", speaker: "Jane Roe", cue: "said"},
				{starts: "never", term: true},
			},
		},
		{
			name: "reversed guillemets",
			text: "»Wir sind bereit«, sagte der Minister. Mr Weber said: »We are ready.«",
			want: []want{
				{starts: "Wir sind bereit", term: true}, // three words, no English cue
				{starts: "We are ready.", speaker: "Weber", cue: "said"},
			},
		},
		{
			name: "empty marks",
			text: "An empty pair “” and \"\" gives nothing.",
		},
		{
			name: "a spaced outer mark after a nested single mark closes",
			text: `"You shake hands and say, 'Good game,' " said coach Lena Ortiz. "Then you go home."`,
			want: []want{
				{starts: "You shake hands and say, 'Good game,'", speaker: "Lena Ortiz", cue: "said"},
				{starts: "Then you go home.", speaker: "Lena Ortiz"},
			},
		},
		{
			name: "a spaced outer mark after a nested curly single mark closes",
			text: "“They all shouted, ‘Not again,’ ” Tom Berry recalled.",
			want: []want{{starts: "They all shouted, ‘Not again,’", speaker: "Tom Berry", cue: "recalled"}},
		},
	})
}

func TestAttribution(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "signed after a dash with a company's name",
			text: "Panellists shared their advice:\n\n* “Make security a part of the fabric of your company.” - Jane Roe, Acmeworks\n* “Reach out to your counterparts at other firms.” -  John Doe, Everform",
			want: []want{
				{starts: "Make security", speaker: "Jane Roe"},
				{starts: "Reach out", speaker: "John Doe"},
			},
		},
		{
			name: "pronoun after a named subject",
			text: "NATO Secretary General Mark Rutte visited Warsaw on Wednesday. Secretary General Rutte praised Poland. “Poland’s investment in defence is an example to all Allies,” he said.",
			want: []want{{starts: "Poland’s investment", speaker: "Mark Rutte", cue: "said"}},
		},
		{
			name: "partial quote: the reporting subject, not the person inside",
			text: "NATO Secretary General Mark Rutte spoke in Warsaw. Mr Rutte warned that President Putin “has not given up on his ambition to reshape the global security order.”",
			want: []want{{starts: "has not given up", speaker: "Mark Rutte", cue: "warned", partial: true}},
		},
		{
			name: "office after the verb",
			text: "Secretary General Mark Rutte visited Dayton.\n\n“This plan will mean more money for our core military requirements,” said the Secretary General.",
			want: []want{{starts: "This plan", speaker: "Mark Rutte", cue: "said"}},
		},
		{
			name: "continuation keeps the speaker",
			text: "Mr Rutte visited Washington. “Listen to the strong bipartisan support in the US Congress,” he said. “And listen to the American people,” three-quarters of whom support NATO.",
			want: []want{
				{starts: "Listen to the strong", speaker: "Rutte", cue: "said"},
				{starts: "And listen to the American people", speaker: "Rutte"},
			},
		},
		{
			name: "a she after a man and a woman",
			text: "Mr Smith met Ms Jones in Geneva. “We agreed on a road map,” she said.",
			want: []want{{starts: "We agreed", speaker: "Jones"}},
		},
		{
			name: "a man named in passing does not take over he",
			text: "Mr Rutte arrived in Warsaw. He met Mr Tusk at the chancellery. “Poland is a model Ally,” he said.",
			want: []want{{starts: "Poland is a model Ally", speaker: "Rutte", cue: "said"}},
		},
		{
			name: "colon introduces a full quote",
			text: "Prime Minister Keir Starmer said: “This is a defining moment for Europe.”",
			want: []want{{starts: "This is a defining moment", speaker: "Keir Starmer", cue: "said"}},
		},
		{
			name: "told reporters",
			text: "White House Press Secretary Karine Jean-Pierre told reporters that the President “remains committed to diplomacy.” She added, “We will not negotiate over the heads of Ukrainians.”",
			want: []want{
				{starts: "remains committed", speaker: "Karine Jean-Pierre", cue: "told", partial: true},
				{starts: "We will not negotiate", speaker: "Karine Jean-Pierre", cue: "added"},
			},
		},
		{
			name: "according to an organisation",
			text: "According to the Kremlin, the talks were “constructive and businesslike.”",
			want: []want{{starts: "constructive", speaker: "Kremlin", cue: "According to", partial: true}},
		},
		{
			name: "participle takes the clause subject",
			text: "Mr Rutte underscored his confidence in the Euro-Atlantic relationship saying “the transatlantic partnership remains the bedrock of our Alliance.”",
			want: []want{{starts: "the transatlantic partnership", speaker: "Rutte", cue: "saying", partial: true}},
		},
		{
			name: "question with an inverted cue",
			text: "Foreign Minister Annalena Baerbock arrived in Kyiv. “What are we waiting for?” asked the Minister. “The time to act is now.”",
			want: []want{
				{starts: "What are we waiting for?", speaker: "Annalena Baerbock", cue: "asked"},
				{starts: "The time to act is now.", speaker: "Annalena Baerbock"},
			},
		},
		{
			name: "an office nobody holds in the text",
			text: "“Thank you,” the Chancellor replied.",
			want: []want{{starts: "Thank you", speaker: "", cue: "replied"}},
		},
		{
			name: "unnamed officials",
			text: "A senior official said the visit was “a turning point for the region”. Officials said the meeting “went well”.",
			want: []want{
				{starts: "a turning point", speaker: "senior official", cue: "said", partial: true},
				{starts: "went well", speaker: "", cue: "said", partial: true},
			},
		},
		{
			name: "spokesperson by title",
			text: "Department Spokesperson Ned Price briefed the press.\n\n“We are ready,” the spokesperson said. Spokesperson Price added that the Department “will keep working.”",
			want: []want{
				{starts: "We are ready", speaker: "Ned Price", cue: "said"},
				{starts: "will keep working", speaker: "Ned Price", cue: "added", partial: true},
			},
		},
		{
			name: "appositive subject",
			text: "Mr Rutte, NATO’s Secretary General, said the Alliance would “begin a new chapter.”",
			want: []want{{starts: "begin a new chapter", speaker: "Rutte", cue: "said", partial: true}},
		},
		{
			name: "Kremlin style",
			text: "President of Russia Vladimir Putin held a meeting with members of the Security Council. Vladimir Putin noted that \"the sanctions have not achieved their goals.\" He added: \"Russia will find new partners.\"",
			want: []want{
				{starts: "the sanctions", speaker: "Vladimir Putin", cue: "noted", partial: true},
				{starts: "Russia will find", speaker: "Vladimir Putin", cue: "added"},
			},
		},
		{
			name: "EU style with particles",
			text: "Commission President Ursula von der Leyen welcomed the agreement. Ms von der Leyen said ‘the EU stands united’, while Mr Michel stressed that “unity is our strength.”",
			want: []want{
				{starts: "the EU stands united", speaker: "Ursula von der Leyen", cue: "said", partial: true},
				{starts: "unity is our strength", speaker: "Michel", cue: "stressed", partial: true},
			},
		},
		{
			name: "dash introduces a partial quote",
			text: "President Biden spoke on Friday. The President was clear — “we will not back down.”",
			want: []want{{starts: "we will not back down", speaker: "Biden", partial: true}},
		},
		{
			name: "bare surname",
			text: "UN Secretary-General António Guterres briefed the Council. “We must continue to do all we can,” Guterres said. Guterres reported that he had received “an agreement in principle.”",
			want: []want{
				{starts: "We must continue", speaker: "António Guterres", cue: "said"},
				{starts: "an agreement in principle", speaker: "António Guterres", cue: "reported", partial: true},
			},
		},
		{
			name: "no cue: the quotation's own sentence subject",
			text: "Mr Rutte spoke first. Later, Ukrainian President Volodymyr Zelensky appealed to the United Nations over the “dire plight of civilians living underground.”",
			want: []want{{starts: "dire plight", speaker: "Volodymyr Zelensky", partial: true}},
		},
		{
			name: "the office refers to the president last named as a subject",
			text: "European Commission President Ursula von der Leyen met the press. At a joint press conference with President Emmanuel Macron, she described the situation as worrying.\n\nThe EC President cited the “considerable tensions at our doorstep”, among them the build-up of troops.\n\nVon der Leyen said it was vital to push towards “an economy which is competitive and social”.",
			want: []want{
				{starts: "considerable tensions", speaker: "Ursula von der Leyen", partial: true},
				{starts: "an economy", speaker: "Ursula von der Leyen", cue: "said", partial: true},
			},
		},
		{
			name: "a quotation signed on the next line",
			text: "The Commission has allocated €70 million to strengthen preparedness.\n\n\"Today’s risk landscape is ever evolving. I thank Italy, Poland and Romania for their commitment.\n\nJanez Lenarčič, Commissioner for Crisis Management\n\nThe funding has been granted to three countries.",
			want: []want{{starts: "Today’s risk landscape", speaker: "Janez Lenarčič"}},
		},
		{
			name: "inverted cue with a descriptor before the name",
			text: "“Titan is a world of lakes,” said planetary geologist Rosaly Lopes. “It is quite frankly a matter of funding,” responded NASA administrator Jim Bridenstine.",
			want: []want{
				{starts: "Titan is", speaker: "Rosaly Lopes", cue: "said"},
				{starts: "It is quite frankly", speaker: "Jim Bridenstine", cue: "responded"},
			},
		},
		{
			name: "adverb between subject and cue",
			text: "“We messed up,” Thomas allegedly told a supervisor.",
			want: []want{{starts: "We messed up", speaker: "Thomas", cue: "told"}},
		},
		{
			name: "a bare name as reporting subject is tracked",
			text: "Owen Dempsey said the diagnosis had taken weeks. “The changes are often subtle,” he said.",
			want: []want{{starts: "The changes", speaker: "Owen Dempsey", cue: "said"}},
		},
		{
			name: "contractions are not names",
			text: "You’re normal! “Stay with it,” You’re said.",
			want: []want{{starts: "Stay with it", speaker: "", cue: "said"}},
		},
		{
			name: "abbreviated titles with full stops",
			text: "National Security Advisor Jake Sullivan met today with Mr. Stoltenberg. Mr. Sullivan reaffirmed U.S. support. \"We stand with our Allies,\" he said.\n\nSen. Jim Risch said the vote was \"long overdue.\" Gen. Mark Milley told reporters, \"We are ready.\"",
			want: []want{
				{starts: "We stand with our Allies", speaker: "Jake Sullivan", cue: "said"},
				{starts: "long overdue", speaker: "Jim Risch", cue: "said", partial: true},
				{starts: "We are ready", speaker: "Mark Milley", cue: "told"},
			},
		},
		{
			name: "in the words of",
			text: "Secretary-General António Guterres opened the session. In the words of the Secretary-General, “the era of global boiling has arrived.”",
			want: []want{{starts: "the era of global boiling", speaker: "António Guterres", cue: "words of"}},
		},
		{
			name: "organisations, descriptors between names, appositives after the quotation",
			text: "A 2019 study by the Centre for Economic Policy Research, a London-based think tank, concluded that \"the full incidence of the tariffs falls on consumers.\"\n\n\"The Chinese government pays nothing,\" Howard Gleckman, a senior fellow at the Tax Policy Center, has written.\n\n“More supply is coming,” Commerzbank analyst Carsten Fritsch said.",
			want: []want{
				{starts: "the full incidence", speaker: "Centre for Economic Policy Research", cue: "concluded", partial: true},
				{starts: "The Chinese government", speaker: "Howard Gleckman", cue: "written"},
				{starts: "More supply is coming", speaker: "Carsten Fritsch", cue: "said"},
			},
		},
		{
			name: "business titles and possessive organisations",
			text: "“Our results reflected broad-based growth,” said CEO Craig Menear.\n\n“Buying rides to the Moon is new,” NASA's Steve Clarke said.",
			want: []want{
				{starts: "Our results", speaker: "Craig Menear", cue: "said"},
				{starts: "Buying rides", speaker: "Steve Clarke", cue: "said"},
			},
		},
		{
			name: "cue inside an interrupted quote",
			text: "“We will,” Mr Rutte said, “defend every inch of Allied territory.”",
			want: []want{
				{starts: "We will", speaker: "Rutte", cue: "said"},
				{starts: "defend every inch", speaker: "Rutte", cue: "said"},
			},
		},
	})
}

// TestDocuments runs whole bodies written in the manner of the State
// Department, the Kremlin, the UN and the White House.
func TestDocuments(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "readouts and news of several sites",
			text: "Secretary Antony J. Blinken met today with Kenyan Foreign Minister Musalia Mudavadi in Washington. The Secretary and Foreign Minister discussed regional security.\n\n" +
				"“Kenya has stepped up when the world needed it,” Secretary Blinken said. “We are deeply grateful for its leadership.”\n\n" +
				"Foreign Minister Mudavadi thanked the United States for its partnership. “Our two countries share a vision of a secure region,” he said, adding that Kenya would “stay the course.”\n\n" +
				"The Secretary underscored that the United States “stands with the people of Haiti.”\n\n" +
				"President Vladimir Putin held talks in the Kremlin with the President of the United Arab Emirates. The President of Russia noted that “relations between our countries are developing dynamically.”\n\n" +
				"Dmitry Peskov, the Kremlin spokesman, told reporters that the talks had been “substantive.” According to Peskov, the leaders also discussed “the situation in the Middle East.”\n\n" +
				"The Secretary-General is deeply alarmed by the escalation, his spokesperson said. “All parties must exercise maximum restraint,” the statement read.\n\n" +
				"Speaking to journalists in Geneva, UN High Commissioner for Human Rights Volker Türk said the attacks were “unconscionable.” He called for an investigation, saying: “Accountability is essential.”\n\n" +
				"President Biden and Prime Minister Kishida reaffirmed the “ironclad” alliance. “Our alliance has never been stronger,” the two leaders said in a joint statement.",
			want: []want{
				{starts: "Kenya has stepped up", speaker: "Antony J. Blinken", cue: "said"},
				{starts: "We are deeply grateful", speaker: "Antony J. Blinken"},
				{starts: "Our two countries", speaker: "Musalia Mudavadi", cue: "said"},
				{starts: "stay the course", speaker: "Musalia Mudavadi", cue: "adding", partial: true},
				{starts: "stands with the people", speaker: "Antony J. Blinken", cue: "underscored", partial: true},
				{starts: "relations between", speaker: "Vladimir Putin", cue: "noted", partial: true},
				{starts: "substantive", speaker: "Dmitry Peskov", cue: "told", partial: true},
				{starts: "the situation in the Middle East", speaker: "Dmitry Peskov", cue: "According to", partial: true},
				{starts: "All parties", speaker: "", cue: "read"},
				{starts: "unconscionable", speaker: "Volker Türk", cue: "said", partial: true},
				{starts: "Accountability is essential", speaker: "Volker Türk", cue: "saying"},
				{starts: "ironclad", speaker: "", cue: "reaffirmed", partial: true},
				{starts: "Our alliance", speaker: "", cue: "said"},
			},
		},
	})
}

func TestJointStatement(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "a joint letter, a theme and a pronoun",
			text: "Today, First Lady Jill Biden is announcing the 2024 White House Holiday theme: A “Season of Peace and Light”\n\n" +
				"In a welcome letter to visitors, the President and First Lady write:\n\n" +
				"“The holidays have always held a special place in our hearts.\n\n" +
				"“As we celebrate our final holiday season here, we are guided by the values we hold sacred.”\n\n" +
				"At the end of the guidebook, the President and First Lady write to visitors: “At the holidays, Americans come together. May the promise of this “Season of Peace and Light” guide your path forward.”\n\n" +
				"The First Lady will unveil the decor later today. “This is a special day,” she said.",
			want: []want{
				{starts: "Season of Peace and Light", term: true},
				{starts: "The holidays have always", speaker: "", cue: "write"},
				{starts: "At the holidays", speaker: "", cue: "write"},
				{starts: "This is a special day", speaker: "Jill Biden", cue: "said"},
			},
		},
	})
}

func TestTranscripts(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "I in a turn is the turn's speaker",
			text: "Secretary Antony J. Blinken at a Press Availability\n\nSECRETARY BLINKEN: Good afternoon. As I said yesterday, “the door is open.” We mean it.\n\nQUESTION: Mr. Secretary, you said \"no daylight\" between Allies. Is that still true?\n\nMark Rutte, NATO Secretary General\n\nWell, as I told the Ministers, “we are united.” Thank you.",
			want: []want{
				{starts: "the door is open", speaker: "Antony J. Blinken", cue: "said", partial: true},
				{starts: "no daylight", speaker: "", cue: "said", partial: true},
				{starts: "we are united", speaker: "Mark Rutte", cue: "told", partial: true},
			},
		},
		{
			name: "a questioner quoting",
			text: "QUESTION: I said to you, “this will not work.” Do you agree?",
			want: []want{{starts: "this will not work", speaker: "", cue: "said", partial: true}},
		},
	})
}

func TestTerms(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "dinner theme",
			text: "On Sunday 25 May, the Secretary General attended a dinner hosted by the NPA with the theme “Renewed Focus on Peace & Prosperity in the Balkans,” alongside officials from Allied and partner nations.",
			want: []want{{starts: "Renewed Focus on Peace", term: true}},
		},
		{
			name: "policy name",
			text: "Finland and Sweden’s applications also reaffirm NATO’s “Open Door” policy.",
			want: []want{{starts: "Open Door", term: true}},
		},
		{
			name: "expression",
			text: "You had kind words about American leadership, but our expression is “right back at you.” We would not be where we are.",
			want: []want{{starts: "right back at you", term: true}},
		},
		{
			name: "report and book titles, so-called",
			text: "The report, “Securing Europe’s Future”, was published on Monday. The minister presented her book “A Promised Land” and joined the so-called “coalition of the willing”.",
			want: []want{
				{starts: "Securing Europe’s Future", term: true},
				{starts: "A Promised Land", term: true},
				{starts: "coalition of the willing", term: true},
			},
		},
		{
			name: "an event themed",
			text: "The EDB will hold a seminar themed \"Advancing and Embracing Opportunities with Professionalism in Education, Cultivating Core Values Through Upholding Integrity and Driving Innovation\" at the Open Forum, Hall 1E, from 12.45pm to 1.15pm tomorrow (January 23) to introduce the scope of work and career development of the professional grades.",
			want: []want{{starts: "Advancing and Embracing", term: true}},
		},
		{
			name: "scare quotes",
			text: "Moscow calls it a “special military operation”. The “historic” agreement was signed.",
			want: []want{
				{starts: "special military operation", term: true},
				{starts: "historic", term: true},
			},
		},
		{
			name: "a name before its kind",
			text: "Allies took part in the “Sea Breeze” exercise and the “defence of the eastern flank” initiative.",
			want: []want{
				{starts: "Sea Breeze", term: true},
				{starts: "defence of the eastern flank", term: true},
			},
		},
		{
			name: "a short quote with a cue is a statement",
			text: "Mr Rutte said the decision was “historic”.",
			want: []want{{starts: "historic", speaker: "Rutte", cue: "said", partial: true}},
		},
	})
	// OmitTerms drops them.
	f := New(Options{OmitTerms: true})
	if got := f.Find("NATO’s “Open Door” policy remains.", nil); len(got) != 0 {
		t.Errorf("OmitTerms: got %+v", got)
	}
}

func TestParagraphQuotes(t *testing.T) {
	runCases(t, []findCase{
		{
			name: "introduced paragraph without marks",
			text: "The UK has announced new support for Ukraine.\n\nThe Foreign Secretary, James Cleverly, said:\n\nThe UK will continue to support Ukraine for as long as it takes. We are providing a further £100 million in humanitarian aid.\n\nOur support will not waver, and we will keep working with our partners.\n\nFurther information\n\nThe funding will be delivered through the UN.",
			want: []want{{starts: "The UK will continue to support Ukraine for as long as it takes. We are providing a further £100 million in humanitarian aid.\n\nOur support will not waver", speaker: "James Cleverly", cue: "said"}},
		},
		{
			name: "introduced paragraph with marks",
			text: "Ministers met in Brussels.\n\nHigh Representative Kaja Kallas said:\n\n“Europe must take more responsibility for its own security.”",
			want: []want{{starts: "Europe must take", speaker: "Kaja Kallas", cue: "said"}},
		},
		{
			name: "introduction without a colon, multi-paragraph quotation",
			text: "The UK is providing £500,000 for disaster preparedness.\n\nUK Development Director in Dhaka, Matt Carter, said\n\n“The flooding last year shows the country’s vulnerability.\n\n“The UK is proud to partner with the UN. I am pleased to announce this today.\n\n“This will help save lives.”\n\nThe funding will be delivered this year.",
			want: []want{{starts: "The flooding last year", speaker: "Matt Carter", cue: "said"}},
		},
		{
			name: "an office spokesperson",
			text: "The UK condemned the seizure.\n\nA Foreign, Commonwealth and Development Office spokesperson said:\n\nThe United Kingdom condemns the seizure and we call for the immediate release of the crew.",
			want: []want{{starts: "The United Kingdom condemns", speaker: "", cue: "said"}},
		},
		{
			name: "a page that opens with the introduction is the statement itself",
			text: "Prime Minister Theresa May said:\n\nThis year, the United Kingdom has had much to celebrate.\n\nWherever you are this Christmas, I wish you joy and peace.",
		},
		{
			name: "a headline, then the introduction: still the statement itself",
			text: "Prime Minister's Christmas message 2016\n\nPrime Minister Theresa May said:\n\nThis year, the United Kingdom has had much to celebrate.\n\nWherever you are this Christmas, I wish you joy and peace.",
		},
		{
			name: "a Markdown block quote's marks are no part of a multi-paragraph quotation",
			text: "The council approved the plan on Monday.\n\nCllr Jane Roe, Leader of Harbour Council, said:\n\n> \"The plan has been a long time coming.\n\n> \"We have worked closely together to make it happen.\n\n> \"I would like to thank the traders for their patience.\"\n\nThe plan starts in May.",
			want: []want{{starts: "The plan has been a long time coming.\n\n> \"We have worked", speaker: "Jane Roe", cue: "said"}},
		},
		{
			name: "a block quote's straight single marks, a plural's possessive inside",
			text: "The Commissioner met the ministers in Baku.\n\nCommissioner Jane Roe said:\n\n> 'Today's meetings show many partners’ interest in new routes for gas.'\n\nThe next meeting is in May.",
			want: []want{{starts: "Today's meetings show many partners’ interest in new routes for gas.", speaker: "Jane Roe", cue: "said"}},
		},
		{
			name: "a motion's wording set out as moved is no statement",
			text: "The Mayor proposed an amendment to the schedule.\n\nHe asked Members to consider the proposed amendment as follows:\n\n“That Ordinary Meetings of the Council shall be held on the fourth Monday of each month.”\n\nThe amendment was agreed.",
			want: []want{{starts: "That Ordinary Meetings of the Council", term: true}},
		},
		{
			name: "an introduction by I is not attributed",
			text: "SECRETARY BLINKEN: Thank you. Let me say the following:\n\nWe are united in our support for Ukraine and our partners.",
		},
	})
}

func TestOfficials(t *testing.T) {
	rutte := entities.Official{
		Name: "Mark Rutte", Title: "Secretary General", Organization: "NATO",
		Aliases:  []string{"Mr Rutte", "Secretary General Rutte", "the Secretary General"},
		Mentions: []entities.Span{{Start: 0, End: 10}},
	}
	duda := entities.Official{
		Name: "Andrzej Duda", Title: "President", Country: "PL",
		Aliases:  []string{"President Duda", "the President"},
		Mentions: []entities.Span{{Start: 200, End: 210}},
	}
	offs := []entities.Official{rutte, duda}
	runCases(t, []findCase{
		{
			name: "alias",
			text: "“We stand with Poland,” said Mr Rutte.",
			offs: offs,
			want: []want{{starts: "We stand", speaker: "Mark Rutte"}},
		},
		{
			name: "office alias",
			text: "“We stand with Poland,” the Secretary General said.",
			offs: offs,
			want: []want{{starts: "We stand", speaker: "Mark Rutte"}},
		},
		{
			name: "surname with another title",
			text: "“Poland is ready,” President Duda said. Secretary General Rutte stressed that “deterrence works.”",
			offs: offs,
			want: []want{
				{starts: "Poland is ready", speaker: "Andrzej Duda"},
				{starts: "deterrence works", speaker: "Mark Rutte", partial: true},
			},
		},
		{
			name: "pronoun through the official",
			text: "Mr Rutte thanked the hosts. “This is a great day,” he said.",
			offs: offs,
			want: []want{{starts: "This is a great day", speaker: "Mark Rutte"}},
		},
	})
}

func TestEdgeInputs(t *testing.T) {
	f := New(Options{})
	for _, s := range []string{"", "“", "”", "\"", "'", "«", "»", "\n\n“\n\n", "“a”", "\xff\xfe“\xff”", strings.Repeat("“", 1000), strings.Repeat("“a ", 1000) + strings.Repeat("”", 999), strings.Repeat("said: \n", 100)} {
		checkInvariants(t, s, f.Find(s, nil))
	}
}

// TestLongInputLinear guards against quadratic work on hostile input: a
// huge paragraph full of quotations and a huge page of paragraphs that
// open marks and never close them.
func TestLongInputLinear(t *testing.T) {
	f := New(Options{})
	big := strings.Repeat("He said “a b c d” and “e f” and ", 20000)
	checkInvariants(t, big, f.Find(big, nil))
	selfQuoted := strings.Repeat("As I said, “we are ready” and ", 20000)
	checkInvariants(t, selfQuoted, f.Find(selfQuoted, nil))
	lines := strings.Repeat(strings.Repeat("word ", 20000)+"\n", 20) + strings.Repeat("I said “yes” and ", 5000)
	checkInvariants(t, lines, f.Find(lines, nil))
	open := strings.Repeat("“Never closed here\n\n", 20000)
	qs := f.Find(open, nil)
	checkInvariants(t, open, qs)
	if len(qs) != 20000 {
		t.Errorf("unclosed paragraphs: got %d quotations, want 20000", len(qs))
	}
}

// TestConcurrent shares one Finder between goroutines; results must equal
// the sequential ones (run with -race).
func TestConcurrent(t *testing.T) {
	f := New(Options{})
	docs := loadCorpus(t, "nato")
	want := make([][]Quote, len(docs))
	for i, d := range docs {
		want[i] = f.Find(d.body, nil)
	}
	done := make(chan error, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for i, d := range docs {
				got := f.Find(d.body, nil)
				if len(got) != len(want[i]) {
					done <- fmt.Errorf("%s: %d quotations, want %d", d.name, len(got), len(want[i]))
					return
				}
				for j := range got {
					if got[j] != want[i][j] {
						done <- fmt.Errorf("%s: quotation %d differs: %+v vs %+v", d.name, j, got[j], want[i][j])
						return
					}
				}
			}
			done <- nil
		}()
	}
	for g := 0; g < 8; g++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
