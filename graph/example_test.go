package graph_test

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/graph"
	"github.com/graphify-dev/graphify/queries"
)

// This example writes one article about one meeting and asks who Putin met.
// It needs a running Neo4j (scripts/neo4j start), so it has no Output.
func Example() {
	ctx := context.Background()
	db, err := graph.Open(ctx, graph.Config{
		URI:      "neo4j://127.0.0.1:7687",
		Username: "neo4j",
		Password: os.Getenv("NEO4J_PASSWORD"),
	})
	if err != nil {
		log.Fatal(err) // open neo4j neo4j://127.0.0.1:7687: cannot connect (is Neo4j running? …
	}
	defer db.Close(ctx)
	if err := db.EnsureSchema(ctx); err != nil {
		log.Fatal(err)
	}

	text := "Syrian President Bashar al-Assad met Vladimir Putin in Sochi on Thursday."
	date := "2018-05-17"
	names := []string{"Bashar al-Assad", "Vladimir Putin"}
	report := graphify.Report{
		Article: graphify.Article{ID: "example-1", Text: text},
		Meetings: []graphify.Meeting{{
			ID:     graphify.MeetingID("example-1", names, &date, graphify.KindMeeting),
			Kind:   graphify.KindMeeting,
			Status: graphify.StatusHeld,
			Participants: []graphify.Participant{
				{Name: names[0], Mention: "Bashar al-Assad", Type: graphify.TypePerson, Role: graphify.RoleVisitor},
				{Name: names[1], Mention: "Vladimir Putin", Type: graphify.TypePerson, Role: graphify.RoleHost},
			},
			Place:    &graphify.Place{Name: "Sochi", Country: "Russia"},
			Date:     &date,
			Evidence: []graphify.Evidence{{Sentence: text, Start: 0, End: len(text)}},
		}},
	}
	if err := db.WriteReports(ctx, []graphify.Report{report}); err != nil {
		log.Fatal(err)
	}

	q, _ := queries.Lookup("who-met")
	columns, rows, err := db.Query(ctx, q.Cypher, map[string]any{"name": "vladimir putin"})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(columns)
	for _, row := range rows {
		fmt.Println(row...)
	}
}
