package quotes

import (
	"strings"
	"unicode"
)

// Repeated quotations: a pull quote or a headline repeats words the text
// attributes elsewhere ("'We are not done yet.'" set apart, then "“We are
// not done yet,” Jane Roe said"). A statement with no speaker of its own
// takes the speaker of the attributed statement that holds the same
// words.

// minRepeat is the shortest quotation, in letters and digits, whose words
// repeated elsewhere are evidence of one speaker.
const minRepeat = 16

// maxRepeatScan bounds the quotations compared in one text, so that a page
// of many unattributed quotations stays linear.
const maxRepeatScan = 200

// repeated gives each statement without a speaker the speaker of another
// statement holding the same words. qs is in text order.
func repeated(qs []Quote) {
	if len(qs) < 2 || len(qs) > maxRepeatScan {
		return
	}
	var keys []string
	for i := range qs {
		q := &qs[i]
		if q.Speaker != "" || q.Term {
			continue
		}
		if keys == nil {
			keys = make([]string, len(qs))
			for j := range qs {
				keys[j] = letters(qs[j].Text)
			}
		}
		k := keys[i]
		if len(k) < minRepeat {
			continue
		}
		for j := range qs {
			o := &qs[j]
			if j == i || o.Speaker == "" || o.Term || o.SpeakerKind != KindPerson {
				continue
			}
			if strings.Contains(keys[j], k) || len(keys[j]) >= minRepeat && strings.Contains(k, keys[j]) {
				q.Speaker, q.SpeakerKind = o.Speaker, o.SpeakerKind
				break
			}
		}
	}
}

// letters returns the lower-case letters and digits of s.
func letters(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
