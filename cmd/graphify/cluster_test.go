package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/graphify-dev/graphify/extract/gazetteer"
	"github.com/graphify-dev/graphify/graph"
)

// Floors of the clustering of reports into meetings on the labelled Reuters
// reports (testdata/reuters-meetings.tsv): pairwise precision and recall of
// "these two reports tell of one meeting", over the reports of each actor
// pair. Measured 0.996 and 0.710 with the extractor of 3c64348; 0.990 and
// 0.586 with issue 10's first extractor (5 labelled reports no longer
// found; new statuses and one-party records); 0.998 and 0.803 once
// undated proposals are placed after their article, a plan joins within
// 10 days, a host country stands for its people, a city in no known
// country agrees with a country and a story filed again joins by its words;
// 0.998 and 0.822 once ministers who bring colleagues hold one meeting;
// 0.998 and 0.860 once a date is its own noun's ("last February's
// accord", "to prepare for the summit in June") and a meeting's place is
// its relative clause's ("which took place in Frankfurt"), not its
// announcement's; 0.998 and 0.886 once a report without a date joins the
// report of its article that dates the meeting; 0.998 and 0.914 once "the
// meeting" that names no one is the latest meeting told in that word and a
// date after a statement is the statement's. The goals are 0.97
// and 0.85. What is left is mostly the extractor's (a source's typo read
// as a name, reports dated a day off) and undated reports that name
// countries only; GRAPHIFY_CLUSTER_PAIRS=1 logs every pair.
const (
	clusterPrecisionFloor = 0.97
	clusterRecallFloor    = 0.91
)

// A labelledReport is one line of testdata/reuters-meetings.tsv.
type labelledReport struct {
	a, b, story, start, meeting string
}

func readLabels(t *testing.T) []labelledReport {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "reuters-meetings.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelledReport
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 6 {
			t.Fatalf("testdata/reuters-meetings.tsv:%d: %d fields, want 6", line, len(f))
		}
		out = append(out, labelledReport{a: f[0], b: f[1], story: f[2], start: f[3], meeting: f[5]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// namesActor reports whether a report's parties name an actor of a label:
// the actor, or for a country a city in it, which hosts a visit to it in the
// country's stead ("visited Washington").
func namesActor(parties []string, actor string) bool {
	return slices.ContainsFunc(parties, func(p string) bool {
		if p == actor {
			return true
		}
		pl, ok := gazetteer.LookupPlace(p)
		return ok && pl.Kind != "country" && gazetteer.StateOn(pl.Country, reutersYear) == actor
	})
}

// reutersYear dates the state a city of the Reuters corpus was in: all its
// stories are of 1987 (Moscow's is the Soviet Union).
var reutersYear = time.Date(1987, 6, 1, 0, 0, 0, 0, time.UTC)

// TestExport_ReutersClustering exports the Reuters corpus (the export
// resolves reports into meetings as import does, which
// graph.TestCSVWriter_sameGraphAsDB and TestDB_WriteReports_rules check)
// and scores its meetings against the labelled reports.
func TestExport_ReutersClustering(t *testing.T) {
	corpus := filepath.Join("..", "..", "..", "shared", "eval", "reuters21578.docs.jsonl.gz")
	if _, err := os.Stat(corpus); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("Reuters corpus missing under CI: %v", err)
		}
		t.Skipf("Reuters corpus not found: %v", err)
	}
	out := filepath.Join(t.TempDir(), "csv")
	// One story has no text: the export says so and goes on.
	if _, stderr, err := run(t, "", "export", "--out", out, corpus); err != nil && !strings.Contains(err.Error(), "could not be read") {
		t.Fatalf("export: %v\n%s", err, stderr)
	}
	header, rows := csvRecords(t, filepath.Join(out, "REPORTS.csv"))
	col := func(name string) int {
		i := slices.Index(header, name)
		if i < 0 {
			t.Fatalf("REPORTS.csv has no column %s", name)
		}
		return i
	}
	article, meeting, start, names := col(":START_ID(Article)"), col(":END_ID(Meeting)"), col("start:long"), col("party_names:string[]")
	date, status, rule := col("date"), col("status"), col("rule")
	dateText, kind, place := col("date_text"), col("kind"), col("place")
	types, roles, countries := col("party_types:string[]"), col("party_roles:string[]"), col("party_countries:string[]")
	// The meeting of a labelled report: its sentence's REPORTS that names
	// both actors (a sentence may report two meetings).
	missing := 0
	defer func() {
		// At most 2% of the labelled reports may be lost by extractor changes
		// (5 of 307 at issue 10's first session) before the set is relabelled.
		if missing*50 > len(readLabels(t)) {
			t.Errorf("%d labelled reports are no longer extracted: relabel testdata/reuters-meetings.tsv", missing)
		}
	}()
	// With GRAPHIFY_CLUSTER_PAIRS set, every pair joined wrong or left
	// apart is logged with what each report said and why it is where it is.
	verbose := os.Getenv("GRAPHIFY_CLUSTER_PAIRS") != ""
	said := map[labelledReport]string{}
	node := func(l labelledReport) string {
		for _, r := range rows {
			if r[article] == l.story && r[start] == l.start {
				parties := strings.Split(r[names], string(graph.CSVArrayDelimiter))
				if namesActor(parties, l.a) && namesActor(parties, l.b) {
					said[l] = fmt.Sprintf("%s@%s [%s] %s %s %q in %s (%s)", l.story, l.start, l.meeting, r[status], r[kind], r[date], r[meeting], r[rule])
					if verbose {
						var ps []string
						ts, rs, cs := strings.Split(r[types], string(graph.CSVArrayDelimiter)), strings.Split(r[roles], string(graph.CSVArrayDelimiter)), strings.Split(r[countries], string(graph.CSVArrayDelimiter))
						for i, p := range parties {
							ps = append(ps, fmt.Sprintf("%s/%s/%s/%s", p, ts[min(i, len(ts)-1)], rs[min(i, len(rs)-1)], cs[min(i, len(cs)-1)]))
						}
						said[l] += fmt.Sprintf(" date_text=%q place=%q parties=%s", r[dateText], r[place], strings.Join(ps, "; "))
					}
					return r[meeting]
				}
			}
		}
		said[l] = fmt.Sprintf("%s@%s [%s] not extracted", l.story, l.start, l.meeting)
		// The extractor no longer reports it: logged and counted below, since
		// the set measures the clustering of the reports the extractor gives.
		t.Logf("no report of %s and %s in %s at %s", l.a, l.b, l.story, l.start)
		missing++
		return ""
	}
	byPair := map[[2]string][]labelledReport{}
	for _, l := range readLabels(t) {
		byPair[[2]string{l.a, l.b}] = append(byPair[[2]string{l.a, l.b}], l)
	}
	var tp, fp, fn int
	for _, ls := range byPair {
		nodes := make([]string, len(ls))
		for i, l := range ls {
			nodes[i] = node(l)
		}
		for i := range ls {
			for j := i + 1; j < len(ls); j++ {
				same := ls[i].meeting == ls[j].meeting && ls[i].meeting != "X"
				joined := nodes[i] != "" && nodes[i] == nodes[j]
				switch {
				case same && joined:
					tp++
				case joined:
					fp++
				case same:
					fn++
				}
				if verbose && same != joined {
					t.Logf("%s–%s joined %v, same %v:\n\t%s\n\t%s", ls[i].a, ls[i].b, joined, same, said[ls[i]], said[ls[j]])
				}
			}
		}
	}
	precision, recall := float64(tp)/float64(max(tp+fp, 1)), float64(tp)/float64(max(tp+fn, 1))
	t.Logf("%d actor pairs, report pairs: %d joined right, %d joined wrong, %d left apart; precision %.3f, recall %.3f",
		len(byPair), tp, fp, fn, precision, recall)
	if len(byPair) < 40 {
		t.Errorf("%d labelled actor pairs, want at least 40", len(byPair))
	}
	if precision < clusterPrecisionFloor {
		t.Errorf("precision %.3f below %.2f", precision, clusterPrecisionFloor)
	}
	if recall < clusterRecallFloor {
		t.Errorf("recall %.3f below %.2f", recall, clusterRecallFloor)
	}
}
