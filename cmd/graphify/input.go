package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	graphify "github.com/graphify-dev/graphify"
)

// inputError is an article that could not be read. It names the file and
// line; the rest of the batch goes on.
type inputError struct {
	Source string // "file:line" or "file"
	Reason string
}

func (e *inputError) Error() string { return e.Source + ": " + e.Reason }

// item is what the reader emits: an article, or the reason one was rejected.
type item struct {
	article graphify.Article
	err     *inputError
}

// reader reads articles from files, directories and stdin.
type reader struct {
	stdin     io.Reader
	published time.Time // --published, for .txt files
	inputs    []string
}

// expand turns the command-line arguments into a sorted list of files.
// Directories are walked recursively for .txt, .jsonl and .jsonl.gz files.
func expand(args []string) ([]string, error) {
	var files []string
	for _, arg := range args {
		if arg == "-" {
			files = append(files, arg)
			continue
		}
		info, err := os.Stat(arg)
		if err != nil {
			return nil, fmt.Errorf("read input: %w", err)
		}
		if !info.IsDir() {
			files = append(files, arg)
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && isArticleFile(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read input %s: %w", arg, err)
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, nil
}

func isArticleFile(path string) bool {
	return strings.HasSuffix(path, ".txt") || strings.HasSuffix(path, ".jsonl") || strings.HasSuffix(path, ".jsonl.gz")
}

// read sends every article of every input to out, in order. It returns an
// error only when an input cannot be opened at all or ctx ends; a bad article
// is sent as a rejected item and reading goes on.
func (r *reader) read(ctx context.Context, out chan<- item) error {
	send := func(it item) error {
		select {
		case out <- it:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	for _, name := range r.inputs {
		if err := r.readFile(ctx, name, send); err != nil {
			return err
		}
	}
	return nil
}

func (r *reader) readFile(ctx context.Context, name string, send func(item) error) error {
	var f io.Reader
	if name == "-" {
		f = r.stdin
		name = "stdin"
	} else {
		file, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("read input: %w", err)
		}
		defer file.Close()
		f = file
	}
	if strings.HasSuffix(name, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		defer gz.Close()
		f = gz
	}
	if strings.HasSuffix(name, ".txt") {
		text, err := io.ReadAll(f)
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		return send(r.txtArticle(name, text))
	}
	return readLines(ctx, name, f, send)
}

// txtArticle makes one article of a whole .txt file. Its id is the file's
// base name and a hash of its text, so that the same file read from another
// directory is the same article, and an edited file is a new one.
func (r *reader) txtArticle(name string, text []byte) item {
	if !utf8.Valid(text) {
		return item{err: &inputError{Source: name, Reason: "text is not valid UTF-8"}}
	}
	if strings.TrimSpace(string(text)) == "" {
		return item{err: &inputError{Source: name, Reason: "empty article"}}
	}
	base := strings.TrimSuffix(filepath.Base(name), ".txt")
	return item{article: graphify.Article{
		ID:        base + "-" + shortHash(text),
		Text:      string(text),
		Published: r.published,
		Source:    name,
	}}
}

// jsonArticle is the JSON-lines input format. doc_date is accepted for
// published, as in the evaluation sets.
type jsonArticle struct {
	ID        string  `json:"id"`
	Text      *string `json:"text"`
	Published string  `json:"published"`
	DocDate   string  `json:"doc_date"`
	Title     string  `json:"title"`
	URL       string  `json:"url"`
}

// readLines reads one JSON article per line. A bufio.Reader, not a Scanner:
// an article may be longer than any fixed line limit.
func readLines(ctx context.Context, name string, f io.Reader, send func(item) error) error {
	br := bufio.NewReaderSize(f, 1<<16)
	for line := 1; ; line++ {
		raw, err := br.ReadBytes('\n')
		if len(raw) > 0 {
			if it, ok := parseLine(name, line, raw); ok {
				if err := send(it); err != nil {
					return err
				}
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s line %d: %w", name, line, err)
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
}

// parseLine parses one JSON line; blank lines are skipped (ok false).
func parseLine(name string, line int, raw []byte) (item, bool) {
	src := fmt.Sprintf("%s:%d", name, line)
	reject := func(format string, args ...any) (item, bool) {
		return item{err: &inputError{Source: src, Reason: fmt.Sprintf(format, args...)}}, true
	}
	trimmed := strings.TrimSpace(string(raw))
	if trimmed == "" {
		return item{}, false
	}
	if !utf8.ValidString(trimmed) {
		return reject("line is not valid UTF-8")
	}
	var j jsonArticle
	if err := json.Unmarshal([]byte(trimmed), &j); err != nil {
		return reject("malformed JSON: %v", err)
	}
	if j.Text == nil || strings.TrimSpace(*j.Text) == "" {
		return reject("missing text")
	}
	date := j.Published
	if date == "" {
		date = j.DocDate
	}
	var published time.Time
	if date != "" {
		t, err := parseDate(date)
		if err != nil {
			return reject("unparseable date %q: want YYYY-MM-DD or RFC 3339", date)
		}
		published = t
	}
	id := j.ID
	if id == "" {
		id = "doc-" + shortHash([]byte(*j.Text))
	}
	return item{article: graphify.Article{ID: id, Text: *j.Text, Title: j.Title, URL: j.URL, Published: published, Source: src}}, true
}

// parseDate accepts YYYY-MM-DD and RFC 3339. The day is kept in the
// timestamp's own zone: a story dated 23:30 local time keeps its local day.
func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, err
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
}

func shortHash(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:6])
}
