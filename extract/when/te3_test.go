package when

import (
	"bufio"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
	"time"
)

// te3Path is the TempEval-3 platinum test set with TIMEX3 gold, kept outside
// the repository (see /work/shared/eval/README.md). Its text is not copied here.
const te3Path = "../../../shared/eval/te3_platinum.timex.jsonl"

type te3Article struct {
	ID      string `json:"id"`
	DocDate string `json:"doc_date"`
	Text    string `json:"text"`
	Timexes []struct {
		Text  string `json:"text"`
		Type  string `json:"type"`
		Value string `json:"value"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	} `json:"timexes"`
}

func loadTE3(t *testing.T) []te3Article {
	t.Helper()
	f, err := os.Open(te3Path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s not found", te3Path)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var arts []te3Article
	dec := json.NewDecoder(bufio.NewReader(f))
	for dec.More() {
		var a te3Article
		if err := dec.Decode(&a); err != nil {
			t.Fatalf("read %s: %v", te3Path, err)
		}
		arts = append(arts, a)
	}
	return arts
}

// findLines runs Find over each line (paragraph) of text and returns the
// expressions with offsets into text.
func findLines(text string, ref time.Time) []Expr {
	var all []Expr
	off := 0
	for line := range strings.SplitAfterSeq(text, "\n") {
		for _, e := range Find(line, ref) {
			e.Start += off
			e.End += off
			all = append(all, e)
		}
		off += len(line)
	}
	return all
}

// TestFind_TE3 measures Find on the DATE expressions of TempEval-3 platinum:
// found means a returned expression overlaps the gold span; exact means an
// overlapping expression has the gold value (weeks such as "2013-W12" must
// match as weeks). All DATE expressions count, including PRESENT_REF,
// PAST_REF and underspecified gold values ("XXXX-WI") that no rule can give.
// Run with -v to see the misses.
func TestFind_TE3(t *testing.T) {
	arts := loadTE3(t)
	var total, found, exact, calTotal, calExact, preds, spurious int
	for _, a := range arts {
		ref, err := time.Parse(time.DateOnly, a.DocDate)
		if err != nil {
			t.Fatalf("%s: %v", a.ID, err)
		}
		got := findLines(a.Text, ref)
		preds += len(got)
		for _, e := range got {
			if e.Text != a.Text[e.Start:e.End] {
				t.Errorf("%s: Text %q != text[%d:%d] %q", a.ID, e.Text, e.Start, e.End, a.Text[e.Start:e.End])
			}
			hit := false
			for _, g := range a.Timexes {
				if e.Start < g.End && g.Start < e.End {
					hit = true
				}
			}
			if !hit {
				spurious++
				if testing.Verbose() {
					t.Logf("spurious %s: %q = %q", a.ID, e.Text, e.Value)
				}
			}
		}
		for _, g := range a.Timexes {
			if g.Type != "DATE" {
				continue
			}
			total++
			calendar := !strings.Contains(g.Value, "X") && !strings.HasSuffix(g.Value, "_REF")
			if calendar {
				calTotal++
			}
			var over []Expr
			for _, e := range got {
				if e.Start < g.End && g.Start < e.End {
					over = append(over, e)
				}
			}
			ok := false
			for _, e := range over {
				ok = ok || e.Value == g.Value
			}
			if len(over) > 0 {
				found++
			}
			if ok {
				exact++
				if calendar {
					calExact++
				}
			} else if testing.Verbose() {
				var vals []string
				for _, e := range over {
					vals = append(vals, e.Text+"="+e.Value)
				}
				t.Logf("miss %s (%s): %q gold %s, got %v", a.ID, a.DocDate, g.Text, g.Value, vals)
			}
		}
	}
	if total == 0 {
		t.Fatal("no DATE expressions in the gold set")
	}
	frac := func(n, d int) float64 { return float64(n) / float64(d) }
	t.Logf("TE3 platinum, %d articles, %d DATE expressions: found %.3f (%d), exact value %.3f (%d)",
		len(arts), total, frac(found, total), found, frac(exact, total), exact)
	t.Logf("calendar values only (no *_REF, no X): %d, exact %.3f (%d)", calTotal, frac(calExact, calTotal), calExact)
	t.Logf("returned %d expressions, %d overlap no gold TIMEX of any type", preds, spurious)
	if f := frac(found, total); f < 0.94 {
		t.Errorf("found %.3f of DATE expressions, want >= 0.94", f)
	}
	if f := frac(exact, total); f < 0.92 {
		t.Errorf("exact value for %.3f of DATE expressions, want >= 0.92", f)
	}
}
