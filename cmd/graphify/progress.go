package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// importStats says what became of the articles of an import. Every article
// read is imported, skipped or rejected, except those of a batch that was
// being written when the run stopped.
type importStats struct {
	Read        int64   `json:"read"`
	Imported    int64   `json:"imported"`
	Skipped     int64   `json:"skipped"` // already in the graph
	Rejected    int64   `json:"rejected"`
	RejectsFile string  `json:"rejects_file,omitempty"`
	Meetings    int64   `json:"meetings"` // written, in the imported articles
	Batches     int64   `json:"batches"`  // committed
	OtherShards int64   `json:"other_shards,omitempty"`
	Seconds     float64 `json:"seconds"`
	Error       string  `json:"error,omitempty"`

	pos int64 // input bytes up to the last article counted, for the progress line
}

// String is the plain summary printed at the end of an import.
func (st importStats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "imported %d articles and %d meetings in %d batches; %d skipped as already imported; %d rejected",
		st.Imported, st.Meetings, st.Batches, st.Skipped, st.Rejected)
	if st.RejectsFile != "" {
		fmt.Fprintf(&b, " (listed in %s)", st.RejectsFile)
	}
	fmt.Fprintf(&b, "; %d articles read in %.1fs", st.Read, st.Seconds)
	if st.OtherShards > 0 {
		fmt.Fprintf(&b, "; %d left to other shards", st.OtherShards)
	}
	return b.String()
}

// refresh is how often the progress line is redrawn.
const refresh = 200 * time.Millisecond

// progress keeps the counts of an import and, when stderr is a terminal,
// redraws a one-line status on it from its own goroutine.
type progress struct {
	start time.Time
	rd    *reader // for the articles of other shards
	total int64   // input bytes, or 0 when unknown

	mu sync.Mutex
	st importStats

	tty        io.Writer // nil when stderr is not a terminal: no progress line
	width      int       // of the last line drawn, to blank it out
	stop, done chan struct{}
}

func startProgress(stderr io.Writer, rd *reader) *progress {
	p := &progress{start: time.Now(), rd: rd, total: rd.totalBytes()}
	if isTerminal(stderr) {
		p.tty = stderr
		p.stop, p.done = make(chan struct{}), make(chan struct{})
		go p.loop()
	}
	return p
}

// isTerminal reports whether w is a terminal (a character device), without
// a dependency. /dev/null is one too, which is harmless.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// update changes the counts; the progress goroutine reads them.
func (p *progress) update(f func(*importStats)) {
	p.mu.Lock()
	f(&p.st)
	p.mu.Unlock()
}

func (p *progress) stats() importStats {
	p.mu.Lock()
	defer p.mu.Unlock()
	st := p.st
	st.Seconds = time.Since(p.start).Seconds()
	st.OtherShards = p.rd.otherShards.Load()
	return st
}

// finish erases the progress line and returns the final counts.
func (p *progress) finish() importStats {
	if p.tty != nil {
		close(p.stop)
		<-p.done
		p.draw("")
	}
	return p.stats()
}

func (p *progress) loop() {
	defer close(p.done)
	tick := time.NewTicker(refresh)
	defer tick.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-tick.C:
			st := p.stats()
			p.draw(progressLine(st, time.Since(p.start), p.total))
		}
	}
}

// draw overwrites the current line with s, padding with spaces rather than
// using escape sequences, so that any terminal shows it right.
func (p *progress) draw(s string) {
	pad := max(p.width-len(s), 0)
	fmt.Fprintf(p.tty, "\r%s%s\r%s", s, strings.Repeat(" ", pad), s)
	p.width = len(s)
}

// progressLine is the status shown during an import: rates, counts, and,
// when the input's size is known, the share of it done (by bytes) with an
// estimate of the time left.
func progressLine(st importStats, elapsed time.Duration, total int64) string {
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(st.Read) / s
	}
	line := fmt.Sprintf("%d articles (%.0f/s): %d imported, %d skipped, %d rejected; %d meetings",
		st.Read, rate, st.Imported, st.Skipped, st.Rejected, st.Meetings)
	if done := min(st.pos, total); done > 0 {
		left := time.Duration(float64(elapsed) * float64(total-done) / float64(done))
		line += fmt.Sprintf("; %.0f%%, ETA %s", 100*float64(done)/float64(total), left.Round(time.Second))
	}
	return line
}

// rejectLog lists rejected articles as JSON lines in a file that it creates
// at the first one, so that a clean run leaves no file behind.
type rejectLog struct {
	path string
	f    *os.File
	w    *bufio.Writer
}

func (l *rejectLog) add(e *inputError, p *progress) error {
	if l.f == nil {
		f, err := os.Create(l.path)
		if err != nil {
			return fmt.Errorf("rejects file: %w", err)
		}
		l.f, l.w = f, bufio.NewWriter(f)
		p.update(func(st *importStats) { st.RejectsFile = l.path })
	}
	line, _ := json.Marshal(struct {
		Source string `json:"source"`
		Reason string `json:"reason"`
	}{e.Source, strings.TrimSpace(e.Reason)})
	l.w.Write(append(line, '\n'))
	return nil
}

func (l *rejectLog) close() error {
	if l.f == nil {
		return nil
	}
	err := errors.Join(l.w.Flush(), l.f.Close())
	if err != nil {
		return fmt.Errorf("rejects file %s: %w", l.path, err)
	}
	return nil
}
