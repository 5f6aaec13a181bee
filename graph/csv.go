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
// memory holds a 16-byte hash of their keys. REPORTS name a meeting whose
// id is known only at the end, so they are staged in a temporary file and
// written by Close. Actors and places may be updated by later reports, so
// they are held in memory, and so are the reports of meetings (without
// their sentences): Close resolves them into meetings as WriteReports does
// (resolve.go) and writes the meetings, ATTENDED, HELD_IN and MET.
type CSVWriter struct {
	dir   string
	files []*csvFile // in csvTables order
	err   error      // the first write error; every later call returns it

	seen       map[[16]byte]struct{} // hashed keys of the streamed nodes and relationships
	duplicates int

	actors  map[string]*csvActor
	places  map[string]csvPlace
	reports []*report     // without their sentences, resolved by Close
	staged  [1]*stageFile // REPORTS lines, written by Close
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
	{"nodes", "Meeting", []string{"id:ID(Meeting)", "pkey", "ids:string[]", "kind", "status", "date", "date_precision", "date_text", "confidence:double", "first_day", "lo", "hi", ":LABEL"}},
	{"nodes", "Actor", []string{"name:ID(Actor)", "type", "types:string[]", "country", "aliases:string[]", ":LABEL"}},
	{"nodes", "Place", []string{"id:ID(Place)", "name", "country", "lat:double", "lon:double", "location:point{crs:WGS-84}"}},
	{"nodes", "Country", []string{"name:ID(Country)"}},
	{"relationships", "REPORTS", []string{":START_ID(Article)", ":END_ID(Meeting)", "sentence", "start:long", "end:long",
		"date", "date_text", "status", "kind", "confidence:double", "place", "record",
		"party_names:string[]", "party_types:string[]", "party_roles:string[]", "party_titles:string[]", "party_mentions:string[]", "party_countries:string[]", "rule"}},
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
		types   []interned
		country interned
		aliases []interned // in the order MergeActors appends them
	}
	csvPlace struct {
		name, country interned
		lat, lon      float64
		located       bool
	}
)

type interned = unique.Handle[string]

func intern(s string) interned { return unique.Make(s) }

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
		dir:    dir,
		seen:   map[[16]byte]struct{}{},
		actors: map[string]*csvActor{},
		places: map[string]csvPlace{},
	}
	for _, t := range csvTables {
		f, err := createCSVFile(dir, t.label+".csv", t.header)
		if err != nil {
			w.Abort()
			return nil, fmt.Errorf("create csv export: %w", err)
		}
		w.files = append(w.files, f)
	}
	for i, label := range []string{"REPORTS"} {
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
		w.seen[hashKey("Article", row.id)] = struct{}{}
		w.write(fileArticle, csvString(row.id), csvString(row.url), csvString(row.title), csvDateTime(row.published))
	}
	for _, row := range b.countries { // MergeCountries
		w.writeOnce(fileCountry, row.name)
	}
	for _, row := range b.actors { // MergeActors
		if err := w.addActor(row); err != nil {
			w.err = fmt.Errorf("export csv: article %s: %w", r.Article.ID, err)
			return w.err
		}
	}
	for _, row := range b.places { // MergePlaces
		id := row.id
		p, ok := w.places[id]
		if !ok {
			id = strings.Clone(id)
		}
		p.name, p.country = intern(row.name), intern(row.country)
		if row.lat != nil && row.lon != nil {
			p.lat, p.lon, p.located = *row.lat, *row.lon, true
		}
		w.places[id] = p
	}
	for _, row := range b.affiliations { // MergeAffiliations
		w.writeOnce(fileAffiliated, row.actor, row.country)
	}
	for _, row := range b.placeCountries { // MergePlaceCountries
		w.writeOnce(fileIn, row.place, row.country)
	}
	// Reports are held until flush resolves them; their sentences go to
	// the staged REPORTS file, under their record id.
	for _, rep := range b.reports {
		lists := partyLists(rep.attendees)
		fields := []string{csvString(rep.rec.date), csvString(rep.rec.dateText), csvString(rep.rec.status), csvString(rep.rec.kind),
			csvFloat(rep.confidence), csvString(rep.rec.place), csvString(rep.rec.id)}
		for _, l := range partyListNames {
			fields = append(fields, csvArray(lists[l].([]string)))
		}
		after := strings.Join(fields, ",")
		for _, ev := range rep.sentences {
			// MergeReports: the key (article, meeting, start, record)
			// names the article, which is new.
			w.stage(0, rep.rec.id, key(rep.article, fmt.Sprintf("%012d", ev.Start)), csvString(rep.article),
				strings.Join([]string{csvString(ev.Sentence), strconv.Itoa(ev.Start), strconv.Itoa(ev.End), after}, ","))
		}
		rep.sentences = nil
		w.reports = append(w.reports, rep)
	}
	return w.err
}

// addActor folds an actor's row into the one held, as MergeActors does.
func (w *CSVWriter) addActor(row actorRow) error {
	a := w.actors[row.name]
	if a == nil {
		a = &csvActor{country: intern("")}
		w.actors[strings.Clone(row.name)] = a
	}
	for _, t := range row.types {
		if h := intern(t); !slices.Contains(a.types, h) {
			a.types = append(a.types, h)
		}
	}
	if row.country != "" {
		a.country = intern(row.country)
	}
	for _, alias := range row.aliases {
		if strings.ContainsRune(alias, CSVArrayDelimiter) {
			return fmt.Errorf("alias %q of %s holds the array delimiter U+001F", alias, row.name)
		}
		if h := intern(alias); !slices.Contains(a.aliases, h) {
			a.aliases = append(a.aliases, h)
		}
	}
	return nil
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
	// Resolve the reports into Meeting nodes, as WriteReports does.
	sortReports(w.reports)
	ms := resolveReports(w.reports)
	for _, m := range ms.nodes {
		w.write(fileMeeting, csvString(m.id), csvString(m.pkey), csvString(strings.Join(m.ids, string(CSVArrayDelimiter))),
			csvString(m.kind), csvString(m.status), csvString(m.date), csvString(m.precision), csvString(m.dateText),
			csvFloat(m.confidence), csvString(m.firstDay), csvString(m.lo), csvString(m.hi), meetingLabels[m.status])
	}
	for _, name := range slices.Sorted(maps.Keys(w.actors)) {
		a := w.actors[name]
		aliases := make([]string, len(a.aliases))
		for i, h := range a.aliases {
			aliases[i] = h.Value()
		}
		types := make([]string, len(a.types))
		for i, h := range a.types {
			types[i] = h.Value()
		}
		slices.Sort(types)
		// An empty list stays absent: neo4j-admin has no empty array;
		// post-import.cypher sets it.
		w.write(fileActor, csvString(name), csvString(mostSpecificType(types)), csvArray(types), csvString(a.country.Value()),
			csvString(strings.Join(aliases, string(CSVArrayDelimiter))), actorLabels[mostSpecificType(types)])
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

	attended := slices.Clone(ms.attended)
	slices.SortFunc(attended, func(x, y attendedRow) int {
		return cmp.Or(strings.Compare(x.actor, y.actor), strings.Compare(x.meeting, y.meeting))
	})
	for _, a := range attended {
		w.write(fileAttended, csvString(a.actor), csvString(a.meeting), csvString(a.role), csvString(a.title), csvString(a.mention))
	}
	for _, h := range ms.heldIn {
		w.write(fileHeldIn, csvString(h.meeting), csvString(h.place))
	}
	met := slices.Clone(ms.met)
	slices.SortFunc(met, func(x, y metRow) int {
		return cmp.Or(strings.Compare(x.a, y.a), strings.Compare(x.b, y.b), strings.Compare(x.meeting.id, y.meeting.id))
	})
	for _, m := range met {
		w.write(fileMet, csvString(m.a), csvString(m.b), csvString(m.meeting.id),
			csvString(m.meeting.date), csvString(m.meeting.placeName), csvString(m.meeting.kind), csvString(m.meeting.status))
	}
	if w.err != nil {
		return w.err
	}
	w.err = w.staged[0].replay(func(record, key, before, after string) {
		n := ms.res.node[record]
		k := hashKey("REPORTS", n, key, record)
		if _, dup := w.seen[k]; dup {
			return
		}
		w.seen[k] = struct{}{}
		w.write(fileReports, before, csvString(n), after, csvString(ms.res.rule[record]))
	})
	return w.err
}

// stage keeps one line of a staged file (0: REPORTS) until flush knows
// its meeting's id: the fields before and after the meeting's,
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

// csvArray encodes a list of strings, absent when empty.
func csvArray(xs []string) string {
	return csvString(strings.Join(xs, string(CSVArrayDelimiter)))
}

func csvFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// csvDateTime formats a published time as the driver sends it: a zoned
// datetime with the zone's name ("2018-05-18T00:00:00Z[UTC]"), or with its
// offset alone for a zone that has no name.
func csvDateTime(t time.Time) string {
	if t.IsZero() {
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

// hashKey returns a 128-bit hash of a composite key: the streamed nodes
// and relationships are remembered by it, in a quarter of the memory of the
// key. Two keys of a corpus of billions collide with a probability below
// 10^-20.
func hashKey(parts ...string) [16]byte {
	sum := sha256.Sum256([]byte(key(parts...)))
	return [16]byte(sum[:16])
}
