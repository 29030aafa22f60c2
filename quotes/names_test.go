package quotes

import (
	"fmt"
	"testing"

	"github.com/communique/communique/entities"
)

// TestNameIndex checks that the index a long text's look-ups use answers
// as the scan of a short text's does, on every phrase that can hit.
func TestNameIndex(t *testing.T) {
	st := &state{}
	for i := range 30 {
		st.offs = append(st.offs, entities.Official{
			Name:    fmt.Sprintf("Jane Roe%d", i),
			Aliases: []string{fmt.Sprintf("the Minister%d", i%7), fmt.Sprintf("Ms Roe%d", i)},
		})
		st.people = append(st.people, entities.Person{Name: fmt.Sprintf("John Doe%d", i%11)})
	}
	if len(st.offs)+len(st.people) < indexFrom {
		t.Fatal("the test's text is too short for the index")
	}
	var phrases []string
	for i := range 32 {
		phrases = append(phrases,
			fmt.Sprintf("Jane Roe%d", i), fmt.Sprintf("JANE ROE%d", i), fmt.Sprintf("Roe%d", i),
			fmt.Sprintf("Minister%d", i), fmt.Sprintf("the minister%d", i), fmt.Sprintf("MS ROE%d", i),
			fmt.Sprintf("John Doe%d", i), fmt.Sprintf("Doe%d", i), fmt.Sprintf("Senator John Doe%d", i),
			fmt.Sprintf("Jane Doe%d", i), fmt.Sprintf("xJohn Doe%d", i))
	}
	hits := 0
	for _, p := range phrases {
		i, k, ok := st.officialNamed(p)
		si, sk, sok := st.scanOfficialNamed(p)
		if i != si || k != sk || ok != sok {
			t.Errorf("officialNamed(%q) = %d, %d, %v; the scan says %d, %d, %v", p, i, k, ok, si, sk, sok)
		}
		if got, want := st.namesPerson(p), st.scanNamesPerson(p); got != want {
			t.Errorf("namesPerson(%q) = %v; the scan says %v", p, got, want)
		}
		if ok {
			hits++
		}
	}
	if hits == 0 {
		t.Fatal("no phrase names an official")
	}
}
