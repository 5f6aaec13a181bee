package graph

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/queries"
)

// testConfig reads the server to test against from NEO4J_URI, NEO4J_USERNAME,
// NEO4J_PASSWORD and NEO4J_DATABASE (eval $(scripts/neo4j env)). Without
// NEO4J_URI the test is skipped, except under CI=true where it fails.
func testConfig(tb testing.TB) Config {
	tb.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") == "true" {
			tb.Fatal("CI=true requires a Neo4j: set NEO4J_URI, e.g. eval $(scripts/neo4j env)")
		}
		tb.Skip("no Neo4j: set NEO4J_URI, e.g. eval $(scripts/neo4j env)")
	}
	return Config{
		URI:      uri,
		Username: cmp.Or(os.Getenv("NEO4J_USERNAME"), "neo4j"),
		Password: cmp.Or(os.Getenv("NEO4J_PASSWORD"), "graphify-dev"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
}

// mustOpenDB opens the test server, ensures the schema, and closes the DB
// when the test ends.
func mustOpenDB(tb testing.TB) *DB {
	tb.Helper()
	cfg := testConfig(tb)
	ctx := context.Background()
	db, err := Open(ctx, cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := db.Close(ctx); err != nil {
			tb.Error(err)
		}
	})
	if err := db.EnsureSchema(ctx); err != nil {
		tb.Fatal(err)
	}
	return db
}

// newPrefix returns a prefix unique to this test for every key it writes,
// and deletes every node keyed with it when the test ends.
func newPrefix(tb testing.TB, db *DB) string {
	tb.Helper()
	b := make([]byte, 4)
	rand.Read(b)
	p := "gt" + hex.EncodeToString(b) + "-"
	tb.Cleanup(func() {
		if err := deletePrefix(context.Background(), db, p); err != nil {
			tb.Errorf("clean up %s: %v", p, err)
		}
	})
	return p
}

// prefixed matches every node keyed with $p, and the meetings reported by
// prefixed articles (whose ids may come from graphify.MeetingID).
const prefixed = `CALL {
  MATCH (n:Article) WHERE n.id STARTS WITH $p RETURN n
  UNION MATCH (n:Meeting) WHERE n.id STARTS WITH $p RETURN n
  UNION MATCH (a:Article)-[:REPORTS]->(n:Meeting) WHERE a.id STARTS WITH $p RETURN n
  UNION MATCH (n:Actor) WHERE n.name STARTS WITH $p RETURN n
  UNION MATCH (n:Place) WHERE n.id STARTS WITH $p RETURN n
  UNION MATCH (n:Country) WHERE n.name STARTS WITH $p RETURN n
}
`

// deletePrefix deletes, in transactions of bounded size, every node keyed
// with prefix p.
func deletePrefix(ctx context.Context, db *DB, p string) error {
	sess := db.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	for {
		n, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int64, error) {
			res, err := tx.Run(ctx, prefixed+"WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n", map[string]any{"p": p})
			if err != nil {
				return 0, err
			}
			rec, err := res.Single(ctx)
			if err != nil {
				return 0, err
			}
			n, _, err := neo4j.GetRecordValue[int64](rec, "n")
			return n, err
		})
		if err != nil || n == 0 {
			return err
		}
	}
}

// mustQuery runs a read query and returns its rows.
func mustQuery(tb testing.TB, db *DB, cypher string, params map[string]any) [][]any {
	tb.Helper()
	_, rows, err := db.Query(context.Background(), cypher, params)
	if err != nil {
		tb.Fatalf("%v\n%s", err, cypher)
	}
	return rows
}

func mustWrite(tb testing.TB, db *DB, reports []graphify.Report) {
	tb.Helper()
	if err := db.WriteReports(context.Background(), reports); err != nil {
		tb.Fatal(err)
	}
}

// counts returns how many nodes of each label and relationships of each type
// carry the prefix p.
func counts(tb testing.TB, db *DB, p string) map[string]int64 {
	tb.Helper()
	got := map[string]int64{}
	rows := mustQuery(tb, db, prefixed+`
		WITH DISTINCT n
		UNWIND labels(n) AS label
		RETURN label, count(*)
		UNION ALL `+prefixed+`
		WITH DISTINCT n
		MATCH (n)-[r]->()
		RETURN type(r) AS label, count(*)`, map[string]any{"p": p})
	for _, row := range rows {
		got[row[0].(string)] += row[1].(int64)
	}
	return got
}

// snapshot returns every prefixed node and outgoing relationship with its
// properties, in a stable order.
func snapshot(tb testing.TB, db *DB, p string) [][]any {
	tb.Helper()
	rows := mustQuery(tb, db, prefixed+`
		WITH DISTINCT n
		OPTIONAL MATCH (n)-[r]->(m)
		RETURN labels(n), properties(n), type(r), properties(r), coalesce(m.id, m.name)`,
		map[string]any{"p": p})
	// fmt prints maps sorted by key, so the text of a row is a stable sort key.
	slices.SortFunc(rows, func(a, b []any) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
	return rows
}

func ptr[T any](v T) *T { return &v }

// sochi returns an article about one meeting: Bashar al-Assad (visitor) and
// Vladimir Putin (host) in Sochi, Russia, on 2018-05-17, told in two sentences.
func sochi(p, articleID string) graphify.Report {
	s1 := "Syrian President Bashar al-Assad met Russian President Vladimir Putin in Sochi on Thursday."
	s2 := "Putin welcomed Assad to the Black Sea resort."
	text := s1 + " " + s2
	names := []string{p + "Bashar al-Assad", p + "Vladimir Putin"}
	date := ptr("2018-05-17")
	id := p + graphify.MeetingID(articleID, names, date, graphify.KindMeeting)
	return graphify.Report{
		Article: graphify.Article{
			ID: articleID, Text: text, Title: "Assad meets Putin in Sochi",
			URL:       "https://example.com/" + articleID,
			Published: time.Date(2018, 5, 18, 9, 30, 0, 0, time.UTC),
		},
		Meetings: []graphify.Meeting{{
			DocID: articleID, ID: id,
			Kind: graphify.KindMeeting, Status: graphify.StatusHeld,
			Participants: []graphify.Participant{
				{Name: names[0], Mention: p + "Bashar al-Assad", Type: graphify.TypePerson, Title: "President", Country: p + "Syria", Role: graphify.RoleVisitor},
				{Name: names[1], Mention: p + "Vladimir Putin", Type: graphify.TypePerson, Title: "President", Country: p + "Russia", Role: graphify.RoleHost},
			},
			Place:      &graphify.Place{Name: p + "Sochi", Country: p + "Russia", Lat: ptr(43.6028), Lon: ptr(39.7342)},
			Date:       date,
			DateText:   "on Thursday",
			Confidence: 0.9,
			Evidence: []graphify.Evidence{
				{Sentence: s1, Start: 0, End: len(s1)},
				{Sentence: s2, Start: len(s1) + 1, End: len(text)},
			},
		}},
	}
}

// knownGraph returns the reports the query tests run against:
//
//	a1, a2: the Sochi meeting of Assad and Putin, reported twice (2 + 1 sentences)
//	a3:     a summit of Putin, Erdogan and Rouhani in Ankara, Turkey, 2018-04-04
//	a4:     a planned meeting of Putin and Assad in 2018-06, place unknown, no evidence
//	a5:     an article without meetings
func knownGraph(p string) []graphify.Report {
	a1 := sochi(p, p+"a1")
	a1.Meetings[0].Participants[1].Mention = p + "Putin"
	a2 := sochi(p, p+"a2")
	a2.Meetings[0].Participants[0].Mention = p + "Assad"
	a2.Meetings[0].Confidence = 0.7
	a2.Meetings[0].Evidence = a2.Meetings[0].Evidence[1:]

	summitNames := []string{p + "Recep Tayyip Erdogan", p + "Hassan Rouhani", p + "Vladimir Putin"}
	summitDate := ptr("2018-04-04")
	a3 := graphify.Report{
		Article: graphify.Article{ID: p + "a3", Title: "Ankara summit"},
		Meetings: []graphify.Meeting{{
			ID:     p + graphify.MeetingID(p+"a3", summitNames, summitDate, graphify.KindSummit),
			Kind:   graphify.KindSummit,
			Status: graphify.StatusHeld,
			Participants: []graphify.Participant{
				{Name: summitNames[0], Mention: p + "Erdogan", Type: graphify.TypePerson, Country: p + "Turkey", Role: graphify.RoleHost},
				{Name: summitNames[1], Mention: p + "Rouhani", Type: graphify.TypePerson, Country: p + "Iran", Role: graphify.RoleParticipant},
				{Name: summitNames[2], Mention: p + "Putin", Type: graphify.TypePerson, Country: p + "Russia", Role: graphify.RoleParticipant},
			},
			Place:      &graphify.Place{Name: p + "Ankara", Country: p + "Turkey"},
			Date:       summitDate,
			Confidence: 0.8,
			Evidence:   []graphify.Evidence{{Sentence: "The three leaders met in Ankara.", Start: 0, End: 32}},
		}},
	}
	a3.Article.Text = a3.Meetings[0].Evidence[0].Sentence

	plannedNames := []string{p + "Vladimir Putin", p + "Bashar al-Assad"}
	a4 := graphify.Report{
		Article: graphify.Article{ID: p + "a4"},
		Meetings: []graphify.Meeting{{
			ID:     p + graphify.MeetingID(p+"a4", plannedNames, ptr("2018-06"), graphify.KindMeeting),
			Kind:   graphify.KindMeeting,
			Status: graphify.StatusPlanned,
			Participants: []graphify.Participant{
				{Name: plannedNames[0], Mention: p + "Putin", Type: graphify.TypePerson, Role: graphify.RoleParticipant},
				{Name: plannedNames[1], Mention: p + "Assad", Type: graphify.TypePerson, Role: graphify.RoleParticipant},
			},
			Date:       ptr("2018-06"),
			DateText:   "in June",
			Confidence: 0.5,
		}},
	}
	a5 := graphify.Report{Article: graphify.Article{ID: p + "a5", Title: "Weather"}}
	return []graphify.Report{a1, a2, a3, a4, a5}
}

// moreMeetings returns the reports that TestQueries_named adds to knownGraph.
// They leave the meetings of Putin and Assad, and of Russia and Ankara, as
// they are, so that the older cases hold:
//
//	a6: talks of Erdogan and Rouhani, held, dated only "2018", place unknown
//	a7: Rouhani visits Macron in Paris, France, 2018-05-03, held
//	a8: a meeting of Macron and Erdogan on 2018-05-20, cancelled
//	a9: Merkel's visit to Macron, postponed, undated, in Berlin, Germany
func moreMeetings(p string) []graphify.Report {
	erdogan, rouhani := p+"Recep Tayyip Erdogan", p+"Hassan Rouhani"
	macron, merkel := p+"Emmanuel Macron", p+"Angela Merkel"
	report := func(article, kind, status string, date *string, place *graphify.Place, names ...string) graphify.Report {
		m := graphify.Meeting{
			ID:   p + graphify.MeetingID(p+article, names, date, kind),
			Kind: kind, Status: status, Date: date, Place: place, Confidence: 0.8,
			Evidence: []graphify.Evidence{{Sentence: "They met.", Start: 0, End: 9}},
		}
		for _, n := range names {
			m.Participants = append(m.Participants, graphify.Participant{Name: n, Type: graphify.TypePerson, Role: graphify.RoleParticipant})
		}
		return graphify.Report{Article: graphify.Article{ID: p + article, Text: "They met."}, Meetings: []graphify.Meeting{m}}
	}
	a9 := report("a9", graphify.KindVisit, graphify.StatusPostponed, nil, &graphify.Place{Name: p + "Berlin", Country: p + "Germany"}, merkel, macron)
	a9.Meetings[0].DateText = "later this year"
	return []graphify.Report{
		report("a6", graphify.KindTalks, graphify.StatusHeld, ptr("2018"), nil, erdogan, rouhani),
		report("a7", graphify.KindVisit, graphify.StatusHeld, ptr("2018-05-03"), &graphify.Place{Name: p + "Paris", Country: p + "France"}, rouhani, macron),
		report("a8", graphify.KindMeeting, graphify.StatusCancelled, ptr("2018-05-20"), nil, macron, erdogan),
		a9,
	}
}

func TestDB_WriteReports(t *testing.T) {
	db := mustOpenDB(t)
	p := newPrefix(t, db)
	r := sochi(p, p+"a1")
	mustWrite(t, db, []graphify.Report{r})
	m := r.Meetings[0]
	id := m.ID
	assad, putin := p+"Bashar al-Assad", p+"Vladimir Putin"

	for _, test := range []struct {
		name   string
		cypher string
		want   [][]any
	}{
		{
			name:   "meeting",
			cypher: `MATCH (m:Meeting {id: $id}) RETURN m.kind, m.status, m.date, m.date_precision, m.date_text, m.confidence`,
			want:   [][]any{{"meeting", "held", "2018-05-17", "day", "on Thursday", 0.9}},
		},
		{
			name: "attended",
			cypher: `MATCH (a:Actor)-[r:ATTENDED]->(:Meeting {id: $id})
				RETURN a.name, a.type, r.role, r.title, r.mention ORDER BY a.name`,
			want: [][]any{
				{assad, "person", "visitor", "President", assad},
				{putin, "person", "host", "President", putin},
			},
		},
		{
			name: "met",
			cypher: `MATCH (a:Actor)-[r:MET]->(b:Actor) WHERE r.meeting_id = $id
				RETURN a.name, b.name, r.date, r.place, r.kind, r.status`,
			// One relationship, from the smaller name.
			want: [][]any{{assad, putin, "2018-05-17", p + "Sochi", "meeting", "held"}},
		},
		{
			name: "held in",
			cypher: `MATCH (:Meeting {id: $id})-[:HELD_IN]->(pl:Place)-[:IN]->(c:Country)
				RETURN pl.id, pl.name, pl.country, c.name, pl.lat, pl.lon, pl.location.latitude, pl.location.longitude`,
			want: [][]any{{p + "Sochi|" + p + "Russia", p + "Sochi", p + "Russia", p + "Russia", 43.6028, 39.7342, 43.6028, 39.7342}},
		},
		{
			name: "reports",
			cypher: `MATCH (art:Article)-[r:REPORTS]->(:Meeting {id: $id})
				RETURN art.id, art.title, art.url, art.published, r.start, r.end, r.sentence ORDER BY r.start`,
			want: [][]any{
				{p + "a1", r.Article.Title, r.Article.URL, r.Article.Published, int64(0), int64(m.Evidence[0].End), m.Evidence[0].Sentence},
				{p + "a1", r.Article.Title, r.Article.URL, r.Article.Published, int64(m.Evidence[1].Start), int64(m.Evidence[1].End), m.Evidence[1].Sentence},
			},
		},
		{
			name: "affiliated",
			cypher: `MATCH (a:Actor)-[:AFFILIATED_WITH]->(c:Country) WHERE a.name IN [$assad, $putin]
				RETURN a.name, a.country, c.name ORDER BY a.name`,
			want: [][]any{{assad, p + "Syria", p + "Syria"}, {putin, p + "Russia", p + "Russia"}},
		},
	} {
		t.Run(test.name, func(t *testing.T) {
			got := mustQuery(t, db, test.cypher, map[string]any{"id": id, "assad": assad, "putin": putin})
			if diff := gocmp.Diff(test.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}

	// The evidence offsets index the article text.
	for _, ev := range m.Evidence {
		if got := r.Article.Text[ev.Start:ev.End]; got != ev.Sentence {
			t.Errorf("Text[%d:%d] = %q, want %q", ev.Start, ev.End, got, ev.Sentence)
		}
	}
}

func TestDB_WriteReports_idempotent(t *testing.T) {
	db := mustOpenDB(t)
	for _, test := range []struct {
		name  string
		write func(db *DB, reports []graphify.Report)
	}{
		{"same batch twice", func(db *DB, reports []graphify.Report) {
			mustWrite(t, db, reports)
		}},
		{"one report at a time", func(db *DB, reports []graphify.Report) {
			for _, r := range reports {
				mustWrite(t, db, []graphify.Report{r})
			}
		}},
		{"duplicated in one batch", func(db *DB, reports []graphify.Report) {
			mustWrite(t, db, append(slices.Clone(reports), reports...))
		}},
	} {
		t.Run(test.name, func(t *testing.T) {
			p := newPrefix(t, db)
			reports := knownGraph(p)
			mustWrite(t, db, reports)
			wantCounts, wantSnap := counts(t, db, p), snapshot(t, db, p)
			// Nodes: 5 articles, 3 meetings, 4 actors, 2 places, 4 countries.
			for label, want := range map[string]int64{
				"Article": 5, "Meeting": 3, "Actor": 4, "Place": 2, "Country": 4,
				"ATTENDED": 7, "MET": 5, "REPORTS": 5, "HELD_IN": 2, "IN": 2, "AFFILIATED_WITH": 4,
			} {
				if wantCounts[label] != want {
					t.Errorf("after the first write, %s count = %d, want %d", label, wantCounts[label], want)
				}
			}

			test.write(db, reports)
			if diff := gocmp.Diff(wantCounts, counts(t, db, p)); diff != "" {
				t.Errorf("counts changed on re-write (-before +after):\n%s", diff)
			}
			if diff := gocmp.Diff(wantSnap, snapshot(t, db, p)); diff != "" {
				t.Errorf("graph changed on re-write (-before +after):\n%s", diff)
			}
		})
	}
}

func TestDB_WriteReports_sameMeeting(t *testing.T) {
	db := mustOpenDB(t)
	for _, test := range []struct {
		name  string
		calls int // write a1 and a2 in one call or two
	}{
		{"one call", 1},
		{"two calls", 2},
	} {
		t.Run(test.name, func(t *testing.T) {
			p := newPrefix(t, db)
			a1, a2 := sochi(p, p+"a1"), sochi(p, p+"a2")
			a2.Meetings[0].Evidence = a2.Meetings[0].Evidence[:1]
			if a1.Meetings[0].ID != a2.Meetings[0].ID {
				t.Fatalf("MeetingID differs between articles: %s, %s", a1.Meetings[0].ID, a2.Meetings[0].ID)
			}
			if test.calls == 1 {
				mustWrite(t, db, []graphify.Report{a1, a2})
			} else {
				mustWrite(t, db, []graphify.Report{a1})
				mustWrite(t, db, []graphify.Report{a2})
			}
			got := mustQuery(t, db, `
				MATCH (m:Meeting) WHERE m.id STARTS WITH $p
				OPTIONAL MATCH (art:Article)-[r:REPORTS]->(m)
				WITH m, art, count(r) AS sentences ORDER BY art.id
				RETURN m.id, collect([art.id, sentences]), COUNT { (:Actor)-[:ATTENDED]->(m) }, COUNT { ()-[:MET {meeting_id: m.id}]->() }`,
				map[string]any{"p": p})
			want := [][]any{{a1.Meetings[0].ID, []any{[]any{p + "a1", int64(2)}, []any{p + "a2", int64(1)}}, int64(2), int64(1)}}
			if diff := gocmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestDB_WriteReports_edgeCases(t *testing.T) {
	db := mustOpenDB(t)
	p := newPrefix(t, db)

	// A meeting without an id gets graphify.MeetingID; one without evidence
	// still links its article.
	names := []string{p + "A", p + "B", p + "C"}
	r := graphify.Report{
		Article: graphify.Article{ID: p + "x"},
		Meetings: []graphify.Meeting{{
			Kind: graphify.KindPhone, Status: graphify.StatusHeld,
			Participants: []graphify.Participant{
				{Name: names[2], Type: graphify.TypeCountry, Role: graphify.RoleParticipant},
				{Name: names[0], Mention: "a", Role: graphify.RoleParticipant},
				{Name: names[1], Mention: "b", Role: graphify.RoleParticipant},
				{Name: names[1], Mention: "bee", Role: graphify.RoleParticipant}, // listed twice
			},
			Place: &graphify.Place{Country: p + "Land"}, // the country is the place
		}},
	}
	mustWrite(t, db, []graphify.Report{r})
	id := graphify.MeetingID(p+"x", names, nil, graphify.KindPhone)
	got := mustQuery(t, db, `
		MATCH (art:Article {id: $art})-[r:REPORTS]->(m:Meeting {id: $id})-[:HELD_IN]->(pl:Place)
		RETURN r.start, r.sentence, pl.name, pl.id,
		       COLLECT { MATCH (a)-[:MET {meeting_id: m.id}]->(b) RETURN a.name + ">" + b.name },
		       COLLECT { MATCH (a:Actor {name: $b}) RETURN a.aliases },
		       COLLECT { MATCH (:Actor {name: $c})-[:AFFILIATED_WITH]->(c) RETURN c.name }`,
		map[string]any{"art": p + "x", "id": id, "p": p, "b": names[1], "c": names[2]})
	want := [][]any{{int64(-1), nil, p + "Land", p + "Land|" + p + "Land",
		[]any{names[0] + ">" + names[1], names[0] + ">" + names[2], names[1] + ">" + names[2]},
		[]any{[]any{"b", "bee"}},
		[]any{names[2]},
	}}
	if diff := gocmp.Diff(want, got, sortStrings); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	for _, test := range []struct {
		name string
		r    graphify.Report
		want string
	}{
		{"no article id", graphify.Report{Article: graphify.Article{Source: "in.jsonl:3"}}, "write reports: report 0 (in.jsonl:3): article has no id"},
		{"no participant name", graphify.Report{Article: graphify.Article{ID: p + "y"}, Meetings: []graphify.Meeting{{
			Participants: []graphify.Participant{{Mention: "he"}},
		}}}, `participant 0 ("he") has no name`},
	} {
		t.Run(test.name, func(t *testing.T) {
			err := db.WriteReports(context.Background(), []graphify.Report{test.r})
			if err == nil || !strings.Contains(err.Error(), test.want) {
				t.Errorf("WriteReports error = %v, want it to contain %q", err, test.want)
			}
		})
	}
}

// A meeting named only by its place ("the Venice summit") has no
// participants: it is written with its place and date, reported by its
// article, and two articles that give it the same day and place tell one
// meeting.
func TestDB_WriteReports_noParticipants(t *testing.T) {
	db := mustOpenDB(t)
	p := newPrefix(t, db)
	day := "1901-02-03" // a day no corpus another test imports gives: such meetings join by day and place
	var rs []graphify.Report
	for _, a := range []string{p + "x", p + "y"} {
		rs = append(rs, graphify.Report{
			Article: graphify.Article{ID: a},
			Meetings: []graphify.Meeting{{
				Kind: graphify.KindSummit, Status: graphify.StatusPlanned, Date: &day,
				Participants: []graphify.Participant{},
				Place:        &graphify.Place{Name: p + "Venice", Country: p + "Italy"},
				Evidence:     []graphify.Evidence{{Sentence: "the Venice summit", Start: 10, End: 27}},
			}},
		})
	}
	mustWrite(t, db, rs)
	got := mustQuery(t, db, `
		MATCH (art:Article)-[:REPORTS]->(m:Meeting)-[:HELD_IN]->(pl:Place {name: $place})
		RETURN count(DISTINCT m), collect(DISTINCT art.id), collect(DISTINCT m.date), COUNT { (m)<-[:ATTENDED]-() }`,
		map[string]any{"place": p + "Venice"})
	want := [][]any{{int64(1), []any{p + "x", p + "y"}, []any{day}, int64(0)}}
	if diff := gocmp.Diff(want, got, sortStrings); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// sortStrings compares lists of strings as sets.
var sortStrings = gocmp.Transformer("sortStrings", func(in []any) []any {
	out := slices.Clone(in)
	if slices.ContainsFunc(out, func(v any) bool { _, ok := v.(string); return !ok }) {
		return out
	}
	slices.SortFunc(out, func(a, b any) int { return strings.Compare(a.(string), b.(string)) })
	return out
})

func TestDB_EnsureSchema(t *testing.T) {
	db := mustOpenDB(t) // ensures once
	ctx := context.Background()
	if err := db.EnsureSchema(ctx); err != nil {
		t.Fatalf("second EnsureSchema: %v", err)
	}
	rows := mustQuery(t, db, `SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type
		WHERE name IN ['article_id', 'meeting_id', 'actor_name', 'place_id', 'country_name']
		RETURN name, labelsOrTypes, properties, type ORDER BY name`, nil)
	want := [][]any{
		{"actor_name", []any{"Actor"}, []any{"name"}, "UNIQUENESS"},
		{"article_id", []any{"Article"}, []any{"id"}, "UNIQUENESS"},
		{"country_name", []any{"Country"}, []any{"name"}, "UNIQUENESS"},
		{"meeting_id", []any{"Meeting"}, []any{"id"}, "UNIQUENESS"},
		{"place_id", []any{"Place"}, []any{"id"}, "UNIQUENESS"},
	}
	if diff := gocmp.Diff(want, rows); diff != "" {
		t.Errorf("constraints (-want +got):\n%s", diff)
	}
}

// TestQueries_explain plans every embedded statement on the server, so that
// a typo in a .cypher file fails here. Schema statements cannot be
// EXPLAINed; EnsureSchema runs them instead.
func TestQueries_explain(t *testing.T) {
	db := mustOpenDB(t)
	ctx := context.Background()
	for _, q := range queries.Files() {
		if q.Name == "schema" {
			continue
		}
		t.Run(q.Name, func(t *testing.T) {
			params := map[string]any{}
			for _, name := range q.Params {
				params[name] = nil
			}
			sess := db.session(ctx, neo4j.AccessModeWrite)
			defer sess.Close(ctx)
			_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
				res, err := tx.Run(ctx, "EXPLAIN "+q.Cypher, params)
				if err != nil {
					return nil, err
				}
				return res.Consume(ctx)
			})
			if err != nil {
				t.Errorf("EXPLAIN %s: %v", q.Name, err)
			}
		})
	}
}

func TestQueries_named(t *testing.T) {
	db := mustOpenDB(t)
	p := newPrefix(t, db)
	reports := append(knownGraph(p), moreMeetings(p)...)
	mustWrite(t, db, reports)
	sochiID, summitID, plannedID := reports[0].Meetings[0].ID, reports[2].Meetings[0].ID, reports[3].Meetings[0].ID
	talksID, parisID, cancelledID, postponedID := reports[5].Meetings[0].ID, reports[6].Meetings[0].ID, reports[7].Meetings[0].ID, reports[8].Meetings[0].ID
	assad, putin := p+"Bashar al-Assad", p+"Vladimir Putin"
	erdogan, rouhani := p+"Recep Tayyip Erdogan", p+"Hassan Rouhani"
	macron, merkel := p+"Emmanuel Macron", p+"Angela Merkel"
	sochi, ankara, russia, turkey := p+"Sochi", p+"Ankara", p+"Russia", p+"Turkey"
	paris, france, berlin, germany := p+"Paris", p+"France", p+"Berlin", p+"Germany"
	ev := reports[0].Meetings[0].Evidence
	// Some queries read the whole graph, which other tests share: keep
	// the rows of this test's meetings or actors, whose order the query set.
	ours := func(col int) func([]any) bool {
		return func(row []any) bool {
			s, _ := row[col].(string)
			return strings.HasPrefix(s, p)
		}
	}
	timelineCols := []string{"actor", "date", "kind", "status", "place", "country", "role", "counterparts", "meeting_id"}
	rangeCols := []string{"meeting_id", "date", "place", "country", "kind", "status", "participants"}
	chainCols := []string{"step", "actor", "met", "date", "place", "kind", "meetings", "meeting_id"}
	connectedCols := []string{"actor", "type", "country", "counterparts", "meetings"}
	coCols := []string{"actor", "co_attendee", "meetings", "held", "first_date", "last_date"}

	tests := []struct {
		query  string
		name   string
		params map[string]any
		cols   []string
		keep   func(row []any) bool // if set, compare only the rows it keeps
		rows   int                  // if set, the number of rows before keep
		want   [][]any
	}{
		{
			query:  "who-met",
			name:   "canonical name in upper case",
			params: map[string]any{"name": strings.ToUpper(putin)}, // canonical name, any case
			cols:   []string{"actor", "met", "date", "place", "country", "kind", "status", "role", "their_role", "meeting_id"},
			want: [][]any{
				{putin, rouhani, "2018-04-04", ankara, turkey, "summit", "held", "participant", "participant", summitID},
				{putin, erdogan, "2018-04-04", ankara, turkey, "summit", "held", "participant", "host", summitID},
				{putin, assad, "2018-05-17", sochi, russia, "meeting", "held", "host", "visitor", sochiID},
				{putin, assad, "2018-06", nil, nil, "meeting", "planned", "participant", "participant", plannedID},
			},
		},
		{
			query:  "who-met",
			name:   "alias in lower case",
			params: map[string]any{"name": strings.ToLower(p + "Assad")}, // an alias
			cols:   []string{"actor", "met", "date", "place", "country", "kind", "status", "role", "their_role", "meeting_id"},
			want: [][]any{
				{assad, putin, "2018-05-17", sochi, russia, "meeting", "held", "visitor", "host", sochiID},
				{assad, putin, "2018-06", nil, nil, "meeting", "planned", "participant", "participant", plannedID},
			},
		},
		{
			query:  "who-met",
			name:   "unknown actor",
			params: map[string]any{"name": p + "Nobody"},
			cols:   []string{"actor", "met", "date", "place", "country", "kind", "status", "role", "their_role", "meeting_id"},
			want:   [][]any{},
		},
		{
			query:  "meetings-between",
			name:   "alias and name",
			params: map[string]any{"a": p + "putin", "b": assad},
			cols:   []string{"meeting_id", "date", "place", "country", "kind", "status", "a", "a_role", "b", "b_role", "articles"},
			want: [][]any{
				{sochiID, "2018-05-17", sochi, russia, "meeting", "held", putin, "host", assad, "visitor", int64(2)},
				{plannedID, "2018-06", nil, nil, "meeting", "planned", putin, "participant", assad, "participant", int64(1)},
			},
		},
		{
			query:  "meetings-between",
			name:   "never met",
			params: map[string]any{"a": erdogan, "b": assad},
			cols:   []string{"meeting_id", "date", "place", "country", "kind", "status", "a", "a_role", "b", "b_role", "articles"},
			want:   [][]any{},
		},
		{
			query:  "meetings-in",
			name:   "country",
			params: map[string]any{"place": strings.ToLower(russia)}, // a country
			cols:   []string{"meeting_id", "date", "place", "country", "kind", "status", "participants"},
			want:   [][]any{{sochiID, "2018-05-17", sochi, russia, "meeting", "held", []any{assad, putin}}},
		},
		{
			query:  "meetings-in",
			name:   "place",
			params: map[string]any{"place": ankara},
			cols:   []string{"meeting_id", "date", "place", "country", "kind", "status", "participants"},
			want:   [][]any{{summitID, "2018-04-04", ankara, turkey, "summit", "held", []any{rouhani, erdogan, putin}}},
		},
		{
			query:  "evidence",
			name:   "two articles",
			params: map[string]any{"id": sochiID},
			cols:   []string{"article", "title", "url", "start", "end", "sentence", "reported_date", "reported_status"},
			want: [][]any{
				{p + "a1", reports[0].Article.Title, reports[0].Article.URL, int64(ev[0].Start), int64(ev[0].End), ev[0].Sentence, "2018-05-17", "held"},
				{p + "a1", reports[0].Article.Title, reports[0].Article.URL, int64(ev[1].Start), int64(ev[1].End), ev[1].Sentence, "2018-05-17", "held"},
				{p + "a2", reports[1].Article.Title, reports[1].Article.URL, int64(ev[1].Start), int64(ev[1].End), ev[1].Sentence, "2018-05-17", "held"},
			},
		},
		{
			query:  "timeline",
			name:   "every status, year before its days",
			params: map[string]any{"name": strings.ToLower(p + "Rouhani")}, // an alias
			cols:   timelineCols,
			want: [][]any{
				{rouhani, "2018", "talks", "held", nil, nil, "participant", []any{erdogan}, talksID},
				{rouhani, "2018-04-04", "summit", "held", ankara, turkey, "participant", []any{erdogan, putin}, summitID},
				{rouhani, "2018-05-03", "visit", "held", paris, france, "participant", []any{macron}, parisID},
			},
		},
		{
			query:  "timeline",
			name:   "undated last",
			params: map[string]any{"name": macron},
			cols:   timelineCols,
			want: [][]any{
				{macron, "2018-05-03", "visit", "held", paris, france, "participant", []any{rouhani}, parisID},
				{macron, "2018-05-20", "meeting", "cancelled", nil, nil, "participant", []any{erdogan}, cancelledID},
				{macron, nil, "visit", "postponed", berlin, germany, "participant", []any{merkel}, postponedID},
			},
		},
		{
			query:  "timeline",
			name:   "unknown actor",
			params: map[string]any{"name": p + "Nobody"},
			cols:   timelineCols,
			want:   [][]any{},
		},
		{
			query:  "meetings-in-range",
			name:   "month",
			params: map[string]any{"from": "2018-05", "to": "2018-05"},
			cols:   rangeCols,
			keep:   ours(0),
			want: [][]any{
				{parisID, "2018-05-03", paris, france, "visit", "held", []any{macron, rouhani}},
				{sochiID, "2018-05-17", sochi, russia, "meeting", "held", []any{assad, putin}},
				{cancelledID, "2018-05-20", nil, nil, "meeting", "cancelled", []any{macron, erdogan}},
			},
		},
		{
			query:  "meetings-in-range",
			name:   "days covering a month",
			params: map[string]any{"from": "2018-06-01", "to": "2018-06-30"},
			cols:   rangeCols,
			keep:   ours(0),
			want:   [][]any{{plannedID, "2018-06", nil, nil, "meeting", "planned", []any{assad, putin}}},
		},
		{
			query:  "meetings-in-range",
			name:   "days within a month",
			params: map[string]any{"from": "2018-05-18", "to": "2018-06-15"},
			cols:   rangeCols,
			keep:   ours(0),
			// Not 2018-06, which may be after the 15th, nor 2018.
			want: [][]any{{cancelledID, "2018-05-20", nil, nil, "meeting", "cancelled", []any{macron, erdogan}}},
		},
		{
			query:  "meetings-in-range",
			name:   "year",
			params: map[string]any{"from": "2018", "to": "2018"},
			cols:   rangeCols,
			keep:   ours(0),
			want: [][]any{
				{talksID, "2018", nil, nil, "talks", "held", []any{rouhani, erdogan}},
				{summitID, "2018-04-04", ankara, turkey, "summit", "held", []any{rouhani, erdogan, putin}},
				{parisID, "2018-05-03", paris, france, "visit", "held", []any{macron, rouhani}},
				{sochiID, "2018-05-17", sochi, russia, "meeting", "held", []any{assad, putin}},
				{cancelledID, "2018-05-20", nil, nil, "meeting", "cancelled", []any{macron, erdogan}},
				{plannedID, "2018-06", nil, nil, "meeting", "planned", []any{assad, putin}},
			},
		},
		{
			query:  "most-connected",
			name:   "order",
			params: map[string]any{"limit": "1000000"},
			cols:   connectedCols,
			keep:   ours(0),
			// Held meetings only: Macron's cancelled meeting with Erdogan and
			// Merkel's postponed visit do not count.
			want: [][]any{
				{rouhani, "person", p + "Iran", int64(3), int64(3)},
				{putin, "person", russia, int64(3), int64(2)},
				{erdogan, "person", turkey, int64(2), int64(2)},
				{assad, "person", p + "Syria", int64(1), int64(1)},
				{macron, "person", nil, int64(1), int64(1)},
			},
		},
		{
			query:  "most-connected",
			name:   "limit",
			params: map[string]any{"limit": "2"},
			cols:   connectedCols,
			rows:   2,
		},
		{
			query:  "shortest-chain",
			name:   "three steps",
			params: map[string]any{"a": p + "assad", "b": strings.ToUpper(macron)},
			cols:   chainCols,
			// Assad and Putin also planned a meeting: one held meeting.
			want: [][]any{
				{int64(1), assad, putin, "2018-05-17", sochi, "meeting", int64(1), sochiID},
				{int64(2), putin, rouhani, "2018-04-04", ankara, "summit", int64(1), summitID},
				{int64(3), rouhani, macron, "2018-05-03", paris, "visit", int64(1), parisID},
			},
		},
		{
			query:  "shortest-chain",
			name:   "not through a cancelled meeting",
			params: map[string]any{"a": macron, "b": erdogan},
			cols:   chainCols,
			// Rouhani and Erdogan met twice; the earliest date comes first.
			want: [][]any{
				{int64(1), macron, rouhani, "2018-05-03", paris, "visit", int64(1), parisID},
				{int64(2), rouhani, erdogan, "2018", nil, "talks", int64(2), talksID},
			},
		},
		{
			query:  "shortest-chain",
			name:   "no held meeting",
			params: map[string]any{"a": merkel, "b": macron},
			cols:   chainCols,
			want:   [][]any{},
		},
		{
			query:  "co-attendees",
			name:   "most often first",
			params: map[string]any{"name": p + "erdogan"},
			cols:   coCols,
			want: [][]any{
				{erdogan, rouhani, int64(2), int64(2), "2018", "2018-04-04"},
				{erdogan, putin, int64(1), int64(1), "2018-04-04", "2018-04-04"},
				{erdogan, macron, int64(1), int64(0), "2018-05-20", "2018-05-20"}, // cancelled
			},
		},
		{
			query:  "co-attendees",
			name:   "undated",
			params: map[string]any{"name": merkel},
			cols:   coCols,
			want:   [][]any{{merkel, macron, int64(1), int64(0), nil, nil}},
		},
		{
			query:  "why-joined",
			name:   "two articles, one record",
			params: map[string]any{"id": sochiID},
			cols:   []string{"meeting", "record", "article", "published", "start", "reported_date", "reported_status", "reported_kind", "participants", "rule"},
			want: [][]any{
				{sochiID, sochiID, p + "a1", "2018-05-18", int64(0), "2018-05-17", "held", "meeting", []any{assad, putin}, "no other record"},
				{sochiID, sochiID, p + "a2", "2018-05-18", int64(len(ev[0].Sentence) + 1), "2018-05-17", "held", "meeting", []any{assad, putin}, "no other record"},
			},
		},
		{
			query: "planned",
			name:  "not held or cancelled",
			cols:  []string{"meeting_id", "date", "date_text", "place", "country", "kind", "status", "participants", "articles"},
			keep:  ours(0),
			want: [][]any{
				{plannedID, "2018-06", "in June", nil, nil, "meeting", "planned", []any{assad, putin}, int64(1)},
				{postponedID, nil, "later this year", berlin, germany, "visit", "postponed", []any{merkel, macron}, int64(1)},
			},
		},
	}
	tested := map[string]bool{}
	for _, test := range tests {
		tested[test.query] = true
		t.Run(test.query+"/"+test.name, func(t *testing.T) {
			q, ok := queries.Lookup(test.query)
			if !ok {
				t.Fatalf("no query %q", test.query)
			}
			cols, rows, err := db.Query(context.Background(), q.Cypher, test.params)
			if err != nil {
				t.Fatal(err)
			}
			if diff := gocmp.Diff(test.cols, cols); diff != "" {
				t.Errorf("columns (-want +got):\n%s", diff)
			}
			if test.rows != 0 && len(rows) != test.rows {
				t.Errorf("got %d rows, want %d", len(rows), test.rows)
			}
			if test.keep != nil {
				rows = slices.DeleteFunc(rows, func(row []any) bool { return !test.keep(row) })
			}
			if test.want != nil {
				if diff := gocmp.Diff(test.want, rows); diff != "" {
					t.Errorf("rows (-want +got):\n%s", diff)
				}
			}
		})
	}
	for _, q := range queries.All() {
		if !tested[q.Name] {
			t.Errorf("named query %q has no test", q.Name)
		}
	}
}

func TestDB_Query_readOnly(t *testing.T) {
	db := mustOpenDB(t)
	p := newPrefix(t, db)
	_, _, err := db.Query(context.Background(), "CREATE (:Country {name: $name})", map[string]any{"name": p + "X"})
	if err == nil {
		t.Fatal("Query ran a write")
	}
	if got := counts(t, db, p)["Country"]; got != 0 {
		t.Errorf("Query wrote %d nodes", got)
	}
}

func TestDB_Write(t *testing.T) {
	db := mustOpenDB(t)
	p := newPrefix(t, db)
	ctx := context.Background()
	const create = "MERGE (c:Country {name: $name}) RETURN c.name AS name, c"
	params := map[string]any{"name": p + "X"}

	_, _, err := db.Query(ctx, create, params)
	if !IsWriteRefused(err) {
		t.Errorf("Query of a write: IsWriteRefused(%v) = false, want true", err)
	}
	cols, rows, err := db.Write(ctx, create, params)
	if err != nil {
		t.Fatal(err)
	}
	if diff := gocmp.Diff([]string{"name", "c"}, cols); diff != "" {
		t.Errorf("columns (-want +got):\n%s", diff)
	}
	want := [][]any{{p + "X", map[string]any{"name": p + "X", "_labels": []any{"Country"}}}}
	if diff := gocmp.Diff(want, rows); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	if got := counts(t, db, p)["Country"]; got != 1 {
		t.Errorf("Write left %d countries, want 1", got)
	}
	// A read runs in write mode too.
	if _, rows, err := db.Write(ctx, "RETURN 1 AS one", nil); err != nil || len(rows) != 1 {
		t.Errorf("Write(RETURN 1) = %v, %v", rows, err)
	}

	_, _, err = db.Write(ctx, "MERGE (c:Country {name: $name}", params)
	if err == nil {
		t.Fatal("Write ran a syntax error")
	}
	for _, err := range []error{err, nil, fmt.Errorf("query: %w", context.Canceled)} {
		if IsWriteRefused(err) {
			t.Errorf("IsWriteRefused(%v) = true, want false", err)
		}
	}
}

func TestOpen_errors(t *testing.T) {
	ctx := context.Background()
	type test struct {
		name string
		cfg  Config
		want string
	}
	tests := []test{
		{"closed port", Config{URI: "neo4j://127.0.0.1:1", Username: "neo4j", Password: "s3cret-closed-port"},
			"open neo4j neo4j://127.0.0.1:1: cannot connect (is Neo4j running? try: scripts/neo4j start"},
		{"closed port bolt", Config{URI: "bolt://127.0.0.1:1", Username: "neo4j", Password: "s3cret-closed-port"},
			"open neo4j bolt://127.0.0.1:1: cannot connect (is Neo4j running?"},
		{"bad scheme", Config{URI: "http://127.0.0.1:7474", Username: "neo4j", Password: "s3cret-scheme"},
			"open neo4j http://127.0.0.1:7474: "},
	}
	if os.Getenv("NEO4J_URI") != "" {
		cfg := testConfig(t)
		cfg.Password = "wrong-" + cfg.Password
		tests = append(tests, test{"wrong password", cfg,
			fmt.Sprintf("open neo4j %s: authentication failed for user %s (check NEO4J_USERNAME/NEO4J_PASSWORD)", cfg.URI, cfg.Username)})
	}
	for _, test := range tests {
		t.Run(test.name, func(t *testing.T) {
			start := time.Now()
			db, err := Open(ctx, test.cfg)
			elapsed := time.Since(start)
			if err == nil {
				db.Close(ctx)
				t.Fatal("Open succeeded")
			}
			t.Logf("after %v: %v", elapsed.Round(time.Millisecond), err)
			if !strings.HasPrefix(err.Error(), test.want) {
				t.Errorf("error = %q, want prefix %q", err, test.want)
			}
			if strings.Contains(err.Error(), test.cfg.Password) {
				t.Errorf("error contains the password: %q", err)
			}
			if elapsed > openTimeout+time.Second {
				t.Errorf("Open took %v, want at most %v", elapsed, openTimeout)
			}
		})
	}
}

func BenchmarkDB_WriteReports(b *testing.B) {
	db := mustOpenDB(b)
	for _, size := range []int{100, 500, 2000} {
		b.Run(fmt.Sprintf("meetings=%d", size), func(b *testing.B) {
			p := newPrefix(b, db)
			var rows, meetings int
			iter := 0
			for b.Loop() {
				b.StopTimer()
				reports := benchReports(p, iter, size)
				batch, err := newBatch(reports)
				if err != nil {
					b.Fatal(err)
				}
				rows += batch.rows()
				meetings += size
				iter++
				b.StartTimer()
				if err := db.WriteReports(context.Background(), reports); err != nil {
					b.Fatal(err)
				}
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(rows)/sec, "rows/s")
			b.ReportMetric(float64(meetings)/sec, "meetings/s")
			b.ReportMetric(float64(rows)/float64(iter), "rows/op")
		})
	}
}

// benchReports returns n one-meeting articles drawn from 200 actors and 50
// places, the shape of a news load: actors and places recur, meetings and
// articles are new.
func benchReports(p string, iter, n int) []graphify.Report {
	reports := make([]graphify.Report, n)
	for i := range n {
		k := iter*n + i
		actor := func(j int) graphify.Participant {
			j %= 200
			return graphify.Participant{
				Name: fmt.Sprintf("%sActor %03d", p, j), Mention: fmt.Sprintf("%sA%03d", p, j),
				Type: graphify.TypePerson, Country: fmt.Sprintf("%sCountry %02d", p, j%40),
				Role: graphify.RoleParticipant,
			}
		}
		parts := []graphify.Participant{actor(k), actor(k*7 + 1)}
		if k%3 == 0 {
			parts = append(parts, actor(k*13+2))
		}
		art := fmt.Sprintf("%sart-%d", p, k)
		reports[i] = graphify.Report{
			Article: graphify.Article{ID: art, Title: "t", URL: "https://example.com/" + art},
			Meetings: []graphify.Meeting{{
				ID: fmt.Sprintf("%sm-%d", p, k), Kind: graphify.KindMeeting, Status: graphify.StatusHeld,
				Participants: parts,
				Place:        &graphify.Place{Name: fmt.Sprintf("%sCity %02d", p, k%50), Country: fmt.Sprintf("%sCountry %02d", p, k%40)},
				Date:         ptr(fmt.Sprintf("2018-%02d-%02d", k%12+1, k%28+1)),
				Confidence:   0.8,
				Evidence: []graphify.Evidence{
					{Sentence: "They met.", Start: 0, End: 9},
					{Sentence: "They talked.", Start: 10, End: 22},
				},
			}},
		}
	}
	return reports
}

// dayReport returns sochi's article with its meeting moved to day and place
// (nil for none), and the id that graphify extract would give it.
func dayReport(p, articleID, day string, place *graphify.Place) graphify.Report {
	r := sochi(p, articleID)
	m := &r.Meetings[0]
	m.Date, m.Place = ptr(day), place
	m.ID = p + graphify.MeetingID(articleID, []string{p + "Bashar al-Assad", p + "Vladimir Putin"}, m.Date, m.Kind)
	return r
}

// TestDB_WriteReports_daySlack writes reports of one meeting that disagree
// by a day, in every order, one call each: they end in one Meeting, the
// same graph whatever the order.
func TestDB_WriteReports_daySlack(t *testing.T) {
	db := mustOpenDB(t)
	type spec struct {
		article, day string
		place        bool // held in Sochi, or place unknown
	}
	specs := []spec{{"a", "2018-05-17", true}, {"b", "2018-05-18", false}, {"c", "2018-05-19", false}}
	var want [][]any
	for _, order := range [][]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		p := newPrefix(t, db)
		ids := make([]string, len(specs))
		for _, i := range order {
			s := specs[i]
			var place *graphify.Place
			if s.place {
				place = &graphify.Place{Name: p + "Sochi", Country: p + "Russia"}
			}
			r := dayReport(p, p+s.article, s.day, place)
			ids[i] = r.Meetings[0].ID
			mustWrite(t, db, []graphify.Report{r})
		}
		got := mustQuery(t, db, `
			MATCH (m:Meeting)<-[:REPORTS]-(art:Article) WHERE art.id STARTS WITH $p
			WITH m, collect(DISTINCT art.id) AS articles
			RETURN m.id, m.ids, m.date, m.first_day, articles,
			       COUNT { ()-[:MET {meeting_id: m.id}]->() },
			       [(m)-[:HELD_IN]->(pl) | pl.name]`, map[string]any{"p": p})
		slices.SortFunc(got, func(a, b []any) int { return strings.Compare(fmt.Sprint(a), fmt.Sprint(b)) })
		wantHere := [][]any{{ids[0], []any{ids[0], ids[1], ids[2]}, "2018-05-17", "2018-05-17",
			[]any{p + "a", p + "b", p + "c"}, int64(1), []any{p + "Sochi"}}}
		if diff := gocmp.Diff(wantHere, got, cmpopts.SortSlices(func(a, b any) bool { return fmt.Sprint(a) < fmt.Sprint(b) })); diff != "" {
			t.Errorf("order %v (-want +got):\n%s", order, diff)
		}
		// The evidence query finds the meeting by any of its records' ids.
		for _, id := range ids {
			rows := mustQuery(t, db, queries.Evidence, map[string]any{"id": id})
			if len(rows) != 6 { // two sentences from each of three articles
				t.Errorf("order %v: evidence of %s: %d rows, want 6", order, id, len(rows))
			}
		}
		if n := mustQuery(t, db, `MATCH (a:Actor)-[r:MET]->(b:Actor) WHERE a.name STARTS WITH $p RETURN count(r)`, map[string]any{"p": p}); n[0][0] != int64(1) {
			t.Errorf("order %v: %v MET relationships, want 1", order, n[0][0])
		}
		// The whole graph, with the prefix taken out, is the same in every order.
		// Ids and pkey hash the prefixed names: name them by article.
		pkey := participantKey([]string{p + "Bashar al-Assad", p + "Vladimir Putin"})
		anon := strings.NewReplacer(ids[0], "id-a", ids[1], "id-b", ids[2], "id-c", pkey, "pkey", p, "")
		snap := snapshot(t, db, p)
		idList := regexp.MustCompile(`ids:\[[^\]]*\]`)
		for _, row := range snap {
			for i, v := range row {
				row[i] = idList.ReplaceAllStringFunc(anon.Replace(fmt.Sprint(v)), func(l string) string {
					f := strings.Fields(l[len("ids:[") : len(l)-1])
					slices.Sort(f) // sorted by the hashed ids in the graph
					return strings.Join(f, " ")
				})
			}
		}
		if want == nil {
			want = snap
		} else if diff := gocmp.Diff(want, snap); diff != "" {
			t.Errorf("order %v gives another graph than order %v (-first +this):\n%s", order, []int{0, 1, 2}, diff)
		}
	}
}

// TestDB_WriteReports_twoMeetings: reports that are not one meeting stay
// apart: two days apart, or a day apart in two places.
func TestDB_WriteReports_twoMeetings(t *testing.T) {
	db := mustOpenDB(t)
	for _, tt := range []struct {
		name       string
		day2       string
		place2     string
		wantSochi2 bool
	}{
		{"two days apart", "2018-05-19", "", false},
		{"a day apart in two places", "2018-05-18", "Moscow", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := newPrefix(t, db)
			var place2 *graphify.Place
			if tt.place2 != "" {
				place2 = &graphify.Place{Name: p + tt.place2, Country: p + "Russia"}
			}
			a := dayReport(p, p+"a", "2018-05-17", &graphify.Place{Name: p + "Sochi", Country: p + "Russia"})
			b := dayReport(p, p+"b", tt.day2, place2)
			mustWrite(t, db, []graphify.Report{a})
			mustWrite(t, db, []graphify.Report{b})
			got := mustQuery(t, db, `
				MATCH (m:Meeting)<-[:REPORTS]-(art:Article) WHERE art.id STARTS WITH $p
				RETURN DISTINCT m.id, m.date ORDER BY m.date`, map[string]any{"p": p})
			want := [][]any{{a.Meetings[0].ID, "2018-05-17"}, {b.Meetings[0].ID, tt.day2}}
			if diff := gocmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestDB_WriteReports_concurrent: writers that write reports of one meeting
// at the same time, a day apart, still end with one Meeting.
func TestDB_WriteReports_concurrent(t *testing.T) {
	db := mustOpenDB(t)
	for round := range 3 {
		p := newPrefix(t, db)
		var wg sync.WaitGroup
		errs := make(chan error, 8)
		for i := range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r := dayReport(p, fmt.Sprintf("%sa%d", p, i), fmt.Sprintf("2018-05-%02d", 17+i%2), nil)
				errs <- db.WriteReports(context.Background(), []graphify.Report{r})
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		got := mustQuery(t, db, `
			MATCH (m:Meeting)<-[:REPORTS]-(art:Article) WHERE art.id STARTS WITH $p
			RETURN m.date, count(DISTINCT art), size(m.ids), COUNT { ()-[:MET {meeting_id: m.id}]->() }`, map[string]any{"p": p})
		want := [][]any{{"2018-05-17", int64(8), int64(2), int64(1)}}
		if diff := gocmp.Diff(want, got); diff != "" {
			t.Errorf("round %d (-want +got):\n%s", round, diff)
		}
	}
}

// TestQueries_groupsAreNoHubs: a group such as "officials" stands for
// different people in different meetings, so no chain runs through it and
// the most-connected list leaves it out.
func TestQueries_groupsAreNoHubs(t *testing.T) {
	db := mustOpenDB(t)
	p := newPrefix(t, db)
	officials := graphify.Participant{Name: p + "officials", Type: graphify.TypeGroup, Role: graphify.RoleParticipant}
	report := func(article, name, day string) graphify.Report {
		return graphify.Report{
			Article: graphify.Article{ID: p + article},
			Meetings: []graphify.Meeting{{
				Kind: graphify.KindMeeting, Status: graphify.StatusHeld, Date: ptr(day), Confidence: 0.8,
				Participants: []graphify.Participant{
					{Name: p + name, Type: graphify.TypePerson, Role: graphify.RoleParticipant}, officials,
				},
				Evidence: []graphify.Evidence{{Sentence: "They met officials.", Start: 0, End: 19}},
			}},
		}
	}
	mustWrite(t, db, []graphify.Report{
		report("a1", "Ann Lind", "2020-01-10"), report("a2", "Bo Berg", "2020-02-10"), report("a3", "Cy Dahl", "2020-03-10"),
	})
	if rows := mustQuery(t, db, queries.ShortestChain, map[string]any{"a": p + "Ann Lind", "b": p + "Bo Berg"}); len(rows) != 0 {
		t.Errorf("shortest-chain runs through a group: %v", rows)
	}
	rows := mustQuery(t, db, queries.MostConnected, map[string]any{"limit": "100000"})
	var ours []string
	for _, row := range rows {
		if name, _ := row[0].(string); strings.HasPrefix(name, p) {
			ours = append(ours, name)
		}
	}
	slices.Sort(ours)
	if want := []string{p + "Ann Lind", p + "Bo Berg", p + "Cy Dahl"}; !slices.Equal(ours, want) {
		t.Errorf("most-connected lists %v, want the three people only", ours)
	}
}

// TestDB_EnsureSchema_upgrade: a meeting written by an older graphify (no
// participants key, REPORTS without the report's facts) is upgraded by
// EnsureSchema, and a report a day later then joins it.
func TestDB_EnsureSchema_upgrade(t *testing.T) {
	db := mustOpenDB(t)
	p := newPrefix(t, db)
	ctx := context.Background()
	old := p + "m-old"
	_, _, err := db.Write(ctx, `
		CREATE (art:Article {id: $p + 'old'})
		CREATE (m:Meeting {id: $id, kind: 'meeting', status: 'held', date: '2018-05-17', date_precision: 'day',
		                   date_text: 'on Thursday', confidence: 0.9})
		CREATE (art)-[:REPORTS {sentence: 'Assad met Putin.', start: 0, end: 16}]->(m)
		CREATE (:Actor {name: $p + 'Bashar al-Assad', type: 'person'})-[:ATTENDED {role: 'visitor'}]->(m)
		CREATE (:Actor {name: $p + 'Vladimir Putin', type: 'person'})-[:ATTENDED {role: 'host'}]->(m)
		MERGE (pl:Place {id: $p + 'Sochi|' + $p + 'Russia'}) SET pl.name = $p + 'Sochi'
		CREATE (m)-[:HELD_IN]->(pl)`, map[string]any{"p": p, "id": old})
	if err != nil {
		t.Fatal(err)
	}
	if err := db.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	got := mustQuery(t, db, `MATCH (art:Article)-[r:REPORTS]->(m:Meeting {id: $id})
		RETURN m.pkey, m.ids, m.first_day, r.date, r.status, r.kind, r.confidence, r.place`, map[string]any{"id": old})
	want := [][]any{{participantKey([]string{p + "Bashar al-Assad", p + "Vladimir Putin"}), []any{old}, "2018-05-17",
		"2018-05-17", "held", "meeting", 0.9, p + "Sochi|" + p + "Russia"}}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Fatalf("upgraded meeting (-want +got):\n%s", diff)
	}
	r := dayReport(p, p+"new", "2018-05-18", nil)
	mustWrite(t, db, []graphify.Report{r})
	got = mustQuery(t, db, `MATCH (art:Article)-[:REPORTS]->(m:Meeting) WHERE art.id STARTS WITH $p
		RETURN DISTINCT m.id, m.ids, m.date`, map[string]any{"p": p})
	ids := []string{old, r.Meetings[0].ID}
	slices.Sort(ids)
	want = [][]any{{old, []any{ids[0], ids[1]}, "2018-05-17"}}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("after a new report a day later (-want +got):\n%s", diff)
	}
}
