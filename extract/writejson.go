// Streaming JSON: a Document written to an io.Writer a piece at a time, the
// same bytes as MarshalJSON without holding the whole encoding in memory.

package extract

import (
	"encoding/json"
	"io"
	"time"
)

// jsonChunk is the most bytes of the body encoded at once by WriteJSON.
const jsonChunk = 32 << 10

// WriteJSON writes the document to w as MarshalJSON encodes it, byte for
// byte, but a piece at a time: the body in chunks and each list an element
// at a time, so that a document of a page of tens of megabytes is written
// without a second copy of it in memory. It returns the first error of w.
func (d *Document) WriteJSON(w io.Writer) error {
	jw := &jsonWriter{w: w}
	jw.raw(`{"source":`)
	jw.value(d.Source)
	jw.raw(`,"kind":`)
	jw.value(d.Kind)
	jw.raw(`,"title":`)
	jw.value(d.Title)
	jw.raw(`,"published":`)
	if d.Published.IsZero() {
		jw.raw("null")
	} else {
		jw.value(d.Published.Format(time.DateOnly))
	}
	jw.raw(`,"body":`)
	jw.longString(d.Body)
	jw.raw(`,"removed":`)
	writeList(jw, d.Removed)
	jw.raw(`,"turns":`)
	writeList(jw, d.Turns)
	jw.raw(`,"dates":`)
	writeList(jw, d.Dates)
	jw.raw(`,"events":`)
	writeList(jw, d.Events)
	jw.raw(`,"officials":`)
	writeList(jw, d.Officials)
	jw.raw(`,"people":`)
	writeList(jw, d.People)
	jw.raw(`,"countries":`)
	writeList(jw, d.Countries)
	jw.raw(`,"quotes":`)
	writeList(jw, d.Quotes)
	jw.raw("}")
	return jw.err
}

// jsonWriter writes JSON pieces to w and keeps the first error, after
// which it writes nothing.
type jsonWriter struct {
	w   io.Writer
	err error
}

func (jw *jsonWriter) raw(s string) {
	if jw.err == nil {
		_, jw.err = io.WriteString(jw.w, s)
	}
}

func (jw *jsonWriter) bytes(b []byte) {
	if jw.err == nil {
		_, jw.err = jw.w.Write(b)
	}
}

// value writes v as json.Marshal encodes it.
func (jw *jsonWriter) value(v any) {
	if jw.err != nil {
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		jw.err = err
		return
	}
	jw.bytes(b)
}

// longString writes s as a JSON string, encoding it in chunks cut before
// the first byte of a character. json.Marshal escapes a string character
// by character (an invalid byte on its own), so the chunks' encodings
// joined are the whole string's.
func (jw *jsonWriter) longString(s string) {
	jw.raw(`"`)
	for len(s) > 0 && jw.err == nil {
		n := min(len(s), jsonChunk)
		for n < len(s) && s[n]&0xC0 == 0x80 {
			n++
		}
		b, err := json.Marshal(s[:n])
		if err != nil {
			jw.err = err
			return
		}
		jw.bytes(b[1 : len(b)-1])
		s = s[n:]
	}
	jw.raw(`"`)
}

// writeList writes a list an element at a time, empty rather than null.
func writeList[T any](jw *jsonWriter, list []T) {
	jw.raw("[")
	for i := range list {
		if i > 0 {
			jw.raw(",")
		}
		jw.value(&list[i])
	}
	jw.raw("]")
}
