package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	graphify "github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/extract/gazetteer"
)

// mention is a phrase that names a possible party to a meeting, or a place.
type mention struct {
	first, last int    // token range [first, last) of the whole phrase, title included
	name        string // the name words ("Vladimir Putin"); empty for roles and pronouns
	typ         string // graphify.Type* or "place" or "pronoun"
	title       string // normalised title ("president")
	country     string // affiliation
	place       gazetteer.Place
	plural      bool // "ministers": a role that stands for several people
	labelAt     int  // for typeUnknown: the token whose prose label decides (see settle)
	words       int  // for typeUnknown: the number of words of the name
	honorific   bool // "Mr Putin": certainly a person
	count       int  // "the two", "the seven" on their own: that many named before (see doc.counted)
}

const (
	typePlace   = "place"
	typePronoun = "pronoun"
	typeUnknown = "unknown" // a capitalised name the gazetteers do not know; see settle
)

func (m mention) actor() bool { return m.typ != typePlace && m.typ != "" }

// mentions finds the names, roles, groups, pronouns and places in a sentence.
// label, when not nil, gives prose's entity label of a token as evidence for
// names the gazetteers do not know.
func mentions(toks []token, label func(i int) string) []mention {
	var out []mention
	for i := 0; i < len(toks); {
		if n := bareCount(toks, i); n > 0 {
			out = append(out, mention{first: i, last: i + 2, typ: graphify.TypeGroup, name: toks[i+1].lower, plural: true, count: n})
			i += 2
			continue
		}
		m, ok := mentionAt(toks, i, label)
		if !ok {
			i++
			continue
		}
		last := m[len(m)-1].last
		if i > 0 && toks[i-1].text == "<" && last < len(toks) && toks[last].text == ">" {
			i = last // a stock ticker after a company's name: "Chrysler Corp <C>"
			continue
		}
		if len(m) == 1 && m[0].typ == graphify.TypeGroup && m[0].country == "" && m[0].first == i {
			prevEnd := 0
			if len(out) > 0 {
				prevEnd = out[len(out)-1].last
			}
			m[0] = withModifiers(toks, m[0], prevEnd)
		}
		out = append(out, m...)
		i = last
	}
	renamedPeople(toks, out)
	return definiteBodies(toks, sharedHeads(toks, affiliatedGroups(toks, joinedBodies(toks, countryModifiers(toks, out)))))
}

// countryModifiers drops a country that only says whose the organisation
// named right after it is: "talks with U.S. McDonnell Douglas Corp".
func countryModifiers(toks []token, ms []mention) []mention {
	out := ms[:0]
	for i, m := range ms {
		if m.typ == graphify.TypeCountry && i+1 < len(ms) && ms[i+1].first == m.last && ms[i+1].typ == graphify.TypeOrganization && m.last-m.first == 1 {
			continue
		}
		out = append(out, m)
	}
	return out
}

// affiliatedGroups gives a group or a role followed by "of" or "from" and a
// body or a country that body or country: "officials of the IMF" are IMF
// officials, "a delegation from Japan" a Japan delegation, "the managing
// director of the IMF" the IMF's director.
func affiliatedGroups(toks []token, ms []mention) []mention {
	for i := len(ms) - 2; i >= 0; i-- { // from the end: "the heads of the central banks of Mexico"
		g, b := ms[i], ms[i+1]
		k := g.last
		role := g.typ == graphify.TypeRole && !g.plural && toks[k-1].lower != "of" // "the managing director of the IMF"
		if g.typ != graphify.TypeGroup && !role || g.country != "" || k+1 >= len(toks) || toks[k].lower != "of" && toks[k].lower != "from" {
			continue
		}
		if toks[k+1].lower == "the" && b.first == k+2 {
			k++
		}
		if b.first == k+1 && b.typ == graphify.TypeGroup && (collectiveNouns[toks[g.last-1].lower] || headNouns[toks[g.last-1].lower] && b.country != "") {
			b.first = g.first // "a team of government officials": the officials; "the heads of the central banks of Mexico": Mexico's central banks
			ms = slices.Replace(ms, i, i+2, b)
			continue
		}
		if b.first != k+1 || b.typ != graphify.TypeOrganization && b.typ != graphify.TypeCountry {
			continue
		}
		g.last, g.country = b.last, b.country
		if role {
			g.country = cmp.Or(b.country, b.name)
		} else {
			g.name = b.name + " " + g.name
		}
		ms = slices.Replace(ms, i, i+2, g)
	}
	return ms
}

// joinedBodies makes one body of two names joined by "and" when the second
// ends with a body's word and the first names none: "the House Ways and
// Means Trade Subcommittee", "the Trade and Industry Ministry".
func joinedBodies(toks []token, ms []mention) []mention {
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.last >= len(toks) || toks[a.last].lower != "and" || b.first != a.last+1 || !toks[b.first].upper ||
			!orgWords[toks[b.last-1].lower] || hasOrgWord(toks[a.first:a.last]) ||
			a.typ != typeUnknown || a.title != "" || b.title != "" { // not "the IMF and World Bank"
			continue
		}
		start := a.first
		if toks[start].lower == "the" {
			start++
		}
		m := mention{first: a.first, last: b.last, typ: graphify.TypeOrganization, name: joinTokens(toks[start:b.last]), words: b.last - start}
		ms = slices.Replace(ms, i, i+2, m)
	}
	return ms
}

// bareCount returns N for "the N" standing alone before a verb ("The two
// spoke by telephone", "the seven have agreed"), else 0.
func bareCount(toks []token, i int) int {
	if i+2 >= len(toks) || toks[i].lower != "the" {
		return 0
	}
	n := numberWords[toks[i+1].lower]
	if next := toks[i+2]; n == 0 || next.upper || !next.word || !countVerbs[next.lower] && !(len(next.lower) > 4 && strings.HasSuffix(next.lower, "ed")) {
		return 0
	}
	return n
}

// countVerbs follow a bare count as its verb: "the two have met".
var countVerbs = map[string]bool{
	"have": true, "had": true, "has": true, "are": true, "were": true, "will": true, "would": true,
	"could": true, "should": true, "also": true, "met": true, "meet": true, "spoke": true, "held": true,
	"may": true, "might": true, "must": true, "then": true, "later": true, "last": true, "first": true,
	"did": true, "do": true, "hold": true, "talked": true, "discussed": true, "agreed": true, "began": true,
}

// bodyHeads are the last words of bodies' names that "the" before them
// makes a reference to a body named before: "the Commodity Futures Trading
// Commission … when the commission meets".
var bodyHeads = map[string]bool{
	"commission": true, "committee": true, "council": true, "board": true, "fund": true,
	"agency": true, "assembly": true, "parliament": true, "congress": true, "senate": true,
}

// collectiveNouns name a group by the people in it: "a team of government
// officials", "a delegation of Japanese businessmen".
var collectiveNouns = map[string]bool{"team": true, "delegation": true, "group": true, "mission": true, "panel": true}

// headNouns head the bodies they lead: "the heads of the central banks of
// Mexico and Peru".
var headNouns = map[string]bool{"heads": true, "chiefs": true, "leaders": true, "governors": true}

// orgHeads begin the name of another body after "and": "the Bank of
// England and Bank of France" are two.
var orgHeads = map[string]bool{"bank": true, "ministry": true, "organization": true, "organisation": true, "union": true, "group": true, "office": true}

// definiteBodies adds the mentions of bodies referred to by "the" and the
// last word of their name, after the sentence named them.
func definiteBodies(toks []token, ms []mention) []mention {
	for k := 1; k < len(toks); k++ {
		if toks[k].upper || !bodyHeads[toks[k].lower] || toks[k-1].lower != "the" {
			continue
		}
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.last > k-1 || m.typ != graphify.TypeOrganization || toks[m.last-1].lower != toks[k].lower {
				continue
			}
			ref := m
			ref.first, ref.last = k-1, k+1
			at, _ := slices.BinarySearchFunc(ms, k-1, func(x mention, k int) int { return x.first - k })
			switch {
			case at < len(ms) && ms[at].last == k+1 && ms[at].typ == graphify.TypeGroup:
				ms[at] = ref // "the committee": that committee, not any
			case at < len(ms) && ms[at].first < k+1 || at > 0 && ms[at-1].last > k-1:
				// inside another mention
			default:
				ms = slices.Insert(ms, at, ref)
			}
			break
		}
	}
	return ms
}

// sharedHeads gives a country or nationality coordinated before a group the
// group's head: "U.S. and Japanese officials" are two groups of officials.
func sharedHeads(toks []token, ms []mention) []mention {
	for i := 0; i < len(ms); i++ {
		g := ms[i]
		a := g.first - 1 // the "and"
		if g.typ == graphify.TypeRole && g.plural && g.country != "" && a >= 1 && toks[a].lower == "and" {
			ms, i = sharedTitle(toks, ms, i) // "the Russian and Iranian presidents": one each
			continue
		}
		if g.typ != graphify.TypeGroup || g.country == "" || !strings.HasPrefix(g.name, g.country+" ") || a < 1 || toks[a].lower != "and" && toks[a].lower != "or" {
			continue // and not "Israel and the Palestinians": a people has no head to share
		}
		head := strings.TrimPrefix(g.name, g.country+" ")
		if i > 0 && ms[i-1].last == a && ms[i-1].typ == graphify.TypeCountry {
			c := &ms[i-1]
			c.typ, c.name = graphify.TypeGroup, c.country+" "+head
			continue
		}
		for n := min(3, a); n >= 1; n-- {
			if k, c := longestDemonym(toks, a-n); k == n && (i == 0 || ms[i-1].last <= a-n) {
				m := mention{first: a - n, last: a, typ: graphify.TypeGroup, country: c, name: c + " " + head, plural: g.plural}
				ms = slices.Insert(ms, i, m)
				i++
				break
			}
		}
	}
	return ms
}

// sharedTitle splits "the Russian and Iranian presidents" (a plural role
// at i) into one role per nationality; it returns the mentions and the
// index of the role.
func sharedTitle(toks []token, ms []mention, i int) ([]mention, int) {
	g := &ms[i]
	a := g.first - 1
	for n := min(3, a); n >= 1; n-- {
		if k, c := longestDemonym(toks, a-n); k == n && (i == 0 || ms[i-1].last <= a-n) {
			g.plural = false
			m := mention{first: a - n, last: a, typ: graphify.TypeRole, country: c, title: g.title}
			return slices.Insert(ms, i, m), i + 1
		}
	}
	return ms, i
}

// renamedPeople types as people the names that rename a role, with the
// role's office: "West German president, Richard von Weizsaecker", "his
// Peruvian counterpart, Wilfredo Huayta", whatever prose would say of the
// name; and the names a role renames between commas: "Okonkwo, the
// Nigerian oil minister, said".
func renamedPeople(toks []token, ms []mention) {
	for i := 1; i < len(ms); i++ {
		r, n := ms[i-1], &ms[i]
		if n.typ != typeUnknown && n.typ != graphify.TypePerson || n.words < 2 && n.typ == typeUnknown ||
			r.plural || r.typ != graphify.TypeRole && r.typ != graphify.TypeGroup {
			continue
		}
		if r.last == n.first || r.last+1 == n.first && toks[r.last].lower == "," {
			n.typ = graphify.TypePerson // and the role's office is the person's
			if n.title == "" && n.country == "" {
				n.title, n.country = r.title, r.country
			}
		}
	}
	for i := range ms {
		if n := &ms[i]; n.typ == typeUnknown && n.last+1 < len(toks) && toks[n.last].lower == "," && relativePronouns[toks[n.last+1].lower] {
			n.typ = graphify.TypePerson // "Funaro, who is touring Europe, met …": "who" is said of people
		}
	}
	for i := 0; i+1 < len(ms); i++ {
		n, r := &ms[i], ms[i+1]
		if n.typ == typeUnknown && r.typ == graphify.TypeRole && !r.plural && r.title != "" && n.last+1 == r.first && toks[n.last].lower == "," && closesApposition(toks, r.last) {
			n.typ = graphify.TypePerson
			n.title, n.country = r.title, r.country
		}
	}
}

// closesApposition reports a comma or the sentence's end at k, where a
// phrase set off by a comma ends.
func closesApposition(toks []token, k int) bool {
	return k >= len(toks) || toks[k].lower == "," || toks[k].lower == "." && k+1 == len(toks)
}

// maxGroupModifiers is the most lower-case words a group takes before it.
const maxGroupModifiers = 2

// withModifiers takes into a group the lower-case words that qualify it:
// "world leaders", "western creditors", "senior commercial bankers".
func withModifiers(toks []token, m mention, from int) mention {
	k := m.first
	if isDeterminer(toks[k].lower) {
		return m // "provide the government": no modifier before "the"
	}
	for k > from && m.first-k < maxGroupModifiers && groupModifier(toks[k-1]) {
		k--
	}
	if k < m.first {
		m.name = strings.ToLower(joinTokens(toks[k:m.first])) + " " + m.name
		m.first = k
	}
	return m
}

// groupModifier reports a word that may qualify a group: a lower-case
// adjective or noun, not a function word, a verb or a number.
func groupModifier(t token) bool {
	w := t.lower
	if !t.word || t.upper || w == "'s" || w == "’s" || stopCaps[w] && w != "senior" && w != "top" || isDeterminer(w) || prepositions[w] || linkWords[w] ||
		countWords[w] || isDigitStart(w) || reportVerbs[w] || lightVerbs[w] || strings.HasSuffix(w, "ly") {
		return false
	}
	_, trig := triggers[w]
	return !trig && !quantifiers[w] && !verbLike(t) && !strings.HasSuffix(w, "ing")
}

// quantifiers say how many, not which: "more banks", "other countries".
var quantifiers = map[string]bool{
	"more": true, "most": true, "other": true, "such": true, "few": true, "any": true, "no": true,
	"each": true, "every": true, "fewer": true, "less": true, "several": true, "various": true,
}

// mentionAt reads the mention that starts at token i, if any. It may return
// two mentions for a coordinated role: "defense and foreign ministers".
func mentionAt(toks []token, i int, label func(int) string) ([]mention, bool) {
	t := toks[i]
	if !t.word {
		return nil, false
	}
	if pronouns[t.lower] {
		return []mention{{first: i, last: i + 1, typ: typePronoun}}, true
	}
	if t.lower == "a" || t.lower == "an" {
		// "a Shinwari tribal elder", "a senior Chinese official": one
		// person known by a role.
		if m, ok := indefiniteRole(toks, i); ok {
			return []mention{m}, true
		}
		return nil, false
	}
	r := &mentionReader{toks: toks, j: i, label: label, m: mention{first: i}}
	if t.lower == "the" {
		r.j++
	}
	for _, pass := range mentionPasses {
		if ms, done := pass(r); done {
			return ms, len(ms) > 0
		}
	}
	return nil, false
}

// mentionReader reads one mention from its first word on, in passes: a
// known place, body or country; the affiliation and titles before a name;
// the name itself; else a role or a group.
type mentionReader struct {
	toks       []token
	j          int // the next word to read
	label      func(int) string
	m          mention
	titles     []string
	titleStart int // where the titles began
}

// mentionPasses each read on from where the last stopped; a pass that is
// done returns the mentions read, none when the words name nobody.
var mentionPasses = []func(r *mentionReader) ([]mention, bool){
	(*mentionReader).known,
	(*mentionReader).people,
	(*mentionReader).affiliation,
	(*mentionReader).titlesPass,
	(*mentionReader).titleCountries,
	(*mentionReader).body,
	(*mentionReader).name,
	(*mentionReader).role,
	(*mentionReader).group,
}

// known reads a multiword place ("Great Hall of the People", "Trump
// Tower") or a public body known by its full name, which may begin with a
// title word ("General Agreement on Tariffs and Trade").
func (r *mentionReader) known() ([]mention, bool) {
	toks, j, first := r.toks, r.j, r.m.first
	if j >= len(toks) || !toks[j].upper {
		return nil, false
	}
	if n, p := longestPlace(toks, j); n > 1 {
		if k := j + n; k < len(toks) && groupNouns[toks[k].lower] && !toks[k].upper && p.Kind == "venue" {
			// "White House officials", "Kremlin officials": the people of a seat of power
			return []mention{{first: first, last: k + 1, name: joinTokens(toks[j:k]) + " " + toks[k].lower, typ: graphify.TypeGroup, plural: true}}, true
		}
		return []mention{{first: first, last: j + n, name: joinTokens(toks[j : j+n]), typ: typePlace, place: p}}, true
	}
	if n := longestBody(toks, j); n > 1 && !(j+n < len(toks) && (toks[j+n].upper || hasTitleAt(toks, j+n))) {
		// not "Federal Reserve Board Chairman Paul Volcker": a title or a longer name goes on
		return []mention{{first: first, last: j + n, name: joinTokens(toks[j : j+n]), typ: graphify.TypeOrganization}}, true
	}
	return nil, false
}

// affiliation reads a country, possibly possessive ("Russia's"), a demonym
// ("Russian") or an organisation before a title or group ("EU foreign
// ministers"); a country alone is the mention.
// people reads a nation named by its plural demonym: "talks between Israel
// and the Palestinians", "the Soviets"; not "Palestinian officials".
func (r *mentionReader) people() ([]mention, bool) {
	toks, j := r.toks, r.j
	if j >= len(toks) || !toks[j].upper || !strings.HasSuffix(toks[j].text, "s") || !endsPhrase(toks, j+1) {
		return nil, false
	}
	c, ok := gazetteer.Demonym(strings.TrimSuffix(toks[j].text, "s"))
	if !ok {
		return nil, false
	}
	if n, _ := longestCountry(toks, j); n > 0 {
		return nil, false // "the Philippines", "the Bahamas": countries
	}
	return []mention{{first: r.m.first, last: j + 1, name: toks[j].text, typ: graphify.TypeGroup, country: c, plural: true}}, true
}

func (r *mentionReader) affiliation() ([]mention, bool) {
	toks, j := r.toks, r.j
	if j >= len(toks) || !toks[j].upper {
		return nil, false
	}
	if n, c := longestCountry(toks, j); n > 0 {
		k := j + n
		switch {
		case k < len(toks) && (toks[k].lower == "'s" || toks[k].lower == "’s"):
			r.m.country, r.j = c, k+1
		case k < len(toks) && capsUnsure(toks, k) && groupNouns[toks[k].lower]:
			r.m.country, r.j, r.titleStart = c, k, k // "U.S. Officials": the wire capitalizes after "U.S."
			return r.group()
		case k+1 < len(toks) && capsUnsure(toks, k) && groupNouns[toks[k+1].lower] && !toks[k+1].upper:
			r.m.country, r.j, r.titleStart = c, k+1, k+1 // "U.S. Trade officials"
			return r.group()
		case k < len(toks) && (hasTitleAt(toks, k) || groupNouns[toks[k].lower] || portfolioBefore(toks, k) > 0):
			r.m.country, r.j = c, k // "Russia Foreign Minister", rare but seen; "Japan agriculture minister Mutsuki Kato"
		case k+2 < len(toks) && toks[k].upper && toks[k+2].upper && hasTitleAt(toks, k+1):
			r.m.country, r.j = c, k // "U.S. Agriculture Secretary Richard Lyng": the title's qualifier follows
		default:
			return []mention{{first: r.m.first, last: k, name: joinTokens(toks[j:k]), typ: graphify.TypeCountry, country: c, place: countryPlace(c)}}, true
		}
	} else if n, c := longestDemonym(toks, j); n > 0 {
		r.m.country, r.j = c, j+n
	} else if o, ok := gazetteer.Organisation(toks[j].text); ok && j+1 < len(toks) && (hasTitleAt(toks, j+1) || groupNouns[toks[j+1].lower]) {
		r.m.country, r.j = o, j+1 // "EU foreign ministers", "NATO defense ministers", "UN Secretary-General Ban"
	} else if n := longestBody(toks, j); n > 0 && j+n < len(toks) && (singleTitleAt(toks, j+n) || n == 1 && bodyGroupAt(toks, j+n)) {
		r.m.country, r.j = joinTokens(toks[j:j+n]), j+n // "IMF Managing director Michel Camdessus", "OPEC nations"
	}
	return nil, false
}

// titlesPass reads the titles before a name: "President", "foreign
// minister", "defense and foreign ministers", "Mr".
func (r *mentionReader) titlesPass() ([]mention, bool) {
	toks, m := r.toks, &r.m
	j := r.j
	r.titleStart = j
	if m.country != "" && j+3 < len(toks) && toks[j+1].lower == "and" && (toks[j+3].lower == "ministers" || toks[j+3].lower == "secretaries") {
		// "Russian defense and foreign ministers": two roles.
		head := strings.TrimSuffix(toks[j+3].lower, "s")
		if head == "secretarie" {
			head = "secretary"
		}
		t1, ok1 := gazetteer.Title(toks[j].lower + " " + head)
		t2, ok2 := gazetteer.Title(toks[j+2].lower + " " + head)
		if ok1 && ok2 {
			r.titles = append(r.titles, t1, t2)
			j += 4
		}
	}
	for j < len(toks) && !honorifics[toks[j].lower] {
		n, norm, plural := longestTitle(toks, j)
		if k := portfolioBefore(toks, j); n == 0 && k > 0 && m.country != "" {
			// "Guinean natural resources minister Ousmane Sylla"
			n, norm, plural = longestTitle(toks, j+k)
			n, norm = n+k, strings.ToLower(joinTokens(toks[j:j+k]))+" "+norm
		}
		if n == 0 {
			break
		}
		r.titles = append(r.titles, norm)
		m.plural = m.plural || plural
		j += n
		if j+1 < len(toks) && toks[j].lower == "and" {
			if n2, _, _ := longestTitle(toks, j+1); n2 > 0 {
				j++
			}
		}
	}
	if j < len(toks) && honorifics[toks[j].lower] {
		m.honorific = true
		j++
	}
	if len(r.titles) > 0 {
		m.title = r.titles[len(r.titles)-1]
	}
	r.j = j
	return nil, false
}

// titleCountries reads the country after a title: "the Prime Minister of
// New Zealand Bill English"; "the leaders of France, Germany and Russia":
// one role per country.
func (r *mentionReader) titleCountries() ([]mention, bool) {
	toks, m, j := r.toks, r.m, r.j
	if len(r.titles) == 0 || j+1 >= len(toks) || toks[j].lower != "of" || m.country != "" {
		return nil, false
	}
	n, c := longestCountry(toks, j+1)
	if n == 0 {
		return nil, false
	}
	m.country = c
	j += 1 + n
	r.m, r.j = m, j
	if !m.plural {
		return nil, false
	}
	roles := []mention{m}
	for j+1 < len(toks) && (toks[j].lower == "," || toks[j].lower == "and") {
		k := j + 1
		if toks[k].lower == "and" {
			k++
		}
		n, c := longestCountry(toks, k)
		if n == 0 {
			break
		}
		role := m
		role.country = c
		roles = append(roles, role)
		j = k + n
	}
	for i := range roles {
		roles[i].last, roles[i].typ, roles[i].plural = j, graphify.TypeRole, false
	}
	return roles, true
}

// body reads a body named by its region or organisation: "Baltic transport
// ministers", "EU farm ministers", "Gulf Arab oil ministers".
func (r *mentionReader) body() ([]mention, bool) {
	if len(r.titles) > 0 || r.m.country != "" {
		return nil, false
	}
	n := bodyPhrase(r.toks, r.j)
	if n == 0 {
		return nil, false
	}
	m := r.m
	m.last, m.typ, m.plural = r.j+n, graphify.TypeGroup, true
	m.name = joinTokens(r.toks[r.j : r.j+n])
	return []mention{m}, true
}

// name reads the name itself; when there is one, the reading is done, with
// a mention if the name's kind is known.
func (r *mentionReader) name() ([]mention, bool) {
	toks, m := r.toks, r.m
	j := r.j
	nameStart := j
	for j < len(toks) && isNameToken(toks, j, j == nameStart) {
		j++
	}
	// "Group of Seven", "Bank of England", "Ministry of Foreign Affairs",
	// "Bank for International Settlements", "Organisation for Economic
	// Cooperation and Development".
	for j+1 < len(toks) && j > nameStart && (toks[j].lower == "of" || toks[j].lower == "for") && toks[j+1].upper && hasOrgWord(toks[nameStart:j]) {
		j++
		for j < len(toks) && isNameToken(toks, j, false) || j < len(toks) && isDigitStart(toks[j].text) && toks[j-1].lower == "of" ||
			j+1 < len(toks) && toks[j].lower == "and" && toks[j+1].upper && toks[j-1].upper && !bodyHeads[toks[j+1].lower] && !orgHeads[toks[j+1].lower] {
			j++
		}
	}
	// Do not end a name on a joiner: "Assad al".
	for j > nameStart && nameJoiners[toks[j-1].lower] {
		j--
	}
	if headline(toks[nameStart:j]) {
		return nil, true // "VOLCKER REAFFIRMS G": a headline, not a name
	}
	// "Agriculture Secretary Richard Lyng": the words before a title belong
	// to it; and "Party leader Ana Moro", "Kremlin spokesman Dmitry Peskov".
	if j > nameStart && j+1 < len(toks) && (toks[j].upper || j-nameStart == 1 || orgWords[toks[j-1].lower]) && isTitleWord(toks[j].lower) && toks[j+1].upper {
		// and "African National Congress president Oliver Tambo"
		if n, norm, _ := longestTitle(toks, j); n > 0 {
			m.title = strings.ToLower(joinTokens(toks[nameStart:j])) + " " + norm
			j += n
			nameStart = j
			for j < len(toks) && isNameToken(toks, j, j == nameStart) {
				j++
			}
		}
	}
	if j == nameStart {
		return nil, false
	}
	m.last = j
	m.name = joinTokens(toks[nameStart:j])
	classify(&m, toks[nameStart:j], nameStart, r.label)
	if m.typ == "" {
		return nil, true
	}
	return []mention{m}, true
}

// role reads a person known by a title and a country and no name ("the
// Soviet foreign minister", one role each for "Russian defense and foreign
// ministers"), or a group known by its office ("foreign ministers",
// "Representatives from 26 nations").
func (r *mentionReader) role() ([]mention, bool) {
	toks, m, j := r.toks, r.m, r.j
	if len(r.titles) == 0 || m.honorific {
		return nil, false
	}
	if m.country != "" {
		m.last, m.typ = j, graphify.TypeRole
		if len(r.titles) == 1 {
			return []mention{m}, true
		}
		out := make([]mention, 0, len(r.titles))
		for _, tt := range r.titles {
			role := m
			role.title = tt
			out = append(out, role)
		}
		return out, true
	}
	if !m.plural && len(r.titles) == 1 && toks[m.first].lower == "the" && (j >= len(toks) || !toks[j].upper) && (toks[r.titleStart].upper || bareOffice(toks, m.title, j)) {
		m.last, m.typ = j, graphify.TypeRole // "the President", "the Chancellor": the office holder the story is about
		return []mention{m}, true
	}
	if m.plural && (j >= len(toks) || !toks[j].upper) {
		m.last, m.typ, m.title = j, graphify.TypeGroup, ""
		m.name = strings.ToLower(joinTokens(toks[r.titleStart:j]))
		return []mention{m}, true
	}
	return nil, false
}

// bareOffice reports a lower-case title after "the" that stands for its
// holder ("the president postponed his trip", "met the king"): an office,
// not a spokesman's, and not a word that modifies a noun after it ("the
// general debt situation").
func bareOffice(toks []token, title string, j int) bool {
	if info, ok := gazetteer.LookupTitle(title); !ok || info.Kind != "office" && info.Kind != "royal" || title == "spokesperson" {
		return false
	}
	return endsPhrase(toks, j)
}

// endsPhrase reports a token that cannot go on the noun phrase before it:
// punctuation, a preposition, a conjunction, an auxiliary or a verb ("the
// king met", "the government and the rebels"; not "the government broker").
func endsPhrase(toks []token, j int) bool {
	if j >= len(toks) || !toks[j].word {
		return true
	}
	w := toks[j].lower
	return w == "'s" || w == "’s" || prepositions[w] || linkWords[w] || clauseEnds[w] || itAuxiliaries[w] || modalBefore[w] || sentenceAdverbs[w] || verbLike(toks[j]) ||
		phraseEndTimes[w] || weekdays[w]
}

// workingGroup reports "group" after a word that makes it a body that
// meets: "the working group", "an advisory group".
func workingGroup(toks []token, j int) bool {
	return toks[j].lower == "group" && j > 0 && groupKinds[toks[j-1].lower]
}

// groupKinds make a "group" a body that meets.
var groupKinds = map[string]bool{
	"working": true, "advisory": true, "study": true, "contact": true, "consultative": true,
	"steering": true, "expert": true, "experts": true, "negotiating": true, "monitoring": true,
}

// unionKinds make "union" a bloc, not a labour union: "a customs union".
var unionKinds = map[string]bool{
	"customs": true, "monetary": true, "currency": true, "economic": true, "political": true,
	"banking": true, "fiscal": true, "trade": true, "postal": true, "payments": true, "european": true,
}

// phraseEndTimes begin a time phrase after a noun phrase: "talks with the
// government last night".
var phraseEndTimes = map[string]bool{
	"last": true, "next": true, "this": true, "today": true, "yesterday": true, "tomorrow": true,
	"tonight": true, "earlier": true, "later": true, "again": true,
}

// group reads a group of people: "Russian officials", "American trade
// negotiators", "committee members".
func (r *mentionReader) group() ([]mention, bool) {
	toks, m, j := r.toks, r.m, r.j
	if r.titleStart != j {
		return nil, false
	}
	if m.country != "" {
		// "Japanese government officials": lower-case words between the
		// nationality and the group; the head is the last group noun.
		last := -1
		for k := j; k < len(toks) && k < j+3 && toks[k].word && !toks[k].upper && !clauseEnds[toks[k].lower] && !stopCaps[toks[k].lower] && !meetingVerb(toks[k].lower); k++ {
			if groupNouns[toks[k].lower] {
				last = k
			}
		}
		if last > j {
			j = last
		}
	}
	// "foreign fiscal authorities", not "the authorities"; "talks between
	// the government and the rebels": the one the story is about.
	qualified := j > 0 && j < len(toks) && (qualifiedGroups[toks[j].lower] && groupModifier(toks[j-1]) || definiteGroups[toks[j].lower] && toks[j-1].lower == "the" && endsPhrase(toks, j+1))
	if j >= len(toks) || !groupNouns[toks[j].lower] && !workingGroup(toks, j) || m.country == "" && groupNeedsCountry[toks[j].lower] && !qualified ||
		toks[j].lower == "union" && j > 0 && unionKinds[toks[j-1].lower] {
		return nil, true
	}
	m.last = j + 1
	m.typ = graphify.TypeGroup
	m.name = strings.TrimSpace(m.country + " " + toks[j].lower)
	if workingGroup(toks, j) && m.first == j {
		m.first, m.name = j-1, strings.TrimSpace(m.country+" "+toks[j-1].lower+" group") // "the working group"
	}
	if j+1 < len(toks) && groupNouns[toks[j+1].lower] && !toks[j+1].upper {
		m.last++ // "committee members", "government officials"
		m.name += " " + toks[j+1].lower
	}
	return []mention{m}, true
}

// headline reports words that are all capitals, two or more, one of them
// a word of five letters or more: a wire headline, not a name ("VOLCKER
// REAFFIRMS G"), while "U.S." or "OPEC" may be one.
func headline(ts []token) bool {
	if len(ts) < 2 {
		return false
	}
	long := false
	for _, t := range ts {
		for _, r := range t.text {
			if unicode.IsLower(r) {
				return false
			}
		}
		long = long || len(t.text) >= 5
	}
	return long
}

// bodyGroupAt reports a group noun, not a title, at k: "OPEC nations",
// "GATT members".
func bodyGroupAt(toks []token, k int) bool {
	return groupNouns[toks[k].lower] && !toks[k].upper && !hasTitleAt(toks, k)
}

// capsUnsure reports a word whose capital says nothing: the one after a
// dotted abbreviation, which wire copy often capitalizes ("U.S. Trade
// officials", "U.S. Officials said").
func capsUnsure(toks []token, k int) bool {
	if k == 0 {
		return false
	}
	p := toks[k-1].text
	return len(p) > 2 && p[len(p)-1] == '.' && strings.Contains(p[:len(p)-1], ".")
}

// indefiniteRole reads "a/an [modifiers] [demonym] ROLE" at i, where the
// modifiers are up to three words ("senior", "tribal", "Shinwari").
func indefiniteRole(toks []token, i int) (mention, bool) {
	m := mention{first: i, typ: graphify.TypeRole}
	for j := i + 1; j < len(toks) && j <= i+4; j++ {
		w := toks[j]
		if !w.word {
			return mention{}, false
		}
		if roleNouns[w.lower] {
			if j+1 < len(toks) && toks[j+1].word && !toks[j+1].upper && !roleFollowers[toks[j+1].lower] && !verbLike(toks[j+1]) {
				return mention{}, false // "an official visit": an adjective
			}
			m.last, m.title = j+1, w.lower
			m.name = strings.TrimSpace(m.country + " " + w.lower)
			return m, true
		}
		if n, c := longestDemonym(toks, j); n > 0 {
			m.country = c
			j += n - 1
			continue
		}
		if n, c := longestCountry(toks, j); n > 0 && j+n < len(toks) && roleNouns[toks[j+n].lower] {
			m.country = c // "a U.S. official"
			j += n - 1
			continue
		}
		if isDeterminer(w.lower) || clauseEnds[w.lower] || w.lower == "and" || w.lower == "of" || w.lower == "with" ||
			placePrepositions[w.lower] || nounLinks[w.lower] {
			return mention{}, false // "a meeting with Prime Minister X" is no role; "a senior official" is
		}
		if _, ok := triggers[w.lower]; ok {
			return mention{}, false
		}
	}
	return mention{}, false
}

// roleFollowers may follow a role noun: "an official said", "an envoy from Kabul".
var roleFollowers = map[string]bool{
	"said": true, "says": true, "told": true, "who": true, "from": true, "of": true, "in": true,
	"at": true, "on": true, "with": true, "for": true, "to": true, "and": true, "whose": true,
	"close": true, "familiar": true, "involved": true, "responsible": true, "last": true, "this": true,
}

// roleNouns after "a"/"an" name one person by role: "met with a senior official".
var roleNouns = map[string]bool{
	"official": true, "elder": true, "diplomat": true, "envoy": true, "negotiator": true,
	"lawmaker": true, "commander": true, "aide": true, "adviser": true, "advisor": true,
	"representative": true, "delegate": true, "emissary": true, "lawyer": true, "attorney": true,
	"businessman": true, "businesswoman": true, "banker": true, "lobbyist": true, "ambassador": true,
	"minister": true, "general": true, "activist": true,
}

// isNameToken reports whether toks[j] continues (or, when first, starts) a proper name.
func isNameToken(toks []token, j int, first bool) bool {
	t := toks[j]
	if !t.word {
		return false
	}
	if t.upper {
		if first && (stopCaps[t.lower] || j == 0 && groupNouns[t.lower] || j == 0 && sentenceAdverb(toks)) {
			return false // "The", and "Officials from …" or "Separately, …" opening a sentence
		}
		if isTitleWord(t.lower) && !first && !(j > 0 && nameJoiners[toks[j-1].lower]) || calendarWords[t.lower] {
			return false // but "Zaid bin Sultan al-Nahayan"
		}
		return !first || !isDigitStart(t.text)
	}
	// "al-Assad", "bin Salman", "von der Leyen": lower-case joiners inside a name.
	if i := strings.IndexByte(t.text, '-'); i > 0 && i+1 < len(t.text) && nameJoiners[t.lower[:i]] {
		r, _ := utf8.DecodeRuneInString(t.text[i+1:])
		return unicode.IsUpper(r)
	}
	if !first && nameJoiners[t.lower] && j+1 < len(toks) && (toks[j+1].upper || nameJoiners[toks[j+1].lower]) {
		return true
	}
	return false
}

func isDigitStart(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// meetingVerb reports a meeting verb, which ends a noun phrase: "Georgian
// demonstrators received ministers".
func meetingVerb(w string) bool {
	tr, ok := triggers[w]
	return ok && !tr.noun || lightVerbs[w]
}

// bodyByName types a public body known by its name alone ("G-7", "OPEC",
// "Comecon") as an organisation, unless the gazetteer knows the name as a
// place too ("the White House").
func bodyByName(m *mention) bool {
	if _, place := gazetteer.LookupPlace(m.name); !publicBodies[m.name] || place {
		return false
	}
	m.typ = graphify.TypeOrganization
	return true
}

// countryByName types a country's name.
func countryByName(m *mention) bool {
	c, ok := gazetteer.Country(m.name)
	if ok {
		m.typ, m.country, m.place = graphify.TypeCountry, c, countryPlace(c)
	}
	return ok
}

// classify decides what kind of thing a name is.
func classify(m *mention, name []token, offset int, label func(int) string) {
	if bodyByName(m) || countryByName(m) {
		return
	}
	if p, ok := gazetteer.LookupPlace(m.name); ok && m.title == "" && !m.honorific {
		m.typ, m.place = typePlace, p
		return
	}
	if p, ok := gazetteer.LookupPerson(m.name); ok {
		m.typ, m.name = graphify.TypePerson, p.Name
		if m.country == "" {
			m.country = p.Country
		}
		return
	}
	if len(name) == 1 && newsAgencies[name[0].lower] {
		return // the reporter, not a party: typ stays empty
	}
	if venueWords[name[len(name)-1].lower] && !m.honorific && m.title == "" {
		m.typ = typePlace // a building or site the gazetteer does not know
		m.place = gazetteer.Place{Name: m.name, Kind: "venue"}
		return
	}
	if notActors[name[len(name)-1].lower] && len(name) > 1 {
		return // "the Paris Agreement": typ stays empty, not a party ("Bill English" is)
	}
	for _, t := range name {
		if orgWords[t.lower] {
			m.typ = graphify.TypeOrganization
			return
		}
	}
	if m.title != "" || m.honorific {
		m.typ = graphify.TypePerson
		return
	}
	if len(name) == 1 && knownSurname(name[0].text) {
		m.typ = graphify.TypePerson // "Putin", "Obama": resolved against the article and the date later
		return
	}
	if len(name) == 1 && isAcronym(name[0].text) {
		m.typ = graphify.TypeOrganization
		return
	}
	// Unknown capitalised words. With prose at hand, decide later, and only
	// if the name turns out to be a party (see settle): tagging a sentence
	// costs more than everything else we do with it.
	if label != nil {
		m.typ, m.labelAt, m.words = typeUnknown, offset+len(name)-1, len(name)
		return
	}
	// Without prose: a person when the words look like a personal name. A
	// single unknown word ("Holders", "Treasury") is not taken for a person:
	// surnames come from the article's full names or the gazetteer.
	if len(name) >= 2 && len(name) <= 4 {
		m.typ = graphify.TypePerson
	}
}

// settle decides what an unknown name is from prose's label of its last
// word, and reports whether it is a party at all. prose's labels are weak
// evidence: it often tags a first name as GPE. They are trusted for
// organisations and people, and for places only for single words.
func settle(m *mention, label func(int) string) bool {
	if m.typ != typeUnknown {
		return true
	}
	switch label(m.labelAt) {
	case "PERSON":
		m.typ = graphify.TypePerson // single words too: "Duterte" in a one-sentence text
		return true
	case "ORGANIZATION":
		m.typ = graphify.TypeOrganization
		return true
	case "GPE", "LOCATION", "FACILITY", "GSP":
		if m.words == 1 {
			m.typ, m.place = typePlace, gazetteer.Place{Name: m.name}
			return false
		}
	}
	if m.words >= 2 && m.words <= 4 {
		m.typ = graphify.TypePerson
		return true
	}
	m.typ = ""
	return false
}

func isAcronym(s string) bool {
	s = strings.ReplaceAll(s, ".", "")
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// longestCountry matches the longest country name (up to five words) at toks[j].
func longestCountry(toks []token, j int) (int, string) {
	for n := min(5, len(toks)-j); n >= 1; n-- {
		if !toks[j+n-1].word {
			continue
		}
		if c, ok := gazetteer.Country(joinTokens(toks[j : j+n])); ok {
			return n, c
		}
	}
	return 0, ""
}

// longestPlace matches the longest place name of two to six words at toks[j],
// ending on a capitalised word.
func longestPlace(toks []token, j int) (int, gazetteer.Place) {
	for n := min(6, len(toks)-j); n >= 2; n-- {
		if !toks[j+n-1].upper {
			continue
		}
		if p, ok := gazetteer.LookupPlace(joinTokens(toks[j : j+n])); ok && p.Kind != "country" {
			return n, p
		}
	}
	return 0, gazetteer.Place{}
}

// longestDemonym matches the longest demonym (up to three words) at toks[j]: "North Korean".
func longestDemonym(toks []token, j int) (int, string) {
	for n := min(3, len(toks)-j); n >= 1; n-- {
		if !toks[j+n-1].word || !toks[j+n-1].upper {
			continue
		}
		if c, ok := gazetteer.Demonym(joinTokens(toks[j : j+n])); ok {
			return n, c
		}
	}
	return 0, ""
}

// longestTitle matches the longest title (up to four words) at toks[j].
func longestTitle(toks []token, j int) (n int, norm string, plural bool) {
	if j < len(toks) && !toks[j].word {
		return 0, "", false // "Japan, Prime Minister Ruiz": the comma ends the country
	}
	for n := min(4, len(toks)-j); n >= 1; n-- {
		if w := toks[j+n-1].lower; !toks[j+n-1].word || !gazetteer.TitleEnd(w) && !gazetteer.TitleEnd(strings.TrimSuffix(w, "s")) {
			continue // no title ends with this word
		}
		s := joinTokens(toks[j : j+n])
		if j+n < len(toks) && toks[j+n].upper && orgWords[toks[j+n].lower] && toks[j+n-1].upper {
			continue // "General Dynamics", "General Motors": a company's name
		}
		if t, ok := gazetteer.Title(s); ok {
			last := toks[j+n-1].lower
			if k := portfolio(toks, j+n); k > 0 && (portfolioTitles[last] || toks[j+n].lower == "for") { // "Undersecretary of State for Economic Affairs"
				return n + k, t + " " + strings.ToLower(joinTokens(toks[j+n:j+n+k])), false
			}
			return n, t, strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(t, "s")
		}
		if strings.HasSuffix(s, "s") {
			if t, ok := gazetteer.Title(s[:len(s)-1]); ok {
				return n, t, true
			}
		}
	}
	return 0, "", false
}

// portfolioTitles take a portfolio in lower case after them: "minister of
// mines and power Bunu Musa".
var portfolioTitles = map[string]bool{"minister": true, "secretary": true, "commissioner": true, "director": true}

// portfolioNames are the portfolios a title may name with a capital:
// "Secretary of Energy", "Minister of Finance".
var portfolioNames = map[string]bool{
	"energy": true, "treasury": true, "defense": true, "defence": true, "commerce": true,
	"agriculture": true, "labor": true, "labour": true, "justice": true, "health": true,
	"education": true, "transportation": true, "transport": true, "interior": true,
	"finance": true, "trade": true, "industry": true, "housing": true, "economy": true,
	"mines": true, "oil": true, "petroleum": true, "planning": true, "tourism": true,
	"homeland": true, "security": true, "veterans": true, "affairs": true, "home": true,
	"foreign": true, "communications": true, "environment": true, "culture": true, "economic": true,
}

// maxPortfolio is the most words a portfolio may have.
const maxPortfolio = 5

// portfolio returns the length of "of mines and power" at i when a name
// follows it: lower-case words joined by "and", then a capitalised word.
func portfolio(toks []token, i int) int {
	if i >= len(toks) || toks[i].lower != "of" && toks[i].lower != "for" {
		return 0
	}
	for k := i + 1; k < len(toks) && k <= i+maxPortfolio; k++ {
		switch {
		case toks[k].upper && portfolioNames[toks[k].lower]:
			// "Secretary of Energy Ernest Moniz": a portfolio written as a name
		case toks[k].upper && k > i+1 && toks[k-1].lower != "and":
			return k - i
		case toks[k].lower == "," && k > i+1 && k+1 < len(toks) && toks[k+1].upper && toks[k-1].lower != "and":
			return k - i // "minister of energy and mines, Alfredo del Mazo"
		case !toks[k].word || toks[k].upper || stopCaps[toks[k].lower] && toks[k].lower != "and":
			return 0
		}
	}
	return 0
}

// portfolioBefore returns the number of lower-case words at i before a
// portfolio title: "natural resources" in "natural resources minister".
func portfolioBefore(toks []token, i int) int {
	for k := i; k < len(toks) && k < i+maxPortfolio; k++ {
		switch {
		case portfolioTitles[toks[k].lower] && k > i:
			return k - i
		case !toks[k].word || toks[k].upper || stopCaps[toks[k].lower] || groupNouns[toks[k].lower]:
			return 0
		}
	}
	return 0
}

// maxBodyWords is the most words of a body's name in publicBodies.
const maxBodyWords = 7

// longestBody returns the number of words of the longest public body name
// at j, or 0.
func longestBody(toks []token, j int) int {
	for n := min(maxBodyWords, len(toks)-j); n > 1; n-- {
		if toks[j+n-1].word && publicBodies[joinTokens(toks[j:j+n])] {
			return n
		}
	}
	if j < len(toks) && publicBodies[toks[j].text] {
		return 1 // "IMF", "OPEC"
	}
	return 0
}

// sentenceAdverb reports a sentence that opens with an adverb and a comma:
// "Separately, …", "Meanwhile, …".
func sentenceAdverb(toks []token) bool {
	return len(toks) > 1 && strings.HasSuffix(toks[0].lower, "ly") && toks[1].lower == ","
}

// joinTokens rebuilds the words of a name with single spaces.
func joinTokens(toks []token) string {
	if len(toks) == 1 {
		return toks[0].text
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.word && toks[i-1].word {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

func countryPlace(c string) gazetteer.Place {
	if p, ok := gazetteer.LookupPlace(c); ok {
		return p
	}
	return gazetteer.Place{Name: c, Country: c, Kind: "country"}
}

// isTitleWord reports whether a single lower-case word is a title ("president").
func isTitleWord(w string) bool {
	_, ok := gazetteer.Title(w)
	return ok && !honorifics[w]
}

// singleTitleAt reports the title of one person at k: "Managing Director",
// not "finance ministers".
func singleTitleAt(toks []token, k int) bool {
	n, _, plural := longestTitle(toks, k)
	return n > 0 && !plural
}

func hasTitleAt(toks []token, k int) bool {
	n, _, _ := longestTitle(toks, k)
	return n > 0
}

func hasOrgWord(toks []token) bool {
	for _, t := range toks {
		if orgWords[t.lower] {
			return true
		}
	}
	return false
}

// bodyPhrase returns the length of a body named at j by one to three
// capitalised words, at most three lower-case modifiers and a public group
// noun: "Baltic transport ministers", "OECD directors". It returns 0 when
// the words at j are not such a phrase.
func bodyPhrase(toks []token, j int) int {
	k := j
	for k < len(toks) && k < j+3 && toks[k].upper && toks[k].word && !stopCaps[toks[k].lower] {
		k++
	}
	if k == j {
		return 0
	}
	for _, w := range toks[j:k] {
		if privateOrgWords[w.lower] {
			return 0 // "Fairchild Industries officials": a company's people
		}
	}
	for n := 0; k < len(toks) && n <= 3; n, k = n+1, k+1 {
		w := toks[k]
		if !w.word || w.upper || clauseEnds[w.lower] || stopCaps[w.lower] || prepositions[w.lower] || verbLike(w) || plannedCues[w.lower] {
			return 0 // "Howard will meet officials": a clause, not a name
		}
		if _, ok := triggers[w.lower]; ok {
			return 0
		}
		if publicGroups[w.lower] && w.lower != "government" && w.lower != "opposition" {
			return k + 1 - j
		}
	}
	return 0
}
