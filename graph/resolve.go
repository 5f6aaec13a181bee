package graph

import (
	"github.com/graphify-dev/graphify"

	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
)

// Resolving reports into meetings.
//
// A record is one article's report of one meeting (graphify.Meeting). resolve
// partitions a set of records into meetings and says, for every record, the
// rule that joined it. It is a pure function of the set: the same records
// give the same meetings whatever order they come in, which is what makes
// the graph independent of import order. WriteReports runs it over the new
// records and the records already in the graph that share an actor and a
// time with them; the CSV export over all records at the end.
//
// The rules, in order:
//
//  0. A record without a date joins the one record of its own article that
//     dates the same meeting (joinArticles): news dates a meeting once and
//     then tells of it undated ("plans to visit Washington in April … hopes
//     to meet Reagan").
//  1. Records that give a day join when their participants are compatible,
//     their days are at most one apart and their places agree. These joins
//     chain (a visit reported on three consecutive days is one meeting);
//     the chained records are a core. Two cores join when their days lie
//     within planSpan (10) days and at most one of them says the meeting
//     was held (1b: a plan's date moves, and a visit's plan gives its first
//     day); two held meetings more than a day apart stay two.
//  2. A record without a day (a month, or no date at all) joins the core
//     its interval overlaps, when exactly one core fits: a record that fits
//     two cores joins neither.
//  3. Records without a day that fit no core join each other when their
//     intervals overlap. A year is too wide to place a meeting: a record
//     dated by its year alone joins nothing.
//
// A record's interval is its day, its month, its year, or, when it gives no
// date, a window anchored on its article's publication day: a held meeting
// happened on or shortly before it, a planned (proposed, cancelled) one
// after it, within weeks; a proposed one from the day after it (a proposal
// made during a meeting is not that meeting). A postponed or denied meeting
// without a date has no interval: it joins nothing ("postponed" keeps the
// original date). "early", "mid" and "late" narrow a
// month to its thirds, and a planned meeting lies after its article.
//
// Participants are compatible when they name the same people, countries and
// organizations, or when one set holds the other and the smaller one still
// names the two principal parties: a host and a visitor of the larger one,
// or all of it but one, or two or more people of whom the larger adds only
// colleagues (sameDelegations). A host country stands for the other record's people
// of that country (withHosts): the visit of Nakasone to the United States
// and his talks with Reagan on the same days are one meeting; countries
// that are mere participants ("talks between the United States and Japan")
// stand for no one. Groups ("officials") and unnamed roles do not count:
// a record that names fewer than two parties joins only records with its
// exact participants and a day. A record without a date joins by its
// publication day only when it shares a person with the other, or tells it
// in the same words (a story filed again). Places agree when one is
// missing, equal, or a city of the other (a country) or in no known country. Kind is no reason to split: talks, a
// summit and a visit of the same parties on the same dates are one meeting.

// A record is what the resolver knows of one article's report of a meeting.
type record struct {
	id        string // graphify.MeetingID of the report, unique per article and meeting
	published string // the article's publication day, "" when unknown
	date      string // YYYY-MM-DD, YYYY-MM, YYYY or ""
	dateText  string // the words that gave the date: "in late April"
	words     string // its first evidence sentence, normalized (sentenceKey)
	status    string
	kind      string
	place     string // the Place id, name + "|" + country, or ""
	parties   []party
	articles  []string // the articles that give it, sorted
}

// A party is one participant of a record.
type party struct{ name, typ, role, country string }

// resolution is what resolve decides: the meeting of every record, by
// record id, and the rule that joined it.
type resolution struct {
	node map[string]string // record id → meeting id
	rule map[string]string // record id → why it is in its meeting
}

// Rules, as why-joined shows them.
const (
	ruleFirst     = "first record" // the record whose id the meeting takes
	ruleSameDay   = "same day"     // rule 1
	ruleDayApart  = "a day apart"  // rule 1
	ruleMonth     = "month holds the day"
	ruleWindow    = "no date: published around the day"
	ruleOverlap   = "no day: dates overlap"
	ruleContained = "; participants contained"
	ruleAmbiguous = "fits several meetings: joins none"
	ruleArticle   = "no date: its article's dated report"
	ruleAlone     = "no other record"
)

// The reach of the rules, in days. These are the resolver's only tuning;
// they were set by reading Reuters reports (testdata/reuters-meetings.tsv).
const (
	heldBefore     = 14 // a held meeting without a date may precede its article
	heldAfter      = 14 // … and follow it (news says "held" of a meeting under way or near)
	plannedAfter   = 28 // a planned meeting without a date may follow its article
	plannedBefore  = 1
	proposedAfter  = 1  // a proposal without a date is of a meeting after its article
	maxDayDistance = 1  // rule 1: reports of one meeting disagree by a day
	planSpan       = 10 // rule 1b: the days of a plan's cores
)

const (
	dayLayout  = time.DateOnly
	noInterval = "" // interval.lo of an unknown interval
)

// resolve partitions records into meetings. Records with the same id are
// one record.
func resolve(recs []record) resolution {
	recs = slices.Clone(recs)
	slices.SortFunc(recs, func(a, b record) int { return strings.Compare(a.id, b.id) })
	recs = slices.CompactFunc(recs, func(a, b record) bool { return a.id == b.id })
	rs := &resolver{recs: recs, iv: make([]interval, len(recs)), u: newUnionFind(len(recs))}
	for i, r := range recs {
		rs.iv[i] = r.interval()
	}
	rs.nb = neighbours(recs, rs.iv)
	rs.joinArticles()
	rs.joinDays()
	joinPlannedCores(recs, rs.nb, rs.u, rs.cores, rs.coreOf)
	fits, loose := rs.joinCores()
	rs.joinLoose(loose)
	return rs.name(fits)
}

// A resolver holds the state of one resolve: the records, their intervals
// and neighbours, and the meetings joined so far.
type resolver struct {
	recs   []record
	iv     []interval
	nb     [][]int
	u      *unionFind
	cores  map[int][]int // root → records with a day (rule 1)
	coreOf []int         // the root of a record's core, fixed before rule 2 joins more
	dated  []int         // the report of its article that dates a record without a date (rule 0), or -1
}

// joinArticles applies rule 0: a record without a date joins the one other
// record of its article that has a date (a day or a month) and tells of
// the same meeting: compatible participants with a person in common, places
// that agree, and both held or both still to come. News dates a meeting
// once and then tells of it as "the talks": "plans to visit Washington in
// April … hopes to meet President Reagan". A record that fits two dated
// records of its article joins neither by this rule.
func (rs *resolver) joinArticles() {
	rs.dated = make([]int, len(rs.recs))
	byArticle := map[string][]int{}
	for i, r := range rs.recs {
		rs.dated[i] = -1
		for _, a := range r.articles {
			byArticle[a] = append(byArticle[a], i)
		}
	}
	for i, r := range rs.recs {
		if r.date != "" || rs.iv[i].lo == noInterval {
			continue
		}
		var fit []int
		for _, a := range r.articles {
			for _, j := range byArticle[a] {
				o := rs.recs[j]
				if len(o.date) != 10 && len(o.date) != 7 || slices.Contains(fit, j) {
					continue
				}
				if (r.status == "held") == (o.status == "held") && compatible(r, o) && sharePerson(r, o) && placesAgree(r.place, o.place) {
					fit = append(fit, j)
				}
			}
		}
		if len(fit) == 1 {
			rs.dated[i] = fit[0]
			rs.u.union(i, fit[0])
		}
	}
}

// joinDays applies rule 1: cores of records with a day.
func (rs *resolver) joinDays() {
	for i, r := range rs.recs {
		for _, j := range rs.nb[i] {
			if len(r.date) == 10 && len(rs.recs[j].date) == 10 && dayLink(r, rs.recs[j]) != "" {
				rs.u.union(i, j)
			}
		}
	}
	rs.cores, rs.coreOf = map[int][]int{}, make([]int, len(rs.recs))
	for i, r := range rs.recs {
		if len(r.date) == 10 {
			rs.coreOf[i] = rs.u.find(i)
			rs.cores[rs.coreOf[i]] = append(rs.cores[rs.coreOf[i]], i)
		}
	}
}

// joinCores applies rule 2: a record without a day joins the one core it
// fits. It returns how many cores each record fits, and which records
// without a day fit none.
func (rs *resolver) joinCores() (fits []int, loose []bool) {
	fits, loose = make([]int, len(rs.recs)), make([]bool, len(rs.recs))
	for i, r := range rs.recs {
		if len(r.date) == 10 || len(r.date) == 4 || rs.iv[i].lo == noInterval || rs.dated[i] >= 0 {
			continue // a year is too vague to place a meeting; rule 0 placed it
		}
		var fit []int
		for _, j := range rs.nb[i] {
			root := rs.coreOf[j]
			if len(rs.recs[j].date) == 10 && !slices.Contains(fit, root) && fitsCore(rs.recs, rs.iv, i, rs.cores[root]) {
				fit = append(fit, root)
			}
		}
		fits[i] = len(fit)
		switch len(fit) {
		case 1:
			rs.u.union(i, fit[0])
		case 0:
			loose[i] = true
		}
	}
	return fits, loose
}

// joinLoose applies rule 3: records without a day that fit no core join
// each other when their dates overlap.
func (rs *resolver) joinLoose(loose []bool) {
	for i, a := range rs.recs {
		for _, j := range rs.nb[i] {
			b := rs.recs[j]
			if loose[i] && loose[j] && rs.iv[i].overlaps(rs.iv[j]) && compatible(a, b) && windowed(a, b) && placesAgree(a.place, b.place) {
				rs.u.union(i, j)
			}
		}
	}
}

// name gives each meeting the id of its record with the earliest day (the
// smallest id between equals, and when none has a day), and each record
// its rule.
func (rs *resolver) name(fits []int) resolution {
	res := resolution{node: map[string]string{}, rule: map[string]string{}}
	first, size := map[int]int{}, map[int]int{}
	for i := range rs.recs {
		root := rs.u.find(i)
		size[root]++
		if f, ok := first[root]; !ok || earlierRecord(rs.recs[i], rs.recs[f]) {
			first[root] = i
		}
	}
	for i, r := range rs.recs {
		root := rs.u.find(i)
		res.node[r.id] = rs.recs[first[root]].id
		res.rule[r.id] = ruleOf(rs.recs, rs.nb[i], rs.u, i, first[root], fits[i], size[root])
		if rs.dated[i] >= 0 && i != first[root] {
			res.rule[r.id] = ruleArticle
			if !slices.Equal(named(r), named(rs.recs[first[root]])) {
				res.rule[r.id] += ruleContained
			}
		}
	}
	return res
}

// neighbours returns, for every record, the records it may join: those
// that share a named party (or, for records naming fewer than two, all
// participants) and whose intervals come within a day of its own.
func neighbours(recs []record, iv []interval) [][]int {
	buckets := map[string][]int{}
	for i, r := range recs {
		if iv[i].lo == noInterval {
			continue
		}
		names := named(r)
		if len(names) < 2 {
			names = []string{"\x00" + strings.Join(allNames(r), "\x00")}
		}
		for _, name := range names {
			buckets[name] = append(buckets[name], i)
		}
	}
	reach := make([]string, len(recs)) // the last day a record may join, for rule 1b
	for i := range recs {
		if iv[i].lo != noInterval {
			reach[i] = addDays(iv[i].hi, planSpan)
		}
	}
	seen := map[[2]int]bool{}
	nb := make([][]int, len(recs))
	for _, name := range slices.Sorted(mapsKeys(buckets)) {
		b := buckets[name]
		slices.SortFunc(b, func(x, y int) int { return cmp.Or(strings.Compare(iv[x].lo, iv[y].lo), x-y) })
		for x, i := range b {
			for _, j := range b[x+1:] {
				if iv[j].lo > reach[i] {
					break
				}
				k := [2]int{min(i, j), max(i, j)}
				if !seen[k] {
					seen[k] = true
					nb[i] = append(nb[i], j)
					nb[j] = append(nb[j], i)
				}
			}
		}
	}
	for i := range nb {
		slices.Sort(nb[i])
	}
	return nb
}

// joinPlannedCores joins two cores of compatible records when at most one
// of them tells of a held meeting and their days lie within a week (a
// plan's date moves, and news dates a visit by its first day or by its
// talks): rule 1b. The joined days span at most planSpan days. Cores
// are visited in the order of their roots, so the result does not depend
// on the order of the records.
func joinPlannedCores(recs []record, nb [][]int, u *unionFind, cores map[int][]int, coreOf []int) {
	type core struct {
		lo, hi string
		held   bool
	}
	info := map[int]*core{}
	for root, members := range cores {
		c := &core{lo: recs[members[0]].date, hi: recs[members[0]].date}
		for _, i := range members {
			c.lo, c.hi = min(c.lo, recs[i].date), max(c.hi, recs[i].date)
			c.held = c.held || recs[i].status == "held"
		}
		info[root] = c
	}
	for _, a := range slices.Sorted(mapsKeys(cores)) {
		for _, i := range cores[a] {
			for _, j := range nb[i] {
				b := coreOf[j]
				if len(recs[j].date) != 10 || b <= a || !dayLinkable(recs[i], recs[j]) {
					continue
				}
				ra, rb := u.find(a), u.find(b)
				ca, cb := info[ra], info[rb]
				if ra == rb || ca.held && cb.held {
					continue
				}
				lo, hi := min(ca.lo, cb.lo), max(ca.hi, cb.hi)
				if d, ok := dayDistance(lo, hi); !ok || d > planSpan {
					continue
				}
				u.union(ra, rb)
				info[u.find(ra)] = &core{lo: lo, hi: hi, held: ca.held || cb.held}
			}
		}
	}
	for i, r := range recs {
		if len(r.date) == 10 {
			root := u.find(i)
			if root != coreOf[i] {
				cores[root] = append(cores[root], i)
			}
		}
	}
	for root := range cores {
		if u.find(root) != root {
			delete(cores, root)
		}
	}
	for i, r := range recs {
		if len(r.date) == 10 {
			coreOf[i] = u.find(i)
		}
	}
}

// dayLinkable reports whether two records with days may be one meeting,
// whatever their days.
func dayLinkable(a, b record) bool {
	return compatible(a, b) && placesAgree(a.place, b.place)
}

// ruleOf explains why record i is in the meeting of record f.
func ruleOf(recs []record, nb []int, u *unionFind, i, f, fits, size int) string {
	r := recs[i]
	if i == f {
		switch {
		case fits > 1:
			return ruleAmbiguous
		case size > 1:
			return ruleFirst
		}
		return ruleAlone
	}
	var rule string
	switch len(r.date) {
	case 10:
		rule = ruleDayApart
		for _, j := range nb {
			if u.find(j) == u.find(i) && dayLink(r, recs[j]) == ruleSameDay {
				rule = ruleSameDay
			}
		}
	case 7:
		rule = ruleMonth
	default:
		rule = ruleWindow
	}
	if len(r.date) != 10 && fits == 0 {
		rule = ruleOverlap
	}
	if fits > 1 {
		rule = ruleAmbiguous
	}
	if !slices.Equal(named(r), named(recs[f])) {
		rule += ruleContained
	}
	return rule
}

func earlierRecord(a, b record) bool {
	da, db := a.day(), b.day()
	switch {
	case da != "" && db == "":
		return true
	case da == "" && db != "":
		return false
	}
	return cmp.Or(strings.Compare(da, db), strings.Compare(a.id, b.id)) < 0
}

// day returns the record's day, or "".
func (r record) day() string {
	if len(r.date) == 10 {
		return r.date
	}
	return ""
}

// dayLink returns the rule that joins two records with days, or "".
func dayLink(a, b record) string {
	if !compatible(a, b) || !placesAgree(a.place, b.place) {
		return ""
	}
	d, ok := dayDistance(a.date, b.date)
	switch {
	case !ok || d > maxDayDistance:
		return ""
	case d == 0:
		return ruleSameDay
	}
	return ruleDayApart
}

// fitsCore reports whether record i, which has no day, fits the core.
func fitsCore(recs []record, iv []interval, i int, core []int) bool {
	hull := iv[core[0]]
	found := false
	for _, j := range core {
		hull = hull.union(iv[j])
		if !placesAgree(recs[i].place, recs[j].place) {
			return false
		}
		found = found || compatible(recs[i], recs[j]) && windowed(recs[i], recs[j])
	}
	return found && iv[i].overlaps(hull)
}

// named returns the sorted names of a record's people, countries and
// organizations: the parties that identify a meeting.
func named(r record) []string {
	var out []string
	for _, p := range r.parties {
		if p.typ != "group" && p.typ != "role" {
			out = append(out, strings.ToLower(p.name))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func allNames(r record) []string {
	out := make([]string, len(r.parties))
	for i, p := range r.parties {
		out[i] = strings.ToLower(p.name)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// compatible reports whether two records may tell of one meeting by their
// participants.
func compatible(a, b record) bool {
	if (a.kind == "phone") != (b.kind == "phone") {
		return false // a call is no visit
	}
	if len(named(a)) < 2 || len(named(b)) < 2 {
		return len(a.date) == 10 && len(b.date) == 10 && slices.Equal(allNames(a), allNames(b))
	}
	a, b = withHosts(a, b), withHosts(b, a)
	na, nb := named(a), named(b)
	if slices.Equal(na, nb) {
		return true
	}
	small, large, sr, lr := na, nb, a, b
	if len(na) > len(nb) {
		small, large, sr, lr = nb, na, b, a
	}
	for _, n := range small {
		if _, ok := slices.BinarySearch(large, n); !ok {
			return false
		}
	}
	if len(large)-len(small) <= 1 {
		return true
	}
	return holdsPrincipals(small, lr) || sameDelegations(sr, lr)
}

// sameDelegations reports whether the parties that large names beyond
// small are colleagues of small's people: persons of a country one of
// small's people is of, or of no known country, or such a country itself.
// small must name at least two people: ministers who bring colleagues
// (Lyng and Kato; Lyng, Yeutter, Kato and Japan) hold one meeting, while a
// third country's minister or an organization is another party. A person's
// country is taken from either record (news names it once).
func sameDelegations(small, large record) bool {
	countryOf := map[string]string{}
	for _, r := range []record{small, large} {
		for _, p := range r.parties {
			if p.typ == graphify.TypePerson && p.country != "" {
				countryOf[strings.ToLower(p.name)] = strings.ToLower(p.country)
			}
		}
	}
	countries, people := map[string]bool{}, 0
	for _, p := range small.parties {
		if p.typ == graphify.TypePerson {
			people++
			if c := countryOf[strings.ToLower(p.name)]; c != "" {
				countries[c] = true
			}
		}
	}
	if people < 2 {
		return false
	}
	for _, p := range large.parties {
		if p.typ == "group" || p.typ == "role" || hasParty(small, p.name) {
			continue
		}
		switch c := countryOf[strings.ToLower(p.name)]; {
		case p.typ == graphify.TypePerson && (c == "" || countries[c]):
		case p.typ == graphify.TypeCountry && countries[strings.ToLower(p.name)]:
		default:
			return false
		}
	}
	return true
}

// withHosts returns r with each host country (or city) that o does not
// name replaced by o's people of that country (or by the country), as
// hosts: the visit of Nakasone to the United States (or to Washington) and
// his talks with Reagan, on the same days, are one meeting. A country stands for its people only as the host of a visit;
// "talks between the United States and Japan" are not Reagan's.
func withHosts(r, o record) record {
	var out []party
	for _, p := range r.parties {
		if p.typ != graphify.TypeCountry && p.typ != graphify.TypeCity || p.role != graphify.RoleHost || hasParty(o, p.name) {
			out = append(out, p)
			continue
		}
		country := p.name
		if p.typ == graphify.TypeCity {
			// A visit to Washington is a visit to the United States.
			if country = p.country; hasParty(o, country) {
				out = append(out, party{name: country, typ: graphify.TypeCountry, role: graphify.RoleHost, country: country})
				continue
			}
		}
		var people []party
		for _, q := range o.parties {
			if q.typ == graphify.TypePerson && strings.EqualFold(q.country, country) && !hasParty(r, q.name) {
				people = append(people, party{name: q.name, typ: q.typ, role: graphify.RoleHost, country: q.country})
			}
		}
		if len(people) == 0 {
			people = []party{p}
		}
		out = append(out, people...)
	}
	r.parties = out
	return r
}

// hasParty reports whether r names the party name.
func hasParty(r record, name string) bool {
	return slices.ContainsFunc(r.parties, func(p party) bool { return strings.EqualFold(p.name, name) })
}

// sharePerson reports whether a and b name a person in common.
func sharePerson(a, b record) bool {
	for _, p := range a.parties {
		if p.typ != graphify.TypePerson {
			continue
		}
		for _, q := range b.parties {
			if q.typ == graphify.TypePerson && strings.EqualFold(p.name, q.name) {
				return true
			}
		}
	}
	return false
}

// windowed reports whether a and b, compatible, are specific enough to join
// when one of them has no date at all and is placed only by its article's
// publication day: they must share a person, or tell it in the same words
// (a story filed again). Countries and organizations meet too often for
// "talks between the United States and Japan" published in the same weeks
// to be one meeting.
func windowed(a, b record) bool {
	if a.date != "" && b.date != "" {
		return true
	}
	return sharePerson(a, b) || a.words != "" && a.words == b.words
}

// sentenceKey returns a sentence in lower case, its words separated by
// single spaces: two articles that tell a meeting in the same words give
// the same key, whatever their line breaks and punctuation.
func sentenceKey(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// holdsPrincipals reports whether names include a host and a visitor of r.
func holdsPrincipals(names []string, r record) bool {
	var host, visitor bool
	for _, p := range r.parties {
		_, in := slices.BinarySearch(names, strings.ToLower(p.name))
		host = host || in && p.role == "host"
		visitor = visitor || in && p.role == "visitor"
	}
	return host && visitor
}

// placesAgree reports whether two Place ids may name the place of one
// meeting: one is unknown, they are equal, or one is a country and the
// other lies in it or in no known country (a city the extractor could not
// place: "Frankfurt" beside "West Germany").
func placesAgree(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	an, ac, _ := strings.Cut(a, "|")
	bn, bc, _ := strings.Cut(b, "|")
	isCountry := func(name, country string) bool { return country != "" && name == country }
	return isCountry(an, ac) && (bc == ac || bc == "") || isCountry(bn, bc) && (ac == bc || ac == "")
}

// An interval of days, inclusive; lo == noInterval when unknown.
type interval struct{ lo, hi string }

func (a interval) overlaps(b interval) bool {
	return a.lo != noInterval && b.lo != noInterval && a.lo <= b.hi && b.lo <= a.hi
}

func (a interval) union(b interval) interval {
	return interval{min(a.lo, b.lo), max(a.hi, b.hi)}
}

// interval returns the days a record's meeting may fall on.
func (r record) interval() interval {
	switch len(r.date) {
	case 10:
		return interval{r.date, r.date}
	case 7:
		t, err := time.Parse("2006-01", r.date)
		if err != nil {
			return interval{}
		}
		lo, hi := t, t.AddDate(0, 1, -1)
		switch part := monthPart(r.dateText); part {
		case "early":
			hi = t.AddDate(0, 0, 9)
		case "mid":
			lo, hi = t.AddDate(0, 0, 10), t.AddDate(0, 0, 19)
		case "late":
			lo = t.AddDate(0, 0, 20)
		}
		iv := interval{lo.Format(dayLayout), hi.Format(dayLayout)}
		// A planned meeting lies after its article.
		if r.status == "planned" && r.published != "" && iv.lo < r.published && r.published <= iv.hi {
			iv.lo = r.published
		}
		return iv
	case 4:
		return interval{r.date + "-01-01", r.date + "-12-31"}
	case 0:
	default:
		return interval{}
	}
	if r.published == "" {
		return interval{}
	}
	switch r.status {
	case "held":
		return interval{addDays(r.published, -heldBefore), addDays(r.published, heldAfter)}
	case "planned", "cancelled":
		return interval{addDays(r.published, -plannedBefore), addDays(r.published, plannedAfter)}
	case "proposed":
		return interval{addDays(r.published, proposedAfter), addDays(r.published, plannedAfter)}
	}
	return interval{}
}

// monthParts names the thirds of a month in date texts ("in early April",
// "at the end of the month", "mid-May").
var monthParts = []struct{ word, part string }{
	{"early", "early"}, {"beginning", "early"}, {"start", "early"},
	{"mid", "mid"}, {"middle", "mid"},
	{"late", "late"}, {"end", "late"},
}

// monthPart returns the third of its month that a date text names, or "".
func monthPart(text string) string {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r < 'a' || r > 'z' }) {
		for _, p := range monthParts {
			if w == p.word {
				return p.part
			}
		}
	}
	return ""
}

// dayDistance returns how many days apart two days are.
func dayDistance(a, b string) (int, bool) {
	x, err1 := time.Parse(dayLayout, a)
	y, err2 := time.Parse(dayLayout, b)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	d := int(x.Sub(y).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d, true
}

// A unionFind joins indexes into sets; the smaller index is the root.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *unionFind) union(i, j int) {
	a, b := u.find(i), u.find(j)
	if a != b {
		u.parent[max(a, b)] = min(a, b)
	}
}

func mapsKeys[K comparable, V any](m map[K]V) func(func(K) bool) {
	return func(yield func(K) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// newRecord returns the record of meeting m of article art, whose record id
// is id and place id pid.
func newRecord(art graphify.Article, m graphify.Meeting, id, pid string) record {
	r := record{id: id, status: m.Status, kind: m.Kind, place: pid, articles: []string{art.ID}}
	if !art.Published.IsZero() {
		r.published = art.Published.Format(dayLayout)
	}
	r.dateText = m.DateText
	for _, ev := range m.Evidence {
		r.words = lesser(r.words, sentenceKey(ev.Sentence))
	}
	if m.Date != nil {
		r.date = *m.Date
	}
	for _, p := range m.Participants {
		r.parties = append(r.parties, party{name: p.Name, typ: p.Type, role: p.Role, country: p.Country})
	}
	return r
}
