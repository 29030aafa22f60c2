// Dates written as the Nordic and German languages write them: the day
// with a full stop, then the month in its own language ("14. august
// 2026", "9. januar", "1. Oktober 2025"), perhaps after the weekday
// ("fredag 14. august 2026"). An official page of those countries states
// its deadlines and letters' dates so, English or not.

package dates

import "strings"

// dottedMonths are the months of Danish, Norwegian, Swedish and German
// spelled in ASCII; the form "day, full stop, month" makes them dates in
// any case, where alone "mars" or "august" may be words. The word table
// holds them (wordInfo.dotMonth), looked up in any case as every word is.
var dottedMonths = map[string]int{
	"januar": 1, "januari": 1, "februar": 2, "februari": 2, "mars": 3, "marts": 3, "april": 4, "mai": 5, "maj": 5,
	"juni": 6, "juli": 7, "august": 8, "augusti": 8, "september": 9, "oktober": 10, "november": 11,
	"desember": 12, "december": 12, "dezember": 12,
}

// dottedWeekdays are those languages' weekdays, which may open such a date.
var dottedWeekdays = map[string]bool{
	"mandag": true, "tirsdag": true, "onsdag": true, "torsdag": true, "fredag": true, "lørdag": true, "søndag": true,
	"måndag": true, "tisdag": true, "lördag": true, "söndag": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
}

// matchDottedDay: "14. august 2026" at the day's number i.
func (s *scanner) matchDottedDay(i int) (int, int, value, bool) {
	d := s.dayNum(i)
	if d == 0 || !s.punct(i+1, ".") || s.toks[i+1].gap {
		return 0, 0, value{}, false
	}
	w := s.word(i + 2)
	if w == nil || w.inf().dotMonth == 0 {
		return 0, 0, value{}, false
	}
	m := int(w.inf().dotMonth)
	y, k := s.optYear(i + 3)
	if y == 0 && w.capital && w.inf().month != 0 {
		// "The count rose to 14. August saw a fall": an English month
		// with a capital after a sentence's number needs its year
		return 0, 0, value{}, false
	}
	v := value{g: GrainDay, m: m, d: d}
	if y != 0 {
		v.y, v.abs = y, true
	} else {
		v.y = s.yearFor(m, d, 0, s.toks[i].start)
	}
	if !validDay(v.y, m, d) {
		return 0, 0, value{}, false
	}
	st := i
	if p := s.word(i - 1); p != nil && dottedWeekdays[strings.ToLower(s.text[p.start:p.end])] {
		st = i - 1
	}
	return st, k, v, true
}
