// The human-readable view of a document (-o text): what a person reading
// the page would want to see first.

package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/communique/communique/extract"
)

// textView renders doc for a person: title, kind and date, then the
// officials, countries, quotes with speakers, events and turns, and a count
// of removed blocks by reason.
func textView(doc *extract.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "== %s\n", doc.Source)
	if doc.Title != "" {
		fmt.Fprintf(&b, "%s\n", doc.Title)
	}
	published := "no date"
	if !doc.Published.IsZero() {
		published = doc.Published.Format(time.DateOnly)
	}
	fmt.Fprintf(&b, "%s, %s, %d paragraphs\n", doc.Kind, published, strings.Count(doc.Body, "\n\n")+1)
	if len(doc.Officials) > 0 {
		b.WriteString("\nOfficials\n")
		for _, o := range doc.Officials {
			aff := o.Organization
			if aff == "" {
				aff = o.Country
			}
			fmt.Fprintf(&b, "  %s%s\n", o.Name, paren(o.Title, aff))
		}
	}
	if len(doc.Countries) > 0 {
		names := make([]string, len(doc.Countries))
		for i, c := range doc.Countries {
			names[i] = fmt.Sprintf("%s (%s)", c.Name, c.ISO2)
		}
		fmt.Fprintf(&b, "\nCountries\n  %s\n", strings.Join(names, ", "))
	}
	if len(doc.Quotes) > 0 {
		b.WriteString("\nQuotes\n")
		for _, q := range doc.Quotes {
			if q.Term {
				continue
			}
			speaker := q.Speaker
			if speaker == "" {
				speaker = "(no speaker)"
			}
			fmt.Fprintf(&b, "  %s: \u201c%s\u201d%s\n", speaker, clip(q.Text, 100), paren(q.Cue))
		}
	}
	if len(doc.Events) > 0 {
		b.WriteString("\nEvents\n")
		for _, e := range doc.Events {
			line := strings.TrimSpace(strings.Join([]string{e.Date, e.Actor, e.Action, e.Place}, " "))
			if len(e.Participants) > 0 {
				line += " with " + strings.Join(e.Participants, ", ")
			}
			fmt.Fprintf(&b, "  %s\n", line)
		}
	}
	if len(doc.Turns) > 0 {
		fmt.Fprintf(&b, "\nTurns (%d)\n", len(doc.Turns))
		for _, t := range doc.Turns {
			speaker := t.Speaker
			if speaker == "" {
				speaker = t.Role
			}
			fmt.Fprintf(&b, "  [%s] %s: %s\n", t.Kind, speaker, clip(t.Text, 70))
		}
	}
	if len(doc.Removed) > 0 {
		by := map[string]int{}
		for _, r := range doc.Removed {
			by[r.Reason.String()]++
		}
		var parts []string
		for _, k := range slices.Sorted(maps.Keys(by)) {
			parts = append(parts, fmt.Sprintf("%s %d", k, by[k]))
		}
		fmt.Fprintf(&b, "\nRemoved %d blocks: %s\n", len(doc.Removed), strings.Join(parts, ", "))
	}
	b.WriteString("\n")
	return b.String()
}

// paren returns " (a, b)" of the non-empty parts, or "".
func paren(parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	if len(keep) == 0 {
		return ""
	}
	return " (" + strings.Join(keep, ", ") + ")"
}

// clip shortens s to about n characters on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
