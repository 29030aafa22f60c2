package turns

import "testing"

// TestSpellingsIndex checks that the index a page of many label words is
// read with finds the spellings the scan of a short page finds.
func TestSpellingsIndex(t *testing.T) {
	body := "MR MCDONOUGH: Thank you. Mr McDonough met Ms deVries and O'Neill-Smith. " +
		"MS DEVRIES: Yes. JAMES: Right. Von der Leyen spoke; MCDONOUGH again. Élodie Durand and ÉLODIE. Mcdonough, Devries, james."
	words := []string{"MCDONOUGH", "DEVRIES", "O'NEILL-SMITH", "JAMES", "VON", "LEYEN", "ÉLODIE", "DURAND", "McDonough", "X", "NOWHERE"}
	scan := &spellings{memo: map[string]string{}}
	index := &spellings{memo: map[string]string{}, scans: spellingScans}
	found := 0
	for _, w := range words {
		got, want := index.find(body, w), scan.find(body, w)
		scan.scans = 0
		if got != want {
			t.Errorf("index finds %q for %q; the scan %q", got, w, want)
		}
		if want != "" {
			found++
		}
	}
	if index.mixed == nil || found < 5 {
		t.Fatalf("the test reads no index (%v) or finds too little (%d)", index.mixed == nil, found)
	}
}
