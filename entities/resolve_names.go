// Comparing name forms while resolving: whether two given names, runs of
// initials or spellings may be one person's, and a double surname given
// without the given name.

package entities

import "strings"

// sameGiven reports whether two folded given names, of the names as
// written, may be one person's: the same first letter ("J." and "John"),
// unless both are different runs of initials.
// nameTail reports whether the name b is the last words of the longer
// name a: a double surname given without the given name ("Boyd Barrett",
// "Richard Boyd Barrett").
func nameTail(a, b string) bool {
	a, b = foldName(a), foldName(b)
	return strings.Count(b, " ") >= 1 && len(a) > len(b) && strings.HasSuffix(a, b) && a[len(a)-len(b)-1] == ' '
}

func sameGiven(af, a, bf, b string) bool {
	return af[0] == bf[0] && !otherInitials(a, b) && !otherGiven(af, bf, a, b)
}

// otherGiven reports two given names (folded, and as the full names
// nameA and nameB open) that are different full names, not
// an initial and a name, a name and its short form ("Mike", "Chuck") nor
// two spellings of one name: both have six letters or more, neither
// opens the other and the first three consonants differ ("Salman" and
// "Shaikh" are two people of one family; "Mohammed" and "Muhammad" one),
// or the given-name list holds them for a man and a woman.
func otherGiven(a, b, nameA, nameB string) bool {
	nameA, _, _ = strings.Cut(nameA, " ")
	nameB, _, _ = strings.Cut(nameB, " ")
	if ga, gb := givenNames[nameA], givenNames[nameB]; ga != 0 && gb != 0 && ga != gb {
		return true // "Maria Byrne" and "Malcolm Byrne"
	}
	a, b = foldName(a), foldName(b)
	if len(a) < 6 || len(b) < 6 || strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return false
	}
	return consonants(a, 3) != consonants(b, 3)
}

// consonants returns the first n consonants of the folded word w.
func consonants(w string, n int) string {
	var buf [8]byte
	out := buf[:0]
	for i := 0; i < len(w) && len(out) < n; i++ {
		switch c := w[i]; c {
		case 'a', 'e', 'i', 'o', 'u', 'y':
		default:
			out = append(out, c)
		}
	}
	return string(out)
}

// otherInitials reports whether two names open with different runs of
// initials: "RMSP Rathnayake" and "RMNL Rathnayake" are a father and his
// son, though their given names fold to the same first letter.
func otherInitials(a, b string) bool {
	a, _, _ = strings.Cut(a, " ")
	b, _, _ = strings.Cut(b, " ")
	return a != b && initialsRun(a) && initialsRun(b)
}

// initialsRun reports whether w is two or more capital letters and nothing
// else: "RMSP", "JFK".
func initialsRun(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// editDistance1 reports whether a and b differ by at most one insertion,
// deletion or substitution.
func editDistance1(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}
