// Reference dates per page for -date auto: the date a page's file name or
// URL path carries ("wh-2021-06-14-remarks.html", "/2023/07/11/"), and, only
// when asked, the file's modification time.

package main

import (
	"os"
	"regexp"
	"strconv"
	"time"
)

// pathDate matches a year, month and day in a path: separated by one of
// "-_/." ("2021-06-14", "/2023/07/11/") or written as eight digits
// ("20210614"), not inside a longer run of digits.
var pathDate = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[-_/.]([01]?[0-9])[-_/.]([0-3]?[0-9])|([01][0-9])([0-3][0-9]))(?:[^0-9]|$)`)

// dateFromPath returns the last valid date written in a file path or URL;
// the file name is more specific than the folders above it.
func dateFromPath(p string) (time.Time, bool) {
	ms := pathDate.FindAllStringSubmatch(p, -1)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		mo, d := m[2], m[3]
		if mo == "" {
			mo, d = m[4], m[5]
		}
		y, _ := strconv.Atoi(m[1])
		mon, _ := strconv.Atoi(mo)
		day, _ := strconv.Atoi(d)
		if mon < 1 || mon > 12 || day < 1 || day > 31 {
			continue
		}
		t := time.Date(y, time.Month(mon), day, 0, 0, 0, 0, time.UTC)
		if t.Day() != day { // 31 June
			continue
		}
		return t, true
	}
	return time.Time{}, false
}

// pageDate is the reference date -date auto gives the page at path: from
// its name, else its modification time when useMtime is set, else none.
func pageDate(path string, useMtime bool) time.Time {
	if t, ok := dateFromPath(path); ok {
		return t
	}
	if useMtime && path != "-" {
		if st, err := os.Stat(path); err == nil {
			y, m, d := st.ModTime().UTC().Date()
			return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		}
	}
	return time.Time{}
}
