package version

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestFormat(t *testing.T) {
	bi := &debug.BuildInfo{
		GoVersion: "go1.26.8",
		Main:      debug.Module{Path: "github.com/communique/communique", Version: "v0.3.0"},
		Settings:  []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.modified", Value: "true"}},
	}
	if got, want := format("communique", bi), "communique v0.3.0 (0123456789ab, modified, go1.26.8)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	nested := &debug.BuildInfo{
		GoVersion: "go1.26.8",
		Main:      debug.Module{Path: "github.com/communique/communique/examples/beam", Version: "(devel)"},
		Deps:      []*debug.Module{{Path: "github.com/communique/communique", Version: "v0.3.0"}},
	}
	if got := format("beam", nested); !strings.HasPrefix(got, "beam v0.3.0 (unknown revision") {
		t.Errorf("nested module: %q", got)
	}
	if got := String("x"); !strings.HasPrefix(got, "x ") {
		t.Errorf("String: %q", got)
	}
}
