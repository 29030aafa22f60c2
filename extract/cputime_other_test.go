//go:build !unix

package extract_test

import "time"

// cpuTime returns 0: the process's CPU time is not read on this system, and
// the tests fall back to wall time.
func cpuTime() time.Duration { return 0 }
