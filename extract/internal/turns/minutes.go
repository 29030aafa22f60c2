// Minutes in mixed case: records of a sitting that report what each member
// did or said in the third person ("Hon. Mr. Bunn moved the adoption of
// …", "Mr. Riel, seconded by Mr. Ross, moved …") and set a member's own
// words after a dash ("The President — It is our duty …", "Hon. Mr. Bunn —
// I object to the alteration.").

package turns

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/internal/text"
)

// minutesHead reads the member that opens a paragraph of minutes: one or
// two courtesy titles and a name of one to three words ("Hon. Mr.
// O'Donoghue", "Mr. W. Garrioch", "Hon. C.J. Bird"), "The" and a title
// ("The President", "The Chairman"), or a capitalised word, perhaps a
// title, alone or before a name ("Chairman thanked", "Judge Black said":
// minutesLabel keeps those only when the label parser knows the title).
// It returns the length of the head,
// where the member's words or deeds start, whether a dash sets off
// words of their own, and whether the head has a courtesy title; head 0
// when s does not open so. A deed is a verb in lower case after the head
// ("moved", "seconded", "said that") or ", seconded by"; words are a dash
// and a capital ("— I object").
func minutesHead(s string) (head, start int, dash, hon bool) {
	i, words := 0, 0
	if strings.HasPrefix(s, "The ") {
		i = 4
		for words < 2 {
			j := minutesWord(s, i)
			if j == i || !turnUpperASCII(s[i]) || strings.ContainsRune(s[i:j], '.') {
				break
			}
			i, words = j, words+1
			if i < len(s) && s[i] == ' ' && words < 2 && i+1 < len(s) && turnUpperASCII(s[i+1]) {
				i++
				continue
			}
			break
		}
	} else {
		for n := 0; n < 2; n++ {
			j := i
			for j < len(s) && ('a' <= s[j] && s[j] <= 'z' || 'A' <= s[j] && s[j] <= 'Z') {
				j++
			}
			if j == i || !turnUpperASCII(s[i]) || !turnHonorifics[strings.ToLower(s[i:j])] {
				break
			}
			if j < len(s) && s[j] == '.' {
				j++
			}
			if j >= len(s) || s[j] != ' ' {
				return 0, 0, false, false
			}
			i, hon = j+1, true
		}
		if !hon {
			// a title before the name ("Judge Black said"): read here,
			// kept by minutesLabel only when the label parser knows the
			// title
			j := minutesWord(s, 0)
			if j == 0 || j+1 >= len(s) || !turnUpperASCII(s[0]) || strings.ContainsRune(s[:j], '.') || s[j] != ' ' {
				return 0, 0, false, false
			}
			i = j + 1
			if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsUpper(r) {
				i, words = j, 1 // a title alone: "Chairman thanked the assembly"
			}
		}
		for words < 3 && (hon || i > 0 && s[i-1] == ' ') {
			j := minutesWord(s, i)
			if j == i {
				break
			}
			if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsUpper(r) {
				break
			}
			i, words = j, words+1
			if i+1 < len(s) && s[i] == ' ' {
				if r, _ := utf8.DecodeRuneInString(s[i+1:]); unicode.IsUpper(r) && words < 3 {
					i++
					continue
				}
			}
			break
		}
	}
	if words == 0 {
		return 0, 0, false, false
	}
	head = i
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, ", seconded by "):
		return head, i + 2, false, hon
	case strings.HasPrefix(rest, " — ") || strings.HasPrefix(rest, " – ") || strings.HasPrefix(rest, " -- "):
		k := i + strings.IndexByte(rest[1:], ' ') + 2
		if k < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[k:]); unicode.IsUpper(r) || r == '"' || r == '\u201c' {
				return head, k, true, hon
			}
		}
	case len(rest) > 2 && rest[0] == ' ' && 'a' <= rest[1] && rest[1] <= 'z':
		j := 1
		for j < len(rest) && 'a' <= rest[j] && rest[j] <= 'z' {
			j++
		}
		if !minutesNotDeeds[rest[1:j]] {
			return head, i + 1, false, hon
		}
	}
	return 0, 0, false, false
}

// minutesWord returns the end of the word of a name at i: letters, and the
// full stops of initials, apostrophes and hyphens inside it ("C.J.",
// "O'Donoghue", "Lépine").
func minutesWord(s string, i int) int {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || r == '.' || r == '\'' || r == '\u2019' || r == '-' && j > i {
			j += n
			continue
		}
		break
	}
	if j > i && (s[j-1] == '\'' || s[j-1] == '-') {
		j--
	}
	return j
}

// minutesNotDeeds are the lower-case words after a member's name that
// report no deed of theirs: "Mr. Bunn and Mr. Lepine left", "Mr. Bunn
// having adopted the amendment, it was put", "Judge Black was voted to the
// Chair".
var minutesNotDeeds = map[string]bool{"and": true, "or": true, "having": true, "being": true, "was": true, "were": true,
	"is": true, "of": true, "to": true, "in": true, "on": true, "at": true, "for": true, "with": true, "by": true, "from": true,
	"the": true, "s": true}

// minutesRecord reports minutes in mixed case: three paragraphs or more
// open with a member (a courtesy title and a name, or "The" and a title)
// and a deed or a dash, under two heads at least, and two of them move or
// second a motion, or three set off words with a dash, or one does each
// and two the other. Prose that opens paragraphs with "Mr. Roe said" has
// neither.
func minutesRecord(body string, paras []turnPara) bool {
	if len(paras) < 4 {
		return false
	}
	n, procedural, dashes := 0, 0, 0
	first, second := "", ""
	for _, p := range paras {
		s := body[p.start:p.end]
		h, st, dash, hon := minutesHead(s)
		if h == 0 || !hon && !dash {
			continue
		}
		n++
		if dash {
			dashes++
		} else if w := s[st:]; strings.HasPrefix(w, "moved") || strings.HasPrefix(w, "seconded") || strings.HasPrefix(w, "proposed") {
			procedural++
		}
		switch {
		case first == "":
			first = s[:h]
		case s[:h] != first:
			second = s[:h]
		}
	}
	return n >= 3 && second != "" && (procedural >= 2 || dashes >= 3 || procedural >= 1 && dashes >= 2)
}

// minutesLabel reads the member of a paragraph of minutes; the turn's
// words start at the deed or after the dash. A head the label parser does
// not read is the speaker as written, without courtesy titles.
func minutesLabel(s string, memo labelMemo) (labelParse, bool) {
	h, st, _, hon := minutesHead(s)
	if h == 0 {
		return labelParse{}, false
	}
	lb, ok := memo.parse(s[:h])
	if !hon && !strings.HasPrefix(s, "The ") && (!ok || lb.role == "" || lb.name == "" && strings.Contains(s[:h], " ")) {
		return labelParse{}, false // no title of the parser's before the name
	}
	if last := s[strings.LastIndexByte(s[:h], ' ')+1 : h]; !hon && (strings.HasSuffix(last, "s") || strings.HasSuffix(last, "men")) {
		return labelParse{}, false // a body, not a member: "The Secretaries broke the seal"
	}
	if !ok || lb.gen != genNone || lb.name == "" && lb.role == "" {
		words := strings.Fields(s[:h])
		for len(words) > 1 && turnHonorifics[strings.ToLower(strings.TrimSuffix(words[0], "."))] {
			words = words[1:]
		}
		if words[0] == "The" {
			return labelParse{}, false
		}
		name := strings.Join(words, " ")
		lb = labelParse{}
		lb.name, lb.surname, lb.nameWords, lb.honorific = name, words[len(words)-1], len(words), true
		lb.key = speakerNameKey(lb.surname)
	}
	lb.class, lb.strong, lb.textStart = classColon, true, st
	return lb, true
}

// headedMinutes reports a page headed as a meeting's minutes: its headline or
// its first paragraph opens "Minutes of" ("MINUTES OF PROCEEDINGS AT
// SPECIAL MEETING OF …", "Minutes of the Board meeting held on …").
func headedMinutes(body, title string, paras []turnPara) bool {
	if text.HasPrefixFold(strings.TrimLeft(title, "#*_ "), "minutes of ") {
		return true
	}
	return len(paras) > 0 && text.HasPrefixFold(strings.TrimLeft(body[paras[0].start:paras[0].end], "#*_ "), "minutes of ")
}
