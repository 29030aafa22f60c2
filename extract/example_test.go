package extract_test

import (
	"context"
	"fmt"

	"github.com/communique/communique/extract"
)

func ExampleExtractor_Extract() {
	page := []byte(`Subscribe to our newsletter
Enter your email address and click the button below to receive our latest updates.
Register
The Foreign Minister met the Ambassador of Japan on Monday to discuss trade, investment and security in the Indo-Pacific region.
Thank you.
`)
	x := extract.New(extract.Options{})
	doc, err := x.Extract(context.Background(), extract.Input{Name: "release.txt", Data: page})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Body)
	for _, r := range doc.Removed {
		fmt.Printf("removed (%s): %s\n", r.Reason, r.Text)
	}
	// Output:
	// The Foreign Minister met the Ambassador of Japan on Monday to discuss trade, investment and security in the Indo-Pacific region.
	//
	// Thank you.
	// removed (interface): Subscribe to our newsletter
	// removed (interface): Enter your email address and click the button below to receive our latest updates.
	// removed (interface): Register
}

func ExampleLoadProfile() {
	x := extract.New(extract.Options{})
	l := x.NewProfileLearner("example.org")
	for _, body := range []string{"Trade talks resumed in Geneva on Monday, the ministry said in a statement.", "The Minister will visit Ottawa next week for talks on energy security.", "The Government welcomed the ceasefire agreed in Doha on Tuesday night."} {
		page := "Press office of the Ministry\n" + body + "\nOpening hours of the press office: nine to five.\n"
		if err := l.Add(context.Background(), extract.Input{Data: []byte(page)}); err != nil {
			fmt.Println(err)
		}
	}
	p := l.Profile()
	fmt.Println(p.Len(), "recurring blocks learned from", l.Pages(), "pages")
	// Output:
	// 2 recurring blocks learned from 3 pages
}
