package extract

import (
	"slices"
	"strings"

	graphify "github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/extract/gazetteer"
	"github.com/graphify-dev/graphify/extract/when"
)

// party is a mention taking part in a frame, with its role.
type party struct {
	m    mention
	role string
	text string // surface words in the sentence
	weak bool   // only the nearest actor, not linked to the meeting word (see nearestActor)
	// addresses: spoke to or at the meeting, so a party though the speaker
	// of the sentence too ("Lopez, speaking at the meeting, said …")
	addresses bool
	object    bool // found after the trigger: "met X", "talks with X"
	// city: the city a visit went to, which names this host country in the
	// record as the text names it ("visited Washington": Washington)
	city string
}

// frame is one report of a meeting in one sentence, before the article's
// reports are merged into meetings.
type frame struct {
	sent       span
	kind       string
	status     string
	parties    []party
	place      *gazetteer.Place
	date       *when.Expr
	dateValue  string // resolved date, "" when unknown
	dateText   string
	anaphoric  bool    // "the meeting", "the visit": refers back to a meeting already told
	owned      bool    // anaphoric through a possessive: "his talks", which may be other talks of his
	past       bool    // the trigger is a verb in the past tense: "met", "visited"
	future     bool    // words before the trigger put it ahead: "will meet", "hopes to meet"
	present    bool    // the trigger is a verb in the present tense: "Chile and Peru meet in Lima Monday"
	restated   bool    // its parties only refer back: "the two leaders" (see restates)
	recounted  []party // for a restated frame, the two actors named last that "the two countries" stands for (see recount)
	toPlace    bool    // a visit to a place or thing no party names: "visit the flooded towns"
	separate   bool    // "met separately with X and Y", "separate calls to X and Y": one meeting per object
	named      bool    // named by its place, the only thing the sentence says of it: "the Venice summit", "the Louvre meeting"
	confidence float64
	trigger    int // token index of the trigger
}

// window bounds the clause around a trigger, in tokens, so that the work per
// trigger is constant however long a sentence runs.
const window = 40

// distinctCountries reports whether the parties come from at least two
// known countries.
func distinctCountries(ps []party) bool {
	seen := ""
	for _, p := range ps {
		c := p.m.country
		if c == "" && p.m.typ == graphify.TypeCountry {
			c = p.m.name
		}
		if c != "" && seen != "" && c != seen {
			return true
		}
		if c != "" {
			seen = c
		}
	}
	return false
}

// appositive reports whether m is a role or group noun that a person's name
// follows at once, naming the same party: "his Italian counterpart Paolo
// Gentiloni".
func appositive(toks []token, ms []mention, m mention) bool {
	if m.typ != graphify.TypeGroup && m.typ != graphify.TypeRole || m.plural {
		return false
	}
	if w := toks[m.last-1].lower; m.typ == graphify.TypeGroup && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false // "talks with Chinese officials, Foreign Minister X said": no one person renames a plural
	}
	comma := func(i int) bool { return i >= 0 && i < len(toks) && toks[i].lower == "," }
	for _, n := range ms {
		if n.typ != graphify.TypePerson && !(n.typ == typeUnknown && n.words >= 2 && (n.first == m.last || comma(m.last) && n.first == m.last+1)) {
			continue // a person, or a name of several words right after the role
		}
		// "his Russian counterpart (,) Sergei Lavrov"; "Richard Holbrooke,
		// the U.S. special representative, …".
		after := comma(n.last) && (m.first == n.last+1 || m.first == n.last+2 && isDeterminer(toks[n.last+1].lower))
		if n.first == m.last || comma(m.last) && n.first == m.last+1 || after {
			return true
		}
	}
	return false
}

// arrivalVerbs take a traveller as subject and a purpose: "arrived in Moscow
// for talks", "flew in from Tokyo for the talks", "will travel to Paris for a
// meeting".
var arrivalVerbs = map[string]bool{
	"arrived": true, "arrives": true, "arrive": true, "arriving": true, "flew": true, "fly": true,
	"flies": true, "travelled": true, "traveled": true, "travels": true, "travel": true,
	"travelling": true, "traveling": true, "headed": true, "came": true, "comes": true, "come": true,
	"leave": true, "leaves": true, "leaving": true, "left": true,
}

// traveller returns the subject of an arrival verb whose purpose is the
// nominal trigger at t ("… for talks", "… for a meeting"): the actors named
// just before the verb, joined by "and" or commas.
func traveller(toks []token, ms []mention, left, t int) []party {
	purpose := false
	for k := t - 1; k >= t-4 && k >= left; k-- {
		// "arrived … for talks", "arrived … on a two-day visit"
		purpose = purpose || toks[k].lower == "for" || toks[k].lower == "on" && k+1 < t && (isDeterminer(toks[k+1].lower) || possessiveDeterminers[toks[k+1].lower])
	}
	if !purpose {
		return nil
	}
	v := -1
	for k := t - 1; k >= left && k > t-20; k-- {
		if arrivalVerbs[toks[k].lower] {
			v = k
			break
		}
	}
	if v < 0 {
		return nil
	}
	var out []party
	end := v
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.last > end || m.first < left {
			continue
		}
		ledBy := m.first >= 2 && toks[m.first-1].lower == "by" && (toks[m.first-2].lower == "headed" || toks[m.first-2].lower == "led")
		if !m.actor() || afterPreposition(toks, m.first) && !ledBy {
			break
		}
		gap := toks[m.last:end]
		ok := true
		for _, g := range gap {
			switch g.lower {
			case "is", "was", "are", "were", "will", "would", "to", "be", "due", "set", "has", "have", "had",
				"also", "later", "then", "now", "expected", "scheduled", "and", ",",
				"headed", "led", "by": // "The Japanese delegation, headed by Makoto Kuroda, arrived"
			default:
				ok = false
			}
		}
		if !ok && len(out) == 0 {
			return nil // no subject right before the verb
		}
		if !ok {
			break
		}
		out = append(out, party{m: m})
		end = m.first
	}
	slices.Reverse(out)
	return out
}

// inApposition reports whether m lies inside a description set off by commas
// after a name, before the trigger at t: in "Dennis Ross, a top adviser to
// Secretary Clinton, met the Omani", "a top adviser" and "Clinton" describe
// Ross and are not parties.
func inApposition(toks []token, ms []mention, m mention, t int) bool {
	c := m.first - 1
	for c > 0 && c > m.first-12 && toks[c].lower != "," {
		c--
	}
	if c <= 0 || toks[c].lower != "," || c+1 >= len(toks) {
		return false
	}
	switch toks[c+1].lower {
	case "a", "an", "the", "his", "her":
	default:
		return false
	}
	named := slices.ContainsFunc(ms, func(n mention) bool {
		return n.last == c && (n.typ == graphify.TypePerson || n.typ == typeUnknown && n.words >= 2)
	})
	if !named {
		return false
	}
	for k := m.last; k < t; k++ {
		if toks[k].lower == "," {
			return true
		}
	}
	return false
}

// groupAnchor returns the word before a group noun at i and the lower-case
// words that qualify it: "with" for "met with disaster relief volunteers".
func groupAnchor(toks []token, i int) string {
	k := i - 1
	for n := 0; n < 3 && k > 0 && toks[k].word && !toks[k].upper && !nounLinks[toks[k].lower] &&
		!clauseEnds[toks[k].lower] && !placePrepositions[toks[k].lower]; n++ {
		if _, ok := triggers[toks[k].lower]; ok && !objectModifiers[toks[k].lower] {
			break // but "with the visiting Croatian foreign minister"
		}
		if groupNouns[toks[k].lower] && k < i-1 || groupNouns[toks[k].lower] && toks[i].lower == "the" {
			break // "a meeting with businessmen the government was planning …": another phrase
		}
		k--
	}
	if k < 0 {
		return ""
	}
	if j := partitiveStart(toks, k); toks[k].lower == "of" && j < k {
		return groupAnchor(toks, j) // "to a number of world leaders": "to"
	}
	return toks[k].lower
}

// partitiveStart returns where a partitive ending in the "of" at k starts
// ("a number of", "many of the", "some of"), or k when there is none.
func partitiveStart(toks []token, k int) int {
	j := k - 1
	if j >= 1 && toks[j].lower == "number" && (toks[j-1].lower == "a" || toks[j-1].lower == "large") {
		return j - 1
	}
	if j >= 0 && (quantifiers[toks[j].lower] || countWords[toks[j].lower] || toks[j].lower == "one") {
		return j
	}
	return k
}

// mainClauseWill reports "will" in the main clause after a fronted phrase:
// "At the talks, Japan will ask …" is a meeting to come.
func mainClauseWill(toks []token, t int) bool {
	k := t + 1
	for k < len(toks) && toks[k].lower != "," {
		k++
	}
	for k++; k < len(toks) && k < t+20; k++ {
		switch toks[k].lower {
		case "will", "'ll", "shall":
			return true
		case ",", ";", "said", "says":
			return false
		}
	}
	return false
}

// laterAfter reports "later in the week", "later this month" or "next
// week" after the trigger, in its clause.
func laterAfter(toks []token, t, right int) bool {
	for k := t + 1; k+1 < right && k+1 < len(toks); k++ {
		w, n := toks[k].lower, toks[k+1].lower
		if w == "later" && (n == "in" || n == "this") || w == "next" && periodWords[n] {
			return true
		}
	}
	return false
}

// periodWords follow "next" in a date that lies ahead.
var periodWords = map[string]bool{"week": true, "month": true, "year": true, "weekend": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true}

// scareQuoted reports a trigger in quotes of its own: a "summit".
func scareQuoted(toks []token, t int) bool {
	q := func(k int) bool { w := toks[k].lower; return w == "\"" || w == "“" || w == "”" || w == "'" }
	return t > 0 && t+1 < len(toks) && q(t-1) && q(t+1)
}

// speculation reports "talk of", "the prospect of", "the possibility of" or
// "the idea of" before the trigger at t: a meeting that is only proposed.
func speculation(toks []token, from, t int) bool {
	for k := from; k+1 < t; k++ {
		if next, ok := proposalPhrases[toks[k].lower]; ok && toks[k+1].lower == next {
			return true
		}
	}
	return false
}

// proposalPhrases are two-word cues of a meeting only proposed: "talk of a
// summit", "called for a summit", "pressing for talks".
var proposalPhrases = map[string]string{
	"talk": "of", "prospect": "of", "prospects": "of", "possibility": "of", "idea": "of", "hopes": "of",
	"called": "for", "calls": "for", "call": "for", "calling": "for", "pressing": "for",
	"pressed": "for", "push": "for", "pushing": "for", "pushed": "for", "appealed": "for",
}

// closeParen returns the index of the ")" that closes the "(" at i, or the
// last token when none does.
func closeParen(toks []token, i int) int {
	depth := 0
	for k := i; k < len(toks) && k < i+window; k++ {
		switch toks[k].lower {
		case "(":
			depth++
		case ")":
			depth--
			if depth == 0 {
				return k
			}
		}
	}
	return min(i+window, len(toks)) - 1
}

// frontedAdverbial reports whether the trigger at t sits in an adverbial
// phrase that opens the sentence and ends with a comma: "During a visit to
// Kabul, …", "After speaking by phone on Friday, …".
func frontedAdverbial(toks []token, t int) bool {
	if len(toks) == 0 || !adverbialOpeners[toks[0].lower] && !strings.HasSuffix(toks[0].lower, "ing") || t > 15 {
		return false
	}
	for k := 1; k < t; k++ {
		if toks[k].lower == "," || clauseEnds[toks[k].lower] {
			return false
		}
	}
	for k := t + 1; k < len(toks) && k < t+15; k++ {
		if toks[k].lower == "," {
			return true
		}
		if clauseEnds[toks[k].lower] {
			return false
		}
	}
	return false
}

var adverbialOpeners = map[string]bool{"in": true, "during": true, "after": true, "before": true, "following": true, "ahead": true, "on": true, "while": true, "upon": true, "at": true}

// mainSubjects returns the subject of the main clause after the fronted
// phrase of the trigger at t: the people named before its verb ("U.N. chief
// Valerie Amos said"), or else the first actor ("the two leaders").
func mainSubjects(toks []token, ms []mention, t int) []party {
	comma := t + 1
	for comma < len(toks) && toks[comma].lower != "," {
		comma++
	}
	// Skip the commas of a list: "After visiting the U.S., England and
	// France, Funaro…".
	for listed := true; listed && comma < len(toks); {
		listed = false
		for _, m := range ms {
			if m.first == comma+1 && (m.typ == graphify.TypeCountry || m.typ == typePlace) && m.last < len(toks) &&
				(toks[m.last].lower == "," || toks[m.last].lower == "and") {
				next := m.last + 1
				for next < len(toks) && toks[next].lower != "," {
					next++
				}
				comma, listed = next, true
				break
			}
		}
	}
	var people, actors []party
	for _, m := range ms {
		if m.first <= comma || m.first > comma+10 || !m.actor() || m.typ == typePronoun {
			continue
		}
		stop := false
		for k := comma + 1; k < m.first; k++ {
			if clauseEnds[toks[k].lower] || toks[k].lower == "that" || verbLike(toks[k]) && !inMention(ms, k) {
				stop = true // past the subject: "the Crown Prince paid a call on Reagan"
			}
		}
		if stop {
			break
		}
		if m.typ == graphify.TypePerson || m.typ == typeUnknown {
			people = append(people, party{m: m})
		} else if len(actors) == 0 {
			actors = append(actors, party{m: m})
		}
	}
	if len(people) > 0 {
		return append(people, addressee(toks, ms, people[len(people)-1].m)...)
	}
	return actors
}

// addressee returns the one a subject speaks to right after it: in "During
// a telephone call, Ruiz told Prime Minister Jon Berg …", Berg was on the call.
func addressee(toks []token, ms []mention, subject mention) []party {
	if subject.last >= len(toks) || !speechVerbs[toks[subject.last].lower] {
		return nil
	}
	for _, m := range ms {
		if m.first == subject.last+1 && m.actor() && m.typ != typePronoun && !pressParty(m) {
			return []party{{m: m}}
		}
	}
	return nil
}

// speechVerbs take the one spoken to as object: "told X", "assured X".
var speechVerbs = map[string]bool{
	"told": true, "tells": true, "assured": true, "assures": true, "urged": true, "urges": true,
	"asked": true, "asks": true, "informed": true, "warned": true, "thanked": true, "briefed": true,
}

// conjunctOfPrepositional reports whether m continues a list that a
// preposition opened: Afghanistan in "the envoy to Pakistan and Afghanistan".
func conjunctOfPrepositional(toks []token, ms []mention, m mention) bool {
	for depth := 0; depth < 8; depth++ {
		w := prevWord(toks, m.first)
		if w != "and" && (w != "," || depth == 0 && !listContinues(toks, ms, m)) || m.first < 2 {
			return false // a list ends with "and": "to Pakistan, India and Afghanistan"
		}
		found := false
		for _, n := range ms {
			if n.last == m.first-1 {
				if afterPreposition(toks, n.first) {
					return true
				}
				m, found = n, true
				break
			}
		}
		if !found {
			return false
		}
	}
	return false
}

// complementizer reports a "that" which opens a clause ("believes that the
// talks…", "said that Putin…") rather than pointing at a noun.
func complementizer(toks []token, k int) bool {
	if toks[k].lower != "that" || k+1 >= len(toks) || k == 0 {
		return false
	}
	n := toks[k+1]
	return n.lower == "the" || n.lower == "a" || n.upper || subjectPronoun(n.lower) || n.lower == "it" || n.lower == "we"
}

// lastAuxiliary returns the index of the last finite auxiliary ("was",
// "has") between left and the trigger at t, outside names, or -1.
func lastAuxiliary(toks []token, ms []mention, left, t int) int {
	for k := t - 1; k >= left; k-- {
		switch toks[k].lower {
		case "was", "were", "is", "are", "has", "have", "had":
			if !inMention(ms, k) {
				return k
			}
		}
	}
	return -1
}

// lastSubordinator returns the last conjunction before t that opens a
// clause of its own ("made the remark one day before U.S. and Japanese
// officials are to meet"), or -1.
func lastSubordinator(toks []token, ms []mention, left, t int) int {
	for k := t - 1; k >= left; k-- {
		if (subordinators[toks[k].lower] || reportVerbs[toks[k].lower]) && !inMention(ms, k) { // and "The government announced today X will visit"
			return k
		}
	}
	return -1
}

// subordinators open a clause with its own subject.
var subordinators = map[string]bool{
	"before": true, "after": true, "when": true, "while": true, "until": true, "because": true,
	"although": true, "though": true, "since": true, "unless": true, "whereas": true, "once": true,
}

// relationNouns name a relation, not a meeting: "tension with the U.S.",
// "the relationship between the United States and Saudi Arabia".
var relationNouns = map[string]bool{
	"relationship": true, "relations": true, "ties": true, "tension": true, "tensions": true,
	"trade": true, "dispute": true, "disputes": true, "differences": true, "friendship": true,
	"cooperation": true, "partnership": true, "rift": true, "row": true, "conflict": true,
	"war": true, "border": true, "gap": true, "balance": true, "imbalance": true, "surplus": true,
	"deficit": true, "agreement": true, "accord": true, "deal": true, "treaty": true, "pact": true,
}

// stateRelations are the relations only states or bodies have: a person
// after "with" is the verb's party, not the relation's ("discussed the
// border with President Berg"), as a country is ("the border with Peru").
var stateRelations = map[string]bool{"border": true, "trade": true, "balance": true, "imbalance": true, "surplus": true, "deficit": true}

// relates reports whether noun names a relation that m, named after it by
// "with" or "between", is a side of.
func relates(noun string, m mention) bool {
	return relationNouns[noun] && !(stateRelations[noun] && (m.typ == graphify.TypePerson || m.typ == graphify.TypeRole && !m.plural))
}

// listContinues reports whether m is followed by more items of a list that
// ends with "and": ", Mexico and Nicaragua".
func listContinues(toks []token, ms []mention, m mention) bool {
	for k, n := m.last, 0; k < len(toks) && n < 10; n++ {
		if toks[k].lower != "," && toks[k].lower != "and" {
			return false
		}
		var next *mention
		for i := range ms {
			if ms[i].first == k+1 {
				next = &ms[i]
				break
			}
		}
		if next == nil {
			return false
		}
		if toks[k].lower == "and" {
			return true
		}
		k = next.last
	}
	return false
}

// coordinatedAfter returns m with the members of the list that it opens,
// when they are of its type: "Kuwait and Saudi Arabia", "the IMF, the World
// Bank and the Paris Club".
func coordinatedAfter(toks []token, ms []mention, m mention) []party {
	out := []party{{m: m}}
	for k := m.last; k < len(toks) && (toks[k].lower == "," || toks[k].lower == "and"); {
		i := slices.IndexFunc(ms, func(n mention) bool { return n.first == k+1 })
		if i < 0 || ms[i].typ != m.typ {
			break
		}
		out = append(out, party{m: ms[i]})
		if toks[k].lower == "and" {
			return out // the list ends with "and"
		}
		k = ms[i].last
	}
	return out[:1]
}

// indefinite reports a mention that starts with "a" or "an".
func indefinite(toks []token, m mention) bool {
	return toks[m.first].lower == "a" || toks[m.first].lower == "an"
}

// plannedAfter reports a cue of a meeting still to come in the words that
// follow a nominal trigger, before a comma or a verb in the past:
// "the summit will be held", "talks … are scheduled for", "the meeting is
// expected to take place", "the dates have yet to be set".
func plannedAfter(toks []token, t int) bool {
	for k := t + 1; k < len(toks) && k <= t+14; k++ {
		w := toks[k].lower
		switch {
		case w == "," && k == t+1:
			if end := phraseClose(toks, k); end > k {
				k = end // "the meeting, involving X and Y, will review …"
			}
		case w == "," && toks[k-1].upper && k+1 < len(toks) && toks[k+1].upper:
			// "a meeting of Brazil, Colombia and Mexico will be held": a list
		case clauseEnds[w] || w == "," || w == "." || w == "which":
			return false
		case w == "and" && k+1 < len(toks) && (modalBefore[toks[k+1].lower] || verbLike(toks[k+1])):
			return false // "completed a round of talks and will meet again": another verb of the subject
		case w == "was" || w == "were" || w == "had" || w == "took" || w == "ended" || w == "began" || w == "lasted" || w == "produced":
			return false
		case w == "due" && k+2 < len(toks) && toks[k+1].lower == "to" && (isDeterminer(toks[k+2].lower) || !toks[k+2].word || toks[k+2].upper):
			return false // "due to the strong yen": a cause
		case w == "will" || w == "scheduled" || w == "due" || w == "expected" || w == "planned":
			return true
		case k == t+1 && (w == "could" || w == "would" || w == "may" || w == "might"):
			return true // "Nakasone's visit could coincide with the vote": still to come
		case (w == "yet" || w == "set") && k+1 < len(toks) && (toks[k+1].lower == "to" || toks[k+1].lower == "for"):
			return true
		}
	}
	return false
}

// phraseClose returns the comma that closes a phrase opened by the comma
// at k, or -1.
func phraseClose(toks []token, k int) int {
	for j := k + 1; j < len(toks) && j < k+commaPhrase; j++ {
		if toks[j].lower == "," {
			return j
		}
		if clauseEnds[toks[j].lower] || toks[j].lower == "." {
			return -1
		}
	}
	return -1
}

// itSpeaker reads "X said it (had|would|is|…) met Y": the organisation or
// country that speaks is the subject of the trigger at t.
func itSpeaker(toks []token, ms []mention, t int) (mention, bool) {
	k := t - 1
	for k >= 0 && k >= t-2 && itAuxiliaries[toks[k].lower] {
		k-- // "said it is discussing with", "said it had been negotiating with"
	}
	if k < 2 || toks[k].lower != "it" {
		return mention{}, false
	}
	switch toks[k-1].lower {
	case "said", "says", "announced", "added", "confirmed", "reported":
	default:
		return mention{}, false
	}
	for _, m := range ms {
		if m.last == k-1 && (m.typ == graphify.TypeOrganization || m.typ == graphify.TypeCountry) {
			return m, true
		}
	}
	return mention{}, false
}

// personAt reports a person or a role mention starting at i.
func personAt(ms []mention, i int) bool {
	for _, m := range ms {
		if m.first == i {
			return m.typ == graphify.TypePerson || m.typ == graphify.TypeRole || m.typ == typeUnknown
		}
	}
	return false
}

// possessiveBefore returns the index of a "'s" within four words before
// the trigger at t, or -1.
func possessiveBefore(toks []token, t int) int {
	for k := t - 1; k > 0 && k >= t-4; k-- {
		if prepositions[toks[k].lower] && !(toks[k-1].upper && k+1 < len(toks) && toks[k+1].upper) {
			return -1 // "invited the EC's Commission for talks": the Commission's possessor (but "next week's Group of Seven talks")
		}
		if toks[k].lower == "'s" || toks[k].lower == "’s" {
			return k
		}
	}
	return -1
}

// timeWords own a meeting only as its time: "next week's summit".
var timeWords = map[string]bool{
	"week": true, "month": true, "year": true, "today": true, "yesterday": true, "tomorrow": true,
	"weekend": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "tonight": true, "day": true,
}

// corporateBodies make a meeting a company's: its shareholders or board.
var corporateBodies = map[string]bool{
	"shareholders": true, "shareholders'": true, "stockholders": true, "stockholders'": true, "shareholder": true,
}

// onlyTimeWords reports whether the words strictly between a and b only
// say when: "later this month", "next week".
func onlyTimeWords(toks []token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		switch w := toks[k].lower; {
		case timeWords[w], w == "later", w == "earlier", w == "this", w == "next", w == "last", w == "month", w == "week":
		default:
			return false
		}
	}
	return b > a+1
}

// verbBetween reports a verb-like word strictly between a and b.
func verbBetween(toks []token, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if verbLike(toks[k]) {
			return true
		}
	}
	return false
}

// inMention reports whether token k belongs to one of ms.
func inMention(ms []mention, k int) bool {
	for _, m := range ms {
		if m.first <= k && k < m.last {
			return true
		}
	}
	return false
}

// nounTriggerBefore reports a meeting noun just before the word at k, whose
// relative clause the word is in: "a phone call he had", "the talks they held".
func nounTriggerBefore(toks []token, ms []mention, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if meetingNounAt(toks, ms, j) {
			return true
		}
	}
	return false
}

// meetingNounAt reports a meeting noun at token j, not in a name and not a
// press event's ("a joint news conference").
func meetingNounAt(toks []token, ms []mention, j int) bool {
	tr, ok := triggers[toks[j].lower]
	return ok && tr.noun && !inMention(ms, j) && !(j > 0 && pressCue[toks[j-1].lower])
}

// participle reports a past participle after "had" or "has": a regular
// one, or an irregular one by its ending ("written", "sought", "gone").
func participle(tk token) bool {
	if verbLike(tk) {
		return true
	}
	w := tk.lower
	return tk.word && !tk.upper && len(w) > 3 && (strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") ||
		strings.HasSuffix(w, "ght") || w == "gone" || w == "done" || w == "begun" || w == "come")
}

// verbLike reports a lower-case word that is likely the verb after a
// subject: a past tense, a third person, or a common irregular verb.
// irregularVerbs are finite verbs that no ending marks: "met", "left".
var irregularVerbs = map[string]bool{
	"paid": true, "met": true, "made": true, "held": true, "gave": true, "took": true, "went": true,
	"told": true, "said": true, "says": true, "is": true, "was": true, "are": true, "were": true,
	"has": true, "had": true, "will": true, "would": true,
	"left": true, "flew": true, "came": true, "began": true, "spent": true, "sent": true, "saw": true,
	"brought": true, "sought": true, "spoke": true, "wrote": true, "led": true, "won": true,
}

func verbLike(tk token) bool {
	w := tk.lower
	if !tk.word || tk.upper || isTitleWord(w) {
		return false
	}
	if irregularVerbs[w] {
		return true
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s"))
}

// visitsFacility reports whether the visit at t is to a building or site
// rather than to people or a country: "visited a police checkpoint", "after
// visiting the jungle headquarters of …".
func visitsFacility(toks []token, t int) bool {
	k := t + 1
	if k < len(toks) && toks[k].lower == "to" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	if !isDeterminer(toks[k].lower) {
		// "Lamborghini's production plant": a possessor, then the building.
		for k < len(toks) && k < t+5 && toks[k].upper {
			k++
		}
		if k >= len(toks) || toks[k].lower != "'s" && toks[k].lower != "’s" {
			return false
		}
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		w := toks[j].lower
		if facilityNouns[w] {
			return true
		}
		if toks[j].upper || !toks[j].word {
			return false
		}
	}
	return false
}

var facilityNouns = map[string]bool{
	"checkpoint": true, "headquarters": true, "site": true, "factory": true, "plant": true,
	"school": true, "hospital": true, "camp": true, "base": true, "museum": true, "memorial": true,
	"farm": true, "mine": true, "website": true, "exhibition": true, "church": true, "mosque": true,
	"temple": true, "shrine": true, "cemetery": true, "grave": true, "lab": true, "laboratory": true,
	"facility": true, "facilities": true, "ruins": true, "stadium": true, "prison": true,
}

// pressWords after "spoke with" make it a press contact, not a meeting.
var pressWords = map[string]bool{"reporters": true, "journalists": true, "the": true, "media": true, "press": true}

// placePrepositions introduce the place of a meeting.
// settlementNouns name a place by its kind before its name: "the village of
// Panmunjom", "the Black Sea resort of Sochi".
var settlementNouns = map[string]bool{
	"village": true, "town": true, "city": true, "capital": true, "resort": true, "port": true,
	"island": true, "province": true, "region": true, "state": true, "suburb": true, "district": true,
}

var placePrepositions = map[string]bool{"in": true, "at": true, "near": true, "outside": true, "inside": true, "on": true}

// nounLinks join a nominal trigger to its parties: "meeting with X", "talks
// between X and Y", "visit to X to see Y".
var nounLinks = map[string]bool{"with": true, "between": true, "and": true, ",": true, "among": true, "of": true, "to": true, "by": true, "see": true, "meet": true}

// definiteBefore reports whether the noun phrase of the trigger at t starts
// with a definite determiner: "the meeting", "the Trump Tower meeting", "his visit".
func definiteBefore(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		switch toks[k].lower {
		case "the", "this", "that", "his", "her", "their", "its", "those", "these":
			return true
		case "a", "an", "another":
			return false
		}
		if !toks[k].word || !(toks[k].upper || nounModifiers[toks[k].lower] || isDigitStart(toks[k].text) || strings.Contains(toks[k].text, "-")) {
			return false
		}
	}
	return false
}

// dashPair finds "X–Y" or "X-Y" right before a nominal trigger at t, where
// X and Y are names, and returns both as parties.
func dashPair(toks []token, ms []mention, t int) []party {
	// Up to two modifiers may stand between the pair and the noun:
	// "Canada/U.S. bilateral trade negotiations".
	for end := t; end >= max(1, t-2); end-- {
		if end < t && (!toks[end].word || premodifierStops[toks[end].lower]) {
			return nil
		}
		if ps := pairAt(toks, ms, end-1); ps != nil {
			return ps
		}
	}
	return nil
}

// pairAt reads two parties joined by a dash or a slash that end at token k:
// "Assad–Putin", "Canada/U.S.", "U.S.-Canadian", "Franco-German".
func pairAt(toks []token, ms []mention, k int) []party {
	if k >= 2 && pairSeparators[toks[k-1].text] {
		a, okA := pairSide(toks, ms, k-2, true)
		b, okB := pairSide(toks, ms, k, false)
		if okA && okB {
			return []party{{m: a}, {m: b}}
		}
	}
	if k >= 0 && toks[k].upper {
		// One token: "Assad-Putin", "Franco-German".
		x, y, ok := strings.Cut(toks[k].text, "-")
		if !ok {
			return nil
		}
		if knownSurname(x) && knownSurname(y) {
			return []party{
				{m: mention{first: k, last: k + 1, name: x, typ: graphify.TypePerson}},
				{m: mention{first: k, last: k + 1, name: y, typ: graphify.TypePerson}},
			}
		}
		cx, okX := pairCountry(x)
		cy, okY := pairCountry(y)
		if okX && okY && cx != cy {
			return []party{{m: countryMention(k, cx)}, {m: countryMention(k, cy)}}
		}
	}
	return nil
}

// pairSeparators join the two sides of a pair: "Canada/U.S.", "U.S. - Canadian".
var pairSeparators = map[string]bool{"-": true, "–": true, "—": true, "/": true}

// pairSide reads one side of a pair at token k: an actor mention that ends
// (left side) or starts (right side) there, or a country or demonym word.
func pairSide(toks []token, ms []mention, k int, left bool) (mention, bool) {
	for _, m := range ms {
		if m.actor() && (left && m.last == k+1 || !left && m.first == k) {
			return m, true
		}
	}
	if c, ok := pairCountry(toks[k].text); ok {
		return countryMention(k, c), true
	}
	return mention{}, false
}

// pairCountry reads a country, a demonym or a combining form ("Franco",
// "Sino") as the country it names.
func pairCountry(w string) (string, bool) {
	if c, ok := gazetteer.Country(w); ok {
		return c, true
	}
	if c, ok := gazetteer.Demonym(w); ok {
		return c, true
	}
	c, ok := combiningForms[w]
	return c, ok
}

// combiningForms are the first halves of compound demonyms ("Franco-German
// talks", "Sino-Soviet summit"); facts of English usage.
var combiningForms = map[string]string{
	"Franco": "France", "Sino": "China", "Anglo": "United Kingdom", "Russo": "Russia", "Indo": "India",
	"Italo": "Italy", "Greco": "Greece", "Turco": "Turkey", "Hispano": "Spain", "Luso": "Portugal",
	"Austro": "Austria", "Germano": "Germany", "Nippo": "Japan",
}

func countryMention(k int, c string) mention {
	return mention{first: k, last: k + 1, name: c, typ: graphify.TypeCountry, country: c, place: countryPlace(c)}
}

// nounModifiers may stand between a determiner and a nominal trigger.
var nounModifiers = map[string]bool{
	"first": true, "second": true, "third": true, "last": true, "next": true, "rare": true,
	"planned": true, "upcoming": true, "scheduled": true, "expected": true, "proposed": true,
	"brief": true, "private": true, "bilateral": true, "trilateral": true, "annual": true,
	"emergency": true, "historic": true, "phone": true, "telephone": true, "surprise": true,
	"secret": true, "informal": true, "formal": true, "official": true, "state": true, "new": true,
	"previous": true, "recent": true, "same": true, "latest": true, "two": true, "three": true,
	"'s": true, "’s": true,
}

func subjectPronoun(w string) bool { return w == "he" || w == "she" || w == "him" || w == "they" }

// partyShape rejects mentions that name something else's owner: "Iran's
// release", "his inauguration". A possessor counts only when the trigger is
// what it owns: "Putin's meeting", "his visit".
func partyShape(toks []token, m mention, t int) bool {
	possessive := m.typ == typePronoun && !subjectPronoun(toks[m.first].lower) ||
		m.last < len(toks) && (toks[m.last].lower == "'s" || toks[m.last].lower == "’s")
	if !possessive {
		return true
	}
	return m.last <= t && t-m.last <= 3
}

// hasDateNear reports a year or a month name in the clause: "2016 meeting at Trump Tower".
func hasDateNear(toks []token, left, right int) bool {
	for k := left; k < right && k < len(toks); k++ {
		w := toks[k].lower
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isDigitStart(w) {
			return true
		}
		switch w {
		case "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			return true
		}
	}
	return false
}

func isDeterminer(w string) bool {
	switch w {
	case "the", "this", "that", "a", "an", "his", "her", "their", "its", "our", "last", "first", "second", "next":
		return true
	}
	return false
}

// endsActor reports an actor mention that ends just before t, allowing a
// caption's ", right,": "Kerry, center, talks with …".
func endsActor(ms []mention, t int) bool {
	for _, m := range ms {
		if m.actor() && (m.last == t || m.last == t-3) {
			return true
		}
	}
	return false
}

func isActorAt(ms []mention, i int) bool {
	for _, m := range ms {
		if m.first == i && m.actor() {
			return true
		}
	}
	return false
}

// prevWord is the word before the mention at i, skipping articles and
// modifiers: in "met with the outgoing President", it is "with".
func prevWord(toks []token, i int) string {
	if k := prevIndex(toks, i); k >= 0 {
		return toks[k].lower
	}
	return ""
}

// prevIndex is the index of prevWord's word, or -1.
func prevIndex(toks []token, i int) int {
	k := i - 1
	for k > 0 && i-k <= 3 && (objectModifiers[toks[k].lower] || adverbial(toks, k)) {
		k--
	}
	return k
}

// adverbial reports a lower-case modifier made of an adverb, or of the word
// an adverb modifies: "financially troubled Zaire", "heavily indebted Peru".
func adverbial(toks []token, k int) bool {
	ly := func(w token) bool { return !w.upper && len(w.lower) > 4 && strings.HasSuffix(w.lower, "ly") }
	w := toks[k].lower
	modified := !toks[k].upper && toks[k].word && !prepositions[w] && w != "with" && w != "between" && w != "among" && w != "by"
	return ly(toks[k]) || k > 0 && ly(toks[k-1]) && modified // not "currently between"
}

// sentenceHas reports whether any of words occurs in the sentence.
func sentenceHas(toks []token, words ...string) bool {
	for _, t := range toks {
		for _, w := range words {
			if t.lower == w {
				return true
			}
		}
	}
	return false
}

func afterPreposition(toks []token, i int) bool {
	p := prevWord(toks, i)
	for k := i - 1; k > 0 && k >= i-3 && (isDeterminer(toks[k].lower) || countWords[toks[k].lower] || isDigitStart(toks[k].text)); k-- {
		p = toks[k-1].lower // "from the two countries", "from 26 nations"
	}
	if p == "since" && i+1 < len(toks) && verbAfter(toks, i) {
		return false // "since officials from the two countries held talks": a clause
	}
	return prepositions[p] || p == "with" || p == "by"
}

// verbAfter reports a finite verb within a few words after token i, past
// the rest of a name or a prepositional phrase: the word at i is a subject.
func verbAfter(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		switch w := toks[k].lower; {
		case w == "held" || w == "met" || w == "had" || w == "have" || w == "has" || w == "were" || w == "was" || w == "are" || w == "will":
			return true
		case clauseEnds[w] || w == ",":
			return false
		}
	}
	return false
}

// countWords count the members of a group: "the two countries".
var countWords = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "both": true, "several": true, "many": true, "some": true, "all": true,
}

// onlyConnectors reports whether toks[a:b] only join list items: ",", "and".
func onlyConnectors(toks []token, a, b int) bool {
	if a >= b {
		return false
	}
	for k := a; k < b; k++ {
		if k == a && k+2 < b && toks[k].text == "(" && toks[k+2].text == ")" && isAcronym(toks[k+1].text) {
			k += 2 // "the European Community (EC) and the United States": the acronym renames the first
			continue
		}
		switch toks[k].lower {
		case ",", "and", "or", "the", "&", "left", "right", "center", "centre", "also", "as", "well", "its", "their", "his", "her",
			"including", "among", "notably", "especially": // "opposition leaders, including X and Y"
		default:
			if !objectModifiers[toks[k].lower] || k == a {
				return false // but "Queen Ingrid and acting Premier Lars Holm"
			}
		}
	}
	return true
}

func hasLightVerb(toks []token, ms []mention, left, t int) bool {
	// The reach counts the words outside names: "has invited Indian Prime
	// Minister Narendra Modi to London for talks".
	from, words := t, 0
	for from > 0 && words < lightVerbReach {
		from--
		if from < t-1 && meetingNounAt(toks, ms, from) && slices.ContainsFunc(toks[from:t], func(tk token) bool { return tk.lower == "," }) {
			from++ // "will hold a meeting with X, the first talk between …": the light verb is the meeting's
			break
		}
		if !inMention(ms, from) {
			words++
		}
	}
	for k := from; k < t; k++ {
		if k >= 0 && acronymEndsAt(toks, k) {
			from -= 3 // "attending an Asian Development Bank (ADB) annual meeting"
		}
	}
	for k := max(left, from); k < t; k++ {
		if w := toks[k].lower; (w == "had" || w == "has" || w == "have") && k+1 < t && participle(toks[k+1]) {
			continue // "had travelled to Pyongyang to prepare the meeting", "has written to X asking for talks": an auxiliary
		}
		if toks[k+1].lower == "by" {
			continue // "the GNA, led by Fayez al-Serraj": a participle of the name before
		}
		if nounTriggerBefore(toks, ms, k) {
			continue // "a phone call he had with X after setting up the meeting": the call's
		}
		if copulas[toks[k].lower] && (toks[k+1].lower == "in" || toks[k+1].lower == "on") {
			return true // "have been in telephone contact with", "is in talks with", "is on a visit to"
		}
		if lightVerbs[toks[k].lower] || forLightVerbs[toks[k].lower] && toks[k+1].lower == "for" || nearLightVerbs[toks[k].lower] && k >= t-3 {
			return true
		}
	}
	return false
}

// lightVerbReach is how far before a meeting noun its light verb may stand:
// "led a team of government officials to the talks".
const lightVerbReach = 8

func possessorBefore(toks []token, t int) bool {
	for k := max(0, t-4); k < t; k++ {
		if toks[k].lower == "'s" || toks[k].lower == "’s" || toks[k].lower == "his" || toks[k].lower == "her" || toks[k].lower == "their" {
			return true
		}
	}
	return false
}

func adjunctBefore(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		w := toks[k].lower
		if adjunctWords[w] || w == "from" && returnBefore(toks, k) || w == "of" && k >= 2 && (toks[k-1].lower == "end" || toks[k-1].lower == "start") && toks[k-2].lower == "the" {
			return true // "at the end of a four-day visit": the clause's subject made it
		}
		if k < t-3 || !toks[k].word {
			if !countWords[w] && !timeUnits[w] && w != "of" && w != "a" {
				return false // only "after two weeks of talks", "after a round of talks" reach further
			}
		}
	}
	return false
}

// timeUnits measure a stretch of meetings: "after two weeks of talks".
var timeUnits = map[string]bool{"days": true, "weeks": true, "months": true, "hours": true, "rounds": true, "round": true, "day": true, "week": true}

// returnBefore reports a verb of travel or return shortly before token k:
// "She had flown to Bonn from talks with X", "returned home from a visit".
func returnBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if w := toks[j].lower; arrivalVerbs[w] || returnVerbs[w] {
			return true
		}
	}
	return false
}

// returnVerbs bring a party back from a meeting: "returned from talks".
var returnVerbs = map[string]bool{"returned": true, "returns": true, "returning": true, "back": true, "flown": true}

func setRole(ps []party, role string) {
	for i := range ps {
		if ps[i].role == "" {
			ps[i].role = role
		}
	}
}

func hasRole(ps []party, role string) bool {
	for _, p := range ps {
		if p.role == role {
			return true
		}
	}
	return false
}

// status reads the status of a meeting from cue words near its trigger.
func status(toks []token, from, plannedFrom, t, right int) string {
	to := right // the caller bounds it just past the trigger's phrase
	has := func(cues map[string]bool, a, b int) bool {
		for k := a; k < b; k++ {
			if cues[toks[k].lower] {
				return true
			}
		}
		return false
	}
	if has(cancelledCues, from, to) && !offOnly(toks, from, to) {
		return graphify.StatusCancelled
	}
	switch {
	case has(postponedCues, from, to):
		return graphify.StatusPostponed
	case has(deniedCues, from, t) && denial(toks, from, t):
		return graphify.StatusDenied
	case !presupposed(toks, from, t) && (governs(proposedCues, toks, max(from, settingStart(toks, t), adjunctStart(toks, t)), t) || speculation(toks, from, t)) || willingTo(toks, t):
		return graphify.StatusProposed
	case governs(plannedCues, toks, from, t) && !setting(toks, from, t) || futureAuxiliary(toks, plannedFrom, from) || beTo(toks, from, t) || whenPresent(toks, t):
		return graphify.StatusPlanned
	}
	return graphify.StatusHeld
}

// presupposed reports a meeting noun that is the subject of a clause opened
// by "that" after the cue: in "the possibility that Nakasone's visit could
// coincide with the vote" the visit is taken as given; what is possible is
// the coincidence.
func presupposed(toks []token, from, t int) bool {
	if t+1 >= len(toks) {
		return false
	}
	if n := toks[t+1].lower; !modalVerbs[n] && !(verbLike(toks[t+1]) && !strings.HasSuffix(n, "s")) {
		return false
	}
	for k := t - 1; k >= from && k >= t-6; k-- {
		if toks[k].lower == "that" {
			return true
		}
	}
	return false
}

// modalVerbs open a verb phrase: "the visit could coincide".
var modalVerbs = map[string]bool{"could": true, "would": true, "will": true, "may": true, "might": true, "should": true, "can": true, "must": true}

// setting reports a meeting that is only the setting of an agreement or a
// plan before it: "ministers agreed at the annual meeting". A modal still
// governs it: "will agree at the meeting".
func setting(toks []token, from, t int) bool {
	at := settingStart(toks, t)
	if at == 0 {
		return false
	}
	for k := from; k < at; k++ {
		if plannedCues[toks[k].lower] && !plannedVerbs[toks[k].lower] {
			return false
		}
	}
	return !governs(plannedCues, toks, at, t)
}

// plannedVerbs are the planned cues that are verbs taking the meeting as
// object ("agreed to meet", "arranged talks"), not modals.
var plannedVerbs = map[string]bool{
	"agreed": true, "prepare": true, "prepares": true, "preparing": true, "arrange": true, "arranged": true,
	"planned": true, "plans": true, "plan": true, "planning": true, "intends": true,
}

// settingStart returns the index of "at" or "during" that makes a meeting
// noun at t the setting of what comes before it ("offered support at a
// meeting": the offer is not of the meeting), or 0.
func settingStart(toks []token, t int) int {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		switch w := toks[k].lower; {
		case w == "at" || w == "during" || w == "in" && k > 0 && (meetingNounAt(toks, nil, k-1) || finiteBefore(toks, k)): // "agreed in talks with X"
			return k // "sought the meeting in a telephone conversation": the conversation took place
		case !toks[k].word || verbLike(toks[k]) && !toks[k].upper:
			return 0
		}
	}
	return 0
}

// finiteBefore reports a finite verb right before token k: "Japan agreed
// in talks"; not "to be considered in talks".
func finiteBefore(toks []token, k int) bool {
	return k > 0 && verbLike(toks[k-1]) && !(k > 1 && (itAuxiliaries[toks[k-2].lower] || toks[k-2].lower == "to" || toks[k-2].lower == "being"))
}

// beTo reports "was to leave for talks", "is to meet": an arrangement.
func beTo(toks []token, from, t int) bool {
	for k := max(from, 1); k < t; k++ {
		if toks[k].lower == "to" {
			switch toks[k-1].lower {
			case "is", "are", "was", "were":
				return true
			}
		}
	}
	return false
}

// whenPresent reports a present-tense verb in a clause opened by "when":
// "when he visits the U.S.", "when they meet" are still to come.
func whenPresent(toks []token, t int) bool {
	w := toks[t].lower
	if !presentForms[w] && !strings.HasSuffix(w, "s") || w == "talks" || t < 2 {
		return false // "when they meet", "when he visits"
	}
	return toks[t-2].lower == "when" && subjectPronoun(toks[t-1].lower)
}

// willingTo reports "open to meeting", "willing to meet", "ready to visit"
// before the trigger at t: a meeting offered, not arranged.
func willingTo(toks []token, t int) bool {
	if t < 2 || toks[t-1].lower != "to" {
		return false
	}
	switch toks[t-2].lower {
	case "open", "willing", "ready", "prepared", "eager", "keen", "happy", "wants", "want", "wanted", "like", "love":
		return true
	}
	return false
}

// governs reports whether a cue word in toks[from:t] bears on the trigger at t:
// no clause of its own comes between them. In "Trump suggested he changed his
// mind after meeting Mattis", "suggested" governs "he changed …", not the
// meeting.
// futureAuxiliary reports "will" or "would" in [from, to), further back
// than the status cues reach, across names: "X will also attend
// International Monetary Fund and World Bank meetings".
func futureAuxiliary(toks []token, from, to int) bool {
	for k := to - 1; k >= from; k-- {
		if w := toks[k].lower; w == "will" || w == "would" || w == "'ll" {
			return true
		}
	}
	return false
}

// adjunctStart returns where the time adjunct that holds the trigger at t
// begins ("ahead of an OPEC meeting", "before the summit"), so that a cue
// before it, which is the main clause's, does not decide the meeting's
// status: "possible developments ahead of an OPEC meeting". It returns 0
// when the trigger is in no such adjunct.
func adjunctStart(toks []token, t int) int {
	for k := t - 1; k >= 1 && k >= t-6; k-- {
		switch w := toks[k].lower; {
		case w == "of" && (toks[k-1].lower == "ahead" || toks[k-1].lower == "advance"), w == "before" || w == "prior":
			return k
		case !toks[k].word || copulas[w] || reportVerbs[w] || lightVerbs[w]:
			return 0
		}
	}
	return 0
}

func governs(cues map[string]bool, toks []token, from, t int) bool {
	for k := t - 1; k >= from; k-- {
		if toks[k].lower == "promising" && k == t-1 {
			continue // "promising discussions": an adjective
		}
		if toks[k].lower == "set" && k+1 < len(toks) && toks[k+1].lower != "to" && toks[k+1].lower != "for" {
			continue // "set to meet", "set for Monday"; not "was set by OPEC at its meeting"
		}
		if cues[toks[k].lower] && (!toks[k].upper || k == 0 && !(k+1 < len(toks) && verbLike(toks[k+1]))) { // not "Theresa May", "May hosted talks"
			return true
		}
		if k+1 < t && subjectPronoun(toks[k].lower) && toks[k].lower != "him" && verbLike(toks[k+1]) {
			return false // a clause of its own: cues before it govern that clause
		}
	}
	return false
}

// offOnly reports whether the only cancellation cue is "off" without "called":
// "off" alone ("kicked off") does not cancel.
func offOnly(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		w := toks[k].lower
		if cancelledCues[w] && w != "off" {
			return false
		}
		if w == "off" && k > 0 && (toks[k-1].lower == "called" || toks[k-1].lower == "call") {
			return false
		}
	}
	return true
}

// denial reports a negated meeting: "denied meeting", "never met", "did not meet".
func denial(toks []token, from, t int) bool {
	for k := from; k < t; k++ {
		switch toks[k].lower {
		case "denied", "denies", "deny", "never", "won't", "wouldn't":
			return true
		case "no":
			// "had no plans to meet": ruled out.
			if k+1 < t && (toks[k+1].lower == "plans" || toks[k+1].lower == "plan" || toks[k+1].lower == "intention") {
				return true
			}
		case "not", "n't":
			// "did not meet"; "will not meet", "would not meet": ruled out.
			if k == 0 {
				continue
			}
			switch toks[k-1].lower {
			case "did", "does", "do", "has", "have", "had", "will", "would", "wo":
				return true
			}
		}
	}
	return false
}

// ruledOut reports a denial of a plan rather than of a meeting: "no plans
// to meet", "had not scheduled any meeting", "will not meet", "won't meet".
func ruledOut(toks []token, from, t int) bool {
	for k := from; k < t; k++ {
		switch w := toks[k].lower; {
		case w == "no" && k+1 < t && planNouns[toks[k+1].lower], w == "won't" || w == "wouldn't":
			return true
		case (w == "not" || w == "n't") && k > 0 && (toks[k-1].lower == "will" || toks[k-1].lower == "would" || toks[k-1].lower == "wo"):
			return true
		case (w == "not" || w == "n't") && k+1 < t && planVerbs[toks[k+1].lower]:
			return true
		}
	}
	return false
}

// planNouns and planVerbs, negated, rule a meeting out.
var (
	planNouns = map[string]bool{"plans": true, "plan": true, "intention": true, "intentions": true}
	planVerbs = map[string]bool{"scheduled": true, "planned": true, "arranged": true, "set": true, "planning": true, "expected": true}
)

// confidence scores a frame by how directly its words report a meeting.
func confidence(f frame, noun bool) float64 {
	c := 0.9
	if noun {
		c = 0.8
	}
	if f.kind == graphify.KindSummit {
		c -= 0.1
	}
	for _, p := range f.parties {
		switch p.m.typ {
		case typePronoun:
			c -= 0.1
		case graphify.TypeGroup, graphify.TypeRole:
			c -= 0.05
		}
	}
	if f.status != graphify.StatusHeld {
		c -= 0.05
	}
	return max(0.1, min(c, 1))
}

// names lists the lower-case canonical names of a frame's parties.
func (f *frame) names() []string {
	out := make([]string, len(f.parties))
	for i, p := range f.parties {
		out[i] = strings.ToLower(p.m.name)
	}
	return out
}

// premodifier returns the actor named right before a nominal trigger, past
// at most two lower-case modifiers: "an OPEC meeting", "ICO quota talks",
// "the EC summit". A possessive is handled by the caller.
func premodifier(toks []token, ms []mention, t int) []party {
	for _, m := range ms {
		paren := 0
		if m.last < len(toks) && toks[m.last].text == ")" {
			paren = 1
		}
		if m.last > t || m.last < t-2-paren || !m.actor() || m.typ == typePronoun {
			continue
		}
		ok := true
		for k := m.last; k < t; k++ {
			if toks[k].text == ")" {
				continue // "a General Agreement on Tariffs and Trade (GATT) meeting"
			}
			if w := toks[k].lower; toks[k].upper || !toks[k].word || premodifierStops[w] || prepositions[w] || linkWords[w] || adjunctWords[w] {
				ok = false
			}
		}
		if ok && (m.last == len(toks) || toks[m.last].lower != "'s" && toks[m.last].lower != "’s") {
			return coordinatedBefore(toks, ms, m) // "the IMF and World Bank meetings": both
		}
	}
	return nil
}

// coordinatedBefore returns m with the actors listed before it: "X and
// Y", "X, Y and Z".
func coordinatedBefore(toks []token, ms []mention, m mention) []party {
	out := []party{{m: m}}
	for {
		k := m.first - 1
		if k < 1 || toks[k].lower != "and" && toks[k].lower != "," {
			return out
		}
		found := false
		for _, n := range ms {
			if n.last == k && n.actor() && n.typ != typePronoun {
				out, m, found = append(out, party{m: n}), n, true
				break
			}
		}
		if !found {
			return out
		}
	}
}

// premodifierStops end the modifiers between an actor and a meeting noun.
var premodifierStops = map[string]bool{"and": true, "or": true, "the": true, "a": true, "an": true, "of": true, "to": true, "for": true, "in": true, "at": true, "on": true, "with": true}

// addresser returns the subject of a verb that speaks to a meeting: "Sarney
// told the meeting", "Hata told an informal General Agreement on Tariffs and
// Trade (GATT) meeting": the actor right before the verb, not the object of
// a preposition.
func addresser(toks []token, ms []mention, t int) []party {
	v := t - 1
	for v > 0 && v >= t-12 && !addressVerbs[toks[v].lower] {
		possessive := v+1 < len(toks) && (toks[v+1].text == "'" || toks[v+1].lower == "'s" || toks[v+1].lower == "’s")
		if clauseEnds[toks[v].lower] || toks[v].lower == "," || verbLike(toks[v]) && !possessive && !(inMention(ms, v) && toks[v+1].lower == "at" && !pressWords[toks[v].lower]) {
			return nil // but "told a bankers' meeting", "told delegates at the meeting"
		}
		v--
	}
	if v < 0 || !addressVerbs[toks[v].lower] {
		return nil
	}
	if w := toks[v].lower; strings.HasPrefix(w, "spok") || strings.HasPrefix(w, "speak") {
		if n := toks[v+1].lower; n != "at" && n != "to" && n != "before" {
			return nil // "spoke of the possibility that …": not to the meeting
		}
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.last > v || !m.actor() {
			continue
		}
		if m.last < v-1 || afterPreposition(toks, m.first) {
			return nil
		}
		return []party{{m: m, addresses: true}}
	}
	return nil
}

// addressVerbs speak to a meeting, making their subject one of its parties.
var addressVerbs = map[string]bool{
	"told": true, "tells": true, "addressed": true, "addresses": true, "address": true,
	"addressing": true, "briefed": true, "chaired": true, "chairs": true, "opened": true,
	"speaking": true, "spoke": true, "speaks": true,
}

// pressGroups are the press: never a party to a meeting (MEETINGS.md).
var pressGroups = map[string]bool{"reporters": true, "journalists": true, "editors": true, "media": true, "press": true, "newsmen": true, "correspondents": true}

// pressParty reports a group of the press: "reporters", "foreign journalists".
func pressParty(m mention) bool {
	if m.typ != graphify.TypeGroup && m.typ != graphify.TypeOrganization && m.typ != typeUnknown {
		return false // "a joint press conference": "joint press" is no party either
	}
	f := strings.Fields(m.name)
	return len(f) > 0 && pressGroups[f[len(f)-1]]
}

// annualMeeting reports a company's annual meeting: "annual meeting",
// "annual general meeting", unless a public body holds it ("the Asian
// Development Bank's annual meeting", "an IMF annual meeting").
func annualMeeting(toks []token, ms []mention, t int) bool {
	k := t - 1
	if k >= 0 && toks[k].lower == "general" {
		k--
	}
	if k < 0 || toks[k].lower != "annual" && toks[k].lower != "semi-annual" {
		return false
	}
	if t+2 < len(toks) && toks[t+1].lower == "of" {
		for _, m := range ms {
			if m.first >= t+2 && m.first <= t+3 && m.typ == graphify.TypeOrganization && publicActor(party{m: m}) {
				return false // "the annual meeting of the IMF and World Bank"
			}
		}
	}
	for _, m := range ms {
		if m.last <= k && m.last >= k-2 && m.typ == graphify.TypeOrganization && publicActor(party{m: m}) {
			return false
		}
	}
	// "Caricom leaders are attending their annual meeting": a public
	// owner; "Arnott, Australia's delegate to GATT, made the appeal at a
	// special annual meeting": an intergovernmental body before it.
	owned := k > 0 && (toks[k-1].lower == "their" || toks[k-1].lower == "its")
	for _, m := range ms {
		if m.last >= k || m.typ == graphify.TypeCountry || m.typ == typePlace || !m.actor() || m.typ == typePronoun {
			continue
		}
		if owned && publicActor(party{m: m}) || m.typ == graphify.TypeOrganization && publicBodies[m.name] {
			return false
		}
	}
	return true
}

// nearestActor returns the public actor nearest to the trigger at t among
// the words [left, right) that is neither a speaker (", Reed said", "Reed said
// that"), nor the press, nor a country named as a place ("in Syria").
func nearestActor(toks []token, ms []mention, t, left, right int) (party, bool) {
	best, dist := -1, 0
	for i, m := range ms {
		if m.first < left || m.first >= right || !m.actor() || m.typ == typePronoun || m.typ == typeUnknown || pressParty(m) || !publicActor(party{m: m}) {
			continue
		}
		if m.typ == graphify.TypeCountry && m.first > 0 && placePrepositions[toks[m.first-1].lower] {
			continue // "in Syria": a place
		}
		if m.typ == graphify.TypeCountry && m.first > 1 && toks[m.first-1].lower == "of" && toks[m.first-2].upper {
			continue // "United Steelworkers of America": a name's
		}
		if m.typ == graphify.TypeCountry && m.first > 1 && (toks[m.first-1].lower == "," && slices.ContainsFunc(ms, func(n mention) bool {
			return n.last == m.first-1 && (n.typ == typePlace || n.typ == typeUnknown && n.first > 0 && placePrepositions[toks[n.first-1].lower])
		}) ||
			regionWords[toks[m.first-1].lower] && placePrepositions[toks[m.first-2].lower]) {
			continue // "in Frankfurt, West Germany", "in central Japan": a place
		}
		if saysAfter(toks, m.last) || m.first > 0 && reportVerbs[toks[m.first-1].lower] {
			continue // the speaker, or the one told
		}
		if speaker(toks, m, t) || pairedElsewhere(toks, ms, m, t) || relationParty(toks, m) {
			continue
		}
		d := t - m.last
		if m.first > t {
			d = m.first - t
		}
		if best < 0 || d < dist {
			best, dist = i, d
		}
	}
	if best < 0 {
		return party{}, false
	}
	return party{m: ms[best]}, true
}

// regionWords name a part of a country: "in central Japan".
var regionWords = map[string]bool{
	"central": true, "northern": true, "southern": true, "eastern": true, "western": true,
	"north": true, "south": true, "east": true, "west": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "rural": true, "coastal": true,
}

// relationParty reports a mention named in a relation, not a meeting:
// "reaffirming the relationship between the United States and Saudi
// Arabia", "tension with Japan".
func relationParty(toks []token, m mention) bool {
	for k := m.first - 1; k >= 1 && k >= m.first-6; k-- {
		switch w := toks[k].lower; {
		case w == "between" || w == "with":
			return relates(toks[k-1].lower, m)
		case !toks[k].word && w != ",", verbLike(toks[k]) && !toks[k].upper:
			return false
		}
	}
	return false
}

// pairedElsewhere reports a mention of a pair that names the parties of
// another meeting noun: "a U.S.-Canadian consultation" is not the summit's.
func pairedElsewhere(toks []token, ms []mention, m mention, t int) bool {
	for u := m.last; u < len(toks) && u <= m.last+4 && u != t; u++ {
		if tr, ok := triggers[toks[u].lower]; ok && tr.noun {
			pair := dashPair(toks, ms, u)
			return pair != nil && pair[0].m.first <= m.first && m.last <= pair[len(pair)-1].m.last
		}
	}
	return false
}

// pronounAfter reports a personal pronoun right after a meeting noun: "a
// phone call he had with …" names its party, whoever he is.
func pronounAfter(toks []token, t int) bool {
	if t+1 >= len(toks) {
		return false
	}
	w := toks[t+1].lower
	return w == "he" || w == "she" || w == "they"
}

// restates reports a frame whose only parties are definite groups with no
// country ("the veteran leaders", "the two sides"): in a sentence that has
// told a meeting already, it tells that meeting again.
func restates(toks []token, f frame) bool {
	if len(f.parties) == 0 {
		return false
	}
	for _, p := range f.parties {
		if p.m.typ != graphify.TypeGroup || p.m.country != "" || !definiteGroup(toks, p.m.first) {
			return false
		}
	}
	return true
}

// withoutRestatements drops the counted groups that only restate the other
// parties of the frame: "talks between X and Y, with the two sides still
// apart", "X and Y met; both leaders said".
func withoutRestatements(toks []token, ps []party) []party {
	count := func(p party) int {
		k := p.m.first
		if p.m.typ != graphify.TypeGroup || p.m.country != "" || k < 1 {
			return 0
		}
		if toks[k-1].lower == "both" {
			return 2
		}
		if k >= 2 && toks[k-2].lower == "the" {
			return numberWords[toks[k-1].lower]
		}
		return 0
	}
	others := 0
	for _, p := range ps {
		if count(p) == 0 {
			others++
		}
	}
	// "X and Y, the two sides", "X met Y and the two leaders agreed": the
	// two, or as many as the others; but "Iran and the six world powers"
	// are seven.
	return slices.DeleteFunc(ps, func(p party) bool { n := count(p); return n > 0 && others > 0 && (n == 2 || n == others) })
}

// numberWords are the counts that can restate the parties named.
var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// definiteGroup reports "the" or "their" before a group, over up to three
// lower-case modifiers: "the veteran leaders", "the two sides".
func definiteGroup(toks []token, first int) bool {
	for k := first; k >= 0 && k >= first-4; k-- {
		switch w := toks[k].lower; {
		case w == "the" || w == "their" || w == "both":
			return true
		case k < first && (!toks[k].word || toks[k].upper):
			return false
		}
	}
	return false
}

// speaker reports a mention before the trigger at t that says what follows:
// a reporting verb ("said", "told") stands between them, and it does not
// say where the speaker spoke ("said after the meeting").
// reportSettings are where a report is made: "said in a statement".
var reportSettings = map[string]bool{
	"statement": true, "speech": true, "interview": true, "communique": true, "broadcast": true,
	"written": true, "televised": true, "radio": true, "television": true,
}

func speaker(toks []token, m mention, t int) bool {
	if m.last > t {
		return false
	}
	for k := m.last; k < t; k++ {
		if reportVerbs[toks[k].lower] {
			// "Kondo said after a cabinet meeting", "Berg told the
			// meeting": he was there.
			if addressVerbs[toks[k].lower] && addresser(toks, []mention{m}, t) != nil {
				return false
			}
			// "told reporters after talks with Merkel": he spoke after them.
			// "said in a statement following a meeting with his advisers": likewise.
			j := k + 1
			for j < t && (pressWords[toks[j].lower] || j == k+1 && toks[j].lower == "the" || reportSettings[toks[j].lower] ||
				(toks[j].lower == "in" || isDeterminer(toks[j].lower)) && j+2 < t && (reportSettings[toks[j+1].lower] || reportSettings[toks[j+2].lower])) {
				j++
			}
			return j >= t || !adjunctWords[toks[j].lower] && toks[j].lower != "at"
		}
	}
	return false
}
