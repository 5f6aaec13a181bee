package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"time"

	graphify "github.com/graphify-dev/graphify"
)

// Metamorphic tests (issue 10): over the passages of meetings.dev.jsonl, the
// records found do not depend on how the text is wrapped nor on an unrelated
// sentence beside it, and every evidence offset still holds.

// devPassage is a passage of ../shared/eval/meetings.dev.jsonl.
type devPassage struct {
	ID       string `json:"id"`
	Text     string `json:"text"`
	DocDate  string `json:"doc_date"`
	Negative bool   `json:"negative"`
}

func devPassages(t *testing.T) []devPassage {
	t.Helper()
	sc := bufio.NewScanner(openShared(t, "meetings.dev.jsonl"))
	sc.Buffer(nil, 1<<24)
	var ps []devPassage
	for line := 1; sc.Scan(); line++ {
		var p devPassage
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("meetings.dev.jsonl line %d: %v", line, err)
		}
		ps = append(ps, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ps
}

// neutralSentences are unrelated sentences of our own: no names, places,
// dates or meeting words.
var neutralSentences = []string{
	"Shares in the bottling company rose two percent in early trading.",
	"The figures were not adjusted for seasonal factors.",
	"Heavy rain slowed traffic on the coastal road.",
	"The report runs to some forty pages.",
}

// metamorphic is one change to a passage that must not change its records,
// tried samples times (1 when 0) with different random choices.
type metamorphic struct {
	name    string
	samples int
	apply   func(text string, rng *rand.Rand) string
}

var metamorphics = []metamorphic{
	{"space to newline", 3, func(s string, rng *rand.Rand) string { return respace(s, rng, 1, "\n") }},
	{"space to newline and indent", 3, func(s string, rng *rand.Rand) string { return respace(s, rng, 1, "\n    ") }},
	{"hard wrapped", 1, func(s string, rng *rand.Rand) string { return respace(s, rng, strings.Count(s, " ")/6, "\n") }},
	{"trailing newline", 1, func(s string, _ *rand.Rand) string {
		if t, ok := strings.CutSuffix(s, "\n"); ok {
			return t
		}
		return s + "\n"
	}},
	{"CRLF", 1, func(s string, _ *rand.Rand) string { return strings.ReplaceAll(s, "\n", "\r\n") + "\r\n" }},
	{"CRLF hard wrapped", 1, func(s string, rng *rand.Rand) string {
		return strings.ReplaceAll(respace(s, rng, strings.Count(s, " ")/6, "\n"), "\n", "\r\n")
	}},
	{"sentence before", 2, func(s string, rng *rand.Rand) string {
		return neutralSentences[rng.Intn(len(neutralSentences))] + " " + s
	}},
	{"sentence after", 2, func(s string, rng *rand.Rand) string {
		sep := " "
		if t := strings.TrimRight(s, " \n"); t == "" || !strings.ContainsAny(t[len(t)-1:], ".!?\"'") {
			sep = "\n\n" // a caption without a full stop: the new sentence is a new paragraph
		}
		return strings.TrimRight(s, " \n") + sep + neutralSentences[rng.Intn(len(neutralSentences))]
	}},
}

// respace turns n of the spaces of s, chosen by rng, into with.
func respace(s string, rng *rand.Rand, n int, with string) string {
	var at []int
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			at = append(at, i)
		}
	}
	n = min(max(n, 1), len(at))
	if n == 0 {
		return s
	}
	rng.Shuffle(len(at), func(i, j int) { at[i], at[j] = at[j], at[i] })
	chosen := at[:n]
	slices.Sort(chosen)
	var b strings.Builder
	last := 0
	for _, i := range chosen {
		b.WriteString(s[last:i])
		b.WriteString(with)
		last = i + 1
	}
	b.WriteString(s[last:])
	return b.String()
}

// seeded is the passage's own random source: the same choice every run,
// whatever the order of the file.
func seeded(id, change string) *rand.Rand {
	h := fnv.New64a()
	h.Write([]byte("metamorphic 1|" + id + "|" + change))
	return rand.New(rand.NewSource(int64(h.Sum64())))
}

// recordKeys describes what must not change: names, kind, status, place and
// date of each record, sorted.
func recordKeys(ms []graphify.Meeting) []string {
	keys := make([]string, len(ms))
	for i, m := range ms {
		names := make([]string, len(m.Participants))
		for j, p := range m.Participants {
			names[j] = p.Name
		}
		slices.Sort(names)
		place, date := "", ""
		if m.Place != nil {
			place = m.Place.Name
		}
		if m.Date != nil {
			date = *m.Date
		}
		keys[i] = fmt.Sprintf("%s %s %q @%q on %q", m.Kind, m.Status, names, place, date)
	}
	slices.Sort(keys)
	return keys
}

// offsetErrors lists the evidence whose offsets do not give its sentence.
func offsetErrors(text string, ms []graphify.Meeting) []string {
	var out []string
	for _, m := range ms {
		for _, e := range m.Evidence {
			if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Sentence {
				out = append(out, fmt.Sprintf("offset [%d:%d] does not give %q", e.Start, e.End, e.Sentence))
			}
		}
	}
	return out
}

// keyDiff lists the records only in want (-) and only in got (+).
func keyDiff(want, got []string) []string {
	var out []string
	rest := slices.Clone(got)
	for _, k := range want {
		if i := slices.Index(rest, k); i >= 0 {
			rest = slices.Delete(rest, i, i+1)
		} else {
			out = append(out, "- "+k)
		}
	}
	for _, k := range rest {
		out = append(out, "+ "+k)
	}
	return out
}

func TestExtractor_Metamorphic(t *testing.T) {
	ex := extractor(t)
	passages := devPassages(t)
	meetings := func(p devPassage, text string) []graphify.Meeting {
		a := graphify.Article{ID: p.ID, Text: text}
		if d, err := time.Parse("2006-01-02", p.DocDate); err == nil {
			a.Published = d
		}
		return ex.Meetings(a)
	}
	base := make([][]string, len(passages))
	for i, p := range passages {
		ms := meetings(p, p.Text)
		base[i] = recordKeys(ms)
		for _, e := range offsetErrors(p.Text, ms) {
			t.Errorf("%s (as given): %s", p.ID, e)
		}
	}
	for _, change := range metamorphics {
		t.Run(change.name, func(t *testing.T) {
			bad := 0
			for i, p := range passages {
				rng := seeded(p.ID, change.name)
				changed := false
				for range max(change.samples, 1) {
					text := change.apply(p.Text, rng)
					ms := meetings(p, text)
					diff := append(keyDiff(base[i], recordKeys(ms)), offsetErrors(text, ms)...)
					if len(diff) == 0 {
						continue
					}
					changed = true
					t.Errorf("%s: %d difference(s) from the passage as given\n\ttext: %q\n\t%s", p.ID, len(diff), text, strings.Join(diff, "\n\t"))
				}
				if changed {
					bad++
				}
			}
			t.Logf("%s: %d of %d passages change", change.name, bad, len(passages))
		})
	}
}
