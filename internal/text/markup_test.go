package text

import "testing"

func TestMaskMarkup(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Administrator Jane Roe of the [U.S. Acme Agency](https://acme.gov/) (AA) spoke.",
			"Administrator Jane Roe of the  U.S. Acme Agency                     (AA) spoke."},
		{"**Minister Jane Roe** said", "  Minister Jane Roe   said"},
		{"(**Jane Roe**)", "(  Jane Roe  )"},
		{"_Acme Agency_, a unit", " Acme Agency , a unit"},
		{"see ![a photo of Jane Roe](/img/a_b.jpg) here", "see                                      here"},
		{"[link](https://x.org/a_(b)) and", " link                       and"},
		// no emphasis: inside words, between spaces, a list's star, unpaired
		{"snake_case and 5 * 3", "snake_case and 5 * 3"},
		{"* item one", "* item one"},
		{"– Jo** Al****", "– Jo** Al****"},
		{"**open\nclose**", "**open\nclose**"},
		// no link: a space in the target, a bracket on another line
		{"[inaudible](laughs loudly) yes", "[inaudible](laughs loudly) yes"},
		{"[a\nb](x)", "[a\nb](x)"},
		{"plain text", "plain text"},
	} {
		got := MaskMarkup(c.in)
		if got != c.want {
			t.Errorf("MaskMarkup(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
		if len(got) != len(c.in) {
			t.Errorf("MaskMarkup(%q) changed the length", c.in)
		}
	}
}

func FuzzMaskMarkup(f *testing.F) {
	f.Add("[a](b) **c** _d_ ![e](f)")
	f.Fuzz(func(t *testing.T, s string) {
		if got := MaskMarkup(s); len(got) != len(s) {
			t.Fatalf("length %d, want %d", len(got), len(s))
		}
	})
}

func TestFoldCapsLines(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"STATEMENT BY HIS EXCELLENCY DR. JANE ROE, PRESIDENT OF THE REPUBLIC OF RURITANIA AT THE 79th SESSION OF THE UN GENERAL ASSEMBLY",
			"Statement by His Excellency Dr. Jane Roe, President of the Republic of Ruritania at the 79th Session of the UN General Assembly"},
		{"Intro line.\nLIEUTENANT GENERAL BKGM JANE ROE, COMMANDER OF THE ARMY, CALLS ON THE MINISTER\nMore.",
			"Intro line.\nLieutenant General BKGM Jane Roe, Commander of the Army, Calls on the Minister\nMore."},
		// no sentence: a label, a short heading, a line in mixed case
		{"SECRETARY BLINKEN: Thank you.", "SECRETARY BLINKEN: Thank you."},
		{"PRESS RELEASE", "PRESS RELEASE"},
		{"The minister, who spoke first, met the PRESIDENT.", "The minister, who spoke first, met the PRESIDENT."},
		{"DÉCLARATION DE MADAME JEANNE ROE, MINISTRE DES AFFAIRES ÉTRANGÈRES",
			"Déclaration de Madame Jeanne Roe, Ministre des Affaires Étrangères"},
	} {
		got := FoldCapsLines(c.in)
		if got != c.want {
			t.Errorf("FoldCapsLines(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
		if len(got) != len(c.in) {
			t.Errorf("FoldCapsLines(%q) changed the length", c.in)
		}
	}
}

func FuzzFoldCapsLines(f *testing.F) {
	f.Add("STATEMENT BY HIS EXCELLENCY DR. JANE ROE, PRESIDENT OF THE REPUBLIC")
	f.Fuzz(func(t *testing.T, s string) {
		if got := FoldCapsLines(s); len(got) != len(s) {
			t.Fatalf("length %d, want %d", len(got), len(s))
		}
	})
}
