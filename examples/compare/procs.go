package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/communique/communique/entities"
	"github.com/communique/communique/internal/eval"
)

// countries maps a place name to its country through communique's own
// country table (the public entities API run on the name alone), so that
// prose's GPE labels are scored with the same names, short forms and
// demonyms communique knows; a name that is not a country (a city, a
// region) maps to nothing.
var countries = entities.New(entities.Options{})

func countryISO(name string) (string, bool) {
	cs := countries.Countries(name)
	if len(cs) != 1 {
		return "", false
	}
	return cs[0].ISO2, true
}

// procResult is one run of a command: wall time, CPU time, peak resident
// set and standard output.
type procResult struct {
	wall, cpu float64
	rssMB     float64
	out       []byte
}

// runProc runs the command and measures it. The peak resident set comes
// from GNU time (/usr/bin/time), which forks the command from a small
// process: a child started directly from this one would inherit this
// process's high-water mark (Linux keeps ru_maxrss across exec).
func runProc(name string, args ...string) (procResult, error) {
	timeOut := ""
	if _, err := os.Stat("/usr/bin/time"); err == nil {
		f, err := os.CreateTemp("", "compare-time-")
		if err != nil {
			return procResult{}, err
		}
		f.Close()
		defer os.Remove(f.Name())
		timeOut = f.Name()
		args = append([]string{"-f", "%M %U %S", "-o", timeOut, name}, args...)
		name = "/usr/bin/time"
	}
	cmd := exec.Command(name, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start).Seconds()
	if cmd.ProcessState == nil {
		return procResult{}, fmt.Errorf("%s: %v", name, err)
	}
	if err != nil && out.Len() == 0 {
		return procResult{}, fmt.Errorf("%s: %v: %s", name, err, head(errb.String()))
	}
	r := procResult{wall: wall, out: out.Bytes()}
	if timeOut != "" {
		b, err := os.ReadFile(timeOut)
		if err != nil {
			return procResult{}, err
		}
		var kb, user, sys float64
		// GNU time may print "Command exited with non-zero status" first.
		lines := strings.Split(strings.TrimSpace(string(b)), "\n")
		if _, err := fmt.Sscan(lines[len(lines)-1], &kb, &user, &sys); err != nil {
			return procResult{}, fmt.Errorf("reading /usr/bin/time output %q: %v", b, err)
		}
		r.rssMB, r.cpu = kb/1024, user+sys
		return r, nil
	}
	r.cpu = (cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Seconds()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.rssMB = float64(ru.Maxrss) / 1024 // kilobytes on Linux; an upper bound, see above
	}
	return r, nil
}

func head(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// bodies reads JSON Lines of {"source", "body"} into AEB predictions keyed
// by page ID; pages missing from the output are empty predictions.
func bodies(out []byte, pages []page) map[string]string {
	pred := make(map[string]string, len(pages))
	for _, p := range pages {
		pred[p.id] = ""
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var rec struct {
			Source string `json:"source"`
			Body   string `json:"body"`
		}
		if json.Unmarshal(sc.Bytes(), &rec) == nil {
			pred[aebID(rec.Source)] = rec.Body
		}
	}
	return pred
}

// measureProcesses builds the communique command-line tool and trafcli,
// runs each over the 181 AEB pages as a whole process, and times the
// start-up of a process that extracts one small document.
func measureProcesses(root string, runs int, truth map[string]string, pages []page, predDir string) ([]row, error) {
	tmp, err := os.MkdirTemp("", "compare-bin-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	ours, theirs := filepath.Join(tmp, "communique"), filepath.Join(tmp, "trafcli")
	for _, b := range [][2]string{{ours, "github.com/communique/communique/examples/communique"}, {theirs, "./cmd/trafcli"}} {
		cmd := exec.Command("go", "build", "-o", b[0], b[1])
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("go build %s: %w", b[1], err)
		}
	}
	files := make([]string, len(pages))
	for i, p := range pages {
		files[i] = p.path
	}
	type proc struct {
		name string
		args []string
		res  []procResult
	}
	ps := []*proc{
		{name: ours, args: append([]string{"-q"}, files...)},
		{name: theirs, args: files},
		{name: ours, args: append([]string{"-q", "-no-learn"}, files...)},
	}
	for i := 0; i < runs; i++ {
		for _, p := range ps {
			r, err := runProc(p.name, p.args...)
			if err != nil {
				return nil, err
			}
			p.res = append(p.res, r)
		}
	}
	var rows []row
	var f1 [3]float64
	var pps, rss, cpu [3]float64
	for k, p := range ps {
		pred := bodies(p.res[0].out, pages)
		res, err := eval.ScoreAEB(truth, pred)
		if err != nil {
			return nil, err
		}
		label := filepath.Base(p.name)
		if k == 2 {
			label += "-no-learn"
		}
		if predDir != "" {
			if err := writePred(filepath.Join(predDir, "aeb-process-"+label+".json"), pred); err != nil {
				return nil, err
			}
		}
		var walls, rsses, cpus []float64
		for _, r := range p.res {
			walls = append(walls, r.wall)
			rsses = append(rsses, r.rssMB)
			cpus = append(cpus, r.cpu)
		}
		f1[k], pps[k], rss[k], cpu[k] = res.F1, float64(len(pages))/median(walls), maxf(rsses), median(cpus)
		logf("process %-20s %d pages: wall %.2f s (median of %d), CPU %.2f s, peak RSS %.0f MB, F1 %.3f (P %.3f R %.3f)",
			label, len(pages), median(walls), len(walls), cpu[k], rss[k], res.F1, res.Precision, res.Recall)
	}
	rows = append(rows,
		row{what: "AEB whole process, 181 files, 2 workers, wall clock", unit: "pages/s", peer: "go-trafilatura (trafcli)", ours: pps[0], them: pps[1], format: "%.0f", higher: true},
		row{what: "AEB whole process, pages per CPU-second", unit: "pages/s", peer: "go-trafilatura (trafcli)", ours: float64(len(pages)) / cpu[0], them: float64(len(pages)) / cpu[1], format: "%.0f", higher: true, chart: "speed"},
		row{what: "AEB whole process without batch learning (-no-learn), pages per CPU-second", unit: "pages/s", peer: "go-trafilatura (trafcli)", ours: float64(len(pages)) / cpu[2], them: float64(len(pages)) / cpu[1], format: "%.0f", higher: true},
		row{what: "AEB whole process without batch learning (-no-learn), wall clock", unit: "pages/s", peer: "go-trafilatura (trafcli)", ours: pps[2], them: pps[1], format: "%.0f", higher: true},
		row{what: "AEB whole process, CPU time", unit: "s", peer: "go-trafilatura (trafcli)", ours: cpu[0], them: cpu[1], format: "%.2f"},
		row{what: "AEB whole process, peak RSS", unit: "MB", peer: "go-trafilatura (trafcli)", ours: rss[0], them: rss[1], format: "%.0f"},
		row{what: "AEB whole process F1", peer: "go-trafilatura (trafcli)", ours: f1[0], them: f1[1], format: "%.3f", higher: true, score: true},
		row{what: "AEB whole process F1 without batch learning (-no-learn)", peer: "go-trafilatura (trafcli)", ours: f1[2], them: f1[1], format: "%.3f", higher: true, score: true},
	)

	// Bounded memory: the same pages given five times over (905 files)
	// should not need five times the memory.
	var many []string
	for range 5 {
		many = append(many, files...)
	}
	mr, err := runProc(ours, append([]string{"-q"}, many...)...)
	if err != nil {
		return nil, err
	}
	logf("process communique %d files: wall %.2f s, CPU %.2f s, peak RSS %.0f MB", len(many), mr.wall, mr.cpu, mr.rssMB)
	rows = append(rows, row{what: fmt.Sprintf("whole process, %d files (the pages five times), peak RSS", len(many)), unit: "MB", peer: "—", ours: mr.rssMB, format: "%.0f"})

	// Start-up: one small document per process, the median of 11 runs.
	small, err := smallest(filepath.Join(root, "testdata", "nato", "*.txt"))
	if err != nil {
		return nil, err
	}
	smallHTML := pages[0].path
	for _, p := range pages {
		if len(p.html) < 20000 && len(p.html) > 2000 {
			smallHTML = p.path
			break
		}
	}
	startup := func(name string, args ...string) (float64, float64, error) {
		var walls, rsses []float64
		for i := 0; i < 11; i++ {
			r, err := runProc(name, args...)
			if err != nil {
				return 0, 0, err
			}
			walls = append(walls, r.wall)
			rsses = append(rsses, r.rssMB)
		}
		return median(walls), maxf(rsses), nil
	}
	st, srss, err := startup(ours, "-q", small)
	if err != nil {
		return nil, err
	}
	sth, _, err := startup(ours, "-q", smallHTML)
	if err != nil {
		return nil, err
	}
	stt, _, err := startup(theirs, smallHTML)
	if err != nil {
		return nil, err
	}
	logf("start-up: communique %s %.3f s (peak RSS %.0f MB); one HTML page (%s): communique %.3f s, trafcli %.3f s",
		filepath.Base(small), st, srss, filepath.Base(smallHTML), sth, stt)
	rows = append(rows,
		row{what: "start-up, one small text document", unit: "s", peer: "—", ours: st, format: "%.3f"},
		row{what: "start-up, one small HTML page", unit: "s", peer: "go-trafilatura (trafcli)", ours: sth, them: stt, format: "%.3f"},
	)
	return rows, nil
}

func maxf(xs []float64) float64 {
	m := 0.0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

// smallest returns the smallest file matching the pattern.
func smallest(pattern string) (string, error) {
	paths, err := filepath.Glob(pattern)
	if err != nil || len(paths) == 0 {
		return "", fmt.Errorf("no files match %s", pattern)
	}
	sort.Slice(paths, func(i, j int) bool {
		a, _ := os.Stat(paths[i])
		b, _ := os.Stat(paths[j])
		return a.Size() < b.Size()
	})
	return paths[0], nil
}

// printTable prints the figures as one Markdown table with the date, the
// machine, the Go version, the commit and the command.
func printTable(w *os.File, header string, rows []row) {
	fmt.Fprintf(w, "%s\n\n", header)
	fmt.Fprintln(w, "| measure | communique | peer | peer's figure | communique's advantage |")
	fmt.Fprintln(w, "| --- | ---: | --- | ---: | ---: |")
	for _, r := range rows {
		unit := ""
		if r.unit != "" {
			unit = " " + r.unit
		}
		peer, ratio := "", ""
		if r.peer != "—" {
			peer = fmt.Sprintf(r.format+"%s", r.them, unit)
			switch {
			case r.score:
				ratio = fmt.Sprintf("%+.3f", r.ours-r.them)
			case r.them > 0 && r.ours > 0:
				// how many times faster or smaller communique is
				q := r.ours / r.them
				if !r.higher {
					q = r.them / r.ours
				}
				ratio = fmt.Sprintf("%.3g×", q)
				if q >= 1000 {
					ratio = fmt.Sprintf("%.0f×", q)
				}
			}
		}
		fmt.Fprintf(w, "| %s | "+r.format+"%s | %s | %s | %s |\n", r.what, r.ours, unit, r.peer, peer, ratio)
	}
}

func nproc() int {
	out, err := exec.Command("nproc").Output()
	if err != nil {
		return 0
	}
	var n int
	fmt.Sscan(string(out), &n)
	return n
}

// header says when, where and how the figures were measured.
func header(root string) string {
	cpuModel := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "model name") {
				if i := strings.IndexByte(l, ':'); i >= 0 {
					cpuModel = strings.TrimSpace(l[i+1:])
				}
				break
			}
		}
	}
	goVersion := "go"
	if out, err := exec.Command("go", "env", "GOVERSION").Output(); err == nil {
		goVersion = strings.TrimSpace(string(out))
	}
	load := ""
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(b)); len(f) > 0 {
			load = ", load average " + f[0]
		}
	}
	return fmt.Sprintf("Measured %s UTC at commit %s on %d × %s%s, %s, with `cd examples/compare && go run .`",
		time.Now().UTC().Format("2006-01-02 15:04"), gitHead(root), nproc(), cpuModel, load, goVersion)
}
