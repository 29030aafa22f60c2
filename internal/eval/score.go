// Scoring: every facet matched as the reference scorer matches it.

package eval

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type scorer struct {
	m     map[string]*PRF
	a     map[string]*Acc
	notes []string
	name  string
}

// say records a note as the reference scorer prints it: the document's
// name, then the parts joined by spaces.
func (s *scorer) say(parts ...string) {
	s.notes = append(s.notes, s.name+": "+strings.Join(parts, " "))
}

// Score scores every gold document (in name order) against its prediction;
// a gold document with no prediction is scored against an empty one and
// listed in Missing. Predictions with no gold document are ignored.
func Score(gold map[string]Gold, preds map[string]Prediction) Result {
	s := &scorer{m: map[string]*PRF{}, a: map[string]*Acc{}}
	for _, k := range FacetNames() {
		s.m[k] = &PRF{}
	}
	for _, k := range AccuracyNames() {
		s.a[k] = &Acc{}
	}
	names := make([]string, 0, len(gold))
	for n := range gold {
		names = append(names, n)
	}
	sort.Strings(names)
	var missing []string
	for _, n := range names {
		p, ok := preds[n]
		if !ok {
			missing = append(missing, n)
		}
		g := gold[n]
		s.name = n
		s.doc(&g, &p)
	}
	res := Result{Facets: map[string]PRF{}, Accuracy: map[string]Acc{}, Missing: missing, Notes: s.notes}
	for k, v := range s.m {
		res.Facets[k] = *v
	}
	for k, v := range s.a {
		res.Accuracy[k] = *v
	}
	return res
}

func (s *scorer) doc(g *Gold, p *Prediction) {
	s.content(g, p)
	if g.Kind != "" {
		s.a[AccKind].Add(p.Kind == g.Kind)
	}
	if g.HasPublished {
		s.published(g, p)
	}
	s.turns(g, p)
	s.dates(g, p)
	s.events(g, p)
	s.officials(g, p)
	s.countries(g, p)
	s.quotes(g, p)
}

// content: gold lines against the body's lines as multisets; keep and drop
// as substrings of the whole body.
func (s *scorer) content(g *Gold, p *Prediction) {
	m := s.m[FacetContent]
	have := map[string]int{}
	for _, l := range strings.Split(p.Body, "\n") {
		if l = Norm(l); l != "" {
			have[l]++
		}
	}
	if len(g.Lines) > 0 {
		content, chrome := map[string]int{}, map[string]int{}
		var order []string
		for _, l := range g.Lines {
			t := Norm(l.Text)
			if content[t] == 0 && chrome[t] == 0 {
				order = append(order, t)
			}
			if l.Chrome {
				chrome[t]++
			} else {
				content[t]++
			}
		}
		for _, t := range order {
			c, k := content[t], chrome[t]
			got := min(have[t], c+k)
			tp, fp, fn := min(got, c), max(0, got-c), max(0, c-got)
			m.Add(tp, fp, fn)
			if fp > 0 {
				s.say("chrome kept:", head(t, 70))
			}
			if fn > 0 {
				s.say("content lost:", head(t, 70))
			}
		}
	}
	whole := Key(p.Body)
	for _, x := range g.Keep {
		if strings.Contains(whole, Key(x)) {
			m.Add(1, 0, 0)
		} else {
			m.Add(0, 0, 1)
			s.say("content lost:", head(x, 70))
		}
	}
	for _, x := range g.Drop {
		if strings.Contains(whole, Key(x)) {
			m.Add(0, 1, 0)
			s.say("chrome kept:", head(x, 70))
		}
	}
}

func (s *scorer) published(g *Gold, p *Prediction) {
	var pred *string
	if p.Published != nil && *p.Published != "" {
		pred = p.Published
	}
	ok := (pred == nil && g.Published == nil) ||
		(pred != nil && g.Published != nil && *pred == *g.Published) ||
		(g.Published != nil && *g.Published != "" && p.Published != nil && DateOK(*p.Published, *g.Published))
	s.a[AccPublished].Add(ok)
	if !ok {
		s.say("published", pyStr(p.Published), "!=", pyStr(g.Published))
	}
}

// turns: an order-preserving alignment (longest common subsequence) of gold
// turns to predicted turns. A pair may align when the prediction's text
// begins with the gold turn's start, and counts when the kinds agree too
// (weight 3, against 1 for a pair of other kinds), so that one missed short
// turn costs one turn, not every later one.
func (s *scorer) turns(g *Gold, p *Prediction) {
	if g.Turns == nil {
		return
	}
	gt, pt := g.Turns, p.Turns
	G, P := len(gt), len(pt)
	pk := make([]string, P)
	for k, x := range pt {
		pk[k] = Key(x.Text)
	}
	gk := make([]string, G)
	for i, t := range gt {
		gk[i] = Key(t.Starts)
	}
	w := func(i, k int) int {
		if !strings.HasPrefix(pk[k], gk[i]) {
			return 0
		}
		if pt[k].Kind == gt[i].Kind {
			return 3
		}
		return 1
	}
	best := make([][]int, G+1)
	for i := range best {
		best[i] = make([]int, P+1)
	}
	for i := G - 1; i >= 0; i-- {
		row, next := best[i], best[i+1]
		for k := P - 1; k >= 0; k-- {
			v := max(next[k], row[k+1])
			if sc := w(i, k); sc > 0 && sc+next[k+1] > v {
				v = sc + next[k+1]
			}
			row[k] = v
		}
	}
	i, k, tp := 0, 0, 0
	for i < G {
		sc := 0
		if k < P {
			sc = w(i, k)
		}
		switch {
		case k < P && sc > 0 && best[i][k] == sc+best[i+1][k+1]:
			if sc == 3 {
				tp++
				if gt[i].Speaker != "" {
					ok := SamePerson(pt[k].Speaker, gt[i].Speaker)
					s.a[AccTurnSpeaker].Add(ok)
					if !ok {
						s.say("turn", strconv.Itoa(i), "speaker", pyRepr(pt[k].Speaker), "!=", gt[i].Speaker)
					}
				}
			} else {
				s.say("turn", strconv.Itoa(i), "expected", gt[i].Kind, pyRepr(head(gt[i].Starts, 40)), "got", pt[k].Kind)
			}
			i, k = i+1, k+1
		case k < P && best[i][k] == best[i][k+1]:
			k++
		default:
			s.say("turn", strconv.Itoa(i), "expected", gt[i].Kind, pyRepr(head(gt[i].Starts, 40)), "got nothing")
			i++
		}
	}
	s.m[FacetTurns].Add(tp, max(0, len(pt)-tp), len(gt)-tp)
}

// dates: greedy one to one in document order. Among the unused predictions
// whose text overlaps the gold text, the first with the right value wins;
// failing that, the last overlapping one is taken (and judged wrong).
func (s *scorer) dates(g *Gold, p *Prediction) {
	var pd []PredDate
	if g.Dates != nil {
		pd = p.Dates
	}
	m := s.m[FacetDates]
	used := make([]bool, len(pd))
	for _, gd := range g.Dates {
		hit := -1
		b1 := Key(gd.Text)
		for j, x := range pd {
			if used[j] {
				continue
			}
			a1 := Key(x.Text)
			if a1 != "" && b1 != "" && (strings.Contains(b1, a1) || strings.Contains(a1, b1)) {
				hit = j
				if DateOK(x.Value, gd.Value) || gd.Optional {
					break
				}
			}
		}
		if hit < 0 {
			if !gd.Optional {
				m.Add(0, 0, 1)
				s.say("date not found:", gd.Text)
			}
			continue
		}
		used[hit] = true
		if gd.Optional {
			continue
		}
		ok := DateOK(pd[hit].Value, gd.Value)
		s.a[AccDateValue].Add(ok)
		if ok {
			m.Add(1, 0, 0)
		} else {
			m.Add(0, 1, 1)
			s.say("date", gd.Text, "value", pd[hit].Value, "!=", gd.Value)
		}
	}
	if g.Dates != nil {
		m.Add(0, countFalse(used), 0)
	}
	for j, x := range pd {
		if !used[j] {
			s.say("extra date:", x.Text, x.Value)
		}
	}
}

// events: the same date, and the prediction's sentence contains the gold
// sentence's beginning.
func (s *scorer) events(g *Gold, p *Prediction) {
	var pe []PredEvent
	if g.Events != nil {
		pe = p.Events
	}
	m := s.m[FacetEvents]
	used := make([]bool, len(pe))
	for _, ge := range g.Events {
		hit := -1
		starts := Key(ge.SentenceStarts)
		for j, x := range pe {
			if !used[j] && DateOK(x.Date, ge.Date) && strings.Contains(Key(x.Sentence), starts) {
				hit = j
				break
			}
		}
		if hit < 0 {
			m.Add(0, 0, 1)
			s.say("event not found:", ge.Date, head(ge.SentenceStarts, 50))
			continue
		}
		used[hit] = true
		m.Add(1, 0, 0)
		x := pe[hit]
		s.a[AccEventActor].Add(SamePerson(x.Actor, ge.Actor) || strings.Contains(Key(x.Actor), Key(ge.Actor)))
		if ge.Place != "" {
			gp, xp := Key(ge.Place), Key(x.Place)
			s.a[AccEventPlace].Add(strings.Contains(xp, gp) || (xp != "" && strings.Contains(gp, xp)))
		}
	}
	m.Add(0, countFalse(used), 0)
	for j, x := range pe {
		if !used[j] {
			s.say("extra event:", x.Date, head(Key(x.Sentence), 50))
		}
	}
}

// officials: by name (or any accepted alternative); title and affiliation
// are scored on the matched ones.
func (s *scorer) officials(g *Gold, p *Prediction) {
	var po []PredOfficial
	if g.Officials != nil {
		po = p.Officials
	}
	m := s.m[FacetOfficials]
	used := make([]bool, len(po))
	for _, gof := range g.Officials {
		names := append([]string{gof.Name}, gof.AlsoAccept...)
		for i := range names {
			names[i] = Key(names[i])
		}
		hit := -1
	search:
		for j, x := range po {
			if used[j] {
				continue
			}
			k := Key(x.Name)
			for _, nm := range names {
				if k == nm {
					hit = j
					break search
				}
			}
		}
		if hit < 0 {
			m.Add(0, 0, 1)
			s.say("official not found:", gof.Name)
			continue
		}
		used[hit] = true
		m.Add(1, 0, 0)
		x := po[hit]
		t1, t2 := Key(x.Title), Key(gof.Title)
		s.a[AccOfficialTitle].Add(t1 != "" && (strings.Contains(t1, t2) || strings.Contains(t2, t1)))
		aff := Key(gof.Affiliation)
		s.a[AccOfficialAffiliation].Add(aff == Key(x.Organization) || aff == Key(x.Country))
	}
	m.Add(0, countFalse(used), 0)
	for j, x := range po {
		if !used[j] {
			s.say("extra official:", x.Name, "|", x.Title)
		}
	}
}

// countries: sets of ISO 3166 alpha-2 codes.
func (s *scorer) countries(g *Gold, p *Prediction) {
	if g.Countries == nil {
		return
	}
	pc, gc := map[string]bool{}, map[string]bool{}
	for _, c := range p.Countries {
		pc[upper(c.ISO2)] = true
	}
	for _, c := range g.Countries {
		gc[upper(c)] = true
	}
	var tp int
	var extra, lost []string
	for c := range pc {
		if gc[c] {
			tp++
		} else {
			extra = append(extra, c)
		}
	}
	for c := range gc {
		if !pc[c] {
			lost = append(lost, c)
		}
	}
	s.m[FacetCountries].Add(tp, len(extra), len(lost))
	if len(extra) > 0 {
		s.say("extra countries:", pyList(extra))
	}
	if len(lost) > 0 {
		s.say("missing countries:", pyList(lost))
	}
}

// quotes: one to one by text; the speaker is scored where the gold names
// one; quoted text that is not a statement may have no speaker.
func (s *scorer) quotes(g *Gold, p *Prediction) {
	var pq []PredQuote
	if g.Quotes != nil {
		pq = p.Quotes
	}
	m := s.m[FacetQuotes]
	used := make([]bool, len(pq))
	texts := make([]string, len(pq))
	for j, x := range pq {
		texts[j] = Key(x.Text)
	}
	for _, gq := range g.Quotes {
		starts := Key(gq.Starts)
		hit := -1
		for j := range pq {
			if !used[j] && strings.Contains(texts[j], starts) {
				hit = j
				break
			}
		}
		if hit < 0 {
			m.Add(0, 0, 1)
			s.say("quote not found:", head(gq.Starts, 50))
			continue
		}
		used[hit] = true
		m.Add(1, 0, 0)
		if gq.Speaker == nil {
			continue
		}
		ok := SamePerson(pq[hit].Speaker, *gq.Speaker)
		s.a[AccQuoteSpeaker].Add(ok)
		if !ok {
			s.say("quote speaker", pyRepr(pq[hit].Speaker), "!=", *gq.Speaker, "for", head(gq.Starts, 30))
		}
	}
	for _, nq := range g.NotQuotes {
		starts := Key(nq.Starts)
		for j, x := range pq {
			if !used[j] && strings.Contains(texts[j], starts) {
				used[j] = true
				if Key(x.Speaker) != "" {
					m.Add(0, 1, 0)
					s.say("not a statement, yet given a speaker:", head(nq.Starts, 40))
				}
			}
		}
	}
	// an unmatched item the extractor itself marks as a term (a title, a
	// coinage) claims no statement, and costs nothing
	extra := 0
	for j, x := range pq {
		if !used[j] && !x.Term {
			extra++
		}
	}
	m.Add(0, extra, 0)
	for j, x := range pq {
		if !used[j] && !x.Term {
			s.say("extra quote:", head(texts[j], 50))
		}
	}
}

func countFalse(used []bool) int {
	n := 0
	for _, u := range used {
		if !u {
			n++
		}
	}
	return n
}

// head returns the first n characters (code points) of s, as s[:n] does in
// Python.
func head(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// pyStr formats an optional string as Python's str does (None for nil).
func pyStr(s *string) string {
	if s == nil {
		return "None"
	}
	return *s
}

// pyRepr formats a string as Python's repr does.
func pyRepr(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			fmt.Fprintf(&b, `\x%02x`, r)
		case r == ' ' || (r < 0x80) || pyPrintable(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// pyPrintable approximates Python's str.isprintable for one character:
// every character but separators other than the space, and the "Other"
// categories.
func pyPrintable(r rune) bool {
	if r == utf8.RuneError {
		return true
	}
	return !unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp, unicode.Cc, unicode.Cf, unicode.Cs, unicode.Co) && unicode.IsGraphic(r)
}

// pyList formats sorted strings as Python prints a list of them.
func pyList(xs []string) string {
	sort.Strings(xs)
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = pyRepr(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
