package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// csvRecords reads an exported file: its header and data records.
func csvRecords(t *testing.T, path string) (header []string, records [][]string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	all, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(all) == 0 {
		t.Fatalf("%s: empty, want at least a header", path)
	}
	return all[0], all[1:]
}

func TestExport_Examples(t *testing.T) {
	out := filepath.Join(t.TempDir(), "csv")
	stdout, stderr, err := run(t, "", "export", "--out", out, "../../examples/")
	if err != nil {
		t.Fatalf("export: %v\n%s", err, stderr)
	}
	if !strings.Contains(stdout, "exported 8 articles") || !strings.Contains(stdout, filepath.Join(out, "import.sh")) {
		t.Errorf("summary does not name the articles and import.sh:\n%s", stdout)
	}
	header, articles := csvRecords(t, filepath.Join(out, "Article.csv"))
	if got := strings.Join(header, ","); got != "id:ID(Article),url,title,published:datetime" {
		t.Errorf("Article.csv header = %q", got)
	}
	if len(articles) != 8 {
		t.Errorf("Article.csv has %d articles, want 8", len(articles))
	}
	// Every meeting that a relationship names is a Meeting node.
	_, meetings := csvRecords(t, filepath.Join(out, "Meeting.csv"))
	ids := map[string]bool{}
	for _, m := range meetings {
		ids[m[0]] = true
	}
	for _, file := range []string{"REPORTS.csv", "ATTENDED.csv"} {
		_, rels := csvRecords(t, filepath.Join(out, file))
		if len(rels) == 0 {
			t.Errorf("%s is empty", file)
		}
		for _, r := range rels {
			if !ids[r[1]] {
				t.Errorf("%s: meeting %s is not in Meeting.csv", file, r[1])
			}
		}
	}
	info, err := os.Stat(filepath.Join(out, "import.sh"))
	if err != nil || info.Mode()&0o100 == 0 {
		t.Errorf("import.sh is missing or not executable: %v", err)
	}
}

func TestExport_DuplicatesAndRejects(t *testing.T) {
	dir := t.TempDir()
	article := `{"id":"ok","published":"2018-05-18","text":"Russian President Vladimir Putin met Syrian leader Bashar al-Assad in Sochi on Thursday."}`
	input := filepath.Join(dir, "in.jsonl")
	lines := article + "\n" + `{"id":"broken", "text": ` + "\n" + article + "\n"
	if err := os.WriteFile(input, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "csv")
	stdout, stderr, err := run(t, "", "export", "--out", out, input)
	if err == nil || !strings.Contains(err.Error(), "1 of 3 articles") {
		t.Errorf("err = %v, want 1 of 3 articles rejected", err)
	}
	if !strings.Contains(stderr, input+":2: malformed JSON") {
		t.Errorf("stderr does not report line 2:\n%s", stderr)
	}
	if !strings.Contains(stdout, "skipped 1 articles whose id came earlier") {
		t.Errorf("summary does not report the repeated article:\n%s", stdout)
	}
	// The readable articles are exported all the same.
	if _, articles := csvRecords(t, filepath.Join(out, "Article.csv")); len(articles) != 1 {
		t.Errorf("Article.csv has %d articles, want 1", len(articles))
	}
	if _, reports := csvRecords(t, filepath.Join(out, "REPORTS.csv")); len(reports) != 1 {
		t.Errorf("REPORTS.csv has %d relationships, want 1 (the repeat adds none)", len(reports))
	}

	// --strict stops at the bad line and leaves no import.sh behind.
	strictOut := filepath.Join(dir, "strict")
	if _, _, err := run(t, "", "export", "--strict", "--out", strictOut, input); err == nil || !strings.Contains(err.Error(), "--strict") {
		t.Errorf("--strict: err = %v, want the first rejected article", err)
	}
	if _, err := os.Stat(filepath.Join(strictOut, "import.sh")); err == nil {
		t.Error("--strict: a stopped export left import.sh")
	}
}

func TestExport_Flags(t *testing.T) {
	for _, test := range []struct {
		name string
		args []string
		want string
	}{
		{"NoOut", []string{"export", "../../examples/"}, "out"},
		{"OtherFormat", []string{"export", "--format", "graphml", "--out", t.TempDir(), "../../examples/"}, "only neo4j-admin"},
		{"NoInput", []string{"export", "--out", t.TempDir()}, "no input"},
	} {
		t.Run(test.name, func(t *testing.T) {
			_, _, err := run(t, "", test.args...)
			if err == nil || !strings.Contains(err.Error(), test.want) {
				t.Errorf("err = %v, want one about %q", err, test.want)
			}
		})
	}
}
