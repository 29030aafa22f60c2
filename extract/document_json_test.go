package extract

import (
	"encoding/json"
	"testing"
	"time"
)

func TestDocumentJSONRoundTrip(t *testing.T) {
	d := Document{Source: "a.txt", Kind: KindSpeech, Title: "T", Body: "B",
		Published: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)}
	b, err := json.Marshal(&d)
	if err != nil {
		t.Fatal(err)
	}
	var back Document
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !back.Published.Equal(d.Published) || back.Source != d.Source || back.Kind != d.Kind || back.Body != d.Body {
		t.Errorf("read back %+v, want %+v", back, d)
	}
	if err := json.Unmarshal([]byte(`{"published": null}`), &back); err != nil || !back.Published.IsZero() {
		t.Errorf("null published: %v, %v", back.Published, err)
	}
	if err := json.Unmarshal([]byte(`{"published": "29 Feb"}`), &back); err == nil {
		t.Error("no error for a malformed published date")
	}
}
