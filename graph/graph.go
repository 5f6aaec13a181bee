// Package graph stores graphify's meetings in Neo4j. It is the only package
// that imports the Neo4j driver; the Cypher it runs lives in package queries.
//
// The graph model (keys are unique, see queries.Schema):
//
//	(:Article {id, url, title, published})                  key id
//	(:Meeting {id, ids, pkey, kind, status, date,
//	           date_precision, date_text, confidence,
//	           first_day, lo, hi})                          key id
//	(:Actor {name, type, types, country, aliases})          key name
//	(:Place {id, name, country, lat, lon, location})        key id = name + "|" + country
//	(:Country {name})                                       key name
//
//	(:Actor)-[:ATTENDED {role, title, mention}]->(:Meeting)   one per (actor, meeting)
//	(:Meeting)-[:HELD_IN]->(:Place)-[:IN]->(:Country)
//	(:Actor)-[:AFFILIATED_WITH]->(:Country)                   when the participant has a country
//	(:Article)-[:REPORTS {sentence, start, end, record, date, date_text,
//	                      status, kind, confidence, place, party_names,
//	                      party_types, party_roles, party_titles,
//	                      party_mentions, party_countries, rule}]->(:Meeting)
//	    one per evidence sentence, key (article, meeting, start, record);
//	    the other properties are what that article says of the meeting
//	    (record is the id graphify extract gave it, the party lists its
//	    participants) and why it joined the meeting (rule)
//	(:Actor)-[:MET {meeting_id, date, place, kind, status}]->(:Actor)
//	    one per meeting and unordered pair of participants, from the
//	    lexicographically smaller name to the larger one
//
// Details:
//   - One Meeting joins the reports of one meeting by many articles, by
//     time, participants, place and status (resolve.go). Meeting.id is the
//     record id (graphify.MeetingID) of its report with the earliest day,
//     ids lists the record ids of all its reports, pkey identifies its
//     participants, first_day is its earliest reported day, and lo and hi
//     bound the days its reports allow.
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
//     canonical name, Actor.types of every type reports give it, and
//     Actor.type the most specific of those (country, organization, person,
//     group, role), whatever their order. Country keeps its old value when a
//     new report leaves it empty. An actor of type country is also
//     affiliated with the Country node of the same name.
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
			return db.upgradeReports(ctx)
		}
	}
}

// upgradeReports gives the reports of meetings written before reports were
// resolved (see resolve.go) their record id and participants, and their
// meetings the days they may fall on, so that new reports can join them.
func (db *DB) upgradeReports(ctx context.Context) error {
	const limit = 5000
	sess := db.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	for {
		n, err := neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (int, error) {
			_, rows, err := collect(ctx, tx, queries.UnresolvedMeetings, map[string]any{"limit": fmt.Sprint(limit)})
			if err != nil || len(rows) == 0 {
				return 0, err
			}
			out := make([]map[string]any, 0, len(rows))
			for _, row := range rows {
				var span interval
				for _, x := range row[1].([]any) {
					f, _ := x.([]any)
					if len(f) != 4 {
						continue
					}
					r := record{published: str(f[0]), date: str(f[1]), dateText: str(f[2]), status: str(f[3])}
					if iv := r.interval(); iv.lo != noInterval {
						span = cmp.Or(span, iv).union(iv)
					}
				}
				out = append(out, map[string]any{"id": str(row[0]), "lo": nilIfEmpty(span.lo), "hi": nilIfEmpty(span.hi)})
			}
			res, err := tx.Run(ctx, queries.ResolveMeetings, map[string]any{"rows": out})
			if err != nil {
				return 0, err
			}
			_, err = res.Consume(ctx)
			return len(rows), err
		})
		if err != nil {
			return fmt.Errorf("upgrade reports: %w", err)
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
		params := map[string]any{"rows": st.rows}
		if st.ids != nil {
			params = map[string]any{"ids": st.ids}
		}
		if len(st.rows) == 0 && len(st.ids) == 0 {
			return nil
		}
		op = "write reports: " + st.name
		res, err := tx.Run(ctx, st.cypher, params)
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
		old, nodes, err := neighbourReports(ctx, tx, b.reports)
		if err != nil {
			return nil, err
		}
		p := plan{meetings: resolveReports(append(slices.Clone(b.reports), old...)), fresh: b.reports, old: old, readNodes: nodes}
		for _, st := range p.statements() {
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

// neighbourReports returns the reports in the graph that the reports of
// a batch may join, or whose meeting they may change, with the ids of the
// Meeting nodes they are in. It reads the meetings that share two named
// parties and some days with the new reports, then those that share them
// with what it read, and so on (up to maxRounds), so that the resolution
// sees what it would see over the whole graph; and, for a report without a
// date that it read, every meeting of its article (rule 0).
func neighbourReports(ctx context.Context, tx neo4j.ManagedTransaction, fresh []*report) ([]*report, []string, error) {
	const maxRounds = 2
	by := map[string]*report{}
	nodes := map[string]bool{}
	frontier := fresh
	read := func(res neo4j.ResultWithContext) ([]*report, error) {
		var next []*report
		for res.Next(ctx) {
			r, err := readReport(res.Record().Values)
			if err != nil {
				return nil, err
			}
			nodes[r.node] = true
			switch k := reportKey(r.article, r.rec.id); {
			case by[k] == nil:
				by[k] = r // one row per sentence
				next = append(next, r)
			default:
				by[k].rec.words = lesser(by[k].rec.words, r.rec.words)
			}
		}
		return next, res.Err()
	}
	for round := 0; round < maxRounds && len(frontier) > 0; round++ {
		rows := lookups(frontier)
		if len(rows) == 0 {
			break
		}
		res, err := tx.Run(ctx, queries.NeighbourMeetings, map[string]any{"rows": rows, "known": slices.Sorted(maps.Keys(nodes))})
		if err != nil {
			return nil, nil, err
		}
		if frontier, err = read(res); err != nil {
			return nil, nil, err
		}
		// Rule 0: a report without a date that was read joins its
		// article's dated report, which may lie outside the windows.
		ids := map[string]bool{}
		for _, r := range frontier {
			if r.rec.date == "" {
				ids[r.article] = true
			}
		}
		if len(ids) == 0 {
			continue
		}
		res, err = tx.Run(ctx, queries.ArticleMeetings, map[string]any{"ids": slices.Sorted(maps.Keys(ids)), "known": slices.Sorted(maps.Keys(nodes))})
		if err != nil {
			return nil, nil, err
		}
		more, err := read(res)
		if err != nil {
			return nil, nil, err
		}
		frontier = append(frontier, more...)
	}
	old := slices.Collect(maps.Values(by))
	sortReports(old)
	return old, slices.Sorted(maps.Keys(nodes)), nil
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
	rows   []map[string]any // $rows
	ids    []string         // $ids, for the statements that take ids
}

// batch holds the rows of one WriteReports call, each sorted by key and
// free of duplicates, so that concurrent writers take locks in the same
// order, and its reports, by article and record id.
type batch struct {
	articles       []articleRow
	countries      []countryRow
	actors         []actorRow
	places         []placeRow
	affiliations   []affiliationRow
	placeCountries []placeCountryRow
	reports        []*report
}

// nodeStatements returns the statements that write the nodes other than
// meetings, and the relationships between them, which run first.
func (b *batch) nodeStatements() []statement {
	return []statement{
		{name: "merge-articles", cypher: queries.MergeArticles, rows: params(b.articles)},
		{name: "merge-countries", cypher: queries.MergeCountries, rows: params(b.countries)},
		{name: "merge-actors", cypher: queries.MergeActors, rows: params(b.actors)},
		{name: "merge-places", cypher: queries.MergePlaces, rows: params(b.places)},
		{name: "merge-affiliations", cypher: queries.MergeAffiliations, rows: params(b.affiliations)},
		{name: "merge-place-countries", cypher: queries.MergePlaceCountries, rows: params(b.placeCountries)},
	}
}

// attendance is what ATTENDED says of a participant; "" is absent.
type attendance struct{ role, title, mention string }

// fold combines two reports of one participant, in either order: the
// higher role, the smaller title and mention.
func (a attendance) fold(b attendance) attendance {
	return attendance{higher(roleRank, a.role, b.role), lesser(a.title, b.title), lesser(a.mention, b.mention)}
}

// key joins the parts of a composite key with a byte that names do not hold.
func key(parts ...string) string { return strings.Join(parts, "\x00") }

// actorTypes collects what a batch's reports say of an actor.
type actorTypes struct {
	types   []string // every type reports give it
	country string
	aliases map[string]bool
}

// sortedValues returns the values of m sorted by key.
func sortedValues[T any](m map[string]T) []T {
	out := make([]T, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, m[k])
	}
	return out
}

// addPlace adds the rows of a meeting's place and returns its id, "" when
// it has none.
func addPlace(p *graphify.Place, places map[string]placeRow, placeCountries map[string]placeCountryRow, addCountry func(string)) string {
	if p == nil || (p.Name == "" && p.Country == "") {
		return ""
	}
	name := cmp.Or(p.Name, p.Country)
	pid := name + "|" + p.Country
	row := placeRow{id: pid, name: name, country: p.Country, lat: p.Lat, lon: p.Lon}
	if p.Lat == nil || p.Lon == nil {
		row.lat, row.lon = places[pid].lat, places[pid].lon // a report without coordinates keeps the known ones
	}
	places[pid] = row
	if p.Country != "" {
		addCountry(p.Country)
		placeCountries[key(pid, p.Country)] = placeCountryRow{pid, p.Country}
	}
	return pid
}

func newBatch(reports []graphify.Report) (*batch, error) {
	var (
		articles       = map[string]articleRow{}
		countries      = map[string]countryRow{}
		places         = map[string]placeRow{}
		affiliations   = map[string]affiliationRow{}
		placeCountries = map[string]placeCountryRow{}
		actors         = map[string]*actorTypes{}
		byKey          = map[string]*report{}
	)
	addCountry := func(name string) { countries[name] = countryRow{name} }
	for i, r := range reports {
		art := r.Article
		if strings.TrimSpace(art.ID) == "" {
			return nil, fmt.Errorf("report %d (%s): article has no id", i, art.Source)
		}
		articles[art.ID] = articleRow{id: art.ID, url: art.URL, title: art.Title, published: art.Published}
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
			pid := addPlace(m.Place, places, placeCountries, addCountry)
			// An article that reports one record twice (two meetings the
			// extractor gave one id) keeps the last.
			byKey[reportKey(art.ID, id)] = newReport(art, m, id, pid)
			for _, p := range m.Participants {
				a := actors[p.Name]
				if a == nil {
					a = &actorTypes{aliases: map[string]bool{}}
					actors[p.Name] = a
				}
				country := p.Country
				if country == "" && p.Type == graphify.TypeCountry {
					country = p.Name
				}
				if p.Type != "" && !slices.Contains(a.types, p.Type) {
					a.types = append(a.types, p.Type)
				}
				// The last non-empty value wins, as in merge_actors.cypher.
				a.country = cmp.Or(country, a.country)
				if p.Mention != "" && p.Mention != p.Name {
					a.aliases[p.Mention] = true
				}
				if country != "" {
					addCountry(country)
					affiliations[key(p.Name, country)] = affiliationRow{p.Name, country}
				}
			}
		}
	}
	b := &batch{
		articles: sortedValues(articles), countries: sortedValues(countries), places: sortedValues(places),
		affiliations: sortedValues(affiliations), placeCountries: sortedValues(placeCountries),
		reports: slices.Collect(maps.Values(byKey)),
	}
	for _, name := range slices.Sorted(maps.Keys(actors)) {
		a := actors[name]
		slices.Sort(a.types)
		b.actors = append(b.actors, actorRow{name: name, types: a.types, country: a.country, aliases: slices.Sorted(maps.Keys(a.aliases))})
	}
	sortReports(b.reports)
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
