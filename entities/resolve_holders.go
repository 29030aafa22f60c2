// The holders' table while resolving: the term of office a name and title
// find in the list of office-holders, and whether a full name may be that
// of a titled surname.

package entities

import (
	"slices"
	"strings"
)

// sameHolder reports whether the full name m may be that of the titled
// surname g: the list of office-holders names no one else of that surname
// in g's office that day ("President Bush … Laura Bush" are two people).
func (p *parser) sameHolder(g *group, m *mention) bool {
	if p.x.opts.NoHolders || g.firstTitle == "" {
		return true
	}
	h, ok := p.x.lookupHolder(g.sur, g.sur, g.firstTitle, p.day)
	if !ok {
		return true
	}
	hf := strings.Fields(foldName(h.name))
	return len(hf) == 0 || hf[0] == m.first
}

// lookupHolder finds the term of office of a person in the list of
// office-holders: by full name, else by surname when the given names do not
// conflict; among several terms the one matching title, else the latest.
// When day (YYYYMMDD) is known, only terms that include it count.
func (x *Extractor) lookupHolder(name, sur, title string, day int) (holder, bool) {
	idx := x.holders()
	full := foldName(name)
	terms := idx.byFull[full]
	if terms == nil {
		// a name with particles: "von der Leyen"
		fs := strings.Fields(full)
		for k := 1; k < len(fs)-1 && terms == nil; k++ {
			terms = idx.byFull[strings.Join(fs[k:], " ")]
		}
	}
	surnameOnly := false
	if terms == nil {
		surnameOnly = true
		terms = idx.bySurname[sur]
		if terms == nil {
			terms = idx.byFull[sur]
		}
		fs := strings.Fields(full)
		if len(fs) >= 2 && len(fs[0]) > 1 {
			var keep []holder
			for _, t := range terms {
				if hf := foldName(t.name); hf != "" && hf[0] == fs[0][0] {
					keep = append(keep, t)
				}
			}
			terms = keep
		}
	}
	if len(strings.Fields(full)) == 1 && idx.byFull[full] != nil {
		// one word, the whole name of one holder ("Abdullah", King of
		// Saudi Arabia) and the surname form of others ("King Abdullah"
		// of Jordan): all of them are candidates
		terms = append(slices.Clip(terms), idx.bySurname[full]...)
	}
	var best holder
	found := false
	for _, t := range terms {
		if !t.heldOn(day) || title != "" && !titlesCompatible(title, t.title) {
			continue
		}
		if found && t.name != best.name && (t.aff != best.aff || surnameOnly && title == "" && foldName(t.name)[0] != foldName(best.name)[0]) {
			// two people in such an office that day, or two of one surname
			// for a name without a title ("Mr. Scott": Robert Scott and
			// Austin Scott; "Joseph R. Biden" and "Joe Biden" are one): no
			// guess
			return holder{}, false
		}
		if !found || t.to == 0 || (best.to != 0 && t.to > best.to) {
			best, found = t, true
		}
	}
	return best, found
}
