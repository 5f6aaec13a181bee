package graph

import (
	"context"
	"fmt"
	"maps"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/queries"
)

// Kind labels. Beside :Actor each actor carries the label of its type, and
// beside :Meeting each meeting the label of its status, because labels are
// what Neo4j Browser and Bloom colour by and what Cypher filters fastest
// (MATCH (p:Person), MATCH (m:Planned)). Keys and constraints stay on :Actor
// and :Meeting. The labels follow the properties: after every write they
// are set again from the stored type and status, and a label that a later
// report made stale is removed.
//
// A country that takes part in a meeting is a :Nation, not a :Country:
// :Country is the label of the countries that places are in, whose key
// (name) the actor "France" would share with the country "France".
var (
	actorLabels = map[string]string{
		graphify.TypePerson:       "Person",
		graphify.TypeCountry:      "Nation",
		graphify.TypeOrganization: "Organization",
		graphify.TypeGroup:        "Group",
		graphify.TypeRole:         "Role",
		graphify.TypeCity:         "City",
	}
	meetingLabels = map[string]string{
		graphify.StatusHeld:      "Held",
		graphify.StatusPlanned:   "Planned",
		graphify.StatusCancelled: "Cancelled",
		graphify.StatusPostponed: "Postponed",
		graphify.StatusDenied:    "Denied",
		graphify.StatusProposed:  "Proposed",
	}
)

// ActorLabels returns the label of each actor type ("person": "Person").
func ActorLabels() map[string]string { return maps.Clone(actorLabels) }

// MeetingLabels returns the label of each meeting status ("held": "Held").
func MeetingLabels() map[string]string { return maps.Clone(meetingLabels) }

// labelParam returns labels as a query parameter.
func labelParam(labels map[string]string) map[string]any {
	m := make(map[string]any, len(labels))
	for k, v := range labels {
		m[k] = v
	}
	return m
}

// labelNodes sets the kind labels of the batch's actors and of the meetings
// its articles report: every meeting whose status the batch may have
// changed. It runs last in WriteReports' transaction.
func labelNodes(ctx context.Context, tx neo4j.ManagedTransaction, b *batch) error {
	for _, st := range []struct {
		cypher string
		rows   []map[string]any
		labels map[string]string
	}{
		{queries.LabelActors, params(b.actors), actorLabels},
		{queries.LabelMeetings, params(b.articles), meetingLabels},
	} {
		if len(st.rows) == 0 {
			continue
		}
		res, err := tx.Run(ctx, st.cypher, map[string]any{"rows": st.rows, "labels": labelParam(st.labels)})
		if err != nil {
			return err
		}
		if _, err := res.Consume(ctx); err != nil {
			return err
		}
	}
	return nil
}

// relabel gives the kind labels to the actors and meetings of a graph
// written before graphify set them, in transactions of bounded size. On a
// labelled graph it only scans the actors and meetings once.
func (db *DB) relabel(ctx context.Context) error {
	const limit = 5000
	sess := db.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	for _, st := range []struct {
		name, cypher string
		labels       map[string]string
	}{
		{"actors", queries.RelabelActors, actorLabels},
		{"meetings", queries.RelabelMeetings, meetingLabels},
	} {
		params := map[string]any{"labels": labelParam(st.labels), "limit": fmt.Sprint(limit)}
		for {
			n, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int64, error) {
				res, err := tx.Run(ctx, st.cypher, params)
				if err != nil {
					return 0, err
				}
				rec, err := res.Single(ctx)
				if err != nil {
					return 0, err
				}
				n, _, err := neo4j.GetRecordValue[int64](rec, "labelled")
				return n, err
			})
			if err != nil {
				return fmt.Errorf("label %s: %w", st.name, err)
			}
			if n < limit {
				break
			}
		}
	}
	return nil
}
