package extract

import (
	"slices"
	"strings"

	graphify "github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/extract/gazetteer"
)

// builder reads the frame of one trigger in passes: whether the word is a
// meeting here (sense), the clause around it (clause), the parties before it
// (subjectsPass), the parties and place after it (objectsPass), the place
// before it (placeBefore), the parties' roles (roles), which parties stand
// (settle) and the status (statusPass).
type builder struct {
	sent  string
	toks  []token
	ms    []mention
	t     int
	tr    trigger
	lower string // the trigger word
	noun  bool   // the trigger is used as a noun here ("the meeting"), not a verb
	f     frame

	left, cueLeft, right int  // the clause: [left, right); cueLeft reaches past "that" for cues
	passive, travel      bool // "was received by"; a travel verb before the trigger

	subjects, objects, byAgents []party
	lastEnd                     int     // end of the last object taken, for lists
	placeEnd                    int     // end of the words that named f.place after the trigger
	placeAt                     mention // those words
}

// frameAt analyses the trigger at token t of a sentence and returns the frame
// it reports, if the words around it make it a meeting.
func frameAt(sent string, toks []token, ms []mention, t int, tr trigger) (frame, bool) {
	b := &builder{sent: sent, toks: toks, ms: ms, t: t, tr: tr, lower: toks[t].lower, lastEnd: -1, placeEnd: -1}
	b.f = frame{kind: tr.kind, status: graphify.StatusHeld, trigger: t, confidence: 0.9}
	b.f.past = !tr.noun && (strings.HasSuffix(b.lower, "ed") || b.lower == "met" || b.lower == "spoke" || b.lower == "held")
	b.f.present = !tr.noun && presentForms[b.lower] && !modalBefore[b.prev(1)]
	if !b.sense() {
		return b.f, false
	}
	b.clause()
	if b.noun && presentLightVerb(toks, b.left, t) {
		b.f.present = true // "Abe starts a week-long visit to Washington on Sunday": the coming Sunday
	}
	b.subjectsPass()
	b.objectsPass()
	b.relativePlace()
	b.placeBefore()
	b.roles()
	if !b.settle() {
		return b.f, false
	}
	b.statusPass()
	if b.f.status == graphify.StatusDenied && ruledOut(toks, max(b.cueLeft, t-8), t) {
		return b.f, false // "had no plans to meet", "had not scheduled any meeting": no meeting (MEETINGS.md)
	}
	b.f.confidence = confidence(b.f, b.noun)
	return b.f, true
}

// presentLightVerb reports a light verb in the present tense right before
// a meeting noun: "starts a visit", "holds talks", "begins a tour".
func presentLightVerb(toks []token, left, t int) bool {
	for k := t - 1; k >= left && k >= t-4; k-- {
		if w := toks[k].lower; presentLightVerbs[w] {
			return k == 0 || !modalBefore[toks[k-1].lower]
		}
	}
	return false
}

// presentLightVerbs are light verbs in the present tense.
var presentLightVerbs = map[string]bool{"starts": true, "begins": true, "holds": true, "opens": true, "hosts": true, "pays": true, "makes": true}

// presentForms are meeting verbs in the present tense: "Chile and Peru meet
// in Lima Monday" is the coming Monday (MEETINGS.md).
var presentForms = map[string]bool{"meet": true, "meets": true, "visit": true, "visits": true, "hold": true, "holds": true}

// modalBefore make a present form something else: "to meet", "will meet",
// "did not meet".
var modalBefore = map[string]bool{
	"to": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"should": true, "must": true, "did": true, "not": true, "n't": true, "never": true, "does": true, "do": true,
}

func (b *builder) prev(k int) string {
	if b.t-k >= 0 {
		return b.toks[b.t-k].lower
	}
	return ""
}

func (b *builder) next(k int) string {
	if b.t+k < len(b.toks) {
		return b.toks[b.t+k].lower
	}
	return ""
}

// sense reports whether the trigger word is a meeting here, and whether as a
// noun or a verb: "met expectations" and "a news conference" are not.
func (b *builder) sense() bool {
	if check, ok := senseChecks[b.lower]; ok && !check(b) {
		return false
	}
	if b.tr.visit && visitsFacility(b.toks, b.t) {
		return false // "visited a police checkpoint", "visiting the headquarters of…"
	}
	if b.lower == "host" && (b.prev(1) == "a" || b.prev(1) == "the") {
		return false // "a host of"
	}
	if b.prev(1) == "without" {
		return false // "without consulting ministers", "without meeting him": no meeting
	}
	if b.tr.noun && (corporateEvents[b.prev(1)] || corporateEvents[b.prev(2)] && !b.toks[b.t-1].upper || boardOfDirectors(b.toks, b.t)) {
		return false // "merger talks", "the shareholders' annual meeting", "the board of directors has a meeting": corporate events (MEETINGS.md)
	}
	b.noun = b.tr.noun
	switch {
	case b.lower == "meeting" && (b.next(1) == "with" || isActorAt(b.ms, b.t+1)) && !isDeterminer(b.prev(1)) && !lightVerbs[b.prev(1)]:
		b.noun = false // "Putin, meeting with Assad, said…"
	case (b.lower == "talks" || b.lower == "visits") && (b.next(1) == "with" || isActorAt(b.ms, b.t+1)) && endsActor(b.ms, b.t):
		b.noun = false // "Kerry talks with Zarif": a verb
	case b.lower == "visit" && (b.prev(1) == "to" || b.prev(1) == "will" || b.prev(1) == "would" || b.prev(1) == "and"):
		b.noun = false // "to visit Moscow"
	}
	if b.noun && definiteBefore(b.toks, b.t) {
		b.f.anaphoric = true
		b.f.owned = possessiveDeterminers[b.prev(1)] || possessiveDeterminers[b.prev(2)]
	}
	return true
}

// corporateEvents before a meeting noun make it a company's event.
var corporateEvents = map[string]bool{
	"merger": true, "takeover": true, "acquisition": true, "buyout": true, "buy-out": true,
	"shareholders": true, "shareholder": true, "stockholders": true, "stockholder": true,
}

// boardOfDirectors reports "board of directors" or "directors" shortly
// before a meeting noun: a company's board meets.
func boardOfDirectors(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-8; k-- {
		if toks[k].lower == "directors" || toks[k].lower == "directors'" {
			return true
		}
		if clauseEnds[toks[k].lower] || toks[k].lower == "," {
			return false
		}
	}
	return false
}

// senseChecks are the trigger words that are meetings only with a cue, or
// that have look-alikes; each check reports whether the word is a meeting
// here, and may set the frame's kind.
var senseChecks = map[string]func(b *builder) bool{
	"meeting": meetingSense, "meetings": meetingSense, "gathering": meetingSense,
	"met": meetSense, "meet": meetSense, "meets": meetSense,
	"call": callSense, "calls": callSense, "conversation": callSense,
	"chats": chatSense, "chatted": chatSense,
	"reached": reachSense, "reaching": reachSense,
	"ceremony": func(b *builder) bool {
		// A welcome ceremony is the host's reception of a visitor: "Xi held
		// a welcome ceremony for Duterte". Other ceremonies are events.
		return b.prev(1) == "welcome" || b.prev(1) == "welcoming" || b.prev(1) == "arrival"
	},
	"conference": conferenceSense, "session": conferenceSense,
	"spoke": speakSense, "speaks": speakSense, "spoken": speakSense, "talked": speakSense, "speaking": speakSense,
	"contact": func(b *builder) bool {
		return phoneCue[b.prev(1)] || phoneCue[b.prev(2)] // "telephone contact" only; "contact with the rebels" is not a meeting
	},
	"consultation": func(b *builder) bool {
		// "consultation with the allies", "a U.S.-Canadian consultation"; but
		// "set in consultation with the IMF" (agreed with), "consultation
		// agreements".
		return b.prev(1) != "in" && (b.next(1) == "with" || b.next(1) == "between" || dashPair(b.toks, b.ms, b.t) != nil)
	},
	"called": calledSense,
	"sat":    satSense, "sits": satSense, "sit": satSense,
	"gather": gatherSense, "gathers": gatherSense, "gathered": gatherSense,
	"consult": consultSense, "consults": consultSense, "consulted": consultSense, "consulting": consultSense,
	"discuss": discussSense, "discusses": discussSense, "discussed": discussSense, "discussing": discussSense,
	"negotiated": negotiateSense, "negotiating": negotiateSense, "negotiate": negotiateSense, "dialogue": negotiateSense,
	"hands": func(b *builder) bool {
		p := b.prev(1)
		return p == "shook" || p == "shake" || p == "shakes" || p == "shaking"
	},
	"talk": func(b *builder) bool {
		// "talk of a deal" is not a meeting; "talk with", "a face-to-face talk" are.
		return b.next(1) == "with" || b.next(1) == "between" || b.prev(1) == "face-to-face" || phoneCue[b.prev(1)]
	},
	"talks": func(b *builder) bool {
		if (b.prev(1) == "to" || b.prev(1) == "will" || b.prev(1) == "would") && b.next(1) != "with" {
			return false // "to talks about": a verb
		}
		if b.next(1) == "to" && (pressWords[b.next(2)] || pressWords[b.next(3)]) {
			return false // "X, accompanied by Y, talks to the media"
		}
		return !(b.next(1) == "to" && endsActor(b.ms, b.t)) // "Ruiz talks to supporters": a speech
	},
	"visits": visitSense, "visiting": visitSense,
	"convene": convenSense, "convened": convenSense,
	"briefing": briefingSense, "hearing": hearingSense,
	"stay":      stSense,
	"reception": mealSense, "dinner": mealSense, "lunch": mealSense, "luncheon": mealSense,
	"breakfast": mealSense, "banquet": mealSense,
}

// convenSense: a body convenes as a meeting ("the council convened on
// Monday"); one who convenes a meeting or talks leaves them to their noun,
// whose parties the convener joins: "Ruiz will convene talks between X and Y".
func convenSense(b *builder) bool {
	for k := b.t - 1; k >= 0 && k >= b.t-12; k-- {
		if meetingNounAt(b.toks, b.ms, k) {
			return false // "the meeting, originally convened in December": the noun's
		}
	}
	for k := b.t + 1; k < len(b.toks) && k <= b.t+4; k++ {
		if meetingNounAt(b.toks, b.ms, k) {
			return false
		}
		if !b.toks[k].word || b.toks[k].upper || prepositions[b.toks[k].lower] {
			return true
		}
	}
	return true
}

// conferenceSense: a telephone or video conference is a call among its
// parties, and a "summit" conference a summit. A conference or session of a
// public body is the body's meeting: "an OPEC conference", "a South Pacific
// Forum conference", "a session of Congress", "a conference of foreign
// ministers". A news conference is a press event, even a joint one
// (MEETINGS.md), a "trading session" is a market's, and other conferences
// are events with many parties.
func conferenceSense(b *builder) bool {
	if b.lower == "conference" && (phoneCue[b.prev(1)] || b.prev(1) == "video" || modifierOf(b.toks, b.t) >= 0) {
		return true
	}
	if b.lower == "conference" && b.prev(1) == "in" && b.next(1) == "with" {
		b.f.kind = graphify.KindMeeting // "were in conference with X for much of the day"
		return true
	}
	b.f.kind = graphify.KindMeeting
	return bodySession(b.toks, b.ms, b.t)
}

// bodySession reports a conference or session of a public body at t: "an
// OPEC conference", "a session of Congress", "a conference of foreign
// ministers"; not "this session of Congress" (a legislature's term), nor a
// session that a meeting noun before it is of ("a meeting of the Defence
// Ministers session").
func bodySession(toks []token, ms []mention, t int) bool {
	if sessionOfMeeting(toks, ms, t) {
		return false
	}
	if t > 0 && marketWords[toks[t-1].lower] {
		return false // "a night trading session"
	}
	if p := premodifier(toks, ms, t); len(p) > 0 {
		// A body's: "an OPEC conference"; not a country's or a city's,
		// which only say where or whose ("a Japan shipping conference").
		m := p[0].m
		body := m.typ == graphify.TypeOrganization || m.typ == graphify.TypeGroup || m.typ == graphify.TypeRole
		return body && publicActor(p[0]) && !termWords[toks[m.first].lower] && (m.first == 0 || !termWords[toks[m.first-1].lower])
	}
	if t+1 >= len(toks) || toks[t+1].lower != "of" || t > 0 && termWords[toks[t-1].lower] {
		return false
	}
	i := slices.IndexFunc(ms, func(m mention) bool {
		return m.first == t+2 || m.first == t+3 && isDeterminer(toks[t+2].lower)
	})
	return i >= 0 && ms[i].actor() && ms[i].typ != typePronoun && publicActor(party{m: ms[i]})
}

// includesNext reports a relative pronoun at k whose verb says who was at
// the meeting: "a meeting which included X", "talks that involved Y".
func includesNext(toks []token, k int) bool {
	return k >= 0 && k+1 < len(toks) && (toks[k].lower == "which" || toks[k].lower == "that") && includeVerbs[toks[k+1].lower]
}

// includeVerbs name who a meeting had in it.
var includeVerbs = map[string]bool{"included": true, "includes": true, "include": true, "involved": true, "involves": true, "involving": true, "brought": true}

// includedBy reports an include verb at v right after the meeting noun at
// t, or after it and a comma: "the talks involved X", "the meeting,
// involving X and Y, …".
func includedBy(toks []token, v, t int) bool {
	return v == t+1 || v == t+2 && toks[t+1].lower == ","
}

// closedRelative reports a relative pronoun at k that opens a clause set off
// by commas and closed before the trigger at t: "The United States and
// Canada, whose trade totaled …, have been holding talks": the subject is
// before it.
func closedRelative(toks []token, k, t int) bool {
	if !relativePronouns[toks[k].lower] && toks[k].lower != "which" || k < 1 || toks[k-1].lower != "," {
		return false
	}
	for j := k + 1; j < t; j++ {
		if toks[j].lower == "," {
			return true
		}
	}
	return false
}

// bodyNouns are the meeting nouns that are meetings only as a public body's
// (bodySession); elsewhere they bound no clause: "met in emergency session
// in Brussels", "shook hands after a news conference in the East Room".
var bodyNouns = map[string]bool{"session": true, "conference": true}

// marketWords before "session" make it a market's: "the trading session".
var marketWords = map[string]bool{"trading": true, "call": true}

// termWords before "session" make it a legislature's term, not a sitting:
// "in this session of Congress", "the current session of parliament".
var termWords = map[string]bool{
	"this": true, "current": true, "next": true, "last": true, "previous": true, "present": true,
	"new": true, "legislative": true, "that": true,
}

// departureVerbs name the place a visit ends in: "before leaving Tokyo at
// the end of a four-day visit".
var departureVerbs = map[string]bool{"leaving": true, "left": true, "leaves": true, "leave": true, "departing": true}

// sessionOfMeeting reports a conference or session named in the "of"
// phrase of a meeting noun before it, which it only describes: "a meeting of
// the Council's ministerial session".
func sessionOfMeeting(toks []token, ms []mention, t int) bool {
	if w := toks[t].lower; w != "session" && w != "conference" {
		return false
	}
	for k := t - 1; k > 0 && k >= t-8; k-- {
		if toks[k].lower == "of" && meetingNounAt(toks, ms, k-1) {
			return true
		}
	}
	return false
}

// briefingSense: a briefing received from someone is a meeting with them
// ("House members received a briefing from the Homeland Security
// Secretary"); a news briefing is a press event.
func briefingSense(b *builder) bool {
	if pressCue[b.prev(1)] {
		return false
	}
	for k := b.t + 1; k < len(b.toks) && k <= b.t+8; k++ {
		if b.toks[k].lower == "from" || b.toks[k].lower == "by" {
			return isActorAt(b.ms, k+1) || k+2 < len(b.toks) && isActorAt(b.ms, k+2)
		}
	}
	return false
}

// hearingSense: a hearing of a legislature or its committee, at which
// officials testify, is a meeting with that body; a court hearing is not.
func hearingSense(b *builder) bool {
	if p := premodifier(b.toks, b.ms, b.t); len(p) > 0 && publicActor(p[0]) {
		// "a Senate Foreign Relations Committee hearing", not "a High
		// Court hearing" nor "are Fed officials hearing that …" (a verb).
		m := p[0].m
		return !courtWords[b.toks[m.last-1].lower] && m.first > 0 && (isDeterminer(b.toks[m.first-1].lower) || prepositions[b.toks[m.first-1].lower])
	}
	return b.prev(1) == "congressional" || b.prev(1) == "parliamentary"
}

// courtWords end the names of courts, whose hearings are not meetings.
var courtWords = map[string]bool{"court": true, "tribunal": true}

// fromParty are the meeting nouns whose other party comes with "from".
var fromParty = map[string]bool{"briefing": true, "call": true, "calls": true} // "received a phone call from X"

// pressCue words make a briefing a press event.
var pressCue = map[string]bool{"news": true, "press": true, "media": true, "daily": true, "regular": true}

// stSense: a stay is a visit only after travel: "arrived in Nairobi for a
// three-day stay"; not "a stay of execution".
func stSense(b *builder) bool {
	if b.next(1) == "of" {
		return false
	}
	for k := b.t - 1; k >= 0 && k >= b.t-12; k-- {
		if travelVerbs[b.toks[k].lower] || arrivalVerbs[b.toks[k].lower] {
			return true
		}
	}
	return false
}

// mealSense: a meal or a reception is a meeting with its guests: "sat
// down to dinner with X" (together), "a reception for X" (X is received).
func mealSense(b *builder) bool {
	switch b.next(1) {
	case "with", "together": // "had lunch together"
		return !b.tr.host
	case "for", "honoring", "honouring":
		b.tr.host = true
		return true
	}
	return b.next(1) == "in" && b.next(2) == "honour" || b.next(1) == "in" && b.next(2) == "honor"
}

func meetingSense(b *builder) bool {
	if annualMeeting(b.toks, b.ms, b.t) {
		return false // "before the annual meeting": a company's
	}
	if b.privateAudience() {
		return false // "told a meeting of securities analysts": a company's
	}
	if b.lower == "meetings" && b.next(1) != "of" && b.next(1) != "between" && premodifier(b.toks, b.ms, b.t) == nil && !(b.prev(1) == "of" && (timeUnits[b.prev(2)] || seriesWords[b.prev(2)])) &&
		!lightVerbs[b.prev(1)] && !lightVerbs[b.prev(2)] { // "will hold emergency meetings next week"
		return false // "visits …, each time for meetings with Putin": many meetings, told elsewhere
	}
	return meetSense(b)
}

// seriesWords count meetings as one: "a series of meetings with X",
// "a round of meetings".
var seriesWords = map[string]bool{"series": true, "round": true, "rounds": true, "string": true}

// privateAudience reports a meeting of analysts, investors or
// shareholders ("a meeting of securities analysts", "a gathering of
// analysts") in a sentence that names no public actor: a company's.
func (b *builder) privateAudience() bool {
	k := b.t + 1
	if k >= len(b.toks) || b.toks[k].lower != "of" && b.toks[k].lower != "for" && b.toks[k].lower != "with" {
		return false
	}
	audience := false
	for j := k + 1; j < len(b.toks) && j <= k+4; j++ {
		audience = audience || privateAudiences[b.toks[j].lower]
	}
	return audience && !slices.ContainsFunc(b.ms, func(m mention) bool {
		return m.actor() && m.typ != typePronoun && m.typ != typeUnknown && publicActor(party{m: m})
	})
}

// privateAudiences make a meeting with them a company's when no public
// actor is named: "told a meeting of securities analysts".
var privateAudiences = map[string]bool{
	"analysts": true, "shareholders": true, "stockholders": true, "investors": true, "stockbrokers": true,
}

func meetSense(b *builder) bool {
	if b.lookAlikeObject() {
		return false
	}
	// The passive: "the targets will be met", "demand was met by imports",
	// "the amounts could be comfortably met".
	p := b.prev(1)
	if strings.HasSuffix(p, "ly") {
		p = b.prev(2)
	}
	if b.lower == "met" && (p == "be" || p == "been" || p == "being" || p == "was" || p == "were" || p == "is" || p == "are") {
		for k := b.t - 2; k >= 0 && k >= b.t-8; k-- {
			if notMeetingObjects[b.toks[k].lower] {
				return false
			}
		}
	}
	// A company's meeting of its shareholders or board is not one
	// between parties: "a special meeting of Cleveland-Cliffs shareholders".
	for k := -3; k <= 6; k++ {
		if b.t+k >= 0 && b.t+k < len(b.toks) && corporateBodies[b.toks[b.t+k].lower] {
			return false
		}
	}
	return true
}

// lookAlikeObject reports an object that makes "met" a look-alike: "met
// expectations", "met with criticism", "meet World Bank standards",
// "meeting demand"; the object ends at a preposition or at a party ("met Jon
// Berg to discuss the terms", "met opposition leaders").
func (b *builder) lookAlikeObject() bool {
	toks := b.toks
	for k := b.t + 1; k < len(toks) && k <= b.t+6 && toks[k].word; k++ {
		w := toks[k].lower
		if notMeetingObjects[w] {
			return k+1 >= len(toks) || !groupNouns[toks[k+1].lower] // "met opposition leaders" is a meeting
		}
		if prepositions[w] || clauseEnds[w] || w == "that" || modalBefore[w] || itAuxiliaries[w] {
			return false // "told the meeting that exports would rise": what was said
		}
		i := slices.IndexFunc(b.ms, func(m mention) bool { return m.first == k })
		if i < 0 || !b.ms[i].actor() {
			continue
		}
		// A party, unless it owns or modifies the object: "the IMF's
		// targets", "World Bank standards", "Securities and Exchange
		// Commission regulations", "the Gramm-Rudman budget law target".
		j := b.ms[i].last
		if j < len(toks) && objectJoiners[toks[j].lower] {
			k = j
			continue
		}
		for n := j; n < len(toks) && n < j+3 && toks[n].word && (!toks[n].upper || capsUnsure(toks, n)) && !prepositions[toks[n].lower]; n++ {
			if notMeetingObjects[toks[n].lower] {
				return true
			}
		}
		return false
	}
	return false
}

// objectJoiners join a name to more of the object after it: "the IMF's
// targets", "Securities and Exchange Commission rules".
var objectJoiners = map[string]bool{"'s": true, "’s": true, "and": true, "&": true, "-": true}

func callSense(b *builder) bool {
	// "a phone call", "a 30-minute call between X and Y", "calls to X",
	// "a call (Sunday evening U.S. time) between X and Y".
	after := b.next(1)
	if after == "(" {
		if k := closeParen(b.toks, b.t+1); k+1 < len(b.toks) {
			after = b.toks[k+1].lower
		}
	}
	if b.prev(1) == "courtesy" {
		b.f.kind = graphify.KindVisit // "paid a courtesy call on the president": in person
		return true
	}
	to := after == "to" && (isActorAt(b.ms, b.t+2) || isDeterminer(b.next(2))) // "calls to world leaders", not "the government's call to hold wages"
	return phoneCue[b.prev(1)] || phoneCue[b.prev(2)] || after == "with" || after == "between" || to
}

func chatSense(b *builder) bool {
	// "Mattis walks with Tillerson at the White House": together in person;
	// a person must follow ("walked with a cane" is not).
	return b.next(1) == "with" && personAt(b.ms, b.t+2)
}

func reachSense(b *builder) bool {
	// "reaching out by telephone to world leaders": a call.
	phone := false
	for k := 2; k <= 8; k++ {
		phone = phone || phoneCue[b.next(k)]
	}
	return b.next(1) == "out" && phone
}

func speakSense(b *builder) bool {
	// "spoke by phone": a call; "spoke with X": talks (a call when the
	// sentence is about one). Speaking to the press is not a meeting.
	phone := phoneCue[b.next(1)] || phoneCue[b.next(2)] || phoneCue[b.next(3)]
	switch {
	case phone || b.next(1) == "with" && sentenceHas(b.toks, "call", "phone", "telephone"):
		b.f.kind = graphify.KindPhone
	case b.next(1) == "with" && !pressWords[b.next(2)]:
		b.f.kind = graphify.KindTalks
	default:
		return false
	}
	return true
}

// gatherSense: "ministers will gather in Washington"; not "gathered
// momentum", "gather information"; "gathered for their summit" is the
// summit's (a light verb).
func gatherSense(b *builder) bool {
	return b.next(1) == "in" || b.next(1) == "at" || b.next(1) == "on" || b.next(1) == "here" || b.next(1) == "there"
}

// satSense: "sat down with the crown prince"; not "sat on the committee".
func satSense(b *builder) bool {
	return b.next(1) == "down" && b.next(2) == "with"
}

// calledSense: "Rouhani called Erdogan on Tuesday" is a phone call; not
// "called Putin a killer", "called Trump's plan", "called for talks", "was
// called Ali".
func calledSense(b *builder) bool {
	i := slices.IndexFunc(b.ms, func(m mention) bool { return m.first == b.t+1 })
	if i < 0 || b.ms[i].typ != graphify.TypePerson && b.ms[i].typ != graphify.TypeRole || b.prev(1) == "so" || copulas[b.prev(1)] {
		return false
	}
	j := b.ms[i].last
	return j >= len(b.toks) || !b.toks[j].word || !isDeterminer(b.toks[j].lower) && b.toks[j].lower != "'s" && b.toks[j].lower != "’s" && !b.toks[j].upper
}

// consultSense: consulting a party is meeting it ("returned home to consult
// President X", "consulted with the allies"); "consult the records" and "a
// consulting contract" are not.
func consultSense(b *builder) bool {
	k := b.t + 1
	if b.next(1) == "with" {
		k++
	}
	for k < len(b.toks) && isDeterminer(b.toks[k].lower) {
		k++
	}
	return slices.ContainsFunc(b.ms, func(m mention) bool {
		return m.first == k && m.actor() && m.typ != typePronoun && !pressParty(m)
	})
}

// discussSense: "discussed the plan with X", "is discussing with X": talks
// with the party after "with", a few words on in the same clause; not the
// purpose of a meeting already told.
func discussSense(b *builder) bool {
	if b.prev(1) == "to" && triggerBefore(b.toks, b.t) {
		return false // "a meeting with X to discuss the situation with Syria": the purpose of that meeting
	}
	for k := b.t + 1; k < len(b.toks) && k <= b.t+14; k++ { // "discussed the deployment of missiles near the Strait of Hormuz with X"
		w := b.toks[k].lower
		if clauseEnds[w] || w == "," || w == "." || verbLike(b.toks[k]) && !strings.HasSuffix(w, "s") {
			return false
		}
		if w == "with" {
			i := slices.IndexFunc(b.ms, func(m mention) bool { return m.first > k })
			return i >= 0 && b.ms[i].first <= k+3 && b.ms[i].actor() && !pressParty(b.ms[i]) // not "discussing the results with reporters"
		}
	}
	return false
}

// triggerBefore reports another meeting word earlier in the sentence.
func triggerBefore(toks []token, t int) bool {
	for k := t - 1; k >= 0; k-- {
		if _, ok := triggers[toks[k].lower]; ok && toks[k].word {
			return true
		}
	}
	return false
}

func negotiateSense(b *builder) bool {
	return b.next(1) == "with" || b.next(1) == "between" // "negotiated a deal": a meeting only when a party follows "with"
}

func visitSense(b *builder) bool {
	if b.next(1) == "to" { // "three visits to Russia": many meetings, not one
		return false
	}
	if b.lower == "visiting" && speechVerbs[b.prev(1)] {
		// "Ruiz assured visiting Indian Trade Minister Ravi Menon": she
		// received the visitor.
		b.tr = trigger{kind: graphify.KindMeeting, host: true}
		b.f.kind = b.tr.kind
		return true
	}
	// "talks with visiting Philippine President Rodrigo Duterte": an
	// adjective; the meeting is the clause's, where he is the visitor.
	return b.lower != "visiting" || !slices.ContainsFunc(b.ms, func(m mention) bool {
		return m.first == b.t+1 && (m.typ == graphify.TypePerson || m.typ == graphify.TypeRole || m.typ == typeUnknown || m.typ == graphify.TypeGroup)
	})
}

// clause finds the clause around the trigger, and whether it is passive or
// tells of travel.
func (b *builder) clause() {
	toks, t := b.toks, b.t
	// cueLeft reaches past "that" for the status: "denied that Putin had met".
	left, cueLeft := t, -1
	// A "summit" conference: the quotes around one word end no clause.
	quote := func(k int) bool { return scareQuoted(toks, k-1) || scareQuoted(toks, k+1) }
	for left > 0 && left > t-window && (!clauseEnds[toks[left-1].lower] || quote(left-1) || acronymEndsAt(toks, left-1) || closedRelative(toks, left-1, t)) {
		if acronymEndsAt(toks, left-1) {
			left -= 2 // "an Asian Development Bank (ADB) meeting": no clause ends
		}
		if complementizer(toks, left-1) && cueLeft < 0 {
			cueLeft = left
		}
		left--
	}
	if cueLeft >= 0 {
		left, cueLeft = cueLeft, left
	} else {
		cueLeft = left
	}
	right := t + 1
	for right < len(toks) && right < t+window && (!clauseEnds[toks[right].lower] || quote(right) || includesNext(toks, right)) {
		if toks[right].lower == "(" && right == t+1 {
			right = closeParen(toks, right) + 1 // "a call (Sunday, U.S. time) between X and Y"
			continue
		}
		if right+1 < len(toks) && agentParticiples[toks[right].lower] && toks[right+1].lower == "by" {
			right++ // "talks …, hosted by Norway, …": the host is the talks' party
			continue
		}
		if _, ok := triggers[toks[right].lower]; ok && !inName(toks, right) && !(objectModifiers[toks[right].lower] && isActorAt(b.ms, right+1)) && (!bodyNouns[toks[right].lower] || bodySession(toks, b.ms, right)) {
			break // the next trigger reports its own meeting ("with visiting X" does not)
		}
		if toks[right].lower == "to" && right+1 < len(toks) && !toks[right+1].upper && !infinitiveMeetings[toks[right+1].lower] && !isDeterminer(toks[right+1].lower) {
			break // "to discuss …": the rest is the topic
		}
		if right > t && subjectPronoun(toks[right].lower) && right+1 < len(toks) && verbLike(toks[right+1]) {
			break // "told a bankers' meeting he thinks …": what was said
		}
		right++
	}
	b.left, b.cueLeft, b.right = left, cueLeft, right
	p := b.prev(1)
	b.passive = !b.noun && b.tr.host && !strings.HasSuffix(b.lower, "ing") && !strings.HasSuffix(b.lower, "s") &&
		(p == "was" || p == "were" || p == "been" || p == "being" || p == "is" || p == "are")
	for k := left; k < t; k++ {
		b.travel = b.travel || travelVerbs[toks[k].lower]
	}
}

// infinitiveMeetings are the words after "to" that keep the clause going:
// "to meet", "to see", "to take part", "to the".
var infinitiveMeetings = map[string]bool{"the": true, "meet": true, "see": true, "take": true, "be": true}

// subjectsPass finds the parties before the trigger: its subjects, or the
// possessor, premodifier, addresser or traveller a nominal meeting has.
func (b *builder) subjectsPass() {
	subjects := b.narrowed(b.candidates())
	b.subjects = b.owned(subjects)
	b.moreSubjects()
}

// candidates are the actors before the trigger in its clause that can be
// its subjects, or the traveller who came for a nominal meeting.
func (b *builder) candidates() []party {
	toks, ms, t := b.toks, b.ms, b.t
	var subjects []party
	if !b.noun || hasLightVerb(toks, ms, b.left, t) || possessorBefore(toks, t) {
		for _, m := range ms {
			if m.first < b.left || m.first >= t || !m.actor() || afterPreposition(toks, m.first) || conjunctOfPrepositional(toks, ms, m) {
				continue
			}
			if tr, ok := triggers[prevWord(toks, m.first)]; ok && !tr.noun && m.first > 0 {
				continue // "due to meet former presidents before holding talks": the other meeting's
			}
			if partyShape(toks, m, t) {
				subjects = append(subjects, party{m: m})
			}
		}
	}
	if b.noun && len(subjects) == 0 {
		// "Pompeo arrived in Pyongyang on Wednesday for talks with Kim":
		// the traveller is a party.
		subjects = traveller(toks, ms, b.left, t)
		b.travel = b.travel || len(subjects) > 0
	}
	return subjects
}

// narrowed drops the candidates that another clause or an apposition
// owns, and the addressee of a reporting verb.
func (b *builder) narrowed(subjects []party) []party {
	toks, ms, t := b.toks, b.ms, b.t
	subjects = slices.DeleteFunc(subjects, func(p party) bool {
		return appositive(toks, ms, p.m) || inApposition(toks, ms, p.m, t) || inOtherRelative(toks, ms, p.m.first, t) // "Funaro, who is touring Europe, met X"
	})
	// A finite verb between two candidate subjects ends the first one's
	// clause: "Trump said he was willing to rip up the deal Obama and
	// other leaders negotiated with Iran".
	if sub := lastSubordinator(toks, ms, b.left, t); sub >= 0 && !b.noun && slices.ContainsFunc(subjects, func(p party) bool { return p.m.first > sub }) {
		subjects = slices.DeleteFunc(subjects, func(p party) bool { return p.m.first < sub })
	}
	if aux := lastAuxiliary(toks, ms, b.left, t); aux >= 0 && !b.noun {
		if slices.ContainsFunc(subjects, func(p party) bool { return p.m.first > aux }) {
			subjects = slices.DeleteFunc(subjects, func(p party) bool { return p.m.first < aux })
		}
	}
	// The addressee of a reporting verb is not a party: "Stoltenberg told
	// journalists before he attends next week's IMF meeting".
	return slices.DeleteFunc(subjects, func(p party) bool {
		w := prevWord(toks, p.m.first)
		return w == "told" || w == "tells" || w == "telling"
	})
}

// owned gives a nominal meeting to whoever owns it: a possessor ("Japan's
// talks", "his visit"), the pair that names it ("a U.S.-Soviet summit"),
// or the last list of parties before "their".
func (b *builder) owned(subjects []party) []party {
	toks, ms, t := b.toks, b.ms, b.t
	if k := possessiveBefore(toks, t); b.noun && k > 0 {
		subjects = b.possessed(subjects, k)
	} else if p, ok := b.possessorPronoun(); ok {
		subjects = []party{p} // "told his party to be ready for his visit": his, not the party
	}
	if pair := dashPair(toks, ms, t); b.noun && len(subjects) > 0 && pair != nil {
		inPair := func(p party) bool { return p.m.first >= pair[0].m.first && p.m.last <= pair[len(pair)-1].m.last }
		if slices.ContainsFunc(subjects, func(p party) bool { return p.m.typ == graphify.TypePerson || p.m.typ == graphify.TypeRole }) {
			subjects = slices.DeleteFunc(subjects, inPair) // "Reagan and Gorbachev held a U.S.-Soviet summit": the pair is theirs
		} else {
			// "They held a U.S.-Soviet summit": the pair names the parties.
			subjects = slices.DeleteFunc(subjects, func(p party) bool { return p.m.typ == typePronoun || inPair(p) })
			subjects = append(subjects, pair...)
		}
	}
	if b.noun && (b.prev(1) == "their" || b.prev(2) == "their") && len(subjects) > 2 {
		if last := lastList(toks, subjects); len(last) > 1 {
			subjects = last // "…, where the House is expected to pass a bill, whatever Reagan and Nakasone agree at their summit"
		}
	}
	return subjects
}

// moreSubjects adds the parties a nominal meeting takes besides its
// subjects (the body that qualifies it, the one who attended or addressed
// it, its companions), or finds its subjects elsewhere in the sentence
// when the clause gave none.
func (b *builder) moreSubjects() {
	for _, find := range nominalSubjects {
		if len(b.subjects) > 0 {
			break
		}
		b.subjects = append(b.subjects, find(b)...)
	}
	if b.noun && len(b.subjects) > 0 && hasLightVerb(b.toks, b.ms, b.left, b.t) {
		// "Lopez, who attended the OPEC talks": the body and the one
		// who attended; "X and Y testify at a Senate committee hearing".
		b.subjects = append(b.subjects, b.relativeSubject()...)
		for _, p := range premodifier(b.toks, b.ms, b.t) {
			if !nounsBetween(b.toks, p.m.last, b.t) {
				break // "meet former presidents before holding talks": not the talks' modifier
			}
			if !slices.ContainsFunc(b.subjects, func(q party) bool { return q.m.first == p.m.first }) {
				b.subjects = append(b.subjects, p)
			}
		}
	}
	if b.noun {
		// "Sarney told the meeting", "Hata told an informal GATT meeting":
		// the speaker with the body.
		b.subjects = append(b.subjects, addresser(b.toks, b.ms, b.t)...)
	}
	b.subjects = append(b.subjects, b.companions()...)
	for _, find := range clauseSubjects {
		if len(b.subjects) > 0 {
			break
		}
		b.subjects = append(b.subjects, find(b)...)
	}
}

// lastList returns the last list of parties ("X and Y"): those "their" can
// own when it names two or more.
func lastList(toks []token, ps []party) []party {
	if len(ps) == 0 {
		return nil
	}
	ps = slices.Clone(ps)
	slices.SortFunc(ps, func(a, b party) int { return a.m.first - b.m.first })
	i := len(ps) - 1
	for i > 0 && onlyConnectors(toks, ps[i-1].m.last, ps[i].m.first) {
		i--
	}
	return ps[i:]
}

// possessorPronoun returns "his" or "her" owning a nominal meeting ("in
// time for his visit"), unless an adjunct places the meeting in the
// clause's own event ("welcomed X during his visit").
func (b *builder) possessorPronoun() (party, bool) {
	if !b.noun {
		return party{}, false
	}
	for _, m := range b.ms {
		if m.typ != typePronoun || m.first < b.t-3 || m.first >= b.t {
			continue
		}
		if w := b.toks[m.first].lower; w != "his" && w != "her" || adjunctWords[prevWord(b.toks, m.first)] {
			return party{}, false
		}
		for k := m.last; k < b.t; k++ {
			if b.toks[k].upper || !b.toks[k].word {
				return party{}, false // "his Japanese counterpart's visit"
			}
		}
		return party{m: m}, true
	}
	return party{}, false
}

// possessed returns the parties of "Margaret Thatcher's visit": the
// possessor and the words after it; of "next week's OPEC meeting" only the
// words after a time. k is the index of "'s".
func (b *builder) possessed(subjects []party, k int) []party {
	toks, ms, t := b.toks, b.ms, b.t
	var own []party
	if timeWords[toks[k-1].lower] && hasLightVerb(toks, ms, b.left, t) {
		own = subjects // "he attends next week's IMF meeting"
	}
	for _, m := range ms {
		if m.last == k && adjunctWords[prevWord(toks, m.first)] {
			own = subjects // "Jones greets a man during Ryan's visit": the host is the clause's subject
		}
	}
	for _, m := range ms {
		if m.actor() && (m.first > k && m.first < t || m.last == k && !timeWords[toks[k-1].lower]) {
			own = append(own, party{m: m})
		}
	}
	return own
}

// nominalSubjects find the parties a nominal meeting names before it when
// its clause gave none, tried in order until one finds some.
var nominalSubjects = []func(b *builder) []party{
	func(b *builder) []party {
		if !b.noun {
			return nil
		}
		return dashPair(b.toks, b.ms, b.t) // "the Assad–Putin meeting"
	},
	func(b *builder) []party {
		if !b.noun {
			return nil
		}
		return premodifier(b.toks, b.ms, b.t) // "an emergency OPEC meeting", "the GATT talks"
	},
}

// companions are the parties named with "with" or "by" before "their
// meeting" ("X shook hands with Y after their meeting") or a welcome
// ceremony ("X walks with Y during a welcome ceremony"): both met.
func (b *builder) companions() []party {
	var out []party
	their := b.noun && (b.prev(1) == "their" || b.prev(2) == "their" && compoundHead(b.toks, b.t-1) == b.t) // "their summit meeting"
	if !their && b.lower != "ceremony" {
		return nil
	}
	for _, m := range b.ms {
		if m.first < b.left || m.first >= b.t || !m.actor() {
			continue
		}
		p := prevWord(b.toks, m.first)
		if their && (p == "with" || p == "by") || b.lower == "ceremony" && p == "with" && partyShape(b.toks, m, b.t) {
			out = append(out, party{m: m})
		}
	}
	return out
}

// clauseSubjects find the subject of the clause a meeting sits in when
// nothing nearer named a party, tried in order until one finds some.
var clauseSubjects = []func(b *builder) []party{
	(*builder).adjunctSubjects,
	(*builder).relativeSubject,
	(*builder).parentheticalSubject,
	func(b *builder) []party {
		if b.noun {
			return nil
		}
		// "the Taliban said it met with U.S. officials": "it" is the speaker.
		if m, ok := itSpeaker(b.toks, b.ms, b.t); ok {
			return []party{{m: m}}
		}
		return nil
	},
	(*builder).gerundSubject,
	(*builder).itsOwner,
	func(b *builder) []party {
		if !frontedAdverbial(b.toks, b.t) {
			return nil
		}
		// "During a visit to South Sudan, U.N. humanitarian chief Valerie
		// Amos said…", "After speaking by phone, Obama and Merkel…": the
		// subject of the main clause.
		return mainSubjects(b.toks, b.ms, b.t)
	},
}

// itsOwner: "established by OPEC at its December meeting", "Brazil is
// talking to its creditors during a meeting …, its first discussions with
// them": the body "its" stands for, the nearest one named before it as a
// subject (a verb follows it) or as an agent (after "by").
func (b *builder) itsOwner() []party {
	if !b.noun {
		return nil
	}
	k := b.t - 1
	for k > 0 && k >= b.t-3 && b.toks[k].lower != "its" && (b.toks[k].word && !b.toks[k].upper && !prepositions[b.toks[k].lower] && !linkWords[b.toks[k].lower] || monthNames[b.toks[k].lower]) {
		k--
	}
	if k < 1 || b.toks[k].lower != "its" {
		return nil
	}
	for i := len(b.ms) - 1; i >= 0; i-- {
		m := b.ms[i]
		if m.last > k || m.first < k-15 {
			continue
		}
		body := m.typ == graphify.TypeOrganization || m.typ == graphify.TypeCountry || m.typ == graphify.TypeGroup && !m.plural
		if !body || !publicActor(party{m: m}) {
			continue
		}
		next := b.toks[m.last]
		subject := verbLike(next) || modalBefore[next.lower] || next.lower == "to" && m.last+1 < len(b.toks) && !b.toks[m.last+1].upper
		if subject || prevWord(b.toks, m.first) == "by" {
			return []party{{m: m, addresses: true}} // "Japan said its talks with X …": the speaker's own talks
		}
	}
	return nil
}

// adjunctSubjects: "…, following a meeting with ministers": the clause's
// subjects met them.
func (b *builder) adjunctSubjects() []party {
	if !b.noun || !adjunctBefore(b.toks, b.t) {
		return nil
	}
	var out []party
	for _, m := range b.ms {
		public := m.typ == graphify.TypeGroup && m.country != "" && publicBody(m.country) // "The IMF team left Lagos after talks with …"
		if m.first < b.t && (m.typ == graphify.TypePerson || m.typ == typePronoun || public) && !afterPreposition(b.toks, m.first) && partyShape(b.toks, m, b.t) {
			out = append(out, party{m: m})
		}
	}
	return out
}

// nounsBetween reports whether the words [a, b) can only modify a noun:
// "House Energy subcommittee hearing", not "presidents before holding talks".
func nounsBetween(toks []token, a, b int) bool {
	for k := a; k < b; k++ {
		w := toks[k].lower
		if prepositions[w] || adjunctWords[w] || lightVerbs[w] || verbLike(toks[k]) || strings.HasSuffix(w, "ing") {
			return false
		}
	}
	return true
}

// acronymEndsAt reports a bracketed acronym whose ")" is token k: "(ADB)".
func acronymEndsAt(toks []token, k int) bool {
	return k >= 2 && toks[k].lower == ")" && toks[k-2].lower == "(" && isAcronym(toks[k-1].text)
}

// relativeSubject: "Xi Jinping, who met separately with Obama": the name
// before ", who" or ", which".
func (b *builder) relativeSubject() []party {
	left := b.left
	if k, ok := b.reportedRelative(left); ok {
		left = k + 1 // "Garcia, whom he said recently spoke by telephone with X"
	}
	if b.noun && !hasLightVerb(b.toks, b.ms, left, b.t) && !(b.travel && purposeFor(b.toks, b.t)) || left <= 1 || b.toks[left-1].lower != "who" && b.toks[left-1].lower != "which" && b.toks[left-1].lower != "whom" {
		return nil
	}
	if end, ok := parenthesisOpens(b.toks, left-2); ok {
		return b.listEndingAt(end) // "Ghana, which is behind on its payments, expects to hold talks"; "Gray -- who has pushed for a summit --"
	}
	return b.renamedBy(left - 1) // "Edward Muda, an AICE official who attended the talks"
}

// relativeEnd returns the index after a relative clause set off by commas
// that closes before t ("X, who plans to retire, met Y": its cues are not
// the meeting's), or 0.
func relativeEnd(toks []token, t int) int {
	c := t - 1
	for c > 0 && c >= t-3 && toks[c].lower != "," {
		c--
	}
	if c <= 0 || toks[c].lower != "," {
		return 0
	}
	for k := c - 1; k > 0 && k >= c-15; k-- {
		if toks[k].lower == "," {
			if closedRelative(toks, k+1, t) {
				return c + 1
			}
			return 0
		}
	}
	return 0
}

// agentParticiples make the agent after "by" a party to the meeting they
// follow: "talks mediated by Norway", "a summit hosted by Ghana".
var agentParticiples = map[string]bool{
	"mediated": true, "brokered": true, "hosted": true, "sponsored": true, "chaired": true,
	"convened": true, "organised": true, "organized": true, "facilitated": true, "attended": true,
}

// reportedRelative finds the relative pronoun of a clause that a report
// interrupts: "whom he said", "who officials say". left is the first word
// after the report verb; it returns the pronoun's index.
func (b *builder) reportedRelative(left int) (int, bool) {
	v := left - 1
	if v < 2 || !reportVerbs[b.toks[v].lower] {
		return 0, false
	}
	k := v - 1 // the reporter: a pronoun or a name
	if i := slices.IndexFunc(b.ms, func(m mention) bool { return m.last == v }); i >= 0 {
		k = b.ms[i].first
	} else if !subjectPronoun(b.toks[k].lower) {
		return 0, false
	}
	k--
	if k < 1 || b.toks[k].lower != "who" && b.toks[k].lower != "whom" {
		return 0, false
	}
	return k, true
}

// parenthesisOpens reports whether token k opens a parenthetical clause (a
// comma, a dash, or the wire's double hyphen "--"), and where the name
// before it ends.
func parenthesisOpens(toks []token, k int) (int, bool) {
	switch w := toks[k].lower; {
	case w == "," || w == "—" || w == "–":
		return k, true
	case w == "-" && k > 0 && toks[k-1].lower == "-":
		return k - 1, true
	}
	return 0, false
}

// renamedBy returns the actor that ends at token end, or the name it
// renames when it is an apposition: "Ana Lopez, an OPEC official".
func (b *builder) renamedBy(end int) []party {
	for i := len(b.ms) - 1; i >= 0; i-- {
		m := b.ms[i]
		if m.last != end {
			continue
		}
		if i > 0 && m.first > 0 && b.toks[m.first-1].lower == "," && b.ms[i-1].last == m.first-1 && b.ms[i-1].actor() {
			return []party{{m: b.ms[i-1]}}
		}
		if m.actor() {
			return []party{{m: m}}
		}
		break
	}
	return nil
}

// listEndingAt returns the actors of the list that ends at token end: "X"
// or "X and Y" or "X, Y and Z".
func (b *builder) listEndingAt(end int) []party {
	var out []party
	for i := len(b.ms) - 1; i >= 0; i-- {
		m := b.ms[i]
		if m.last != end || !m.actor() {
			continue
		}
		out = append(out, party{m: m})
		end = m.first
		for end > 0 && end > m.first-3 && (objectModifiers[b.toks[end-1].lower] || groupModifier(b.toks[end-1])) {
			end-- // "and senior deputy governor Jon Berg"
		}
		if end < 2 || b.toks[end-1].lower != "and" && b.toks[end-1].lower != "," {
			break
		}
		end-- // the connector: the list goes on before it
	}
	return out
}

// parentheticalReach is how far before its meeting noun a phrase set off by
// commas may open: "Weizsaecker, in a speech on the first day of an
// official visit to Argentina, said".
const parentheticalReach = 12

// parentheticalSubject: "Trump, in the phone call with Xi, criticized …":
// the meeting sits in a phrase set off by commas after its party.
func (b *builder) parentheticalSubject() []party {
	if !b.noun {
		return nil
	}
	for k := b.t - 1; k > 1 && k >= b.t-parentheticalReach; k-- {
		w := b.toks[k].lower
		if w == "," || !b.toks[k].word || verbLike(b.toks[k]) && !b.toks[k].upper {
			return nil
		}
		if adverbialOpeners[w] && b.toks[k-1].lower == "," {
			return b.listEndingAt(k - 1)
		}
	}
	return nil
}

// gerundSubject: "Cavusoglu told reporters after meeting his Iranian
// counterpart": the gerund's subject is the sentence's, even past "told".
func (b *builder) gerundSubject() []party {
	toks, t := b.toks, b.t
	if b.noun || b.lower != "meeting" && b.lower != "visiting" && b.lower != "talking" || t == 0 || !adjunctWords[toks[t-1].lower] {
		return nil
	}
	for _, m := range b.ms {
		if m.first >= t {
			break
		}
		if m.first < t-window || !m.actor() || m.typ == typePronoun && m.first > 0 || afterPreposition(toks, m.first) {
			continue
		}
		if w := prevWord(toks, m.first); w == "told" || w == "tells" || w == "telling" {
			continue
		}
		return []party{{m: m}}
	}
	return nil
}

// objectsPass finds the parties after the trigger ("met X", "talks with X
// and Y", "a visit by X") and the place it names there.
func (b *builder) objectsPass() {
	parenEnd := b.t
	if b.t+1 < len(b.toks) && b.toks[b.t+1].lower == "(" {
		parenEnd = closeParen(b.toks, b.t+1)
	}
	inBy, inList := false, false
	for _, m := range b.ms {
		if m.first <= parenEnd || m.first >= b.right {
			continue
		}
		p, at := b.linkWord(m)
		if p == "of" && b.lastEnd >= 0 && m.first == b.lastEnd+1 && (m.typ == typePlace || m.typ == typeUnknown || m.typ == graphify.TypeCountry) && len(b.objects) > 0 {
			b.lastEnd = m.last // "Sens. Patrick Moynihan of New York, Christopher Dodd of Connecticut": whose state, and the list goes on
			continue
		}
		inBy = inBy || p == "by" || b.tr.visit && b.noun && p == "of" // "a visit by X", "the visit of X": the visitor
		if !b.tr.visit && !b.travel && (p == "with" || p == "between" || inList && b.lastEnd >= 0 && onlyConnectors(b.toks, b.lastEnd, m.first)) {
			m = seatOfGovernment(b.toks, m) // "consultations with Tokyo", "between Washington and Moscow": governments
		}
		if b.takePlace(&m, p) {
			continue
		}
		if !b.isObject(m, p, at) {
			continue
		}
		b.lastEnd = m.last
		inList = inList || p == "with" || p == "between"
		if inBy {
			b.byAgents = append(b.byAgents, party{m: m})
			continue
		}
		b.objects = append(b.objects, party{m: m})
	}
}

// saysAfter reports a reporting verb at token k, or after the rest of the
// speaker's description: "the chairman of the state-run Coffee Marketing
// Board, CMB, said".
func saysAfter(toks []token, k int) bool {
	if k < len(toks) && toks[k].lower != "of" {
		return reportVerbs[toks[k].lower] || toks[k].lower == "say"
	}
	for n := k; n < len(toks) && n < k+16; n++ {
		w := toks[n].lower
		if reportVerbs[w] || w == "say" {
			return true
		}
		if _, trigger := triggers[w]; clauseEnds[w] || trigger || verbLike(toks[n]) && !toks[n].upper {
			return false
		}
	}
	return false
}

// seatOfGovernment returns a capital named as a party ("talks with Tokyo",
// "between Washington and Moscow") as its country, the words kept.
func seatOfGovernment(toks []token, m mention) mention {
	if m.typ != typePlace || m.place.Country == "" {
		return m
	}
	if governmentSeats[m.place.Name] && !(m.last < len(toks) && toks[m.last].upper) { // not "the White House Chief of Staff"
		m.typ, m.name = graphify.TypeOrganization, m.place.Name // "talks with the White House"
		return m
	}
	c, ok := gazetteer.LookupCountry(m.place.Country)
	if !ok || !strings.EqualFold(c.Capital, m.place.Name) {
		return m
	}
	m.typ, m.name, m.country, m.place = graphify.TypeCountry, c.Name, c.Name, countryPlace(c.Name)
	return m
}

// linkWord is the word that links a mention after the trigger to it: the
// preposition before it ("with", "by", "to"), or the trigger itself; and
// where the linked phrase starts: the role a name renames ("the visit of
// West German president, Richard von Weizsaecker").
func (b *builder) linkWord(m mention) (string, int) {
	toks, t := b.toks, b.t
	p := prevWord(toks, m.first)
	if m.first == t+1 {
		p = b.lower // "visiting South Korea": the trigger itself, though it can modify a name
	}
	k := prevIndex(toks, m.first) - 1
	if k > t && strings.HasSuffix(toks[k].lower, "ly") {
		k-- // "mediated jointly by Norway and Qatar" ("also" and "visiting" prevIndex skips)
	}
	if k > t && (p == "by" && agentParticiples[toks[k].lower] || p == "of" && (toks[k].lower == "mediation" || toks[k].lower == "auspices") || p == "of" && k > 0 && toks[k].lower == "the" && (toks[k-1].lower == "mediation" || toks[k-1].lower == "auspices")) {
		p = "with" // "talks between X and Y, mediated by Norway", "with the mediation of the church": a party
	} else if p == "by" && b.noun && onlyTimeWords(toks, t, m.first-1) {
		p = "by" // "a Washington visit later this month by Nakasone"
	} else if p == "by" && !b.passive && !(b.noun && m.first-t <= 3) && verbBetween(toks, t, m.first-1) {
		p = "" // "resume negotiations with the union as requested by the governor"
	}
	if m.typ == graphify.TypeGroup {
		p = groupAnchor(toks, m.first) // "met with disaster relief volunteers"
	}
	at := m.first
	for _, head := range b.ms {
		next := head.last
		if next < len(toks) && toks[next].lower == "," {
			next++
		}
		if next == m.first && head.first < m.first && appositive(toks, b.ms, head) {
			p, at = groupAnchor(toks, head.first), head.first // "with his Italian counterpart Paolo Gentiloni"
		}
	}
	return p, at
}

// takePlace takes a mention after the trigger as the meeting's place, and a
// visited country as its host; it reports whether the mention is a place.
func (b *builder) takePlace(m *mention, p string) bool {
	toks, tr := b.toks, b.tr
	if (p == "a" || p == "an") && m.first >= 2 && placePrepositions[toks[m.first-2].lower] {
		p = toks[m.first-2].lower // "met at a Berlin hotel"
	}
	named := m.first >= 2 && settlementNouns[toks[m.first-2].lower] && (p == "of" || p == ",")
	venue := m.first >= 2 && toks[m.first].lower == "the" && (toks[m.first-1].lower == "in" || toks[m.first-1].lower == "at") &&
		!eventName(toks[m.last-1].lower) // not "at the Nuclear Security Summit": an event
	region := p == "to" && tr.visit && b.noun && (m.words == 1 || toks[m.first].lower == "the") // "a trip to the Far East"
	if m.typ == typeUnknown && (m.words == 1 && (p == "in" || p == "at" || named) || region || venue) {
		// "in Tondo", "the trip to Achin": a place the gazetteer lacks; "at
		// the West Lake State Guest House": a venue.
		m.typ, m.place = typePlace, gazetteer.Place{Name: m.name}
	}
	if m.typ == typePlace && named && b.f.place != nil && m.first-b.placeEnd <= 4 {
		b.f.place = nil // "the New Zealand resort of Taupo", "its capital, Yamoussoukro": the settlement
	}
	if m.typ != typePlace && !(m.typ == graphify.TypeCountry && (p == "in" || p == "at" || (tr.visit || b.travel) && (p == "to" || p == b.lower))) {
		return false
	}
	// A place where the meeting is: "in Sochi", "at the White House",
	// "visited Moscow", "a visit to Kabul", "the East Room of the White House".
	located := placePrepositions[p] || (tr.visit || b.travel || tr.host) && (p == "to" || p == b.lower) ||
		p == "of" && m.first-b.placeEnd <= 3 || m.first-b.placeEnd <= 1 ||
		named // "at the truce village of Panmunjom"
	located = located && !b.placeOfReport(m.first)
	switch {
	case located && b.f.place == nil:
		pl := m.place // the first such place
		b.f.place = &pl
		b.placeEnd = m.last
		b.placeAt = *m
	case located && !b.f.place.HasCoords && m.place.HasCoords && m.first-b.placeEnd <= 3:
		// A known place right after a venue the gazetteer lacks locates it:
		// "in the Oval Office at the White House", "the East Room of the
		// White House", "the West Lake State Guest House in Hangzhou".
		b.f.place = locateVenue(*b.f.place, m.place)
		b.placeEnd = m.last
	}
	if tr.visit && m.typ == graphify.TypeCountry {
		b.objects = append(b.objects, party{m: *m, role: graphify.RoleHost})
		b.lastEnd = m.last
	}
	return true
}

// eventName reports the last word of an event's name: "Summit", "Forum".
func eventName(w string) bool {
	_, trig := triggers[w]
	return trig || eventWords[w]
}

// eventWords end the names of events that are not places.
var eventWords = map[string]bool{"forum": true, "session": true, "assembly": true, "conference": true, "games": true, "congress": true, "convention": true}

// locateVenue gives a venue the gazetteer lacks the city, country and
// coordinates of the known place it is in.
func locateVenue(venue, in gazetteer.Place) *gazetteer.Place {
	venue.Kind, venue.Country = "venue", in.Country
	venue.Lat, venue.Lon, venue.HasCoords = in.Lat, in.Lon, true
	venue.City = in.Name
	if in.Kind == "venue" || in.Kind == "country" {
		venue.City = in.City
	}
	return &venue
}

// isObject reports whether a mention after the trigger is one of its
// parties: the trigger's object ("met X", "talks with X", "visit to X", "by
// X"), or the next of a list of them ("X, Y and Z").
func (b *builder) isObject(m mention, p string, at int) bool {
	toks, t, lower := b.toks, b.t, b.lower
	if !m.actor() || !partyShape(toks, m, t) || appositive(toks, b.ms, m) || namesGovernment(toks, m) {
		return false
	}
	if k := m.first - 1; saysAfter(toks, m.last) {
		for k > 0 && (quantifiers[toks[k].lower] || countWords[toks[k].lower] || isDeterminer(toks[k].lower)) {
			k--
		}
		if k >= 0 && toks[k].lower == "," {
			return false // ", Reed said", ", some experts say", ", the chairman of the board, CMB, said": the speaker, not one more party
		}
	}
	related := (p == "with" || p == "between") && relates(prevWord(toks, m.first-1), m) && m.first-t > 3
	anchor := !b.noun && !b.tr.topic && p == lower || (p == "with" || p == "between") && !related || p == "among" || p == "by" ||
		(lower == "ceremony" || senseChecks[lower] != nil && b.tr.host && b.noun) && (p == "for" || p == "of") && m.first-t <= 4 || // "a welcome ceremony for X", "a reception in honour of X"
		b.noun && (p == "were" || p == "included") && m.first-t <= 2 || // "Among those at the talks were X and Y"
		b.noun && includeVerbs[p] && (at-2 > t && includesNext(toks, prevIndex(toks, at)-1) || includedBy(toks, prevIndex(toks, at), t)) || // "a meeting last week which included the Secretary of Agriculture", "the talks, involving X"
		lower == "call" && b.prev(1) == "courtesy" && p == "on" && m.first-t <= 2 || // "a courtesy call on X"
		(lower == "reached" || lower == "reaching") && (p == "to" || p == "of") && m.first-t <= 10 || // "reached out by phone to (a number of) X"
		b.noun && nounLinks[p] && at-t <= 3 || // "visit to X", "a meeting of X": right after the noun
		p == "at" && m.first-t <= 3 && m.typ == graphify.TypeOrganization && publicBody(m.name) || // "meeting at the IMF": the body hosts
		p == "from" && fromParty[lower] && m.first-t <= 10 // "a briefing on the plan from X"
	if !anchor && !(b.lastEnd >= 0 && onlyConnectors(toks, b.lastEnd, m.first) && !indefinite(toks, m)) {
		return false // "…'s visit to China, an official said": not a list
	}
	if b.tr.host && m.typ != graphify.TypePerson && m.typ != graphify.TypeRole && m.typ != graphify.TypeGroup && m.typ != typePronoun &&
		!(m.typ == typeUnknown && strings.HasPrefix(lower, "greet")) { // "greeted Mattis"; but "received Food and Drug Administration approval"
		return false // "welcomed the decision", "received Iran's reply"
	}
	return true
}

// placeBefore takes a place named before the trigger when none follows it:
// "the Trump Tower meeting", "in Sochi, X met Y", "left for Ottawa for talks".
func (b *builder) placeBefore() {
	if b.f.place != nil {
		return
	}
	for _, m := range b.ms {
		p := prevWord(b.toks, m.first)
		if m.typ == typeUnknown && m.words == 1 && p == "to" && b.travel {
			m.typ, m.place = typePlace, gazetteer.Place{Name: m.name} // "flew to Kwale to meet": a place the gazetteer lacks
		}
		if m.typ != typePlace && m.typ != graphify.TypeCountry || m.last < b.left || m.last > b.t {
			continue
		}
		if m.last == b.t || p == "in" || p == "at" || (p == "to" || p == "for") && b.travel || b.tr.visit && departureVerbs[p] {
			pl := m.place
			b.f.place = &pl
			b.f.named = m.last == b.t && m.typ == typePlace && b.noun // "the Louvre meeting"
		}
	}
}

// roles gives hosts and visitors their roles and makes the frame's parties.
func (b *builder) roles() {
	tr := b.tr
	switch {
	case b.passive:
		setRole(b.byAgents, graphify.RoleHost)
		setRole(b.subjects, graphify.RoleVisitor)
		b.subjects = append(b.subjects, b.byAgents...)
	case tr.host:
		setRole(b.subjects, graphify.RoleHost)
		setRole(b.objects, graphify.RoleVisitor)
	case tr.visit || b.travel || b.lower == "call" && b.prev(1) == "courtesy":
		b.subjects = append(b.subjects, b.byAgents...) // "a visit by Nakasone": the visitor
		setRole(b.subjects, graphify.RoleVisitor)
		setRole(b.objects, graphify.RoleHost)
	default:
		b.objects = append(b.objects, b.byAgents...)
	}
	if tr.visit && !b.noun && b.prev(1) == "to" || b.noun {
		b.inviter() // "invited Putin to visit Paris", "invited Modi to London for talks"
	}
	b.f.toPlace = tr.visit && len(b.objects) == 0 && b.f.place == nil && b.visitsThing()
	if f := &b.f; tr.visit && f.place != nil && !hasRole(b.objects, graphify.RoleHost) && f.place.Country != "" && len(b.subjects) > 0 {
		// "during his visit to Moscow": the visited country hosts, named
		// as the text names the place (MEETINGS.md, "Visits").
		c := f.place.Country
		b.objects = append(b.objects, party{m: mention{first: b.placeAt.first, last: b.placeAt.last, typ: graphify.TypeCountry, name: c, country: c}, role: graphify.RoleHost, city: visitedCity(*f.place)})
	}
	for i := range b.objects {
		b.objects[i].object = true
	}
	b.f.parties = append(b.subjects, b.objects...)
	b.f.separate = b.prev(1) == "separate" || b.prev(2) == "separate" || b.prev(1) == "separately" || b.next(1) == "separately"
	for i := range b.f.parties {
		if b.f.parties[i].role == "" {
			b.f.parties[i].role = graphify.RoleParticipant
		}
		if m := b.f.parties[i].m; m.last > m.first {
			b.f.parties[i].text = b.sent[b.toks[m.first].start:b.toks[m.last-1].end]
		}
	}
}

// visitedCity returns the city a visit went to: the place itself, or the
// city of a venue; "" when the place is a country.
func visitedCity(pl gazetteer.Place) string {
	switch {
	case pl.Kind == "country":
		return ""
	case pl.Kind == "venue":
		return pl.City
	}
	return pl.Name
}

// travelsNow reports a travel verb in the present tense before the trigger:
// "leaves for Tokyo … to meet" is still to come; "flew to Kwale to meet"
// and "has travelled to Russia to meet" tell a trip made.
func (b *builder) travelsNow() bool {
	for k := b.left; k < b.t; k++ {
		if presentTravel[b.toks[k].lower] {
			return true
		}
	}
	return false
}

// presentTravel are travel verbs in the present tense.
var presentTravel = map[string]bool{
	"leaves": true, "leave": true, "flies": true, "fly": true, "travels": true, "travel": true,
	"heads": true, "head": true, "departs": true, "depart": true, "goes": true, "go": true,
}

// commaPhrase is the longest phrase set off by commas that a status cue
// after the meeting may reach past: "the trip by Baker, who was to have
// left April 30 and returned May 6, had been dropped".
const commaPhrase = 16

// visitsThing reports a visit whose object is a thing or a place no party
// or gazetteer names: "will visit the flooded towns", "a trip to the
// border"; not "the visit of X" nor "visit here".
func (b *builder) visitsThing() bool {
	k := b.t + 1
	if b.noun {
		if k >= len(b.toks) || b.toks[k].lower != "to" {
			return false
		}
		k++
	}
	if k >= len(b.toks) {
		return false
	}
	w := b.toks[k]
	return (isDeterminer(w.lower) || w.word && !w.upper) && !prepositions[w.lower] && !hereWords[w.lower] && !countWords[w.lower]
}

// hereWords stand for the place of the story's dateline, abroad for the
// wire: "an IMF mission would visit here in July".
var hereWords = map[string]bool{"here": true, "there": true}

// possessiveDeterminers own a meeting already arranged: "arrive for their
// meeting" tells the meeting, not only its purpose.
var possessiveDeterminers = map[string]bool{"their": true, "his": true, "her": true, "its": true}

// purposeFor reports "for" opening the meeting noun's phrase at t: "for
// talks", "for two days of talks", "for a round of talks".
func purposeFor(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		switch w := toks[k].lower; {
		case w == "for":
			return true
		case !toks[k].word || toks[k].upper || clauseEnds[w] || prepositions[w] && w != "of":
			return false
		}
	}
	return false
}

// inviter: "Macron invited Putin to visit Paris": the inviter hosts.
func (b *builder) inviter() {
	for k := b.t - 2; k >= b.left; k-- {
		if w := b.toks[k].lower; w != "invited" && w != "invites" && w != "invite" && w != "inviting" {
			continue
		}
		var hosts, guests []party
		for _, p := range b.subjects {
			if p.m.first < k {
				p.role = graphify.RoleHost
				hosts = append(hosts, p)
			} else {
				guests = append(guests, p)
			}
		}
		if len(hosts) > 0 && len(guests) > 0 {
			b.subjects, b.objects = guests, append(hosts, b.objects...)
		}
		return
	}
}

// settle drops the parties that cannot be ones (the press, a speaker),
// guesses one when none is left, and reports whether a meeting remains.
func (b *builder) settle() bool {
	f, toks, t := &b.f, b.toks, b.t
	if len(b.objects) > 0 && !slices.ContainsFunc(b.objects, func(p party) bool { return !pressParty(p.m) }) {
		return false // "met with reporters and editors": a press event
	}
	// The speaker of a nominal meeting is no party (MEETINGS.md): "Lopez
	// said negotiations would continue". A verb's subject may be both:
	// "Cavusoglu told reporters after meeting his Iranian counterpart".
	if b.noun && !hasLightVerb(toks, b.ms, b.left, t) {
		f.parties = slices.DeleteFunc(f.parties, func(p party) bool { return !p.addresses && speaker(toks, p.m, t) })
	}
	// The press is never a party (MEETINGS.md): "after a joint press
	// conference following their meeting".
	f.parties = slices.DeleteFunc(f.parties, func(p party) bool { return pressParty(p.m) })
	if len(f.parties) == 0 && !f.anaphoric && !pronounAfter(toks, t) {
		// Nobody linked to the meeting word by the rules above: the public
		// actor nearest to it in the sentence, one party only, so that the
		// meeting is told without guessing who met whom.
		p, ok := nearestActor(toks, b.ms, t, max(0, t-window/2, b.guessLeft()), min(len(toks), t+window/2, b.right))
		if !ok {
			// Past the clause, in the meeting's purpose, a body only: "talks
			// in London to set new ICO export quotas".
			p, ok = nearestActor(toks, b.ms, t, b.right, b.guessRight())
			ok = ok && p.m.typ == graphify.TypeOrganization
		}
		if ok {
			for _, q := range coordinatedAfter(toks, b.ms, p.m) { // "approaches made to Kuwait and Saudi Arabia": both
				q.role, q.weak = graphify.RoleParticipant, true
				q.text = b.sent[toks[q.m.first].start:toks[q.m.last-1].end]
				f.parties = append(f.parties, q)
			}
		}
	}
	f.named = len(f.parties) == 0 && f.place != nil && (f.named || f.kind == graphify.KindSummit && b.noun) // "the economic summit in Venice"
	switch {
	case len(f.parties) == 0 && !f.anaphoric && !f.named && (f.place == nil || !hasDateNear(toks, b.left, b.right)):
		return false // nothing to say who met: keep it only to be joined by later sentences
	case b.tr.host && !b.passive && len(b.objects) == 0:
		return false // "received a letter", "hosted a dinner"
	case b.passive && len(b.subjects) == len(b.byAgents):
		return false // "no proposal has been received": nobody was received
	case b.lower == "speaking" && len(b.objects) == 0 && !frontedAdverbial(toks, t):
		// "speaking by phone from Oman" is an interview; "after speaking
		// by phone, X and Y…" and "speaking with Y" are calls or talks.
		return false
	}
	return true
}

// statusPass reads the status from the words before the trigger, and just
// after it for "was cancelled"; cues may follow the whole phrase: "talks
// between X and Y were cancelled".
// pastLightVerbBefore reports a meeting noun that a light verb in the past
// tense governs: "opened talks with X expected to focus on trade" are
// under way, whatever is expected of them.
func pastLightVerbBefore(toks []token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		w := toks[k].lower
		if pastLightVerbs[w] {
			return k == 0 || !copulas[toks[k-1].lower] && toks[k-1].lower != "be" && toks[k-1].lower != "to" && !modalBefore[toks[k-1].lower]
		}
		if !toks[k].word || toks[k].upper || verbLike(toks[k]) {
			return false
		}
	}
	return false
}

// pastLightVerbs hold, open or close a meeting in the past tense.
var pastLightVerbs = map[string]bool{
	"opened": true, "held": true, "began": true, "started": true, "resumed": true, "concluded": true,
	"completed": true, "wrapped": true,
}

// guessLeft is where the nearest-actor guess may start: the trigger's
// clause, and the clause it is subordinate to ("OPEC will confirm the
// quotas when it meets"), but not past a clause that only gives a reason or
// a contrast ("negotiations end early because the U.S. spends billions").
func (b *builder) guessLeft() int {
	left := min(b.left, b.cueLeft)
	for left > 0 && dependentOpeners[b.toks[left-1].lower] {
		k := left - 1
		for k > 0 && k > b.t-window/2 && !clauseEnds[b.toks[k-1].lower] {
			k--
		}
		left = k
	}
	return left
}

// guessRight is where the nearest-actor guess may end: the end of the
// sentence's clause, past the meeting's purpose ("talks in London to set
// new ICO export quotas"), but not past "but", "because" or a report.
func (b *builder) guessRight() int {
	k := b.t + 1
	for k < len(b.toks) && k < b.t+window/2 && !clauseEnds[b.toks[k].lower] {
		k++
	}
	return k
}

// dependentOpeners open a clause that hangs on the one before it.
var dependentOpeners = map[string]bool{"when": true, "if": true, "whether": true, "who": true, "which": true}

// cueFrom is where a future auxiliary of the trigger may start: eight
// words back, not counting the words of names ("will also attend
// International Monetary Fund and World Bank meetings"), within the clause.
func (b *builder) cueFrom() int {
	k, words := b.t, 0
	for k > b.cueLeft && words < 8 && b.toks[k-1].lower != "," {
		k--
		if !inMention(b.ms, k) {
			words++
		}
	}
	return min(k, max(b.cueLeft, b.t-8))
}

func (b *builder) statusPass() {
	f, toks, t := &b.f, b.toks, b.t
	tail := max(t, b.lastEnd)
	to := max(b.right, tail+1)
	if tail+1 < len(toks) && toks[tail].lower == "," {
		// "The meeting between X and Y, scheduled for next week, has been
		// postponed", "the trip by Baker, who was to have left April 30,
		// had been dropped": past a phrase set off by commas.
		for k := tail + 1; k < len(toks) && k < tail+commaPhrase && (!clauseEnds[toks[k].lower] || k == tail+1); k++ {
			if toks[k].lower == "," {
				tail, to = k, k+4
				break
			}
		}
	}
	f.status = status(toks, max(b.cueLeft, t-8, relativeEnd(toks, t)), b.cueFrom(), t, min(len(toks), to, tail+4))
	if f.status == graphify.StatusHeld && !f.past && (laterAfter(toks, t, b.right) || frontedAdverbial(toks, t) && mainClauseWill(toks, t)) {
		f.status = graphify.StatusPlanned // "their summit later in the week"
	}
	f.future = f.status == graphify.StatusPlanned || f.status == graphify.StatusProposed
	if b.noun && f.status == graphify.StatusHeld && plannedAfter(toks, t) && !pastLightVerbBefore(toks, t) {
		f.status = graphify.StatusPlanned // "the summit will be held in Hanoi", "talks … are scheduled for Tuesday"
	}
	if (!b.noun && b.prev(1) == "to" || b.noun && b.tr.visit) && f.status == graphify.StatusHeld && b.travelsNow() {
		f.status = graphify.StatusPlanned // "leaves for Tokyo on Wednesday to meet …", "leaves on Saturday on a trip to …"
	}
	f.future = f.future || f.status == graphify.StatusPlanned
	if b.noun && !b.tr.visit && b.travel && purposeFor(toks, t) && !possessiveDeterminers[b.prev(1)] && f.status == graphify.StatusHeld {
		// "arrived in Caracas last night for talks": their outcome is not
		// told; the date is the arrival's, which may be past.
		f.status = graphify.StatusPlanned
	}
	if b.noun && f.status == graphify.StatusHeld && (b.prev(1) == "any" || b.prev(2) == "any" && !b.toks[b.t-1].upper) {
		f.status = graphify.StatusProposed // "any negotiations with Algeria would …": a meeting only supposed
	}
	if b.lower == "visiting" && b.prev(1) != "was" && b.prev(1) != "were" && b.prev(1) != "is" {
		f.status = graphify.StatusHeld // "the visiting president"
	}
}
