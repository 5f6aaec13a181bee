package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	graphify "github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/eval"
)

// TestMain lets ../shared/eval/score.py run this test binary as graphify:
// with GRAPHIFY_TEST_MAIN=1 it is the program itself.
func TestMain(m *testing.M) {
	if os.Getenv("GRAPHIFY_TEST_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// scoreDriver runs score.py's main on each of a list of (graphify binary,
// gold file, environment variable) in one python3 process (python3 can take
// a second to start). It prints score.py's output for the i-th after a line
// "=== i".
const scoreDriver = `
import importlib.util, os, sys
spec = importlib.util.spec_from_file_location("score", sys.argv[1])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
runs = list(zip(sys.argv[2::3], sys.argv[3::3], sys.argv[4::3]))
for i, (binary, gold, env) in enumerate(runs):
    k, v = env.split("=", 1)
    os.environ[k] = v
    sys.argv = ["score.py", binary, gold]
    print("=== %d" % i, flush=True)
    try:
        score.main()
    except SystemExit as e:
        if e.code:
            raise
    sys.stdout.flush()
`

// scoreRun is one score.py run: a graphify binary, a gold file, and an
// environment variable "K=V" for the binary.
type scoreRun struct{ binary, gold, env string }

// scorePy runs score.py for each run and returns, for each, its counts line
// and its figures line. It skips when python3 is missing, and fails under CI
// when score.py is.
func scorePy(t *testing.T, runs []scoreRun) (counts, figures []string) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: cannot compare with score.py")
	}
	script := filepath.Join("..", "..", "..", "shared", "eval", "score.py")
	if _, err := os.Stat(script); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("score.py missing under CI: %v", err)
		}
		t.Skipf("score.py not found: %v", err)
	}
	args := []string{"-c", scoreDriver, script}
	for _, r := range runs {
		args = append(args, r.binary, r.gold, r.env)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(py, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py: %v\n%s%s", err, out, stderr.String())
	}
	for i, part := range strings.Split(string(out), "=== ")[1:] {
		lines := strings.Split(strings.TrimSpace(part), "\n")
		if len(lines) < 3 || lines[0] != fmt.Sprint(i) {
			t.Fatalf("score.py printed %q for %s, want a counts line and a figures line", part, runs[i].gold)
		}
		counts = append(counts, lines[len(lines)-2])
		figures = append(figures, lines[len(lines)-1])
	}
	if len(counts) != len(runs) {
		t.Fatalf("score.py scored %d of %d files:\n%s", len(counts), len(runs), out)
	}
	return counts, figures
}

// pyCounts is score.py's counts line for s.
func pyCounts(s eval.TupleScores) string {
	return fmt.Sprintf("tp=%d fp=%d fn=%d pairs=%d places=%d dates=%d badlines=0", s.TP, s.FP, s.FN, s.GoldPairs, s.Place.N, s.Date.N)
}

// lastLine is the last line of graphify eval's output: score.py's figures.
func lastLine(out string) string {
	lines := strings.Split(strings.TrimSpace(out), "\n")
	return lines[len(lines)-1]
}

// TestEval_AgreesWithScorePy_Dev: on meetings.dev.jsonl, graphify eval and
// score.py print the same figures to three decimals, and count the same, for
// this build.
func TestEval_AgreesWithScorePy_Dev(t *testing.T) {
	gold := filepath.Join("..", "..", "..", "shared", "eval", "meetings.dev.jsonl")
	f, err := os.Open(gold)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("evaluation data missing under CI: %v", err)
		}
		t.Skipf("evaluation data not found: %v", err)
	}
	defer f.Close()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	counts, figures := scorePy(t, []scoreRun{{self, gold, "GRAPHIFY_TEST_MAIN=1"}})
	items, err := eval.Read(f, gold)
	if err != nil {
		t.Fatal(err)
	}
	ex, err := loadExtractor()
	if err != nil {
		t.Fatal(err)
	}
	// What graphify eval does for a full-tuple set (runEval), once.
	s := eval.Tuples(items, ex.Meetings)
	var b strings.Builder
	if err := printTuples(&b, gold, s); err != nil {
		t.Fatal(err)
	}
	if got := lastLine(b.String()); got != figures[0] {
		t.Errorf("graphify eval and score.py disagree:\ngraphify eval: %s\nscore.py:      %s", got, figures[0])
	}
	if got := pyCounts(s); got != counts[0] {
		t.Errorf("counts disagree:\ngraphify eval: %s\nscore.py:      %s", got, counts[0])
	}
	t.Logf("score.py: %s\n%s", counts[0], figures[0])
}

// TestEval_AgreesWithScorePy_Random: on random made-up sets of gold and
// predicted records, built from names, places and dates chosen to meet the
// lenient match's edge cases, package eval and score.py count the same. A
// shell script that prints the made-up records stands for graphify.
func TestEval_AgreesWithScorePy_Random(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("sh not found")
	}
	dir := t.TempDir()
	var runs []scoreRun
	var want []string
	for seed := int64(1); seed <= 30; seed++ {
		rng := rand.New(rand.NewSource(seed))
		items, preds := randomSet(rng, 15)
		gold := filepath.Join(dir, fmt.Sprintf("gold-%d.jsonl", seed))
		canned := filepath.Join(dir, fmt.Sprintf("pred-%d.jsonl", seed))
		bin := filepath.Join(dir, fmt.Sprintf("graphify-%d", seed))
		writeLines(t, gold, items)
		var all []graphify.Meeting
		for _, it := range items {
			all = append(all, preds[it.ID]...)
		}
		writeLines(t, canned, all)
		if err := os.WriteFile(bin, []byte("#!/bin/sh\nexec cat '"+canned+"'\n"), 0o755); err != nil {
			t.Fatal(err)
		}
		read, err := eval.Read(strings.NewReader(readFile(t, gold)), gold)
		if err != nil {
			t.Fatal(err)
		}
		s := eval.Tuples(read, func(a graphify.Article) []graphify.Meeting { return preds[a.ID] })
		var b strings.Builder
		if err := printTuples(&b, gold, s); err != nil {
			t.Fatal(err)
		}
		runs = append(runs, scoreRun{bin, gold, "GRAPHIFY_TEST_SEED=" + fmt.Sprint(seed)})
		want = append(want, pyCounts(s)+"\n"+lastLine(b.String()))
	}
	counts, figures := scorePy(t, runs)
	for i := range runs {
		if diff := cmp.Diff(counts[i]+"\n"+figures[i], want[i]); diff != "" {
			t.Errorf("seed %d: score.py (-) and package eval (+) disagree:\n%s", i+1, diff)
		}
	}
}

func writeLines[T any](t *testing.T, path string, rows []T) {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, r := range rows {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// goldItem and goldRecord write MEETINGS.md's full-tuple format.
type goldItem struct {
	ID              string       `json:"id"`
	DocDate         *string      `json:"doc_date"`
	Text            string       `json:"text"`
	CharSpan        []int        `json:"char_span_in_source"`
	Meetings        []goldRecord `json:"meetings"`
	Negative        bool         `json:"negative"`
	NegativeQuality string       `json:"negative_quality,omitempty"`
}

type goldRecord struct {
	Participants []string `json:"participants"`
	Place        *string  `json:"place"`
	Date         *string  `json:"date"`
	Kind         string   `json:"kind"`
	Status       string   `json:"status"`
}

// Made-up names, places and dates that meet the lenient match's edge cases:
// titles, "the", possessives, digits, non-ASCII letters, empty strings.
var (
	randomNames = []string{"Ana Ruiz", "Ruiz", "Ana Berg", "Jon Berg", "Mr. Berg", "Kim Lee", "Lee", "Ivo Maric",
		"the Soviet foreign minister", "Soviet foreign ministry", "Ali Javad Zarif", "Javad Ali", "Mohammad Reza",
		"Mohammad Javad Zarif", "Ali Reza", "Ana Maria Ruiz", "Ana Maria", "İzmir", "Izmir", "Şahin Öztürk", "Sahin", "G-7", "the G-7 summit", "Reagan's envoy",
		"Reagan", "EU defence ministers", "European Union", "the", ""}
	randomPlaces   = []string{"Lima", "Peru", "Oslo", "Norway", "Port\nLouis", "Port Louis", "İzmir", "Izmir", ""}
	randomDates    = []string{"2020-03-02", "2020-03", "2020", ""}
	randomStatuses = []string{"held", "planned", "proposed", ""}
	randomKinds    = []string{"meet", "talks", "visit", "host", "phone", "summit"}
)

// randomSet makes n made-up gold passages and predictions for them.
func randomSet(rng *rand.Rand, n int) ([]goldItem, map[string][]graphify.Meeting) {
	pick := func(from []string) string { return from[rng.Intn(len(from))] }
	ptr := func(s string) *string {
		if s == "" && rng.Intn(2) == 0 {
			return nil
		}
		return &s
	}
	items := make([]goldItem, n)
	preds := map[string][]graphify.Meeting{}
	for i := range items {
		it := goldItem{ID: fmt.Sprintf("p%d", i), DocDate: ptr(pick([]string{"2020-03-04", ""})), Text: "made up", CharSpan: []int{0, 7}, Meetings: []goldRecord{}}
		if rng.Intn(10) < 3 {
			it.Negative = true
			it.NegativeQuality = pick([]string{"", "strong", "weak"})
		} else {
			for range rng.Intn(3) {
				r := goldRecord{Place: ptr(pick(randomPlaces)), Date: ptr(pick(randomDates)), Kind: pick(randomKinds), Status: pick(randomStatuses)}
				for range rng.Intn(5) {
					r.Participants = append(r.Participants, pick(randomNames))
				}
				it.Meetings = append(it.Meetings, r)
			}
		}
		items[i] = it
		for range rng.Intn(4) {
			m := graphify.Meeting{DocID: it.ID, Kind: graphify.KindMeeting, Status: pick(randomStatuses), Date: ptr(pick(randomDates))}
			if rng.Intn(3) > 0 {
				m.Place = &graphify.Place{Name: pick(randomPlaces), Country: pick(randomPlaces)}
			}
			for range rng.Intn(5) {
				m.Participants = append(m.Participants, graphify.Participant{Name: pick(randomNames), Mention: pick(randomNames)})
			}
			preds[it.ID] = append(preds[it.ID], m)
		}
	}
	return items, preds
}

func TestPrintTupleErrors(t *testing.T) {
	place, date := "Port\nLouis", "2020-03-02"
	gold := eval.Meeting{Participants: []string{"Ana Ruiz", "Jon Berg"}, Place: &place, Date: &date, Kind: "meet", Status: "held"}
	item := eval.Item{ID: "p1", Text: "Ana Ruiz met\nJon Berg.", Meetings: []eval.Meeting{gold}}
	pred := graphify.Meeting{Kind: graphify.KindMeeting, Status: "planned", Place: &graphify.Place{Name: "Lima", Country: "Peru"},
		Participants: []graphify.Participant{{Name: "Ana Ruiz"}, {Name: "Jon Berg"}}}
	s := eval.TupleScores{Errors: []eval.TupleError{
		{What: "miss", Item: item},
		{What: "place", Item: item, Gold: &gold, Want: place, Got: "Lima (Peru)", Predicted: []graphify.Meeting{pred}},
	}}
	var b strings.Builder
	printTupleErrors(&b, s)
	want := `
MISS	p1	"Ana Ruiz met\nJon Berg."
	gold: meet held: Ana Ruiz | Jon Berg @ Port\nLouis on 2020-03-02

PLACE	p1	"Ana Ruiz met\nJon Berg."
	want: Port\nLouis
	got:  Lima (Peru)
	gold: meet held: Ana Ruiz | Jon Berg @ Port\nLouis on 2020-03-02
	pred: meeting planned: Ana Ruiz | Jon Berg @ Lima
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("printTupleErrors (-want +got):\n%s", diff)
	}
}
