package when

// word is the lexicon id of a token. Only the words the rules look at have an id.
type word uint8

const (
	wNone word = iota

	// Months, contiguous from January. A month needs a capital letter to count
	// ("may", "march" are verbs).
	wJan
	wFeb
	wMar
	wApr
	wMay
	wJun
	wJul
	wAug
	wSep
	wOct
	wNov
	wDec

	// Weekdays, contiguous in time.Weekday order.
	wSun
	wMon
	wTue
	wWed
	wThu
	wFri
	wSat

	// Number words, contiguous from one.
	wOne
	wTwo
	wThree
	wFour
	wFive
	wSix
	wSeven
	wEight
	wNine
	wTen
	wEleven
	wTwelve
	wA
	wAn

	wToday
	wTonight
	wYesterday
	wTomorrow
	wNow
	wCurrently

	wThis
	wLast
	wNext
	wComing
	wPast
	wEarlier
	wLater
	wEarly
	wLate
	wMid

	wDay
	wWeek
	wWeekend
	wMonth
	wYear
	wDecade
	wQuarter
	wFiscal
	wCentury
	wMorning
	wAfternoon
	wEvening
	wNight

	// Seasons, contiguous in TIMEX order SP, SU, FA, WI.
	wSpring
	wSummer
	wFall
	wWinter

	// Ordinal words, contiguous from first.
	wFirst
	wSecond
	wThird
	wFourth

	wNineteenth
	wTwentieth

	wAgo
	wThe
	wOf
	wOn
	wIn
	wAt
	wDuring
	wSince
	wUntil
	wTill
	wThrough
	wBefore
	wAfter
	wAhead
	wPrior
	wTo
	wBy
	wFrom
	wAnd
	wEve
	wEnd
	wBeginning
	wStart
	wMiddle
	wTime
	wThat
	wFew // few, several

	// Tense cues.
	wFuture   // will, shall, would, due, scheduled, expected, plans, upcoming, ...
	wGoing    // future only before "to"
	wSet      // future only before "to"
	wLL       // the "ll" of "'ll"
	wVerb     // an infinitive that, after "to", points to the future: "to meet"
	wPastVerb // was, met, held, ...
	wReport   // said, told, announced, ...
	wBe       // be, been, being, is, are, was, were (before a participle)

	wUnit  // a noun that makes a preceding number a quantity: "2016 pages"
	wQuant // a word that makes a following number a quantity: "about 2000"
)

var lexicon = map[string]word{
	"january": wJan, "jan": wJan,
	"february": wFeb, "feb": wFeb,
	"march": wMar, "mar": wMar,
	"april": wApr, "apr": wApr,
	"may":  wMay,
	"june": wJun, "jun": wJun,
	"july": wJul, "jul": wJul,
	"august": wAug, "aug": wAug,
	"september": wSep, "sept": wSep, "sep": wSep,
	"october": wOct, "oct": wOct,
	"november": wNov, "nov": wNov,
	"december": wDec, "dec": wDec,

	"sunday": wSun, "monday": wMon, "tuesday": wTue, "wednesday": wWed,
	"thursday": wThu, "friday": wFri, "saturday": wSat,

	"one": wOne, "two": wTwo, "three": wThree, "four": wFour, "five": wFive, "six": wSix,
	"seven": wSeven, "eight": wEight, "nine": wNine, "ten": wTen, "eleven": wEleven,
	"twelve": wTwelve, "a": wA, "an": wAn,

	"today": wToday, "tonight": wTonight, "yesterday": wYesterday, "tomorrow": wTomorrow,
	"now": wNow, "currently": wCurrently,

	"this": wThis, "last": wLast, "next": wNext, "coming": wComing, "past": wPast,
	"earlier": wEarlier, "later": wLater, "early": wEarly,
	"late": wLate, "mid": wMid,

	"day": wDay, "days": wDay, "week": wWeek, "weeks": wWeek, "weekend": wWeekend,
	"month": wMonth, "months": wMonth, "year": wYear, "years": wYear,
	"decade": wDecade, "decades": wDecade, "quarter": wQuarter, "fiscal": wFiscal,
	"century": wCentury, "morning": wMorning, "afternoon": wAfternoon,
	"evening": wEvening, "night": wNight,

	"spring": wSpring, "summer": wSummer, "fall": wFall, "autumn": wFall, "winter": wWinter,

	"first": wFirst, "second": wSecond, "third": wThird, "fourth": wFourth,
	"nineteenth": wNineteenth, "twentieth": wTwentieth,

	"ago": wAgo, "the": wThe, "of": wOf, "on": wOn, "in": wIn, "at": wAt,
	"during": wDuring, "since": wSince, "until": wUntil, "till": wTill,
	"through": wThrough, "before": wBefore, "after": wAfter, "ahead": wAhead,
	"prior": wPrior, "to": wTo, "by": wBy, "from": wFrom, "and": wAnd, "eve": wEve,
	"end": wEnd, "beginning": wBeginning, "start": wStart, "middle": wMiddle, "time": wTime,
	"that": wThat, "few": wFew, "several": wFew,

	"will": wFuture, "shall": wFuture, "would": wFuture, "due": wFuture,
	"scheduled": wFuture, "expected": wFuture, "expects": wFuture, "plans": wFuture,
	"plan": wFuture, "upcoming": wFuture, "intends": wFuture, "aims": wFuture,
	"hopes": wFuture, "forthcoming": wFuture,
	"going": wGoing, "set": wSet, "ll": wLL,

	"meet": wVerb, "visit": wVerb, "hold": wVerb, "travel": wVerb, "begin": wVerb,
	"run": wVerb, "open": wVerb, "attend": wVerb, "host": wVerb, "sign": wVerb,
	"launch": wVerb, "resume": wVerb, "arrive": wVerb, "be": wBe, "finish": wVerb,
	"complete": wVerb, "announce": wVerb, "vote": wVerb, "discuss": wVerb,
	"decide": wVerb, "release": wVerb, "close": wVerb, "return": wVerb, "leave": wVerb,
	"fly": wVerb, "head": wVerb, "publish": wVerb, "take": wVerb, "testify": wVerb,
	"address": wVerb, "speak": wVerb, "talk": wVerb, "receive": wVerb, "planned": wFuture,

	"said": wReport, "says": wReport, "told": wReport, "tells": wReport,
	"announced": wReport, "announces": wReport, "added": wReport, "stated": wReport,
	"reported": wReport, "confirmed": wReport, "declared": wReport, "noted": wReport,
	"was": wPastVerb, "were": wPastVerb,
	"had": wPastVerb, "did": wPastVerb, "met": wPastVerb, "held": wPastVerb,
	"took": wPastVerb, "made": wPastVerb, "came": wPastVerb, "went": wPastVerb,
	"gave": wPastVerb, "spoke": wPastVerb, "began": wPastVerb, "left": wPastVerb,
	"sent": wPastVerb, "won": wPastVerb, "lost": wPastVerb, "fell": wPastVerb,
	"rose": wPastVerb, "got": wPastVerb, "saw": wPastVerb, "brought": wPastVerb,
	"became": wPastVerb, "been": wBe, "being": wBe, "is": wBe, "are": wBe, "wrote": wPastVerb, "flew": wPastVerb, "ran": wPastVerb,

	"people": wUnit, "persons": wUnit, "pages": wUnit, "km": wUnit,
	"kilometers": wUnit, "kilometres": wUnit, "miles": wUnit, "meters": wUnit,
	"metres": wUnit, "feet": wUnit, "ft": wUnit, "kg": wUnit, "tons": wUnit,
	"tonnes": wUnit, "dollars": wUnit, "euros": wUnit, "pounds": wUnit,
	"yuan": wUnit, "yen": wUnit, "votes": wUnit, "troops": wUnit, "soldiers": wUnit,
	"men": wUnit, "women": wUnit, "children": wUnit, "members": wUnit,
	"cases": wUnit, "deaths": wUnit, "students": wUnit, "workers": wUnit,
	"jobs": wUnit, "units": wUnit, "barrels": wUnit, "hours": wUnit, "hrs": wUnit,
	"gmt": wUnit, "utc": wUnit, "est": wUnit, "edt": wUnit, "bst": wUnit,
	"cet": wUnit, "local": wUnit, "points": wUnit, "percent": wUnit,
	"copies": wUnit, "acres": wUnit, "hectares": wUnit, "refugees": wUnit,
	"delegates": wUnit, "seats": wUnit, "vehicles": wUnit, "homes": wUnit,

	"about": wQuant, "some": wQuant, "nearly": wQuant, "almost": wQuant,
	"around": wQuant, "approximately": wQuant, "roughly": wQuant, "over": wQuant,
	"under": wQuant, "than": wQuant, "least": wQuant, "estimated": wQuant,
	"total": wQuant, "no": wQuant, "number": wQuant, "resolution": wQuant,
	"flight": wQuant, "route": wQuant, "highway": wQuant, "room": wQuant,
	"only": wQuant, "exactly": wQuant, "minus": wQuant, "plus": wQuant,
}

// maxWordLen is the length of the longest key in lexicon; longer words are not looked up.
const maxWordLen = 13

func isMonth(w word) bool   { return w >= wJan && w <= wDec }
func isWeekday(w word) bool { return w >= wSun && w <= wSat }
func isSeason(w word) bool  { return w >= wSpring && w <= wWinter }

// numberWord returns the value of a number word ("a", "two", ...), or 0.
func numberWord(w word) int {
	switch {
	case w >= wOne && w <= wTwelve:
		return int(w-wOne) + 1
	case w == wA || w == wAn:
		return 1
	}
	return 0
}
