// Command server is an HTTP service on the communique library: one shared
// Extractor behind a small JSON API, and an inspector page that shows what
// the extractor made of a page.
//
// Usage:
//
//	server [-addr 127.0.0.1:8080] [-max-bytes 33554432] [-profile FILE] [-access-log=false]
//
// Endpoints:
//
//	POST /v1/extract[?date=YYYY-MM-DD][&format=auto|text|html][&name=SOURCE]
//	     body: the page, as text/plain, text/html or application/octet-stream
//	     (detect), optionally with Content-Encoding: gzip; answers the
//	     Document as JSON. Errors are JSON {"error": "...", "status": N}:
//	     400 bad input, 413 over the size limit, 415 unsupported type or
//	     encoding.
//	GET  /healthz  200 "ok"
//	GET  /         the inspector page (embedded; no external assets)
//
// For example:
//
//	curl -sS -H 'Content-Type: text/plain' --data-binary @testdata/nato/000_59f30aea8c71552b.txt \
//	     'http://127.0.0.1:8080/v1/extract?date=2025-03-26'
//
// -profile applies a saved site profile (the command-line tool's
// -save-profile) to every page. Each request is logged on standard error
// as one structured record (method, path, status, bytes, duration) unless
// -access-log=false. -version prints the build and exits.
//
// SIGINT or SIGTERM stops the server gracefully: it stops accepting
// connections and lets the requests under way finish.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/communique/communique/examples/server/internal/service"
	"github.com/communique/communique/extract"
	"github.com/communique/communique/internal/version"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stderr, nil))
}

// config is the server's configuration from its flags.
type config struct {
	addr         string
	maxBytes     int64
	maxDecoded   int64
	inFlight     int
	readTimeout  time.Duration
	writeTimeout time.Duration
	idleTimeout  time.Duration
	grace        time.Duration
	profile      string
	accessLog    bool
	version      bool
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fl := flag.NewFlagSet("server", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.StringVar(&c.addr, "addr", "127.0.0.1:8080", "listen on `host:port`")
	fl.Int64Var(&c.maxBytes, "max-bytes", service.DefaultMaxBytes, "largest request body accepted, in `bytes` as sent")
	fl.Int64Var(&c.maxDecoded, "max-decoded", extract.DefaultMaxInputBytes, "largest page after gzip decompression, in `bytes`")
	fl.IntVar(&c.inFlight, "max-inflight", 0, "extractions run at once (0: four per CPU); further requests wait")
	fl.DurationVar(&c.readTimeout, "read-timeout", time.Minute, "time allowed to read a whole request")
	fl.DurationVar(&c.writeTimeout, "write-timeout", 2*time.Minute, "time allowed from the end of the request headers to the end of the answer")
	fl.DurationVar(&c.idleTimeout, "idle-timeout", 2*time.Minute, "time a keep-alive connection may stay idle")
	fl.DurationVar(&c.grace, "grace", 30*time.Second, "time allowed for requests under way at shutdown")
	fl.StringVar(&c.profile, "profile", "", "apply the site profile saved in `FILE` (communique -save-profile)")
	fl.BoolVar(&c.accessLog, "access-log", true, "log every request (method, path, status, bytes, duration) on standard error")
	fl.BoolVar(&c.version, "version", false, "print the version and exit")
	if err := fl.Parse(args); err != nil {
		return c, err
	}
	if fl.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments: %q", fl.Args())
	}
	if c.maxBytes <= 0 || c.maxDecoded <= 0 {
		return c, errors.New("-max-bytes and -max-decoded must be positive")
	}
	return c, nil
}

// newServer returns the http.Server for c, with its timeouts, serving h.
func newServer(c config, h http.Handler, logger *log.Logger) *http.Server {
	return &http.Server{
		Addr:              c.addr,
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       c.readTimeout,
		WriteTimeout:      c.writeTimeout,
		IdleTimeout:       c.idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          logger,
	}
}

// newHandler builds the one shared Extractor (with the site profile, if
// one is given) and the service on it.
func newHandler(c config, logger *log.Logger, stderr io.Writer) (http.Handler, error) {
	opts := extract.Options{MaxInputBytes: c.maxDecoded}
	if c.profile != "" {
		f, err := os.Open(c.profile)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		p, err := extract.LoadProfile(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.profile, err)
		}
		opts.Profile = p
	}
	so := service.Options{MaxBytes: c.maxBytes, MaxInFlight: c.inFlight, Log: logger, MaxDecoded: c.maxDecoded}
	if c.accessLog {
		so.Access = slog.New(slog.NewTextHandler(stderr, nil))
	}
	return service.New(extract.New(opts), so), nil
}

// run serves until ctx is done, then shuts down gracefully. If ready is not
// nil, the listening address is sent on it once the server accepts
// connections.
func run(ctx context.Context, args []string, stderr io.Writer, ready chan<- string) int {
	logger := log.New(stderr, "server: ", log.LstdFlags)
	c, err := parseFlags(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(stderr, "server:", err)
		return 2
	}
	if c.version {
		fmt.Fprintln(stderr, version.String("server"))
		return 0
	}
	h, err := newHandler(c, logger, stderr)
	if err != nil {
		logger.Print(err)
		return 1
	}
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		logger.Print(err)
		return 1
	}
	srv := newServer(c, h, logger)
	logger.Printf("listening on http://%s (inspector at /, API at POST /v1/extract)", ln.Addr())
	if ready != nil {
		ready <- ln.Addr().String()
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		logger.Print(err)
		return 1
	case <-ctx.Done():
	}
	logger.Print("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), c.grace)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		logger.Printf("shutdown: %v", err)
		return 1
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		logger.Print(err)
		return 1
	}
	return 0
}
