package extract_test

import (
	"context"
	"fmt"

	"github.com/communique/communique/extract"
)

const briefing = `Antony J. Blinken, Secretary of State

Washington, D.C.

SECRETARY BLINKEN: Good afternoon, everyone. Let me start with Ukraine.

We will keep supporting our partners.

MODERATOR: We'll take two questions, beginning with Shaun.

QUESTION: Thank you, Mr. Secretary. Will the United States send more air defence?

SECRETARY BLINKEN: We are working on that with our Allies right now.

QUESTION: And on the summit?

SECRETARY BLINKEN: I expect a strong outcome.
`

// Turns are available in Go without the JSON: each with its speaker, title,
// kind and words, and by speaker.
func ExampleDocument_TurnsBy() {
	x := extract.New(extract.Options{})
	doc, err := x.Extract(context.Background(), extract.Input{Name: "briefing.txt", Data: []byte(briefing)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Kind)
	for _, t := range doc.Turns {
		fmt.Printf("%s | %s | %s | %.25s…\n", t.Kind, t.Speaker, t.Role, t.Text)
	}
	fmt.Println(len(doc.TurnsBy("Blinken")), "turns by Blinken")
	// Output:
	// transcript
	// remarks | Antony J. Blinken | Secretary of State | Good afternoon, everyone.…
	// remarks |  | Moderator | We'll take two questions,…
	// question |  |  | Thank you, Mr. Secretary.…
	// answer | Antony J. Blinken | Secretary of State | We are working on that wi…
	// question |  |  | And on the summit?…
	// answer | Antony J. Blinken | Secretary of State | I expect a strong outcome…
	// 3 turns by Blinken
}

// Exchanges pairs each question with the turns that answer it.
func ExampleDocument_Exchanges() {
	x := extract.New(extract.Options{})
	doc, err := x.Extract(context.Background(), extract.Input{Name: "briefing.txt", Data: []byte(briefing)})
	if err != nil {
		fmt.Println(err)
		return
	}
	for q, answers := range doc.Exchanges() {
		fmt.Printf("Q: %s\n", q.Text)
		for _, a := range answers {
			fmt.Printf("   %s: %s\n", a.Speaker, a.Text)
		}
	}
	// Output:
	// Q: Thank you, Mr. Secretary. Will the United States send more air defence?
	//    Antony J. Blinken: We are working on that with our Allies right now.
	// Q: And on the summit?
	//    Antony J. Blinken: I expect a strong outcome.
}

// Hansard's web pages print each speaker's label on its own line: Members
// with their constituency and party ask, the minister answers, the Speaker
// keeps order.
func ExampleDocument_TurnsBy_hansard() {
	const page = `Libya and the Middle East

Volume 524: debated on Monday 7 March 2011

The Secretary of State for Foreign and Commonwealth Affairs (Mr William Hague)

With permission, Mr Speaker, I will make a statement on Libya and the wider Middle East. The situation in Libya has continued to deteriorate over the past week.

Mr David Lammy (Tottenham) (Lab)

Many of my constituents have family in Egypt and Tunisia. What support are we giving to the transitions in those countries over the next six months?

Mr Speaker

Order. Many Members wish to take part, so questions and answers must be brief.

Mr Hague

We will increase our support for political reform in the region, and we will set out the details next week.
`
	x := extract.New(extract.Options{})
	doc, err := x.Extract(context.Background(), extract.Input{Name: "hansard.txt", Data: []byte(page)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Kind)
	for _, t := range doc.Turns {
		fmt.Printf("%s | %s | %s | %.24s…\n", t.Kind, t.Speaker, t.Role, t.Text)
	}
	fmt.Println(len(doc.TurnsBy("Hague")), "turns by Hague")
	// Output:
	// transcript
	// remarks | William Hague | Secretary of State for Foreign and Commonwealth Affairs | With permission, Mr Spea…
	// question | David Lammy |  | Many of my constituents …
	// remarks |  | Speaker | Order. Many Members wish…
	// answer | William Hague | Secretary of State for Foreign and Commonwealth Affairs | We will increase our sup…
	// 2 turns by Hague
}

// Transcription services print a recording's time stamp beside each label;
// the stamp is not part of the words, and "Speaker 1" is nobody named.
func ExampleDocument_Exchanges_recording() {
	const page = `Kremlin spokesman Dmitry Peskov's daily briefing, transcribed from the recording.

Dmitry Peskov: (09:51)

Good morning, colleagues. We have no announcements today, so let us go straight to your questions.

Speaker 1: (10:08)

Will President Putin take part in the summit in Johannesburg next month?

Dmitry Peskov: (10:15)

No decision has been taken yet. We will inform you in good time.

Speaker 2: (10:40)

And will the talks in Istanbul continue next week?

Dmitry Peskov: (10:44)

They will continue, and our delegation is ready for them.
`
	x := extract.New(extract.Options{})
	doc, err := x.Extract(context.Background(), extract.Input{Name: "briefing.txt", Data: []byte(page)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Kind)
	for q, answers := range doc.Exchanges() {
		fmt.Printf("%s asks: %s\n", q.Role, q.Text)
		for _, a := range answers {
			fmt.Printf("   %s: %s\n", a.Speaker, a.Text)
		}
	}
	// Output:
	// transcript
	// Speaker 1 asks: Will President Putin take part in the summit in Johannesburg next month?
	//    Dmitry Peskov: No decision has been taken yet. We will inform you in good time.
	// Speaker 2 asks: And will the talks in Istanbul continue next week?
	//    Dmitry Peskov: They will continue, and our delegation is ready for them.
}
