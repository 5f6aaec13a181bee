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

// One meeting, many reports.
//
// Every article's meeting record gets the deterministic id of
// graphify.MeetingID: the same participants on the same day give the same
// id, so reports of one meeting by many articles meet on one node. Articles
// also disagree by a day ("yesterday" in a story filed after midnight, time
// zones), so two reports of the same participants one day apart are one
// meeting too, unless they name different places. These links are decided
// report by report (sameMeeting looks at two reports only), and a Meeting
// node is a connected group of reports. Adding reports can only join groups,
// never split them, so the graph does not depend on the order in which
// reports are written: importers running at once, or an import resumed after
// a crash, converge on the same nodes. A group's id is the id of its
// earliest report (the MeetingID of its earliest day), and Meeting.ids lists
// the ids of all its reports, so an id printed by `graphify extract` still
// finds its meeting.
//
// The properties of a Meeting are settled from all its reports (settle), not
// taken from the last one written, for the same reason.

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

// reportDay is what one report says about when and where: a day
// ("2018-05-17") and the id of a place, "" when it names none.
type reportDay struct{ day, place string }

// sameMeeting reports whether two reports of the same participants tell of
// the same meeting: the same day, or days one apart without two different
// places.
func sameMeeting(a, b reportDay) bool {
	if a.day == b.day {
		return true
	}
	if !oneDayApart(a.day, b.day) {
		return false
	}
	return a.place == "" || b.place == "" || a.place == b.place
}

func oneDayApart(a, b string) bool {
	x, err1 := time.Parse(time.DateOnly, a)
	y, err2 := time.Parse(time.DateOnly, b)
	if err1 != nil || err2 != nil {
		return false
	}
	d := x.Sub(y)
	return d == 24*time.Hour || d == -24*time.Hour
}

// addDays returns day moved by n days; day must be a valid date.
func addDays(day string, n int) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

// A meetingGroup is a Meeting node, existing or about to be written: its id,
// its participants and the days and places its reports give.
type meetingGroup struct {
	id    string
	pkey  string
	days  []reportDay
	first string // the earliest day of the group's reports, when days lists only some
}

// groupMeetings joins the groups that share the same participants and hold
// two reports of the same meeting, and returns, for every id of groups, the
// id of the group it ends in. Groups without days (undated meetings, kept
// apart by article) keep their id.
func groupMeetings(groups []meetingGroup) map[string]string {
	parent := make([]int, len(groups))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// Index every report day by participants and day; a report can only
	// join reports of its own day or the next.
	type at struct{ pkey, day string }
	type ref struct {
		group int
		rd    reportDay
	}
	byDay := map[at][]ref{}
	for i, g := range groups {
		for _, rd := range g.days {
			byDay[at{g.pkey, rd.day}] = append(byDay[at{g.pkey, rd.day}], ref{i, rd})
		}
	}
	for k, refs := range byDay {
		for _, r := range refs {
			for _, other := range append(refs, byDay[at{k.pkey, addDays(k.day, 1)}]...) {
				if sameMeeting(r.rd, other.rd) {
					if a, b := find(r.group), find(other.group); a != b {
						parent[max(a, b)] = min(a, b)
					}
				}
			}
		}
	}
	// Each group's id is the id of its member with the earliest day (the
	// smallest id between equals): for records from graphify extract, the
	// MeetingID of that day.
	best := map[int]int{} // root → member
	for i := range groups {
		if groups[i].firstDay() == "" {
			continue
		}
		root := find(i)
		if b, ok := best[root]; !ok || earlier(groups[i], groups[b]) {
			best[root] = i
		}
	}
	out := make(map[string]string, len(groups))
	for i, g := range groups {
		if b, ok := best[find(i)]; ok {
			out[g.id] = groups[b].id
		} else {
			out[g.id] = g.id
		}
	}
	return out
}

// firstDay returns the earliest day of g, or "" if it has none.
func (g meetingGroup) firstDay() string {
	first := g.first
	for _, rd := range g.days {
		first = lesser(first, rd.day)
	}
	return first
}

func earlier(a, b meetingGroup) bool {
	fa, fb := a.firstDay(), b.firstDay()
	return fa < fb || (fa == fb && a.id < b.id)
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
