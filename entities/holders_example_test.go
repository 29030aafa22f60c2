package entities_test

import (
	"fmt"
	"time"

	"github.com/communique/communique/entities"
)

// A caller adds its own terms of office; a person the text names without a
// title is an official only on a day inside one of the person's terms.
func ExampleExtractor_FindAt() {
	x := entities.New(entities.Options{Holders: []entities.Holder{{
		Name: "Wilhelmina Quarrie", Forms: []string{"Quarrie"},
		Title: "Foreign Minister", Country: "NZ",
		From: time.Date(2011, 3, 1, 0, 0, 0, 0, time.UTC),
		To:   time.Date(2014, 6, 30, 0, 0, 0, 0, time.UTC),
	}}})
	text := "Wilhelmina Quarrie arrived in Oslo on Monday for talks on fisheries."
	for _, year := range []int{2012, 2016} {
		officials, _ := x.FindAt(text, time.Date(year, 5, 5, 0, 0, 0, 0, time.UTC))
		fmt.Println(year, len(officials))
		for _, o := range officials {
			fmt.Printf("  %s | %s | %s\n", o.Name, o.Title, o.Country)
		}
	}
	// Output:
	// 2012 1
	//   Wilhelmina Quarrie | Foreign Minister | NZ
	// 2016 0
}

func ExampleExtractor_Offices() {
	x := entities.New(entities.Options{})
	for _, year := range []int{2001, 2010} {
		for _, h := range x.Offices("Sergey Lavrov", time.Date(year, 6, 1, 0, 0, 0, 0, time.UTC)) {
			fmt.Println(year, h.Title, h.Country, h.From.Year())
		}
	}
	// Output:
	// 2010 Foreign Minister RU 2004
}
