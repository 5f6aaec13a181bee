// Package graph stores graphify's meetings in Neo4j. It is the only package
// that imports the Neo4j driver; the Cypher it runs lives in package queries.
//
// The graph model (keys are unique, see queries.Schema):
//
//	(:Article {id, url, title, published})                  key id
//	(:Meeting {id, ids, pkey, kind, status, date,
//	           date_precision, date_text, confidence,
//	           first_day})                                  key id
//	(:Actor {name, type, country, aliases})                 key name
//	(:Place {id, name, country, lat, lon, location})        key id = name + "|" + country
//	(:Country {name})                                       key name
//
//	(:Actor)-[:ATTENDED {role, title, mention}]->(:Meeting)   one per (actor, meeting)
//	(:Meeting)-[:HELD_IN]->(:Place)-[:IN]->(:Country)
//	(:Actor)-[:AFFILIATED_WITH]->(:Country)                   when the participant has a country
//	(:Article)-[:REPORTS {sentence, start, end, date, date_text,
//	                      status, kind, confidence, place}]->(:Meeting)
//	    one per evidence sentence, key (article, meeting, start); the
//	    other properties are what that article says of the meeting
//	(:Actor)-[:MET {meeting_id, date, place, kind, status}]->(:Actor)
//	    one per meeting and unordered pair of participants, from the
//	    lexicographically smaller name to the larger one
//
// Details:
//   - One Meeting joins the reports of one meeting by many articles: same
//     participants, same day or a day apart without two different places
//     (merge.go). Meeting.id is the id of its earliest report
//     (graphify.MeetingID), ids lists the ids of all its reports, pkey
//     identifies its participants and first_day is its earliest reported day.
//   - Meeting properties are settled from all its reports, whatever the
//     order they were written in: the date most articles give, the highest
//     status (held > cancelled > postponed > denied > planned > proposed)
//     and kind (summit > visit > talks > meeting > phone), the highest
//     confidence. MET carries the same values and the most reported place.
//   - Meeting.date is the string graphify.Meeting.Date ("2018-05-17",
//     "2018-05" or "2018"), so it sorts chronologically; date_precision says which.
//   - ATTENDED keeps the highest role any report gives (host > visitor >
//     participant) and the smallest title and mention.
//   - Actor.aliases is the set union of every mention that differs from the
//     canonical name. Actor type and country keep their old value when a new
//     report leaves them empty. An actor of type country is also affiliated
//     with the Country node of the same name.
//   - Place lat, lon and location (a WGS-84 point) are set only when known.
//     A place with a country but no name is the country itself.
//   - An article without meetings still gets its Article node. A meeting
//     without evidence still gets one REPORTS relationship, with start = -1.
//   - Articles' published is a DATETIME, absent when unknown.
package graph

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"net"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/queries"
)

// Config says where Neo4j is and how to log in.
type Config struct {
	URI      string // neo4j://127.0.0.1:7687; bolt:// for some single servers
	Username string
	Password string // never printed
	Database string // empty for the server's default database
}

// DB is a connection pool to one Neo4j database, safe for concurrent use.
type DB struct {
	driver   neo4j.DriverWithContext
	database string
	username string // for error messages
}

const (
	// openTimeout bounds how long Open waits for the server to answer.
	openTimeout = 10 * time.Second
	// retryTime bounds how long a write is retried on transient errors
	// (deadlocks, leader switches, lost connections) before it fails.
	retryTime = 30 * time.Second
)

// Open connects to Neo4j and checks that the server answers and accepts the
// credentials, so that a wrong address or password is reported here and not
// in the middle of a load. It gives up after 10 seconds.
func Open(ctx context.Context, cfg Config) (*DB, error) {
	driver, err := neo4j.NewDriverWithContext(cfg.URI,
		neo4j.BasicAuth(cfg.Username, cfg.Password, ""),
		func(c *config.Config) {
			c.SocketConnectTimeout = 5 * time.Second
			c.ConnectionAcquisitionTimeout = openTimeout
			c.MaxTransactionRetryTime = retryTime
		})
	if err != nil {
		return nil, openError(cfg, err)
	}
	ctx, cancel := context.WithTimeout(ctx, openTimeout)
	defer cancel()
	if err := driver.VerifyConnectivity(ctx); err != nil {
		_ = driver.Close(context.WithoutCancel(ctx))
		return nil, openError(cfg, err)
	}
	db := &DB{driver: driver, database: cfg.Database, username: cfg.Username}
	if cfg.Database != "" {
		// VerifyConnectivity only reaches the default database.
		if _, _, err := db.Query(ctx, "RETURN 1", nil); err != nil {
			_ = driver.Close(context.WithoutCancel(ctx))
			return nil, openError(cfg, fmt.Errorf("database %q: %w", cfg.Database, errors.Unwrap(err)))
		}
	}
	return db, nil
}

// Kinds of failure a caller may act on, tested with errors.Is. Errors of
// Open and of the statements that run later both carry them.
var (
	// ErrAuth: the server refused the credentials.
	ErrAuth = errors.New("authentication failed")
	// ErrUnavailable: the server could not be reached, or kept failing with
	// transient errors for longer than the retry time.
	ErrUnavailable = errors.New("neo4j unavailable")
)

const (
	authHint    = "check NEO4J_USERNAME/NEO4J_PASSWORD"
	connectHint = "is Neo4j running? try: scripts/neo4j start, or docker compose up -d"
)

// openError makes a connection error say what to do about it. It never
// includes the password, even should the driver's message quote it.
func openError(cfg Config, err error) error {
	var cause string
	var kind error
	var neoErr *neo4j.Neo4jError
	var netErr net.Error
	switch {
	case errors.As(err, &neoErr) && neoErr.Code == "Neo.ClientError.Security.AuthenticationRateLimit":
		kind = ErrAuth
		cause = fmt.Sprintf("authentication failed for user %s: too many failed attempts, wait a few seconds (%s)", cfg.Username, authHint)
	case isAuth(err):
		kind = ErrAuth
		cause = fmt.Sprintf("authentication failed for user %s (%s)", cfg.Username, authHint)
	case errors.As(err, &neoErr):
		cause = err.Error()
	case isConnectivity(err), errors.As(err, &netErr), errors.Is(err, context.DeadlineExceeded):
		kind = ErrUnavailable
		cause = "cannot connect (" + connectHint + "; some single servers need bolt:// instead of neo4j://): " + err.Error()
	default:
		cause = err.Error()
	}
	if cfg.Password != "" {
		cause = strings.ReplaceAll(cause, cfg.Password, "[redacted]")
	}
	return &connError{msg: fmt.Sprintf("open neo4j %s: %s", redactURI(cfg.URI), oneLine(cause)), err: err, kind: kind}
}

// runError classifies the failure of a transaction that ran after Open: a
// refused login or a server that stayed unreachable (or kept failing) for
// the whole retry time gets its kind and a hint; other errors, including
// the end of ctx, are returned as they are. The message is one line.
func (db *DB) runError(ctx context.Context, op string, err error) error {
	var limit *neo4j.TransactionExecutionLimit
	switch {
	case ctx.Err() != nil:
		return fmt.Errorf("%s: %w", op, ctx.Err())
	case isAuth(err):
		return &connError{msg: fmt.Sprintf("%s: authentication failed for user %s (%s): %s", op, db.username, authHint, oneLine(err.Error())), err: err, kind: ErrAuth}
	case errors.As(err, &limit), isConnectivity(err):
		return &connError{msg: fmt.Sprintf("%s: neo4j unavailable after retrying for up to %v (%s): %s", op, retryTime, connectHint, oneLine(err.Error())), err: err, kind: ErrUnavailable}
	}
	return fmt.Errorf("%s: %s", op, oneLine(err.Error()))
}

// isAuth reports whether the server refused the credentials. A user who
// lacks a permission (Security.Forbidden) has logged in.
func isAuth(err error) bool {
	var neoErr *neo4j.Neo4jError
	var tokenErr *neo4j.TokenExpiredError
	return errors.As(err, &neoErr) && strings.HasPrefix(neoErr.Code, "Neo.ClientError.Security.") &&
		neoErr.Code != "Neo.ClientError.Security.Forbidden" ||
		errors.As(err, &tokenErr)
}

func isConnectivity(err error) bool {
	var connErr *neo4j.ConnectivityError
	return errors.As(err, &connErr)
}

// commitUnknown reports whether the connection died while a transaction
// committed: the driver cannot know whether the commit happened, so it does
// not retry (every other connectivity error is retryable).
func commitUnknown(err error) bool {
	var connErr *neo4j.ConnectivityError
	return errors.As(err, &connErr) && !neo4j.IsRetryable(connErr)
}

// oneLine joins the lines of a driver message, so that an error stays one
// line on the terminal and in logs.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// connError carries a message that was made safe to print, its kind
// (ErrAuth, ErrUnavailable or nil), and the driver's error for errors.Is
// and errors.As.
type connError struct {
	msg  string
	err  error
	kind error
}

func (e *connError) Error() string        { return e.msg }
func (e *connError) Unwrap() error        { return e.err }
func (e *connError) Is(target error) bool { return e.kind != nil && target == e.kind }

// redactURI hides a password given in the URI's user information.
func redactURI(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.User == nil {
		return uri
	}
	return u.Redacted()
}

// Close closes the connections to the server.
func (db *DB) Close(ctx context.Context) error {
	if err := db.driver.Close(ctx); err != nil {
		return fmt.Errorf("close neo4j: %w", err)
	}
	return nil
}

// EnsureSchema creates the constraints and indexes that graphify relies on,
// unless they exist, and upgrades a graph written by an older graphify
// (meetings without a participants key, nodes without kind labels). Run
// it before the first WriteReports: MERGE without a uniqueness constraint
// scans every node of a label.
func (db *DB) EnsureSchema(ctx context.Context) error {
	sess := db.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	// One transaction per statement: Neo4j does not mix schema changes with
	// other work in a transaction, and each statement stands alone.
	for _, stmt := range queries.Schema() {
		_, err := sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			res, err := tx.Run(ctx, stmt, nil)
			if err != nil {
				return nil, err
			}
			return res.Consume(ctx)
		})
		if err != nil {
			return fmt.Errorf("ensure schema: %s: %w", firstLine(stmt), err)
		}
	}
	if err := db.upgrade(ctx); err != nil {
		return err
	}
	return db.relabel(ctx)
}

// upgrade brings a graph written by an older graphify up to the model that
// WriteReports keeps: meetings get their participants key, record ids and
// first day, and their REPORTS the facts of the meeting, so that new
// reports can join them. It works in transactions of bounded size; on an
// up-to-date graph it only looks for meetings without a key.
func (db *DB) upgrade(ctx context.Context) error {
	const limit = 5000
	sess := db.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	for {
		n, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int, error) {
			_, rows, err := collect(ctx, tx, queries.UnkeyedMeetings, map[string]any{"limit": fmt.Sprint(limit)})
			if err != nil || len(rows) == 0 {
				return 0, err
			}
			ids := make([]string, 0, len(rows))
			keyed := make([]map[string]any, 0, len(rows))
			for _, row := range rows {
				var names []string
				for _, n := range row[2].([]any) {
					names = append(names, str(n))
				}
				var first any
				if date := str(row[1]); len(date) == 10 {
					first = date
				}
				ids = append(ids, str(row[0]))
				keyed = append(keyed, map[string]any{"id": str(row[0]), "pkey": participantKey(names), "first_day": first})
			}
			for _, st := range []struct {
				cypher string
				params map[string]any
			}{
				{queries.UpgradeReports, map[string]any{"ids": ids}},
				{queries.KeyMeetings, map[string]any{"rows": keyed}},
			} {
				res, err := tx.Run(ctx, st.cypher, st.params)
				if err != nil {
					return 0, err
				}
				if _, err := res.Consume(ctx); err != nil {
					return 0, err
				}
			}
			return len(rows), nil
		})
		if err != nil {
			return fmt.Errorf("upgrade meetings: %w", err)
		}
		if n == 0 {
			return nil
		}
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// WriteReports writes articles, their meetings, participants, places and
// evidence in one transaction, which the driver retries on transient errors.
// Every statement MERGEs, so writing the same reports again changes nothing.
// A meeting without an ID gets graphify.MeetingID. Reports of the same
// meeting join one Meeting node, whatever the order they come in (see
// merge.go).
func (db *DB) WriteReports(ctx context.Context, reports []graphify.Report) error {
	if len(reports) == 0 {
		return nil
	}
	b, err := newBatch(reports)
	if err != nil {
		return fmt.Errorf("write reports: %w", err)
	}
	sess := db.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	op := "write reports" // and the statement that failed, if one did
	run := func(tx neo4j.ManagedTransaction, st statement) error {
		if len(st.rows) == 0 {
			return nil
		}
		op = "write reports: " + st.name
		res, err := tx.Run(ctx, st.cypher, map[string]any{"rows": st.rows})
		if err != nil {
			return err
		}
		_, err = res.Consume(ctx)
		return err
	}
	// Errors go back unwrapped: the driver decides whether to retry by
	// their type, and misses a wrapped ConnectivityError.
	work := func(tx neo4j.ManagedTransaction) (any, error) {
		// MERGE-ing the actors locks them until commit, so that writers
		// of meetings with the same participants take turns from here on,
		// and each sees the meetings the others wrote.
		for _, st := range b.nodeStatements() {
			if err := run(tx, st); err != nil {
				return nil, err
			}
		}
		op = "write reports: find meetings"
		groups := b.groups()
		existing, facts, err := nearbyMeetings(ctx, tx, groups)
		if err != nil {
			return nil, err
		}
		to := groupMeetings(append(groups, existing...))
		for _, st := range absorbStatements(existing, to) {
			if err := run(tx, st); err != nil {
				return nil, err
			}
		}
		// The meetings that were in the graph settle with their reports
		// there; the others with the batch's alone.
		old := map[string][]reportFacts{}
		for _, g := range existing {
			old[to[g.id]] = append(old[to[g.id]], facts[g.id]...)
		}
		for _, st := range b.regroup(to, old) {
			if err := run(tx, st); err != nil {
				return nil, err
			}
		}
		op = "write reports: label nodes"
		if err := labelNodes(ctx, tx, b); err != nil {
			return nil, err
		}
		op = "write reports: commit"
		return nil, nil
	}
	_, err = sess.ExecuteWrite(ctx, work)
	// When the connection dies during the commit, the driver cannot tell
	// whether the batch was written and does not retry. Every statement
	// MERGEs, so writing the batch again is safe either way.
	for try := 0; try < 3 && commitUnknown(err) && ctx.Err() == nil; try++ {
		_, err = sess.ExecuteWrite(ctx, work)
	}
	if err != nil {
		return db.runError(ctx, op, err)
	}
	return nil
}

// nearbyMeetings returns the Meeting nodes that have the participants of
// one of groups and a report within a day of one of its days: the only
// nodes that groups can join. It also returns what their reports say, by
// meeting id.
func nearbyMeetings(ctx context.Context, tx neo4j.ManagedTransaction, groups []meetingGroup) ([]meetingGroup, map[string][]reportFacts, error) {
	type window struct{ pkey, lo, hi string }
	seen := map[window]bool{}
	var rows []map[string]any
	for _, g := range groups {
		for _, rd := range g.days {
			w := window{g.pkey, addDays(rd.day, -1), addDays(rd.day, 1)}
			if !seen[w] {
				seen[w] = true
				rows = append(rows, map[string]any{"pkey": w.pkey, "lo": w.lo, "hi": w.hi})
			}
		}
	}
	if len(rows) == 0 {
		return nil, nil, nil
	}
	res, err := tx.Run(ctx, queries.NearbyMeetings, map[string]any{"rows": rows})
	if err != nil {
		return nil, nil, err
	}
	byID := map[string]*meetingGroup{}
	facts := map[string][]reportFacts{}
	for res.Next(ctx) {
		v := res.Record().Values
		id := str(v[0])
		g := byID[id]
		if g == nil {
			g = &meetingGroup{id: id, pkey: str(v[1]), first: str(v[2])}
			byID[id] = g
		}
		reports, _ := v[3].([]any)
		for _, x := range reports {
			r, _ := x.([]any)
			if len(r) != 7 {
				continue
			}
			conf, _ := r[6].(float64)
			f := reportFacts{
				article: str(r[0]), date: str(r[1]), dateText: str(r[2]),
				status: str(r[3]), kind: str(r[4]), place: str(r[5]), confidence: conf,
			}
			if slices.Contains(facts[id], f) {
				continue // another sentence of the same report
			}
			facts[id] = append(facts[id], f)
			if len(f.date) == 10 {
				if rd := (reportDay{f.date, f.place}); !slices.Contains(g.days, rd) {
					g.days = append(g.days, rd)
				}
			}
		}
	}
	if err := res.Err(); err != nil {
		return nil, nil, err
	}
	out := make([]meetingGroup, 0, len(byID))
	for _, id := range slices.Sorted(maps.Keys(byID)) {
		out = append(out, *byID[id])
	}
	return out, facts, nil
}

// absorbStatements returns the statements that join existing Meeting nodes
// that to puts in one group: the node with the group's earliest day takes
// the group's id, and the others move their relationships to it and go.
func absorbStatements(existing []meetingGroup, to map[string]string) []statement {
	survivor := map[string]meetingGroup{} // by new id
	for _, g := range existing {
		n := to[g.id]
		if s, ok := survivor[n]; !ok || earlier(g, s) {
			survivor[n] = g
		}
	}
	var renames, absorbs []map[string]any
	for _, g := range existing {
		n := to[g.id]
		switch {
		case survivor[n].id != g.id:
			absorbs = append(absorbs, map[string]any{"from": g.id, "to": n})
		case g.id != n:
			renames = append(renames, map[string]any{"from": g.id, "to": n})
		}
	}
	return []statement{
		{"rename-meetings", queries.RenameMeetings, renames},
		{"absorb-meetings", queries.AbsorbMeetings, absorbs},
	}
}

// settledRow holds the settled properties of a meeting, as merge-meetings
// sets them.
func settledRow(id string, s settled) map[string]any {
	return map[string]any{
		"id":             id,
		"kind":           nilIfEmpty(s.kind),
		"status":         nilIfEmpty(s.status),
		"date":           nilIfEmpty(s.date),
		"date_precision": nilIfEmpty(s.precision),
		"date_text":      nilIfEmpty(s.dateText),
		"confidence":     s.confidence,
		"first_day":      nilIfEmpty(s.firstDay),
	}
}

// ImportedArticles returns the ids among ids of the articles already in the
// graph. WriteReports writes an article and all its meetings in one
// transaction, so an Article node means that its whole report is there.
func (db *DB) ImportedArticles(ctx context.Context, ids []string) (map[string]bool, error) {
	found := make(map[string]bool)
	if len(ids) == 0 {
		return found, nil
	}
	sess := db.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	_, err := sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		clear(found) // the driver may run this function again
		res, err := tx.Run(ctx, "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id", map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		for res.Next(ctx) {
			if id, ok := res.Record().Values[0].(string); ok {
				found[id] = true
			}
		}
		return nil, res.Err()
	})
	if err != nil {
		return nil, db.runError(ctx, "find imported articles", err)
	}
	return found, nil
}

// Query runs one read-only Cypher statement and returns its column names and
// rows. The session is in read mode, so a statement that writes fails.
// Values are plain Go values: nil, bool, int64, float64, string, []any,
// map[string]any and time.Time; a node or relationship becomes the map of
// its properties plus "_labels" or "_type"; a path becomes the list of its
// nodes and relationships; dates become time.Time at midnight UTC, and
// other temporal and spatial values become strings.
func (db *DB) Query(ctx context.Context, cypher string, params map[string]any) (columns []string, rows [][]any, err error) {
	sess := db.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	_, err = sess.ExecuteRead(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		keys, err := res.Keys()
		if err != nil {
			return nil, err
		}
		records, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		columns = keys
		rows = make([][]any, len(records))
		for i, rec := range records {
			row := make([]any, len(rec.Values))
			for j, v := range rec.Values {
				row[j] = plain(v)
			}
			rows[i] = row
		}
		return nil, nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("query: %w", err)
	}
	return columns, rows, nil
}

func (db *DB) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return db.driver.NewSession(ctx, neo4j.SessionConfig{AccessMode: mode, DatabaseName: db.database})
}

// plain turns a driver value into a value of the standard library.
func plain(v any) any {
	switch v := v.(type) {
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = plain(x)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, x := range v {
			out[k] = plain(x)
		}
		return out
	case dbtype.Node:
		out := plain(v.Props).(map[string]any)
		labels := make([]any, len(v.Labels))
		for i, l := range v.Labels {
			labels[i] = l
		}
		out["_labels"] = labels
		return out
	case dbtype.Relationship:
		out := plain(v.Props).(map[string]any)
		out["_type"] = v.Type
		return out
	case dbtype.Path:
		var out []any
		for i, n := range v.Nodes {
			out = append(out, plain(n))
			if i < len(v.Relationships) {
				out = append(out, plain(v.Relationships[i]))
			}
		}
		return out
	case dbtype.Date:
		return v.Time()
	case dbtype.LocalDateTime:
		return v.Time()
	case fmt.Stringer:
		if _, ok := v.(time.Time); ok {
			return v
		}
		return v.String()
	}
	return v
}

// A statement is one UNWIND $rows query and its rows.
type statement struct {
	name   string
	cypher string
	rows   []map[string]any
}

// batch holds the rows of one WriteReports call, each sorted by key and
// free of duplicates, so that concurrent writers take locks in the same
// order. Meetings and the relationships that name them are keyed by the id
// of each article's record (graphify.MeetingID) until regroup gives them the
// id of the Meeting node they join.
type batch struct {
	articles, countries, actors, places []map[string]any
	affiliations, placeCountries        []map[string]any

	meetings map[string]*batchMeeting // by record id
	heldIn   rowSet                   // by (record id, place id)
	attended rowSet                   // by (actor, record id)
	reports  rowSet                   // by (article, record id, start)
}

// batchMeeting is a meeting record as the batch first sees it.
type batchMeeting struct {
	pkey  string
	names []string      // the participants' names, sorted
	days  []reportDay   // the day and place it gives, if it has a day
	facts []reportFacts // what each article says of it
}

// nodeStatements returns the statements that write the nodes other than
// meetings, which must run first.
func (b *batch) nodeStatements() []statement {
	return []statement{
		{"merge-articles", queries.MergeArticles, b.articles},
		{"merge-countries", queries.MergeCountries, b.countries},
		{"merge-actors", queries.MergeActors, b.actors},
		{"merge-places", queries.MergePlaces, b.places},
	}
}

// groups returns the batch's meeting records as groups of one.
func (b *batch) groups() []meetingGroup {
	ids := slices.Sorted(maps.Keys(b.meetings))
	out := make([]meetingGroup, len(ids))
	for i, id := range ids {
		m := b.meetings[id]
		out[i] = meetingGroup{id: id, pkey: m.pkey, days: m.days}
	}
	return out
}

// regroup returns the statements that write the meetings and their
// relationships, each record under the id of the Meeting it joins (by
// record id in to; a record missing there keeps its id). Each Meeting
// settles from the batch's reports and from old, the reports already in the
// graph by Meeting id.
func (b *batch) regroup(to map[string]string, old map[string][]reportFacts) []statement {
	node := func(id string) string { return cmp.Or(to[id], id) }
	meetings := rowSet{}
	facts := map[string][]reportFacts{}
	names := map[string][]string{}
	for _, id := range slices.Sorted(maps.Keys(b.meetings)) {
		m := b.meetings[id]
		n := node(id)
		row := meetings[n]
		if row == nil {
			row = map[string]any{"id": n, "pkey": m.pkey, "ids": []string{}}
			meetings[n] = row
			facts[n] = old[n]
			names[n] = m.names
		}
		row["ids"] = append(row["ids"].([]string), id) // sorted, as the ids are
		facts[n] = append(facts[n], m.facts...)
	}
	met := rowSet{}
	for n, row := range meetings {
		s := settle(facts[n])
		maps.Copy(row, settledRow(n, s))
		for i, a := range names[n] {
			for _, c := range names[n][i+1:] {
				met[key(a, c, n)] = map[string]any{
					"a": a, "b": c, "meeting_id": n,
					"date": row["date"], "place": nilIfEmpty(s.placeName), "kind": row["kind"], "status": row["status"],
				}
			}
		}
	}
	heldIn := rowSet{}
	for _, row := range b.heldIn {
		n := node(row["meeting"].(string))
		heldIn[key(n, row["place"].(string))] = map[string]any{"meeting": n, "place": row["place"]}
	}
	attended := rowSet{}
	for _, row := range b.attended {
		n := node(row["meeting"].(string))
		attended.foldAttended(row["actor"].(string), n, row)
	}
	reports := rowSet{}
	for _, row := range b.reports {
		n := node(row["meeting"].(string))
		out := maps.Clone(row)
		out["meeting"] = n
		reports[key(row["article"].(string), n, fmt.Sprintf("%012d", row["start"]))] = out
	}
	return []statement{
		{"merge-meetings", queries.MergeMeetings, meetings.sorted()},
		{"merge-affiliations", queries.MergeAffiliations, b.affiliations},
		{"merge-place-countries", queries.MergePlaceCountries, b.placeCountries},
		{"merge-held-in", queries.MergeHeldIn, heldIn.sorted()},
		{"merge-attended", queries.MergeAttended, attended.sorted()},
		{"merge-reports", queries.MergeReports, reports.sorted()},
		{"merge-met", queries.MergeMet, met.sorted()},
	}
}

// foldAttended adds an ATTENDED row for (actor, meeting) to s, folded with
// the row already there as merge_attended.cypher folds it: the higher role,
// the smaller title and mention.
func (s rowSet) foldAttended(actor, meeting string, row map[string]any) {
	k := key(actor, meeting)
	a := attendance{str(row["role"]), str(row["title"]), str(row["mention"])}
	if old, ok := s[k]; ok {
		a = a.fold(attendance{str(old["role"]), str(old["title"]), str(old["mention"])})
	}
	s[k] = map[string]any{
		"actor": actor, "meeting": meeting,
		"role": nilIfEmpty(a.role), "title": nilIfEmpty(a.title), "mention": nilIfEmpty(a.mention),
	}
}

// attendance is what ATTENDED says of a participant; "" is absent.
type attendance struct{ role, title, mention string }

// fold combines two reports of one participant, in either order: the
// higher role, the smaller title and mention.
func (a attendance) fold(b attendance) attendance {
	return attendance{higher(roleRank, a.role, b.role), lesser(a.title, b.title), lesser(a.mention, b.mention)}
}

// rowSet collects rows by key; a later row with the same key replaces an
// earlier one.
type rowSet map[string]map[string]any

func (s rowSet) sorted() []map[string]any {
	keys := slices.Sorted(maps.Keys(s))
	out := make([]map[string]any, len(keys))
	for i, k := range keys {
		out[i] = s[k]
	}
	return out
}

// key joins the parts of a composite key with a byte that names do not hold.
func key(parts ...string) string { return strings.Join(parts, "\x00") }

type actorRow struct {
	typ, country string
	aliases      map[string]bool
}

func newBatch(reports []graphify.Report) (*batch, error) {
	var (
		articles, countries, places, affiliations, placeCountries = rowSet{}, rowSet{}, rowSet{}, rowSet{}, rowSet{}
		actors                                                    = map[string]*actorRow{}
	)
	b := &batch{meetings: map[string]*batchMeeting{}, heldIn: rowSet{}, attended: rowSet{}, reports: rowSet{}}
	addCountry := func(name string) {
		countries[name] = map[string]any{"name": name}
	}
	for i, r := range reports {
		art := r.Article
		if strings.TrimSpace(art.ID) == "" {
			return nil, fmt.Errorf("report %d (%s): article has no id", i, art.Source)
		}
		var published any
		if !art.Published.IsZero() {
			published = art.Published
		}
		articles[art.ID] = map[string]any{
			"id":        art.ID,
			"url":       nilIfEmpty(art.URL),
			"title":     nilIfEmpty(art.Title),
			"published": published,
		}
		for j, m := range r.Meetings {
			names, err := participantNames(m)
			if err != nil {
				return nil, fmt.Errorf("article %s meeting %d: %w", art.ID, j, err)
			}
			id := m.ID
			if id == "" {
				doc := cmp.Or(m.DocID, art.ID)
				id = graphify.MeetingID(doc, names, m.Date, m.Kind)
			}
			var date any
			if m.Date != nil {
				date = *m.Date
			}

			pid := ""
			if p := m.Place; p != nil && (p.Name != "" || p.Country != "") {
				name := cmp.Or(p.Name, p.Country)
				pid = name + "|" + p.Country
				row := map[string]any{"id": pid, "name": name, "country": nilIfEmpty(p.Country), "lat": nil, "lon": nil}
				if p.Lat != nil && p.Lon != nil {
					row["lat"], row["lon"] = *p.Lat, *p.Lon
				} else if old, ok := places[pid]; ok {
					row["lat"], row["lon"] = old["lat"], old["lon"] // a report without coordinates keeps the known ones
				}
				places[pid] = row
				b.heldIn[key(id, pid)] = map[string]any{"meeting": id, "place": pid}
				if p.Country != "" {
					addCountry(p.Country)
					placeCountries[key(pid, p.Country)] = map[string]any{"place": pid, "country": p.Country}
				}
			}

			bm := b.meetings[id]
			if bm == nil {
				bm = &batchMeeting{pkey: participantKey(names), names: names}
				b.meetings[id] = bm
			}
			bm.facts = append(bm.facts, reportFacts{
				article: art.ID, date: str(date), dateText: m.DateText, status: m.Status,
				kind: m.Kind, place: pid, confidence: m.Confidence,
			})
			if graphify.DatePrecision(m.Date) == "day" {
				rd := reportDay{day: *m.Date, place: pid}
				if !slices.Contains(bm.days, rd) {
					bm.days = append(bm.days, rd)
				}
			}

			for _, p := range m.Participants {
				a := actors[p.Name]
				if a == nil {
					a = &actorRow{aliases: map[string]bool{}}
					actors[p.Name] = a
				}
				country := p.Country
				if country == "" && p.Type == graphify.TypeCountry {
					country = p.Name
				}
				// The last non-empty value wins, as in merge_actors.cypher.
				a.typ = cmp.Or(p.Type, a.typ)
				a.country = cmp.Or(country, a.country)
				if p.Mention != "" && p.Mention != p.Name {
					a.aliases[p.Mention] = true
				}
				if country != "" {
					addCountry(country)
					affiliations[key(p.Name, country)] = map[string]any{"actor": p.Name, "country": country}
				}
				b.attended.foldAttended(p.Name, id, map[string]any{
					"role": p.Role, "title": p.Title, "mention": p.Mention,
				})
			}

			evidence := m.Evidence
			if len(evidence) == 0 {
				evidence = []graphify.Evidence{{Start: -1, End: -1}}
			}
			for _, ev := range evidence {
				b.reports[key(art.ID, id, fmt.Sprintf("%012d", ev.Start))] = map[string]any{
					"article":    art.ID,
					"meeting":    id,
					"sentence":   nilIfEmpty(ev.Sentence),
					"start":      ev.Start,
					"end":        ev.End,
					"date":       date,
					"date_text":  nilIfEmpty(m.DateText),
					"status":     nilIfEmpty(m.Status),
					"kind":       nilIfEmpty(m.Kind),
					"confidence": m.Confidence,
					"place":      nilIfEmpty(pid),
				}
			}
		}
	}

	actorRows := rowSet{}
	for name, a := range actors {
		actorRows[name] = map[string]any{
			"name":    name,
			"type":    nilIfEmpty(a.typ),
			"country": nilIfEmpty(a.country),
			"aliases": slices.Sorted(maps.Keys(a.aliases)),
		}
	}
	b.articles = articles.sorted()
	b.countries = countries.sorted()
	b.actors = actorRows.sorted()
	b.places = places.sorted()
	b.affiliations = affiliations.sorted()
	b.placeCountries = placeCountries.sorted()
	return b, nil
}

// participantNames returns the sorted, distinct names of a meeting's
// participants: the actors of ATTENDED and of every MET pair.
func participantNames(m graphify.Meeting) ([]string, error) {
	var names []string
	for k, p := range m.Participants {
		if strings.TrimSpace(p.Name) == "" {
			return nil, fmt.Errorf("participant %d (%q) has no name", k, p.Mention)
		}
		names = append(names, p.Name)
	}
	slices.Sort(names)
	return slices.Compact(names), nil
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
