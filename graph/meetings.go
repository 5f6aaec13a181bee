package graph

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/queries"
)

// A report is one article's record of one meeting: what its REPORTS
// relationships keep (one per evidence sentence), and what the resolver and
// the settled Meeting are made from.
type report struct {
	article    string
	rec        record // id, publication day, date, status, kind, place, parties
	confidence float64
	attendees  []attendee
	sentences  []graphify.Evidence // of a report being written; nil for one read back
	node, rule string              // the Meeting it is in and why, for a report read from the graph
}

// sameAs reports whether r says what o says of its meeting.
func (r *report) sameAs(o *report) bool {
	a, b := r.rec, o.rec
	return r.article == o.article && r.confidence == o.confidence && slices.Equal(r.attendees, o.attendees) &&
		a.id == b.id && a.published == b.published && a.date == b.date && a.dateText == b.dateText &&
		a.status == b.status && a.kind == b.kind && a.place == b.place && slices.Equal(a.parties, b.parties)
}

// An attendee is one participant of a report, as ATTENDED keeps it.
type attendee struct{ name, typ, role, title, mention, country string }

func (r *report) facts() reportFacts {
	return reportFacts{
		article: r.article, date: r.rec.date, dateText: r.rec.dateText, status: r.rec.status,
		kind: r.rec.kind, place: r.rec.place, confidence: r.confidence,
	}
}

// The rows the write statements take, and the CSV export writes. "" is an
// absent property.
type (
	meetingRow struct {
		id, pkey                                          string
		ids                                               []string
		kind, status, date, precision, dateText, firstDay string
		lo, hi                                            string
		confidence                                        float64
		placeName                                         string // the most reported place, for MET
	}
	attendedRow struct{ actor, meeting, role, title, mention string }
	heldInRow   struct{ meeting, place string }
	metRow      struct {
		a, b    string
		meeting meetingRow
	}
)

func (m meetingRow) params() map[string]any {
	return map[string]any{
		"id": m.id, "pkey": m.pkey, "ids": m.ids,
		"kind": nilIfEmpty(m.kind), "status": nilIfEmpty(m.status), "date": nilIfEmpty(m.date),
		"date_precision": nilIfEmpty(m.precision), "date_text": nilIfEmpty(m.dateText),
		"confidence": m.confidence, "first_day": nilIfEmpty(m.firstDay),
		"lo": nilIfEmpty(m.lo), "hi": nilIfEmpty(m.hi),
	}
}

func (a attendedRow) params() map[string]any {
	return map[string]any{
		"actor": a.actor, "meeting": a.meeting,
		"role": nilIfEmpty(a.role), "title": nilIfEmpty(a.title), "mention": nilIfEmpty(a.mention),
	}
}

func (h heldInRow) params() map[string]any {
	return map[string]any{"meeting": h.meeting, "place": h.place}
}

func (m metRow) params() map[string]any {
	return map[string]any{
		"a": m.a, "b": m.b, "meeting_id": m.meeting.id, "date": nilIfEmpty(m.meeting.date),
		"place": nilIfEmpty(m.meeting.placeName), "kind": nilIfEmpty(m.meeting.kind), "status": nilIfEmpty(m.meeting.status),
	}
}

// reportParams returns the rows of merge-reports for a report in meeting
// node, one per sentence.
func reportParams(r *report, node, rule string) []map[string]any {
	lists := partyLists(r.attendees)
	var out []map[string]any
	for _, ev := range r.sentences {
		row := map[string]any{
			"article": r.article, "meeting": node, "record": r.rec.id,
			"sentence": nilIfEmpty(ev.Sentence), "start": ev.Start, "end": ev.End,
			"date": nilIfEmpty(r.rec.date), "date_text": nilIfEmpty(r.rec.dateText),
			"status": nilIfEmpty(r.rec.status), "kind": nilIfEmpty(r.rec.kind),
			"confidence": r.confidence, "place": nilIfEmpty(r.rec.place), "rule": rule,
		}
		maps.Copy(row, lists)
		out = append(out, row)
	}
	return out
}

// partyListNames names the aligned lists of REPORTS that hold a report's
// participants, in the order of the CSV export's columns.
var partyListNames = []string{"party_names", "party_types", "party_roles", "party_titles", "party_mentions", "party_countries"}

// partyLists returns a report's participants as the aligned lists of
// REPORTS.
func partyLists(as []attendee) map[string]any {
	lists := map[string]any{}
	for _, l := range partyListNames {
		lists[l] = make([]string, len(as))
	}
	for i, a := range as {
		for l, v := range map[string]string{"party_names": a.name, "party_types": a.typ, "party_roles": a.role,
			"party_titles": a.title, "party_mentions": a.mention, "party_countries": a.country} {
			lists[l].([]string)[i] = v
		}
	}
	return lists
}

func params[T interface{ params() map[string]any }](rows []T) []map[string]any {
	out := make([]map[string]any, len(rows))
	for i, r := range rows {
		out[i] = r.params()
	}
	return out
}

// meetings is the result of resolving a set of reports: the Meeting nodes
// and what derives from their reports, each sorted by key.
type meetings struct {
	res      resolution
	byNode   map[string][]*report
	nodes    []meetingRow
	attended []attendedRow
	heldIn   []heldInRow
	met      []metRow
}

// resolveReports resolves reports into meetings and derives their rows.
func resolveReports(reports []*report) meetings {
	recs := make([]record, len(reports))
	for i, r := range reports {
		recs[i] = r.rec
	}
	out := meetings{res: resolve(mergeRecords(recs)), byNode: map[string][]*report{}}
	for _, r := range reports {
		n := out.res.node[r.rec.id]
		out.byNode[n] = append(out.byNode[n], r)
	}
	for _, n := range slices.Sorted(maps.Keys(out.byNode)) {
		out.add(n, out.byNode[n])
	}
	return out
}

// add derives the rows of meeting n from its reports.
func (out *meetings) add(n string, reports []*report) {
	var facts []reportFacts
	var ids, names, places []string
	var span interval
	folded := map[string]attendance{}
	for _, r := range reports {
		facts = append(facts, r.facts())
		ids = append(ids, r.rec.id)
		if r.rec.place != "" {
			places = append(places, r.rec.place)
		}
		if iv := r.rec.interval(); iv.lo != noInterval {
			span = cmp.Or(span, iv).union(iv)
		}
		for _, a := range r.attendees {
			names = append(names, a.name)
			at := attendance{a.role, a.title, a.mention}
			if old, ok := folded[a.name]; ok {
				at = at.fold(old)
			}
			folded[a.name] = at
		}
	}
	slices.Sort(ids)
	slices.Sort(names)
	slices.Sort(places)
	names = slices.Compact(names)
	s := settle(facts)
	row := meetingRow{
		id: n, pkey: participantKey(names), ids: slices.Compact(ids),
		kind: s.kind, status: s.status, date: s.date, precision: s.precision, dateText: s.dateText,
		firstDay: s.firstDay, lo: span.lo, hi: span.hi, confidence: s.confidence, placeName: s.placeName,
	}
	out.nodes = append(out.nodes, row)
	for _, name := range names {
		a := folded[name]
		out.attended = append(out.attended, attendedRow{name, n, a.role, a.title, a.mention})
	}
	for _, p := range specificPlaces(slices.Compact(places)) {
		out.heldIn = append(out.heldIn, heldInRow{n, p})
	}
	for i, a := range names {
		for _, b := range names[i+1:] {
			out.met = append(out.met, metRow{a, b, row})
		}
	}
}

// specificPlaces returns the Place ids of places, sorted, without the
// countries that another of them lies in: a meeting reported in "Washington"
// and in "the United States" is held in Washington.
func specificPlaces(places []string) []string {
	var out []string
	for _, p := range places {
		name, country, _ := strings.Cut(p, "|")
		inner := name == country && slices.ContainsFunc(places, func(q string) bool {
			qn, qc, _ := strings.Cut(q, "|")
			return qc == country && qn != name
		})
		if !inner {
			out = append(out, p)
		}
	}
	return out
}

// mergeRecords folds records with the same id (reports of the same
// participants on the same day, by several articles) into one, the same
// whatever their order: the highest status, the earliest publication day,
// the smallest place and date text, and every participant with the highest
// role any gives.
func mergeRecords(recs []record) []record {
	by := map[string]record{}
	for _, r := range recs {
		old, ok := by[r.id]
		if !ok {
			by[r.id] = r
			continue
		}
		old.status = higher(statusRank, old.status, r.status)
		old.kind = higher(kindRank, old.kind, r.kind)
		old.published = lesser(old.published, r.published)
		old.place = lesser(old.place, r.place)
		old.dateText = lesser(old.dateText, r.dateText)
		old.words = lesser(old.words, r.words)
		old.parties = mergeParties(old.parties, r.parties)
		old.articles = slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(old.articles), r.articles...))))
		by[r.id] = old
	}
	out := make([]record, 0, len(by))
	for _, id := range slices.Sorted(maps.Keys(by)) {
		out = append(out, by[id])
	}
	return out
}

func mergeParties(a, b []party) []party {
	by := map[string]party{}
	for _, p := range append(slices.Clone(a), b...) {
		if old, ok := by[p.name]; ok {
			p.role = higher(roleRank, old.role, p.role)
			p.typ = mostSpecificType([]string{old.typ, p.typ})
		}
		by[p.name] = p
	}
	out := make([]party, 0, len(by))
	for _, n := range slices.Sorted(maps.Keys(by)) {
		out = append(out, by[n])
	}
	return out
}

// typeOrder ranks participant types from the most specific: where reports
// disagree on an actor's type, the first one any report gives wins. A
// country is the most specific (the extractor knows countries by name); an
// organization is rather an organization than a person ("European
// Community" taken for a person); groups and roles are vague.
var typeOrder = []string{graphify.TypeCountry, graphify.TypeCity, graphify.TypeOrganization, graphify.TypePerson, graphify.TypeGroup, graphify.TypeRole}

// mostSpecificType returns the type of an actor that reports gave types.
func mostSpecificType(types []string) string {
	for _, t := range typeOrder {
		if slices.Contains(types, t) {
			return t
		}
	}
	var other string
	for _, t := range types {
		other = lesser(other, t)
	}
	return other
}

// newReport returns the report of meeting m by article art, with record
// id id and place id pid.
func newReport(art graphify.Article, m graphify.Meeting, id, pid string) *report {
	r := &report{article: art.ID, rec: newRecord(art, m, id, pid), confidence: m.Confidence, sentences: m.Evidence}
	for _, p := range m.Participants {
		r.attendees = append(r.attendees, attendee{p.Name, p.Type, p.Role, p.Title, p.Mention, p.Country})
	}
	if len(r.sentences) == 0 {
		r.sentences = []graphify.Evidence{{Start: -1, End: -1}}
	}
	return r
}

// reportKey identifies a report: its article and record.
func reportKey(article, record string) string { return key(article, record) }

// readReport rebuilds a report from the rows of neighbour-meetings.
func readReport(v []any) (*report, error) {
	str := func(i int) string { s, _ := v[i].(string); return s }
	list := func(i int) []string {
		xs, _ := v[i].([]any)
		out := make([]string, len(xs))
		for j, x := range xs {
			out[j], _ = x.(string)
		}
		return out
	}
	names, types, roles, titles, mentions, countries := list(11), list(12), list(13), list(14), list(15), list(17)
	if len(countries) == 0 {
		countries = make([]string, len(names)) // written before reports kept countries
	}
	if len(types) != len(names) || len(roles) != len(names) || len(titles) != len(names) || len(mentions) != len(names) || len(countries) != len(names) {
		return nil, fmt.Errorf("meeting %s: report of %s: participant lists of different lengths", str(0), str(1))
	}
	conf, _ := v[10].(float64)
	r := &report{node: str(0), rule: str(16), article: str(1), confidence: conf, rec: record{
		published: str(2), id: str(3), date: str(5), dateText: str(6), status: str(7), kind: str(8), place: str(9),
		words: sentenceKey(str(18)), articles: []string{str(1)},
	}}
	for i, n := range names {
		r.attendees = append(r.attendees, attendee{n, types[i], roles[i], titles[i], mentions[i], countries[i]})
		r.rec.parties = append(r.rec.parties, party{name: n, typ: types[i], role: roles[i], country: countries[i]})
	}
	return r, nil
}

// A plan is what WriteReports writes for a batch: the meetings resolved
// from the batch's reports and the reports of the graph they may join.
type plan struct {
	meetings
	fresh, old []*report
	readNodes  []string // the Meeting nodes the old reports are in
}

// statements returns the statements that write the plan, in order. Only
// meetings that change are written: those that new reports join and those
// that reports move to or from.
func (p plan) statements() []statement {
	dirty := map[string]bool{}
	stored := map[string]*report{}
	for _, r := range p.old {
		stored[reportKey(r.article, r.rec.id)] = r
	}
	var moves, rules, reports []map[string]any
	for _, r := range p.fresh {
		n := p.res.node[r.rec.id]
		// A report written again as it is, in the same meeting, changes
		// nothing of its meeting.
		if old := stored[reportKey(r.article, r.rec.id)]; old == nil || old.node != n || !old.sameAs(r) {
			dirty[n] = true
		}
		reports = append(reports, reportParams(r, n, p.res.rule[r.rec.id])...)
	}
	for _, r := range p.old {
		n, rule := p.res.node[r.rec.id], p.res.rule[r.rec.id]
		if n != r.node {
			dirty[n], dirty[r.node] = true, true
			moves = append(moves, map[string]any{"article": r.article, "record": r.rec.id, "from": r.node, "to": n})
		}
		if n != r.node || rule != r.rule {
			rules = append(rules, map[string]any{"article": r.article, "record": r.rec.id, "meeting": n, "rule": rule})
		}
	}
	var gone, kept []string
	for _, n := range p.readNodes {
		switch _, ok := p.byNode[n]; {
		case !ok:
			gone = append(gone, n)
		case dirty[n]:
			kept = append(kept, n)
		}
	}
	keep := func(meeting string) bool { return dirty[meeting] }
	return []statement{
		{name: "merge-meetings", cypher: queries.MergeMeetings, rows: params(filter(p.nodes, func(m meetingRow) bool { return keep(m.id) }))},
		{name: "move-reports", cypher: queries.MoveReports, rows: moves},
		{name: "delete-meetings", cypher: queries.DeleteMeetings, ids: gone},
		{name: "clear-meetings", cypher: queries.ClearMeetings, ids: kept},
		{name: "merge-held-in", cypher: queries.MergeHeldIn, rows: params(filter(p.heldIn, func(h heldInRow) bool { return keep(h.meeting) }))},
		{name: "merge-attended", cypher: queries.MergeAttended, rows: params(filter(p.attended, func(a attendedRow) bool { return keep(a.meeting) }))},
		{name: "merge-reports", cypher: queries.MergeReports, rows: reports},
		{name: "set-report-rules", cypher: queries.SetReportRules, rows: rules},
		{name: "merge-met", cypher: queries.MergeMet, rows: params(filter(p.met, func(m metRow) bool { return keep(m.meeting.id) }))},
	}
}

func filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

// lookups returns the rows of neighbour-meetings for reports: one per
// report, its named participants (all of them if it names fewer than two)
// and a window, the days its record allows widened by the farthest a join
// reaches, so that every record whose decision the new ones may change is
// read too. A record it may join shares two of its named parties.
func lookups(reports []*report) []map[string]any {
	const reach = heldBefore + plannedAfter + planSpan
	by := map[string]*lookup{}
	for _, r := range reports {
		iv := r.rec.interval()
		if iv.lo == noInterval {
			continue
		}
		var names []string
		for _, p := range r.rec.parties {
			if p.typ != graphify.TypeGroup && p.typ != graphify.TypeRole {
				names = append(names, p.name)
			}
		}
		need := 2
		if len(names) < 2 {
			names, need = nil, 1
			for _, p := range r.rec.parties {
				names = append(names, p.name)
			}
		}
		window := interval{addDays(iv.lo, -reach), addDays(iv.hi, reach)}
		for _, l := range append(hostLookups(r.rec, names, need), lookup{names: names, need: need}) {
			slices.Sort(l.names)
			l.names = slices.Compact(l.names)
			if len(l.names) == 0 {
				continue
			}
			k := key(append(l.names, fmt.Sprint(l.need))...)
			if by[k] == nil {
				by[k] = &lookup{names: l.names, need: l.need}
			}
			by[k].ivs = append(by[k].ivs, window)
		}
	}
	// One row per names and run of overlapping windows.
	var rows []map[string]any
	for _, k := range slices.Sorted(maps.Keys(by)) {
		l := by[k]
		slices.SortFunc(l.ivs, func(a, b interval) int { return strings.Compare(a.lo, b.lo) })
		cur := l.ivs[0]
		for _, iv := range append(l.ivs[1:], interval{}) {
			if iv.lo != noInterval && iv.lo <= cur.hi {
				cur = cur.union(iv)
				continue
			}
			rows = append(rows, map[string]any{"names": l.names, "need": l.need, "lo": cur.lo, "hi": cur.hi})
			cur = iv
		}
	}
	return rows
}

// A lookup is a row of neighbour-meetings: the meetings that need of names
// attended, on days that meet ivs.
type lookup struct {
	names []string
	need  int
	ivs   []interval
}

// hostLookups returns the lookups that find the records a record may join
// through withHosts, besides those that share two of its named parties:
// for a visit to a host country, the meetings of its other parties; for a
// record naming people of a country it does not name, the meetings of its
// other parties with that country.
func hostLookups(r record, named []string, need int) []lookup {
	if need < 2 {
		return nil
	}
	var out []lookup
	for _, p := range r.parties {
		switch {
		case (p.typ == graphify.TypeCountry || p.typ == graphify.TypeCity) && p.role == graphify.RoleHost:
			out = append(out, lookup{names: slices.DeleteFunc(slices.Clone(named), func(n string) bool { return n == p.name }), need: 1})
		case p.typ == graphify.TypePerson && p.country != "" && !hasParty(r, p.country):
			rest := slices.DeleteFunc(slices.Clone(named), func(n string) bool {
				i := slices.IndexFunc(r.parties, func(q party) bool { return q.name == n })
				return i >= 0 && r.parties[i].typ == graphify.TypePerson && r.parties[i].country == p.country
			})
			if len(rest) > 0 {
				out = append(out, lookup{names: append(rest, p.country), need: 2})
			}
		}
	}
	return out
}

// reportsOf sorts reports by article and record.
func sortReports(rs []*report) {
	slices.SortFunc(rs, func(a, b *report) int {
		return cmp.Or(strings.Compare(a.article, b.article), strings.Compare(a.rec.id, b.rec.id))
	})
}

// The rows of the statements that write the nodes other than meetings.
type (
	articleRow struct {
		id, url, title string
		published      time.Time // zero when unknown
	}
	countryRow struct{ name string }
	actorRow   struct {
		name    string
		types   []string // every type the batch's reports give it, sorted
		country string
		aliases []string // sorted
	}
	placeRow struct {
		id, name, country string
		lat, lon          *float64
	}
	affiliationRow  struct{ actor, country string }
	placeCountryRow struct{ place, country string }
)

func (a articleRow) params() map[string]any {
	var published any
	if !a.published.IsZero() {
		published = a.published
	}
	return map[string]any{"id": a.id, "url": nilIfEmpty(a.url), "title": nilIfEmpty(a.title), "published": published}
}

func (c countryRow) params() map[string]any { return map[string]any{"name": c.name} }

func (a actorRow) params() map[string]any {
	return map[string]any{"name": a.name, "types": a.types, "country": nilIfEmpty(a.country), "aliases": a.aliases}
}

func (p placeRow) params() map[string]any {
	row := map[string]any{"id": p.id, "name": p.name, "country": nilIfEmpty(p.country), "lat": nil, "lon": nil}
	if p.lat != nil && p.lon != nil {
		row["lat"], row["lon"] = *p.lat, *p.lon
	}
	return row
}

func (a affiliationRow) params() map[string]any {
	return map[string]any{"actor": a.actor, "country": a.country}
}

func (p placeCountryRow) params() map[string]any {
	return map[string]any{"place": p.place, "country": p.country}
}
