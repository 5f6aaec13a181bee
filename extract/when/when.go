// Package when finds date expressions in a news sentence and resolves them
// against the article's publication date.
//
// It is a hand-written scanner over a few dozen English rules ("on Thursday",
// "last week", "earlier this month", "June 18, 2023", "in 2016", "mid-May",
// "two years ago", "on the eve of ..."), not a general date parser, and it is
// meant for the per-sentence hot path: one pass, no regular expressions, and
// (for sentences of up to 64 tokens) allocations only for the result.
//
// Values follow TIMEX3 (TimeML) normalisation, as in the TempEval-3 corpora:
// "2018-05-17" (day), "2018-W19" (week), "2018-W19-WE" (weekend),
// "2018-05" (month), "2018-SU" (season), "2018-Q2" (quarter), "2018" (year),
// "199" (decade), "19" (century), "PRESENT_REF" ("now") and "PAST_REF"
// ("in the past").
//
// Dates without a year follow news usage. Bare weekdays and months point to
// the past ("on Thursday" in a Friday story is the day before, "Friday" is
// the same day, "in June" is last June) unless a future cue stands near them
// in the same clause ("will", "is due to", "is expected", "scheduled", "to
// meet", "next"). A month and day ("June 12") is the nearest such day,
// unless the clause's tense ("met", "will meet") says which side of the
// publication date it lies on.
package when

import (
	"strconv"
	"strings"
	"time"
)

// Expr is a date expression found in a sentence.
type Expr struct {
	Start, End int    // byte offsets in the sentence: Text == sentence[Start:End]
	Text       string // the words, e.g. "on Thursday", "last week", "June 18, 2023", "in 2016"
	// Value is the TIMEX3-style normalised value: "2018-05-17", "2018-W19",
	// "2018-05", "2018", ... It is "" when the expression needs a reference
	// date and none was given, or for "on the eve of" with no date after it.
	Value string
	// Precision is "day", "week", "weekend", "month", "season", "quarter",
	// "year", "decade", "century", "present" or "past"; "" when unknown.
	Precision string
	// Mod is the TIMEX3 modifier: "START" (early May), "MID" (mid-May),
	// "END" (late May, the end of the year), or "".
	Mod string
	// Relation is "" normally; "since", "until" (until, till, through),
	// "before" (before, ahead of, prior to), "after", or "eve" for "on the
	// eve of X", where Value is the date of X (the eve is the day before).
	Relation string
}

// MonthOf returns the month that a month's name or abbreviation names
// ("June", "sept", "Dec."), whatever its case.
func MonthOf(name string) (time.Month, bool) {
	w, ok := lexicon[strings.TrimSuffix(strings.ToLower(name), ".")]
	if !ok || !isMonth(w) {
		return 0, false
	}
	return time.Month(w-wJan) + 1, true
}

// Find returns the date expressions in sentence, in order, resolved against
// ref, the publication date. A zero ref means unknown: then only absolute
// dates ("June 18, 2023", "in 2016") get a Value, and relative ones ("last
// week", "on Thursday", "May 17") are returned with Value "".
func Find(sentence string, ref time.Time) []Expr {
	var buf [64]token
	sc := scanner{s: sentence, toks: tokenize(sentence, buf[:0])}
	if !ref.IsZero() {
		y, m, d := ref.Date()
		sc.hasRef, sc.ry, sc.rm, sc.rd, sc.rwd = true, y, int(m), d, ref.Weekday()
	}
	var out []Expr
	for i := 0; i < len(sc.toks); {
		e, j := sc.match(i)
		if j <= i {
			i++
			continue
		}
		// Text is cut from sentence here, not inside the scanner, so that
		// escape analysis keeps the scanner and its tokens on the stack.
		e.Text = sentence[e.Start:e.End]
		if out == nil {
			out = make([]Expr, 0, 2)
		}
		out = append(out, e)
		if sc.extraYear != 0 {
			s, e := sc.extraStart, sc.extraEnd
			out = append(out, Expr{Start: s, End: e, Text: sentence[s:e],
				Value: val{prec: pYear, known: true, y: sc.extraYear}.format(), Precision: "year"})
			j = sc.extraNext
		}
		i = j
	}
	return out
}

type prec uint8

const (
	pNone prec = iota
	pDay
	pWeek
	pWeekend
	pMonth
	pSeason
	pQuarter
	pYear
	pDecade
	pCentury
	pPresent
	pPast
)

var precNames = [...]string{"", "day", "week", "weekend", "month", "season", "quarter", "year", "decade", "century", "present", "past"}

var modNames = [...]string{"", "START", "MID", "END"}

const (
	modNone uint8 = iota
	modStart
	modMid
	modEnd
)

// val is a resolved date. For pWeek and pWeekend, y is the ISO year and n the
// week; for pSeason n is the season (0 spring .. 3 winter); for pQuarter n is
// the quarter; for pDecade and pCentury y is "199" or "19".
type val struct {
	prec    prec
	known   bool // y, m, d, n hold a value
	mod     uint8
	y, m, d int
	n       int
	rel     string
}

type scanner struct {
	s      string
	toks   []token
	hasRef bool
	ry     int
	rm, rd int
	rwd    time.Weekday
	// A second year found by the last rule: the "58" of "1957-58". Plain
	// ints, so that no string flows from the scanner to the heap.
	extraStart, extraEnd, extraYear, extraNext int
}

// match tries the rules at token i and returns the expression found there
// (without its Text) and the index of the token after it, or -1.
func (sc *scanner) match(i int) (Expr, int) {
	start := i
	rel := ""
	prep := wNone
	switch sc.toks[i].id {
	case wOn, wIn, wDuring:
		prep = sc.toks[i].id
		i++
	case wAt: // "at the end of", "at the time", not "at 1000 GMT"
		if sc.id(i+1) == wThe {
			prep = wAt
			i++
		}
	case wSince:
		rel, prep = "since", wSince
		i++
	case wUntil, wTill, wThrough:
		rel, prep = "until", wUntil
		i++
	case wBefore:
		rel, prep = "before", wBefore
		i++
	case wAfter:
		rel, prep = "after", wAfter
		i++
	case wAhead, wPrior:
		if sc.id(i+1) == wOf || sc.id(i+1) == wTo {
			rel, prep = "before", wBefore
			i += 2
		}
	}
	sc.extraYear = 0
	if i >= len(sc.toks) {
		return Expr{}, -1
	}
	v, j, ok := sc.core(i, prep)
	if !ok {
		return Expr{}, -1
	}
	if v.rel == "" {
		v.rel = rel
	}
	// In "in last year's budget" the preposition belongs to the noun.
	if prep != wNone && v.rel == "" && sc.possessive(j) {
		start = i
	}
	return sc.expr(start, j, v), j
}

func (sc *scanner) expr(i, j int, v val) Expr {
	return Expr{
		Start:     sc.toks[i].start,
		End:       sc.toks[j-1].end,
		Value:     v.format(),
		Precision: precNames[v.prec],
		Mod:       modNames[v.mod],
		Relation:  v.rel,
	}
}

// possessive reports whether tokens i, i+1 are the "'s" of a possessive.
func (sc *scanner) possessive(i int) bool {
	if !(sc.punct(i, '\'') || sc.punct(i, '’')) || !sc.adjacent(i) || i+1 >= len(sc.toks) {
		return false
	}
	t := &sc.toks[i+1]
	return t.end-t.start == 1 && (sc.s[t.start] == 's' || sc.s[t.start] == 'S')
}

// id returns the lexicon id of token i, or wNone past the end.
func (sc *scanner) id(i int) word {
	if i < 0 || i >= len(sc.toks) {
		return wNone
	}
	return sc.toks[i].id
}

func (sc *scanner) punct(i int, r rune) bool {
	return i >= 0 && i < len(sc.toks) && sc.toks[i].kind == kPunct && sc.toks[i].ch == r
}

func (sc *scanner) dash(i int) bool {
	return sc.punct(i, '-') || sc.punct(i, '–') || sc.punct(i, '—')
}

// adjacent reports whether tokens i and i+1 touch (no space between them).
func (sc *scanner) adjacent(i int) bool {
	return i >= 0 && i+1 < len(sc.toks) && sc.toks[i].end == sc.toks[i+1].start
}

// glued reports whether token i+1 continues token i as part of a number or
// word: "58a", "58.5", "05-17" (but not "58," or "58.").
func (sc *scanner) glued(i int) bool {
	if !sc.adjacent(i) {
		return false
	}
	n := &sc.toks[i+1]
	if n.kind != kPunct {
		return true
	}
	switch n.ch {
	case '-', '/', '.', ',', ':':
		return i+2 < len(sc.toks) && sc.adjacent(i+1) && sc.toks[i+2].kind == kNum
	}
	return false
}

// num returns the value of token i if it is a plain number of 1..maxDig digits.
func (sc *scanner) num(i int, maxDig uint8) (int, bool) {
	if i < 0 || i >= len(sc.toks) {
		return 0, false
	}
	t := &sc.toks[i]
	if t.kind != kNum || t.suf != sufNone || t.ndig > maxDig || t.num < 0 {
		return 0, false
	}
	return t.num, true
}

// dayNum returns token i as a day of the month: "17" or "17th".
func (sc *scanner) dayNum(i int) (int, bool) {
	if i < 0 || i >= len(sc.toks) {
		return 0, false
	}
	t := &sc.toks[i]
	if t.kind != kNum || t.ndig > 2 || t.num < 1 || t.num > 31 || (t.suf != sufNone && t.suf != sufOrd) {
		return 0, false
	}
	return t.num, true
}

// yearNum returns token i as a four-digit year in lo..hi.
func (sc *scanner) yearNum(i, lo, hi int) (int, bool) {
	n, ok := sc.num(i, 4)
	if !ok || sc.toks[i].ndig != 4 || n < lo || n > hi {
		return 0, false
	}
	return n, true
}

// month returns the month of token i if it is a capitalised month name.
func (sc *scanner) month(i int) (int, bool) {
	if i < 0 || i >= len(sc.toks) || !isMonth(sc.toks[i].id) || !sc.toks[i].upper {
		return 0, false
	}
	return int(sc.toks[i].id-wJan) + 1, true
}

// core matches an expression starting at token i, after an optional
// preposition prep.
func (sc *scanner) core(i int, prep word) (val, int, bool) {
	if i >= len(sc.toks) {
		return val{}, 0, false
	}
	t := &sc.toks[i]
	if t.kind == kNum {
		return sc.number(i)
	}
	if _, ok := sc.month(i); ok {
		return sc.monthFirst(i, prep != wNone || sc.monthCue(i-1))
	}
	if isWeekday(t.id) {
		return sc.weekday(i, i+1)
	}
	if isSeason(t.id) {
		return sc.season(i)
	}
	switch t.id {
	case wThe:
		return sc.the(i, prep)
	case wToday, wTonight:
		return sc.dayOffset(0), i + 1, true
	case wYesterday:
		return sc.dayOffset(-1), i + 1, true
	case wTomorrow:
		return sc.dayOffset(1), i + 1, true
	case wNow, wCurrently:
		if t.id == wNow && sc.id(i+1) == wThat {
			return val{}, 0, false
		}
		return val{prec: pPresent, known: true}, i + 1, true
	case wThis, wLast, wNext, wComing:
		return sc.deictic(i)
	case wEarlier, wLater:
		switch sc.id(i + 1) {
		case wThis, wLast, wNext, wToday, wTonight, wYesterday:
			return sc.core(i+1, wNone)
		}
	case wEarly, wLate, wMid:
		return sc.edge(i)
	case wFiscal:
		if y, ok := sc.yearNum(i+1, 1900, 2099); ok {
			return val{prec: pYear, known: true, y: y}, i + 2, true
		}
		if sc.id(i+1) == wYear {
			if y, ok := sc.yearNum(i+2, 1900, 2099); ok {
				return val{prec: pYear, known: true, y: y}, i + 3, true
			}
		}
	case wFirst, wSecond, wThird, wFourth:
		return sc.quarter(i)
	case wNineteenth, wTwentieth:
		if sc.id(i+1) == wCentury {
			return val{prec: pCentury, known: true, y: int(t.id-wNineteenth) + 18}, i + 2, true
		}
	}
	if n := numberWord(t.id); n > 0 {
		return sc.ago(i, i+1, n)
	}
	return val{}, 0, false
}

// monthCue reports whether token i makes a following bare month name a date:
// "in May", "since January", "of June".
func (sc *scanner) monthCue(i int) bool {
	switch sc.id(i) {
	case wIn, wSince, wUntil, wTill, wThrough, wBefore, wAfter, wDuring, wOf,
		wEarly, wLate, wMid, wLast, wNext, wThis, wBy, wFrom, wTo:
		return true
	}
	return false
}

// monthFirst matches "May 17", "May 17, 2018", "Jan. 5", "March 3-4",
// "May 2010", "May of 2010" and, when cued, a bare "May".
func (sc *scanner) monthFirst(i int, cued bool) (val, int, bool) {
	m, _ := sc.month(i)
	j := i + 1
	abbrev := sc.toks[i].end-sc.toks[i].start < len(monthNames[m-1])
	if abbrev && sc.punct(j, '.') && sc.adjacent(i) {
		j++
	}
	if d, ok := sc.dayNum(j); ok {
		if sc.punct(j+1, ':') {
			return val{}, 0, false // a clock time
		}
		k := j + 1
		if sc.dash(k) {
			if _, ok := sc.dayNum(k + 1); ok {
				k += 2
			}
		}
		y, hasY := 0, false
		if sc.punct(k, ',') {
			if y, hasY = sc.yearNum(k+1, 1000, 2999); hasY {
				k += 2
			}
		} else if y, hasY = sc.yearNum(k, 1000, 2999); hasY {
			k++
		}
		if !validDay(y, m, d) {
			return val{}, 0, false
		}
		if hasY {
			return val{prec: pDay, known: true, y: y, m: m, d: d}, k, true
		}
		return sc.dayOfYear(m, d, sc.tense(i, k)), k, true
	}
	if y, ok := sc.yearNum(j, 1000, 2999); ok {
		return val{prec: pMonth, known: true, y: y, m: m}, j + 1, true
	}
	if sc.id(j) == wOf {
		if y, ok := sc.yearNum(j+1, 1000, 2999); ok {
			return val{prec: pMonth, known: true, y: y, m: m}, j + 2, true
		}
	}
	if !cued || m == 5 && !sc.mayCue(i-1) {
		return val{}, 0, false
	}
	return sc.monthOfYear(m, sc.future(i, i+1)), i + 1, true
}

// mayCue is monthCue for "May", which is also a name (Theresa May): "by May",
// "to May", "from May" are not dates.
func (sc *scanner) mayCue(i int) bool {
	switch sc.id(i) {
	case wBy, wTo, wFrom:
		return false
	}
	if sc.punct(i, '-') {
		return true
	}
	return sc.monthCue(i) || sc.id(i) == wOn || sc.id(i) == wAt || sc.id(i) == wEarly || sc.id(i) == wLate
}

var monthNames = [12]string{"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december"}

func validDay(y, m, d int) bool {
	if d < 1 || m < 1 || m > 12 {
		return false
	}
	if y == 0 {
		y = 2000 // leap: allow Feb 29 with an unknown year
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 12, 0, 0, 0, time.UTC).Day()
}

// weekday matches "Thursday", "Thursday night", "Thursday, May 17".
// end is where the weekday word ends (after "next"/"last" it is the same).
func (sc *scanner) weekday(i, end int) (val, int, bool) {
	wd := time.Weekday(sc.toks[end-1].id - wSun)
	j := end
	// "Thursday, May 17, 2018" or "Thursday May 17": the explicit date wins.
	k := j
	if sc.punct(k, ',') {
		k++
	}
	if _, ok := sc.month(k); ok {
		if v, e, ok := sc.monthFirst(k, false); ok && v.prec == pDay {
			return v, e, true
		}
	}
	switch sc.id(j) {
	case wMorning, wAfternoon, wEvening, wNight:
		j++
	}
	mode := modePast
	if sc.future(i, j) {
		mode = modeFuture
	}
	return sc.weekdayOf(wd, mode), j, true
}

const (
	modePast   = iota // the latest such day on or before ref
	modeFuture        // the first such day on or after ref
	modeLast          // the latest such day before ref
	modeNext          // the first such day after ref
)

func (sc *scanner) weekdayOf(wd time.Weekday, mode int) val {
	if !sc.hasRef {
		return val{prec: pDay}
	}
	back := (int(sc.rwd) - int(wd) + 7) % 7
	fwd := (int(wd) - int(sc.rwd) + 7) % 7
	var off int
	switch mode {
	case modePast:
		off = -back
	case modeFuture:
		off = fwd
	case modeLast:
		off = -back
		if off == 0 {
			off = -7
		}
	case modeNext:
		off = fwd
		if off == 0 {
			off = 7
		}
	}
	return sc.dayOffset(off)
}

func (sc *scanner) dayOffset(off int) val {
	if !sc.hasRef {
		return val{prec: pDay}
	}
	t := time.Date(sc.ry, time.Month(sc.rm), sc.rd+off, 12, 0, 0, 0, time.UTC)
	return val{prec: pDay, known: true, y: t.Year(), m: int(t.Month()), d: t.Day()}
}

func (sc *scanner) weekOffset(off int, prec prec) val {
	if !sc.hasRef {
		return val{prec: prec}
	}
	t := time.Date(sc.ry, time.Month(sc.rm), sc.rd+7*off, 12, 0, 0, 0, time.UTC)
	y, w := t.ISOWeek()
	return val{prec: prec, known: true, y: y, n: w}
}

func (sc *scanner) monthOffset(off int) val {
	if !sc.hasRef {
		return val{prec: pMonth}
	}
	n := sc.ry*12 + sc.rm - 1 + off
	return val{prec: pMonth, known: true, y: n / 12, m: n%12 + 1}
}

func (sc *scanner) yearOffset(off int) val {
	if !sc.hasRef {
		return val{prec: pYear}
	}
	return val{prec: pYear, known: true, y: sc.ry + off}
}

// dayOfYear resolves "May 17": in a past-tense clause the latest May 17 on
// or before ref, in a future one the first on or after it, and otherwise the
// nearest (news style gives no year for dates of the current year).
func (sc *scanner) dayOfYear(m, d int, tn tense) val {
	if !sc.hasRef {
		return val{prec: pDay}
	}
	ref := time.Date(sc.ry, time.Month(sc.rm), sc.rd, 12, 0, 0, 0, time.UTC)
	best, bestDiff := 0, time.Duration(1<<63-1)
	for y := sc.ry - 1; y <= sc.ry+1; y++ {
		if !validDay(y, m, d) {
			continue
		}
		diff := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC).Sub(ref)
		if tn == tensePast && diff > 0 || tn == tenseFuture && diff < 0 {
			continue
		}
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDiff {
			best, bestDiff = y, diff
		}
	}
	if best == 0 {
		return val{prec: pDay}
	}
	return val{prec: pDay, known: true, y: best, m: m, d: d}
}

// monthOfYear resolves a bare month name, past or future.
func (sc *scanner) monthOfYear(m int, future bool) val {
	if !sc.hasRef {
		return val{prec: pMonth}
	}
	y := sc.ry
	if future && m < sc.rm {
		y++
	} else if !future && m > sc.rm {
		y--
	}
	return val{prec: pMonth, known: true, y: y, m: m}
}

// deictic matches this/last/next/coming/previous + week, month, year,
// weekday, month name, season, quarter, night.
func (sc *scanner) deictic(i int) (val, int, bool) {
	w := sc.toks[i].id
	off := 0
	switch w {
	case wLast:
		off = -1
	case wNext, wComing:
		off = 1
	}
	j := i + 1
	if j >= len(sc.toks) {
		return val{}, 0, false
	}
	t := &sc.toks[j]
	if isWeekday(t.id) {
		switch w {
		case wLast:
			return sc.weekdayWith(i, j, modeLast)
		case wNext, wComing:
			return sc.weekdayWith(i, j, modeNext)
		}
		return sc.weekday(i, j+1)
	}
	if m, ok := sc.month(j); ok {
		if w == wComing {
			return val{}, 0, false
		}
		return sc.relMonth(m, off), j + 1, true
	}
	if isSeason(t.id) {
		return sc.relSeason(int(t.id-wSpring), off), j + 1, true
	}
	switch t.id {
	case wDay, wWeek, wMonth, wYear:
		if c := sc.s[t.end-1]; c == 's' || c == 'S' {
			return val{}, 0, false // "the coming weeks", "last years"
		}
	}
	switch t.id {
	case wWeek:
		return sc.weekOffset(off, pWeek), j + 1, true
	case wWeekend:
		return sc.weekOffset(off, pWeekend), j + 1, true
	case wMonth:
		return sc.monthOffset(off), j + 1, true
	case wYear:
		return sc.yearOffset(off), j + 1, true
	case wFiscal:
		if sc.id(j+1) == wYear {
			return sc.yearOffset(off), j + 2, true
		}
	case wQuarter:
		return sc.quarterOffset(off), j + 1, true
	case wNight, wEvening:
		if w == wLast {
			return sc.dayOffset(-1), j + 1, true
		}
		if w == wThis {
			return sc.dayOffset(0), j + 1, true
		}
	case wMorning, wAfternoon:
		if w == wThis {
			return sc.dayOffset(0), j + 1, true
		}
	}
	return val{}, 0, false
}

func (sc *scanner) weekdayWith(i, j, mode int) (val, int, bool) {
	wd := time.Weekday(sc.toks[j].id - wSun)
	k := j + 1
	switch sc.id(k) {
	case wMorning, wAfternoon, wEvening, wNight:
		k++
	}
	return sc.weekdayOf(wd, mode), k, true
}

// relMonth resolves "last May" (the latest May before this month), "next May"
// and "this May".
func (sc *scanner) relMonth(m, off int) val {
	if !sc.hasRef {
		return val{prec: pMonth}
	}
	y := sc.ry
	switch {
	case off < 0 && m >= sc.rm:
		y--
	case off > 0 && m <= sc.rm:
		y++
	}
	return val{prec: pMonth, known: true, y: y, m: m}
}

// season of a month: 0 spring (Mar-May), 1 summer, 2 fall, 3 winter (Dec-Feb,
// named after the year of its December).
func (sc *scanner) refSeason() (y, s int) {
	switch {
	case sc.rm <= 2:
		return sc.ry - 1, 3
	case sc.rm == 12:
		return sc.ry, 3
	}
	return sc.ry, (sc.rm - 3) / 3
}

func (sc *scanner) relSeason(s, off int) val {
	if !sc.hasRef {
		return val{prec: pSeason}
	}
	ry, rs := sc.refSeason()
	cur := ry*4 + rs
	k := ry*4 + s
	switch {
	case off < 0:
		for k >= cur {
			k -= 4
		}
	case off > 0:
		for k <= cur {
			k += 4
		}
	}
	return val{prec: pSeason, known: true, y: k / 4, n: k % 4}
}

func (sc *scanner) quarterOffset(off int) val {
	if !sc.hasRef {
		return val{prec: pQuarter}
	}
	k := sc.ry*4 + (sc.rm-1)/3 + off
	return val{prec: pQuarter, known: true, y: k / 4, n: k%4 + 1}
}

// quarter matches "first quarter", "fourth quarter of 2012", "first quarter 2013".
func (sc *scanner) quarter(i int) (val, int, bool) {
	if sc.id(i+1) != wQuarter {
		return val{}, 0, false
	}
	q := int(sc.toks[i].id-wFirst) + 1
	j := i + 2
	if sc.id(j) == wOf {
		if y, ok := sc.yearNum(j+1, 1900, 2099); ok {
			return val{prec: pQuarter, known: true, y: y, n: q}, j + 2, true
		}
	}
	if y, ok := sc.yearNum(j, 1900, 2099); ok {
		return val{prec: pQuarter, known: true, y: y, n: q}, j + 1, true
	}
	if !sc.hasRef {
		return val{prec: pQuarter}, j, true
	}
	rq := (sc.rm-1)/3 + 1
	y := sc.ry
	if sc.future(i, j) {
		if q < rq {
			y++
		}
	} else if q > rq {
		y--
	}
	return val{prec: pQuarter, known: true, y: y, n: q}, j, true
}

// season matches "summer 2012" and "summer of 2012".
func (sc *scanner) season(i int) (val, int, bool) {
	s := int(sc.toks[i].id - wSpring)
	j := i + 1
	if sc.id(j) == wOf {
		j++
	}
	if y, ok := sc.yearNum(j, 1900, 2099); ok {
		return val{prec: pSeason, known: true, y: y, n: s}, j + 1, true
	}
	return val{}, 0, false
}

// edge matches early/late/mid + a month, year, season or decade: "early
// December", "late 2016", "mid-May", "early this year", "late last July".
func (sc *scanner) edge(i int) (val, int, bool) {
	var mod uint8
	switch sc.toks[i].id {
	case wEarly:
		mod = modStart
	case wLate:
		mod = modEnd
	default:
		mod = modMid
	}
	j := i + 1
	if sc.dash(j) && sc.adjacent(i) {
		j++
	}
	if j >= len(sc.toks) {
		return val{}, 0, false
	}
	var v val
	var e int
	var ok bool
	if _, isM := sc.month(j); isM {
		v, e, ok = sc.monthFirst(j, true)
	} else {
		v, e, ok = sc.core(j, wNone)
	}
	if !ok {
		return val{}, 0, false
	}
	switch v.prec {
	case pDay, pPresent, pPast, pNone:
		return val{}, 0, false
	}
	v.mod = mod
	return v, e, true
}

// the matches expressions that start with "the": "the eve of", "the end of
// the year", "the 1990s", "the 20th century", "the last week", "the
// weekend", "the first quarter", "the 17th of May", "in the past", "at the time".
func (sc *scanner) the(i int, prep word) (val, int, bool) {
	j := i + 1
	if j >= len(sc.toks) {
		return val{}, 0, false
	}
	t := &sc.toks[j]
	switch t.id {
	case wEve:
		if sc.id(j+1) != wOf {
			return val{}, 0, false
		}
		k := j + 2
		// The anchor may follow a few words: "on the eve of Tuesday's talks",
		// "on the eve of the May 9 parade".
		for a := k; a < k+4 && a < len(sc.toks); a++ {
			if sc.toks[a].kind == kPunct {
				break
			}
			if !anchorStart(&sc.toks[a]) {
				continue
			}
			if v, e, ok := sc.core(a, wOf); ok {
				v.rel = "eve"
				return v, e, true
			}
		}
		return val{rel: "eve"}, k, true
	case wEnd, wBeginning, wStart, wMiddle:
		if sc.id(j+1) != wOf {
			return val{}, 0, false
		}
		mod := modEnd
		switch t.id {
		case wBeginning, wStart:
			mod = modStart
		case wMiddle:
			mod = modMid
		}
		v, e, ok := sc.periodOf(j+2, mod)
		if !ok {
			return val{}, 0, false
		}
		v.mod = mod
		return v, e, true
	case wEarly, wLate, wMid:
		v, e, ok := sc.edge(j)
		if ok && (v.prec == pDecade || v.prec == pCentury) {
			return v, e, true
		}
	case wLast, wPast:
		if sc.id(j+1) == wWeek {
			return sc.weekOffset(-1, pWeek), j + 2, true
		}
		if t.id == wPast && prep == wIn && !sc.periodWord(j+1) {
			return val{prec: pPast, known: true}, j + 1, true
		}
	case wWeekend:
		if sc.future(i, j+1) {
			return sc.weekendAhead(), j + 1, true
		}
		return sc.weekendBehind(), j + 1, true
	case wTime:
		if prep == wAt && sc.id(j+1) != wOf {
			return val{prec: pPast, known: true}, j + 1, true
		}
	case wFirst, wSecond, wThird, wFourth:
		return sc.quarter(j)
	case wNineteenth, wTwentieth:
		return sc.core(j, wNone)
	}
	if t.kind == kNum {
		switch {
		case t.suf == sufS, t.suf == sufOrd && sc.id(j+1) == wCentury:
			return sc.number(j)
		case t.suf == sufOrd && sc.id(j+1) == wOf:
			return sc.number(j)
		}
	}
	if isSeason(t.id) {
		return sc.season(j)
	}
	return val{}, 0, false
}

// periodWord reports whether token i is a unit such as "week" or "year", or a
// number ("the past two weeks" is a duration, "in the past" is PAST_REF).
func (sc *scanner) periodWord(i int) bool {
	if i >= len(sc.toks) {
		return false
	}
	t := &sc.toks[i]
	switch t.id {
	case wDay, wWeek, wWeekend, wMonth, wYear, wDecade, wQuarter, wCentury, wFew:
		return true
	}
	return t.kind == kNum || numberWord(t.id) > 0 || isSeason(t.id)
}

func anchorStart(t *token) bool {
	if t.kind == kNum || isWeekday(t.id) || isMonth(t.id) && t.upper {
		return true
	}
	switch t.id {
	case wToday, wTonight, wTomorrow, wYesterday, wNext, wThis, wLast, wComing:
		return true
	}
	return false
}

// periodOf matches what follows "the end of": "the year", "year", "the
// month", "the week", "this year", "May", "2012", "the decade".
func (sc *scanner) periodOf(i int, mod uint8) (val, int, bool) {
	j := i
	if sc.id(j) == wThe {
		j++
	}
	switch sc.id(j) {
	case wYear:
		// The end of the year is December: past unless the sentence looks
		// ahead, like a bare month. The start of the year is January.
		m := 12
		if mod == modStart {
			m = 1
		} else if mod == modMid {
			m = 6
		}
		v := sc.monthOfYear(m, sc.future(i, j+1))
		return val{prec: pYear, known: v.known, y: v.y}, j + 1, true
	case wMonth:
		return sc.monthOffset(0), j + 1, true
	case wWeek:
		return sc.weekOffset(0, pWeek), j + 1, true
	}
	if j != i {
		return val{}, 0, false // "the end of the war"
	}
	if _, ok := sc.month(j); ok {
		v, e, ok := sc.monthFirst(j, true)
		if ok && v.prec == pMonth {
			return v, e, true
		}
		return val{}, 0, false
	}
	v, e, ok := sc.core(j, wNone)
	if !ok || v.prec == pDay || v.prec == pPresent || v.prec == pPast || v.prec == pNone {
		return val{}, 0, false
	}
	return v, e, true
}

func (sc *scanner) weekendBehind() val {
	if !sc.hasRef {
		return val{prec: pWeekend}
	}
	if sc.rwd == time.Saturday || sc.rwd == time.Sunday {
		return sc.weekOffset(0, pWeekend)
	}
	return sc.weekOffset(-1, pWeekend)
}

func (sc *scanner) weekendAhead() val { return sc.weekOffset(0, pWeekend) }

// number matches expressions that start with a number.
func (sc *scanner) number(i int) (val, int, bool) {
	t := &sc.toks[i]
	switch t.suf {
	case sufS: // 1990s
		if t.ndig == 4 && t.num >= 1000 && t.num%10 == 0 {
			return val{prec: pDecade, known: true, y: t.num / 10}, i + 1, true
		}
		return val{}, 0, false
	case sufOrd:
		if sc.id(i+1) == wCentury && t.num >= 1 && t.num <= 30 {
			return val{prec: pCentury, known: true, y: t.num - 1}, i + 2, true
		}
		if sc.id(i+1) == wOf {
			if m, ok := sc.month(i + 2); ok && validDay(0, m, t.num) {
				return sc.dayMonth(i, i+2, t.num, m)
			}
		}
		if m, ok := sc.month(i + 1); ok && validDay(0, m, t.num) {
			return sc.dayMonth(i, i+1, t.num, m)
		}
		return val{}, 0, false
	case sufOther:
		return val{}, 0, false
	}
	if t.ndig == 4 {
		// 2018-05-17, 2018/05/17
		if (sc.punct(i+1, '-') || sc.punct(i+1, '/')) && sc.adjacent(i) && sc.adjacent(i+1) && sc.adjacent(i+2) && sc.adjacent(i+3) &&
			sc.punct(i+3, sc.toks[i+1].ch) {
			m, ok1 := sc.num(i+2, 2)
			d, ok2 := sc.num(i+4, 2)
			if ok1 && ok2 && sc.toks[i+2].ndig == 2 && sc.toks[i+4].ndig == 2 && validDay(t.num, m, d) && !sc.glued(i+4) {
				return val{prec: pDay, known: true, y: t.num, m: m, d: d}, i + 5, true
			}
		}
		return sc.year(i)
	}
	if t.ndig <= 2 {
		// 5/17/2018 (US order unless the first number cannot be a month)
		if sc.punct(i+1, '/') && sc.punct(i+3, '/') && sc.adjacent(i) && sc.adjacent(i+1) && sc.adjacent(i+2) && sc.adjacent(i+3) {
			b, ok1 := sc.num(i+2, 2)
			y, ok2 := sc.yearNum(i+4, 1000, 2999)
			if ok1 && ok2 && !sc.glued(i+4) {
				m, d := t.num, b
				if m > 12 {
					m, d = d, m
				}
				if validDay(y, m, d) {
					return val{prec: pDay, known: true, y: y, m: m, d: d}, i + 5, true
				}
			}
			return val{}, 0, false
		}
		// 17 May 2018
		if m, ok := sc.month(i + 1); ok && validDay(0, m, t.num) {
			return sc.dayMonth(i, i+1, t.num, m)
		}
	}
	if t.ndig <= 3 && t.num > 0 {
		return sc.ago(i, i+1, t.num)
	}
	return val{}, 0, false
}

// dayMonth finishes "17 May", "17 May 2018", "17th of May" with the month at token m.
func (sc *scanner) dayMonth(i, mi, d, m int) (val, int, bool) {
	k := mi + 1
	if sc.punct(k, '.') && sc.adjacent(mi) && sc.toks[mi].end-sc.toks[mi].start < len(monthNames[m-1]) {
		k++
	}
	y, ok := sc.yearNum(k, 1000, 2999)
	if !ok && sc.punct(k, ',') {
		if y, ok = sc.yearNum(k+1, 1000, 2999); ok {
			k++
		}
	}
	if ok {
		if !validDay(y, m, d) {
			return val{}, 0, false
		}
		return val{prec: pDay, known: true, y: y, m: m, d: d}, k + 1, true
	}
	return sc.dayOfYear(m, d, sc.tense(i, mi+1)), mi + 1, true
}

// year matches a bare four-digit year 1900-2099 that is not a quantity, and
// the second year of a range: "2009-2010", "1957-58".
func (sc *scanner) year(i int) (val, int, bool) {
	t := &sc.toks[i]
	y := t.num
	if y < 1900 || y > 2099 || sc.quantity(i) {
		return val{}, 0, false
	}
	v := val{prec: pYear, known: true, y: y}
	// "1957-58": the "58" is a second expression.
	if sc.dash(i+1) && sc.adjacent(i) && sc.adjacent(i+1) {
		if n, ok := sc.num(i+2, 2); ok && sc.toks[i+2].ndig == 2 && !sc.glued(i+2) {
			y2 := y/100*100 + n
			if y2 > y {
				t2 := &sc.toks[i+2]
				sc.extraStart, sc.extraEnd, sc.extraYear, sc.extraNext = t2.start, t2.end, y2, i+3
			}
		}
	}
	return v, i + 1, true
}

// quantity reports whether the four-digit number at token i counts something:
// "2016 pages", "about 2000", "$1999", "1,999", "2016.5", "2016%".
func (sc *scanner) quantity(i int) bool {
	if i > 0 {
		p := &sc.toks[i-1]
		if p.kind == kPunct && sc.adjacent(i-1) {
			switch p.ch {
			case '$', '£', '€', '¥', '#', '+':
				return true
			case ',', '.':
				if i > 1 && sc.toks[i-2].kind == kNum && sc.adjacent(i-2) {
					return true
				}
			}
		}
		if p.id == wQuant {
			return true
		}
	}
	if i+1 < len(sc.toks) {
		n := &sc.toks[i+1]
		if n.kind == kPunct && sc.adjacent(i) {
			switch n.ch {
			case '%':
				return true
			case ',', '.', ':':
				if i+2 < len(sc.toks) && sc.toks[i+2].kind == kNum && sc.adjacent(i+1) {
					return true
				}
			}
		}
		if n.id == wUnit {
			return true
		}
		if n.kind == kPunct && (n.ch == '-' || n.ch == '–') && sc.adjacent(i) && i+2 < len(sc.toks) && sc.toks[i+2].id == wUnit {
			return true
		}
	}
	return false
}

// ago matches "two years ago", "a week ago", "3 days ago"; the number n is
// at tokens i..j-1.
func (sc *scanner) ago(i, j, n int) (val, int, bool) {
	if sc.id(j+1) != wAgo {
		return val{}, 0, false
	}
	switch sc.id(j) {
	case wDay:
		return sc.dayOffset(-n), j + 2, true
	case wWeek:
		return sc.weekOffset(-n, pWeek), j + 2, true
	case wMonth:
		return sc.monthOffset(-n), j + 2, true
	case wYear:
		return sc.yearOffset(-n), j + 2, true
	case wDecade:
		if !sc.hasRef {
			return val{prec: pDecade}, j + 2, true
		}
		return val{prec: pDecade, known: true, y: (sc.ry - 10*n) / 10}, j + 2, true
	}
	return val{}, 0, false
}

type tense uint8

const (
	tenseUnknown tense = iota
	tensePast
	tenseFuture
)

// future reports whether the expression at tokens i..j-1 points to the future.
func (sc *scanner) future(i, j int) bool { return sc.tense(i, j) == tenseFuture }

// tense guesses whether the expression at tokens i..j-1 points to the past
// or the future from the words near it in the same clause. The nearest cue
// before it wins: "will", "is due to", "scheduled", "to meet" (future), or a
// past-tense verb ("met", "was", "agreed"). Failing that, the first cue
// within a few words after it: "On Tuesday, the leaders will sign". A
// reporting verb ("said", "announced") right next to the expression dates
// the report, so it means the past; further away it starts or ends the
// reported clause, and the search stops there.
func (sc *scanner) tense(i, j int) tense {
	// Prepositions between a cue and the expression don't count as words:
	// "said on Friday" has the reporting verb next to the date.
	for k, n := i-1, 0; k >= 0 && n < 12; k-- {
		t := &sc.toks[k]
		if t.kind == kPunct {
			if endsClause(t.ch) {
				break
			}
			continue
		}
		switch sc.cue(k) {
		case cueFuture:
			return tenseFuture
		case cuePast:
			if n <= 3 || !sc.edVerb(k) { // a far "-ed" word is weak evidence
				return tensePast
			}
		case cueReport:
			if n == 0 {
				return tensePast
			}
			n = 12 // the clause ends here
			continue
		}
		if !isPrep(t.id) {
			n++
		}
	}
	// Look ahead only from the start of a clause ("On Tuesday, the leaders
	// will sign") or to the very next word ("Obama on Tuesday will meet"):
	// in "holders of record as of June 26 will vote" the verb is not the date's.
	far := 6
	if i > 0 && sc.toks[i-1].kind != kPunct && !(isPrep(sc.toks[i-1].id) && (i == 1 || sc.toks[i-2].kind == kPunct)) {
		far = 1
	}
	for k, n := j, 0; k < len(sc.toks) && n < far; k++ {
		t := &sc.toks[k]
		if t.kind == kPunct {
			if endsClause(t.ch) {
				break
			}
			continue
		}
		switch sc.cue(k) {
		case cueFuture:
			return tenseFuture
		case cuePast:
			return tensePast
		case cueReport:
			if n == 0 {
				return tensePast
			}
			return tenseUnknown
		}
		n++
	}
	return tenseUnknown
}

func isPrep(w word) bool {
	switch w {
	case wOn, wIn, wAt, wDuring, wSince, wUntil, wTill, wThrough, wBefore, wAfter, wBy, wFrom:
		return true
	}
	return false
}

func endsClause(r rune) bool {
	switch r {
	case '.', ';', '!', '?', ':', '"', '“', '”':
		return true
	}
	return false
}

const (
	cueNone = iota
	cueFuture
	cuePast
	cueReport
)

func (sc *scanner) cue(k int) int {
	switch sc.toks[k].id {
	case wFuture:
		if sc.participle(k) {
			return cueNone // "called off his planned summit on Thursday": an adjective, not the tense
		}
		return cueFuture
	case wNext, wTomorrow:
		return cueFuture
	case wLL:
		if sc.punct(k-1, '\'') || sc.punct(k-1, '’') {
			return cueFuture
		}
	case wGoing, wSet:
		if sc.id(k+1) == wTo {
			return cueFuture
		}
	case wVerb:
		if sc.id(k-1) == wTo {
			return cueFuture
		}
	case wBe:
		if sc.id(k-1) == wTo {
			return cueFuture // "is to be held"
		}
	case wPastVerb:
		if sc.id(k-1) != wBe {
			return cuePast // but not "will be held"
		}
	case wAgo, wYesterday, wLast:
		return cuePast
	case wReport:
		return cueReport
	case wNone:
		if sc.edVerb(k) {
			return cuePast
		}
	}
	return cueNone
}

// participle reports whether token k is a participle used as an adjective
// after a determiner or a possessive: "his planned summit", "the scheduled
// talks".
func (sc *scanner) participle(k int) bool {
	t := &sc.toks[k]
	if sc.s[t.end-2:t.end] != "ed" || k == 0 {
		return false
	}
	switch sc.id(k - 1) {
	case wThe, wA, wAn, wThis:
		return true
	}
	p := &sc.toks[k-1]
	w := sc.s[p.start:p.end]
	for _, poss := range [...]string{"his", "her", "their", "its", "our", "my", "your"} {
		if strings.EqualFold(w, poss) {
			return true
		}
	}
	return false
}

// edVerb reports whether token k looks like a past-tense verb: a lower-case
// word ending in "ed" ("agreed", "pleaded") that does not follow a form of
// "be" or a determiner.
func (sc *scanner) edVerb(k int) bool {
	t := &sc.toks[k]
	if t.kind != kWord || t.upper || t.end-t.start < 5 || t.id != wNone {
		return false
	}
	if sc.s[t.end-2:t.end] != "ed" {
		return false
	}
	// "was fired", "to be published", "the proposed talks": a participle.
	switch sc.id(k - 1) {
	case wBe, wThe, wA, wAn, wThis:
		return false
	}
	return true
}

func (v val) format() string {
	if !v.known {
		return ""
	}
	var b [16]byte
	out := b[:0]
	switch v.prec {
	case pPresent:
		return "PRESENT_REF"
	case pPast:
		return "PAST_REF"
	case pDecade:
		out = pad(out, v.y, 3)
	case pCentury:
		out = pad(out, v.y, 2)
	default:
		out = pad(out, v.y, 4)
	}
	switch v.prec {
	case pDay:
		out = append(out, '-')
		out = pad(out, v.m, 2)
		out = append(out, '-')
		out = pad(out, v.d, 2)
	case pMonth:
		out = append(out, '-')
		out = pad(out, v.m, 2)
	case pWeek, pWeekend:
		out = append(out, '-', 'W')
		out = pad(out, v.n, 2)
		if v.prec == pWeekend {
			out = append(out, '-', 'W', 'E')
		}
	case pSeason:
		out = append(out, '-')
		out = append(out, "SPSUFAWI"[2*v.n:2*v.n+2]...)
	case pQuarter:
		out = append(out, '-', 'Q', byte('0'+v.n))
	}
	return string(out)
}

func pad(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var d [20]byte
	s := strconv.AppendInt(d[:0], int64(n), 10)
	for k := len(s); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
}
