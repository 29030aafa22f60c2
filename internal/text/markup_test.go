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
