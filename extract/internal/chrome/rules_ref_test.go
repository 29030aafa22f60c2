package chrome

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
)

// The rules rewritten to read a line without copies answer as they did
// with strings.Fields and strings.ToLower; the reference versions below
// are those, as they were.

func FuzzRulesAsBefore(f *testing.F) {
	for _, s := range []string{"- 30 -", "# # #", "ENDS", "FOR IMMEDIATE RELEASE:", "Minister's Office - 6552 5700",
		"Media contacts:", "Jane Roe", "District Attorney, Harbour County", "JANE ROE", "\xe2\x82 \xac", "İ K"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		low := strings.ToLower(s)
		check := func(name string, got, want bool) {
			if got != want {
				t.Errorf("%s(%q) = %v, want %v", name, s, got, want)
			}
		}
		check("isEndMark", isEndMark(s), refIsEndMark(s))
		check("releaseMark", releaseMark(s), refReleaseMark(s))
		check("officePhone", officePhone(s), refOfficePhone(s))
		check("isContactHead", isContactHead(s, low), refIsContactHead(s))
		check("isNameLine", isNameLine(s), refIsNameLine(s))
		check("isOfficeLine", isOfficeLine(s), refIsOfficeLine(s))
		check("capsNameLine", capsNameLine(s), refCapsNameLine(s))
		check("isTaxonomyLine", isTaxonomyLine(low), refIsTaxonomyLine(s))
		check("isContact", isContact(s, low), refIsContact(s))
	})
}

func refIsEndMark(s string) bool {
	if len(s) > 12 {
		return false
	}
	t := strings.ToLower(strings.Join(strings.Fields(s), ""))
	if len(t) >= 3 && strings.Trim(t, "#") == "" {
		return true
	}
	return endMarks[t]
}

func refReleaseMark(s string) bool {
	t := strings.ToLower(strings.TrimRight(strings.TrimSpace(s), ":*_ "))
	return t == "for immediate release" || t == "immediate release"
}

func refOfficePhone(t string) bool {
	if len(t) > 80 {
		return false
	}
	for k, r := range t {
		if r != ':' && r != '-' && r != '\u2013' && r != '\u2014' {
			continue
		}
		head := strings.Fields(strings.ToLower(t[:k]))
		if len(head) == 0 || len(head) > 5 {
			return false
		}
		if !phoneOnly(strings.TrimSpace(t[k+utf8.RuneLen(r):])) {
			return false
		}
		for _, w := range head {
			if w == "office" || w == "office's" {
				return true
			}
		}
		return false
	}
	return false
}

func refIsContactHead(s string) bool {
	if len(s) > 100 {
		return false
	}
	s = strings.TrimSpace(s)
	colon := strings.HasSuffix(s, ":")
	t := strings.ToLower(strings.TrimSpace(strings.TrimRight(s, ":")))
	if t == "" || len(strings.Fields(t)) > 12 {
		return false
	}
	for _, h := range contactHeads {
		if t == h || colon && strings.HasSuffix(t, h) && t[len(t)-len(h)-1] == ' ' {
			return true
		}
	}
	return false
}

func refIsNameLine(s string) bool {
	if len(s) > 50 || strings.ContainsAny(s, "0123456789,:;()") {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] {
			return false
		}
		if officeWords[strings.ToLower(strings.Trim(w, ".,"))] {
			return false
		}
	}
	return true
}

func refIsOfficeLine(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 14 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return false
	}
	for _, w := range ws {
		if officeWords[strings.ToLower(strings.Trim(w, ".,'’s"))] {
			return true
		}
	}
	return false
}

func refCapsNameLine(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || len(ws) > 8 {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '-' || r == '\'' || r == '\u2019' || r == '.':
		default:
			return false
		}
	}
	return letters >= 4
}

func refIsTaxonomyLine(s string) bool {
	t := strings.ToLower(strings.Trim(s, "*_ "))
	for _, l := range taxonomyLabels {
		if rest, ok := strings.CutPrefix(t, l); ok {
			rest = strings.Trim(rest, "*_ ")
			return rest == "" || !block.EndsSentence(rest) && !strings.Contains(rest, ". ")
		}
	}
	return false
}

func refIsContact(s string) bool {
	t := strings.TrimSpace(s)
	low := strings.ToLower(t)
	for _, l := range contactLabels {
		if strings.HasPrefix(low, l) {
			return len(strings.TrimSpace(strings.TrimLeft(t[len(l):], ":s"))) > 0
		}
	}
	if emailOnly(t) {
		return true
	}
	return phoneOnly(t) || officePhone(t) || labelledPhone(t)
}
