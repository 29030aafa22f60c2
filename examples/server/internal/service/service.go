// Package service is the HTTP side of the example server: the extraction
// API and the inspector page, as one http.Handler built on a shared
// Extractor.
package service

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log"
	"log/slog"
	"mime"
	"net/http"
	"runtime"
	"strings"
	"time"

	"github.com/communique/communique/extract"
)

// Extractor is what the service needs of *extract.Extractor.
type Extractor interface {
	Extract(ctx context.Context, in extract.Input) (*extract.Document, error)
}

// DefaultMaxBytes bounds a request body when Options.MaxBytes is zero.
const DefaultMaxBytes = 32 << 20

// Options configure a Handler. The zero value is the default.
type Options struct {
	// MaxBytes bounds the request body as sent (compressed, when it is);
	// larger bodies get 413. 0 means DefaultMaxBytes.
	MaxBytes int64
	// MaxInFlight bounds the extractions run at once; further requests wait
	// for a slot (or for their client to give up). 0 means four per CPU.
	MaxInFlight int
	// Log receives one line per failed request; nil means no log.
	Log *log.Logger
	// Access, when set, receives one structured record per request:
	// method, path, status, bytes written and duration.
	Access *slog.Logger
	// MaxDecoded is the extractor's limit on a decompressed page, stated in
	// the answer to a page over it; 0 leaves the number out.
	MaxDecoded int64
}

//go:embed assets
var assets embed.FS

// Handler serves the API and the inspector page:
//
//	POST /v1/extract   the page in the body → the Document as JSON
//	GET  /healthz      "ok"
//	GET  /             the inspector page (and its /assets/…)
type Handler struct {
	x    Extractor
	opts Options
	slot chan struct{}
	mux  *http.ServeMux
}

// New returns a Handler extracting with x.
func New(x Extractor, opts Options) *Handler {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxInFlight <= 0 {
		opts.MaxInFlight = 4 * runtime.GOMAXPROCS(0)
	}
	h := &Handler{x: x, opts: opts, slot: make(chan struct{}, opts.MaxInFlight), mux: http.NewServeMux()}
	static, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	files := http.FileServerFS(static)
	h.mux.HandleFunc("/v1/extract", h.extract)
	h.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	h.mux.HandleFunc("GET /assets/", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") { // no directory listings
			h.fail(w, r, http.StatusNotFound, "no such asset")
			return
		}
		setPageHeaders(w)
		http.StripPrefix("/assets", files).ServeHTTP(w, r)
	})
	h.mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		setPageHeaders(w)
		http.ServeFileFS(w, r, static, "index.html")
	})
	h.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		h.fail(w, r, http.StatusNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path)
	})
	return h
}

// setPageHeaders keeps the inspector page to its own assets.
func setPageHeaders(w http.ResponseWriter) {
	w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
}

// recorder remembers the status and size of an answer, for the access log.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// ServeHTTP implements http.Handler. A panic below it answers 500 rather
// than dropping the connection. With Options.Access, every request is
// logged once it is answered.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h.opts.Access != nil {
		start := time.Now()
		rec := &recorder{ResponseWriter: w}
		w = rec
		defer func() {
			status := rec.status
			if status == 0 {
				status = http.StatusOK
			}
			h.opts.Access.LogAttrs(r.Context(), slog.LevelInfo, "request",
				slog.String("method", r.Method), slog.String("path", r.URL.Path),
				slog.Int("status", status), slog.Int64("bytes", rec.bytes),
				slog.Duration("duration", time.Since(start)))
		}()
	}
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			h.logf("panic serving %s %s: %v", r.Method, r.URL.Path, v)
			writeError(w, http.StatusInternalServerError, "internal error")
		}
	}()
	h.mux.ServeHTTP(w, r)
}

// errorBody is the JSON of every error answer.
type errorBody struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(errorBody{Error: msg, Status: status})
}

func (h *Handler) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if status >= 500 {
		h.logf("%s %s: %d %s", r.Method, r.URL.Path, status, msg)
	}
	writeError(w, status, msg)
}

func (h *Handler) logf(format string, args ...any) {
	if h.opts.Log != nil {
		h.opts.Log.Printf(format, args...)
	}
}

// formatOf maps a request's Content-Type to an input format. ok is false for
// a type the service does not read.
func formatOf(contentType string) (f extract.Format, msg string, ok bool) {
	if strings.TrimSpace(contentType) == "" {
		return extract.FormatAuto, "", true
	}
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return 0, fmt.Sprintf("unreadable Content-Type %q", contentType), false
	}
	switch cs := strings.ToLower(params["charset"]); cs {
	case "", "utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1", "windows-1252", "cp1252":
	default:
		return 0, fmt.Sprintf("unsupported charset %q: send UTF-8 or windows-1252", cs), false
	}
	switch mt {
	case "text/plain":
		return extract.FormatText, "", true
	case "text/html", "application/xhtml+xml":
		return extract.FormatHTML, "", true
	case "application/octet-stream", "application/gzip", "application/x-gzip":
		return extract.FormatAuto, "", true
	}
	return 0, fmt.Sprintf("unsupported Content-Type %q: send text/plain, text/html or application/octet-stream (detect)", mt), false
}

func (h *Handler) extract(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		h.fail(w, r, http.StatusMethodNotAllowed, "use POST with the page as the body")
		return
	}
	format, msg, ok := formatOf(r.Header.Get("Content-Type"))
	if !ok {
		h.fail(w, r, http.StatusUnsupportedMediaType, msg)
		return
	}
	gzipped := false
	switch enc := strings.ToLower(strings.TrimSpace(r.Header.Get("Content-Encoding"))); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		gzipped = true
	default:
		h.fail(w, r, http.StatusUnsupportedMediaType, fmt.Sprintf("unsupported Content-Encoding %q: send gzip or none", enc))
		return
	}
	q := r.URL.Query()
	var ref time.Time
	if s := q.Get("date"); s != "" {
		t, err := time.Parse(time.DateOnly, s)
		if err != nil {
			h.fail(w, r, http.StatusBadRequest, fmt.Sprintf("date=%q: want YYYY-MM-DD", s))
			return
		}
		ref = t
	}
	switch s := q.Get("format"); s {
	case "":
	case "auto":
		format = extract.FormatAuto
	case "text":
		format = extract.FormatText
	case "html":
		format = extract.FormatHTML
	default:
		h.fail(w, r, http.StatusBadRequest, fmt.Sprintf("format=%q: want auto, text or html", s))
		return
	}
	if r.ContentLength > h.opts.MaxBytes {
		h.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("body of %d bytes is over the limit of %d bytes", r.ContentLength, h.opts.MaxBytes))
		return
	}

	// Wait for a slot before reading the body, so that memory stays bounded
	// by MaxInFlight bodies however many clients send at once.
	select {
	case h.slot <- struct{}{}:
		defer func() { <-h.slot }()
	case <-r.Context().Done():
		h.fail(w, r, http.StatusServiceUnavailable, "gave up waiting for a free worker")
		return
	}
	body := http.MaxBytesReader(w, r.Body, h.opts.MaxBytes)
	data, err := io.ReadAll(body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			h.fail(w, r, http.StatusRequestEntityTooLarge, fmt.Sprintf("body is over the limit of %d bytes", h.opts.MaxBytes))
			return
		}
		h.fail(w, r, http.StatusBadRequest, "reading the body: "+err.Error())
		return
	}
	if gzipped && !(len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b) {
		h.fail(w, r, http.StatusBadRequest, "Content-Encoding is gzip but the body is not a gzip stream")
		return
	}
	name := q.Get("name")
	if name == "" {
		name = "request"
	}
	doc, err := h.x.Extract(r.Context(), extract.Input{Name: name, Data: data, Format: format, ReferenceDate: ref})
	if err != nil {
		status, msg := statusOf(err, h.opts.MaxDecoded)
		if status == 0 {
			return // the client has gone
		}
		h.fail(w, r, status, msg)
		return
	}
	out, err := json.Marshal(doc)
	if err != nil {
		h.fail(w, r, http.StatusInternalServerError, "encoding the document: "+err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Write(append(out, '\n'))
}

// statusOf maps an extraction error to a status and message; status 0 means
// the request was cancelled and needs no answer.
func statusOf(err error, maxDecoded int64) (int, string) {
	switch {
	case errors.Is(err, extract.ErrEmpty):
		return http.StatusBadRequest, "the body is empty"
	case errors.Is(err, extract.ErrTooLarge):
		if maxDecoded > 0 {
			return http.StatusRequestEntityTooLarge, fmt.Sprintf("the decompressed body is over the limit of %d bytes", maxDecoded)
		}
		return http.StatusRequestEntityTooLarge, "the decompressed body is over the extractor's limit"
	case errors.Is(err, extract.ErrBinary):
		return http.StatusBadRequest, "the body is binary, not text or HTML"
	case errors.Is(err, extract.ErrGzip):
		return http.StatusBadRequest, "the body is an invalid or truncated gzip stream"
	case errors.Is(err, extract.ErrEncoding):
		return http.StatusUnsupportedMediaType, "the body's character encoding is not supported: send UTF-8 or windows-1252"
	case errors.Is(err, context.Canceled):
		return 0, ""
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "extraction timed out"
	}
	return http.StatusInternalServerError, "extraction failed: " + err.Error()
}
