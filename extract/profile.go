package extract

// Profile holds the blocks that recur across the pages of one site (sign-up
// and reset-password modals, menus, footers), learned by LearnProfile. It can
// be saved and loaded, and is safe for concurrent use once built.
type Profile struct {
	// Site names the site the profile was learned from (informational).
	Site string
	// blocks maps a block's normalised key to the number of pages it was
	// seen on.
	blocks map[string]int
	pages  int
}
