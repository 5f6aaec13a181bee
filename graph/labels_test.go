package graph

import (
	"context"
	"encoding/csv"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/graphify-dev/graphify"
)

// labelReport returns an article that reports a meeting of the actors
// named in types (name without the prefix p: type) on 2018-05-17, with
// status.
func labelReport(p, article, status string, types map[string]string) graphify.Report {
	r := sochi(p, p+article)
	m := &r.Meetings[0]
	m.Status = status
	m.Participants = nil
	var names []string
	for _, name := range slices.Sorted(maps.Keys(types)) {
		names = append(names, p+name)
		m.Participants = append(m.Participants, graphify.Participant{
			Name: p + name, Mention: p + name, Type: types[name], Country: p + "Russia", Role: graphify.RoleParticipant,
		})
	}
	m.ID = p + graphify.MeetingID(p+article, names, m.Date, m.Kind)
	return r
}

// labelReports returns two reports of one meeting: the first says it is
// planned, the second that it was held, and they disagree on the type of
// "officials". Both name an actor "Russia" of type country, like the
// country that Putin is affiliated with.
func labelReports(p string) []graphify.Report {
	return []graphify.Report{
		labelReport(p, "a1", graphify.StatusPlanned, map[string]string{
			"Vladimir Putin": graphify.TypePerson, "Russia": graphify.TypeCountry,
			"officials": graphify.TypeRole, "Someone": "",
		}),
		labelReport(p, "a2", graphify.StatusHeld, map[string]string{
			"Vladimir Putin": graphify.TypePerson, "Russia": graphify.TypeCountry,
			"officials": graphify.TypeGroup, "Someone": "",
		}),
	}
}

// nodeLabels returns the sorted labels of the prefixed actors and
// countries (by "Actor name" and "Country name") and of the meetings of
// prefixed articles (by "Meeting").
func nodeLabels(t *testing.T, db *DB, p string) map[string][]string {
	t.Helper()
	rows := mustQuery(t, db, `CALL {
		  MATCH (n:Actor) WHERE n.name STARTS WITH $p RETURN 'Actor ' + n.name AS key, labels(n) AS labels
		  UNION MATCH (n:Country) WHERE n.name STARTS WITH $p RETURN 'Country ' + n.name AS key, labels(n) AS labels
		  UNION MATCH (a:Article)-[:REPORTS]->(n:Meeting) WHERE a.id STARTS WITH $p RETURN 'Meeting' AS key, labels(n) AS labels
		}
		RETURN key, labels`, map[string]any{"p": p})
	got := map[string][]string{}
	for _, row := range rows {
		var labels []string
		for _, l := range row[1].([]any) {
			labels = append(labels, l.(string))
		}
		slices.Sort(labels)
		got[row[0].(string)] = labels
	}
	return got
}

// TestDB_WriteReports_labels writes a planned meeting and then a report
// that it was held and that changes an actor's type: each actor has the
// label of its type beside :Actor, the meeting the label of its settled
// status, and no label a later report made stale.
func TestDB_WriteReports_labels(t *testing.T) {
	db := mustOpenDB(t)
	p := newPrefix(t, db)
	reports := labelReports(p)
	actors := func(officials string) map[string][]string {
		return map[string][]string{
			"Actor " + p + "Vladimir Putin": {"Actor", "Person"},
			"Actor " + p + "Russia":         {"Actor", "Nation"},
			"Actor " + p + "officials":      {"Actor", officials},
			"Actor " + p + "Someone":        {"Actor"},
			"Country " + p + "Russia":       {"Country"}, // the place's country stays apart
		}
	}

	mustWrite(t, db, reports[:1])
	want := actors("Role")
	want["Meeting"] = []string{"Meeting", "Planned"}
	if diff := gocmp.Diff(want, nodeLabels(t, db, p)); diff != "" {
		t.Errorf("after the planned report (-want +got):\n%s", diff)
	}

	mustWrite(t, db, reports[1:])
	want = actors("Group") // a group is more specific than a role (Actor.type)
	want["Meeting"] = []string{"Held", "Meeting"}
	if diff := gocmp.Diff(want, nodeLabels(t, db, p)); diff != "" {
		t.Errorf("after the held report (-want +got):\n%s", diff)
	}

	// A graph written before the labels gets them from EnsureSchema.
	_, _, err := db.Write(context.Background(), prefixed+`
		WITH n WHERE n:Actor OR n:Meeting
		REMOVE n:Person:Nation:Organization:Group:Role:Held:Planned`, map[string]any{"p": p})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.EnsureSchema(context.Background()); err != nil {
		t.Fatal(err)
	}
	if diff := gocmp.Diff(want, nodeLabels(t, db, p)); diff != "" {
		t.Errorf("after EnsureSchema on a graph without labels (-want +got):\n%s", diff)
	}
}

// TestCSVWriter_labels exports the reports of TestDB_WriteReports_labels
// and compares the :LABEL columns with the labels Neo4j holds after
// WriteReports.
func TestCSVWriter_labels(t *testing.T) {
	db := mustOpenDB(t)
	p := newPrefix(t, db)
	reports := labelReports(p)
	for _, r := range reports {
		mustWrite(t, db, []graphify.Report{r})
	}
	want := nodeLabels(t, db, p)

	dir := t.TempDir()
	w, err := CreateCSV(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.WriteReports(context.Background(), reports); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, file := range []struct{ name, label, key string }{
		{"Actor.csv", "Actor", "Actor "},
		{"Country.csv", "Country", "Country "},
		{"Meeting.csv", "Meeting", "Meeting"},
	} {
		f, err := os.Open(filepath.Join(dir, file.name))
		if err != nil {
			t.Fatal(err)
		}
		records, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", file.name, err)
		}
		col := slices.Index(records[0], ":LABEL")
		for _, rec := range records[1:] {
			labels := []string{file.label}
			if col >= 0 && rec[col] != "" {
				labels = append(labels, rec[col])
			}
			slices.Sort(labels)
			key := file.key
			if key != "Meeting" {
				key += rec[0]
			}
			got[key] = labels
		}
	}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("labels in Neo4j and in the CSV export differ (-neo4j +csv):\n%s", diff)
	}
}
