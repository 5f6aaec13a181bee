package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	graphify "github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/graph"
)

func TestParseShard(t *testing.T) {
	for _, test := range []struct {
		in      string
		want    shard
		wantErr bool
	}{
		{"", shard{}, false},
		{"1/1", shard{1, 1}, false},
		{"2/4", shard{2, 4}, false},
		{"4/4", shard{4, 4}, false},
		{"0/4", shard{}, true},
		{"5/4", shard{}, true},
		{"1/0", shard{}, true},
		{"2", shard{}, true},
		{"a/b", shard{}, true},
		{"-1/4", shard{}, true},
	} {
		t.Run(test.in, func(t *testing.T) {
			got, err := parseShard(test.in)
			if (err != nil) != test.wantErr || got != test.want {
				t.Errorf("parseShard(%q) = %v, %v; want %v, error %v", test.in, got, err, test.want, test.wantErr)
			}
		})
	}
}

// Every article belongs to exactly one shard, always the same one, and the
// shards are of similar size.
func TestShard_keeps(t *testing.T) {
	const n = 4
	sizes := make([]int, n)
	for k := range 4000 {
		it := item{article: graphify.Article{ID: fmt.Sprintf("article-%d", k)}}
		if k%10 == 0 { // a rejected article is placed by its source
			it = item{err: &inputError{Source: fmt.Sprintf("in.jsonl:%d", k), Reason: "missing text"}}
		}
		owners := 0
		for i := uint32(1); i <= n; i++ {
			if (shard{i, n}).keeps(it) {
				owners++
				sizes[i-1]++
			}
		}
		if owners != 1 {
			t.Fatalf("%+v is kept by %d shards, want 1", it, owners)
		}
		if !(shard{}).keeps(it) {
			t.Fatalf("the zero shard drops %+v", it)
		}
	}
	for i, size := range sizes {
		if size < 800 || size > 1200 {
			t.Errorf("shard %d/%d has %d of 4000 articles, want about 1000", i+1, n, size)
		}
	}
}

func TestProgressLine(t *testing.T) {
	for _, test := range []struct {
		name    string
		st      importStats
		elapsed time.Duration
		total   int64
		want    string
	}{
		{"start", importStats{}, 0, 1000, "0 articles (0/s): 0 imported, 0 skipped, 0 rejected; 0 meetings"},
		{"half way", importStats{Read: 100, Imported: 80, Skipped: 15, Rejected: 5, Meetings: 120, pos: 500}, 10 * time.Second, 1000,
			"100 articles (10/s): 80 imported, 15 skipped, 5 rejected; 120 meetings; 50%, ETA 10s"},
		{"stdin", importStats{Read: 30, Imported: 30, Meetings: 31, pos: 500}, 3 * time.Second, 0,
			"30 articles (10/s): 30 imported, 0 skipped, 0 rejected; 31 meetings"},
	} {
		t.Run(test.name, func(t *testing.T) {
			if got := progressLine(test.st, test.elapsed, test.total); got != test.want {
				t.Errorf("got  %q\nwant %q", got, test.want)
			}
		})
	}
}

func TestImportStats_String(t *testing.T) {
	st := importStats{Read: 10, Imported: 6, Skipped: 3, Rejected: 1, RejectsFile: "r.jsonl", Meetings: 9, Batches: 2, OtherShards: 30, Seconds: 1.25}
	want := "imported 6 articles and 9 meetings in 2 batches; 3 skipped as already imported; 1 rejected (listed in r.jsonl); 10 articles read in 1.2s; 30 left to other shards"
	if got := st.String(); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// readItems runs rd.read and returns what it sent.
func readItems(t *testing.T, rd *reader) []item {
	t.Helper()
	out := make(chan item)
	var items []item
	done := make(chan struct{})
	go func() {
		for it := range out {
			items = append(items, it)
		}
		close(done)
	}()
	err := rd.read(context.Background(), out)
	close(out)
	<-done
	if err != nil {
		t.Fatal(err)
	}
	return items
}

func TestReader_read(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	for k := range 600 {
		lines = append(lines, fmt.Sprintf(`{"id":"a%d","text":"Article %d."}`, k, k))
	}
	plain := filepath.Join(dir, "a.jsonl")
	if err := os.WriteFile(plain, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(strings.Join(lines[:50], "\n")))
	zw.Close()
	truncated := filepath.Join(dir, "b.jsonl.gz")
	if err := os.WriteFile(truncated, gz.Bytes()[:gz.Len()-10], 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "gone.jsonl")

	t.Run("bad inputs are rejected and reading goes on", func(t *testing.T) {
		rd := &reader{inputs: []string{truncated, missing, plain}}
		items := readItems(t, rd)
		var rejects []string
		for _, it := range items {
			if it.err != nil {
				rejects = append(rejects, it.err.Error())
			}
		}
		if len(rejects) != 2 ||
			!strings.HasPrefix(rejects[0], truncated+":") || !strings.Contains(rejects[0], "cannot read the rest of the file: unexpected EOF") ||
			!strings.HasPrefix(rejects[1], missing+": cannot open") {
			t.Errorf("rejects = %q", rejects)
		}
		if last := items[len(items)-1]; last.article.ID != "a599" || last.pos != rd.done {
			t.Errorf("last item %q at byte %d of %d, want a599 at the end", last.article.ID, last.pos, rd.done)
		}
	})

	t.Run("imported articles are marked skipped", func(t *testing.T) {
		var asked [][]string
		var mu sync.Mutex
		rd := &reader{inputs: []string{plain}, imported: func(_ context.Context, ids []string) (map[string]bool, error) {
			mu.Lock()
			asked = append(asked, slices.Clone(ids))
			mu.Unlock()
			found := map[string]bool{}
			for _, id := range ids {
				if id < "a2" { // a0, a1, a10…a19, a100…a199
					found[id] = true
				}
			}
			return found, nil
		}}
		items := readItems(t, rd)
		var skipped, all int
		for k, it := range items {
			if it.article.ID != fmt.Sprintf("a%d", k) {
				t.Fatalf("item %d is %q: out of order", k, it.article.ID)
			}
			all++
			if it.skipped {
				skipped++
			}
		}
		if all != 600 || skipped != 112 {
			t.Errorf("%d items, %d skipped; want 600, 112", all, skipped)
		}
		n := 0
		for _, ids := range asked {
			if len(ids) > lookupChunk {
				t.Errorf("asked about %d ids at once, want at most %d", len(ids), lookupChunk)
			}
			n += len(ids)
		}
		if n != 600 {
			t.Errorf("asked about %d ids, want 600", n)
		}
	})

	t.Run("lookup errors stop the read", func(t *testing.T) {
		rd := &reader{inputs: []string{plain}, imported: func(context.Context, []string) (map[string]bool, error) {
			return nil, errors.New("boom")
		}}
		out := make(chan item, 1000)
		if err := rd.read(context.Background(), out); err == nil || err.Error() != "boom" {
			t.Errorf("err = %v, want boom", err)
		}
	})
}

// --- integration tests on the real Neo4j ------------------------------------

// corpus is a .jsonl file of synthetic articles, each reporting one meeting
// between two invented people in Paris. Article ids start with prefix and
// names contain token, both unique to the test, so that tests may run at
// once on a database that holds other data; the test's nodes are deleted
// when it ends.
type corpus struct {
	path, prefix, token string
	n                   int
}

func newCorpus(t *testing.T, cfg graph.Config, n int) corpus {
	t.Helper()
	b := make([]byte, 4)
	rand.Read(b)
	// Letters only: the extractor takes "Testqkz17" for a surname.
	token := "Test" + strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return 'g' + (r - '0')
		}
		return r
	}, hex.EncodeToString(b))
	c := corpus{path: filepath.Join(t.TempDir(), "corpus.jsonl"), prefix: "gi" + hex.EncodeToString(b) + "-", token: token, n: n}
	firsts := []string{"Alaric", "Brunhild", "Cedric", "Dagmar", "Eldon", "Fiona", "Gunnar", "Hilda", "Ivo", "Jorun"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday"}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for k := range n {
		text := fmt.Sprintf("%s %s%d met %s %s%db in Paris on %s.", firsts[k%10], token, k, firsts[(k+3)%10], token, k, days[k%4])
		enc.Encode(map[string]string{"id": fmt.Sprintf("%s%d", c.prefix, k), "published": "2024-03-08", "text": text})
	}
	if err := os.WriteFile(c.path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.delete(t, cfg) })
	return c
}

// delete removes the corpus's articles, meetings and actors. Package graph
// has no delete, so this uses the driver directly.
func (c corpus) delete(t *testing.T, cfg graph.Config) {
	ctx := context.Background()
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""))
	if err != nil {
		t.Errorf("clean up: %v", err)
		return
	}
	defer driver.Close(ctx)
	_, err = neo4j.ExecuteQuery(ctx, driver, `
		MATCH (a:Article) WHERE a.id STARTS WITH $p
		OPTIONAL MATCH (a)-[:REPORTS]->(m:Meeting)
		OPTIONAL MATCH (x:Actor)-[:ATTENDED]->(m) WHERE x.name CONTAINS $token
		DETACH DELETE a, m, x`,
		map[string]any{"p": c.prefix, "token": c.token}, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(cfg.Database))
	if err != nil {
		t.Errorf("clean up %s: %v", c.prefix, err)
	}
}

// expected counts the nodes and relationships that importing the corpus
// must create, from what `graphify extract` finds in it.
func (c corpus) expected(t *testing.T) map[string]int64 {
	t.Helper()
	out, stderr, err := run(t, "", "extract", c.path)
	if err != nil {
		t.Fatalf("extract: %v\n%s", err, stderr)
	}
	sets := map[string]map[string]bool{}
	add := func(kind string, parts ...any) {
		if sets[kind] == nil {
			sets[kind] = map[string]bool{}
		}
		sets[kind][fmt.Sprint(parts...)] = true
	}
	for _, m := range decodeMeetings(t, out) {
		add("meetings", m.ID)
		if m.Place != nil && (m.Place.Name != "" || m.Place.Country != "") {
			add("held_in", m.ID)
		}
		var names []string
		for _, p := range m.Participants {
			add("actors", p.Name)
			add("attended", p.Name, "|", m.ID)
			names = append(names, p.Name)
		}
		slices.Sort(names)
		names = slices.Compact(names)
		for i := range names {
			for j := i + 1; j < len(names); j++ {
				add("met", names[i], "|", names[j], "|", m.ID)
			}
		}
		if len(m.Evidence) == 0 {
			add("reports", m.DocID, "|", m.ID, "|", -1)
		}
		for _, ev := range m.Evidence {
			add("reports", m.DocID, "|", m.ID, "|", ev.Start)
		}
	}
	want := map[string]int64{"articles": int64(c.n)}
	for _, kind := range []string{"meetings", "held_in", "actors", "attended", "met", "reports"} {
		want[kind] = int64(len(sets[kind]))
	}
	if want["meetings"] < int64(c.n)*9/10 {
		t.Fatalf("extract found %d meetings in %d articles: the corpus no longer suits the extractor", want["meetings"], c.n)
	}
	return want
}

// counts counts the nodes and relationships reachable from the corpus's
// articles.
func (c corpus) counts(t *testing.T, db *graph.DB) map[string]int64 {
	t.Helper()
	cols, rows, err := db.Query(context.Background(), `
		MATCH (a:Article) WHERE a.id STARTS WITH $p
		WITH collect(a) AS arts
		CALL (arts) { UNWIND arts AS a MATCH (a)-[r:REPORTS]->() RETURN count(r) AS reports }
		CALL (arts) { UNWIND arts AS a MATCH (a)-[:REPORTS]->(m:Meeting) RETURN collect(DISTINCT m) AS ms }
		CALL (ms) { UNWIND ms AS m MATCH (x:Actor)-[at:ATTENDED]->(m) RETURN count(at) AS attended, count(DISTINCT x) AS actors }
		CALL (ms) { UNWIND ms AS m MATCH (m)-[h:HELD_IN]->() RETURN count(h) AS held_in }
		CALL (ms) { UNWIND ms AS m MATCH ()-[met:MET {meeting_id: m.id}]->() RETURN count(met) AS met }
		RETURN size(arts) AS articles, size(ms) AS meetings, reports, actors, attended, held_in, met`,
		map[string]any{"p": c.prefix})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int64{}
	for i, col := range cols {
		got[col] = rows[0][i].(int64)
	}
	return got
}

func mustOpen(t *testing.T, cfg graph.Config) *graph.DB {
	t.Helper()
	db, err := graph.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(context.Background()) })
	if err := db.EnsureSchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	return db
}

// importJSON runs `graphify import --json` and decodes its summary.
func importJSON(t *testing.T, args ...string) (importStats, error) {
	t.Helper()
	out, stderr, err := run(t, "", append([]string{"import", "--json"}, args...)...)
	var st importStats
	if jerr := json.Unmarshal([]byte(out), &st); jerr != nil {
		t.Fatalf("summary is not JSON: %v\nstdout: %s\nstderr: %s\nerr: %v", jerr, out, stderr, err)
	}
	if stderr != "" {
		t.Errorf("stderr is not quiet: %q", stderr)
	}
	return st, err
}

// summary keeps the counts of a summary that a test can predict.
func summary(st importStats) importStats {
	return importStats{Read: st.Read, Imported: st.Imported, Skipped: st.Skipped, Rejected: st.Rejected, OtherShards: st.OtherShards}
}

// ignorePos lets cmp compare summaries: their unexported field is zero.
var ignorePos = cmpopts.IgnoreUnexported(importStats{})

// cancelAfter cancels the import after n batches have been written.
type cancelAfter struct {
	w      reportWriter
	n      int
	cancel context.CancelFunc
}

func (c *cancelAfter) WriteReports(ctx context.Context, reports []graphify.Report) error {
	if err := c.w.WriteReports(ctx, reports); err != nil {
		return err
	}
	if c.n--; c.n == 0 {
		c.cancel()
	}
	return nil
}

// TestImport_Resume interrupts an import after a few batches, and checks
// that whole batches were written, that running the import again writes
// the rest and skips those, and that the graph is then what the
// extractor's output says it must be.
func TestImport_Resume(t *testing.T) {
	cfg := neo4jEnv(t)
	t.Parallel()
	db := mustOpen(t, cfg)
	c := newCorpus(t, cfg, 300)
	want := c.expected(t)

	ex, err := loadExtractor()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rd := &reader{inputs: []string{c.path}, imported: db.ImportedArticles}
	im := &importer{w: &cancelAfter{w: db, n: 4, cancel: cancel}, ex: ex, workers: 2, batchSize: 10,
		rejects: &rejectLog{path: filepath.Join(t.TempDir(), "rejects.jsonl")}, progress: startProgress(io.Discard, rd)}
	err = resumeHint(im.run(ctx, rd))
	first := im.progress.finish()
	if !errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "run the same command again to resume") {
		t.Errorf("interrupted import: err = %v, want an interruption with a hint", err)
	}
	if got := c.counts(t, db)["articles"]; got != first.Imported || first.Batches != 4 || got == 0 || got >= 300 {
		t.Fatalf("interrupted after %d batches: %d articles counted as imported, %d in the graph; want whole batches, and only those counted",
			first.Batches, first.Imported, got)
	}

	st, err := importJSON(t, "--batch-size", "10", c.path)
	if err != nil {
		t.Fatalf("resumed import: %v", err)
	}
	if diff := cmp.Diff(importStats{Read: 300, Imported: 300 - first.Imported, Skipped: first.Imported}, summary(st), ignorePos); diff != "" {
		t.Errorf("resumed import summary (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, c.counts(t, db)); diff != "" {
		t.Errorf("graph after the resumed import (-want +got):\n%s", diff)
	}

	// Once more: nothing to do. With --force: everything written again, to
	// the same graph.
	st, err = importJSON(t, c.path)
	if err != nil || st.Skipped != 300 || st.Imported != 0 {
		t.Errorf("third import: %+v, %v; want 300 skipped", st, err)
	}
	st, err = importJSON(t, "--force", c.path)
	if err != nil || st.Skipped != 0 || st.Imported != 300 || st.Meetings != want["meetings"] {
		t.Errorf("import --force: %+v, %v; want 300 imported", st, err)
	}
	if diff := cmp.Diff(want, c.counts(t, db)); diff != "" {
		t.Errorf("graph after import --force (-want +got):\n%s", diff)
	}
}

// TestImport_Rejects checks that every article is imported, skipped or
// listed in the rejects file, and that one bad article never stops a batch.
func TestImport_Rejects(t *testing.T) {
	cfg := neo4jEnv(t)
	t.Parallel()
	db := mustOpen(t, cfg)
	c := newCorpus(t, cfg, 20)
	good, err := os.ReadFile(c.path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(strings.TrimSpace(string(good)), "\n")
	bad := []string{
		`{"id":"broken", "text": ` + "\n",
		`{"id":"` + c.prefix + `notext","published":"2024-03-08"}` + "\n",
		`{"id":"` + c.prefix + `baddate","published":"08/03/2024","text":"Alaric Nobody met Fiona Nobody."}` + "\n",
		"{\"id\":\"" + c.prefix + "utf8\",\"text\":\"bad \xff byte\"}\n",
	}
	// Good and bad lines alternate, so every batch holds bad ones.
	var mixed []string
	for k, l := range lines {
		mixed = append(mixed, l)
		if k < len(bad) {
			mixed = append(mixed, bad[k])
		}
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "mixed.jsonl")
	if err := os.WriteFile(in, []byte(strings.Join(mixed, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	rejects := filepath.Join(dir, "rejects.jsonl")

	st, err := importJSON(t, "--batch-size", "4", "--rejects", rejects, in)
	if err == nil || !strings.Contains(err.Error(), "4 of 24 articles could not be read (listed in "+rejects+")") {
		t.Errorf("err = %v, want a count of rejected articles", err)
	}
	if diff := cmp.Diff(importStats{Read: 24, Imported: 20, Rejected: 4}, summary(st), ignorePos); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
	if st.RejectsFile != rejects || st.Error == "" {
		t.Errorf("summary names rejects file %q and error %q", st.RejectsFile, st.Error)
	}
	type reject struct{ Source, Reason string }
	var got []reject
	data, err := os.ReadFile(rejects)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var r reject
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("rejects file line %q: %v", line, err)
		}
		got = append(got, r)
	}
	trim := cmpopts.AcyclicTransformer("firstWords", func(r reject) reject {
		r.Reason, _, _ = strings.Cut(r.Reason, ":")
		r.Reason, _, _ = strings.Cut(r.Reason, " \"")
		return r
	})
	want := []reject{
		{in + ":2", "malformed JSON"},
		{in + ":4", "missing text"},
		{in + ":6", "unparseable date"},
		{in + ":8", "line is not valid UTF-8"},
	}
	if diff := cmp.Diff(want, got, trim); diff != "" {
		t.Errorf("rejects file (-want +got):\n%s", diff)
	}
	if n := c.counts(t, db)["articles"]; n != 20 {
		t.Errorf("%d articles in the graph, want the 20 good ones", n)
	}

	// A clean run leaves no rejects file; --strict stops at the first bad line.
	clean := filepath.Join(dir, "none.jsonl")
	if _, err := importJSON(t, "--rejects", clean, c.path); err != nil {
		t.Errorf("clean import: %v", err)
	}
	if _, err := os.Stat(clean); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("clean import left a rejects file: %v", err)
	}
	_, _, err = run(t, "", "import", "--strict", "--force", "--rejects", clean, in)
	if err == nil || !strings.Contains(err.Error(), in+":2: malformed JSON") {
		t.Errorf("--strict: err = %v, want the first bad line", err)
	}
}

// TestImport_Shard imports a corpus in three shards and checks that
// together they import every article once.
func TestImport_Shard(t *testing.T) {
	cfg := neo4jEnv(t)
	t.Parallel()
	db := mustOpen(t, cfg)
	c := newCorpus(t, cfg, 60)
	want := c.expected(t)
	var total int64
	for i := 1; i <= 3; i++ {
		st, err := importJSON(t, "--shard", fmt.Sprintf("%d/3", i), c.path)
		if err != nil {
			t.Fatalf("shard %d/3: %v", i, err)
		}
		if st.Imported == 0 || st.Skipped != 0 || st.Imported+st.OtherShards != 60 {
			t.Errorf("shard %d/3: %+v, want a share of the 60 articles, none skipped", i, st)
		}
		total += st.Imported
	}
	if total != 60 {
		t.Errorf("the shards imported %d articles in all, want 60", total)
	}
	if diff := cmp.Diff(want, c.counts(t, db)); diff != "" {
		t.Errorf("graph after three shards (-want +got):\n%s", diff)
	}
	if _, _, err := run(t, "", "import", "--shard", "4/3", c.path); err == nil || !strings.Contains(err.Error(), "--shard") {
		t.Errorf("--shard 4/3: err = %v", err)
	}
}

// proxy forwards TCP connections to the Neo4j server, and can cut them to
// simulate a network failure the driver cannot tell from a server crash.
type proxy struct {
	ln     net.Listener
	target string
	mu     sync.Mutex
	conns  []net.Conn
	down   bool
}

func startProxy(t *testing.T, cfg graph.Config) (*proxy, graph.Config) {
	t.Helper()
	u, err := url.Parse(cfg.URI)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{ln: ln, target: u.Host}
	t.Cleanup(func() { ln.Close(); p.cut(true) })
	go p.serve()
	// bolt://, not neo4j://: routing would send the driver to the server's
	// own address, around the proxy.
	cfg.URI = "bolt://" + ln.Addr().String()
	return p, cfg
}

func (p *proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		down := p.down
		if !down {
			p.conns = append(p.conns, c)
		}
		p.mu.Unlock()
		if down {
			c.Close()
			continue
		}
		go func() {
			s, err := net.Dial("tcp", p.target)
			if err != nil {
				c.Close()
				return
			}
			p.mu.Lock()
			p.conns = append(p.conns, s)
			p.mu.Unlock()
			go io.Copy(s, c)
			io.Copy(c, s)
			c.Close()
			s.Close()
		}()
	}
}

// cut closes every connection; while down, new ones are closed at once.
func (p *proxy) cut(down bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.down = down
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

// waitForArticles waits until at least n of the corpus's articles are in
// the graph.
func waitForArticles(t *testing.T, db *graph.DB, c corpus, n int64) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for c.counts(t, db)["articles"] < n {
		if time.Now().After(deadline) {
			t.Fatalf("fewer than %d articles imported after a minute", n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// importAsync runs graphify import in the background.
func importAsync(t *testing.T, args ...string) <-chan error {
	done := make(chan error, 1)
	go func() {
		_, stderr, err := run(t, "", append([]string{"import"}, args...)...)
		if err != nil {
			err = fmt.Errorf("%w (stderr: %q)", err, stderr)
		}
		done <- err
	}()
	return done
}

// TestImport_ConnectionLost cuts every connection to the server in the
// middle of an import, for a moment: the driver retries, and the import
// completes with nothing lost or written twice.
func TestImport_ConnectionLost(t *testing.T) {
	cfg := neo4jEnv(t)
	t.Parallel()
	db := mustOpen(t, cfg)
	c := newCorpus(t, cfg, 600)
	want := c.expected(t)
	p, pcfg := startProxy(t, cfg)

	done := importAsync(t, "--neo4j-uri", pcfg.URI, "--batch-size", "4", c.path)
	waitForArticles(t, db, c, 40)
	p.cut(true)
	time.Sleep(2 * time.Second)
	p.cut(false)
	if err := <-done; err != nil {
		t.Fatalf("import did not survive a lost connection: %v", err)
	}
	if diff := cmp.Diff(want, c.counts(t, db)); diff != "" {
		t.Errorf("graph after a lost connection (-want +got):\n%s", diff)
	}
}

// TestImport_ServerGone makes the server unreachable in the middle of an
// import for longer than the driver retries: the run stops with a one-line
// error that says what to do, and running it again completes the import.
// It takes the driver's retry time (30 s).
func TestImport_ServerGone(t *testing.T) {
	cfg := neo4jEnv(t)
	if testing.Short() {
		t.Skip("waits for the driver's retry time; not with -short")
	}
	t.Parallel()
	db := mustOpen(t, cfg)
	c := newCorpus(t, cfg, 600)
	want := c.expected(t)
	p, pcfg := startProxy(t, cfg)

	start := time.Now()
	done := importAsync(t, "--neo4j-uri", pcfg.URI, "--batch-size", "4", c.path)
	waitForArticles(t, db, c, 40)
	p.cut(true)
	err := <-done
	t.Logf("after %v: %v", time.Since(start).Round(time.Second), err)
	if err == nil {
		t.Fatal("import succeeded without a server")
	}
	msg, _, _ := strings.Cut(err.Error(), " (stderr: ")
	for _, part := range []string{"neo4j unavailable", "is Neo4j running?", "run the same command again to resume"} {
		if !strings.Contains(msg, part) {
			t.Errorf("error lacks %q: %s", part, msg)
		}
	}
	if !strings.HasPrefix(msg, "write batch ") && !strings.HasPrefix(msg, "find imported articles: ") {
		t.Errorf("error does not say which step failed: %s", msg)
	}
	if strings.Contains(msg, "\n") {
		t.Errorf("error is not one line: %q", msg)
	}

	if _, err := importJSON(t, c.path); err != nil {
		t.Fatalf("resumed import: %v", err)
	}
	if diff := cmp.Diff(want, c.counts(t, db)); diff != "" {
		t.Errorf("graph after the resumed import (-want +got):\n%s", diff)
	}
}

// TestImport_ServerRestart stops and starts the real server (scripts/neo4j)
// in the middle of an import. The import either rides it out on the
// driver's retries or stops with a one-line error; run again, it completes
// the graph. It disturbs every other user of the server, so it runs only
// with GRAPHIFY_TEST_RESTART=1.
func TestImport_ServerRestart(t *testing.T) {
	cfg := neo4jEnv(t)
	if os.Getenv("GRAPHIFY_TEST_RESTART") != "1" {
		t.Skip("restarts the server: set GRAPHIFY_TEST_RESTART=1")
	}
	db := mustOpen(t, cfg)
	c := newCorpus(t, cfg, 2000)
	want := c.expected(t)
	script := filepath.Join("..", "..", "scripts", "neo4j")
	neo4jCmd := func(arg string) {
		t.Helper()
		start := time.Now()
		if out, err := exec.Command(script, arg).CombinedOutput(); err != nil {
			t.Fatalf("scripts/neo4j %s: %v\n%s", arg, err, out)
		}
		t.Logf("scripts/neo4j %s took %v", arg, time.Since(start).Round(100*time.Millisecond))
	}
	// Runs before the corpus is deleted: cleanups run last-in first-out.
	t.Cleanup(func() { neo4jCmd("start") })

	done := importAsync(t, "--batch-size", "10", c.path)
	waitForArticles(t, db, c, 100)
	neo4jCmd("stop")
	neo4jCmd("start")
	if err := <-done; err != nil {
		msg, _, _ := strings.Cut(err.Error(), " (stderr: ")
		t.Logf("import stopped: %s", msg)
		if strings.Contains(msg, "\n") || !strings.Contains(msg, "run the same command again to resume") {
			t.Errorf("error is not one line with a hint: %q", msg)
		}
		st, err := importJSON(t, "--batch-size", "10", c.path)
		if err != nil {
			t.Fatalf("resumed import: %v", err)
		}
		t.Logf("resumed: %+v", summary(st))
	} else {
		t.Logf("import rode out the restart on the driver's retries")
	}
	if diff := cmp.Diff(want, c.counts(t, db)); diff != "" {
		t.Errorf("graph after a server restart (-want +got):\n%s", diff)
	}
}
