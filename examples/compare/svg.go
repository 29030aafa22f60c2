package main

import (
	"fmt"
	"html"
	"math"
	"strings"
)

// chart draws the table's charted rows as an SVG: on the left the speed
// ratios (communique ÷ peer, logarithmic scale), on the right the F1 of
// both side by side.
func chart(rows []row, caption string) []byte {
	var speed, f1 []row
	for _, r := range rows {
		switch {
		case r.chart == "speed" && r.them > 0:
			speed = append(speed, r)
		case r.chart == "f1":
			f1 = append(f1, r)
		}
	}
	const (
		w, barH, gap, top = 1060, 22, 16, 56
		leftX, leftW      = 300, 220 // speed panel: labels end at leftX
		rightX, rightW    = 770, 150 // F1 panel
	)
	n := max(len(speed), 2*len(f1))
	h := top + n*(barH+gap) + 56
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", w, h, w, h)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", w, h)
	fmt.Fprintf(&b, `<text x="10" y="22" font-size="15" font-weight="bold">Speed: communique ÷ peer (log scale)</text>`+"\n")
	fmt.Fprintf(&b, `<text x="570" y="22" font-size="15" font-weight="bold">F1: communique vs peer</text>`+"\n")
	fmt.Fprintf(&b, `<text x="10" y="%d" fill="#555" font-size="11">%s</text>`+"\n", h-6, esc(caption))

	// Speed panel, log10 scale from 0.1× to the largest ratio.
	maxR := 10.0
	for _, r := range speed {
		maxR = max(maxR, r.ours/r.them)
	}
	hi := math.Ceil(math.Log10(maxR))
	lo := -1.0
	xOf := func(v float64) float64 {
		return leftX + leftW*(math.Log10(v)-lo)/(hi-lo)
	}
	for e := lo; e <= hi; e++ {
		x := xOf(math.Pow(10, e))
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>`+"\n", x, top-8, x, h-40)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%s×</text>`+"\n", x, h-26, trimFloat(math.Pow(10, e)))
	}
	x1 := xOf(1)
	fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#333"/>`+"\n", x1, top-8, x1, h-40)
	for i, r := range speed {
		y := top + i*(barH+gap)
		ratio := r.ours / r.them
		x := xOf(ratio)
		fill := "#2b7bb9"
		if ratio < 1 {
			fill = "#c0504d"
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%s</text>`+"\n", leftX-6, y+barH/2-2, esc(shorten(r.what, 48)))
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end" fill="#555" font-size="10">vs %s</text>`+"\n", leftX-6, y+barH/2+10, esc(shorten(r.peer, 48)))
		fmt.Fprintf(&b, `<rect x="%.1f" y="%d" width="%.1f" height="%d" fill="%s"/>`+"\n", math.Min(x, x1), y, math.Abs(x-x1), barH, fill)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d">%s×</text>`+"\n", math.Max(x, x1)+4, y+barH/2+4, trimFloat(roundSig(ratio)))
	}

	// F1 panel, linear from 0 to 1, two bars a row.
	fx := func(v float64) float64 { return rightX + rightW*math.Max(0, math.Min(1, v)) }
	for _, v := range []float64{0, 0.5, 1} {
		x := fx(v)
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/>`+"\n", x, top-8, x, h-40)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle" fill="#555">%s</text>`+"\n", x, h-26, trimFloat(v))
	}
	for i, r := range f1 {
		y := top + 2*i*(barH+gap)
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%s</text>`+"\n", rightX-6, y+barH/2+4, esc(shorten(r.what, 36)))
		for k, v := range []float64{r.ours, r.them} {
			yy := y + k*(barH+2)
			fill, who := "#2b7bb9", "communique"
			if k == 1 {
				fill, who = "#999", r.peer
			}
			fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>`+"\n", rightX, yy, fx(v)-rightX, barH, fill)
			fmt.Fprintf(&b, `<text x="%.1f" y="%d" font-size="11">%.3f %s</text>`+"\n", fx(v)+4, yy+barH/2+4, v, esc(shorten(who, 20)))
		}
	}
	b.WriteString("</svg>\n")
	return []byte(b.String())
}

func esc(s string) string { return html.EscapeString(s) }

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func roundSig(v float64) float64 {
	if v >= 10 {
		return math.Round(v)
	}
	return math.Round(v*100) / 100
}

func trimFloat(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
