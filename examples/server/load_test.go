package main

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestLoad is a bounded loopback load test of the server, run only when
// COMMUNIQUE_LOADTEST gives its duration:
//
//	COMMUNIQUE_LOADTEST=30s go test -run TestLoad -v ./examples/server
//
// COMMUNIQUE_LOADTEST_CONCURRENCY sets the number of clients (default 8).
// Each client posts the corpus pages (testdata/nato and testdata/dev) in
// turn to a server on 127.0.0.1 for the duration, then the test reports
// requests per second, throughput and latency percentiles, and fails on any
// error or non-200 answer.
func TestLoad(t *testing.T) {
	spec := os.Getenv("COMMUNIQUE_LOADTEST")
	if spec == "" {
		t.Skip("set COMMUNIQUE_LOADTEST=30s to run the load test")
	}
	dur, err := time.ParseDuration(spec)
	if err != nil || dur <= 0 || dur > 5*time.Minute {
		t.Fatalf("COMMUNIQUE_LOADTEST=%q: want a duration up to 5m", spec)
	}
	clients := 8
	if s := os.Getenv("COMMUNIQUE_LOADTEST_CONCURRENCY"); s != "" {
		if clients, err = strconv.Atoi(s); err != nil || clients < 1 || clients > 256 {
			t.Fatalf("COMMUNIQUE_LOADTEST_CONCURRENCY=%q", s)
		}
	}
	type page struct {
		name, ctype string
		data        []byte
	}
	var pages []page
	var total int
	for _, pat := range []string{"../../testdata/nato/*.txt", "../../testdata/dev/*.txt", "../../testdata/dev/*.html"} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			ct := "text/plain; charset=utf-8"
			if strings.HasSuffix(f, ".html") {
				ct = "text/html; charset=utf-8"
			}
			pages = append(pages, page{filepath.Base(f), ct, b})
			total += len(b)
		}
	}
	if len(pages) == 0 {
		t.Fatal("no corpus pages")
	}
	base, stop := start(t)
	defer stop()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}, Timeout: 30 * time.Second}

	var mu sync.Mutex
	var lat []time.Duration
	var bytesSent int64
	var failures []string
	deadline := time.Now().Add(dur)
	began := time.Now()
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			var mine []time.Duration
			var sent int64
			var bad []string
			for i := c; time.Now().Before(deadline); i++ {
				p := pages[i%len(pages)]
				t0 := time.Now()
				res, err := client.Post(base+"/v1/extract?date=2025-03-26&name="+p.name, p.ctype, bytes.NewReader(p.data))
				if err != nil {
					bad = append(bad, err.Error())
					continue
				}
				body, err := io.ReadAll(res.Body)
				res.Body.Close()
				mine = append(mine, time.Since(t0))
				sent += int64(len(p.data))
				if err != nil || res.StatusCode != 200 || !bytes.HasPrefix(body, []byte(`{"source":`)) {
					bad = append(bad, fmt.Sprintf("%s: %d %v %.100s", p.name, res.StatusCode, err, body))
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			bytesSent += sent
			failures = append(failures, bad...)
			mu.Unlock()
		}(c)
	}
	wg.Wait()
	elapsed := time.Since(began)
	if len(lat) == 0 {
		t.Fatal("no request completed")
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	t.Logf("%d clients, %d pages (%d KB), %s on loopback, GOMAXPROCS %d", clients, len(pages), total>>10, elapsed.Round(time.Millisecond), runtime.GOMAXPROCS(0))
	t.Logf("requests: %d, errors: %d", len(lat), len(failures))
	t.Logf("throughput: %.0f requests/s, %.1f MB/s of pages", float64(len(lat))/elapsed.Seconds(), float64(bytesSent)/1e6/elapsed.Seconds())
	t.Logf("latency: p50 %s, p90 %s, p99 %s, max %s", pct(0.50).Round(10*time.Microsecond), pct(0.90).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), lat[len(lat)-1].Round(10*time.Microsecond))
	if len(failures) > 0 {
		t.Errorf("%d errors; first: %s", len(failures), failures[0])
	}
}
