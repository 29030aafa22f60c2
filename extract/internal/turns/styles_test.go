// This file tests the segmenter on the label styles of many sites, one
// written example each (those of press rooms and broadcasts here, those of
// legislatures' and services' records in record_styles_test.go), and holds
// dumpSegs, which the turn tests use to print the turns they got.

package turns

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// styleCase is one written page of a house style and the turns it holds.
type styleCase struct {
	name string
	body string
	kind Kind
	want []turnSeg
}

func TestSegmentTurnsStyles(t *testing.T) {
	cases := append(slices.Clone(recordStyles), []styleCase{
		{
			name: "outlet with its journalist in brackets",
			body: joinParas(
				"MINISTER ROE: Good morning. I will take your questions.",
				"Daily Courier (Sam Lee): Minister, will the cuts hit schools?",
				"MINISTER ROE: No. School budgets rise next year.",
				"Mr Tom Hale (North Shields): What of the hospitals?",
				"MINISTER ROE: They rise as well.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Roe", "Minister", "Good morning"},
				{"question", "Sam Lee", "", "Minister, will"},
				{"answer", "Roe", "Minister", "No. School"},
				{"question", "Tom Hale", "", "What of the"},
				{"answer", "Roe", "Minister", "They rise"},
			},
		},
		{
			name: "State Department briefing",
			body: joinParas(
				"Ned Price, Department Spokesperson",
				"Department Press Briefing",
				"MR PRICE: Good afternoon, everyone. I have one thing at the top.",
				"We are announcing new sanctions today.",
				"QUESTION: Thanks, Ned. Can you say more about the timing?",
				"MR PRICE: The timing reflects the work of our partners.",
				"QUESTION: And on a different topic?",
				"MR. PRICE: Go ahead.",
				"QUESTION: Is the Secretary travelling next week?",
				"MR PRICE: We will have more to say on that soon.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Ned Price", "Department Spokesperson", "Good afternoon"},
				{"question", "", "", "Thanks, Ned."},
				{"answer", "Ned Price", "Department Spokesperson", "The timing"},
				{"question", "", "", "And on a different"},
				{"answer", "Ned Price", "Department Spokesperson", "Go ahead."},
				{"question", "", "", "Is the Secretary"},
				{"answer", "Ned Price", "Department Spokesperson", "We will have"},
			},
		},
		{
			name: "White House press briefing",
			body: joinParas(
				"James S. Brady Press Briefing Room",
				"1:02 P.M. EDT",
				"MS. JEAN-PIERRE: Good afternoon, everybody. Okay, so a couple of things at the top.",
				"Today Press Secretary Karine Jean-Pierre hosted the briefing.",
				"Q Thank you, Karine. Two questions on the economy. What does the President expect?",
				"MS. JEAN-PIERRE: So, look, the President has been very clear.",
				"Q Follow-up?",
				"MS. JEAN-PIERRE: Go ahead.",
				"Q: And on China — any calls planned?",
				"MS. JEAN-PIERRE: I don't have any calls to preview.",
				"Q (Inaudible.)",
				"MS. JEAN-PIERRE: Thanks, everybody.",
				"1:45 P.M. EDT",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Karine Jean-Pierre", "Press Secretary", "Good afternoon"},
				{"question", "", "", "Thank you, Karine."},
				{"answer", "Karine Jean-Pierre", "Press Secretary", "So, look"},
				{"question", "", "", "Follow-up?"},
				{"answer", "Karine Jean-Pierre", "Press Secretary", "Go ahead."},
				{"question", "", "", "And on China"},
				{"answer", "Karine Jean-Pierre", "Press Secretary", "I don't have"},
				{"question", "", "", "(Inaudible.)"},
				{"answer", "Karine Jean-Pierre", "Press Secretary", "Thanks, everybody."},
			},
		},
		{
			name: "Kremlin",
			body: joinParas(
				"Vladimir Putin held a news conference following the talks.",
				"President of Russia Vladimir Putin: Good afternoon, ladies and gentlemen.",
				"Our talks were substantive.",
				"Question: A question for both presidents. How do you assess the results?",
				"Vladimir Putin: I assess them positively.",
				"Question (retranslated): And the gas contracts?",
				"Vladimir Putin: We have discussed this in detail.",
				"Dmitry Peskov: Last question, please.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Vladimir Putin", "President of Russia", "Good afternoon"},
				{"question", "", "", "A question for"},
				{"answer", "Vladimir Putin", "President of Russia", "I assess"},
				{"question", "", "", "And the gas"},
				{"answer", "Vladimir Putin", "President of Russia", "We have discussed"},
				{"remarks", "Dmitry Peskov", "", "Last question"},
			},
		},
		{
			name: "Kremlin own-line colon labels",
			body: joinParas(
				"President of Russia Vladimir Putin:",
				"Colleagues, good afternoon.",
				"Let us begin.",
				"Governor of the Tula Region Alexei Dyumin:",
				"Mr President, the region has met its targets.",
				"Vladimir Putin:",
				"Thank you.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Vladimir Putin", "President of Russia", "Colleagues"},
				{"remarks", "Alexei Dyumin", "Governor of the Tula Region", "Mr President"},
				{"remarks", "Vladimir Putin", "President of Russia", "Thank you."},
			},
		},
		{
			name: "Hansard",
			body: joinParas(
				"Foreign Affairs",
				"The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague): With permission, Mr Speaker, I will make a statement on the situation in Libya.",
				"The House will be aware of the events of the last few days.",
				"Mr Jack Straw (Blackburn) (Lab): What assessment has the Foreign Secretary made of the risks to British nationals?",
				"Mr Hague: The right hon. Gentleman asks an important question, and the answer is that we are monitoring it closely.",
				"Hon. Members: Hear, hear.",
				"Mr Speaker: Order.",
				"Sir Menzies Campbell (North East Fife) (LD): Does the Foreign Secretary agree that the no-fly zone must be enforced?",
				"Mr Hague: I do.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "With permission"},
				{"question", "Jack Straw", "", "What assessment"},
				{"answer", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "The right hon."},
				{"remarks", "", "Hon. Members", "Hear, hear."},
				{"remarks", "", "Speaker", "Order."},
				{"question", "Menzies Campbell", "", "Does the Foreign"},
				{"answer", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "I do."},
			},
		},
		{
			name: "television interview",
			body: joinParas(
				"Secretary of State Antony Blinken spoke with Jake Tapper.",
				"Jake Tapper: Mr. Secretary, thanks for joining us. Will the United States send more air defence systems?",
				"Antony Blinken: We are working on that right now with our Allies.",
				"Jake Tapper: And how soon?",
				"Antony Blinken: In the coming weeks.",
				"Jake Tapper: Thank you, Mr. Secretary.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jake Tapper", "", "Mr. Secretary"},
				{"answer", "Antony Blinken", "Secretary of State", "We are working"},
				{"question", "Jake Tapper", "", "And how soon"},
				{"answer", "Antony Blinken", "Secretary of State", "In the coming"},
				{"remarks", "Jake Tapper", "", "Thank you"},
			},
		},
		{
			name: "stray full stop and typo",
			body: joinParas(
				"PRESIDENT TRUMP: Thank you very much. It's an honor to have the Secretary General with us.",
				"SECRETARY GENERAL STOLTENBERG: Thank you, Mr. President.",
				"PRESIDENT TRUMP. Thank you, Jens.",
				"Q Mr. President, will you meet President Putin?",
				"PRESIDENT TRUPM: We'll see what happens.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Trump", "President", "Thank you very much"},
				{"remarks", "Stoltenberg", "Secretary General", "Thank you, Mr."},
				{"remarks", "Trump", "President", "Thank you, Jens."},
				{"question", "", "", "Mr. President"},
				{"answer", "Trump", "President", "We'll see"},
			},
		},
		{
			name: "NATO press conference with own-line labels",
			body: joinParas(
				"(Opening remarks)",
				"Oana Lungescu (NATO Spokesperson)",
				"Good afternoon. The Secretary General will start with a few words.",
				"Jens Stoltenberg, NATO Secretary General",
				"Good afternoon. Today we decided to strengthen our deterrence.",
				"Oana Lungescu (NATO Spokesperson)",
				"We'll start with Reuters.",
				"Question (Reuters)",
				"Thank you. Secretary General, what is the timeline?",
				"Jens Stoltenberg, NATO Secretary General",
				"We will decide at the Summit.",
				"(Check against delivery)",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Oana Lungescu", "NATO Spokesperson", "Good afternoon. The"},
				{"remarks", "Jens Stoltenberg", "NATO Secretary General", "Good afternoon. Today"},
				{"remarks", "Oana Lungescu", "NATO Spokesperson", "We'll start"},
				{"question", "", "", "Thank you. Secretary"},
				{"answer", "Jens Stoltenberg", "NATO Secretary General", "We will decide at the Summit."},
			},
		},
		{
			name: "participant and interpreter",
			body: joinParas(
				"SECRETARY BLINKEN: Thank you all for coming to this town hall.",
				"PARTICIPANT: Thank you, Mr. Secretary. My question is about exchanges. How will you expand them?",
				"SECRETARY BLINKEN: We are doubling the programme.",
				"FOREIGN MINISTER KULEBA (via interpreter): Thank you, Tony.",
				"INTERPRETER: The minister thanked the Secretary.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Blinken", "Secretary", "Thank you all"},
				{"question", "", "Participant", "Thank you, Mr. Secretary."},
				{"answer", "Blinken", "Secretary", "We are doubling"},
				{"remarks", "Kuleba", "Foreign Minister", "Thank you, Tony."},
				{"remarks", "", "Interpreter", "The minister"},
			},
		},
		{
			name: "White House remarks with a role-only label",
			body: joinParas(
				"Remarks by President Biden on the Economy",
				"East Room",
				"THE PRESIDENT: Good afternoon. Please, have a seat.",
				"Today I want to talk about jobs.",
				"END 2:15 P.M. EDT",
			),
			kind: KindSpeech,
			want: []turnSeg{
				{"remarks", "Biden", "President", "Good afternoon. Please, have a seat.\n\nToday I want to talk about jobs.$"},
			},
		},
		{
			name: "Pentagon briefing",
			body: joinParas(
				"Secretary of Defense Lloyd J. Austin III and Chairman of the Joint Chiefs of Staff Gen. Mark A. Milley Hold a Press Conference",
				"STAFF: Good afternoon. The Secretary will begin with an opening statement.",
				"SECRETARY OF DEFENSE LLOYD J. AUSTIN III: Well, good afternoon, everyone.",
				"GENERAL MARK A. MILLEY: Thank you, Mr. Secretary.",
				"STAFF: First question, Lita Baldor.",
				"Q: Thank you. General Milley, how many troops will deploy?",
				"GEN. MILLEY: About 3,000.",
				"SEC. AUSTIN: And they will be ready.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Staff", "Good afternoon."},
				{"remarks", "Lloyd J. Austin III", "Secretary of Defense", "Well, good"},
				{"remarks", "Mark A. Milley", "General", "Thank you, Mr."},
				{"remarks", "", "Staff", "First question"},
				{"question", "", "", "Thank you. General"},
				{"answer", "Mark A. Milley", "General", "About 3,000."},
				{"remarks", "Lloyd J. Austin III", "Secretary of Defense", "And they will"},
			},
		},
		{
			name: "UN noon briefing",
			body: joinParas(
				"Daily Press Briefing by the Office of the Spokesperson for the Secretary-General",
				"The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.",
				"Spokesman: Good afternoon. I will start with an update on the situation in the region.",
				"Question: Thank you, Stéphane. Has the Secretary-General spoken to the parties?",
				"Spokesman: He has not, but his envoy has.",
				"Question: And when will the report come out?",
				"Spokesman: Next week.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Stéphane Dujarric", "Spokesman for the Secretary-General", "Good afternoon."},
				{"question", "", "", "Thank you, Stéphane."},
				{"answer", "Stéphane Dujarric", "Spokesman for the Secretary-General", "He has not"},
				{"question", "", "", "And when"},
				{"answer", "Stéphane Dujarric", "Spokesman for the Secretary-General", "Next week."},
			},
		},
		{
			name: "Hansard oral questions",
			body: joinParas(
				"Oral Answers to Questions",
				"1. Mr Jack Straw (Blackburn) (Lab): What recent assessment he has made of the situation in Syria?",
				"The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague): The situation remains grave.",
				"[123456] Ms Emily Thornberry (Islington South and Finsbury) (Lab): Will the Foreign Secretary confirm the figures?",
				"Mr Hague: I will write to her.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Jack Straw", "", "What recent"},
				{"answer", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "The situation"},
				{"question", "Emily Thornberry", "", "Will the Foreign"},
				{"answer", "William Hague", "Secretary of State for Foreign and Commonwealth Affairs", "I will write"},
			},
		},
		{
			name: "capitals with a comma",
			body: joinParas(
				"JAKE SULLIVAN, NATIONAL SECURITY ADVISOR: Thanks, everybody. Let me say a few words.",
				"Q Jake, on Ukraine — what is the timeline?",
				"MR. SULLIVAN: We don't put a timeline on it.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Jake Sullivan", "National Security Advisor", "Thanks, everybody."},
				{"question", "", "", "Jake, on Ukraine"},
				{"answer", "Jake Sullivan", "National Security Advisor", "We don't"},
			},
		},
		{
			name: "NATO labels with brackets",
			body: joinParas(
				"Oana Lungescu [NATO Spokesperson]: Good morning. The Secretary General will start.",
				"NATO Secretary General Jens Stoltenberg: Good morning.",
				"Question [Reuters]: Will there be a decision today?",
				"Jens Stoltenberg: Yes.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Oana Lungescu", "NATO Spokesperson", "Good morning. The"},
				{"remarks", "Jens Stoltenberg", "NATO Secretary General", "Good morning."},
				{"question", "", "", "Will there"},
				{"answer", "Jens Stoltenberg", "NATO Secretary General", "Yes."},
			},
		},
		{
			name: "cable news interview in capitals",
			body: joinParas(
				"TAPPER: Joining me now is the Secretary of State, Antony Blinken. Mr. Secretary, thanks for being here. What happens next?",
				"BLINKEN: Jake, good to be with you. We keep working with our partners.",
				"TAPPER: Is a deal close?",
				"BLINKEN: I think we are making progress.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Tapper", "", "Joining me now"},
				{"answer", "Antony Blinken", "Secretary of State", "Jake, good"},
				{"question", "Tapper", "", "Is a deal"},
				{"answer", "Antony Blinken", "Secretary of State", "I think"},
			},
		},
		{
			name: "White House background call",
			body: joinParas(
				"Background Press Call by Senior Administration Officials on the NATO Summit",
				"MODERATOR: Thanks, everyone, for joining. This call is on background.",
				"SENIOR ADMINISTRATION OFFICIAL #1: Thanks. Let me give a short overview.",
				"SENIOR ADMINISTRATION OFFICIAL #2: And I'll add a word on the economics.",
				"MODERATOR: Our first question goes to Aamer.",
				"Q Thanks for doing this. What will the communiqué say about Ukraine?",
				"SENIOR ADMINISTRATION OFFICIAL #1: I won't get ahead of the leaders.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Moderator", "Thanks, everyone"},
				{"remarks", "", "Senior Administration Official #1", "Thanks. Let me"},
				{"remarks", "", "Senior Administration Official #2", "And I'll add"},
				{"remarks", "", "Moderator", "Our first"},
				{"question", "", "", "Thanks for doing"},
				{"answer", "", "Senior Administration Official #1", "I won't get"},
			},
		},
		{
			name: "foreign ministry briefing with outlets",
			body: joinParas(
				"Foreign Ministry Spokesperson's Regular Press Conference",
				"Mao Ning: Good afternoon. I have two announcements to start with.",
				"Reuters: The NATO summit communiqué mentions China. What is your comment?",
				"Mao Ning: We firmly oppose it.",
				"AFP: Will the Foreign Minister travel to Europe next week?",
				"Mao Ning: I have no information to offer at the moment.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Mao Ning", "", "Good afternoon."},
				{"question", "Reuters", "", "The NATO summit"},
				{"answer", "Mao Ning", "", "We firmly"},
				{"question", "AFP", "", "Will the Foreign"},
				{"answer", "Mao Ning", "", "I have no"},
			},
		},
		{
			name: "title before the name",
			body: joinParas(
				"Official Spokesperson, Shri Randhir Jaiswal: Good evening, friends. Welcome to this weekly briefing.",
				"Question: Sir, my question is on the visit. Will an agreement be signed?",
				"Official Spokesperson, Shri Randhir Jaiswal: Please wait for the announcements.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Randhir Jaiswal", "Official Spokesperson", "Good evening"},
				{"question", "", "", "Sir, my question"},
				{"answer", "Randhir Jaiswal", "Official Spokesperson", "Please wait"},
			},
		},
		{
			name: "an interjection from the floor that asks",
			body: joinParas(
				"Question: Will you meet the other candidates?",
				"Jane Roe: Yes, I will.",
				"Remark: When?",
				"Jane Roe: Next week, I think.",
				"Remark: Thank you.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "", "", "Will you"},
				{"answer", "Jane Roe", "", "Yes, I will"},
				{"question", "", "Remark", "When?"},
				{"answer", "Jane Roe", "", "Next week"},
				{"remarks", "", "Remark", "Thank you"},
			},
		},
		{
			name: "rank before the name, office after the comma",
			body: joinParas(
				"Police Commissioner Jane Roe: Good morning. Crime is down this quarter.",
				"Question: What explains the rise in shootings in some boroughs?",
				"Chief Michael J. Doe, Chief of Department, Police Department: We are going against historic lows there.",
				"Question: As you mentioned, staffing in the Bronx is short.",
				"Police Commissioner Jane Roe: The Bronx is fully staffed now.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Jane Roe", "Police Commissioner", "Good morning."},
				{"question", "", "", "What explains"},
				{"answer", "Michael J. Doe", "Chief of Department, Police Department", "We are going"},
				{"question", "", "", "As you mentioned"},
				{"answer", "Jane Roe", "Police Commissioner", "The Bronx"},
			},
		},
		{
			name: "Downing Street press conference",
			body: joinParas(
				"Prime Minister Keir Starmer held a press conference in Downing Street.",
				"PM: Good afternoon. Today we have taken a decision.",
				"Journalist: Prime Minister, how much will this cost?",
				"PM: We have set out the costs in full.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Keir Starmer", "Prime Minister", "Good afternoon."},
				{"question", "", "", "Prime Minister, how"},
				{"answer", "Keir Starmer", "Prime Minister", "We have set"},
			},
		},
		{
			name: "interview with a role-only answerer",
			body: joinParas(
				"Interview with NATO Secretary General Mark Rutte by a national broadcaster",
				"Question: Secretary General, thank you for joining us. Is the Alliance ready?",
				"Secretary General: Yes, we are ready, and we are getting stronger.",
				"Question: And the money?",
				"Secretary General: Allies are spending more.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "", "", "Secretary General, thank"},
				{"answer", "Mark Rutte", "NATO Secretary General", "Yes, we are"},
				{"question", "", "", "And the money"},
				{"answer", "Mark Rutte", "NATO Secretary General", "Allies are"},
			},
		},
		{
			name: "Hansard without honorifics",
			body: joinParas(
				"Engagements",
				"Kemi Badenoch (North West Essex) (Con): Will the Prime Minister rule out raising taxes again?",
				"The Prime Minister (Keir Starmer): I will not write five years of budgets today.",
				"Kemi Badenoch: That was not an answer. Will he answer now?",
				"The Prime Minister: I have answered.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Kemi Badenoch", "", "Will the Prime"},
				{"answer", "Keir Starmer", "Prime Minister", "I will not"},
				{"question", "Kemi Badenoch", "", "That was not"},
				{"answer", "Keir Starmer", "Prime Minister", "I have answered."},
			},
		},
		{
			name: "journalists named by the moderator",
			body: joinParas(
				"MODERATOR: Please welcome the Foreign Minister.",
				"FOREIGN MINISTER HAAVISTO: Thank you. Good morning.",
				"MODERATOR: Laura, from MTV News.",
				"Laura Halminen (MTV News): I wanted to ask about the timeline for ratification.",
				"FOREIGN MINISTER HAAVISTO: We expect it this year.",
				"MODERATOR: Next, Mr. Smith.",
				"MR. SMITH: Thank you, Minister, for the opportunity.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "", "Moderator", "Please welcome"},
				{"remarks", "Haavisto", "Foreign Minister", "Thank you. Good"},
				{"remarks", "", "Moderator", "Laura, from"},
				{"question", "Laura Halminen", "", "I wanted to ask"},
				{"answer", "Haavisto", "Foreign Minister", "We expect"},
				{"remarks", "", "Moderator", "Next, Mr. Smith."},
				{"remarks", "Smith", "", "Thank you, Minister"},
			},
		},
		{
			name: "own-line labels beside a colon label",
			body: joinParas(
				"Mark Rutte, NATO Secretary General",
				"Good morning. Let me start with Ukraine.",
				"Question: Will there be a decision today?",
				"Mark Rutte, NATO Secretary General",
				"Yes, there will.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Mark Rutte", "NATO Secretary General", "Good morning."},
				{"question", "", "", "Will there"},
				{"answer", "Mark Rutte", "NATO Secretary General", "Yes, there"},
			},
		},
		{
			name: "byline with place and date lines",
			body: joinParas(
				"Antony J. Blinken, Secretary of State",
				"Washington, D.C.",
				"April 5, 2022",
				"10:05 A.M. EDT",
				"SECRETARY BLINKEN: Good morning.",
				"QUESTION: Mr. Secretary, a question?",
				"SECRETARY BLINKEN: An answer.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Antony J. Blinken", "Secretary of State", "Good morning."},
				{"question", "", "", "Mr. Secretary"},
				{"answer", "Antony J. Blinken", "Secretary of State", "An answer."},
			},
		},
		{
			name: "own-line bare names beside questions",
			body: joinParas(
				"Washington Hilton",
				"Mark Rutte",
				"Good morning. Let me start with Ukraine.",
				"Question",
				"Will there be a decision today?",
				"Mark Rutte",
				"Yes, there will.",
				"Question",
				"And on spending?",
				"Marco Rubio",
				"Allies are doing more.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Mark Rutte", "", "Good morning."},
				{"question", "", "", "Will there"},
				{"answer", "Mark Rutte", "", "Yes, there"},
				{"question", "", "", "And on spending"},
				{"answer", "Marco Rubio", "", "Allies are"},
			},
		},
		{
			name: "labels run into their words",
			body: joinParas(
				"SECRETARY BLINKEN:Good afternoon.",
				"QUESTION:Thank you. Is there a deal?",
				"SECRETARY BLINKEN:Not yet.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Blinken", "Secretary", "Good afternoon."},
				{"question", "", "", "Thank you."},
				{"answer", "Blinken", "Secretary", "Not yet."},
			},
		},
		{
			name: "no-break spaces after labels",
			body: joinParas(
				"SECRETARY BLINKEN:\u00a0\u00a0Well, good afternoon.",
				"FOREIGN MINISTER\u00a0HAAVISTO:\u00a0 Thank you.",
				"Q\u00a0\u00a0Thanks. A question?",
				"SECRETARY BLINKEN:\u00a0Yes.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Blinken", "Secretary", "Well, good"},
				{"remarks", "Haavisto", "Foreign Minister", "Thank you."},
				{"question", "", "", "Thanks. A question?"},
				{"answer", "Blinken", "Secretary", "Yes."},
			},
		},
		{
			name: "interpreting notes",
			body: joinParas(
				"PRESIDENT ZELENSKYY: (As interpreted.) Thank you, Mr. President.",
				"PRESIDENT BIDEN: Thank you. (Laughter.) Good to see you.",
				"Q (In Ukrainian.) Mr. President, will you get the air defence you asked for?",
				"PRESIDENT ZELENSKYY: (Speaking Ukrainian.)",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Zelenskyy", "President", "Thank you, Mr. President."},
				{"remarks", "Biden", "President", "Thank you. (Laughter.)"},
				{"question", "", "", "Mr. President, will"},
				{"answer", "Zelenskyy", "President", "(Speaking Ukrainian.)"},
			},
		},
		{
			name: "a label line with its words lost",
			body: joinParas(
				"Mark Rutte, NATO Secretary General",
				"It will cost a lot, but it is necessary.",
				"Allison Hart, NATO Spokesperson",
				"Question",
				"Will Spain meet the target?",
				"Mark Rutte, NATO Secretary General",
				"Yes.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Mark Rutte", "NATO Secretary General", "It will cost a lot, but it is necessary.$"},
				{"question", "", "", "Will Spain"},
				{"answer", "Mark Rutte", "NATO Secretary General", "Yes."},
			},
		},
		{
			name: "named moderator",
			body: joinParas(
				"MODERATOR (Ned Price): Good morning. We'll begin with the Secretary.",
				"SECRETARY BLINKEN: Thank you, Ned.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Ned Price", "Moderator", "Good morning."},
				{"remarks", "Blinken", "Secretary", "Thank you, Ned."},
			},
		},
		{
			name: "one surname, two people",
			body: joinParas(
				"Mr Ed Miliband (Doncaster North) (Lab): Will the Foreign Secretary answer my brother?",
				"The Secretary of State for Foreign and Commonwealth Affairs (Mr David Miliband): I always do.",
				"Mr Ed Miliband: Then will he answer now?",
				"Mr David Miliband: No.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"question", "Ed Miliband", "", "Will the Foreign"},
				{"answer", "David Miliband", "Secretary of State for Foreign and Commonwealth Affairs", "I always"},
				{"question", "Ed Miliband", "", "Then will"},
				{"answer", "David Miliband", "Secretary of State for Foreign and Commonwealth Affairs", "No."},
			},
		},
		{
			name: "names that are also words",
			body: joinParas(
				"Ned Price: Good afternoon.",
				"Question: Thanks. A question?",
				"Ned Price: An answer.",
				"Thomas More: A word.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Ned Price", "", "Good afternoon."},
				{"question", "", "", "Thanks."},
				{"answer", "Ned Price", "", "An answer."},
				{"remarks", "Thomas More", "", "A word."},
			},
		},
		{
			name: "the Secretary named after his title's complement",
			body: joinParas(
				"Secretary of State Michael R. Pompeo at a Press Availability",
				"THE SECRETARY: Good morning, everyone.",
				"QUESTION: Mr. Secretary, a question on Iran?",
				"THE SECRETARY: We will see.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Michael R. Pompeo", "Secretary of State", "Good morning"},
				{"question", "", "", "Mr. Secretary"},
				{"answer", "Michael R. Pompeo", "Secretary of State", "We will see."},
			},
		},
		{
			name: "Hansard title with commas",
			body: joinParas(
				"Madam Deputy Speaker (Dame Eleanor Laing): Order. I call the Minister.",
				"The Parliamentary Under-Secretary of State for Foreign, Commonwealth and Development Affairs (Mr Stephen Doughty): I thank the hon. Member for her question.",
				"Dr Caroline Johnson (Sleaford and North Hykeham) (Con): Will the Minister meet me to discuss it?",
				"Mr Doughty: I will.",
			),
			kind: KindTranscript,
			want: []turnSeg{
				{"remarks", "Eleanor Laing", "Deputy Speaker", "Order."},
				{"remarks", "Stephen Doughty", "Parliamentary Under-Secretary of State for Foreign, Commonwealth and Development Affairs", "I thank"},
				{"question", "Caroline Johnson", "", "Will the Minister"},
				{"answer", "Stephen Doughty", "Parliamentary Under-Secretary of State for Foreign, Commonwealth and Development Affairs", "I will."},
			},
		},
		{
			name: "NATO speech",
			body: joinParas(
				"(As delivered)",
				"Mark Rutte, NATO Secretary General",
				"Ladies and gentlemen, thank you for having me.",
				"We live in dangerous times.",
			),
			kind: KindSpeech,
			want: []turnSeg{
				{"remarks", "Mark Rutte", "NATO Secretary General", "Ladies and gentlemen"},
			},
		},
	}...)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			kind, turns := segmentTurns(c.body)
			checkTurnInvariants(t, c.body, turns)
			if kind != c.kind {
				t.Errorf("kind %s, want %s", kind, c.kind)
			}
			got := segsOf(turns)
			if len(got) != len(c.want) {
				t.Fatalf("%d turns, want %d:\n%s", len(got), len(c.want), dumpSegs(got))
			}
			for i, w := range c.want {
				g := got[i]
				// A want ending in "$" is the whole text, else its start.
				textOK := strings.HasPrefix(g.starts, w.starts)
				if exact, ok := strings.CutSuffix(w.starts, "$"); ok {
					textOK = g.starts == exact
				}
				if g.kind != w.kind || g.speaker != w.speaker || g.role != w.role || !textOK {
					t.Errorf("turn %d:\n got %s %q %q %.40q\nwant %s %q %q %q", i, g.kind, g.speaker, g.role, g.starts, w.kind, w.speaker, w.role, w.starts)
				}
			}
		})
	}
}

func dumpSegs(ss []turnSeg) string {
	var b strings.Builder
	for _, s := range ss {
		fmt.Fprintf(&b, "  %s %q %q %.50q\n", s.kind, s.speaker, s.role, s.starts)
	}
	return b.String()
}
