package text

import (
	"reflect"
	"testing"
)

func TestSections(t *testing.T) {
	data := "# notes\nstray line\n[a]\none two\n  three  \n\n# more notes\n[b]\n[c]\nfour\n"
	got := Sections(data)
	want := Lists{"a": {"one two", "three"}, "b": nil, "c": {"four"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Sections = %q, want %q", got, want)
	}
	words := SectionWords(data)
	if w := words.Must("a"); !reflect.DeepEqual(w, []string{"one", "two", "three"}) {
		t.Errorf("SectionWords a = %q", w)
	}
	if s := words.Set("a"); !reflect.DeepEqual(s, map[string]bool{"one": true, "two": true, "three": true}) {
		t.Errorf("Set a = %v", s)
	}
	phrases := SectionPhrases("[p]\ndeputy speaker, lord speaker\nchair,\n")
	if p := phrases.Must("p"); !reflect.DeepEqual(p, []string{"deputy speaker", "lord speaker", "chair"}) {
		t.Errorf("SectionPhrases p = %q", p)
	}
	defer func() {
		if recover() == nil {
			t.Error("Must of a missing section did not panic")
		}
	}()
	words.Must("d")
}
