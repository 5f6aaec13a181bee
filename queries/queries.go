// Package queries holds graphify's Cypher: the statements that write the graph
// and the named read queries that `graphify query` runs. Each statement lives
// in its own .cypher file, embedded into the binary, that starts with a header
//
//	// name: who-met
//	// description: Who an actor met …
//	// params: name
//
// so that a file can be pasted as-is into Neo4j Browser (set its parameters
// with `:param name => 'Vladimir Putin'`). Headers are parsed at init; a file
// without a valid header is a programmer error and panics.
package queries

import (
	"embed"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"
)

//go:embed schema.cypher read/*.cypher write/*.cypher
var files embed.FS

// Query is one embedded Cypher statement and its header.
type Query struct {
	Name        string   // "who-met": the file name without .cypher, with "-" for "_"
	Description string   // one paragraph, for `graphify query --list`
	Cypher      string   // the whole file, header comment included
	Params      []string // the $parameters the statement expects, in header order
	// Defaults holds the values of the parameters that may be left out,
	// written "limit=10" in the header.
	Defaults map[string]string
}

// The write statements. Each takes one parameter, $rows, a list of maps, and
// is idempotent (UNWIND … MERGE), so a retried transaction changes nothing.
// Node statements must run before the relationship statements that MATCH
// those nodes.
var (
	MergeArticles       = mustLoad("write/merge_articles.cypher").Cypher
	MergeCountries      = mustLoad("write/merge_countries.cypher").Cypher
	MergeActors         = mustLoad("write/merge_actors.cypher").Cypher
	MergePlaces         = mustLoad("write/merge_places.cypher").Cypher
	MergeMeetings       = mustLoad("write/merge_meetings.cypher").Cypher
	MergeAffiliations   = mustLoad("write/merge_affiliations.cypher").Cypher
	MergePlaceCountries = mustLoad("write/merge_place_countries.cypher").Cypher
	MergeHeldIn         = mustLoad("write/merge_held_in.cypher").Cypher
	MergeAttended       = mustLoad("write/merge_attended.cypher").Cypher
	MergeReports        = mustLoad("write/merge_reports.cypher").Cypher
	MergeMet            = mustLoad("write/merge_met.cypher").Cypher
)

// The statements that join the reports of one meeting into one Meeting node
// (see package graph): neighbour-meetings reads, the others write.
var (
	NeighbourMeetings  = mustLoad("write/neighbour_meetings.cypher").Cypher
	ArticleMeetings    = mustLoad("write/article_meetings.cypher").Cypher
	MoveReports        = mustLoad("write/move_reports.cypher").Cypher
	DeleteMeetings     = mustLoad("write/delete_meetings.cypher").Cypher
	ClearMeetings      = mustLoad("write/clear_meetings.cypher").Cypher
	SetReportRules     = mustLoad("write/set_report_rules.cypher").Cypher
	UpgradeReports     = mustLoad("write/upgrade_reports.cypher").Cypher
	UnkeyedMeetings    = mustLoad("write/unkeyed_meetings.cypher").Cypher
	KeyMeetings        = mustLoad("write/key_meetings.cypher").Cypher
	UnresolvedMeetings = mustLoad("write/unresolved_meetings.cypher").Cypher
	ResolveMeetings    = mustLoad("write/resolve_meetings.cypher").Cypher
)

// The statements that give actors the label of their type and meetings the
// label of their status (see package graph). Each takes $labels, a map from
// the property's values to labels; label-actors and label-meetings take
// $rows, the relabel statements work on the whole graph, $limit nodes at a
// time.
var (
	LabelActors     = mustLoad("write/label_actors.cypher").Cypher
	LabelMeetings   = mustLoad("write/label_meetings.cypher").Cypher
	RelabelActors   = mustLoad("write/relabel_actors.cypher").Cypher
	RelabelMeetings = mustLoad("write/relabel_meetings.cypher").Cypher
)

// The named read queries, also listed by All and found by Lookup.
var (
	WhoMet          = mustLoad("read/who_met.cypher").Cypher
	MeetingsBetween = mustLoad("read/meetings_between.cypher").Cypher
	MeetingsIn      = mustLoad("read/meetings_in.cypher").Cypher
	Evidence        = mustLoad("read/evidence.cypher").Cypher
	Timeline        = mustLoad("read/timeline.cypher").Cypher
	MeetingsInRange = mustLoad("read/meetings_in_range.cypher").Cypher
	MostConnected   = mustLoad("read/most_connected.cypher").Cypher
	ShortestChain   = mustLoad("read/shortest_chain.cypher").Cypher
	CoAttendees     = mustLoad("read/co_attendees.cypher").Cypher
	Planned         = mustLoad("read/planned.cypher").Cypher
	WhyJoined       = mustLoad("read/why_joined.cypher").Cypher
)

var (
	schema = splitStatements(mustLoad("schema.cypher").Cypher)
	reads  = mustLoadDir("read")
	all    = mustLoadAll()
)

// All returns the named read queries, sorted by name.
func All() []Query {
	out := make([]Query, len(reads))
	for i, q := range reads {
		out[i] = q.clone()
	}
	return out
}

// Lookup returns the named read query called name.
func Lookup(name string) (Query, bool) {
	for _, q := range reads {
		if q.Name == name {
			return q.clone(), true
		}
	}
	return Query{}, false
}

// Schema returns the statements that create graphify's constraints and
// indexes, one statement per element, each safe to re-run (IF NOT EXISTS).
func Schema() []string {
	return slices.Clone(schema)
}

// Files returns every embedded file, schema, write statements and read
// queries, sorted by name: for tests that check each one against a server.
func Files() []Query {
	out := make([]Query, len(all))
	for i, q := range all {
		out[i] = q.clone()
	}
	return out
}

func (q Query) clone() Query {
	q.Params = slices.Clone(q.Params)
	q.Defaults = maps.Clone(q.Defaults)
	return q
}

func mustLoad(name string) Query {
	q, err := load(name)
	if err != nil {
		panic(err)
	}
	return q
}

func mustLoadDir(dir string) []Query {
	names, err := fs.Glob(files, dir+"/*.cypher")
	if err != nil {
		panic(err)
	}
	var qs []Query
	for _, name := range names {
		qs = append(qs, mustLoad(name))
	}
	slices.SortFunc(qs, func(a, b Query) int { return strings.Compare(a.Name, b.Name) })
	return qs
}

func mustLoadAll() []Query {
	qs := append(mustLoadDir("write"), mustLoadDir("read")...)
	qs = append(qs, mustLoad("schema.cypher"))
	slices.SortFunc(qs, func(a, b Query) int { return strings.Compare(a.Name, b.Name) })
	for i := 1; i < len(qs); i++ {
		if qs[i].Name == qs[i-1].Name {
			panic(fmt.Sprintf("queries: two files are named %q", qs[i].Name))
		}
	}
	return qs
}

// load reads an embedded file and parses it.
func load(name string) (Query, error) {
	b, err := files.ReadFile(name)
	if err != nil {
		return Query{}, fmt.Errorf("queries: %w", err)
	}
	return parse(name, string(b))
}

// parse parses the header of the file called name: a run of leading "//"
// lines with the keys name, description and params. A line without a key
// continues the description.
func parse(name, text string) (Query, error) {
	q := Query{Cypher: text}
	seen := map[string]bool{}
	last := ""
	for line := range strings.Lines(q.Cypher) {
		line = strings.TrimSpace(line)
		text, ok := strings.CutPrefix(line, "//")
		if !ok {
			break
		}
		text = strings.TrimSpace(text)
		key, value, ok := strings.Cut(text, ":")
		key = strings.TrimSpace(key)
		value = strings.TrimSpace(value)
		if !ok || strings.ContainsAny(key, " \t") {
			if last != "description" {
				return Query{}, fmt.Errorf("queries: %s: header line %q has no key", name, line)
			}
			q.Description = strings.TrimSpace(q.Description + " " + text)
			continue
		}
		if seen[key] {
			return Query{}, fmt.Errorf("queries: %s: header key %q given twice", name, key)
		}
		seen[key] = true
		last = key
		switch key {
		case "name":
			q.Name = value
		case "description":
			q.Description = value
		case "params":
			for p := range strings.SplitSeq(value, ",") {
				p, def, hasDef := strings.Cut(strings.TrimPrefix(strings.TrimSpace(p), "$"), "=")
				if p == "" {
					continue
				}
				q.Params = append(q.Params, p)
				if hasDef {
					if q.Defaults == nil {
						q.Defaults = map[string]string{}
					}
					q.Defaults[p] = def
				}
			}
		default:
			return Query{}, fmt.Errorf("queries: %s: unknown header key %q", name, key)
		}
	}
	for _, key := range []string{"name", "description", "params"} {
		if !seen[key] {
			return Query{}, fmt.Errorf("queries: %s: header has no %q line", name, key)
		}
	}
	if want := strings.ReplaceAll(strings.TrimSuffix(path.Base(name), ".cypher"), "_", "-"); q.Name != want {
		return Query{}, fmt.Errorf("queries: %s: header name %q, want %q", name, q.Name, want)
	}
	return q, nil
}

// splitStatements splits a file into statements at semicolons that end a
// line, dropping "//" comment lines and blank statements.
func splitStatements(cypher string) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			out = append(out, s)
		}
		cur.Reset()
	}
	for line := range strings.Lines(cypher) {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "//") {
			continue
		}
		if s, ok := strings.CutSuffix(trimmed, ";"); ok {
			cur.WriteString(s)
			flush()
			continue
		}
		cur.WriteString(line)
	}
	flush()
	return out
}
