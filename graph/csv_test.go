package graph

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/graphify-dev/graphify"
)

// csvReports are three reports of two meetings: m1 is reported twice, the
// second time with less confidence, no coordinates, another kind and other
// mentions and roles, which are folded (the higher kind and role, the
// smaller title and mention); the third report repeats article a1 and must
// be skipped.
func csvReports() []graphify.Report {
	putin := graphify.Participant{Name: "Vladimir Putin", Mention: "Russian President Vladimir Putin",
		Type: graphify.TypePerson, Title: "President", Country: "Russia", Role: graphify.RoleHost}
	assad := graphify.Participant{Name: "Bashar al-Assad", Mention: "Assad",
		Type: graphify.TypePerson, Country: "Syria", Role: graphify.RoleVisitor}
	sochi := &graphify.Place{Name: "Sochi", Country: "Russia", Lat: ptr(43.6), Lon: ptr(39.7)}
	a1 := graphify.Report{
		Article: graphify.Article{ID: "a1", Title: `Putin, Assad "meet"`, URL: "http://x/1",
			Published: time.Date(2018, 5, 18, 0, 0, 0, 0, time.UTC)},
		Meetings: []graphify.Meeting{{
			ID: "m1", Kind: graphify.KindMeeting, Status: graphify.StatusHeld,
			Participants: []graphify.Participant{putin, assad}, Place: sochi,
			Date: ptr("2018-05-17"), DateText: "on Thursday", Confidence: 0.8,
			Evidence: []graphify.Evidence{{Sentence: "Putin met Assad\nin Sochi.", Start: 0, End: 25}},
		}},
	}
	a2 := graphify.Report{
		Article: graphify.Article{ID: "a2"},
		Meetings: []graphify.Meeting{{
			ID: "m1", Kind: graphify.KindTalks, Status: graphify.StatusHeld,
			Participants: []graphify.Participant{
				{Name: "Vladimir Putin", Mention: "Putin", Role: graphify.RoleParticipant},
				{Name: "Bashar al-Assad", Mention: "Bashar al-Assad", Role: graphify.RoleParticipant},
			},
			Place: &graphify.Place{Name: "Sochi", Country: "Russia"},
			Date:  ptr("2018-05-17"), Confidence: 0.6,
		}, {
			ID: "m2", Kind: graphify.KindPhone, Status: graphify.StatusPlanned,
			Participants: []graphify.Participant{
				{Name: "Vladimir Putin", Mention: "President Putin", Type: graphify.TypePerson, Country: "Russia", Role: graphify.RoleHost},
				{Name: "Emmanuel Macron", Mention: "Macron", Type: graphify.TypePerson, Title: "President", Country: "France", Role: graphify.RoleParticipant},
			},
			Date: ptr(""), Confidence: 0.5,
			Evidence: []graphify.Evidence{{Sentence: `He said "soon", maybe.`, Start: 10, End: 32}},
		}},
	}
	dup := a1
	dup.Article.Title = "a repeat"
	return []graphify.Report{a1, a2, dup}
}

func TestCSVWriter(t *testing.T) {
	dir := t.TempDir()
	w, err := CreateCSV(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.WriteReports(context.Background(), csvReports()); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}

	want := map[string]string{
		"Article.csv": `id:ID(Article),url,title,published:datetime
"a1","http://x/1","Putin, Assad ""meet""","2018-05-18T00:00:00Z[UTC]"
"a2",,,
`,
		"Meeting.csv": `id:ID(Meeting),pkey,ids:string[],kind,status,date,date_precision,date_text,confidence:double,first_day,lo,hi,:LABEL
"m1","ff501fbb3b5d2183125cb7bb","m1","talks","held","2018-05-17","day","on Thursday",0.8,"2018-05-17","2018-05-17","2018-05-17",Held
"m2","e25f6be137fe3eaa691ce618","m2","phone","planned",,,,0.5,,,,Planned
`,
		"Actor.csv": "name:ID(Actor),type,types:string[],country,aliases:string[],:LABEL\n" +
			`"Bashar al-Assad","person","person","Syria","Assad",Person` + "\n" +
			`"Emmanuel Macron","person","person","France","Macron",Person` + "\n" +
			`"Vladimir Putin","person","person","Russia","Russian President Vladimir Putin` + "\x1f" + `President Putin` + "\x1f" + `Putin",Person` + "\n",
		"Place.csv": `id:ID(Place),name,country,lat:double,lon:double,location:point{crs:WGS-84}
"Sochi|Russia","Sochi","Russia",43.6,39.7,"{latitude:43.6,longitude:39.7}"
`,
		"Country.csv": `name:ID(Country)
"Russia"
"Syria"
"France"
`,
		"REPORTS.csv": strings.ReplaceAll(strings.ReplaceAll(`:START_ID(Article),:END_ID(Meeting),sentence,start:long,end:long,date,date_text,status,kind,confidence:double,place,record,party_names:string[],party_types:string[],party_roles:string[],party_titles:string[],party_mentions:string[],party_countries:string[],rule
"a1","m1","Putin met Assad
in Sochi.",0,25,"2018-05-17","on Thursday","held","meeting",0.8,"Sochi@Russia","m1","Vladimir Putin|Bashar al-Assad","person|person","host|visitor","President|","Russian President Vladimir Putin|Assad","Russia|Syria","no other record"
"a2","m1",,-1,-1,"2018-05-17",,"held","talks",0.6,"Sochi@Russia","m1","Vladimir Putin|Bashar al-Assad","|","participant|participant","|","Putin|Bashar al-Assad","|","no other record"
"a2","m2","He said ""soon"", maybe.",10,32,,,"planned","phone",0.5,,"m2","Vladimir Putin|Emmanuel Macron","person|person","host|participant","|President","President Putin|Macron","Russia|France","no other record"
`, "|", "\x1f"), "@", "|"),
		"ATTENDED.csv": `:START_ID(Actor),:END_ID(Meeting),role,title,mention
"Bashar al-Assad","m1","visitor",,"Assad"
"Emmanuel Macron","m2","participant","President","Macron"
"Vladimir Putin","m1","host","President","Putin"
"Vladimir Putin","m2","host",,"President Putin"
`,
		"HELD_IN.csv": `:START_ID(Meeting),:END_ID(Place)
"m1","Sochi|Russia"
`,
		"IN.csv": `:START_ID(Place),:END_ID(Country)
"Sochi|Russia","Russia"
`,
		"AFFILIATED_WITH.csv": `:START_ID(Actor),:END_ID(Country)
"Bashar al-Assad","Syria"
"Vladimir Putin","Russia"
"Emmanuel Macron","France"
`,
		"MET.csv": `:START_ID(Actor),:END_ID(Actor),meeting_id,date,place,kind,status
"Bashar al-Assad","Vladimir Putin","m1","2018-05-17","Sochi","talks","held"
"Emmanuel Macron","Vladimir Putin","m2",,,"phone","planned"
`,
	}
	got := map[string]string{}
	for name := range want {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		got[name] = string(b)
	}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}

	if n := w.Duplicates(); n != 1 {
		t.Errorf("Duplicates() = %d, want 1 (the repeat of a1)", n)
	}
	rows := map[string]int64{}
	for _, f := range w.Files() {
		rows[f.Label] = f.Rows
	}
	wantRows := map[string]int64{"Article": 2, "Meeting": 2, "Actor": 3, "Place": 1, "Country": 3,
		"REPORTS": 3, "ATTENDED": 4, "HELD_IN": 1, "IN": 1, "AFFILIATED_WITH": 3, "MET": 2}
	if diff := gocmp.Diff(wantRows, rows); diff != "" {
		t.Errorf("Files() rows (-want +got):\n%s", diff)
	}

	wantArgs := []string{"database", "import", "full", "--array-delimiter=U+001F",
		"--multiline-fields-format=v2", "--multiline-fields=REPORTS.csv",
		"--nodes=Article=Article.csv", "--nodes=Meeting=Meeting.csv", "--nodes=Actor=Actor.csv",
		"--nodes=Place=Place.csv", "--nodes=Country=Country.csv",
		"--relationships=REPORTS=REPORTS.csv", "--relationships=ATTENDED=ATTENDED.csv",
		"--relationships=HELD_IN=HELD_IN.csv", "--relationships=IN=IN.csv",
		"--relationships=AFFILIATED_WITH=AFFILIATED_WITH.csv", "--relationships=MET=MET.csv"}
	if diff := gocmp.Diff(wantArgs, w.ImportArgs()); diff != "" {
		t.Errorf("ImportArgs() (-want +got):\n%s", diff)
	}
	script, err := os.ReadFile(filepath.Join(dir, "import.sh"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "exec ${NEO4J_ADMIN:-neo4j-admin} \\\n  database \\\n  import \\\n  full \\\n  --array-delimiter=U+001F \\\n"; !strings.Contains(string(script), want) {
		t.Errorf("import.sh lacks %q:\n%s", want, script)
	}
	post, err := os.ReadFile(filepath.Join(dir, "post-import.cypher"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"CREATE CONSTRAINT actor_name IF NOT EXISTS FOR (n:Actor) REQUIRE n.name IS UNIQUE;\n",
		"MATCH (a:Actor) WHERE a.aliases IS NULL SET a.aliases = [];\n",
	} {
		if !strings.Contains(string(post), want) {
			t.Errorf("post-import.cypher lacks %q:\n%s", want, post)
		}
	}
}

func TestCSVWriter_Errors(t *testing.T) {
	t.Run("NoArticleID", func(t *testing.T) {
		w, err := CreateCSV(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		defer w.Abort()
		err = w.WriteReports(context.Background(), []graphify.Report{{Article: graphify.Article{Source: "x.jsonl:3"}}})
		if err == nil || !strings.Contains(err.Error(), "x.jsonl:3") {
			t.Errorf("err = %v, want one naming the article's source", err)
		}
	})
	t.Run("AliasHoldsDelimiter", func(t *testing.T) {
		dir := t.TempDir()
		w, err := CreateCSV(dir)
		if err != nil {
			t.Fatal(err)
		}
		r := csvReports()[0]
		r.Meetings[0].Participants[0].Mention = "Putin\x1f"
		if err := w.WriteReports(context.Background(), []graphify.Report{r}); err == nil {
			t.Error("no error for an alias holding U+001F")
		}
		if err := w.Close(); err == nil {
			t.Error("Close after a failed write returned no error")
		}
		if _, err := os.Stat(filepath.Join(dir, "import.sh")); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("a failed export left import.sh (stat: %v)", err)
		}
	})
}

// neo4jAdmin returns the command that runs neo4j-admin from the jars of
// scripts/neo4j. It skips the test when they or java are missing, except
// under CI=true where it fails.
func neo4jAdmin(t *testing.T) string {
	t.Helper()
	cache := os.Getenv("GRAPHIFY_CACHE")
	if cache == "" {
		home, _ := os.UserHomeDir()
		cache = filepath.Join(home, ".cache", "graphify")
	}
	lib := filepath.Join(cache, "neo4j-5.26.30", "lib")
	java := "java"
	if jh := os.Getenv("JAVA_HOME"); jh != "" {
		java = filepath.Join(jh, "bin", "java")
	}
	var missing string
	if _, err := os.Stat(filepath.Join(lib, "neo4j-import-tool-5.26.30.jar")); err != nil {
		missing = "no Neo4j jars in " + lib + " (run scripts/neo4j start once)"
	} else if _, err := exec.LookPath(java); err != nil {
		missing = "no java: " + err.Error()
	}
	if missing != "" {
		if os.Getenv("CI") == "true" {
			t.Fatal(missing)
		}
		t.Skip(missing)
	}
	if strings.ContainsAny(lib+java, " \t\n'\"\\") {
		t.Skipf("cannot pass %s to import.sh through NEO4J_ADMIN", lib)
	}
	return java + " -Xmx512m -cp " + lib + "/* org.neo4j.cli.AdminTool"
}

// syntheticReports makes n articles about a small world of actors and places,
// so that meetings, actors and places recur across articles, with text that
// needs quoting: commas, quotes, line breaks, non-ASCII.
func syntheticReports(n int) []graphify.Report {
	actors := []string{"Vladimir Putin", "Xi Jinping", "Joe Biden", "Olaf Scholz", "Narendra Modi",
		"Recep Tayyip Erdoğan", `Mohammed "MBS" bin Salman`, "Luiz Inácio Lula da Silva", "Emmanuel Macron", "Kim Jong Un"}
	countries := []string{"Russia", "China", "United States", "Germany", "India", "Türkiye", "Saudi Arabia", "Brazil", "France", "North Korea"}
	places := []graphify.Place{
		{Name: "Sochi", Country: "Russia", Lat: ptr(43.6), Lon: ptr(39.73)},
		{Name: "Bali", Country: "Indonesia", Lat: ptr(-8.4), Lon: ptr(115.2)},
		{Name: "Camp David", Country: "United States"},
		{Country: "India"},
		{Name: "Geneva, Switzerland"},
	}
	var out []graphify.Report
	for i := range n {
		r := graphify.Report{Article: graphify.Article{
			ID:    fmt.Sprintf("art-%04d", i),
			Title: fmt.Sprintf("Talks, day %d: \"progress\"\r\nsays aide", i%7),
			URL:   fmt.Sprintf("https://news.example/%d?a=1,b=2", i),
		}}
		if i%3 != 0 {
			r.Article.Published = time.Date(2023, time.Month(1+i%12), 1+i%28, 0, 0, 0, 0, time.UTC)
		}
		for j := range i % 3 {
			a, b := (i+j)%len(actors), (i+2*j+1)%len(actors)
			if a == b {
				b = (b + 1) % len(actors)
			}
			m := graphify.Meeting{
				Kind:       []string{graphify.KindMeeting, graphify.KindTalks, graphify.KindSummit}[i%3],
				Status:     graphify.StatusHeld,
				Confidence: float64(i%10) / 10,
				Participants: []graphify.Participant{
					{Name: actors[a], Mention: "President " + actors[a], Type: graphify.TypePerson, Country: countries[a], Role: graphify.RoleHost},
					{Name: actors[b], Mention: strings.Fields(actors[b])[0] + "\nof " + countries[b], Type: graphify.TypePerson, Role: graphify.RoleVisitor},
					{Name: countries[(a+5)%len(countries)], Mention: countries[(a+5)%len(countries)], Type: graphify.TypeCountry, Role: graphify.RoleParticipant},
				},
				Evidence: []graphify.Evidence{{Sentence: fmt.Sprintf("%s met %s, \"warmly\",\nin talks.", actors[a], actors[b]), Start: 10 * j, End: 10*j + 9}},
			}
			switch i % 4 {
			case 0:
				m.Date = ptr(fmt.Sprintf("2023-%02d-%02d", 1+i%12, 1+i%5)) // recurs: shared meeting ids
			case 1:
				m.Date = ptr("2023-06")
			case 2:
				m.Evidence = nil
			}
			if i%5 != 4 {
				p := places[(i+j)%len(places)]
				m.Place = &p
			}
			r.Meetings = append(r.Meetings, m)
		}
		out = append(out, r)
	}
	return append(out, out[1]) // a repeated article
}

// TestCSVWriter_Neo4jAdminImport loads an export with the real neo4j-admin,
// through the import.sh it writes, into a database in a temporary directory
// (never the dev server's), and checks that every line of every file became
// a node or a relationship.
func TestCSVWriter_Neo4jAdminImport(t *testing.T) {
	admin := neo4jAdmin(t)
	dir := t.TempDir()
	home := filepath.Join(dir, "neo4j")
	conf := filepath.Join(home, "conf")
	if err := os.MkdirAll(conf, 0o755); err != nil {
		t.Fatal(err)
	}
	var cfg strings.Builder
	for _, d := range []string{"data", "logs", "run", "import", "plugins"} {
		fmt.Fprintf(&cfg, "server.directories.%s=%s\n", d, filepath.Join(home, d))
	}
	cfg.WriteString("server.memory.pagecache.size=64m\ndbms.usage_report.enabled=false\n")
	if err := os.WriteFile(filepath.Join(conf, "neo4j.conf"), []byte(cfg.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	out := filepath.Join(dir, "export")
	w, err := CreateCSV(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.WriteReports(context.Background(), syntheticReports(600)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}

	// What the files hold, read back with a standard CSV reader.
	var nodes, rels, props int64
	for _, f := range w.Files() {
		lines, p := readCSV(t, filepath.Join(out, f.Name))
		if lines != f.Rows {
			t.Errorf("%s: %d records, Files() says %d", f.Name, lines, f.Rows)
		}
		if f.Kind == "nodes" {
			nodes += lines
		} else {
			rels += lines
		}
		props += p
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	start := time.Now()
	cmd := exec.CommandContext(ctx, "sh", filepath.Join(out, "import.sh"), "--max-off-heap-memory=256m", "neo4j")
	cmd.Env = append(os.Environ(), "NEO4J_ADMIN="+admin, "NEO4J_HOME="+home, "NEO4J_CONF="+conf)
	var stdout bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stdout
	if err := cmd.Run(); err != nil {
		t.Fatalf("import.sh: %v\n%s", err, stdout.String())
	}
	took := time.Since(start)

	m := regexp.MustCompile(`IMPORT DONE in .*\n\s*Imported:\n\s*(\d+) nodes\n\s*(\d+) relationships\n\s*(\d+) properties`).FindStringSubmatch(stdout.String())
	if m == nil {
		t.Fatalf("no import summary in the output of neo4j-admin:\n%s", stdout.String())
	}
	got := [3]int64{}
	for i := range got {
		got[i], _ = strconv.ParseInt(m[i+1], 10, 64)
	}
	if want := [3]int64{nodes, rels, props}; got != want {
		t.Errorf("neo4j-admin imported %d nodes, %d relationships, %d properties; the files hold %d, %d, %d",
			got[0], got[1], got[2], want[0], want[1], want[2])
	}
	// Bad relationships and duplicate nodes fail the import by default; the
	// report file lists any that a tolerance let through.
	if report, err := os.ReadFile(filepath.Join(out, "import.report")); err != nil || len(report) > 0 {
		t.Errorf("import.report (err %v) lists bad entries:\n%s", err, report)
	}
	if _, err := os.Stat(filepath.Join(home, "data", "databases", "neo4j")); err != nil {
		t.Errorf("no database in the temporary home: %v", err)
	}
	t.Logf("neo4j-admin imported %d nodes, %d relationships, %d properties in %v", got[0], got[1], got[2], took.Round(time.Millisecond))
}

// readCSV returns the number of data records in a file and the number of
// properties they set: the non-empty fields, without the relationships'
// :START_ID and :END_ID. (The synthetic data has no empty strings, which
// encoding/csv would not tell from absent values.)
func readCSV(t *testing.T, path string) (records, props int64) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		t.Fatalf("%s: header: %v", path, err)
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return records, props
		}
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		records++
		for i, field := range rec {
			if field != "" && !strings.HasPrefix(header[i], ":") {
				props++
			}
		}
	}
}

// TestCSVWriter_sameGraphAsDB writes reports that join and keep apart
// meetings (a day's slack, two places, two days) to Neo4j and to a CSV
// export, and compares the meetings, participations and MET relationships
// of both.
func TestCSVWriter_sameGraphAsDB(t *testing.T) {
	db := mustOpenDB(t)
	p := newPrefix(t, db)
	sochi := &graphify.Place{Name: p + "Sochi", Country: p + "Russia"}
	moscow := &graphify.Place{Name: p + "Moscow", Country: p + "Russia"}
	reports := []graphify.Report{
		dayReport(p, p+"a", "2018-05-18", nil),
		dayReport(p, p+"b", "2018-05-17", sochi),
		dayReport(p, p+"c", "2018-05-16", moscow), // a day before b, elsewhere: apart
		dayReport(p, p+"d", "2018-05-21", nil),    // two days after e: apart
		dayReport(p, p+"e", "2018-05-19", nil),    // a day after a: joins it
	}
	reports[1].Meetings[0].Status = graphify.StatusPlanned
	reports[1].Meetings[0].Participants[0].Role = graphify.RoleParticipant
	for _, r := range reports {
		mustWrite(t, db, []graphify.Report{r})
	}
	fromDB := mustQuery(t, db, `
		MATCH (art:Article)-[:REPORTS]->(m:Meeting) WHERE art.id STARTS WITH $p
		WITH DISTINCT m
		MATCH (a:Actor)-[r:ATTENDED]->(m)
		WITH m, a, r ORDER BY a.name
		RETURN m.id, m.ids, m.kind, m.status, m.date, m.date_precision, m.date_text, m.confidence, m.first_day,
		       collect([a.name, r.role, r.title, r.mention]),
		       [(x)-[met:MET {meeting_id: m.id}]->(y) | [x.name, y.name, met.date, met.place, met.kind, met.status]],
		       [(m)-[:HELD_IN]->(pl) | pl.id]
		ORDER BY m.id`, map[string]any{"p": p})
	if len(fromDB) != 3 {
		t.Errorf("%d meetings in Neo4j, want 3 (b+a+e, c, d):\n%v", len(fromDB), fromDB)
	}

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
	records := func(name string) [][]string {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		all, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return all[1:]
	}
	opt := func(s string) any {
		if s == "" {
			return nil
		}
		return s
	}
	attended := map[string][]any{}
	for _, r := range records("ATTENDED.csv") {
		attended[r[1]] = append(attended[r[1]], []any{r[0], opt(r[2]), opt(r[3]), opt(r[4])})
	}
	met := map[string][]any{}
	for _, r := range records("MET.csv") {
		met[r[2]] = append(met[r[2]], []any{r[0], r[1], opt(r[3]), opt(r[4]), opt(r[5]), opt(r[6])})
	}
	heldIn := map[string][]any{}
	for _, r := range records("HELD_IN.csv") {
		heldIn[r[0]] = append(heldIn[r[0]], r[1])
	}
	var fromCSV [][]any
	for _, r := range records("Meeting.csv") {
		var ids []any
		for _, id := range strings.Split(r[2], string(CSVArrayDelimiter)) {
			ids = append(ids, id)
		}
		conf, _ := strconv.ParseFloat(r[8], 64)
		fromCSV = append(fromCSV, []any{r[0], ids, opt(r[3]), opt(r[4]), opt(r[5]), opt(r[6]), opt(r[7]), conf, opt(r[9]),
			attended[r[0]], cmpNil(met[r[0]]), cmpNil(heldIn[r[0]])})
	}
	if diff := gocmp.Diff(fromDB, fromCSV); diff != "" {
		t.Errorf("Neo4j and the CSV export differ (-neo4j +csv):\n%s", diff)
	}
}

// cmpNil returns an empty list for nil, as Cypher's list comprehensions do.
func cmpNil(l []any) []any {
	if l == nil {
		return []any{}
	}
	return l
}
