package main

import (
	"encoding/json"
	"net/http/httptest"

	"bufio"
	"bytes"
	"context"
	"fmt"
	"github.com/communique/communique/extract"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestFlags(t *testing.T) {
	c, err := parseFlags(nil, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if c.addr != "127.0.0.1:8080" || c.maxBytes != 32<<20 || c.readTimeout <= 0 || c.writeTimeout <= 0 || c.idleTimeout <= 0 {
		t.Errorf("defaults: %+v", c)
	}
	c, err = parseFlags([]string{"-addr", "127.0.0.1:9999", "-max-bytes", "1024"}, io.Discard)
	if err != nil || c.addr != "127.0.0.1:9999" || c.maxBytes != 1024 {
		t.Errorf("flags: %+v %v", c, err)
	}
	for _, bad := range [][]string{{"-max-bytes", "0"}, {"-nope"}, {"extra"}} {
		if _, err := parseFlags(bad, io.Discard); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"-max-bytes", "-1"}, &stderr, nil); code != 2 {
		t.Errorf("bad flag: exit %d", code)
	}
	if code := run(context.Background(), []string{"-addr", "256.0.0.1:1"}, &stderr, nil); code != 1 {
		t.Errorf("bad address: exit %d", code)
	}
}

func TestProfileAndVersionFlags(t *testing.T) {
	var stderr bytes.Buffer
	if code := run(context.Background(), []string{"-version"}, &stderr, nil); code != 0 || !strings.HasPrefix(stderr.String(), "server ") {
		t.Errorf("-version: exit %d, %q", code, stderr.String())
	}
	stderr.Reset()
	missing := filepath.Join(t.TempDir(), "none.json")
	if code := run(context.Background(), []string{"-addr", "127.0.0.1:0", "-profile", missing}, &stderr, nil); code != 1 || !strings.Contains(stderr.String(), "none.json") {
		t.Errorf("missing profile: exit %d, %q", code, stderr.String())
	}
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	stderr.Reset()
	if code := run(context.Background(), []string{"-addr", "127.0.0.1:0", "-profile", bad}, &stderr, nil); code != 1 {
		t.Errorf("bad profile: exit %d, %q", code, stderr.String())
	}
	// a saved profile is applied: the block it learned is removed
	x := extract.New(extract.Options{})
	l := x.NewProfileLearner("example.org")
	for i := range 4 {
		page := fmt.Sprintf("The Examplia Office of Records keeps the archive of these releases\n\nThe minister met delegation number %d in Dublin on Monday to discuss energy and trade.\n", i)
		if err := l.Add(context.Background(), extract.Input{Data: []byte(page)}); err != nil {
			t.Fatal(err)
		}
	}
	prof := filepath.Join(t.TempDir(), "site.json")
	f, err := os.Create(prof)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Profile().Save(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	for _, withProfile := range []bool{false, true} {
		args := []string{"-access-log=false"}
		if withProfile {
			args = append(args, "-profile", prof)
		}
		c, err := parseFlags(args, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		h, err := newHandler(c, nil, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		req := httptest.NewRequest("POST", "/v1/extract", strings.NewReader("The Examplia Office of Records keeps the archive of these releases\n\nThe minister met her counterpart in Paris on Tuesday to discuss energy and trade.\n"))
		req.Header.Set("Content-Type", "text/plain")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		var doc struct{ Body string }
		if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(doc.Body, "Office of Records"); got == withProfile {
			t.Errorf("profile %v: site block in body: %v", withProfile, got)
		}
	}
}

func TestServerTimeouts(t *testing.T) {
	c, _ := parseFlags(nil, io.Discard)
	s := newServer(c, http.NotFoundHandler(), nil)
	if s.ReadHeaderTimeout <= 0 || s.ReadTimeout <= 0 || s.WriteTimeout <= 0 || s.IdleTimeout <= 0 {
		t.Errorf("server without timeouts: %+v", s)
	}
}

// start runs the server on a free loopback port until the returned stop is
// called; stop returns the exit code.
func start(t *testing.T, args ...string) (base string, stop func() int) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	done := make(chan int, 1)
	var logs bytes.Buffer
	go func() { done <- run(ctx, append([]string{"-addr", "127.0.0.1:0"}, args...), &logs, ready) }()
	select {
	case addr := <-ready:
		base = "http://" + addr
	case code := <-done:
		cancel()
		t.Fatalf("server exited with %d: %s", code, logs.String())
	case <-time.After(10 * time.Second):
		cancel()
		t.Fatal("server did not start")
	}
	return base, func() int {
		cancel()
		select {
		case code := <-done:
			return code
		case <-time.After(40 * time.Second):
			t.Fatal("server did not stop")
			return -1
		}
	}
}

func readSeed(t testing.TB) []byte {
	files, _ := filepath.Glob("../../testdata/nato/000_*.txt")
	if len(files) != 1 {
		t.Fatal("seed 000 missing")
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestServe(t *testing.T) {
	base, stop := start(t)
	res, err := http.Get(base + "/healthz")
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("healthz: %v %v", res, err)
	}
	res.Body.Close()
	res, err = http.Post(base+"/v1/extract?date=2025-03-26", "text/plain", bytes.NewReader(readSeed(t)))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !bytes.Contains(body, []byte(`"body":"NATO Secretary General Mark Rutte`)) || bytes.Contains(body, []byte(`"body":"Reset password`)) {
		t.Errorf("extract: %d %.300s", res.StatusCode, body)
	}
	res, err = http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !bytes.Contains(page, []byte("<textarea")) {
		t.Errorf("inspector page: %.200s", page)
	}
	if code := stop(); code != 0 {
		t.Errorf("exit %d after graceful shutdown", code)
	}
	if _, err := http.Get(base + "/healthz"); err == nil {
		t.Error("server still answers after shutdown")
	}
}

// A request under way when the signal comes is finished, not cut.
func TestGracefulShutdown(t *testing.T) {
	base, stop := start(t)
	seed := readSeed(t)
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n", len(seed))
	conn.Write(seed[:len(seed)/2])
	time.Sleep(200 * time.Millisecond) // the server has read the headers: the request is under way
	stopped := make(chan int, 1)
	go func() { stopped <- stop() }()
	time.Sleep(300 * time.Millisecond)
	select {
	case code := <-stopped:
		t.Fatalf("server stopped (exit %d) with a request under way", code)
	default:
	}
	conn.Write(seed[len(seed)/2:])
	conn.SetReadDeadline(time.Now().Add(20 * time.Second))
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("request under way at shutdown: %v", err)
	}
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || !bytes.Contains(body, []byte("Mark Rutte")) {
		t.Errorf("request under way at shutdown: %d %.200s", res.StatusCode, body)
	}
	conn.Close()
	if code := <-stopped; code != 0 {
		t.Errorf("exit %d", code)
	}
}

// TestServiceLimitFlag checks that -max-bytes reaches the handler.
func TestServiceLimitFlag(t *testing.T) {
	base, stop := start(t, "-max-bytes", "1000")
	defer stop()
	res, err := http.Post(base+"/v1/extract", "text/plain", strings.NewReader(strings.Repeat("The minister spoke. ", 100)))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("2000 bytes over -max-bytes 1000: %d", res.StatusCode)
	}
}
