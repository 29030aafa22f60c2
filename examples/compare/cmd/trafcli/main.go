// Command trafcli extracts the article text of HTML files with
// go-trafilatura and prints one JSON object a line, {"source", "body"}: the
// whole-process counterpart of the communique command-line tool for the
// comparison harness. Files ending in .gz are decompressed.
//
// Usage:
//
//	trafcli [-j N] [-fallback=false] FILE ...
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"

	"github.com/markusmobius/go-trafilatura"
)

func main() {
	workers := flag.Int("j", runtime.GOMAXPROCS(0), "pages extracted at once")
	fallback := flag.Bool("fallback", true, "use go-readability and go-domdistiller as fallbacks (go-trafilatura's command-line default)")
	flag.Parse()
	files := flag.Args()
	if len(files) == 0 {
		fmt.Fprintln(os.Stderr, "usage: trafcli [-j N] [-fallback=false] FILE ...")
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	var mu sync.Mutex
	failed := false
	jobs := make(chan string)
	var wg sync.WaitGroup
	for range max(1, *workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for path := range jobs {
				body, err := extract(path, *fallback)
				mu.Lock()
				rec := map[string]string{"source": path, "body": body}
				if err != nil {
					// A page it cannot extract counts as an empty prediction.
					fmt.Fprintf(os.Stderr, "trafcli: %s: %v\n", path, err)
					rec["error"] = err.Error()
					failed = true
				}
				line, _ := json.Marshal(rec)
				out.Write(line)
				out.WriteByte('\n')
				mu.Unlock()
			}
		}()
	}
	for _, f := range files {
		jobs <- f
	}
	close(jobs)
	wg.Wait()
	if failed {
		out.Flush()
		os.Exit(1)
	}
}

func extract(path string, fallback bool) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	var r io.Reader = bytes.NewReader(data)
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return "", err
		}
		r = zr
	}
	res, err := trafilatura.Extract(r, trafilatura.Options{EnableFallback: fallback})
	if err != nil {
		return "", err
	}
	return res.ContentText, nil
}
