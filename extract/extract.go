// Package extract finds the meetings that news articles report: who met whom,
// where, when, and whether the meeting happened or is only planned.
//
// It works in three passes per article. A cheap lexical filter picks the
// sentences that contain a meeting word ("met", "talks", "visit", "hosted",
// "telephoned", "summit", …); only those are tokenised and analysed. For each
// such word, rules over the surrounding clause find the parties (names, roles
// such as "the Soviet foreign minister", groups, countries), the place, the
// date and the status. Finally the reports of one meeting in several sentences
// are merged into one record with several evidence sentences, and partial
// names ("Putin", "Mr Putin", "he") are resolved to the article's full names.
//
// prose's tagger and entity recogniser are used only as evidence for names
// the gazetteers do not know, and only in sentences that need it.
package extract

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	graphify "github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/extract/gazetteer"
	"github.com/graphify-dev/graphify/extract/syntax"
	"github.com/graphify-dev/graphify/extract/when"
)

// Extractor finds meetings in articles. It is safe for concurrent use: the
// prose model is loaded once and shared read-only.
type Extractor struct {
	model   *prose.Model
	syntax  *syntax.Model
	parsers sync.Pool // of *syntax.Parser: each owns its buffers
}

// New loads the language models. Call it once and share the Extractor.
func New() (e *Extractor, err error) {
	if patternsErr != nil {
		return nil, patternsErr
	}
	sm, err := syntax.Load()
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil { // prose panics when its embedded assets fail to load
			err = fmt.Errorf("load prose model: %v", r)
		}
	}()
	e = &Extractor{model: prose.ModelFromData("en"), syntax: sm}
	e.parsers.New = func() any { return sm.NewParser() }
	return e, nil
}

// Meetings returns the meetings an article reports, in order of first mention.
// An article without meetings gives an empty slice.
func (e *Extractor) Meetings(a graphify.Article) []graphify.Meeting {
	d := &doc{e: e, a: a, sents: splitSentences(a.Text)}
	for i, s := range d.sents {
		text := a.Text[s.start:s.end]
		if !hasTrigger(text) {
			continue
		}
		d.sentence(i, text)
	}
	return d.meetings()
}

// hasTrigger is the cheap filter: does any word of s look like a meeting word?
// It lower-cases ASCII words into a small buffer, so it does not allocate.
func hasTrigger(s string) bool {
	var buf [16]byte
	n := 0
	over := false
	for i := 0; i <= len(s); i++ {
		var c byte
		if i < len(s) {
			c = s[i]
		}
		switch {
		case c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			if n > 0 && !over {
				if _, ok := triggers[string(buf[:n])]; ok {
					return true
				}
			}
			n, over = 0, false
			continue
		}
		if n < len(buf) {
			buf[n] = c
			n++
		} else {
			over = true
		}
	}
	return false
}

// compoundHead returns the meeting noun that the meeting noun at t
// modifies ("summit meeting", "summit talks"), or -1.
func compoundHead(toks []token, t int) int {
	h := t + 1
	if scareQuoted(toks, t) {
		h = t + 2 // a "summit" conference
	}
	if h >= len(toks) || !toks[h].word {
		return -1
	}
	a, okA := triggers[toks[t].lower]
	b, okB := triggers[toks[h].lower]
	if !okA || !okB || !a.noun || !b.noun || a.visit || b.visit {
		return -1
	}
	return h
}

// modifierOf returns the meeting noun that modifies the one at t ("summit"
// in "summit meeting" or a "summit" conference), or -1.
func modifierOf(toks []token, t int) int {
	for k := t - 1; k >= 0 && k >= t-2; k-- {
		if compoundHead(toks, k) == t {
			return k
		}
	}
	return -1
}

// doc is the state of one article while its meetings are found.
type doc struct {
	e      *Extractor
	a      graphify.Article
	sents  []span
	frames []frame
	ms     []mention // the mentions of the sentence being analysed

	// Built on demand from the whole article: its people, by surname.
	people   map[string]string // lower-case surname -> full name
	persons  []mention         // every person mention, token offsets into the article
	names    []mention         // every person mention and every name of unknown kind, likewise (see holderNamed)
	actors   []mention         // every person, country and organisation mention, likewise
	allToks  []token
	peopleOK bool
	surnames map[string]surnameHit

	fullNames map[string]string // acronym -> a body's full name the article gave (see expandAcronyms)
	asOf      time.Time         // the day office holders are looked up on for the sentence (see asOf)
}

// asOf is the day a sentence's offices are held on: the first date it
// spells with a year ("the U.S. President's visit in China, 22 February
// 1972" is Nixon's), else the publication date.
func asOf(exprs []when.Expr, published time.Time) time.Time {
	for _, x := range exprs {
		if !hasYear(x.Text) || !calendarValue(x.Value) {
			continue
		}
		for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
			if t, err := time.Parse(layout, x.Value); err == nil {
				return t
			}
		}
	}
	return published
}

// sentence analyses one sentence that passed the filter.
func (d *doc) sentence(si int, text string) {
	s := d.sents[si]
	toks := tokenize(text)
	var labels []string
	label := func(i int) string {
		if labels == nil {
			labels = d.e.labels(text, toks)
		}
		return labels[i]
	}
	ms := mentions(toks, label)
	d.ms = ms
	var exprs []when.Expr
	exprsDone := false
	var parse *syntax.Parser // taken from the pool for the first frame only
	var tree *syntax.Sentence
	for t, tok := range toks {
		tr, ok := triggers[tok.lower]
		if !ok || !tok.word || inName(toks, t) || compoundHead(toks, t) >= 0 {
			continue // "summit meeting": one meeting, read at its head
		}
		if k := modifierOf(toks, t); k >= 0 {
			tr.kind = triggers[toks[k].lower].kind // a "summit meeting" is a summit
		}
		f, ok := frameAt(text, toks, ms, t, tr)
		if !ok {
			continue
		}
		f.sent = s
		if (len(f.parties) < 2 || weakOnly(f.parties)) && (weakOnly(f.parties) || otherActor(ms, f.parties)) {
			// The window rules found one side at most: ask the tree.
			if parse == nil {
				parse = d.e.parsers.Get().(*syntax.Parser)
				defer d.e.parsers.Put(parse)
				tree = parse.Parse(text)
			}
			addSyntaxParties(&f, syntaxParties(tree, toks, ms, t, tr), text, toks)
		}
		if d.restatesSameSentence(si, toks, &f) {
			continue // "… a meeting between X and Y, the first talk between the veteran leaders"
		}
		if !exprsDone {
			exprs = when.Find(text, d.a.Published)
			exprsDone = true
			d.asOf = asOf(exprs, d.a.Published)
		}
		f.parties = d.resolveParties(f.parties, si, text, toks, ms, label)
		f.date = d.frameDate(exprs, text, toks, t, ms)
		if d.settingOfLast(toks, f) {
			continue
		}
		for _, g := range tour(f) {
			d.frames = append(d.frames, separately(g)...)
		}
	}
}

// tokenAt returns the index of the token that starts at byte offset off,
// or -1.
func tokenAt(toks []token, off int) int {
	i, ok := slices.BinarySearchFunc(toks, off, func(tk token, off int) int { return tk.start - off })
	if !ok {
		return -1
	}
	return i
}

// inOtherRelative reports a word k inside a relative clause set off by
// commas that tells of a person (", who leaves for Moscow on Tuesday,"),
// not of a meeting ("The meetings, which end today, …"), and that does not
// hold the word t. (A trip's date may be told of its traveller: "the trip by
// Baker, who was to have left April 30": the caller keeps those.)
func inOtherRelative(toks []token, ms []mention, k, t int) bool {
	start := -1
	for j := k - 1; j >= 1 && j >= k-12; j-- {
		if w := toks[j].lower; w == "," || clauseEnds[w] && !relativePronouns[w] {
			if w != "," || !relativePronouns[toks[j+1].lower] {
				return false
			}
			start = j
			break
		}
	}
	if start < 0 || t > start && t < k || !slices.ContainsFunc(ms, func(m mention) bool { return m.last == start && m.actor() }) {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		if toks[j].lower == "," {
			return t < start || t > j
		}
	}
	return false
}

// relativePronouns open a relative clause after a comma.
var relativePronouns = map[string]bool{"who": true, "whom": true, "whose": true}

// restatesSameSentence drops the counted groups of a frame that restate
// its other parties, and reports a frame whose parties only restate those
// of a meeting of the same sentence, which it adds nothing to. Otherwise a
// restating frame ("The two leaders met again on Sunday") refers to the
// meeting told before, if it fits (see match), else to one of "leaders".
func (d *doc) restatesSameSentence(si int, toks []token, f *frame) bool {
	f.parties = withoutRestatements(toks, f.parties)
	if !restates(toks, *f) {
		return false
	}
	if len(d.frames) > 0 && d.frames[len(d.frames)-1].sent == f.sent {
		return true
	}
	f.restated, f.anaphoric = true, true
	f.recounted = d.recount(toks, f.parties, si)
	return false
}

// countedKinds are the nouns a count restates ("the two countries", "both
// sides") and the kind of actor each stands for; "" is any.
var countedKinds = map[string]string{
	"countries": graphify.TypeCountry, "nations": graphify.TypeCountry, "governments": graphify.TypeCountry,
	"leaders": graphify.TypePerson, "men": graphify.TypePerson, "presidents": graphify.TypePerson, "ministers": graphify.TypePerson,
	"sides": "", "delegations": "", "parties": "",
}

// recount resolves a frame's one counted group ("the two countries",
// "both sides") to the two actors the sentences before named last, when
// they are of the noun's kind and one of them is public: the parties a
// restated meeting has when no meeting told before has two.
func (d *doc) recount(toks []token, ps []party, si int) []party {
	if len(ps) != 1 || ps[0].m.first < 1 {
		return nil
	}
	p := ps[0]
	kind, ok := countedKinds[toks[p.m.last-1].lower]
	k := p.m.first
	if !ok || p.m.last-k != 1 || !(toks[k-1].lower == "both" || k >= 2 && toks[k-2].lower == "the" && numberWords[toks[k-1].lower] == 2) {
		return nil
	}
	p.m.count = 2
	two := d.counted(p, si)
	if len(two) != 2 || !slices.ContainsFunc(two, publicActor) {
		return nil
	}
	for _, q := range two {
		if kind != "" && q.m.typ != kind {
			return nil
		}
	}
	return two
}

// frameDate is the date a frame's sentence gives its meeting: the nearest
// date expression that is the meeting's, else a time of day, else the
// month that premodifies the meeting noun.
func (d *doc) frameDate(exprs []when.Expr, text string, toks []token, t int, ms []mention) *when.Expr {
	if x := nearestDate(exprs, toks, t, ms); x != nil {
		return x
	}
	if x := d.clockTime(text, toks, t); x != nil {
		return x
	}
	return d.monthBefore(text, toks, t)
}

// monthBefore dates a meeting noun by the month that premodifies it: "the
// June summit", "their December meeting", "a scheduled June session". The
// date resolver reads a bare month only after "in"; here the month is the
// meeting's own.
func (d *doc) monthBefore(text string, toks []token, t int) *when.Expr {
	if !triggers[toks[t].lower].noun || d.a.Published.IsZero() {
		return nil
	}
	for k := t - 1; k >= 1 && k >= t-2; k-- {
		tk := toks[k]
		month, ok := when.MonthOf(tk.text)
		if !tk.upper || !ok {
			continue
		}
		if p := toks[k-1].lower; !isDeterminer(p) && !possessiveDeterminers[p] && !sittingCues[p] {
			return nil
		}
		return &when.Expr{Start: tk.start, End: tk.end, Text: tk.text, Value: nearestMonth(month, d.a.Published), Precision: "month", Mod: nearestMod}
	}
	return nil
}

// nearestMod marks a month that monthBefore resolved to its nearest
// occurrence, which the status does not move further ahead.
const nearestMod = "NEAREST"

// nearestMonth is the occurrence of a month nearest to the day of
// publication, before or after it: in a March story "the June summit" is
// this June, "the December meeting" last December.
func nearestMonth(month time.Month, pub time.Time) string {
	m := int(month)
	y := pub.Year()
	diff := m - int(pub.Month())
	switch {
	case diff > 6:
		y--
	case diff < -6:
		y++
	}
	return fmt.Sprintf("%04d-%02d", y, m)
}

// sittingCues come before a month that dates a sitting: "a scheduled June
// session", "the regular December meeting".
var sittingCues = map[string]bool{"scheduled": true, "regular": true, "next": true, "last": true, "planned": true}

// clockTime dates a meeting that the sentence gives only a time of day, in
// its own clause, to the day of publication: wire copy's "is expected to
// begin around 3 p.m. local time" is today's.
func (d *doc) clockTime(text string, toks []token, t int) *when.Expr {
	if d.a.Published.IsZero() {
		return nil
	}
	for k := t + 1; k < len(toks) && k <= t+12; k++ {
		if clauseEnds[toks[k].lower] || toks[k].text == "." {
			return nil
		}
		if clockUnits[toks[k].lower] && k > 0 && isDigits(toks[k-1].text) {
			return &when.Expr{Start: toks[k-1].start, End: toks[k].end, Text: text[toks[k-1].start:toks[k].end],
				Value: d.a.Published.Format("2006-01-02"), Precision: "day"}
		}
	}
	return nil
}

// clockUnits follow the number of a time of day: "3 p.m.", "1900 gmt".
var clockUnits = map[string]bool{"p.m.": true, "a.m.": true, "pm": true, "am": true, "gmt": true, "utc": true, "est": true, "edt": true}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// settingOfLast folds a meeting noun that is the setting of the meeting
// verb just before it into that verb's frame: "ministers met in a closed
// session of the committee" is one meeting, with the committee.
func (d *doc) settingOfLast(toks []token, f frame) bool {
	if len(d.frames) == 0 || !triggers[toks[f.trigger].lower].noun {
		return false
	}
	last := &d.frames[len(d.frames)-1]
	v := last.trigger
	if last.sent != f.sent || v >= f.trigger || triggers[toks[v].lower].noun || f.trigger-v > 5 || !settingWords[toks[v+1].lower] {
		return false
	}
	for k := v + 2; k < f.trigger; k++ {
		if w := toks[k].lower; !toks[k].word || toks[k].upper && !isDeterminer(w) || prepositions[w] || linkWords[w] {
			return false
		}
	}
	for _, p := range f.parties {
		if !slices.ContainsFunc(last.parties, func(q party) bool { return q.m.name == p.m.name }) {
			last.parties = append(last.parties, p)
		}
	}
	if last.place == nil {
		last.place = f.place
	}
	if last.date == nil {
		last.date = f.date
	}
	return true
}

// settingWords put a meeting noun after a meeting verb as the verb's
// setting: "met at a conference of", "talked during a session of".
var settingWords = map[string]bool{"in": true, "at": true, "during": true}

// counted resolves a bare count ("the two", "the seven") to what the
// article named before: two parties named in one of the two sentences
// before ("Trump praised King Salman. The two spoke by telephone"), or a
// phrase counting as many ("wrote to seven other airlines … the seven have
// agreed"). Else it stays the group, which the meeting told before may
// restate (see restates).
func (d *doc) counted(p party, si int) []party {
	d.buildPeople()
	start := d.sents[si].start
	from := 0
	if si >= 2 {
		from = d.sents[si-2].start
	}
	if p.m.count == 2 {
		var two []party
		for i := len(d.actors) - 1; i >= 0 && len(two) < 2; i-- {
			m := d.actors[i]
			if at := d.allToks[m.first].start; at >= start || at < from {
				continue
			}
			q := party{m: m, role: p.role}
			q.m.first, q.m.last = p.m.first, p.m.last // where the sentence names it
			d.canonical(&q.m)
			if !slices.ContainsFunc(two, func(r party) bool { return r.m.name == q.m.name }) {
				q.text = q.m.name
				two = append(two, q)
			}
		}
		if len(two) == 2 {
			return []party{two[1], two[0]}
		}
	}
	word := p.m.name
	for k := len(d.allToks) - 2; k > 0; k-- {
		if d.allToks[k].start >= start || d.allToks[k].lower != word || d.allToks[k-1].lower == "the" {
			continue
		}
		// The phrase runs to its plural head: "seven other Community airlines".
		for end := k + 1; end < len(d.allToks) && end-k <= 4 && d.allToks[end].word && !prepositions[d.allToks[end].lower] && !linkWords[d.allToks[end].lower]; end++ {
			if w := d.allToks[end].lower; strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
				p.m.name = strings.Join(strings.Fields(d.a.Text[d.allToks[k].start:d.allToks[end].end]), " ")
				p.text = p.m.name
				return []party{p}
			}
		}
		break
	}
	p.text = "the " + word
	return []party{p}
}

// canonical names an article-wide mention of a person, country or
// organisation as a party: the full name of a person named by surname, the
// gazetteer's name, the country's name.
func (d *doc) canonical(m *mention) {
	switch m.typ {
	case graphify.TypeCountry:
		m.name = m.country
	case graphify.TypePerson:
		if full, ok := d.person(m.name); ok && !strings.Contains(m.name, " ") {
			m.name = full
		}
		knownPerson(m)
	}
}

// knownPerson gives a person the gazetteer knows its canonical name, and
// its country when the mention gave none.
func knownPerson(m *mention) {
	if pp, ok := gazetteer.LookupPerson(m.name); ok {
		m.name = pp.Name
		if m.country == "" {
			m.country = pp.Country
		}
	}
}

// resolveParties resolves pronouns and partial names to the people the
// article names, and folds acronyms and affiliations into their parties.
func (d *doc) resolveParties(ps []party, si int, text string, toks []token, ms []mention, label func(int) string) []party {
	var kept []party
	for i, p := range ps {
		if p.m.typ == typeUnknown && p.m.words == 1 {
			// "Kushner" in an article that names Jared Kushner, whatever
			// prose says of the word; a surname listed with known people.
			if _, ok := d.person(p.m.name); ok || coordinatedWithPerson(toks, ps, i) {
				p.m.typ = graphify.TypePerson
			}
		}
		if !settle(&p.m, label) {
			continue
		}
		if p.m.typ == typePronoun && toks[p.m.first].lower == "they" {
			kept = append(kept, d.they(p, ms, toks, label)...)
			continue
		}
		if p.m.count > 0 {
			kept = append(kept, d.counted(p, si)...)
			continue
		}
		if d.resolve(&p, si, toks) {
			kept = append(kept, p)
		}
	}
	d.counterparts(kept)
	kept = dedupeParties(dropAffiliations(dropAcronyms(kept, ms, toks, text), toks))
	d.expandAcronyms(kept, ms)
	return kept
}

// expandAcronyms names a body the article gave its full name by that name
// wherever the article uses its acronym ("the International Monetary Fund
// … the IMF"), as MEETINGS.md asks (the fullest name the article gives):
// the full names are learned from the bodies the sentences read so far
// name, by their initials.
func (d *doc) expandAcronyms(ps []party, ms []mention) {
	for _, m := range ms {
		if m.typ != graphify.TypeOrganization || !strings.Contains(m.name, " ") {
			continue
		}
		if a := initials(m.name); len(a) >= 2 {
			if d.fullNames == nil {
				d.fullNames = map[string]string{}
			}
			if _, ok := d.fullNames[a]; !ok {
				d.fullNames[a] = m.name
			}
		}
	}
	for i := range ps {
		if full, ok := d.fullNames[strings.ReplaceAll(ps[i].m.name, ".", "")]; ok && ps[i].m.typ == graphify.TypeOrganization {
			ps[i].m.name = full
		}
	}
}

// initials returns the capitals that begin a body's name's words, function
// words left out: "International Monetary Fund" gives "IMF", "General
// Agreement on Tariffs and Trade" "GATT", "Inter-American Development Bank"
// "IADB".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if r := w[0]; r >= 'A' && r <= 'Z' {
			b.WriteByte(r)
		}
	}
	return b.String()
}

// otherActor reports an actor mention in the sentence that is not one of
// the parties: only then can the tree add a party (syntaxParties maps the
// words it reaches to mentions), so only then is the sentence parsed.
func otherActor(ms []mention, ps []party) bool {
	for _, m := range ms {
		if !m.actor() || pressParty(m) {
			continue
		}
		known := false
		for _, p := range ps {
			known = known || p.m.first == m.first && p.m.last == m.last
		}
		if !known {
			return true
		}
	}
	return false
}

// coordinatedWithPerson reports whether party i is joined by "and" or a
// comma to a party that is a person: a name listed with people is a person's.
func coordinatedWithPerson(toks []token, ps []party, i int) bool {
	m := ps[i].m
	if hasTitleAt(toks, m.first) || strings.HasSuffix(toks[m.first].lower, "secretary") || strings.HasSuffix(toks[m.first].lower, "minister") {
		return false // "Undersecretary of State X"
	}
	if m.last < len(toks) && toks[m.last].lower == "and" {
		for k := m.last + 1; k < len(toks) && k <= m.last+3; k++ {
			if hasTitleAt(toks, k) {
				return false // "Trade and Industry Secretary X": part of a title
			}
		}
	}
	for j, q := range ps {
		if j == i {
			continue
		}
		a, b := m, q.m
		if b.last <= a.first {
			a, b = b, a
		}
		if b.first != a.last+1 || toks[a.last].lower != "and" && toks[a.last].lower != "," {
			continue
		}
		if q.m.typ == graphify.TypePerson && (q.m.title != "" || q.m.honorific || strings.Contains(q.m.name, " ")) {
			return true // a person by title or full name, not only by a known surname
		}
	}
	return false
}

// separately splits a meeting held separately with each of its objects
// into one meeting each: "Trump made separate calls to Abe and Xi" is two
// calls, each with Trump.
func separately(f frame) []frame {
	var subjects, objects []party
	for _, p := range f.parties {
		if p.object {
			objects = append(objects, p)
		} else {
			subjects = append(subjects, p)
		}
	}
	if !f.separate || len(subjects) == 0 || len(objects) < 2 {
		return []frame{f}
	}
	out := make([]frame, 0, len(objects))
	for _, o := range objects {
		g := f
		g.parties = append(slices.Clip(subjects), o)
		out = append(out, g)
	}
	return out
}

// tour splits a visit to several countries into one visit each: "Xi will
// visit France, Italy and Monaco" is three visits, each hosted by one
// country, not one meeting of four parties.
func tour(f frame) []frame {
	if f.kind != graphify.KindVisit {
		return []frame{f}
	}
	var hosts, others []party
	for _, p := range f.parties {
		if p.role == graphify.RoleHost && p.m.typ == graphify.TypeCountry {
			hosts = append(hosts, p)
		} else {
			others = append(others, p)
		}
	}
	if len(hosts) < 2 || len(others) == 0 {
		return []frame{f}
	}
	out := make([]frame, 0, len(hosts))
	for _, h := range hosts {
		g := f
		g.parties = append(append([]party(nil), others...), h)
		if f.place == nil || f.place.Country != h.m.name {
			pl := countryPlace(h.m.name)
			g.place = &pl
		}
		out = append(out, g)
	}
	return out
}

// validSameLength returns s with every byte of an invalid UTF-8 sequence
// replaced by a space, so that byte offsets stay the same.
func validSameLength(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			b[i] = ' '
		}
		i += n
	}
	return string(b)
}

// labels runs prose's tagger and entity recogniser over one sentence and maps
// its entity labels onto our tokens.
func (e *Extractor) labels(text string, toks []token) (out []string) {
	out = make([]string, len(toks))
	// prose's tokenizer slices strings past their end on some invalid
	// UTF-8 ("B\xf0\xf0'met"): give it valid text of the same length, and
	// should it still fail, the sentence goes on without labels.
	defer func() {
		if recover() != nil {
			clear(out)
		}
	}()
	text = validSameLength(text)
	pd, err := prose.NewDocument(text, prose.UsingModel(e.model), prose.WithSegmentation(false))
	if err != nil {
		return out
	}
	pos := 0
	ti := 0
	for _, pt := range pd.Tokens() {
		k := strings.Index(text[pos:], pt.Text)
		if k < 0 {
			continue
		}
		start := pos + k
		pos = start + len(pt.Text)
		for ti < len(toks) && toks[ti].end <= start {
			ti++
		}
		if ti < len(toks) && toks[ti].start <= start && pt.Label != "O" && pt.Label != "" {
			if l := pt.Label; len(l) > 2 && l[1] == '-' {
				out[ti] = l[2:]
			} else {
				out[ti] = l
			}
		}
	}
	return out
}

// resolve turns a party's mention into a canonical actor. It reports false
// when the party cannot be named (an unresolved pronoun).
func (d *doc) resolve(p *party, si int, toks []token) bool {
	m := &p.m
	switch m.typ {
	case typePronoun:
		c, named, ok := d.referent(m, si, toks)
		if !ok {
			return false
		}
		*m = c
		if !named {
			return d.resolve(p, si, toks)
		}
	case graphify.TypePerson:
		if !strings.Contains(m.name, " ") {
			// "King Salman", "Pope Francis": a title and a name known together.
			// "President Reagan": the office holder of the day comes before
			// another Reagan the article names ("Nancy Reagan").
			if p, ok := titledPerson(m.title, m.name); ok {
				m.name = p.Name
			} else if p, ok := d.bySurname(m.name); ok && m.title != "" {
				m.name = p.Name
			} else if full, ok := d.person(m.name); ok {
				m.name = full
			} else if p, ok := d.bySurname(m.name); ok {
				m.name = p.Name
			} else if m.title != "" && m.country != "" {
				if holder, ok := gazetteer.Office(m.country, m.title, d.asOf); ok && strings.HasSuffix(holder, m.name) {
					m.name = holder
				}
			}
		}
		knownPerson(m)
	case graphify.TypeRole:
		if h, ok := d.titleHolder(m); ok {
			m.typ, m.name, m.country = graphify.TypePerson, h.name, h.country // "the foreign minister" named before
		} else if t, ok := d.holderNamed(m); ok {
			m.typ, m.name, m.country = graphify.TypePerson, t.Person, t.Country // "the prime minister's visit" in a story that names Nakasone
		} else if holder, ok := gazetteer.Office(m.country, m.title, d.asOf); ok && !m.plural {
			m.typ, m.name = graphify.TypePerson, holder
		} else {
			m.name = strings.TrimSpace(m.country + " " + m.title)
		}
	case graphify.TypeCountry:
		m.name = m.country
	}
	if p.text == "" {
		p.text = m.name
	}
	return m.name != ""
}

// referent is the mention a pronoun stands for: the speaker of the quote
// "I" stands in, a name after it, the sentence's subject, or the person
// named before it in the article (named: the name is final).
func (d *doc) referent(m *mention, si int, toks []token) (c mention, named, ok bool) {
	if toks[m.first].lower == "i" {
		c, ok := quoteSpeaker(d.ms, toks, m.first) // "“I have met with many of them,” Trump said"
		return c, false, ok
	}
	if c, ok := d.cataphor(m, toks); ok {
		return c, false, true // "During his visit to Moscow, Assad thanked …"
	}
	if c, ok := d.sentenceSubject(m, toks); ok {
		return c, false, true // "Aqazadeh arrived after a stopover in Riyadh, where he met …"
	}
	name, country, ok := d.antecedent(si, toks[m.first].start)
	if !ok {
		// None before it: the person who closes the sentence as its
		// speaker ("He told the meeting prices must rise, Lukman said").
		c, ok := closingSpeaker(d.ms, toks, m.first)
		return c, false, ok
	}
	c = *m
	c.typ, c.name = graphify.TypePerson, name
	if c.country == "" {
		c.country = country
	}
	return c, true, true
}

// titleHolder finds the one person the article's meetings so far gave the
// title of a bare office ("the foreign minister", after "talks with the
// Chinese foreign minister Qin Gang"). Two holders of the title leave it
// a role.
func (d *doc) titleHolder(m *mention) (mention, bool) {
	if m.country != "" || m.plural || m.title == "" {
		return mention{}, false
	}
	var h mention
	for _, f := range d.frames {
		for _, p := range f.parties {
			if p.m.typ != graphify.TypePerson || p.m.title != m.title {
				continue
			}
			if h.name != "" && h.name != p.m.name {
				return mention{}, false
			}
			h = p.m
		}
	}
	return h, h.name != ""
}

// holderNamed finds the one person the article names who held a bare
// office (no country: "the prime minister") on the sentence's day, by the
// office table: "Nakasone … the prime minister's visit".
func (d *doc) holderNamed(m *mention) (gazetteer.Tenure, bool) {
	if m.country != "" || m.plural || m.title == "" {
		return gazetteer.Tenure{}, false
	}
	d.buildPeople()
	var found gazetteer.Tenure
	for _, n := range d.names {
		p, ok := gazetteer.LookupPerson(n.name)
		if !ok && !strings.Contains(n.name, " ") {
			p, ok = d.bySurname(n.name)
		}
		if !ok || p.Name == found.Person {
			continue
		}
		for _, t := range gazetteer.Tenures(p.Name) {
			if t.Office != m.title || !t.InOffice(d.asOf) {
				continue
			}
			if found.Person != "" {
				return gazetteer.Tenure{}, false // two holders named: which one is unsaid
			}
			found = t
		}
	}
	return found, found.Person != ""
}

// titledPerson finds a person known by a title and a name together: "King
// Salman", "Pope Francis".
func titledPerson(title, name string) (gazetteer.Person, bool) {
	if title == "" {
		return gazetteer.Person{}, false
	}
	return gazetteer.LookupPerson(title + " " + name)
}

// sentenceSubject resolves a personal pronoun to the name that opens its
// sentence as the subject of a verb, when no gazetteer or earlier full name
// makes that name a person ("Lyng said he suggested talks with Japan"), or
// to the role that does ("The President postponed his trip").
func (d *doc) sentenceSubject(m *mention, toks []token) (mention, bool) {
	if m.first < 2 || toks[m.first].lower == "they" {
		return mention{}, false
	}
	if len(d.ms) == 0 {
		return mention{}, false
	}
	// The mentions are in sentence order; a role may open it too: "The
	// President postponed his trip".
	c := d.ms[0]
	role := c.typ == graphify.TypeRole && !c.plural
	v := c.last
	for v < m.first && (sentenceAdverbs[toks[v].lower] || strings.HasSuffix(toks[v].lower, "ly")) {
		v++ // "The minister nevertheless added that he …"
	}
	if c.first != 0 || c.last >= m.first || !role && (c.typ != typeUnknown || c.words != 1) || !verbLike(toks[v]) {
		return mention{}, false
	}
	if !role {
		c.typ = graphify.TypePerson
	}
	return c, true
}

// closingSpeaker returns the person named as the speaker at the end of the
// sentence, after the word at i: ", Trade Minister Pat Carney said."
func closingSpeaker(ms []mention, toks []token, i int) (mention, bool) {
	end := len(toks)
	for end > 0 && !toks[end-1].word {
		end--
	}
	if end < 3 || !reportVerbs[toks[end-1].lower] {
		return mention{}, false
	}
	for _, m := range ms {
		if m.last == end-1 && m.first > i+1 && toks[m.first-1].lower == "," && m.typ == graphify.TypePerson {
			return m, true
		}
	}
	return mention{}, false
}

// quoteSpeaker returns the person who says the quote that "I" at token i
// stands in: named before or after the quote with a verb of saying (“…,”
// Trump said; Trump said: “…”).
func quoteSpeaker(ms []mention, toks []token, i int) (mention, bool) {
	quote := func(k int) bool { w := toks[k].text; return w == "\"" || w == "“" || w == "”" }
	open, shut := -1, -1
	for k := i - 1; k >= 0 && open < 0; k-- {
		if quote(k) {
			open = k
		}
	}
	for k := i + 1; k < len(toks) && shut < 0; k++ {
		if quote(k) {
			shut = k
		}
	}
	if open < 0 || shut < 0 {
		return mention{}, false
	}
	for _, m := range ms {
		if m.typ != graphify.TypePerson && m.typ != typeUnknown || m.first > open && m.last <= shut {
			continue
		}
		after := m.first > shut && m.first <= shut+3 && (m.last < len(toks) && reportVerbs[toks[m.last].lower] || reportVerbs[toks[m.first-1].lower])
		before := m.last < open && m.last >= open-3 && m.last < len(toks) && reportVerbs[toks[m.last].lower]
		if after || before {
			m.typ = graphify.TypePerson
			return m, true
		}
	}
	return mention{}, false
}

// counterparts names "his Iranian counterpart" after the office another
// party holds on the sentence's date (asOf): Turkey's foreign minister's Iranian
// counterpart is Iran's foreign minister.
func (d *doc) counterparts(ps []party) {
	for i := range ps {
		p := &ps[i]
		if p.m.typ != graphify.TypeGroup && p.m.typ != graphify.TypeRole || p.m.country == "" || !strings.HasSuffix(p.m.name, " counterpart") {
			continue
		}
		for _, q := range ps {
			if q.m.typ != graphify.TypePerson || q.m.country == p.m.country {
				continue
			}
			office := q.m.title
			if office == "" {
				for _, t := range gazetteer.Tenures(q.m.name) {
					if t.InOffice(d.asOf) {
						office = t.Office
						break
					}
				}
			}
			if office == "" {
				continue
			}
			if holder, ok := gazetteer.Office(p.m.country, office, d.asOf); ok {
				p.m.typ, p.m.name, p.m.title = graphify.TypePerson, holder, office
				break
			}
		}
	}
}

// they resolves "they" to the people named before it in the same sentence:
// "Trump and Pence will start at a church, after which they will meet Obama".
func (d *doc) they(p party, ms []mention, toks []token, label func(int) string) []party {
	var out []party
	for _, m := range ms {
		if m.first >= p.m.first || m.first < p.m.first-window/2 || afterPreposition(toks, m.first) {
			continue
		}
		if m.typ == typeUnknown && m.words >= 2 {
			m.typ = graphify.TypePerson // "they" stands for people: "Dave Connell" is one, whatever prose says
		}
		if m.typ == typeUnknown && !settle(&m, label) || m.typ != graphify.TypePerson {
			continue
		}
		q := party{m: m, role: p.role, text: m.name}
		if d.resolve(&q, 0, toks) {
			out = append(out, q)
		}
	}
	out = dedupeParties(out)
	if len(out) < 2 {
		return groupBefore(p, ms, toks) // "Kenyan diplomats left because they held talks"
	}
	return out
}

// groupBefore returns the group "they" stands for when it names no people:
// the last group of several before it in the sentence, not the object of a
// preposition.
func groupBefore(p party, ms []mention, toks []token) []party {
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.first >= p.m.first || m.typ != graphify.TypeGroup || afterPreposition(toks, m.first) {
			continue
		}
		return []party{{m: m, role: p.role, text: m.name}}
	}
	return nil
}

// cataphor resolves a pronoun in a fronted phrase to the subject that
// follows it: in "During his visit to Moscow, Assad thanked the army", "his"
// is Assad; in "As she entered a meeting of EU ministers, the bloc's foreign
// policy chief Federica Mogherini said …", "she" is Mogherini. The subject may
// follow a description of the person, but no verb. It needs the sentence's
// mentions, which resolve sets in d.ms.
func (d *doc) cataphor(m *mention, toks []token) (mention, bool) {
	if w := toks[0].lower; m.first == 0 || !adverbialOpeners[w] && w != "as" && w != "when" {
		return mention{}, false
	}
	comma := -1
	for k := m.first + 1; k < len(toks) && k < m.first+window; k++ {
		if toks[k].lower == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return mention{}, false
	}
	for _, c := range d.ms {
		if c.first <= comma {
			continue
		}
		if c.typ == graphify.TypePerson && c.first-comma <= 8 && !finiteVerbBetween(toks, comma+1, c.first) {
			return c, true
		}
		break // the first mention after the comma is not a person
	}
	return mention{}, false
}

// finiteVerbBetween reports whether toks[a:b] has a word that is surely a
// finite verb: an auxiliary, a copula or a past tense in "-ed".
func finiteVerbBetween(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		w := toks[k]
		if !w.word || w.upper {
			continue
		}
		switch w.lower {
		case "is", "was", "are", "were", "has", "had", "have", "will", "would", "said", "says", "met", "told":
			return true
		}
		if len(w.lower) > 4 && strings.HasSuffix(w.lower, "ed") {
			return true
		}
	}
	return false
}

// person resolves a surname to the full name the article uses elsewhere.
// bySurname is bySurname on the article's date, remembered per article:
// one surname recurs in many sentences.
func (d *doc) bySurname(w string) (gazetteer.Person, bool) {
	if r, ok := d.surnames[w]; ok {
		return r.p, r.ok
	}
	p, ok := bySurname(w, d.a.Published)
	if d.surnames == nil {
		d.surnames = map[string]surnameHit{}
	}
	d.surnames[w] = surnameHit{p, ok}
	return p, ok
}

type surnameHit struct {
	p  gazetteer.Person
	ok bool
}

func (d *doc) person(surname string) (string, bool) {
	d.buildPeople()
	full, ok := d.people[strings.ToLower(surname)]
	return full, ok
}

// buildPeople reads every person the article names in full, once.
func (d *doc) buildPeople() {
	if d.peopleOK {
		return
	}
	d.peopleOK = true
	d.people = map[string]string{}
	d.allToks = tokenize(d.a.Text)
	for _, m := range mentions(d.allToks, nil) {
		if m.typ == graphify.TypeCountry || m.typ == graphify.TypeOrganization {
			d.actors = append(d.actors, m)
		}
		if m.typ == typeUnknown {
			d.names = append(d.names, m)
		}
		if m.typ != graphify.TypePerson || m.last < len(d.allToks) && orgWords[d.allToks[m.last].lower] {
			continue // not "the House Appropriations subcommittee"
		}
		d.names = append(d.names, m)
		d.actors = append(d.actors, m)
		d.persons = append(d.persons, m)
		if !strings.Contains(m.name, " ") {
			continue
		}
		name := m.name
		if pp, ok := gazetteer.LookupPerson(name); ok {
			name = pp.Name
		}
		parts := strings.Fields(m.name)
		last := strings.ToLower(parts[len(parts)-1])
		if i := strings.LastIndexByte(last, '-'); i >= 0 && nameJoiners[last[:i]] {
			d.people[last[i+1:]] = name // "al-Assad" -> "assad"
		}
		if _, ok := d.people[last]; !ok {
			d.people[last] = name
		}
	}
}

// antecedent finds the person a pronoun at byte offset off of sentence si
// refers to: the first person named earlier in the same sentence, else the
// first person of the nearest earlier sentence that names one.
func (d *doc) antecedent(si int, off int) (name, country string, ok bool) {
	d.buildPeople()
	abs := d.sents[si].start + off
	for k := si; k >= 0 && k >= si-3; k-- {
		s := d.sents[k]
		end := s.end
		if k == si {
			end = abs
		}
		for _, m := range d.persons {
			start := d.allToks[m.first].start
			if start >= s.start && start < end {
				n := m.name
				if !strings.Contains(n, " ") {
					if full, ok := d.people[strings.ToLower(n)]; ok {
						n = full
					} else if p, ok := bySurname(n, d.a.Published); ok {
						n = p.Name
					}
				}
				if pp, ok := gazetteer.LookupPerson(n); ok {
					return pp.Name, pp.Country, true
				}
				return n, m.country, true
			}
		}
	}
	return "", "", false
}

// dropAcronyms folds a bracketed acronym into the party it follows: "the
// Liberal Democratic Party (LDP)" is one party, whose mention keeps both.
// An acronym whose name is not a party stands for that name: it is dropped
// with it when the name is someone's affiliation (see dropAffiliations).
func dropAcronyms(ps []party, ms []mention, toks []token, sent string) []party {
	out := ps[:0]
	for _, p := range ps {
		m := p.m
		if !(m.first > 1 && m.last < len(toks) && toks[m.first-1].text == "(" && toks[m.last].text == ")" && acronym(m.name)) {
			out = append(out, p)
			continue
		}
		q := -1
		for i := range out {
			if out[i].m.last == m.first-1 {
				q = i
			}
		}
		if q >= 0 {
			out[q].text = sent[toks[out[q].m.first].start:toks[m.last].end]
			continue
		}
		for _, n := range ms {
			if n.last == m.first-1 && n.typ == graphify.TypeOrganization {
				p.m, p.text = n, sent[toks[n.first].start:toks[m.last].end]
			}
		}
		out = append(out, p)
	}
	return out
}

// dropAffiliations drops the organisation a person is "of": in "Ana Moro of
// the Green Alliance met Jon Berg" the alliance is Moro's, not a party.
func dropAffiliations(ps []party, toks []token) []party {
	out := ps[:0]
	for _, p := range ps {
		k := p.m.first - 1
		if k >= 0 && toks[k].lower == "the" {
			k--
		}
		affiliated := false
		if k >= 1 && toks[k].lower == "of" && p.m.typ == graphify.TypeOrganization {
			for _, q := range ps {
				affiliated = affiliated || q.m.last == k && q.m.typ == graphify.TypePerson
			}
		}
		if p.m.typ == graphify.TypeOrganization {
			// "LDP General Council Chairman Shintaro Abe": the body titles him.
			for _, q := range ps {
				affiliated = affiliated || q.m.first == p.m.last && q.m.typ == graphify.TypePerson && q.m.title != ""
			}
		}
		if !affiliated {
			out = append(out, p)
		}
	}
	return out
}

// acronym reports a name written in capitals: "LDP", "GATT", "U.N.".
func acronym(name string) bool {
	caps := 0
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			caps++
		case r != '.' && r != '-' && r != '&':
			return false
		}
	}
	return caps >= 2
}

func dedupeParties(ps []party) []party {
	seen := make(map[string]int, len(ps))
	out := ps[:0]
	for _, p := range ps {
		k := strings.ToLower(p.m.name)
		if i, ok := seen[k]; ok {
			if out[i].role == graphify.RoleParticipant {
				out[i].role = p.role
			}
			continue
		}
		seen[k] = len(out)
		out = append(out, p)
	}
	return out
}

// nearestDate picks the date expression of the trigger's clause: the nearest
// one to the trigger, skipping "since …" and "until …".
func nearestDate(exprs []when.Expr, toks []token, t int, ms []mention) *when.Expr {
	var best *when.Expr
	bestDist := 1 << 30
	at := toks[t].start
	for i := range exprs {
		x := &exprs[i]
		if x.Relation == "since" || x.Relation == "until" {
			continue
		}
		if k := tokenAt(toks, x.Start); k >= 0 && !triggers[toks[t].lower].visit && inOtherRelative(toks, ms, k, t) {
			continue // "Mustapha, who leaves for Moscow on Tuesday, met Mubarak": the leaving's day
		}
		if crossesClause(toks, at, x.Start) || x.Start > at && verbTriggerBetween(toks, t, x.Start) {
			continue // "completed a round of talks and will meet again on Saturday": the date is the meeting's
		}
		if x.End <= at && reportedAt(toks, x.Start) {
			continue // "the government announced today Nakasone will visit …": the announcing's day
		}
		if x.Relation == "eve" && x.Start > at {
			continue // "X comes on the eve of a meeting": the eve belongs to what follows it
		}
		if !premodifies(toks, x, t) && possessiveOfOther(toks, x) {
			continue // "not in line with last February's accord": the accord's date
		}
		if x.Start > at && eventNounBefore(toks, x.Start) {
			continue // "reaction to the White House statement Monday": the statement's day
		}
		if x.Start > at && purposeMeetingBefore(toks, t, x.Start) {
			continue // "hopes to meet X to prepare for the summit in June": the summit's month
		}
		dist := x.Start - at
		if dist < 0 {
			dist = at - x.End
		}
		if premodifies(toks, x, t) || x.Start > at && startsAt(toks, x.Start) {
			dist = 0 // "February's FOMC meeting", "his visit … starting on April 29": the meeting's own
		}
		if dist < bestDist {
			best, bestDist = x, dist
		}
	}
	return firstOfSpan(exprs, toks, best)
}

// reportedAt reports a date right after a reporting verb, which it dates:
// "said on Friday", "announced today".
func reportedAt(toks []token, start int) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].start >= start {
			w := toks[k-1].lower
			if (w == "on" || w == "last" || w == "this") && k >= 2 {
				w = toks[k-2].lower
			}
			return reportVerbs[w]
		}
	}
	return false
}

// startsAt reports a date that a word of beginning introduces: "starting
// on April 29", "beginning Monday".
func startsAt(toks []token, start int) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].start >= start {
			w := toks[k-1].lower
			if w == "on" && k >= 2 {
				w = toks[k-2].lower
			}
			return w == "starting" || w == "beginning" || w == "opening"
		}
	}
	return false
}

// weekdayName reports a date phrase that names a day of the week.
func weekdayName(text string) bool {
	for _, f := range strings.Fields(strings.ToLower(text)) {
		if weekdays[strings.TrimSuffix(f, ",")] {
			return true
		}
	}
	return false
}

// verbTriggerBetween reports a meeting verb after token t and before byte
// offset end.
func verbTriggerBetween(toks []token, t, end int) bool {
	for k := t + 1; k < len(toks) && toks[k].start < end; k++ {
		if tr, ok := triggers[toks[k].lower]; ok && !tr.noun && toks[k].word && !toks[k].upper && toks[k-1].lower != "to" && !strings.HasSuffix(toks[k].lower, "ing") &&
			!(agentParticiples[toks[k].lower] && k+1 < len(toks) && toks[k+1].lower == "by") { // "talks, hosted by Norway, resumed on Monday"
			return true // not "a meeting … to discuss …, Sept. 2" (its purpose), "talks with visiting X on Thursday"
		}
	}
	return false
}

// firstOfSpan returns the first day of a span of two dates joined by "and"
// (MEETINGS.md): "met earlier today and yesterday" is yesterday.
func firstOfSpan(exprs []when.Expr, toks []token, best *when.Expr) *when.Expr {
	if best == nil {
		return nil
	}
	for i := range exprs {
		x := &exprs[i]
		if x == best || len(x.Value) != len(best.Value) || len(x.Value) != 10 {
			continue
		}
		a, b := best, x
		if a.Start > b.Start {
			a, b = b, a
		}
		if !joinedBy(toks, a.End, b.Start, "and") {
			continue
		}
		if weekdayName(a.Text) && weekdayName(b.Text) {
			return a // days of the week are written in their order: "will meet on Thursday and Friday" is the coming Thursday
		}
		if x.Value < best.Value {
			return x // "met earlier today and yesterday" is yesterday
		}
	}
	return best
}

// joinedBy reports that only the word w stands between byte offsets a and b.
func joinedBy(toks []token, a, b int, w string) bool {
	n := 0
	for _, tk := range toks {
		if tk.start >= a && tk.end <= b {
			if tk.lower != w {
				return false
			}
			n++
		}
	}
	return n == 1
}

// possessiveOfOther reports a possessive date whose noun phrase names no
// meeting ("not in line with last February's Louvre accord"): it dates
// that noun, not the meeting. A possessive of a meeting noun ("tomorrow's
// Group of Seven finance ministers' meeting") and the meeting's setting
// ("at Monday's session") keep their date.
func possessiveOfOther(toks []token, x *when.Expr) bool {
	k := 0
	for k < len(toks) && toks[k].start < x.End {
		k++
	}
	if k == len(toks) || toks[k].lower != "'s" && toks[k].lower != "’s" {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		if toks[j].start < x.Start {
			switch toks[j].lower {
			case "at", "during":
				return false
			}
			break
		}
	}
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		tk := toks[j]
		if _, ok := triggers[tk.lower]; ok {
			return false
		}
		if !tk.word && tk.text != "-" && tk.text != "'" && tk.text != "’" || !tk.upper && phraseEnds[tk.lower] {
			break
		}
	}
	return true
}

// phraseEnds are lower-case words that end a noun phrase after a possessive.
var phraseEnds = map[string]bool{
	"in": true, "on": true, "at": true, "with": true, "between": true, "to": true, "for": true,
	"that": true, "which": true, "by": true, "from": true, "is": true, "was": true, "are": true, "were": true,
	"will": true, "would": true, "has": true, "had": true, "have": true,
}

// eventNouns name events that are no meeting and take a bare date after
// them: "the White House statement Monday", "his speech on Friday".
var eventNouns = map[string]bool{
	"statement": true, "announcement": true, "speech": true, "remarks": true, "comments": true,
	"decision": true, "testimony": true, "ruling": true, "vote": true, "crash": true, "collapse": true,
}

// eventNounBefore reports a date right after an event noun, with "on" at
// most between them: it dates that event. (Before the trigger, the event
// may be part of the meeting: "his speech on Tuesday at the meeting".)
func eventNounBefore(toks []token, start int) bool {
	k := -1
	for i, tk := range toks {
		if tk.start >= start {
			break
		}
		k = i
	}
	if k >= 0 && toks[k].lower == "on" {
		k--
	}
	return k >= 0 && eventNouns[toks[k].lower]
}

// purposeMeetingBefore reports a meeting noun between the trigger at t and
// byte offset end that a purpose clause opened after the trigger names
// ("meet X to prepare for the summit in June"): a date after it is that
// other meeting's, not the trigger's.
func purposeMeetingBefore(toks []token, t, end int) bool {
	to := -1
	for k := t + 1; k < len(toks) && toks[k].end <= end; k++ {
		switch {
		case toks[k].lower == "to" && k+1 < len(toks) && !toks[k+1].upper && toks[k+1].word && !isDeterminer(toks[k+1].lower):
			if _, ok := triggers[toks[k+1].lower]; !ok {
				to = k
			}
		case to >= 0:
			if tr, ok := triggers[toks[k].lower]; ok && tr.noun && toks[k-1].lower != "to" {
				return true
			}
		}
	}
	return false
}

// premodifies reports a possessive date before the trigger with only a
// name between them: "February's Federal Open Market Committee (FOMC) meeting".
func premodifies(toks []token, x *when.Expr, t int) bool {
	if x.End > toks[t].start {
		return false
	}
	k := 0
	for k < t && toks[k].start < x.End {
		k++
	}
	if k >= t || toks[k].lower != "'s" && toks[k].lower != "’s" {
		return false
	}
	for k++; k < t; k++ {
		if !toks[k].upper && toks[k].text != "(" && toks[k].text != ")" {
			return false
		}
	}
	return true
}

// crossesClause reports whether a clause boundary lies between byte offsets a and b.
func crossesClause(toks []token, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for _, tk := range toks {
		if tk.start > a && tk.end <= b && (tk.lower == ";" || tk.lower == "said" || tk.lower == "says" || tk.lower == "but" || tk.lower == "since" || tk.lower == "when") {
			return true
		}
	}
	return false
}

// meetings merges the article's frames into meetings.
func (d *doc) meetings() []graphify.Meeting {
	recs := make([]*record, 0, len(d.frames))
	for i := range d.frames {
		f := &d.frames[i]
		d.date(f, recs)
		if r := d.match(recs, f); r != nil {
			if f.restated {
				f.parties = nil // the record names them
			}
			r.add(f)
			continue
		}
		if f.restated && len(recs) > 0 && len(recs[len(recs)-1].parties) >= 2 && !weakOnly(recs[len(recs)-1].parties) {
			// "The two leaders met again on Saturday": those of the meeting
			// just told, at another time or place.
			f.parties = slices.Clone(recs[len(recs)-1].parties)
		} else if f.recounted != nil {
			f.parties = f.recounted // "Chile and Peru … The two countries will hold talks"
		}
		recs = append(recs, newRecord(f))
	}
	// A dateline ("HANOI (Reuters) - …") places the meetings of the lead
	// sentence that do not name a place themselves.
	if dl, ok := dateline(d.a.Text); ok && len(d.sents) > 0 {
		for _, r := range recs {
			if r.place == nil && r.evidence[0] == d.sents[0] && r.kinds[graphify.KindPhone] == 0 {
				r.place = &dl
			}
		}
	}
	out := make([]graphify.Meeting, 0, len(recs))
	for _, r := range recs {
		if m, ok := r.meeting(d.a); ok {
			out = append(out, m)
		}
	}
	return out
}

// date resolves a frame's date and sets a planned status for future dates.
func (d *doc) date(f *frame, recs []*record) {
	if f.date == nil {
		return
	}
	x := f.date
	if x.Relation == "eve" {
		eve(f, recs)
		return
	}
	if f.status == graphify.StatusHeld && !f.past && futurePhrase(x.Text) {
		f.status = graphify.StatusPlanned // "their summit later in the week"
	}
	value := x.Value
	if sat, ok := weekendSaturday(value); ok {
		value = sat // "the weekend meeting": its first day
	}
	if !calendarValue(value) {
		return // weeks, seasons, "PRESENT_REF": not a date a meeting can carry
	}
	pub := d.a.Published.Format("2006-01-02")
	if f.past && !hasYear(x.Text) && !d.a.Published.IsZero() && len(value) <= len(pub) && value > pub[:len(value)] {
		// "met … tariffs set to take effect on April 17": a later date
		// that the text does not spell out is another event's.
		return
	}
	f.dateValue, f.dateText = value, x.Text
	if f.present && f.status == graphify.StatusHeld && (bareWeekday(x.Text) && len(value) == 10 || bareMonth(x.Text) && len(value) == 7) && value < pub[:len(value)] {
		// "when the council meets in September": the coming September.
		// "Chile and Peru meet in Lima Monday": the coming Monday, still to come.
		f.status, f.future = graphify.StatusPlanned, true
	}
	if f.future && x.Mod != nearestMod {
		f.dateValue = ahead(value, x.Text, pub)
		if f.status == graphify.StatusPlanned && !hasYear(x.Text) && len(f.dateValue) <= len(pub) && f.dateValue < pub[:len(f.dateValue)] {
			// "flew to Indonesia yesterday and will meet Suharto": the
			// date is the trip's; a meeting still to come has none in the past.
			f.dateValue, f.dateText = "", ""
			return
		}
	}
	if (f.status == graphify.StatusCancelled || f.status == graphify.StatusPostponed) && !hasYear(x.Text) {
		f.dateValue = original(f.dateValue, pub)
	}
	// A date after publication, at the date's precision ("next month"), is
	// a meeting still to come.
	// A month or a year only when the trigger is not in the past tense
	// ("visited France in 2019" is a text to trust, not to correct).
	if !d.a.Published.IsZero() && len(value) <= len(pub) && value > pub[:len(value)] &&
		f.status == graphify.StatusHeld && (len(value) == 10 || !f.past) && !d.captionDate(f, x) {
		f.status = graphify.StatusPlanned
	}
}

// eve dates a meeting "on the eve of" which the event just told happened:
// the day after it, still to come.
func eve(f *frame, recs []*record) {
	f.status = graphify.StatusPlanned
	for i := len(recs) - 1; i >= 0; i-- {
		if recs[i].date != "" && len(recs[i].date) == 10 {
			if t, err := time.Parse("2006-01-02", recs[i].date); err == nil {
				f.dateValue = t.AddDate(0, 0, 1).Format("2006-01-02")
				f.dateText = f.date.Text
			}
			break
		}
	}
}

// captionDate reports a full date that closes its sentence after a comma,
// as a photo caption dates its picture ("Putin and Erdogan talk during
// their meeting in St. Petersburg, Aug. 9, 2016"): the text's own date of
// a meeting that took place, whatever the day the story is filed.
func (d *doc) captionDate(f *frame, x *when.Expr) bool {
	sent := d.a.Text[f.sent.start:f.sent.end]
	if !hasYear(x.Text) || x.End > len(sent) || x.Start < 1 {
		return false
	}
	before := strings.TrimRightFunc(sent[:x.Start], unicode.IsSpace)
	after := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(sent[x.End:]), "."))
	return strings.HasSuffix(before, ",") && after == ""
}

// ahead moves the date of a future meeting that the when package put in the
// past forward (MEETINGS.md: the next such day for future events): "would
// attend the talks in London on Monday" is the coming Monday, "a visit in
// early April" in a March story is this April.
func ahead(value, text, pub string) string {
	switch {
	case len(value) == 10 && value < pub && bareWeekday(text):
		if t, err := time.Parse("2006-01-02", value); err == nil {
			return t.AddDate(0, 0, 7).Format("2006-01-02")
		}
	case len(value) == 7 && len(pub) == 10 && value < pub[:7] && bareMonth(text):
		if t, err := time.Parse("2006-01", value); err == nil {
			return t.AddDate(1, 0, 0).Format("2006-01")
		}
	}
	return value
}

// original dates a cancelled or postponed meeting: the day it was set for
// (MEETINGS.md), which news tells of before it comes. A day without a year
// that falls in the half-year before publication is taken in the half-year
// after it: "the trip, which was to have left on June 30, was dropped".
func original(value, pub string) string {
	if len(value) != 10 || value >= pub {
		return value
	}
	v, err1 := time.Parse("2006-01-02", value)
	p, err2 := time.Parse("2006-01-02", pub)
	if err1 != nil || err2 != nil {
		return value
	}
	if next := v.AddDate(1, 0, 0); next.Sub(p) < p.Sub(v) {
		return next.Format("2006-01-02")
	}
	return value
}

// weekendSaturday turns a weekend value ("2018-W19-WE") into the date of
// its Saturday.
func weekendSaturday(v string) (string, bool) {
	var y, w int
	if len(v) != 11 || !strings.HasSuffix(v, "-WE") {
		return "", false
	}
	if _, err := fmt.Sscanf(v, "%4d-W%2d-WE", &y, &w); err != nil {
		return "", false
	}
	// ISO week 1 holds January 4th; its Monday starts the count.
	jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(w-1)+5).Format("2006-01-02"), true
}

// match finds the earlier record a frame reports again, if any. "The
// meeting" that names no one is the latest meeting told in the same word
// when there is one ("will meet on Thursday … ahead of the meeting", past
// "trade talks" told between them), else the latest that fits.
func (d *doc) match(recs []*record, f *frame) *record {
	names := f.names()
	if f.restated {
		names = nil
	}
	if f.anaphoric && len(names) == 0 {
		if r := matchIn(recs, f, names, func(r *record) bool { return r.kinds[f.kind] > 0 }); r != nil {
			return r
		}
	}
	return matchIn(recs, f, names, nil)
}

// matchIn is match over the records that keep accepts (all when nil).
func matchIn(recs []*record, f *frame, names []string, keep func(*record) bool) *record {
	for i := len(recs) - 1; i >= 0; i-- {
		r := recs[i]
		if keep != nil && !keep(r) {
			continue
		}
		if !compatibleStatus(r.status, f.status) || !compatibleDate(r.date, f.dateValue) || !compatiblePlace(r.place, f.place) ||
			(len(names) < 2 || len(r.names) < 2) && !compatibleKind(r, f) {
			continue
		}
		if f.owned && len(names) < 2 && f.place != nil && r.place == nil {
			continue // "his talks with Lawson … his talks in Washington last week": other talks of his
		}
		if r.named && len(r.names) == 0 && (r.kinds[f.kind] == 0 || !f.anaphoric && (f.place == nil || !samePlace(r.place, f.place))) {
			continue // "the Venice summit" is only "the summit" or a summit placed in Venice
		}
		switch {
		case len(names) >= 2 && len(r.names) >= 2:
			if subset(names, r.names) || subset(r.names, names) {
				return r
			}
		case len(names) < 2 && (f.anaphoric || f.place != nil && r.place != nil && samePlace(r.place, f.place)):
			if len(names) == 0 || r.has(names[0]) || len(r.names) < 2 {
				return r
			}
		case len(r.names) < 2 && len(names) >= 2 && f.anaphoric:
			return r
		}
	}
	return nil
}

func compatibleStatus(a, b string) bool { return a == b }

// compatibleKind reports whether a frame that names too few parties to be
// matched by them can be the record's meeting: a call is not "the meeting"
// in person that a later sentence mentions.
func compatibleKind(r *record, f *frame) bool {
	phone := r.kinds[graphify.KindPhone]
	return f.kind == graphify.KindPhone == (phone > 0) || phone > 0 && phone < len(r.evidence)
}

func compatibleDate(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

func compatiblePlace(a, b *gazetteer.Place) bool {
	if a == nil || b == nil {
		return true
	}
	// The same place, or one inside the other: a city in a country, a venue in a city.
	return samePlace(a, b) || a.Kind == "country" && a.Name == b.Country || b.Kind == "country" && b.Name == a.Country ||
		a.City != "" && a.City == b.Name || b.City != "" && b.City == a.Name
}

func samePlace(a, b *gazetteer.Place) bool { return a.Name == b.Name && a.Country == b.Country }

func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// record is a meeting being assembled from the frames that report it.
type record struct {
	kinds      map[string]int
	status     string
	parties    []party
	names      []string // lower-case canonical names of parties
	place      *gazetteer.Place
	date       string
	dateText   string
	evidence   []span
	confidence float64
	toPlace    bool // a visit told as one to a place, not to a counterpart
	named      bool // named by its place: a record though nobody in it is named (see frame.named)
}

func newRecord(f *frame) *record {
	r := &record{kinds: map[string]int{}, status: f.status}
	r.add(f)
	return r
}

func (r *record) has(name string) bool {
	for _, n := range r.names {
		if n == name {
			return true
		}
	}
	return false
}

func (r *record) add(f *frame) {
	r.kinds[f.kind]++
	r.toPlace = r.toPlace || f.toPlace
	r.named = r.named || f.named
	if weakOnly(r.parties) && len(f.parties) > 0 && !weakOnly(f.parties) {
		r.parties, r.names = nil, nil // parties linked to the meeting replace a guess
	}
	known := len(r.parties) > 0
	for _, p := range f.parties {
		if p.weak && known {
			continue // a guess adds nobody to a meeting whose parties are known
		}
		k := strings.ToLower(p.m.name)
		if i := indexOf(r.names, k); i >= 0 {
			if r.parties[i].role == graphify.RoleParticipant {
				r.parties[i].role = p.role
			}
			continue
		}
		r.names = append(r.names, k)
		r.parties = append(r.parties, p)
	}
	if f.place != nil && (r.place == nil || r.place.Kind == "country" && f.place.Kind != "country" || f.place.City == r.place.Name) {
		r.place = f.place
	}
	if f.dateValue != "" && len(f.dateValue) > len(r.date) {
		r.date, r.dateText = f.dateValue, f.dateText
	}
	if len(r.evidence) == 0 || r.evidence[len(r.evidence)-1] != f.sent {
		r.evidence = append(r.evidence, f.sent)
	}
	if f.confidence > r.confidence {
		r.confidence = f.confidence
	}
}

// weakOnly reports parties that are all guesses (see nearestActor).
func weakOnly(ps []party) bool {
	return len(ps) > 0 && !slices.ContainsFunc(ps, func(p party) bool { return !p.weak })
}

func indexOf(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

// meeting renders a record, or reports false when its parties do not make a
// meeting: none, one that cannot meet alone, or one side only.
func (r *record) meeting(a graphify.Article) (graphify.Meeting, bool) {
	if len(r.parties) == 0 && !(r.named && r.place != nil) || len(r.parties) == 1 && !r.standsAlone() || len(r.parties) >= 2 && (oneSide(r.parties) || !r.inScope()) {
		return graphify.Meeting{}, false
	}
	m := graphify.Meeting{
		DocID:        a.ID,
		Kind:         r.kind(),
		Status:       r.status,
		DateText:     r.dateText,
		Participants: []graphify.Participant{}, // [] in JSON for a meeting named by its place only
	}
	if r.date != "" {
		d := r.date
		m.Date = &d
	}
	r.hostByPeople()
	r.hostByPlace()
	names := make([]string, 0, len(r.parties))
	for _, p := range r.parties {
		q := graphify.Participant{
			Name:    p.m.name,
			Mention: p.text,
			Type:    p.m.typ,
			Title:   p.m.title,
			Country: stateOn(p.m.country, a.Published),
			Role:    p.role,
		}
		if p.m.typ == graphify.TypeCountry || p.m.typ == graphify.TypeGroup && strings.HasPrefix(q.Name, p.m.country+" ") {
			q.Name = q.Country + strings.TrimPrefix(q.Name, p.m.country) // "Russia officials" in 1987: "Soviet Union officials"
		}
		if p.city != "" && p.role == graphify.RoleHost {
			q.Name, q.Type = p.city, graphify.TypeCity // "a visit to Washington": Washington hosts (MEETINGS.md, "Visits")
		}
		q.Name = gazetteer.ASCII(q.Name) // as English-language wires write it: "Erdogan"
		m.Participants = append(m.Participants, q)
		names = append(names, q.Name)
	}
	if r.place != nil {
		pl := &graphify.Place{Name: gazetteer.ASCII(r.place.Name), Country: stateOn(r.place.Country, a.Published)}
		if r.place.HasCoords {
			lat, lon := r.place.Lat, r.place.Lon
			pl.Lat, pl.Lon = &lat, &lon
		}
		m.Place = pl
	}
	for _, s := range r.evidence {
		m.Evidence = append(m.Evidence, graphify.Evidence{Sentence: a.Text[s.start:s.end], Start: s.start, End: s.end})
	}
	// More reports make a meeting more certain.
	m.Confidence = min(0.99, r.confidence+0.03*float64(len(r.evidence)-1))
	m.Confidence = float64(int(m.Confidence*100+0.5)) / 100
	m.ID = graphify.MeetingID(a.ID, names, m.Date, m.Kind)
	return m, true
}

// stateOn returns the state a country belonged to on the day an article
// was published: Moscow's in 1987 is the Soviet Union (see gazetteer.StateOn).
func stateOn(country string, published time.Time) string {
	if country == "" || published.IsZero() {
		return country
	}
	return gazetteer.StateOn(country, published)
}

// standsAlone reports whether a record with one party is a meeting: a body
// meeting ("OPEC ministers will meet"), a public actor's meeting whose
// other side is not said ("Mendez held a meeting"), or that of a person the
// sentence links to the meeting word ("Sarney told the meeting"). A visit needs the
// visited side: without it, it is a trip to a place. That one person will
// not attend a summit denies no meeting.
func (r *record) standsAlone() bool {
	p := r.parties[0]
	named := p.m.typ == graphify.TypePerson && !p.weak && !corporateTitle(p.m.title) // "Sarney told the meeting"; not a company's chairman
	if r.kind() == graphify.KindVisit && (p.weak || r.toPlace) {
		return false // "will visit the flooded towns": a place, not a counterpart (MEETINGS.md)
	}
	return r.status != graphify.StatusDenied && (named || publicActor(p))
}

// inScope reports whether a meeting has a public side (MEETINGS.md,
// "Scope"): one participant at least is a public actor or a person. Two
// companies, or a company and a crowd, do not make a meeting in our sense.
func (r *record) inScope() bool {
	return slices.ContainsFunc(r.parties, func(p party) bool { return publicActor(p) || p.m.typ == graphify.TypePerson })
}

// oneSide reports whether the parties are a country and its own people
// only: "India said Modi will attend the summit" names one side of it.
func oneSide(ps []party) bool {
	country := ""
	for _, p := range ps {
		if p.m.typ == graphify.TypeCountry {
			if country != "" && p.m.name != country {
				return false
			}
			country = p.m.name
		}
	}
	if country == "" {
		return false
	}
	for _, p := range ps {
		if p.m.typ != graphify.TypeCountry && p.m.country != country {
			return false
		}
	}
	return true
}

// kind is the most frequent kind among the record's reports (ties: the first
// in a fixed order).
func (r *record) kind() string {
	order := []string{graphify.KindMeeting, graphify.KindVisit, graphify.KindTalks, graphify.KindSummit, graphify.KindPhone}
	best, n := graphify.KindMeeting, 0
	for _, k := range order {
		if r.kinds[k] > n {
			best, n = k, r.kinds[k]
		}
	}
	return best
}

// hostByPlace marks as host the participants of the place's country when the
// others come from elsewhere: "Putin met Assad in Sochi" makes Putin the host.
// hostByPeople gives a visited country's part to its people named in the
// same meeting: "Bashir visited Saudi Arabia, where he met King Salman" is
// a meeting of Bashir with King Salman, who hosts; the country is not a
// party of its own.
func (r *record) hostByPeople() {
	for i := 0; i < len(r.parties); i++ {
		c := r.parties[i]
		if c.m.typ != graphify.TypeCountry || c.role != graphify.RoleHost {
			continue
		}
		people := false
		for j := range r.parties {
			p := &r.parties[j]
			if p.m.typ != graphify.TypeCountry && p.m.country == c.m.country && p.role != graphify.RoleVisitor {
				p.role, people = graphify.RoleHost, true
			}
		}
		if people {
			r.parties = slices.Delete(r.parties, i, i+1)
			i--
		}
	}
}

func (r *record) hostByPlace() {
	if r.place == nil || r.place.Country == "" || hasRole(r.parties, graphify.RoleHost) || r.kind() == graphify.KindPhone {
		return // a call has no host: its place is one caller's
	}
	var home, away []int
	for i, p := range r.parties {
		switch {
		case p.m.country == r.place.Country:
			home = append(home, i)
		case p.m.country != "":
			away = append(away, i)
		}
	}
	if len(home) == 0 || len(away) == 0 {
		return
	}
	for _, i := range home {
		r.parties[i].role = graphify.RoleHost
	}
	for _, i := range away {
		r.parties[i].role = graphify.RoleVisitor
	}
}

// futurePhrase reports a date phrase that looks ahead: "later this week".
func futurePhrase(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if futureWords[w] {
			return true
		}
	}
	return false
}

// bareWeekday reports a date phrase that is only a weekday ("on Monday",
// "Tuesday night"), which the tense of its event places before or after
// publication, unlike "last Monday".
func bareWeekday(text string) bool { return bareName(text, weekdays, weekdayPlacers, false) }

// bareMonth reports a month named without a year or a word that places it:
// "in June", "early April"; not "last June" nor "June 1988".
func bareMonth(text string) bool { return bareName(text, monthNames, monthPlacers, true) }

// weekdayPlacers and monthPlacers place a weekday or a month themselves.
var (
	weekdayPlacers = map[string]bool{"last": true, "past": true, "previous": true, "next": true, "this": true}
	monthPlacers   = map[string]bool{"last": true, "past": true, "previous": true, "this": true, "earlier": true}
)

// bareName reports a phrase that names one of names and no word of placers
// (nor a number, when numbers place it).
func bareName(text string, names, placers map[string]bool, numbers bool) bool {
	named := false
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch {
		case names[w]:
			named = true
		case placers[w] || numbers && isDigitStart(w):
			return false
		}
	}
	return named
}

var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// monthNames are the months as the news writes them, full or abbreviated.
var monthNames = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "jan.": true, "feb": true, "feb.": true, "mar": true, "mar.": true, "apr": true, "apr.": true,
	"jun": true, "jun.": true, "jul": true, "jul.": true, "aug": true, "aug.": true, "sep": true, "sep.": true,
	"sept": true, "sept.": true, "oct": true, "oct.": true, "nov": true, "nov.": true, "dec": true, "dec.": true,
}

// hasYear reports whether a date expression writes its year: "in 2019".
func hasYear(text string) bool {
	digits := 0
	for i := 0; i < len(text); i++ {
		if text[i] >= '0' && text[i] <= '9' {
			digits++
			if digits == 4 {
				return true
			}
		} else {
			digits = 0
		}
	}
	return false
}

// calendarValue reports a YYYY, YYYY-MM or YYYY-MM-DD value.
func calendarValue(v string) bool {
	if len(v) != 4 && len(v) != 7 && len(v) != 10 {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if (i == 4 || i == 7) && c != '-' || i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// inName reports a capitalised trigger word inside a name: "Summit Savings
// and Loan", "the Trump Tower Meeting Room".
func inName(toks []token, t int) bool {
	if !toks[t].upper || t == 0 {
		return false
	}
	return toks[t-1].upper && toks[t-1].word || t+1 < len(toks) && toks[t+1].upper && toks[t+1].word
}

// dateline reads the place of a dateline at the start of an article:
// "HANOI -", "WASHINGTON (Reuters) -", "NEW DELHI, INDIA —".
func dateline(text string) (gazetteer.Place, bool) {
	end := strings.IndexAny(text, "-—–(")
	if end <= 0 || end > 40 {
		return gazetteer.Place{}, false
	}
	head := strings.TrimSpace(text[:end])
	if i := strings.IndexByte(head, ','); i > 0 {
		head = head[:i]
	}
	if head == "" || strings.ToUpper(head) != head {
		return gazetteer.Place{}, false
	}
	// "NEW DELHI" -> "New Delhi".
	words := strings.Fields(strings.ToLower(head))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	p, ok := gazetteer.LookupPlace(strings.Join(words, " "))
	if !ok || p.Kind == "country" {
		return gazetteer.Place{}, false
	}
	return p, true
}
