package chrome

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/internal/text"
)

// This file recognises two kinds of page furniture that read like text: a
// photo's caption, told by its credit or its label, and a press contact
// (a phone number, an e-mail address, a "Contact:" line, the lines under a
// release's end mark).

// captionLabels open a caption; creditLabels introduce a photographer's
// credit at the end of one.
// Both come from data/furniture.txt, in lower case.
var (
	captionLabels = furniture["caption-label"]
	creditLabels  = furniture["credit-label"]
)

// isCaption reports a block that is a photo's caption: it opens with a
// caption label, or its last sentence is a credit ("Credit: Jane Roe",
// "NASA/Bill Ingalls").
func isCaption(s string) bool {
	head := strings.TrimSpace(s)
	for _, l := range captionLabels {
		if text.HasPrefixFold(head, l) {
			return true
		}
	}
	// the last sentence
	tail := strings.TrimSpace(s)
	if k := strings.LastIndexAny(strings.TrimRight(tail, ".) "), ".!?"); k >= 0 {
		tail = strings.TrimSpace(tail[k+1:])
	}
	if tail == "" || len(tail) > 80 {
		return false
	}
	for _, l := range creditLabels {
		if text.HasPrefixFold(tail, l) && len(tail) > len(l)+2 {
			return true
		}
	}
	return agencyCredit(tail)
}

// agencyCredit reports a credit written "AGENCY/First Last" ("NASA/Bill
// Ingalls", "AP/Jane Roe"): one word before the slash, a name of two or
// three capitalised words after it, nothing else.
func agencyCredit(s string) bool {
	a, b, ok := strings.Cut(s, "/")
	if !ok || strings.ContainsAny(a, " ") || a == "" || strings.Contains(b, "/") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(a); !unicode.IsUpper(r) {
		return false
	}
	ws := strings.Fields(b)
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// contactLabels open a press contact's line.
var contactLabels = [...]string{"contact:", "contacts:", "media contact", "press contact", "media inquiries", "media enquiries", "press office:"}

// isContact reports a block that is a press contact: a label, or only a
// phone number or an e-mail address. low is strings.ToLower(s), which the
// classifier has at hand.
func isContact(s, low string) bool {
	t := strings.TrimSpace(s)
	// (lower-casing makes and unmakes no white space: trimming it off
	// the lower-case text is lower-casing the trimmed text)
	low = strings.TrimSpace(low)
	for _, l := range contactLabels {
		if strings.HasPrefix(low, l) {
			// a bare label says nothing of the lines around it
			return len(strings.TrimSpace(strings.TrimLeft(t[len(l):], ":s"))) > 0
		}
	}
	if emailOnly(t) {
		return true // an e-mail address alone
	}
	return phoneOnly(t) || officePhone(t) || labelledPhone(t)
}

// labelledPhone reports a phone number on a line of its own under its
// label: "Tel. 330-725-9766", "Telephone: 330-725-9756", "Fax: …".
func labelledPhone(t string) bool {
	k := strings.IndexByte(t, ' ')
	if k < 2 || k > 11 || len(t) > 60 {
		return false
	}
	var buf [12]byte
	if !phoneLabels[string(appendToLower(buf[:0], strings.TrimRight(t[:k], ":.")))] {
		return false
	}
	return phoneOnly(strings.TrimSpace(strings.TrimLeft(t[k:], " :")))
}

// phoneLabels name a phone number before it.
var phoneLabels = furniture.Set("phone-label")

// officePhone reports an office's number on a line of its own: "Minister's
// office - 6552 5700", "Premier's Office: 9222 9475" (a head of five words
// at most, one of them "office", then a separator and the number).
func officePhone(t string) bool {
	if len(t) > 80 {
		return false
	}
	for k, r := range t {
		if r != ':' && r != '-' && r != '\u2013' && r != '\u2014' {
			continue
		}
		// the number first: most lines are no phone's, and are decided
		// without splitting their head
		if !phoneOnly(strings.TrimSpace(t[k+utf8.RuneLen(r):])) {
			return false
		}
		var buf [6]string
		head := appendFields(buf[:0], t[:k], 6)
		if len(head) == 0 || len(head) > 5 {
			return false
		}
		var low [32]byte // a word lower-cased, on the stack
		for _, w := range head {
			if w := appendToLower(low[:0], w); string(w) == "office" || string(w) == "office's" {
				return true
			}
		}
		return false
	}
	return false
}

// mediaDesks name a press office's desk in a release's closing note: "For
// media enquiries please contact the Press Office by email …".
var mediaDesks = [...]string{"media enquir", "media inquir", "press enquir", "press inquir", "press office",
	"media contact", "media relations", "press contact", "press officer", "media office"}

// mediaOrPress reports whether s holds "edia", "ress", "EDIA" or "RESS", in
// one pass, where four searches each stop at every "e" or "r" of a block.
func mediaOrPress(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		switch s[i] {
		case 'e':
			if s[i+1:i+4] == "dia" {
				return true
			}
		case 'r':
			if s[i+1:i+4] == "ess" {
				return true
			}
		case 'E':
			if s[i+1:i+4] == "DIA" {
				return true
			}
		case 'R':
			if s[i+1:i+4] == "ESS" {
				return true
			}
		}
	}
	return false
}

// isMediaContact reports a note that gives a press office's address or
// number: a media desk and an e-mail address or a phone number ("5. For
// media enquiries please contact the DoH Press Office by email
// press@example.gov", "The duty press officer can be contacted on 028 9037
// 8110."). low is strings.ToLower(s).
func isMediaContact(s, low string) bool {
	if !mediaOrPress(s) {
		return false // no "media" nor "press": decided without a lower-case copy
	}
	desk := false
	for _, d := range mediaDesks {
		if strings.Contains(low, d) {
			desk = true
			break
		}
	}
	if !desk {
		return false
	}
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, "()[].,;:<>*")
		if k := strings.IndexByte(w, '@'); k > 0 && strings.Contains(w[k:], ".") {
			return true
		}
	}
	// a phone number: seven digits or more in a run of digits and spaces
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			if digits++; digits >= 7 {
				return true
			}
		case r == ' ' || r == '-' || r == '(' || r == ')' || r == '+':
		default:
			digits = 0
		}
	}
	return false
}

// phoneOnly reports a block that is one phone number: digits with the
// separators phone numbers use, seven to fifteen digits.
func phoneOnly(s string) bool {
	digits := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == '-' || r == ' ' || r == '(' || r == ')' || r == '+' || r == '.' || r == '/':
		default:
			return false
		}
	}
	// (a date is looked for only in what could be a number: most lines
	// are decided above, without splitting them)
	return digits >= 7 && digits <= 15 && !isNumericDate(s)
}

// isNumericDate reports a date written in digits: "2023-02-24",
// "24/02/2023", "24.02.2023".
func isNumericDate(s string) bool {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	if len(f) != 3 {
		return false
	}
	for _, x := range f {
		if x == "" || len(x) > 4 || !allDigits(x) {
			return false
		}
	}
	a, b, c := len(f[0]), len(f[1]), len(f[2])
	return a == 4 && b <= 2 && c <= 2 || a <= 2 && b <= 2 && (c == 4 || c == 2)
}

// endMarks close a news release: what follows them is its press contacts.
var endMarks = furniture.Set("end-mark")

// isEndMark reports a block that is only a release's end mark ("-end-",
// "###", "- 30 -", "ENDS").
func isEndMark(s string) bool {
	if len(s) > 12 {
		return false
	}
	// strings.ToLower(strings.Join(strings.Fields(s), "")), on the stack
	var words [12]string
	var joined, low [36]byte
	j := joined[:0]
	for _, w := range appendFields(words[:0], s, len(words)) {
		j = append(j, w...)
	}
	t := appendToLower(low[:0], string(j))
	if len(t) >= 3 && strings.Trim(string(t), "#") == "" {
		return true // "###", "# # #"
	}
	return endMarks[string(t)]
}

// contactHeads end a line that heads a release's press contacts.
var contactHeads = furniture["contact-head"]

// isContactHead reports a short line that heads a release's press
// contacts: "For Additional Information or to Request Interviews, Please
// contact:", "Media contacts". It holds no sentence: at most twelve words,
// the head alone or a line ending with it and a colon. low is
// strings.ToLower(s).
func isContactHead(s, low string) bool {
	if len(s) > 100 {
		return false
	}
	s = strings.TrimSpace(s)
	colon := strings.HasSuffix(s, ":")
	// lower-casing makes and unmakes no white space nor colon: this is
	// strings.ToLower(strings.TrimSpace(strings.TrimRight(s, ":")))
	t := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(low), ":"))
	if t == "" || fieldsUpTo(t, 13) > 12 {
		return false
	}
	for _, h := range contactHeads {
		// the head alone, or ending a line that a colon closes ("…,
		// please contact:"); not "The minister made contact"
		if t == h || colon && strings.HasSuffix(t, h) && t[len(t)-len(h)-1] == ' ' {
			return true
		}
	}
	return false
}

// markContactTail removes a release's end mark or the line that heads its
// press contacts below a paragraph of its text (not the "Contact:" of a
// header), and the short lines under it: the names, offices and
// places of its press contacts ("Headquarters, Washington"). A paragraph of
// prose there ("About the agency: ...") keeps its class; an end mark inside
// a dialogue is words spoken.
//
// low holds the blocks' text in lower case (pageText.low).
func markContactTail(blocks []block.Block, info []blockInfo, low []string, dFirst, dLast int) {
	end, mark := -1, -1
	prose := false // a paragraph of the text above: a contact head under it ends the release
	for i := range blocks {
		if blocks[i].Removed != 0 {
			continue
		}
		if i < dFirst || i > dLast {
			if isEndMark(blocks[i].Text) {
				end = i
				if mark < 0 {
					mark = i
				}
			} else if prose && isContactHead(blocks[i].Text, low[i]) {
				end = i
			}
		}
		prose = prose || info[i].sent && info[i].chars >= lengthLow
	}
	if end < 0 {
		return
	}
	// below an end mark the text has ended: what follows, prose too, is
	// the organisations' standing descriptions, unless it quotes anyone
	all := mark >= 0 && !quotesAnyone(blocks[mark+1:])
	if all {
		end = mark
	}
	for i := end; i < len(blocks); i++ {
		in := &info[i]
		if blocks[i].Removed != 0 || in.class == classBad || !all && (in.class == classGood || in.sent && in.chars >= lengthLow) {
			continue
		}
		in.class, in.reason = classBad, block.ReasonContact
	}
}

// markReleaseHead removes the head's lines of a news release that are no
// part of its text, above its first paragraph of prose: the release mark
// ("FOR IMMEDIATE RELEASE") and the press contacts the head gives ("News
// Media Contact:" over "Office of Public Affairs, 202-482-4883"), the
// head line and the short lines under it, three at most.
func markReleaseHead(blocks []block.Block, info []blockInfo, dFirst, dLast int) {
	for i := 0; i < len(blocks); i++ {
		in := &info[i]
		if blocks[i].Removed != 0 || i >= dFirst && i <= dLast {
			continue
		}
		if in.sent && in.chars >= lengthLow {
			return // the text has begun
		}
		t := unwrapLabel(strings.TrimSpace(blocks[i].Text))
		head := strings.TrimRight(t, "*_ ")
		switch {
		case releaseMark(t):
			in.class, in.reason = classBad, block.ReasonMetadata
		case markedContact(t):
			// the mark and the contact set in two columns on one line:
			// "For Immediate Release      Contact: Jane Roe" (the line
			// under it, the release's date beside the next contact's
			// name, stays: the date is the page's)
			in.class, in.reason = classBad, block.ReasonContact
		case len(head) <= 100 && isContactHead(head, strings.ToLower(head)):
			// (a longer line is no contact head: decided without a
			// lower-case copy)
			//
			// the head with the details under it; a bare "Contact:"
			// over the release's own lines says nothing
			var details []int
			for k := i + 1; k < len(blocks) && k <= i+3; k++ {
				if blocks[k].Removed != 0 {
					continue
				}
				if info[k].sent && info[k].chars >= lengthLow || len(blocks[k].Text) > 100 || !contactDetail(blocks[k].Text) {
					break
				}
				details = append(details, k)
			}
			if len(details) == 0 {
				continue
			}
			in.class, in.reason = classBad, block.ReasonContact
			for _, k := range details {
				info[k].class, info[k].reason = classBad, block.ReasonContact
			}
			i = details[len(details)-1]
		}
	}
}

// releaseMark reports a news release's mark of its status: "FOR
// IMMEDIATE RELEASE", "For immediate release".
func releaseMark(s string) bool {
	var buf [64]byte // the line lower-cased, on the stack
	t := appendToLower(buf[:0], strings.TrimRight(strings.TrimSpace(s), ":*_ "))
	return string(t) == "for immediate release" || string(t) == "immediate release"
}

// markedContact reports a release's mark followed on its line by a press
// contact: "For Immediate Release Contact: Jane Roe".
func markedContact(s string) bool {
	const mark = len("for immediate release")
	if len(s) <= mark || len(s) > 120 || !releaseMark(s[:mark]) {
		return false
	}
	rest := strings.TrimSpace(strings.TrimLeft(s[mark:], ":*_ "))
	return rest != "" && isContact(rest, strings.ToLower(rest))
}

// contactDetail reports a short line of a press contact: a phone number or
// an e-mail address in it, or a contact's line (isContact).
func contactDetail(s string) bool {
	if isContact(s, strings.ToLower(s)) || strings.Contains(s, "@") {
		return true
	}
	// a phone number in it: a run of digits and the separators phone
	// numbers use, seven to fifteen digits ("202-482-4883"), not the
	// digits of dates spread over the line
	digits := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) {
			if c := s[i]; c >= '0' && c <= '9' {
				digits++
				continue
			} else if c == '-' || c == '.' || c == '(' || c == ')' || c == '+' || c == ' ' && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				continue
			}
		}
		if digits >= 7 && digits <= 15 {
			return true
		}
		digits = 0
	}
	return false
}

// quotesAnyone reports whether a kept block quotes someone: a quotation
// mark, or "said" or "says".
func quotesAnyone(blocks []block.Block) bool {
	for _, b := range blocks {
		if b.Removed == 0 && (strings.ContainsAny(b.Text, "\"“”") || strings.Contains(b.Text, " said") || strings.Contains(b.Text, " says")) {
			return true
		}
	}
	return false
}

// markAboutTail removes the "About <organisation>" sections that close a
// news release: a heading "About the Agency" below two paragraphs of the
// release's text, and everything under it to the page's end, the
// organisations' standing descriptions printed under every release they
// issue, and their contacts. A tail that quotes anyone (a quotation mark,
// "said") is the text's own, and so is a dialogue's; a heading with only
// headlines above it and sentences below is a menu's "About Us" over the
// release.
func markAboutTail(blocks []block.Block, info []blockInfo, dFirst, dLast int) {
	start, prose, sentences := -1, 0, 0
	for i := range blocks {
		if blocks[i].Removed != 0 {
			continue
		}
		if prose >= 2 && (i < dFirst || i > dLast) && isAboutHead(blocks[i].Text) {
			start = i
			break
		}
		// (a cookie banner is no paragraph of the release)
		if in := info[i]; in.chars >= lengthLow && (in.sent || in.stop >= stopwordsLow) && !(in.class == classBad && in.reason != 0) {
			prose++
			if in.sent {
				sentences++
			}
		}
	}
	if start < 0 {
		return
	}
	if start <= dLast || quotesAnyone(blocks[start:]) {
		return
	}
	for i := start + 1; i < len(blocks) && sentences == 0; i++ {
		// the release itself below a menu's "About Us", with only
		// headlines above it: no tail
		if in := info[i]; blocks[i].Removed == 0 && in.sent && in.chars >= lengthLow {
			return
		}
	}
	for i := start; i < len(blocks); i++ {
		if blocks[i].Removed == 0 && info[i].class != classBad {
			info[i].class, info[i].reason = classBad, block.ReasonContact
		}
	}
}

// isAboutHead reports a heading "About <Name>": "About the Singapore
// Tourism Board", "### **About Acme Agency**", "About Governor-elect Jane
// Roe:", at most nine words after "About", every word of four letters or
// more capitalised, and no sentence's end.
func isAboutHead(s string) bool {
	if len(s) > 120 {
		return false
	}
	t := strings.TrimSpace(strings.ReplaceAll(s, "&nbsp;", " "))
	t = strings.TrimSpace(strings.Trim(t, "#*_ :"))
	rest, ok := strings.CutPrefix(t, "About ")
	if !ok || strings.ContainsAny(rest, ".?!;") {
		return false
	}
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 9 {
		return false
	}
	if w := words[0]; w == "the" || w == "The" || w == "us" || w == "Us" {
		if len(words) == 1 {
			return w == "us" || w == "Us"
		}
		words = words[1:]
	}
	if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r) {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); utf8.RuneCountInString(w) >= 4 && unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// officeWords name offices on the line under a name in a list.
var officeWords = furniture.Set("office-word")

// markNameOfficeList protects a list of signatories or participants: three
// pairs or more of a line that is a name ("Jane Roe") over a line that
// gives an office ("District Attorney, Harbour County, Freedonia"). Short
// and alone, each line would go with the chrome around it.
func markNameOfficeList(blocks []block.Block, info []blockInfo) {
	for i := 0; i+1 < len(blocks); {
		n := 0
		for k := i; k+1 < len(blocks) && isNameLine(blocks[k].Text) && isOfficeLine(blocks[k+1].Text); k += 2 {
			n++
		}
		if n < 3 {
			i++
			continue
		}
		for k := i; k < i+2*n; k++ {
			if blocks[k].Removed == 0 && (info[k].class == classShort || info[k].class == classNearGood) {
				info[k].class = classKeep
			}
		}
		i += 2 * n
	}
}

// markDivisionList keeps a house's division list: "YEAS — 36" over the
// surnames of those who voted, a few a line ("Dyck Michayluk Owens"),
// perhaps under a line of address ("Messieurs"), as many as the count
// says. They are the record, not a page's list of links.
func markDivisionList(blocks []block.Block, info []blockInfo) {
	for i := range blocks {
		want := block.DivisionCount(blocks[i].Text)
		if want == 0 {
			continue
		}
		k, got := i+1, 0
		address := -1
		if k < len(blocks) && block.DivisionAddress(blocks[k].Text) {
			address = k
			k++
		}
		for k < len(blocks) && got < want {
			n := block.SurnameCount(blocks[k].Text)
			if n == 0 {
				break
			}
			got += n
			k++
		}
		if got != want {
			continue
		}
		if address >= 0 && (blocks[address].Removed == block.ReasonRepeated || info[address].reason == block.ReasonRepeated) {
			// each side's "Messieurs": the record's, not a page's repetition
			blocks[address].Removed, info[address].reason, info[address].class = 0, 0, classKeep
		}
		for j := i; j < k; j++ {
			if blocks[j].Removed == 0 && (info[j].class == classShort || info[j].class == classNearGood) {
				info[j].class = classKeep
			}
		}
	}
}

// isNameLine reports a line that is a person's name alone: two to five
// capitalised words (particles and initials allowed), no digits.
func isNameLine(s string) bool {
	if len(s) > 50 || strings.ContainsAny(s, "0123456789,:;()") {
		return false
	}
	var buf [6]string
	ws := appendFields(buf[:0], s, 6)
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	var low [64]byte // a word lower-cased, for the look-up
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] {
			return false
		}
		if officeWords[string(appendToLower(low[:0], strings.Trim(w, ".,")))] {
			return false
		}
	}
	return true
}

// nameParticles may stand lower-case inside a name.
var nameParticles = furniture.Set("name-particles")

// isOfficeLine reports a short line that gives an office: a word of
// officeWords, at most fourteen words, opening with a capital.
func isOfficeLine(s string) bool {
	if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) {
		return false // (and so when s has no word)
	}
	var buf [15]string
	ws := appendFields(buf[:0], s, 15)
	if len(ws) > 14 {
		return false
	}
	var low [64]byte // a word lower-cased, for the look-up
	for _, w := range ws {
		if officeWords[string(appendToLower(low[:0], strings.Trim(w, ".,'’s")))] {
			return true
		}
	}
	return false
}

// referenceLabels label a release's number or a letter's reference.
var referenceLabels = furniture.Set("reference-label")

// isReferenceMeta reports a line that gives a release's number or a
// letter's reference and nothing else: "**Press Release No:** 1345/2025",
// "Vår ref.: 26/3567". low is strings.ToLower(s).
func isReferenceMeta(low string) bool {
	if len(low) > 80 || strings.IndexByte(low, ':') < 0 {
		return false
	}
	t := strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(low, "*", ""), "_", " "))
	label, rest, ok := strings.Cut(t, ":")
	if !ok || len(t) > 60 {
		return false
	}
	// "Press Release No", "Our ref.": the label, its full stops aside
	label = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(label), "."))
	if !referenceLabels[label] && !referenceLabels[strings.TrimSuffix(label, ".")] {
		return false
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || len(rest) > 24 {
		return false
	}
	digits := false
	for _, c := range rest {
		switch {
		case c >= '0' && c <= '9':
			digits = true
		case c == '/' || c == '-' || c == '.' || c == ' ' || c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	return digits
}

// dateMetaPrefixes open a page's line of publication metadata, in lower
// case.
var dateMetaPrefixes = []string{"published date", "date published", "publication date", "date of publication",
	"first published", "published on", "published", "posted on", "posted", "last updated on", "last updated",
	"updated on", "updated", "last modified", "date modified", "modified", "release date", "released on", "issued on",
	"submitted on", "date"}

// isDateMeta reports a line of the page's publication metadata: a prefix
// ("Published Date:", "Updated", "Posted on") and a date alone, or the
// prefix alone ("Date modified:"). low is strings.ToLower(s). dated
// reports whether a short text holds a calendar date; with nil, no line is
// one.
func isDateMeta(s, low string, dated func(string) bool) bool {
	if dated == nil || len(s) > 80 {
		return false
	}
	orig := strings.TrimSpace(strings.Trim(s, "*_ "))
	// lower-casing makes and unmakes no white space, "*" or "_": this is
	// strings.ToLower(orig)
	t := strings.TrimSpace(strings.Trim(low, "*_ "))
	for _, p := range dateMetaPrefixes {
		rest, ok := strings.CutPrefix(t, p)
		if !ok || rest != "" && rest[0] != ' ' && rest[0] != ':' {
			continue
		}
		if len(t) == len(orig) {
			rest = orig[len(p):] // the date as written: "march" alone is no month
		}
		rest = strings.TrimSpace(strings.TrimLeft(rest, ": "))
		if rest == "" {
			return strings.HasSuffix(strings.TrimSpace(s), ":")
		}
		return len(rest) <= 50 && !strings.Contains(rest, ". ") && dated(rest)
	}
	return false
}

// dateMetaLabel reports a metadata line's label without its date ("Date
// published:"), the date on the line below.
func dateMetaLabel(s string, dated func(string) bool) bool {
	return strings.HasSuffix(strings.TrimSpace(strings.Trim(s, "*_ ")), ":") && isDateMeta(s, strings.ToLower(s), dated)
}

// shareLinks reports a block of a page converted to Markdown that is
// only links (and images in links) whose texts name sharing or social
// networks, perhaps after "Share on:" or "Share this:": "[![Twitter](…)](…)
// [![Linkedin](…)](…)", "Share on: [Share](…)". An empty link text counts
// as a button's (an icon the conversion lost).
func shareLinks(s string) bool {
	rest := strings.TrimSpace(s)
	for _, p := range [...]string{"Share on:", "Share this:", "Share:", "Share on", "Share this"} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			rest = strings.TrimSpace(r)
			break
		}
	}
	n := 0
	for rest != "" {
		text, after, ok := markdownLink(rest)
		if !ok {
			return false
		}
		if img, _, ok := markdownLink(strings.TrimPrefix(text, "!")); ok && strings.HasPrefix(text, "!") {
			text = img // [![Twitter](icon.svg)](address): the image's alt text
		}
		if t := strings.ToLower(strings.TrimSpace(text)); t != "" && !shareButtons[t] {
			return false
		}
		rest = strings.TrimSpace(after)
		n++
	}
	return n > 0
}

// markdownLink reads a Markdown link opening s, "[text](address)", its
// brackets balanced (an image in a link: "[![alt](src)](address)") and
// its address closed by the first ")" no backslash escapes: the text,
// what follows the link and whether s opens with one.
func markdownLink(s string) (text, rest string, ok bool) {
	if !strings.HasPrefix(s, "[") {
		return "", "", false
	}
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth--; depth == 0 {
				if !strings.HasPrefix(s[i+1:], "(") {
					return "", "", false
				}
				for k := i + 2; k < len(s); k++ {
					switch s[k] {
					case '\\':
						k++
					case ')':
						return s[1:i], s[k+1:], true
					}
				}
				return "", "", false
			}
		}
	}
	return "", "", false
}

// markdownImage reports a block that is only an image of a page converted
// to Markdown ("![](https://example.org/photo.jpg)", "![The minister](a.png)"):
// the photo itself, which the caption rules treat as its caption.
func markdownImage(s string) bool {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "![") || !strings.HasSuffix(t, ")") {
		return false
	}
	k := strings.Index(t, "](")
	return k > 0 && !strings.ContainsAny(t[k+2:], " \t")
}

// emphasisedWhole reports a block set in emphasis from its first
// character to its last: "*The minister signing the MoU*", "_Photo of
// the harbour_" (one pair of marks, none inside).
func emphasisedWhole(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 3 {
		return false
	}
	for _, m := range [...]string{"**", "__", "*", "_"} {
		if strings.HasPrefix(t, m) && strings.HasSuffix(t, m) && len(t) > 2*len(m) {
			in := t[len(m) : len(t)-len(m)]
			return !strings.Contains(in, m) && in[0] != ' ' && in[len(in)-1] != ' '
		}
	}
	return false
}

// taxonomyLabels open a page's line of topics or tags.
var taxonomyLabels = furniture["taxonomy-label"]

// isTaxonomyLine reports a line that opens with a label of topics or tags
// ("Topics: Trade, Energy", "Tagged as:") and holds no sentence after it.
// It reads the line in lower case: low is strings.ToLower of the line.
func isTaxonomyLine(low string) bool {
	t := strings.Trim(low, "*_ ")
	for _, l := range taxonomyLabels {
		if rest, ok := strings.CutPrefix(t, l); ok {
			rest = strings.Trim(rest, "*_ ")
			return rest == "" || !block.EndsSentence(rest) && !strings.Contains(rest, ". ")
		}
	}
	return false
}

// opensWithTaxonomyLabel reports a line in lower case that opens with a
// label of topics or tags, whatever follows it.
func opensWithTaxonomyLabel(low string) bool {
	t := strings.TrimLeft(low, "*_ ")
	for _, l := range taxonomyLabels {
		if strings.HasPrefix(t, l) {
			return true
		}
	}
	return false
}

// ContactHeadIn returns the offset in s of a head of press contacts
// that runs on after prose on one line ("… the European Union Press
// contacts Jane Roe Spokesperson +32 …"), as a page flattened into one
// line keeps it, or -1. Only a head of two words or more counts, its
// first word capitalised, a name or a colon after it: "contact" alone is
// a common word ("made contact").
func ContactHeadIn(s string) int {
	for _, h := range contactHeads {
		if !strings.Contains(h, " ") {
			continue
		}
		for from := 0; from < len(s); {
			k := text.IndexFold(s[from:], h)
			if k < 0 {
				break
			}
			k += from
			from = k + len(h)
			if k == 0 || s[k-1] != ' ' || !unicode.IsUpper(rune(s[k])) || from >= len(s) {
				continue
			}
			if rest := s[from:]; rest[0] == ':' || len(rest) > 1 && rest[0] == ' ' && unicode.IsUpper(rune(rest[1])) {
				return k
			}
		}
	}
	return -1
}
