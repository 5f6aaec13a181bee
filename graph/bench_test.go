package graph

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/graphify-dev/graphify"
)

// BenchmarkDB_WriteVsBare compares WriteReports with the least the driver
// needs to write the same rows: the statements that newBatch builds, run
// one after the other with tx.Run in one ExecuteWrite.
// The ratio of their rows/s is graphify's efficiency; what it loses is the
// building of the rows (newBatch, which the "graphify" sub-benchmarks time
// and the "bare" ones do not) and the joining of reports of one meeting:
// finding the meetings the new reports may join, joining them, and reading
// their reports to settle their properties.
//
// merge=create writes new meetings and articles every iteration (actors,
// places and countries recur, as in a news load); merge=match writes rows
// that are already in the graph, so every MERGE matches.
func BenchmarkDB_WriteVsBare(b *testing.B) {
	db := mustOpenDB(b)
	ctx := context.Background()
	for _, size := range []int{500, 2000} {
		for _, merge := range []string{"create", "match"} {
			for _, impl := range []string{"graphify", "bare"} {
				name := fmt.Sprintf("meetings=%d/merge=%s/%s", size, merge, impl)
				b.Run(name, func(b *testing.B) {
					p := newPrefix(b, db)
					// reports returns the reports of iteration iter and their
					// batch, built with the timer stopped.
					iter := 0
					reports := func() ([]graphify.Report, *batch) {
						r := vsBareReports(p, iter, size)
						if merge == "create" {
							iter++
						}
						bt, err := newBatch(r)
						if err != nil {
							b.Fatal(err)
						}
						return r, bt
					}
					if merge == "match" {
						r, _ := reports()
						if err := db.WriteReports(ctx, r); err != nil {
							b.Fatal(err)
						}
					}
					var rows, n int
					for b.Loop() {
						b.StopTimer()
						r, bt := reports()
						rows += bt.rows()
						n++
						b.StartTimer()
						var err error
						if impl == "graphify" {
							err = db.WriteReports(ctx, r)
						} else {
							err = bareWrite(ctx, db, bt)
						}
						if err != nil {
							b.Fatal(err)
						}
					}
					sec := b.Elapsed().Seconds()
					b.ReportMetric(float64(rows)/sec, "rows/s")
					b.ReportMetric(float64(n*size)/sec, "meetings/s")
					b.ReportMetric(float64(rows)/float64(n), "rows/op")
				})
			}
		}
	}
}

// bareWrite runs the statements of bt in one managed transaction, with
// nothing around them.
func bareWrite(ctx context.Context, db *DB, bt *batch) error {
	sess := db.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		for _, st := range bt.bareStatements() {
			if len(st.rows) == 0 {
				continue
			}
			res, err := tx.Run(ctx, st.cypher, map[string]any{"rows": st.rows})
			if err != nil {
				return nil, err
			}
			if _, err := res.Consume(ctx); err != nil {
				return nil, err
			}
		}
		return nil, nil
	})
	return err
}

// bareStatements returns the statements of b as written when every record
// is a meeting of its own.
func (b *batch) bareStatements() []statement {
	m := meetings{res: resolution{node: map[string]string{}, rule: map[string]string{}}, byNode: map[string][]*report{}}
	for _, r := range b.reports {
		m.res.node[r.rec.id] = r.rec.id
		m.byNode[r.rec.id] = append(m.byNode[r.rec.id], r)
	}
	for _, id := range slices.Sorted(maps.Keys(m.byNode)) {
		m.add(id, m.byNode[id])
	}
	return append(b.nodeStatements(), plan{meetings: m, fresh: b.reports}.statements()...)
}

// rows counts the rows that bareStatements writes.
func (b *batch) rows() int {
	n := 0
	for _, st := range b.bareStatements() {
		n += len(st.rows)
	}
	return n
}

// vsBareReports returns n one-meeting articles, each with three
// participants drawn from 200 actors (always three different ones), a place
// among 50 and two evidence sentences. Meetings and articles are unique to
// (p, iter).
func vsBareReports(p string, iter, n int) []graphify.Report {
	reports := make([]graphify.Report, n)
	for i := range n {
		k := iter*n + i
		actor := func(j int, role string) graphify.Participant {
			j %= 200
			return graphify.Participant{
				Name: fmt.Sprintf("%sActor %03d", p, j), Mention: fmt.Sprintf("%sA%03d", p, j),
				Type: graphify.TypePerson, Country: fmt.Sprintf("%sCountry %02d", p, j%40),
				Role: role, Title: "President",
			}
		}
		art := fmt.Sprintf("%sart-%d", p, k)
		reports[i] = graphify.Report{
			Article: graphify.Article{ID: art, Title: "Leaders meet", URL: "https://example.com/" + art},
			Meetings: []graphify.Meeting{{
				ID: fmt.Sprintf("%sm-%d", p, k), Kind: graphify.KindMeeting, Status: graphify.StatusHeld,
				Participants: []graphify.Participant{
					actor(k, graphify.RoleHost), actor(k*7+1, graphify.RoleVisitor), actor(k*13+2, graphify.RoleParticipant),
				},
				Place:      &graphify.Place{Name: fmt.Sprintf("%sCity %02d", p, k%50), Country: fmt.Sprintf("%sCountry %02d", p, k%40)},
				Date:       ptr(fmt.Sprintf("2018-%02d-%02d", k%12+1, k%28+1)),
				Confidence: 0.8,
				Evidence: []graphify.Evidence{
					{Sentence: "The three presidents met in the capital on Thursday.", Start: 0, End: 52},
					{Sentence: "They discussed trade and security.", Start: 53, End: 87},
				},
			}},
		}
	}
	return reports
}
