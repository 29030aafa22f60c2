package extract

import (
	"context"
	"strings"
	"testing"
	"time"
)

// A page that names its own day beside "today" ("from today (January
// 22)") is published that day, in the reference date's year; without the
// bracketed day, or without a reference date, it has no date of its own.
func TestPublishedTodayBracketed(t *testing.T) {
	x := New(Options{})
	ref := time.Date(2026, 1, 25, 0, 0, 0, 0, time.UTC)
	page := "Ombudsman joins careers expo\n\nThe Office of the Ombudsman is operating a booth at the careers expo from today (January 22) to January 25.\n"
	d, err := x.Extract(context.Background(), Input{Data: []byte(page), ReferenceDate: ref})
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Published.Format(time.DateOnly); got != "2026-01-22" {
		t.Errorf("published %s, want 2026-01-22", got)
	}
	plain := strings.Replace(page, "today (January 22)", "today", 1)
	if d, err = x.Extract(context.Background(), Input{Data: []byte(plain), ReferenceDate: ref}); err != nil || !d.Published.IsZero() {
		t.Errorf("plain today: %v %v", err, d.Published)
	}
	if d, err = x.Extract(context.Background(), Input{Data: []byte(page)}); err != nil || !d.Published.IsZero() {
		t.Errorf("no reference date: %v %v", err, d.Published)
	}
}
