package graph

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/graphify-dev/graphify"
)

// One meeting, many reports: resolve.go decides which reports tell of one
// meeting; this file settles the properties of a meeting from its reports.
// The properties of a Meeting are settled from all its reports (settle), not
// taken from the last one written, so that they do not depend on the order
// the reports came in.

// participantKey identifies a set of participants, whatever their order or
// case: the key of Meeting.pkey.
func participantKey(names []string) string {
	lower := make([]string, len(names))
	for i, n := range names {
		lower[i] = strings.ToLower(n)
	}
	slices.Sort(lower)
	lower = slices.Compact(lower)
	sum := sha256.Sum256([]byte(strings.Join(lower, "\x00")))
	return hex.EncodeToString(sum[:12])
}

// addDays returns day moved by n days; day must be a valid date.
func addDays(day string, n int) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

// A reportFacts is what one article says of a meeting.
type reportFacts struct {
	article, date, dateText, status, kind, place string // place: the Place id, or ""
	confidence                                   float64
}

// settled holds the properties of a Meeting, settled from all its reports.
type settled struct {
	date, precision, dateText, status, kind string
	place, placeName                        string // the most reported place: its id and name
	firstDay                                string // the earliest day any report gives
	confidence                              float64
}

// Ranks decide between reports that disagree: the higher wins. A meeting
// that one report says was held, was held; a cancellation outranks the plan.
var (
	statusRank = map[string]int{
		graphify.StatusProposed: 1, graphify.StatusPlanned: 2, graphify.StatusDenied: 3,
		graphify.StatusPostponed: 4, graphify.StatusCancelled: 5, graphify.StatusHeld: 6,
	}
	kindRank = map[string]int{"phone": 1, "meeting": 2, "talks": 3, "visit": 4, "summit": 5}
	roleRank = map[string]int{graphify.RoleParticipant: 1, graphify.RoleVisitor: 2, graphify.RoleHost: 3}
)

// higher returns whichever of a and b ranks higher, and the smaller string
// between equals, so that the result does not depend on their order.
func higher(rank map[string]int, a, b string) string {
	ra, rb := rank[a], rank[b]
	switch {
	case ra > rb:
		return a
	case rb > ra:
		return b
	}
	return lesser(a, b)
}

// lesser returns the smaller of two strings, where "" (absent) is largest.
func lesser(a, b string) string {
	if a == "" || (b != "" && b < a) {
		return b
	}
	return a
}

// settle decides a meeting's properties from its reports, independently of
// their order: the date most articles give (a precise one over a vague one,
// the earliest between equals), the highest status and kind, the highest
// confidence and the place most articles name.
func settle(reports []reportFacts) settled {
	var s settled
	dates := map[string]map[string]bool{}  // date → articles
	places := map[string]map[string]bool{} // place id → articles
	texts := map[string]string{}           // date → smallest date text
	for _, r := range reports {
		s.status = higher(statusRank, s.status, r.status)
		s.kind = higher(kindRank, s.kind, r.kind)
		s.confidence = max(s.confidence, r.confidence)
		texts[r.date] = lesser(texts[r.date], r.dateText)
		if r.date != "" {
			if dates[r.date] == nil {
				dates[r.date] = map[string]bool{}
			}
			dates[r.date][r.article] = true
			if len(r.date) == 10 {
				s.firstDay = lesser(s.firstDay, r.date)
			}
		}
		if r.place != "" {
			if places[r.place] == nil {
				places[r.place] = map[string]bool{}
			}
			places[r.place][r.article] = true
		}
	}
	s.date = mostReported(dates, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	s.dateText = texts[s.date] // of an unknown date, the text that could not be resolved
	if s.date != "" {
		d := s.date
		s.precision = graphify.DatePrecision(&d)
	}
	s.place = mostReported(places, nil)
	if s.place != "" {
		s.placeName, _, _ = strings.Cut(s.place, "|")
	}
	return s
}

// mostReported returns the key with the most articles; between equals, the
// first by prefer (when given), then the smallest.
func mostReported(by map[string]map[string]bool, prefer func(a, b string) int) string {
	keys := slices.Sorted(maps.Keys(by))
	if len(keys) == 0 {
		return ""
	}
	return slices.MinFunc(keys, func(a, b string) int {
		if prefer != nil {
			if c := prefer(a, b); c != 0 {
				return c
			}
		}
		return cmp.Or(cmp.Compare(len(by[b]), len(by[a])), strings.Compare(a, b))
	})
}
