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
	"hash/fnv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"golang.org/x/sync/errgroup"

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
	skipped bool  // already in the graph: not extracted nor written again
	pos     int64 // input bytes read up to the end of this item, all inputs counted (compressed bytes for .gz)
}

// reader reads articles from files, directories and stdin.
type reader struct {
	stdin     io.Reader
	published time.Time // --published, for .txt files
	inputs    []string
	shard     shard // --shard: keep only this part of the input

	// imported, when set, says which of a list of article ids are already
	// in the graph; read marks those items skipped.
	imported func(ctx context.Context, ids []string) (map[string]bool, error)

	done        int64        // bytes of the inputs read to the end; reader goroutine only
	otherShards atomic.Int64 // articles left to the other shards
}

// lookupChunk is the most article ids read asks imported about at once.
const lookupChunk = 256

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
// error only when ctx ends or r.imported fails; a bad article, or an input
// that cannot be opened or read to the end, is sent as a rejected item and
// reading goes on.
func (r *reader) read(ctx context.Context, out chan<- item) error {
	if r.imported == nil {
		return r.readAll(ctx, out)
	}
	g, ctx := errgroup.WithContext(ctx)
	ahead := make(chan item, lookupChunk)
	g.Go(func() error {
		defer close(ahead)
		return r.readAll(ctx, ahead)
	})
	g.Go(func() error { return r.markImported(ctx, ahead, out) })
	return g.Wait()
}

func (r *reader) readAll(ctx context.Context, out chan<- item) error {
	send := func(it item) error {
		if !r.shard.keeps(it) {
			r.otherShards.Add(1)
			return nil
		}
		select {
		case out <- it:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	for _, name := range r.inputs {
		err := r.readFile(ctx, name, send)
		var bad *inputError
		if errors.As(err, &bad) {
			// An input that cannot be opened or read to the end is
			// rejected from there on; the other inputs go on.
			err = send(item{err: bad, pos: r.done})
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// markImported asks r.imported about the articles in chunks: each chunk is
// what the reader has ready, up to lookupChunk items, so that a slow input
// such as stdin is never held back waiting for a full chunk.
func (r *reader) markImported(ctx context.Context, in <-chan item, out chan<- item) error {
	chunk := make([]item, 0, lookupChunk)
	ids := make([]string, 0, lookupChunk)
	for it := range in {
		chunk = append(chunk[:0], it)
	fill:
		for len(chunk) < lookupChunk {
			select {
			case it, ok := <-in:
				if !ok {
					break fill
				}
				chunk = append(chunk, it)
			default:
				break fill
			}
		}
		ids = ids[:0]
		for _, it := range chunk {
			if it.err == nil {
				ids = append(ids, it.article.ID)
			}
		}
		found, err := r.imported(ctx, ids)
		if err != nil {
			return err
		}
		for _, it := range chunk {
			it.skipped = it.err == nil && found[it.article.ID]
			select {
			case out <- it:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
	}
	return nil
}

// totalBytes is the size of all inputs, or 0 when it is unknown (stdin).
func (r *reader) totalBytes() int64 {
	var total int64
	for _, name := range r.inputs {
		info, err := os.Stat(name)
		if name == "-" || err != nil || !info.Mode().IsRegular() {
			return 0
		}
		total += info.Size()
	}
	return total
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// shard is part i of n (1 ≤ i ≤ n) of the input, for --shard i/n. An
// article belongs to part fnv1a(id) mod n + 1; a rejected article, which may
// have no id, to the part of its "file:line". The zero shard keeps all.
type shard struct{ i, n uint32 }

func parseShard(s string) (shard, error) {
	var sh shard
	if s == "" {
		return sh, nil
	}
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.ParseUint(a, 10, 32)
	n, err2 := strconv.ParseUint(b, 10, 32)
	if !ok || err1 != nil || err2 != nil || i < 1 || i > n {
		return sh, fmt.Errorf("--shard %q: want i/n with 1 ≤ i ≤ n, such as 2/4", s)
	}
	return shard{i: uint32(i), n: uint32(n)}, nil
}

func (s shard) keeps(it item) bool {
	if s.n <= 1 {
		return true
	}
	key := it.article.ID
	if it.err != nil {
		key = it.err.Source
	}
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32()%s.n == s.i-1
}

// readFile reads one input. It returns an *inputError when the input
// cannot be opened or read to the end, and ctx's error when ctx ends.
func (r *reader) readFile(ctx context.Context, name string, send func(item) error) error {
	var f io.Reader
	if name == "-" {
		f = r.stdin
		name = "stdin"
	} else {
		file, err := os.Open(name)
		if err != nil {
			return &inputError{Source: name, Reason: fmt.Sprintf("cannot open: %v", err)}
		}
		defer file.Close()
		f = file
	}
	cr := &countingReader{r: f}
	defer func() { r.done += cr.n }()
	f = cr
	// pos is where an item ends that ends at byte end of the (uncompressed) text.
	pos := func(end int64) int64 { return r.done + end }
	if strings.HasSuffix(name, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return &inputError{Source: name, Reason: fmt.Sprintf("cannot read: %v", err)}
		}
		defer gz.Close()
		f = gz
		pos = func(int64) int64 { return r.done + cr.n }
	}
	if strings.HasSuffix(name, ".txt") {
		text, err := io.ReadAll(f)
		if err != nil {
			return &inputError{Source: name, Reason: fmt.Sprintf("cannot read: %v", err)}
		}
		it := r.txtArticle(name, text)
		it.pos = pos(int64(len(text)))
		return send(it)
	}
	return readLines(ctx, name, f, pos, send)
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
func readLines(ctx context.Context, name string, f io.Reader, pos func(end int64) int64, send func(item) error) error {
	br := bufio.NewReaderSize(f, 1<<16)
	var end int64
	for line := 1; ; line++ {
		raw, err := br.ReadBytes('\n')
		end += int64(len(raw))
		if len(raw) > 0 {
			if it, ok := parseLine(name, line, raw); ok {
				it.pos = pos(end)
				if err := send(it); err != nil {
					return err
				}
			}
		}
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return &inputError{Source: fmt.Sprintf("%s:%d", name, line), Reason: fmt.Sprintf("cannot read the rest of the file: %v", err)}
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
