package extract

import (
	"bytes"
	"testing"
)

// declaredCharsetCopy is declaredCharset as it read every page, from a
// lower-cased copy of its first 4 KiB.
func declaredCharsetCopy(b []byte) string {
	if len(b) > 4096 {
		b = b[:4096]
	}
	low := bytes.ToLower(b)
	i := bytes.Index(low, []byte("charset="))
	if i < 0 {
		return ""
	}
	return string(charsetName(low[i+len("charset="):]))
}

// FuzzDeclaredCharset holds declaredCharset's reading in place of an ASCII
// head equal to the reading of a lower-cased copy.
func FuzzDeclaredCharset(f *testing.F) {
	for _, s := range []string{
		`<meta charset="UTF-8">`, `<META HTTP-EQUIV="Content-Type" CONTENT="text/html; CharSet=ISO-8859-1">`,
		`<meta charset='windows-1252'/>`, "charset", "chArSeT= \"Koi8_R\"", "<p>Été</p><meta charset=latin1>", "ccharset=x",
		"Été CHARSET= 'KOİ8-K'>", "é charset=\xffutf-8", "é charset=\xe2\x84", "é\xc3 charset=\"ISO_8859-1\" ",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if got, want := declaredCharset(b), declaredCharsetCopy(b); got != want {
			t.Errorf("declaredCharset(%q) = %q, want %q", b, got, want)
		}
	})
}
