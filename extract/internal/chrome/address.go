package chrome

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/internal/text"
)

// This file finds a postal address printed under a page (an institution's
// name, its street, its town and postcode, its switchboard): contact
// furniture, not the text.

// streetKinds are the kinds of street an address line names.
var streetKinds = furniture.Set("street")

// isAddressLine reports a line of a postal address: a street ("200
// Independence Avenue S.W.", "10 Downing Street"), a town with a US ZIP or
// UK postcode ("Washington D.C. 20201", "London SW1A 2AA"), or a labelled
// phone number ("Toll Free Call Center: 1-877-696-6775").
func isAddressLine(s string, words tokens) bool {
	var buf [13]string
	f := appendFields(buf[:0], s, 13)
	if len(f) == 0 || len(f) > 12 { // (a sentence: decided without copying it)
		return false
	}
	// a street: a number, then capitalised words and a kind of street
	if isDigits(f[0]) && len(words) >= 3 && len(f) <= 8 {
		for _, w := range words[2:] {
			if streetKinds[w] {
				return capitalised(f[1:])
			}
		}
	}
	// a street named first, with its number after ("Rue de la Loi 175 -
	// B-1048 Bruxelles")
	if len(words) >= 3 && streetKinds[words[0]] && capitalised(f[:1]) {
		number := false
		for _, x := range f[1:] {
			switch {
			case isDigits(x):
				number = true
			case x == "-" || capitalised([]string{x}):
			case len(x) <= 3 && strings.ToLower(x) == x:
				// a particle of the street's name: "de", "la", "del"
			default:
				return false // a word of a sentence: "Via Roma expects …"
			}
		}
		if number {
			return true
		}
	}
	// a town and its postcode
	n := len(f)
	if n >= 2 && n <= 8 && isZIP(f[n-1]) && capitalised(f[:n-1]) {
		return true
	}
	if n >= 3 && n <= 8 && isUKPostcode(f[n-2], f[n-1]) && capitalised(f[:n-2]) {
		return true
	}
	// a phone number after its label
	if label, num, ok := strings.Cut(s, ":"); ok && fieldsUpTo(label, 6) <= 5 {
		// "Tel.: +32 2 281 6319 - press.office@example.org"
		phone, mail, _ := strings.Cut(num, " - ")
		if phoneOnly(strings.Trim(phone, " \u200b\ufeff")) && (mail == "" || emailOnly(strings.TrimSpace(mail))) {
			return true
		}
	}
	return false
}

// emailOnly reports one e-mail address.
func emailOnly(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && strings.Count(s, "@") == 1 && !strings.ContainsAny(s, " \t") && strings.Contains(s[at:], ".")
}

// isDigits reports a house number: one to five digits.
func isDigits(s string) bool { return len(s) <= 5 && text.Digits(s) }

// capitalised reports fields that each open with a capital or a digit
// (names of streets and towns, "S.W.", "D.C.").
func capitalised(f []string) bool {
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "(\"'"))
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isZIP reports a US ZIP code: five digits, or five and four.
func isZIP(s string) bool {
	a, b, four := strings.Cut(s, "-")
	return len(a) == 5 && isDigits(a) && (!four || len(b) == 4 && isDigits(b))
}

// isUKPostcode reports a UK postcode in two parts ("SW1A 2AA", "EH1 3DG"):
// one or two letters, a digit and an optional letter or digit; then a digit
// and two letters.
func isUKPostcode(out, in string) bool {
	if len(out) < 2 || len(out) > 4 || len(in) != 3 {
		return false
	}
	i := 0
	for i < len(out) && i < 2 && out[i] >= 'A' && out[i] <= 'Z' {
		i++
	}
	if i == 0 || i >= len(out) || out[i] < '0' || out[i] > '9' {
		return false
	}
	for _, c := range []byte(out[i+1:]) {
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return in[0] >= '0' && in[0] <= '9' && in[1] >= 'A' && in[1] <= 'Z' && in[2] >= 'A' && in[2] <= 'Z'
}

// markAddressHead removes, as contact, the short line that names an
// address's institution just above it ("U.S. Department of Health & Human
// Services" over "200 Independence Avenue S.W."): a line of at most eight
// words, no sentence, not judged good on its own, right before a run of two
// or more address lines.
func markAddressHead(blocks []block.Block, info []blockInfo, address []bool) {
	for i := 1; i+1 < len(blocks); i++ {
		if !address[i] || !address[i+1] || address[i-1] {
			continue
		}
		j := i - 1
		for j >= 0 && blocks[j].Removed != 0 {
			j--
		}
		if j < 0 {
			continue
		}
		in := &info[j]
		if in.class == classGood || in.class == classBad || in.class == classKeep || in.sent || in.words > 8 {
			continue
		}
		in.class, in.reason = classBad, block.ReasonContact
	}
}
