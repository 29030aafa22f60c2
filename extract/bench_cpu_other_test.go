//go:build !unix

package extract_test

// processCPU reports that process CPU time is not measured on this system.
func processCPU() (float64, bool) { return 0, false }
