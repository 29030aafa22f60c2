// Names: the officials and people of the text looked up by a name phrase,
// by a scan of the lists on a short text and by an index built once on a
// long one, so that attribution stays linear in the text.

package quotes

import "strings"

// indexFrom is the number of officials and people from which the look-ups
// use an index rather than a scan; below it the scan is cheaper than
// building the maps.
const indexFrom = 24

// nameIndex holds the names of the text's officials and people by their
// lower-case forms and last words.
type nameIndex struct {
	built bool
	// exact: a lower-case official's name or alias (or alias without its
	// article) → the first official (and alias, -1 for the name) it names,
	// in the order the scan reads them
	exact map[string]nameRef
	// known: a name personish accepts as a person: an official's name in
	// lower case (key "\x00"+name), an official's or a person's last word,
	// a person's name
	known map[string]bool
	// people: the people's names, for a phrase that ends with one
	people map[string]bool
}

type nameRef struct {
	off, alias int32
}

func (st *state) names() *nameIndex {
	ix := &st.index
	if ix.built {
		return ix
	}
	ix.built = true
	ix.exact = make(map[string]nameRef, 2*len(st.offs))
	ix.known = make(map[string]bool, 2*(len(st.offs)+len(st.people)))
	ix.people = make(map[string]bool, len(st.people))
	add := func(k string, r nameRef) {
		k = strings.ToLower(k)
		if _, ok := ix.exact[k]; !ok {
			ix.exact[k] = r
		}
	}
	for i := range st.offs {
		o := &st.offs[i]
		add(o.Name, nameRef{int32(i), -1})
		for k, al := range o.Aliases {
			add(al, nameRef{int32(i), int32(k)})
			add(trimThe(al), nameRef{int32(i), int32(k)})
		}
		ix.known["\x00"+strings.ToLower(o.Name)] = true
		ix.known[lastWord(o.Name)] = true
	}
	for i := range st.people {
		n := st.people[i].Name
		ix.known[n] = true
		ix.known[lastWord(n)] = true
		ix.people[n] = true
	}
	return ix
}

// officialNamed returns the first official whose name, or one of whose
// aliases, is txt (case aside), and the alias (-1 for the name).
func (st *state) officialNamed(txt string) (int, int, bool) {
	if len(st.offs)+len(st.people) >= indexFrom {
		r, ok := st.names().exact[strings.ToLower(txt)]
		return int(r.off), int(r.alias), ok
	}
	return st.scanOfficialNamed(txt)
}

func (st *state) scanOfficialNamed(txt string) (int, int, bool) {
	for i := range st.offs {
		o := &st.offs[i]
		if strings.EqualFold(o.Name, txt) {
			return i, -1, true
		}
		for k, al := range o.Aliases {
			if strings.EqualFold(al, txt) || strings.EqualFold(trimThe(al), txt) {
				return i, k, true
			}
		}
	}
	return 0, 0, false
}

// namesPerson reports whether txt is an official's name (case aside) or
// its last word, or a person's name, its last word or a phrase ending
// with it.
func (st *state) namesPerson(txt string) bool {
	if len(st.offs)+len(st.people) >= indexFrom {
		ix := st.names()
		if ix.known[txt] || ix.known["\x00"+strings.ToLower(txt)] {
			return true
		}
		for i := 0; i < len(txt); i++ {
			if txt[i] == ' ' && ix.people[txt[i+1:]] {
				return true
			}
		}
		return false
	}
	return st.scanNamesPerson(txt)
}

func (st *state) scanNamesPerson(txt string) bool {
	for i := range st.offs {
		o := &st.offs[i]
		if strings.EqualFold(o.Name, txt) || lastWord(o.Name) == txt {
			return true
		}
	}
	for i := range st.people {
		if n := st.people[i].Name; n == txt || lastWord(n) == txt || wordSuffix(txt, n) {
			return true
		}
	}
	return false
}
