package events

import (
	"fmt"
	"testing"
	"time"

	"github.com/communique/communique/dates"
	"github.com/communique/communique/entities"
)

func TestZZDebug(t *testing.T) {
	body := "Dyson, along with her crewmates Roscosmos cosmonaut Oleg Novitskiy and spaceflight participant Marina Vasilevskaya of Belarus, will dock to the space station’s Prichal module about 11:09 a.m. on Monday, March 25, on the Soyuz MS-25 spacecraft.\n"
	p := dates.New(dates.Options{Anchored: true})
	for _, m := range p.Find(body, mustDay("2024-03-23")) {
		fmt.Println(m.Text, m.Value, m.Grain)
	}
	fmt.Printf("%+v\n", eventsOf(body, "2024-03-23", entities.Official{Name: "Tracy C. Dyson", Mentions: []entities.Span{{Start: 0, End: 5}}}))
}

func mustDay(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
