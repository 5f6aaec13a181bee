package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/graphify-dev/graphify"
)

// A ruleCase is a set of reports and the meetings they make, as sets of
// article names: a case for every rule of resolve.go. The sentences are
// ours.
type ruleCase struct {
	name    string
	reports []ruleReport
	want    [][]string // articles by meeting, each sorted, sorted by first article
	status  string     // if set, the settled status of the meeting of the first article
}

// A ruleReport is one article with one meeting.
type ruleReport struct {
	article, published, date, dateText, status, kind, place string
	sentence                                                string   // the evidence; "<article> says they met." if empty
	parties                                                 []string // "Name/type/role/country"; type and role default to person and participant
}

func ruleCases() []ruleCase {
	two := []string{"Vladimir Putin", "Bashar al-Assad"}
	visit := []string{"Bashar al-Assad/person/visitor", "Vladimir Putin/person/host"}
	return []ruleCase{{
		name: "planned then held: one meeting, held",
		reports: []ruleReport{
			{article: "a", published: "2018-05-10", date: "2018-05-17", dateText: "next Thursday", status: "planned", parties: two},
			{article: "b", published: "2018-05-18", date: "2018-05-17", dateText: "on Thursday", status: "held", parties: two},
		},
		want: [][]string{{"a", "b"}}, status: "held",
	}, {
		name: "planned then cancelled, no day: one meeting, cancelled",
		reports: []ruleReport{
			{article: "a", published: "2018-05-10", date: "2018-06", dateText: "in June", status: "planned", parties: two},
			{article: "b", published: "2018-05-20", status: "cancelled", parties: two},
		},
		want: [][]string{{"a", "b"}}, status: "cancelled",
	}, {
		name: "a month holds the day",
		reports: []ruleReport{
			{article: "a", published: "2018-04-20", date: "2018-05", dateText: "next month", status: "planned", parties: two},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", parties: two},
		},
		want: [][]string{{"a", "b"}},
	}, {
		name: "early in the month does not hold its end",
		reports: []ruleReport{
			{article: "a", published: "2018-04-20", date: "2018-05", dateText: "in early May", status: "planned", parties: two},
			{article: "b", published: "2018-05-30", date: "2018-05-29", status: "held", parties: two},
		},
		want: [][]string{{"a"}, {"b"}},
	}, {
		name: "a plan for later this month lies after its article",
		reports: []ruleReport{
			{article: "a", published: "2018-05-06", date: "2018-05-05", status: "held", parties: two},
			{article: "b", published: "2018-05-15", date: "2018-05", dateText: "later this month", status: "planned", parties: two},
			{article: "c", published: "2018-05-26", date: "2018-05-25", status: "held", parties: two},
		},
		want: [][]string{{"a"}, {"b", "c"}},
	}, {
		name: "a held report without a date, published the next day",
		reports: []ruleReport{
			{article: "a", published: "2018-05-18", status: "held", parties: two},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", parties: two},
		},
		want: [][]string{{"a", "b"}},
	}, {
		name: "a third person named by one article",
		reports: []ruleReport{
			{article: "a", published: "2018-05-18", date: "2018-05-17", status: "held", parties: two},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", parties: append(slices.Clone(two), "Sergei Lavrov")},
		},
		want: [][]string{{"a", "b"}},
	}, {
		name: "a visit and the host's talks: one meeting",
		reports: []ruleReport{
			{article: "a", published: "2018-05-18", date: "2018-05-17", status: "held", kind: "visit", parties: append(slices.Clone(visit), "Syria/country/visitor", "Russia/country/host")},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", kind: "talks", parties: visit},
		},
		want: [][]string{{"a", "b"}},
	}, {
		name: "groups do not join by themselves",
		reports: []ruleReport{
			{article: "a", published: "2018-05-18", date: "2018-05-17", status: "held", parties: []string{"Vladimir Putin", "officials/group"}},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", parties: []string{"Vladimir Putin", "reporters/group"}},
		},
		want: [][]string{{"a"}, {"b"}},
	}, {
		name: "a city in the named country is no conflict",
		reports: []ruleReport{
			{article: "a", published: "2018-05-18", date: "2018-05-17", status: "held", place: "Sochi|Russia", parties: two},
			{article: "b", published: "2018-05-19", date: "2018-05-18", status: "held", place: "Russia|Russia", parties: two},
		},
		want: [][]string{{"a", "b"}},
	}, {
		name: "two cities a day apart: two meetings",
		reports: []ruleReport{
			{article: "a", published: "2018-05-18", date: "2018-05-17", status: "held", place: "Sochi|Russia", parties: two},
			{article: "b", published: "2018-05-19", date: "2018-05-18", status: "held", place: "Moscow|Russia", parties: two},
		},
		want: [][]string{{"a"}, {"b"}},
	}, {
		name: "two held meetings three days apart stay two",
		reports: []ruleReport{
			{article: "a", published: "2018-05-18", date: "2018-05-17", status: "held", parties: two},
			{article: "b", published: "2018-05-21", date: "2018-05-20", status: "held", parties: two},
		},
		want: [][]string{{"a"}, {"b"}},
	}, {
		name: "a plan three days off the meeting is the meeting",
		reports: []ruleReport{
			{article: "a", published: "2018-05-10", date: "2018-05-14", status: "planned", parties: two},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", parties: two},
		},
		want: [][]string{{"a", "b"}},
	}, {
		name: "a report without a date that fits two meetings joins neither",
		reports: []ruleReport{
			{article: "a", published: "2018-05-11", date: "2018-05-10", status: "held", parties: two},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", parties: two},
			{article: "c", published: "2018-05-18", status: "held", parties: two},
		},
		want: [][]string{{"a"}, {"b"}, {"c"}},
	}, {
		name: "postponed keeps its own date",
		reports: []ruleReport{
			{article: "a", published: "2018-05-10", status: "postponed", parties: two},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", parties: two},
		},
		want: [][]string{{"a"}, {"b"}},
	}, {
		name: "countries alone, without a date, do not join",
		reports: []ruleReport{
			{article: "a", published: "2018-05-10", status: "held", parties: []string{"United States/country", "Japan/country"}},
			{article: "b", published: "2018-05-11", date: "2018-05-10", status: "held", parties: []string{"United States/country", "Japan/country"}},
		},
		want: [][]string{{"a"}, {"b"}},
	}, {
		name: "a proposal without a date joins the meeting that follows it",
		reports: []ruleReport{
			{article: "a", published: "2018-05-10", status: "proposed", parties: two},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", parties: two},
		},
		want: [][]string{{"a", "b"}}, status: "held",
	}, {
		name: "a proposal made during a meeting is not that meeting",
		reports: []ruleReport{
			{article: "a", published: "2018-05-17", status: "proposed", parties: two},
			{article: "b", published: "2018-05-17", date: "2018-05-17", status: "held", parties: two},
		},
		want: [][]string{{"a"}, {"b"}},
	}, {
		name: "a plan nine days off the meeting is the meeting",
		reports: []ruleReport{
			{article: "a", published: "2018-05-01", date: "2018-05-08", status: "planned", parties: two},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", parties: two},
		},
		want: [][]string{{"a", "b"}},
	}, {
		name: "a plan eleven days off the meeting stays apart",
		reports: []ruleReport{
			{article: "a", published: "2018-05-01", date: "2018-05-06", status: "planned", parties: two},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", parties: two},
		},
		want: [][]string{{"a"}, {"b"}},
	}, {
		name: "a city in no known country is no conflict with a country",
		reports: []ruleReport{
			{article: "a", published: "2018-05-18", date: "2018-05-17", status: "held", place: "Sochi|", parties: two},
			{article: "b", published: "2018-05-19", date: "2018-05-18", status: "held", place: "Russia|Russia", parties: two},
		},
		want: [][]string{{"a", "b"}},
	}, {
		name: "two cities, one in no known country: two meetings",
		reports: []ruleReport{
			{article: "a", published: "2018-05-18", date: "2018-05-17", status: "held", place: "Sochi|", parties: two},
			{article: "b", published: "2018-05-19", date: "2018-05-18", status: "held", place: "Moscow|Russia", parties: two},
		},
		want: [][]string{{"a"}, {"b"}},
	}, {
		name: "the visit to a country and the talks with its people: one meeting",
		reports: []ruleReport{
			{article: "a", published: "2018-05-16", date: "2018-05-17", status: "planned", kind: "visit", parties: []string{"Bashar al-Assad/person/visitor/Syria", "Russia/country/host"}},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", kind: "talks", parties: []string{"Vladimir Putin/person/host/Russia", "Bashar al-Assad/person/visitor/Syria"}},
			{article: "c", published: "2018-05-18", status: "held", kind: "summit", parties: []string{"Russia/country/host", "Vladimir Putin/person/host/Russia", "Bashar al-Assad/person/visitor/Syria"}},
		},
		want: [][]string{{"a", "b", "c"}},
	}, {
		name: "the visit to a city, to its country and the talks with its people: one meeting",
		reports: []ruleReport{
			{article: "a", published: "2018-05-16", date: "2018-05-17", status: "planned", kind: "visit", parties: []string{"Bashar al-Assad/person/visitor/Syria", "Sochi/city/host/Russia"}},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", kind: "visit", parties: []string{"Bashar al-Assad/person/visitor/Syria", "Russia/country/host"}},
			{article: "c", published: "2018-05-18", date: "2018-05-17", status: "held", kind: "talks", parties: []string{"Vladimir Putin/person/host/Russia", "Bashar al-Assad/person/visitor/Syria"}},
		},
		want: [][]string{{"a", "b", "c"}},
	}, {
		name: "visits to two cities of one country on different days: two meetings",
		reports: []ruleReport{
			{article: "a", published: "2018-05-18", date: "2018-05-14", status: "held", kind: "visit", parties: []string{"Bashar al-Assad/person/visitor/Syria", "Sochi/city/host/Russia"}},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", kind: "visit", parties: []string{"Bashar al-Assad/person/visitor/Syria", "Moscow/city/host/Russia"}},
		},
		want: [][]string{{"a"}, {"b"}},
	}, {
		name: "countries in talks do not stand for their people",
		reports: []ruleReport{
			{article: "a", published: "2018-05-18", date: "2018-05-17", status: "held", kind: "talks", parties: []string{"Russia/country", "Syria/country"}},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", kind: "talks", parties: []string{"Vladimir Putin/person/participant/Russia", "Bashar al-Assad/person/participant/Syria"}},
		},
		want: [][]string{{"a"}, {"b"}},
	}, {
		name: "countries alone, without a date, in the same words: a story filed again",
		reports: []ruleReport{
			{article: "a", published: "2018-05-10", status: "held", parties: []string{"United States/country", "Japan/country"},
				sentence: "Talks between the United States and Japan\non rice have failed, officials said."},
			{article: "b", published: "2018-05-11", status: "held", parties: []string{"United States/country", "Japan/country"},
				sentence: "Talks between the United States and Japan on rice have failed, officials said."},
		},
		want: [][]string{{"a", "b"}},
	}, {
		name: "colleagues of the two ministers: one meeting",
		reports: []ruleReport{
			{article: "a", published: "2018-05-10", date: "2018-05-14", status: "planned", parties: []string{"Sergei Lavrov/person/participant/Russia", "Walid Muallem"}},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", parties: []string{"Sergei Lavrov", "Sergei Shoigu/person/participant/Russia", "Syria/country", "Walid Muallem/person/participant/Syria"}},
		},
		want: [][]string{{"a", "b"}}, status: "held",
	}, {
		name: "a third country's minister or an organization: another meeting",
		reports: []ruleReport{
			{article: "a", published: "2018-05-18", date: "2018-05-17", status: "held", parties: []string{"Sergei Lavrov/person/participant/Russia", "Walid Muallem/person/participant/Syria"}},
			{article: "b", published: "2018-05-18", date: "2018-05-17", status: "held", parties: []string{"Sergei Lavrov", "Walid Muallem", "Mevlut Cavusoglu/person/participant/Turkey", "Sergei Shoigu/person/participant/Russia"}},
			{article: "c", published: "2018-05-18", date: "2018-05-17", status: "held", parties: []string{"Sergei Lavrov", "Walid Muallem", "United Nations/organization", "Sergei Shoigu/person/participant/Russia"}},
		},
		want: [][]string{{"a"}, {"b"}, {"c"}},
	}, {
		name: "a call is no visit",
		reports: []ruleReport{
			{article: "a", published: "2018-05-18", date: "2018-05-17", status: "held", kind: "phone", parties: two},
			{article: "b", published: "2018-05-19", date: "2018-05-18", status: "held", kind: "visit", parties: visit},
		},
		want: [][]string{{"a"}, {"b"}},
	}, {
		name: "a report without a date joins its article's dated report",
		reports: []ruleReport{
			{article: "a", published: "2018-03-18", date: "2018-05", dateText: "in May", status: "planned", kind: "visit", sentence: "Assad plans to visit Moscow in May.",
				parties: []string{"Bashar al-Assad/person/visitor/Syria", "Moscow/city/host/Russia"}},
			{article: "a", published: "2018-03-18", status: "proposed", sentence: "Assad hopes to meet Putin.",
				parties: []string{"Bashar al-Assad/person/participant/Syria", "Vladimir Putin/person/participant/Russia"}},
			{article: "b", published: "2018-05-30", date: "2018-05-29", status: "held",
				parties: []string{"Bashar al-Assad/person/visitor/Syria", "Vladimir Putin/person/host/Russia"}},
		},
		want: [][]string{{"a", "b"}}, status: "held",
	}, {
		name: "a report without a date that fits two dated reports of its article joins neither by it",
		reports: []ruleReport{
			{article: "a", published: "2018-03-18", date: "2018-05", dateText: "in May", status: "planned", sentence: "They meet in May.", parties: two},
			{article: "a", published: "2018-03-18", date: "2018-07", dateText: "in July", status: "planned", sentence: "They meet again in July.", parties: two},
			{article: "a", published: "2018-03-18", status: "proposed", sentence: "Assad hopes to meet Putin.", parties: two},
			{article: "b", published: "2018-05-30", date: "2018-05-29", status: "held", parties: two},
			{article: "c", published: "2018-07-21", date: "2018-07-20", status: "held", parties: two},
		},
		want: [][]string{{"a"}, {"a", "b"}, {"a", "c"}},
	}, {
		name: "a plan without a date is not the held meeting its article dates",
		reports: []ruleReport{
			{article: "a", published: "2018-05-11", date: "2018-04", dateText: "last month", status: "held", sentence: "They met last month.", parties: two},
			{article: "a", published: "2018-05-11", status: "planned", sentence: "They will meet again.", parties: two},
		},
		want: [][]string{{"a"}, {"a"}},
	}}
}

// articleReports returns the graphify reports of rs in the order of their
// indexes, the meetings of one article in one report (of its first index),
// its names prefixed with p.
func articleReports(rs []ruleReport, order []int, p string) []graphify.Report {
	var out []graphify.Report
	at := map[string]int{}
	for _, i := range order {
		r := rs[i].report(p)
		j, ok := at[rs[i].article]
		if !ok {
			at[rs[i].article] = len(out)
			out = append(out, r)
			continue
		}
		a, m := &out[j], r.Meetings[0]
		off := len(a.Article.Text) + 1
		a.Article.Text += " " + r.Article.Text
		for k := range m.Evidence {
			m.Evidence[k].Start += off
			m.Evidence[k].End += off
		}
		a.Meetings = append(a.Meetings, m)
	}
	return out
}

// report returns the graphify report of r, its names prefixed with p.
func (r ruleReport) report(p string) graphify.Report {
	pub, err := time.Parse(time.DateOnly, r.published)
	if err != nil {
		panic(err)
	}
	text := cmp.Or(r.sentence, r.article+" says they met.")
	m := graphify.Meeting{
		Kind: cmp.Or(r.kind, "meeting"), Status: r.status, DateText: r.dateText, Confidence: 0.8,
		Evidence: []graphify.Evidence{{Sentence: text, Start: 0, End: len(text)}},
	}
	if r.date != "" {
		m.Date = ptr(r.date)
	}
	if r.place != "" {
		name, country, _ := strings.Cut(r.place, "|")
		m.Place = &graphify.Place{Name: p + name, Country: withPrefix(p, country)}
	}
	var names []string
	for _, s := range r.parties {
		f := strings.Split(s, "/")
		f = append(f, "", "", "")
		m.Participants = append(m.Participants, graphify.Participant{
			Name: p + f[0], Mention: f[0], Type: cmp.Or(f[1], "person"), Role: cmp.Or(f[2], "participant"), Country: withPrefix(p, f[3]),
		})
		names = append(names, p+f[0])
	}
	m.ID = p + graphify.MeetingID(p+r.article, names, m.Date, m.Kind)
	return graphify.Report{Article: graphify.Article{ID: p + r.article, Text: text, Published: pub}, Meetings: []graphify.Meeting{m}}
}

// withPrefix returns name with the prefix p, and "" as "".
func withPrefix(p, name string) string {
	if name == "" {
		return ""
	}
	return p + name
}

// partition returns the articles of each meeting of res, by the rule
// case's names.
func partition(groups map[string][]string, p string) [][]string {
	var out [][]string
	for _, arts := range groups {
		var names []string
		for _, a := range arts {
			names = append(names, strings.TrimPrefix(a, p))
		}
		slices.Sort(names)
		out = append(out, slices.Compact(names))
	}
	slices.SortFunc(out, slices.Compare)
	return out
}

// TestResolve runs every rule case through resolve, in every order of its
// reports.
func TestResolve(t *testing.T) {
	for _, tc := range ruleCases() {
		t.Run(tc.name, func(t *testing.T) {
			for _, order := range orders(len(tc.reports)) {
				var reports []*report
				for _, r := range articleReports(tc.reports, order, "") {
					for _, m := range r.Meetings {
						pid := ""
						if m.Place != nil {
							pid = m.Place.Name + "|" + m.Place.Country
						}
						reports = append(reports, newReport(r.Article, m, m.ID, pid))
					}
				}
				ms := resolveReports(reports)
				groups := map[string][]string{}
				for n, rs := range ms.byNode {
					for _, r := range rs {
						groups[n] = append(groups[n], r.article)
					}
				}
				if diff := gocmp.Diff(tc.want, partition(groups, "")); diff != "" {
					t.Errorf("order %v (-want +got):\n%s", order, diff)
				}
				if tc.status != "" {
					n := ms.res.node[reports[slices.Index(order, 0)].rec.id]
					i := slices.IndexFunc(ms.nodes, func(m meetingRow) bool { return m.id == n })
					if got := ms.nodes[i].status; got != tc.status {
						t.Errorf("order %v: status %q, want %q", order, got, tc.status)
					}
				}
			}
		})
	}
}

// TestDB_WriteReports_rules writes every rule case into Neo4j, one report
// per transaction in every order, and exports it as CSV: the same meetings
// each time, and every report says why it joined.
func TestDB_WriteReports_rules(t *testing.T) {
	db := mustOpenDB(t)
	ctx := context.Background()
	for _, tc := range ruleCases() {
		t.Run(tc.name, func(t *testing.T) {
			for _, order := range orders(len(tc.reports)) {
				p := newPrefix(t, db)
				reports := articleReports(tc.reports, order, p)
				for _, r := range reports {
					mustWrite(t, db, []graphify.Report{r})
				}
				rows := mustQuery(t, db, `
					MATCH (art:Article)-[r:REPORTS]->(m:Meeting) WHERE art.id STARTS WITH $p
					RETURN m.id, collect(art.id), collect(r.rule), m.status`, map[string]any{"p": p})
				groups := map[string][]string{}
				for _, row := range rows {
					for _, a := range row[1].([]any) {
						groups[str(row[0])] = append(groups[str(row[0])], str(a))
					}
					for _, rule := range row[2].([]any) {
						if str(rule) == "" {
							t.Errorf("order %v: a report of %s has no rule", order, row[0])
						}
					}
				}
				if diff := gocmp.Diff(tc.want, partition(groups, p)); diff != "" {
					t.Errorf("order %v (-want +got):\n%s", order, diff)
				}
				if tc.status != "" {
					got := mustQuery(t, db, `MATCH (:Article {id: $a})-[:REPORTS]->(m) RETURN DISTINCT m.status`, map[string]any{"a": p + "a"})
					if len(got) != 1 || got[0][0] != tc.status {
						t.Errorf("order %v: status %v, want %q", order, got, tc.status)
					}
				}
				if !slices.Equal(order, orders(len(tc.reports))[0]) {
					continue
				}
				// The CSV export resolves the same reports into the same meetings.
				w, err := CreateCSV(t.TempDir())
				if err != nil {
					t.Fatal(err)
				}
				if err := w.WriteReports(ctx, reports); err != nil {
					t.Fatal(err)
				}
				sortReports(w.reports)
				ms := resolveReports(w.reports)
				w.Abort()
				fromCSV := map[string][]string{}
				for n, rs := range ms.byNode {
					for _, r := range rs {
						fromCSV[n] = append(fromCSV[n], r.article)
					}
				}
				if diff := gocmp.Diff(partition(groups, p), partition(fromCSV, p)); diff != "" {
					t.Errorf("CSV export (-graph +csv):\n%s", diff)
				}
			}
		})
	}
}

// orders returns every order of n items.
func orders(n int) [][]int {
	if n == 0 {
		return [][]int{{}}
	}
	var out [][]int
	for _, rest := range orders(n - 1) {
		for i := 0; i <= len(rest); i++ {
			o := append(append(slices.Clone(rest[:i]), n-1), rest[i:]...)
			out = append(out, o)
		}
	}
	slices.SortFunc(out, slices.Compare)
	return out
}

// TestDB_WriteReports_actorType: reports that disagree on an actor's type
// give it the most specific of their types, in either order, in the graph
// and in the CSV export alike.
func TestDB_WriteReports_actorType(t *testing.T) {
	db := mustOpenDB(t)
	for _, order := range orders(2) {
		p := newPrefix(t, db)
		var reports []graphify.Report
		for _, i := range order {
			typ := []string{"person", "organization"}[i]
			r := ruleReport{article: fmt.Sprint("a", i), published: "2018-05-18", date: fmt.Sprintf("2018-05-%02d", 10+3*i), status: "held",
				parties: []string{"European Community/" + typ, "Japan/country"}}.report(p)
			reports = append(reports, r)
			mustWrite(t, db, []graphify.Report{r})
		}
		got := mustQuery(t, db, `MATCH (a:Actor {name: $n}) RETURN a.type, size(a.types)`, map[string]any{"n": p + "European Community"})
		if diff := gocmp.Diff([][]any{{"organization", int64(2)}}, got); diff != "" {
			t.Errorf("order %v (-want +got):\n%s", order, diff)
		}
		w, err := CreateCSV(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		if err := w.WriteReports(context.Background(), reports); err != nil {
			t.Fatal(err)
		}
		var types []string
		for _, h := range w.actors[p+"European Community"].types {
			types = append(types, h.Value())
		}
		if got := mostSpecificType(types); got != "organization" {
			t.Errorf("order %v: CSV export gives %q, want organization", order, got)
		}
		w.Abort()
	}
}

// TestDB_WriteReports_rewritten: an article written again (import --force)
// with what it says changed updates its meeting; written again unchanged, it
// changes nothing.
func TestDB_WriteReports_rewritten(t *testing.T) {
	db := mustOpenDB(t)
	p := newPrefix(t, db)
	r := ruleReport{article: "a", published: "2018-05-18", date: "2018-05-17", status: "planned", parties: []string{"Vladimir Putin", "Bashar al-Assad"}}
	mustWrite(t, db, []graphify.Report{r.report(p)})
	before := snapshot(t, db, p)
	mustWrite(t, db, []graphify.Report{r.report(p)})
	if diff := gocmp.Diff(before, snapshot(t, db, p)); diff != "" {
		t.Errorf("written again unchanged (-before +after):\n%s", diff)
	}
	r.status = "held"
	mustWrite(t, db, []graphify.Report{r.report(p)})
	got := mustQuery(t, db, `MATCH (:Article {id: $a})-[:REPORTS]->(m) RETURN m.status`, map[string]any{"a": p + "a"})
	if diff := gocmp.Diff([][]any{{"held"}}, got); diff != "" {
		t.Errorf("written again as held (-want +got):\n%s", diff)
	}
}

func TestSpecificPlaces(t *testing.T) {
	for _, test := range []struct {
		in, want []string
	}{
		{[]string{"Russia|Russia", "Sochi|Russia"}, []string{"Sochi|Russia"}},
		{[]string{"Moscow|Russia", "Russia|Russia", "Sochi|Russia"}, []string{"Moscow|Russia", "Sochi|Russia"}},
		{[]string{"Russia|Russia", "Syria|Syria"}, []string{"Russia|Russia", "Syria|Syria"}},
		{[]string{"Russia|Russia", "Sochi|"}, []string{"Russia|Russia", "Sochi|"}},
		{nil, nil},
	} {
		if diff := gocmp.Diff(test.want, specificPlaces(test.in)); diff != "" {
			t.Errorf("specificPlaces(%q) (-want +got):\n%s", test.in, diff)
		}
	}
}
