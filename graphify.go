// Package graphify holds the records that flow through the pipeline: the
// articles we read and the meetings we find in them. It imports only the
// standard library, so that package extract (which finds meetings) and package
// graph (which stores them) share these types without importing each other.
package graphify

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"time"
)

// Article is one news story to read.
type Article struct {
	ID        string    // stable id: given by the input, else derived from the source
	Text      string    // full text; evidence offsets index into it (bytes)
	Title     string    // optional
	URL       string    // optional
	Published time.Time // publication date; zero when unknown
	Source    string    // where it was read, "file:line", for error messages
}

// Report is an article together with the meetings found in it: the unit the
// loader writes, so that an article without meetings is still recorded as read.
type Report struct {
	Article  Article
	Meetings []Meeting
}

// Meeting kinds.
const (
	KindMeeting = "meeting"
	KindTalks   = "talks"
	KindVisit   = "visit"
	KindPhone   = "phone"
	KindSummit  = "summit"
)

// Meeting statuses.
const (
	StatusHeld      = "held"
	StatusPlanned   = "planned"
	StatusCancelled = "cancelled"
	StatusPostponed = "postponed"
	StatusDenied    = "denied"
	StatusProposed  = "proposed"
)

// Participant types.
const (
	TypePerson       = "person"
	TypeCountry      = "country"
	TypeOrganization = "organization"
	TypeGroup        = "group"
	TypeRole         = "role"
	// TypeCity is a city or town that hosts a visit, named as the text
	// names it ("visited Washington"); its Country is the country it is in.
	TypeCity = "city"
)

// Participant roles.
const (
	RoleHost        = "host"
	RoleVisitor     = "visitor"
	RoleParticipant = "participant"
)

// Meeting is one meeting reported by an article: the record that
// `graphify extract` prints, one JSON object per line.
type Meeting struct {
	DocID        string        `json:"doc_id"`
	ID           string        `json:"meeting_id"`
	Kind         string        `json:"kind"`
	Status       string        `json:"status"`
	Participants []Participant `json:"participants"`
	Place        *Place        `json:"place"`
	Date         *string       `json:"date"` // YYYY-MM-DD, YYYY-MM or YYYY; nil when unknown
	DateText     string        `json:"date_text"`
	Confidence   float64       `json:"confidence"`
	Evidence     []Evidence    `json:"evidence"`
}

// Participant is one party to a meeting.
type Participant struct {
	Name    string `json:"name"`    // canonical name
	Mention string `json:"mention"` // the words the article used
	Type    string `json:"type"`    // person, country, organization, group, role, city
	Title   string `json:"title"`   // "President", "foreign minister"; may be empty
	Country string `json:"country"` // affiliation; may be empty
	Role    string `json:"role"`    // host, visitor, participant
}

// Place is where a meeting happened or will happen.
type Place struct {
	Name    string   `json:"name"`
	Country string   `json:"country"`
	Lat     *float64 `json:"lat"`
	Lon     *float64 `json:"lon"`
}

// Evidence is a sentence that reports the meeting. Start and End are byte
// offsets into Article.Text: Text[Start:End] == Sentence.
type Evidence struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// DatePrecision reports how precise a date value is: "day", "month", "year",
// or "" when the date is unknown.
func DatePrecision(date *string) string {
	if date == nil {
		return ""
	}
	switch len(*date) {
	case 10:
		return "day"
	case 7:
		return "month"
	case 4:
		return "year"
	}
	return ""
}

// MeetingID returns the deterministic id of a meeting. Two reports of one
// meeting by different articles get the same id when they name the same
// participants on the same dated day, so independent importers converge on
// one Meeting node. A meeting without a known day cannot be told apart from
// other meetings of the same people, so its id is scoped to its article.
func MeetingID(docID string, names []string, date *string, kind string) string {
	sorted := append([]string(nil), names...)
	for i := range sorted {
		sorted[i] = strings.ToLower(sorted[i])
	}
	sort.Strings(sorted)
	var key string
	if DatePrecision(date) == "day" {
		key = "day|" + *date + "|" + strings.Join(sorted, "|")
	} else {
		d := ""
		if date != nil {
			d = *date
		}
		key = "doc|" + docID + "|" + kind + "|" + d + "|" + strings.Join(sorted, "|")
	}
	sum := sha256.Sum256([]byte(key))
	return "m-" + hex.EncodeToString(sum[:8])
}
