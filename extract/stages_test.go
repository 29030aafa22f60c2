package extract

// This file checks that the internal stages' mirrors of the public types
// keep the public values, which the pipeline converts between.

import (
	"testing"

	"github.com/communique/communique/extract/internal/block"
	"github.com/communique/communique/extract/internal/htmlread"
	"github.com/communique/communique/extract/internal/turns"
)

func TestStageMirrors(t *testing.T) {
	reasons := map[Reason]block.Reason{
		ReasonSiteProfile: block.ReasonSiteProfile, ReasonRepeated: block.ReasonRepeated,
		ReasonNavigation: block.ReasonNavigation, ReasonInterface: block.ReasonInterface,
		ReasonLegal: block.ReasonLegal, ReasonContext: block.ReasonContext,
		ReasonOutsideArticle: block.ReasonOutsideArticle, ReasonLimit: block.ReasonLimit,
		ReasonNoWords: block.ReasonNoWords,
	}
	for r, b := range reasons {
		if Reason(b) != r {
			t.Errorf("block reason %d is %s, want %s", b, Reason(b), r)
		}
	}
	for _, k := range []Kind{KindNews, KindTranscript, KindSpeech} {
		if turns.Kind(k).String() != k.String() {
			t.Errorf("turns kind %d is %s, want %s", k, turns.Kind(k), k)
		}
	}
	for _, k := range []TurnKind{TurnRemarks, TurnQuestion, TurnAnswer} {
		if turns.TurnKind(k).String() != k.String() {
			t.Errorf("turn kind %d is %s, want %s", k, turns.TurnKind(k), k)
		}
	}
	if htmlread.DefaultMaxDepth != DefaultMaxHTMLDepth {
		t.Errorf("htmlread.DefaultMaxDepth %d, want %d", htmlread.DefaultMaxDepth, DefaultMaxHTMLDepth)
	}
}
