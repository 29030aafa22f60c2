package eval_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/communique/communique/extract"
	"github.com/communique/communique/internal/eval"
)

// floors are the lowest F1 each facet may reach on each corpus, and
// accFloors the lowest accuracies: the acceptance levels of the issues that
// built each facet. heldout is pages of sites the other corpora do not
// cover, written and annotated without reading the implementation; its
// floors sit a little below what it measures, to catch a regression in how
// the extraction generalises. releases2 is a second such set, of releases
// of sites no other corpus covers, annotated before the tool ever ran on
// it; the rules its blind run called for made it a development set, and its
// floors now sit a little below what it measures. releases3 and
// transcripts3 are the same for releases of three more sites and for
// transcripts of a public inquiry and of a ministry's interviews; their
// floors, too, sit a little below what they measure once the blind run's
// fixes were made (officials in transcripts3 are still weak). releases4
// (the EU's External Action Service) and transcripts4 (congressional and
// state senate hearings) are the same again, of the next blind round, and
// releases5 (digital.gov) and transcripts5 (South Africa's Parliament) of
// the round after, releases6 (two Singapore sites) of the one after, and
// transcripts6 (Ireland's Oireachtas, Medford's council) and releases7
// (Sentosa) of the one after, and releases8 (GOV.UK departments) and
// transcripts7 (the Lampard Inquiry, two congressional hearings' printed
// records) of the one after, releases9 (SelectUSA, the PCLOB) of the one
// after, transcripts8 (the UK Commons and Lords) of the one after, and
// releases10 (the Defense Digital Service, 18F) of the one after, releases11
// (the National Council on Disability) of the one after, releases12 (the US
// Digital Service) of the one after, releases13 (Singapore's Ministry of
// Law) and transcripts9 (the Congressional Record) of the one after, and
// releases14 (the Federal Election Commission) and transcripts10 (four
// printed committee hearings) of the last; the
// officials of transcripts, and events of Markdown posts, are still weak (releases6's gold names no official, so
// its floor there is zero; releases7's statutory-board officers are not
// read as officials).
var floors = map[string]map[string]float64{
	"nato": {
		eval.FacetContent:   1.0,
		eval.FacetTurns:     1.0,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.90,
		eval.FacetOfficials: 0.95,
		eval.FacetCountries: 0.98,
		eval.FacetQuotes:    0.95,
	},
	"dev": {
		eval.FacetContent:   0.98,
		eval.FacetTurns:     0.98,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.90,
		eval.FacetOfficials: 0.95,
		eval.FacetCountries: 0.98,
		eval.FacetQuotes:    0.95,
	},
	"heldout": {
		eval.FacetContent:   0.95,
		eval.FacetTurns:     0.95,
		eval.FacetDates:     0.90,
		eval.FacetEvents:    0.85,
		eval.FacetOfficials: 0.90,
		eval.FacetCountries: 0.95,
		eval.FacetQuotes:    0.90,
	},
	"releases3": {
		eval.FacetContent:   0.98,
		eval.FacetTurns:     0.95,
		eval.FacetDates:     0.90,
		eval.FacetEvents:    0.88,
		eval.FacetOfficials: 0.88,
		eval.FacetCountries: 0.97,
		eval.FacetQuotes:    0.93,
	},
	"transcripts3": {
		eval.FacetContent:   0.97,
		eval.FacetTurns:     0.97,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.90,
		eval.FacetOfficials: 0.30,
		eval.FacetCountries: 0.95,
		eval.FacetQuotes:    0.90,
	},
	"releases4": {
		eval.FacetContent:   0.98,
		eval.FacetTurns:     0.95,
		eval.FacetDates:     0.93,
		eval.FacetEvents:    0.95,
		eval.FacetOfficials: 0.90,
		eval.FacetCountries: 0.97,
		eval.FacetQuotes:    0.90,
	},
	"transcripts4": {
		eval.FacetContent:   0.97,
		eval.FacetTurns:     0.92,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.90,
		eval.FacetOfficials: 0.45,
		eval.FacetCountries: 0.95,
		eval.FacetQuotes:    0.90,
	},
	"releases5": {
		eval.FacetContent:   0.97,
		eval.FacetTurns:     0.95,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.45,
		eval.FacetOfficials: 0.45,
		eval.FacetCountries: 0.97,
		eval.FacetQuotes:    0.90,
	},
	"transcripts5": {
		eval.FacetContent:   0.97,
		eval.FacetTurns:     0.85,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.90,
		eval.FacetOfficials: 0.15,
		eval.FacetCountries: 0.85,
		eval.FacetQuotes:    0.90,
	},
	"releases6": {
		eval.FacetContent:   0.93,
		eval.FacetTurns:     0.95,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.40, // its gold, of days only, leaves out a completion "In October 2023"
		eval.FacetOfficials: 0.0,  // its gold names none; a caption's two are extra
		eval.FacetCountries: 0.95,
		eval.FacetQuotes:    0.90,
	},
	"transcripts6": {
		eval.FacetContent:   0.92,
		eval.FacetTurns:     0.75,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.95,
		eval.FacetOfficials: 0.50,
		eval.FacetCountries: 0.85,
		eval.FacetQuotes:    0.75,
	},
	"releases7": {
		eval.FacetContent:   0.92,
		eval.FacetTurns:     0.95,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.60,
		eval.FacetOfficials: 0.0, // two officers of statutory boards, with company-like titles, unread
		eval.FacetCountries: 0.95,
		eval.FacetQuotes:    0.95,
	},
	"releases8": {
		eval.FacetContent:   0.97,
		eval.FacetTurns:     0.95,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.60,
		eval.FacetOfficials: 0.70,
		eval.FacetCountries: 0.95,
		eval.FacetQuotes:    0.95,
	},
	"transcripts7": {
		eval.FacetContent:   0.88,
		eval.FacetTurns:     0.80,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.95,
		eval.FacetOfficials: 0.95, // the hearings' rosters, staff and statement heads
		eval.FacetCountries: 0.90,
		eval.FacetQuotes:    0.05, // spoken quotations ("quote … end quote") unread
	},
	"transcripts8": {
		eval.FacetContent:   0.80, // column heads and contents lines the gold counts apart
		eval.FacetTurns:     0.95,
		eval.FacetDates:     0.70,
		eval.FacetEvents:    0.40,
		eval.FacetOfficials: 0.70,
		eval.FacetCountries: 0.90,
		eval.FacetQuotes:    0.95,
	},
	"releases9": {
		eval.FacetContent:   0.95,
		eval.FacetTurns:     0.95,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.40,
		eval.FacetOfficials: 0.70,
		eval.FacetCountries: 0.90,
		eval.FacetQuotes:    0.80,
	},
	"transcripts9": {
		eval.FacetContent:   0.98,
		eval.FacetTurns:     0.55, // members' exchanges and a parliamentary inquiry's kinds
		eval.FacetDates:     0.70,
		eval.FacetEvents:    0.15, // a leader's schedule: "vote on Thursday morning"
		eval.FacetOfficials: 0.85, // nominees ("Mr. Cuomo"), a chairman by his committee
		eval.FacetCountries: 0.98,
		eval.FacetQuotes:    0.95,
	},
	"releases13": {
		eval.FacetContent:   0.98,
		eval.FacetTurns:     0.98,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.85,
		eval.FacetOfficials: 0.80, // "U Htun Htun Oo", "Dr Hoang The Lien"
		eval.FacetCountries: 0.98,
		eval.FacetQuotes:    0.95,
	},
	"releases14": {
		eval.FacetContent:   0.90, // press contacts beside the release's date
		eval.FacetTurns:     0.98,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.85,
		eval.FacetOfficials: 0.85, // a foundation's presidents ("IFES President")
		eval.FacetCountries: 0.98,
		eval.FacetQuotes:    0.95,
	},
	"transcripts10": {
		eval.FacetContent:   0.85, // the prints' cover and contents
		eval.FacetTurns:     0.60, // hearings' questions and answers, as the gold has them
		eval.FacetDates:     0.88,
		eval.FacetEvents:    0.35,
		eval.FacetOfficials: 0.90, // staff lines joined in the print
		eval.FacetCountries: 0.88,
		eval.FacetQuotes:    0.95,
	},
	"releases12": {
		eval.FacetContent:   0.95,
		eval.FacetTurns:     0.95,
		eval.FacetDates:     0.85,
		eval.FacetEvents:    0.20, // a blog's narrative: "This began to change in 2021 when …"
		eval.FacetOfficials: 0.35, // people named with long lower-case descriptions
		eval.FacetCountries: 0.95,
		eval.FacetQuotes:    0.85,
	},
	"releases11": {
		eval.FacetContent:   0.95,
		eval.FacetTurns:     0.95,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.55, // actions a sentence dates with a subordinate clause's day
		eval.FacetOfficials: 0.90,
		eval.FacetCountries: 0.95,
		eval.FacetQuotes:    0.85, // direct speech printed without quotation marks
	},
	"releases10": {
		eval.FacetContent:   0.92,
		eval.FacetTurns:     0.95,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.45, // leads with no verb of the lists ("has produced", "transitions")
		eval.FacetOfficials: 0.60, // officials named with lower-case posts ("DIU director")
		eval.FacetCountries: 0.95,
		eval.FacetQuotes:    0.90,
	},
	"releases2": {
		eval.FacetContent:   0.90,
		eval.FacetTurns:     0.95,
		eval.FacetDates:     0.95,
		eval.FacetEvents:    0.90,
		eval.FacetOfficials: 0.95,
		eval.FacetCountries: 0.97,
		eval.FacetQuotes:    0.93,
	},
}

var accFloors = map[string]map[string]float64{
	"releases3": {
		eval.AccKind:                0.90,
		eval.AccDateValue:           0.95,
		eval.AccEventActor:          0.90,
		eval.AccOfficialTitle:       0.90,
		eval.AccOfficialAffiliation: 0.80,
		eval.AccQuoteSpeaker:        0.85,
	},
	"transcripts3": {
		eval.AccKind:        1.0,
		eval.AccPublished:   1.0,
		eval.AccTurnSpeaker: 0.97,
	},
	"releases4": {
		eval.AccKind:          1.0,
		eval.AccDateValue:     0.95,
		eval.AccOfficialTitle: 0.80,
		eval.AccQuoteSpeaker:  0.75,
	},
	"transcripts4": {
		eval.AccKind:        1.0,
		eval.AccTurnSpeaker: 0.95,
	},
	"releases5": {
		eval.AccKind:         1.0,
		eval.AccPublished:    1.0,
		eval.AccQuoteSpeaker: 0.95,
	},
	"transcripts5": {
		eval.AccKind:        1.0,
		eval.AccPublished:   1.0,
		eval.AccTurnSpeaker: 0.75,
	},
	"releases6": {
		eval.AccKind:      1.0,
		eval.AccDateValue: 0.95,
	},
	"transcripts6": {
		eval.AccKind:                1.0,
		eval.AccPublished:           1.0,
		eval.AccTurnSpeaker:         0.97,
		eval.AccOfficialAffiliation: 0.70, // Medford's councillors, now read, have no country: the page names none
	},
	"releases7": {
		eval.AccKind:         1.0,
		eval.AccPublished:    1.0,
		eval.AccQuoteSpeaker: 0.95,
	},
	"releases8": {
		eval.AccKind:                1.0,
		eval.AccPublished:           1.0,
		eval.AccDateValue:           0.95,
		eval.AccOfficialTitle:       0.85,
		eval.AccOfficialAffiliation: 0.70,
	},
	"transcripts7": {
		eval.AccKind:                1.0,
		eval.AccTurnSpeaker:         0.80,
		eval.AccOfficialTitle:       0.95,
		eval.AccOfficialAffiliation: 0.95,
	},
	"transcripts8": {
		eval.AccKind:                1.0,
		eval.AccPublished:           1.0,
		eval.AccDateValue:           0.95,
		eval.AccTurnSpeaker:         0.95,
		eval.AccOfficialTitle:       0.90,
		eval.AccOfficialAffiliation: 0.60,
	},
	"releases9": {
		eval.AccKind:          1.0,
		eval.AccPublished:     1.0,
		eval.AccDateValue:     0.95,
		eval.AccOfficialTitle: 0.95,
		eval.AccQuoteSpeaker:  0.95,
	},
	"transcripts9": {
		eval.AccKind:        1.0,
		eval.AccPublished:   1.0,
		eval.AccDateValue:   0.80,
		eval.AccTurnSpeaker: 0.95, // the chair's holder carried from "The SPEAKER pro tempore (Mr. Foley)."
	},
	"releases13": {
		eval.AccKind:          1.0,
		eval.AccPublished:     1.0,
		eval.AccDateValue:     0.95,
		eval.AccOfficialTitle: 0.95,
		// two officials more found than before ("Senior Minister of State
		// (SMS) for …"), of the page's own government, which the text
		// does not name beside them
		eval.AccOfficialAffiliation: 0.45,
	},
	"releases14": {
		eval.AccKind:                1.0,
		eval.AccPublished:           1.0,
		eval.AccDateValue:           0.95,
		eval.AccOfficialTitle:       0.95,
		eval.AccOfficialAffiliation: 0.70,
		eval.AccQuoteSpeaker:        0.95,
	},
	"transcripts10": {
		eval.AccKind:                1.0,
		eval.AccPublished:           1.0,
		eval.AccDateValue:           0.95,
		eval.AccOfficialTitle:       0.90,
		eval.AccOfficialAffiliation: 0.95,
		// "Phillip D. Morse, Sr.": the scorer compares names by their
		// ends, and a suffix ends this one
		eval.AccTurnSpeaker: 0.80,
	},
	"releases12": {
		eval.AccKind:         1.0,
		eval.AccPublished:    1.0,
		eval.AccDateValue:    0.95,
		eval.AccQuoteSpeaker: 0.70,
	},
	"releases11": {
		eval.AccKind:          1.0,
		eval.AccPublished:     1.0,
		eval.AccDateValue:     0.95,
		eval.AccOfficialTitle: 0.95,
		eval.AccQuoteSpeaker:  0.90,
	},
	"releases10": {
		eval.AccKind:          1.0,
		eval.AccDateValue:     0.95,
		eval.AccOfficialTitle: 0.80,
		eval.AccQuoteSpeaker:  0.90,
	},
	"nato": {
		eval.AccKind:                1.0,
		eval.AccPublished:           1.0,
		eval.AccDateValue:           0.95,
		eval.AccTurnSpeaker:         1.0,
		eval.AccOfficialTitle:       0.95,
		eval.AccOfficialAffiliation: 0.90,
		eval.AccQuoteSpeaker:        0.95,
	},
	"dev": {
		eval.AccKind:                1.0,
		eval.AccPublished:           1.0,
		eval.AccDateValue:           0.95,
		eval.AccTurnSpeaker:         0.98,
		eval.AccOfficialTitle:       0.95,
		eval.AccOfficialAffiliation: 0.90,
	},
	"heldout": {
		eval.AccKind:          0.9,
		eval.AccPublished:     0.9,
		eval.AccDateValue:     0.9,
		eval.AccTurnSpeaker:   0.9,
		eval.AccQuoteSpeaker:  0.9,
		eval.AccOfficialTitle: 0.9,
	},
	"releases2": {
		eval.AccKind:                0.95,
		eval.AccPublished:           0.85,
		eval.AccDateValue:           0.95,
		eval.AccEventActor:          0.85,
		eval.AccOfficialTitle:       0.95,
		eval.AccOfficialAffiliation: 0.90,
		eval.AccQuoteSpeaker:        0.83,
	},
}

// TestCorpus runs the whole pipeline over testdata/nato, testdata/dev,
// testdata/heldout, testdata/releases2, testdata/releases3,
// testdata/transcripts3, testdata/releases4, testdata/transcripts4,
// testdata/releases5, testdata/transcripts5, testdata/releases6,
// testdata/transcripts6, testdata/releases7, testdata/releases8,
// testdata/transcripts7, testdata/releases9, testdata/transcripts8,
// testdata/releases10, testdata/releases11 and testdata/releases12 as the
// command-line tool does (one
// document at a time, each with its gold file's reference date), scores the
// JSON output against the gold files and fails when a facet falls below its
// floor.
func TestCorpus(t *testing.T) {
	x := extract.New(extract.Options{})
	for _, set := range []string{"nato", "dev", "heldout", "releases2", "releases3", "transcripts3", "releases4", "transcripts4", "releases5", "transcripts5", "releases6", "transcripts6", "releases7", "releases8", "transcripts7", "releases9", "transcripts8", "releases10", "releases11", "releases12", "releases13", "transcripts9", "releases14", "transcripts10"} {
		t.Run(set, func(t *testing.T) {
			gold, err := eval.LoadGold("../../testdata/" + set + "-gold")
			if err != nil {
				t.Fatal(err)
			}
			all, err := filepath.Glob("../../testdata/" + set + "/*")
			if err != nil {
				t.Fatal(err)
			}
			// a file without a gold file (the set's README) is no document
			var files []string
			for _, f := range all {
				if _, ok := gold[eval.PredictionKey(f)]; ok {
					files = append(files, f)
				}
			}
			if len(files) == 0 || len(files) != len(gold) {
				t.Fatalf("%d documents for %d gold files", len(files), len(gold))
			}
			preds := map[string]eval.Prediction{}
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				name := eval.PredictionKey(f)
				var ref time.Time
				if d := gold[name].ReferenceDate; d != "" {
					if ref, err = time.Parse(time.DateOnly, d); err != nil {
						t.Fatalf("%s: reference date: %v", name, err)
					}
				}
				doc, err := x.Extract(context.Background(), extract.Input{Name: f, Data: data, ReferenceDate: ref})
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				// Score what the tool prints: the JSON of the document.
				b, err := json.Marshal(doc)
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				p, err := eval.ParsePrediction(b)
				if err != nil {
					t.Fatalf("%s: %v", f, err)
				}
				preds[eval.PredictionKey(p.Source)] = p
			}
			res := eval.Score(gold, preds)
			var tbl strings.Builder
			if err := res.WriteTable(&tbl, true); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s:\n%s", set, tbl.String())
			if len(res.Missing) > 0 {
				t.Errorf("no prediction for %v", res.Missing)
			}
			for _, k := range eval.FacetNames() {
				floor, ok := floors[set][k]
				if !ok {
					t.Errorf("no floor for %s", k)
					continue
				}
				if f1 := eval.Round(res.Facets[k].F1()); f1 < floor {
					t.Errorf("%s %s F1 %.4f, below its floor %.4f", set, k, f1, floor)
				}
			}
			for k, floor := range accFloors[set] {
				if v := eval.Round(res.Accuracy[k].Value()); v < floor {
					t.Errorf("%s %s accuracy %.4f, below its floor %.4f", set, k, v, floor)
				}
			}
		})
	}
}
