package graph

import (
	"bufio"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unique"

	"github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/queries"
)

// CSVWriter writes the graph that WriteReports would build as CSV files for
// `neo4j-admin database import full`, the fast way to load millions of
// articles into an empty database. It writes one file per node label and per
// relationship type, with a header line in neo4j-admin's syntax, plus
// import.sh (the exact neo4j-admin command line) and post-import.cypher.
//
// Nodes and relationships are deduplicated by the keys the MERGE statements
// use, repeated keys are folded as queries/write/*.cypher fold them, and
// reports of one meeting join one Meeting node by the rules WriteReports
// follows (merge.go), so the result is the graph that WriteReports gives.
// (Where reports disagree on an actor's type or country, or a place's
// coordinates, the last one written wins in both, and batches of another
// size may order them differently.) An article id seen before is skipped
// with its meetings, as `graphify import` skips articles already in the graph.
//
// Articles, countries, IN and AFFILIATED_WITH are written as they come;
// memory holds a 16-byte hash of their keys. REPORTS and HELD_IN name a
// meeting whose final id is known only at the end, so they are staged in a
// temporary file and written by Close. Actors, places, meetings, ATTENDED and
// MET may be updated by later reports, so they are held in memory, one small
// record per distinct key and per report of a meeting, and written by Close:
// about 1 KB per distinct meeting of two participants.
type CSVWriter struct {
	dir   string
	files []*csvFile // in csvTables order
	err   error      // the first write error; every later call returns it

	seen       map[[16]byte]struct{} // hashed keys of the streamed nodes and relationships
	duplicates int

	actors   map[string]*csvActor
	places   map[string]csvPlace
	meetings map[string]*csvMeeting // by record id
	attended map[attendedKey]csvAttended
	staged   [2]*stageFile // REPORTS and HELD_IN lines, written by Close
}

// CSVFile describes one file of an export.
type CSVFile struct {
	Name  string // file name in the export directory: "Actor.csv"
	Kind  string // "nodes" or "relationships"
	Label string // the node label or relationship type
	Rows  int64  // data lines written (not counting the header)
}

// CSVArrayDelimiter separates the elements of array properties
// (Actor.aliases). It is the ASCII unit separator, which news text does not
// contain; neo4j-admin is told with --array-delimiter=U+001F.
const CSVArrayDelimiter = '\x1f'

// The files of an export, in the order of csvTables.
const (
	fileArticle = iota
	fileMeeting
	fileActor
	filePlace
	fileCountry
	fileReports
	fileAttended
	fileHeldIn
	fileIn
	fileAffiliated
	fileMet
)

// csvTables gives each file its label or type and its neo4j-admin header.
// The :ID column doubles as the key property (id or name), as in the graph;
// :LABEL adds the kind label of an actor's type or a meeting's status
// (labels.go), empty when there is none.
var csvTables = []struct {
	kind, label string
	header      []string
}{
	{"nodes", "Article", []string{"id:ID(Article)", "url", "title", "published:datetime"}},
	{"nodes", "Meeting", []string{"id:ID(Meeting)", "pkey", "ids:string[]", "kind", "status", "date", "date_precision", "date_text", "confidence:double", "first_day", ":LABEL"}},
	{"nodes", "Actor", []string{"name:ID(Actor)", "type", "country", "aliases:string[]", ":LABEL"}},
	{"nodes", "Place", []string{"id:ID(Place)", "name", "country", "lat:double", "lon:double", "location:point{crs:WGS-84}"}},
	{"nodes", "Country", []string{"name:ID(Country)"}},
	{"relationships", "REPORTS", []string{":START_ID(Article)", ":END_ID(Meeting)", "sentence", "start:long", "end:long",
		"date", "date_text", "status", "kind", "confidence:double", "place"}},
	{"relationships", "ATTENDED", []string{":START_ID(Actor)", ":END_ID(Meeting)", "role", "title", "mention"}},
	{"relationships", "HELD_IN", []string{":START_ID(Meeting)", ":END_ID(Place)"}},
	{"relationships", "IN", []string{":START_ID(Place)", ":END_ID(Country)"}},
	{"relationships", "AFFILIATED_WITH", []string{":START_ID(Actor)", ":END_ID(Country)"}},
	{"relationships", "MET", []string{":START_ID(Actor)", ":END_ID(Actor)", "meeting_id", "date", "place", "kind", "status"}},
}

// The scripts written beside the CSV files.
const (
	csvScript     = "import.sh"
	csvPostImport = "post-import.cypher"
)

// The records held until Close. Their strings are interned: a value that
// recurs (a kind, a role, a country, an actor's name) is stored once, and a
// value cut from an article's text does not keep the whole text alive. The
// empty string stands for an absent property, as nilIfEmpty makes it in
// WriteReports; dates may be present and empty.
type (
	csvActor struct {
		typ, country interned
		aliases      []interned // in the order MergeActors appends them
	}
	csvPlace struct {
		name, country interned
		lat, lon      float64
		located       bool
	}
	csvMeeting struct {
		pkey  string
		days  []reportDay
		facts []csvFact // one per report
	}
	csvFact struct {
		article                             string
		date, dateText, status, kind, place interned
		confidence                          float64
	}
	csvAttended struct{ role, title, mention interned }
	attendedKey struct {
		actor   interned
		meeting string
	}
)

type interned = unique.Handle[string]

func intern(s string) interned { return unique.Make(s) }

// optString is a string property that may be absent or empty.
type optString struct {
	s  interned
	ok bool
}

// CreateCSV creates dir if needed and starts an export into it, replacing
// the files of an earlier export there.
func CreateCSV(dir string) (*CSVWriter, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create csv export: %w", err)
	}
	// A script left by an earlier export must not load a half-written one.
	for _, name := range []string{csvScript, csvPostImport} {
		if err := os.Remove(filepath.Join(dir, name)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("create csv export: %w", err)
		}
	}
	w := &CSVWriter{
		dir:      dir,
		seen:     map[[16]byte]struct{}{},
		actors:   map[string]*csvActor{},
		places:   map[string]csvPlace{},
		meetings: map[string]*csvMeeting{},
		attended: map[attendedKey]csvAttended{},
	}
	for _, t := range csvTables {
		f, err := createCSVFile(dir, t.label+".csv", t.header)
		if err != nil {
			w.Abort()
			return nil, fmt.Errorf("create csv export: %w", err)
		}
		w.files = append(w.files, f)
	}
	for i, label := range []string{"REPORTS", "HELD_IN"} {
		f, err := createStageFile(dir, label)
		if err != nil {
			w.Abort()
			return nil, fmt.Errorf("create csv export: %w", err)
		}
		w.staged[i] = f
	}
	return w, nil
}

// WriteReports adds reports to the export, in order.
func (w *CSVWriter) WriteReports(ctx context.Context, reports []graphify.Report) error {
	for _, r := range reports {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.add(r); err != nil {
			return err
		}
	}
	return nil
}

// Duplicates returns how many reports were skipped because their article id
// had been written before.
func (w *CSVWriter) Duplicates() int { return w.duplicates }

// Files describes the files of the export: complete after Close.
func (w *CSVWriter) Files() []CSVFile {
	out := make([]CSVFile, len(w.files))
	for i, f := range w.files {
		out[i] = CSVFile{Name: f.name, Kind: csvTables[i].kind, Label: csvTables[i].label, Rows: f.rows}
	}
	return out
}

// Close writes the nodes and relationships held in memory, then import.sh
// and post-import.cypher, and closes the files. After a failed write, Close
// only closes the files and returns that error.
func (w *CSVWriter) Close() error {
	if w.err == nil {
		w.err = w.flush()
	}
	if w.err == nil {
		w.err = w.writeScripts()
	}
	for _, f := range w.files {
		if err := f.close(); err != nil && w.err == nil {
			w.err = fmt.Errorf("write %s: %w", f.name, err)
		}
	}
	for _, f := range w.staged {
		f.remove()
	}
	return w.err
}

// Abort closes the files without finishing them, after a failed run. The
// export directory then holds no import.sh.
func (w *CSVWriter) Abort() {
	for _, f := range w.files {
		f.close()
	}
	for _, f := range w.staged {
		f.remove()
	}
	if w.err == nil {
		w.err = errors.New("csv export aborted")
	}
}

// add folds one report into the export. newBatch builds its rows exactly
// as WriteReports does; each row is then merged as the statement of the
// same name merges it.
func (w *CSVWriter) add(r graphify.Report) error {
	if w.err != nil {
		return w.err
	}
	if _, dup := w.seen[hashKey("Article", r.Article.ID)]; dup {
		w.duplicates++
		return nil
	}
	b, err := newBatch([]graphify.Report{r})
	if err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	for _, row := range b.articles { // MergeArticles
		w.seen[hashKey("Article", r.Article.ID)] = struct{}{}
		w.write(fileArticle, csvString(str(row["id"])), csvString(str(row["url"])), csvString(str(row["title"])),
			csvDateTime(row["published"]))
	}
	for _, row := range b.countries { // MergeCountries
		w.writeOnce(fileCountry, str(row["name"]))
	}
	for _, row := range b.actors { // MergeActors
		name := str(row["name"])
		a := w.actors[name]
		if a == nil {
			a = &csvActor{typ: intern(""), country: intern("")}
			w.actors[strings.Clone(name)] = a
		}
		if t := str(row["type"]); t != "" {
			a.typ = intern(t)
		}
		if c := str(row["country"]); c != "" {
			a.country = intern(c)
		}
		for _, alias := range row["aliases"].([]string) {
			if strings.ContainsRune(alias, CSVArrayDelimiter) {
				w.err = fmt.Errorf("export csv: article %s: alias %q of %s holds the array delimiter U+001F", r.Article.ID, alias, name)
				return w.err
			}
			if h := intern(alias); !slices.Contains(a.aliases, h) {
				a.aliases = append(a.aliases, h)
			}
		}
	}
	for _, row := range b.places { // MergePlaces
		id := str(row["id"])
		p, ok := w.places[id]
		if !ok {
			id = strings.Clone(id)
		}
		p.name, p.country = intern(str(row["name"])), intern(str(row["country"]))
		lat, okLat := row["lat"].(float64)
		lon, okLon := row["lon"].(float64)
		if okLat && okLon {
			p.lat, p.lon, p.located = lat, lon, true
		}
		w.places[id] = p
	}
	for _, row := range b.affiliations { // MergeAffiliations
		w.writeOnce(fileAffiliated, str(row["actor"]), str(row["country"]))
	}
	for _, row := range b.placeCountries { // MergePlaceCountries
		w.writeOnce(fileIn, str(row["place"]), str(row["country"]))
	}
	// Meetings are held by record id until flush groups them.
	for id, bm := range b.meetings {
		m := w.meetings[id]
		if m == nil {
			m = &csvMeeting{pkey: bm.pkey}
			w.meetings[strings.Clone(id)] = m
		}
		for _, rd := range bm.days {
			if !slices.Contains(m.days, rd) {
				m.days = append(m.days, reportDay{day: strings.Clone(rd.day), place: strings.Clone(rd.place)})
			}
		}
	}
	facts := map[string]bool{} // one fact per (article, record)
	for _, row := range b.reports.sorted() {
		id := str(row["meeting"])
		if !facts[id] {
			facts[id] = true
			m := w.meetings[id]
			m.facts = append(m.facts, csvFact{
				article: strings.Clone(r.Article.ID), date: intern(str(row["date"])), dateText: intern(str(row["date_text"])),
				status: intern(str(row["status"])), kind: intern(str(row["kind"])), place: intern(str(row["place"])),
				confidence: row["confidence"].(float64),
			})
		}
		// MergeReports: the key (article, meeting, start) names the
		// article, which is new, and newBatch made its rows distinct.
		w.stage(0, id, key(str(row["article"]), fmt.Sprintf("%012d", row["start"])),
			csvString(str(row["article"])),
			strings.Join([]string{csvString(str(row["sentence"])), strconv.Itoa(row["start"].(int)), strconv.Itoa(row["end"].(int)),
				csvOpt(opt(row["date"])), csvString(str(row["date_text"])), csvString(str(row["status"])), csvString(str(row["kind"])),
				csvFloat(row["confidence"].(float64)), csvString(str(row["place"]))}, ","))
	}
	for _, row := range b.heldIn.sorted() { // MergeHeldIn
		w.stage(1, str(row["meeting"]), str(row["place"]), "", csvString(str(row["place"])))
	}
	for _, row := range b.attended { // MergeAttended, folded by foldAttended
		k := attendedKey{actor: intern(str(row["actor"])), meeting: str(row["meeting"])}
		a := attendance{str(row["role"]), str(row["title"]), str(row["mention"])}
		if old, ok := w.attended[k]; ok {
			a = a.fold(attendance{old.role.Value(), old.title.Value(), old.mention.Value()})
		} else {
			k.meeting = strings.Clone(k.meeting)
		}
		w.attended[k] = csvAttended{role: intern(a.role), title: intern(a.title), mention: intern(a.mention)}
	}
	return w.err
}

// writeOnce writes a node or relationship without properties unless a row
// with the same fields was written before.
func (w *CSVWriter) writeOnce(file int, fields ...string) {
	k := hashKey(append([]string{csvTables[file].label}, fields...)...)
	if _, ok := w.seen[k]; ok {
		return
	}
	w.seen[k] = struct{}{}
	quoted := make([]string, len(fields))
	for i, f := range fields {
		quoted[i] = csvString(f)
	}
	w.write(file, quoted...)
}

// write writes one line of already encoded fields.
func (w *CSVWriter) write(file int, fields ...string) {
	if w.err != nil {
		return
	}
	if err := w.files[file].writeLine(fields); err != nil {
		w.err = fmt.Errorf("write %s: %w", w.files[file].name, err)
	}
}

// flush writes the records held in memory and the staged ones, sorted by
// key so that the same input gives the same files.
func (w *CSVWriter) flush() error {
	// Group the meeting records into Meeting nodes, as WriteReports does.
	recordIDs := slices.Sorted(maps.Keys(w.meetings))
	groups := make([]meetingGroup, len(recordIDs))
	for i, id := range recordIDs {
		m := w.meetings[id]
		groups[i] = meetingGroup{id: id, pkey: m.pkey, days: m.days}
	}
	to := groupMeetings(groups)
	ids := map[string][]string{}        // node id → record ids
	facts := map[string][]reportFacts{} // node id → reports
	for _, id := range recordIDs {
		n := to[id]
		ids[n] = append(ids[n], id)
		for _, f := range w.meetings[id].facts {
			facts[n] = append(facts[n], reportFacts{
				article: f.article, date: f.date.Value(), dateText: f.dateText.Value(), status: f.status.Value(),
				kind: f.kind.Value(), place: f.place.Value(), confidence: f.confidence,
			})
		}
	}
	settledBy := map[string]settled{}
	for _, n := range slices.Sorted(maps.Keys(ids)) {
		s := settle(facts[n])
		settledBy[n] = s
		w.write(fileMeeting, csvString(n), csvString(w.meetings[ids[n][0]].pkey),
			csvString(strings.Join(ids[n], string(CSVArrayDelimiter))),
			csvString(s.kind), csvString(s.status), csvString(s.date), csvString(s.precision), csvString(s.dateText),
			csvFloat(s.confidence), csvString(s.firstDay), meetingLabels[s.status])
	}

	for _, name := range slices.Sorted(maps.Keys(w.actors)) {
		a := w.actors[name]
		aliases := make([]string, len(a.aliases))
		for i, h := range a.aliases {
			aliases[i] = h.Value()
		}
		// An empty list stays absent: neo4j-admin has no empty array;
		// post-import.cypher sets it.
		w.write(fileActor, csvString(name), csvString(a.typ.Value()), csvString(a.country.Value()),
			csvString(strings.Join(aliases, string(CSVArrayDelimiter))), actorLabels[a.typ.Value()])
	}
	for _, id := range slices.Sorted(maps.Keys(w.places)) {
		p := w.places[id]
		lat, lon, loc := "", "", ""
		if p.located {
			lat, lon = csvFloat(p.lat), csvFloat(p.lon)
			loc = csvString("{latitude:" + lat + ",longitude:" + lon + "}")
		}
		w.write(filePlace, csvString(id), csvString(p.name.Value()), csvString(p.country.Value()), lat, lon, loc)
	}

	// ATTENDED under the nodes' ids, folded; MET between every two
	// participants of a node, as settle-meetings links them.
	attended := rowSet{}
	for k, a := range w.attended {
		attended.foldAttended(k.actor.Value(), to[k.meeting], map[string]any{
			"role": a.role.Value(), "title": a.title.Value(), "mention": a.mention.Value(),
		})
	}
	participants := map[string][]string{}
	for _, row := range attended.sorted() {
		actor, meeting := str(row["actor"]), str(row["meeting"])
		w.write(fileAttended, csvString(actor), csvString(meeting),
			csvString(str(row["role"])), csvString(str(row["title"])), csvString(str(row["mention"])))
		participants[meeting] = append(participants[meeting], actor)
	}
	var met []map[string]any
	for meeting, names := range participants {
		s := settledBy[meeting]
		for i, a := range names {
			for _, b := range names[i+1:] {
				met = append(met, map[string]any{"a": a, "b": b, "meeting": meeting, "s": s})
			}
		}
	}
	slices.SortFunc(met, func(x, y map[string]any) int {
		return cmp.Or(strings.Compare(str(x["a"]), str(y["a"])), strings.Compare(str(x["b"]), str(y["b"])),
			strings.Compare(str(x["meeting"]), str(y["meeting"])))
	})
	for _, row := range met {
		s := row["s"].(settled)
		w.write(fileMet, csvString(str(row["a"])), csvString(str(row["b"])), csvString(str(row["meeting"])),
			csvString(s.date), csvString(s.placeName), csvString(s.kind), csvString(s.status))
	}

	for i, file := range []int{fileReports, fileHeldIn} {
		if w.err != nil {
			break
		}
		w.err = w.staged[i].replay(func(meeting, key, before, after string) {
			n := cmp.Or(to[meeting], meeting)
			k := hashKey(csvTables[file].label, n, key)
			if _, dup := w.seen[k]; dup {
				return
			}
			w.seen[k] = struct{}{}
			if before == "" {
				w.write(file, csvString(n), after)
			} else {
				w.write(file, before, csvString(n), after)
			}
		})
	}
	return w.err
}

// stage keeps one line of a staged file (0: REPORTS, 1: HELD_IN) until
// flush knows its meeting's id: the fields before and after the meeting's,
// already encoded, and the rest of its key.
func (w *CSVWriter) stage(i int, meeting, key, before, after string) {
	if w.err != nil {
		return
	}
	if err := w.staged[i].add(meeting, key, before, after); err != nil {
		w.err = fmt.Errorf("export csv: stage %s: %w", w.staged[i].label, err)
	}
}

// A stageFile holds records of strings in a temporary file, each string
// preceded by its length as a uvarint.
type stageFile struct {
	label string
	f     *os.File
	w     *bufio.Writer
	buf   []byte
}

func createStageFile(dir, label string) (*stageFile, error) {
	f, err := os.CreateTemp(dir, "."+label+"-*.staged")
	if err != nil {
		return nil, err
	}
	return &stageFile{label: label, f: f, w: bufio.NewWriterSize(f, 1<<16)}, nil
}

func (s *stageFile) add(fields ...string) error {
	for _, f := range fields {
		s.buf = binary.AppendUvarint(s.buf[:0], uint64(len(f)))
		s.w.Write(s.buf)
		if _, err := s.w.WriteString(f); err != nil {
			return err
		}
	}
	return nil
}

// replay calls fn with every record, in the order they were added.
func (s *stageFile) replay(fn func(meeting, key, before, after string)) error {
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("stage %s: %w", s.label, err)
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("stage %s: %w", s.label, err)
	}
	r := bufio.NewReaderSize(s.f, 1<<16)
	var rec [4]string
	for {
		for i := range rec {
			n, err := binary.ReadUvarint(r)
			if err == io.EOF && i == 0 {
				return nil
			}
			if err != nil {
				return fmt.Errorf("stage %s: %w", s.label, err)
			}
			b := make([]byte, n)
			if _, err := io.ReadFull(r, b); err != nil {
				return fmt.Errorf("stage %s: %w", s.label, err)
			}
			rec[i] = string(b)
		}
		fn(rec[0], rec[1], rec[2], rec[3])
	}
}

// remove closes and deletes the file.
func (s *stageFile) remove() {
	if s == nil || s.f == nil {
		return
	}
	s.f.Close()
	os.Remove(s.f.Name())
	s.f = nil
}

// ImportArgs returns the arguments of neo4j-admin that load the export,
// without the database name; file names are relative to the export
// directory. Valid after Close.
func (w *CSVWriter) ImportArgs() []string {
	args := []string{"database", "import", "full", "--array-delimiter=U+001F"}
	var multi []string
	for _, f := range w.files {
		if f.multiline {
			multi = append(multi, f.name)
		}
	}
	if len(multi) > 0 {
		// Only these files are parsed the slow way that allows line breaks
		// inside quoted fields.
		args = append(args, "--multiline-fields-format=v2", "--multiline-fields="+strings.Join(multi, ","))
	}
	for i, f := range w.files {
		args = append(args, "--"+csvTables[i].kind+"="+csvTables[i].label+"="+f.name)
	}
	return args
}

// writeScripts writes import.sh and post-import.cypher.
func (w *CSVWriter) writeScripts() error {
	lines := []string{`${NEO4J_ADMIN:-neo4j-admin}`}
	for _, a := range w.ImportArgs() {
		lines = append(lines, shellQuote(a))
	}
	lines = append(lines, `"$@"`)
	script := fmt.Sprintf(csvScriptTemplate, csvPostImport, strings.Join(lines, " \\\n  "))
	if err := os.WriteFile(filepath.Join(w.dir, csvPostImport), []byte(postImportCypher()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", csvPostImport, err)
	}
	if err := os.WriteFile(filepath.Join(w.dir, csvScript), []byte(script), 0o755); err != nil {
		return fmt.Errorf("write %s: %w", csvScript, err)
	}
	return nil
}

const csvScriptTemplate = `#!/bin/sh
# Written by graphify export. Loads the CSV files beside this script into an
# empty database with neo4j-admin: run it while Neo4j is stopped (or for a
# database that does not exist yet, then CREATE DATABASE it).
#
#   ./import.sh [OPTION…] [DATABASE]     e.g. ./import.sh --overwrite-destination=true neo4j
#
# NEO4J_ADMIN is the command to run (default: neo4j-admin from the Neo4j
# distribution), e.g. for the jars of graphify's scripts/neo4j:
#   NEO4J_HOME=~/.cache/graphify/neo4j-5.26.30 NEO4J_CONF=$NEO4J_HOME/conf \
#   NEO4J_ADMIN="java -cp $NEO4J_HOME/lib/* org.neo4j.cli.AdminTool" ./import.sh
#
# Then start Neo4j and run %[1]s once: it creates the constraints and
# indexes that graphify import would create (neo4j-admin cannot, in
# Community), and sets the empty alias lists that CSV cannot hold:
#   cypher-shell -f %[1]s
# or, without cypher-shell, one statement a line:
#   grep -v '^//' %[1]s | while read -r s; do graphify cypher --write "${s%%;}"; done
set -euf
cd "$(dirname "$0")"
# NEO4J_ADMIN may hold several words; set -f keeps their * from expanding.
exec %[2]s
`

// postImportCypher returns the statements to run once after the import:
// graphify's schema, and aliases = [] where MergeActors stores an empty list.
func postImportCypher() string {
	var b strings.Builder
	b.WriteString("// Run once after neo4j-admin database import: one statement a line.\n")
	for _, st := range queries.Schema() {
		b.WriteString(strings.Join(strings.Fields(st), " ") + ";\n")
	}
	b.WriteString("MATCH (a:Actor) WHERE a.aliases IS NULL SET a.aliases = [];\n")
	return b.String()
}

// shellQuote quotes s for sh unless it is plainly safe.
func shellQuote(s string) string {
	if strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_=.,+/:") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// csvFile is one output file: a header line, then data lines.
type csvFile struct {
	name      string
	f         *os.File
	w         *bufio.Writer
	rows      int64
	multiline bool // some field holds a line break
}

func createCSVFile(dir, name string, header []string) (*csvFile, error) {
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		return nil, err
	}
	cf := &csvFile{name: name, f: f, w: bufio.NewWriterSize(f, 1<<16)}
	// The header is written as is: its names hold no special characters.
	if _, err := io.WriteString(cf.w, strings.Join(header, ",")+"\n"); err != nil {
		f.Close()
		return nil, err
	}
	return cf, nil
}

func (f *csvFile) writeLine(fields []string) error {
	for i, field := range fields {
		if i > 0 {
			f.w.WriteByte(',')
		}
		if !f.multiline && strings.ContainsAny(field, "\r\n") {
			f.multiline = true
		}
		f.w.WriteString(field)
	}
	f.rows++
	return f.w.WriteByte('\n')
}

func (f *csvFile) close() error {
	if f.f == nil {
		return nil
	}
	err := f.w.Flush()
	if cerr := f.f.Close(); err == nil {
		err = cerr
	}
	f.f = nil
	return err
}

// Field encoding. encoding/csv cannot tell an absent property from an empty
// string (it writes both as an empty field), so fields are encoded here:
// absent is an empty field, a string is always quoted (RFC 4180, with ""
// for a quote, which neo4j-admin reads as an empty string), and numbers are
// bare.

func csvString(s string) string {
	if s == "" {
		return ""
	}
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

func csvOpt(o optString) string {
	if !o.ok {
		return ""
	}
	return `"` + strings.ReplaceAll(o.s.Value(), `"`, `""`) + `"`
}

func csvFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// csvDateTime formats a published time as the driver sends it: a zoned
// datetime with the zone's name ("2018-05-18T00:00:00Z[UTC]"), or with its
// offset alone for a zone that has no name.
func csvDateTime(v any) string {
	t, ok := v.(time.Time)
	if !ok {
		return ""
	}
	s := t.Format("2006-01-02T15:04:05.999999999Z07:00")
	if zone, _ := t.Zone(); zone != "Offset" && t.Location().String() != "" {
		s += "[" + t.Location().String() + "]"
	}
	return `"` + s + `"`
}

// str returns a row's string value, or "" for nil.
func str(v any) string {
	s, _ := v.(string)
	return s
}

// opt returns a row's string value that may be nil.
func opt(v any) optString {
	s, ok := v.(string)
	return optString{s: intern(s), ok: ok}
}

// hashKey returns a 128-bit hash of a composite key: the streamed nodes
// and relationships are remembered by it, in a quarter of the memory of the
// key. Two keys of a corpus of billions collide with a probability below
// 10^-20.
func hashKey(parts ...string) [16]byte {
	sum := sha256.Sum256([]byte(key(parts...)))
	return [16]byte(sum[:16])
}
