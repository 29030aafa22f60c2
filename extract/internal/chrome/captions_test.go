package chrome

import "testing"

func TestCaptionsAndContacts(t *testing.T) {
	for _, c := range []struct {
		s                string
		caption, contact bool
	}{
		{"The rocket lifts off from the launch pad in Kazakhstan on Saturday. AGENCY/Jane Roe", true, false},
		{"The ministers shake hands after the signing. Credit: Jane Roe/Government Offices", true, false},
		{"Photo: The minister at the summit.", true, false},
		{"The minister met her counterpart. Both sides agreed to talk again.", false, false},
		{"Exports rose 4% and imports fell 2% in the first half of the year.", false, false},
		{"202-358-1100", false, true},
		{"jane.roe@example.gov", false, true},
		{"Contact: Jane Roe, 202/224-2551.", false, true},
		{"Contact:", false, false},
		{"2023-02-24", false, false},
		{"24/02/2023", false, false},
	} {
		if got := isCaption(c.s); got != c.caption {
			t.Errorf("isCaption(%q) = %v", c.s, got)
		}
		if got := isContact(c.s); got != c.contact {
			t.Errorf("isContact(%q) = %v", c.s, got)
		}
	}
}
