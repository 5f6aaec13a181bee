package syntax

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files")

// ewt is where the treebank lives: ../shared/train beside the checkout.
var ewt = filepath.Join("..", "..", "..", "shared", "train", "ud-english-ewt")

func mustLoad(tb testing.TB) *Model {
	tb.Helper()
	m, err := Load()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// readEWT reads one split of the treebank; outside CI a missing file skips.
func readEWT(tb testing.TB, split string) []Gold {
	tb.Helper()
	name := filepath.Join(ewt, "en_ewt-ud-"+split+".conllu.gz")
	if _, err := os.Stat(name); err != nil && os.Getenv("CI") != "true" {
		tb.Skipf("no treebank: %v", err)
	}
	gs, err := ReadCoNLLUFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return gs
}

func TestTokenizer(t *testing.T) {
	for _, test := range []struct{ in, want string }{
		{"The minister didn't say.", "The|minister|did|n't|say|."},
		{"WASHINGTON (Reuters) - U.S. officials met.", "WASHINGTON|(|Reuters|)|-|U.S.|officials|met|."},
		{"Mr. Smith's co-workers, \"angry\", left...", "Mr.|Smith|'s|co-workers|,|\"|angry|\"|,|left|..."},
		{"a Soviet-era treaty and/or 1990-91 talks", "a|Soviet|-|era|treaty|and|/|or|1990-91|talks"},
		{"They're here -- we'll see", "They|'re|here|--|we|'ll|see"},
		{"  ", ""},
		{"J. Baker", "J.|Baker"},
	} {
		t.Run(test.in, func(t *testing.T) {
			toks := tokenizer{}.split(nil, test.in)
			var got []string
			for _, tk := range toks {
				if test.in[tk.Start:tk.End] != tk.Text {
					t.Errorf("token %q at %d:%d, text there is %q", tk.Text, tk.Start, tk.End, test.in[tk.Start:tk.End])
				}
				got = append(got, tk.Text)
			}
			if diff := cmp.Diff(test.want, strings.Join(got, "|")); diff != "" {
				t.Error(diff)
			}
		})
	}
}

// conll renders a parse as CoNLL-U-like lines: id, word, tags, head, relation.
func conll(s *Sentence) string {
	var b strings.Builder
	for i, t := range s.Tokens {
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%d\t%s\n", i+1, t.Text, t.UPOS, t.XPOS, t.Head+1, t.Rel)
	}
	return b.String()
}

// TestParser_Parse_golden parses sentences written in the style of wire copy.
// Review the diff after go test ./extract/syntax -update.
func TestParser_Parse_golden(t *testing.T) {
	p := mustLoad(t).NewParser()
	f, err := os.Open("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Fprintf(&b, "# %s\n%s\n", sc.Text(), conll(p.Parse(sc.Text())))
	}
	golden := "testdata/news.golden.conllu"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("parses differ from %s (-want +got):\n%s", golden, diff)
	}
}

// checkTree fails unless s is a tree over its tokens with one root or more.
func checkTree(t *testing.T, text string, s *Sentence) {
	t.Helper()
	for i, tk := range s.Tokens {
		if tk.Head < -1 || tk.Head >= len(s.Tokens) || tk.Head == i || tk.Rel == "" || tk.UPOS == "" {
			t.Fatalf("%q: token %d %+v", text, i, tk)
		}
		x := i
		for steps := 0; x >= 0; steps++ {
			if steps > len(s.Tokens) {
				t.Fatalf("%q: cycle through token %d", text, i)
			}
			x = s.Tokens[x].Head
		}
		if tk.Start >= 0 && text[tk.Start:tk.End] != tk.Text {
			t.Fatalf("%q: token %q has offsets %d:%d", text, tk.Text, tk.Start, tk.End)
		}
	}
}

func TestParser_Parse_wire(t *testing.T) {
	p := mustLoad(t).NewParser()
	for _, test := range []struct {
		name, text string
		subj, verb string // the verb's nsubj
	}{
		{"hard-wrapped", "The Soviet foreign minister met his\nAmerican counterpart in Geneva\non Tuesday.", "minister", "met"},
		{"dateline", "MOSCOW (Reuters) - Gorbachev met Kohl on Monday.", "Gorbachev", "met"},
		{"all caps", "BAKER MEETS SHEVARDNADZE IN GENEVA", "", ""},
		{"headline case", "Bush Meets Mitterrand For Talks On Gulf Crisis", "", ""},
	} {
		t.Run(test.name, func(t *testing.T) {
			s := p.Parse(test.text)
			checkTree(t, test.text, s)
			if test.subj == "" {
				return
			}
			for _, tk := range s.Tokens {
				if tk.Text == test.subj {
					if tk.Rel != "nsubj" || s.Tokens[tk.Head].Text != test.verb {
						t.Errorf("%q is %s of %q, want nsubj of %q\n%s", tk.Text, tk.Rel, s.Tokens[max(tk.Head, 0)].Text, test.verb, conll(s))
					}
					return
				}
			}
			t.Errorf("no token %q", test.subj)
		})
	}
}

// TestModel_Evaluate holds the accuracy on EWT dev above floors a little
// below what the committed model measures.
func TestModel_Evaluate(t *testing.T) {
	if testing.Short() {
		t.Skip("parses the EWT dev set")
	}
	s := mustLoad(t).Evaluate(readEWT(t, "dev"))
	t.Logf("EWT dev: UPOS %.4f XPOS %.4f UAS %.4f LAS %.4f", s.UPOS, s.XPOS, s.UAS, s.LAS)
	for _, f := range []struct {
		name       string
		got, floor float64
	}{
		{"UPOS", s.UPOS, 0.945}, {"UAS", s.UAS, 0.835}, {"LAS", s.LAS, 0.80},
	} {
		if f.got < f.floor {
			t.Errorf("%s %.4f, below %.2f", f.name, f.got, f.floor)
		}
	}
}

func TestParser_noAllocation(t *testing.T) {
	p := mustLoad(t).NewParser()
	text := "President George Bush, who arrived in Paris on Monday, met Chancellor Helmut Kohl and President Francois Mitterrand."
	p.Parse(text)
	if n := testing.AllocsPerRun(20, func() { p.Parse(text) }); n != 0 {
		t.Errorf("Parse allocates %v times per sentence", n)
	}
}

func TestModel_concurrent(t *testing.T) {
	m := mustLoad(t)
	text := "Kohl, the West German leader, will visit Moscow next month."
	want := conll(m.NewParser().Parse(text))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			p := m.NewParser()
			for range 50 {
				if got := conll(p.Parse(text)); got != want {
					t.Errorf("parse differs in a concurrent worker:\n%s", cmp.Diff(want, got))
					return
				}
			}
		})
	}
	wg.Wait()
}

func FuzzParser_Parse(f *testing.F) {
	for _, s := range []string{"", "a", "The talks ended.", "U.S.-Soviet talks -- 'really'?!", "X\n\ny...z", "\"(\")"} {
		f.Add(s)
	}
	m := mustLoad(f)
	f.Fuzz(func(t *testing.T, text string) {
		p := m.NewParser()
		checkTree(t, text, p.Parse(text))
		words := strings.Fields(text) // random token sequences, spaces included in none
		checkTree(t, text, p.ParseWords(words))
	})
}

func BenchmarkParser_ParseWords(b *testing.B) {
	gs := readEWT(b, "dev")
	p := mustLoad(b).NewParser()
	words := 0
	for _, g := range gs {
		words += len(g.Words)
	}
	b.ReportAllocs()
	cpu := threadCPU()
	for b.Loop() {
		for _, g := range gs {
			p.ParseWords(g.Words)
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(words*b.N)/cpu().Seconds(), "tokens/cpu-s")
	b.ReportMetric(float64(mustLoad(b).Size())/(1<<20), "model-MB")
}

func BenchmarkParser_Parse(b *testing.B) {
	data, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	p := mustLoad(b).NewParser()
	tokens := 0
	for _, l := range lines {
		tokens += len(p.Parse(l).Tokens)
	}
	for _, variant := range []struct {
		name string
		f    func(string) string
	}{
		{"news", func(s string) string { return s }},
		{"caps", strings.ToUpper},
	} {
		b.Run(variant.name, func(b *testing.B) {
			text := make([]string, len(lines))
			for i, l := range lines {
				text[i] = variant.f(l)
			}
			b.ReportAllocs()
			cpu := threadCPU()
			for b.Loop() {
				for _, l := range text {
					p.Parse(l)
				}
			}
			b.ReportMetric(float64(tokens*b.N)/b.Elapsed().Seconds(), "tokens/s")
			b.ReportMetric(float64(tokens*b.N)/cpu().Seconds(), "tokens/cpu-s")
		})
	}
}

// BenchmarkReadModel decodes the embedded model and reports the heap it
// takes once loaded.
func BenchmarkReadModel(b *testing.B) {
	var before, after runtime.MemStats
	var m *Model
	for b.Loop() {
		runtime.GC()
		runtime.ReadMemStats(&before)
		var err error
		if m, err = ReadModel(bytes.NewReader(embedded)); err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MB")
	b.ReportMetric(float64(len(embedded))/(1<<20), "file-MB")
	runtime.KeepAlive(m)
}
