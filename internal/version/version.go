// Package version reports what build of communique is running: the module
// version and the VCS revision the binary was built from, as the Go
// toolchain records them (debug.ReadBuildInfo). Every example binary prints
// it for -version.
package version

import (
	"fmt"
	"runtime/debug"
)

// String returns "NAME VERSION (REVISION[, modified], GOVERSION)", with what
// the build records; "(devel)" and "unknown revision" when it records
// nothing (go run, or a build with -buildvcs=false).
func String(name string) string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return name + " (no build information)"
	}
	return format(name, bi)
}

func format(name string, bi *debug.BuildInfo) string {
	v := "(devel)"
	for _, m := range append([]*debug.Module{&bi.Main}, bi.Deps...) {
		if m.Path == "github.com/communique/communique" && m.Version != "" {
			v = m.Version
			break
		}
	}
	rev, modified := "unknown revision", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
			if len(rev) > 12 {
				rev = rev[:12]
			}
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if modified {
		rev += ", modified"
	}
	return fmt.Sprintf("%s %s (%s, %s)", name, v, rev, bi.GoVersion)
}
