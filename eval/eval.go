// Package eval scores a meeting extractor against gold-annotated sentences.
//
// Two formats are read. The project's own standard, MEETINGS.md, labels full
// tuples (participants, place, date, kind, status: meetings.dev.jsonl); Tuples
// scores those exactly as ../shared/eval/score.py does (see tuples.go). Other
// projects' sets (../shared/eval/*.gold.jsonl) label minimal spans; Score
// gives their detection precision and recall, participant recall, and place
// accuracy.
//
// Scoring follows the gold sets' own rules. A predicted meeting in a strong
// negative is a false positive; weak negatives (sets that label one event per
// text) are never counted against precision. A gold participant is found when
// its last word appears, ignoring case, in a predicted participant's name or
// mention. A gold place is found when a predicted place names it (one
// containing the other), or lies within it: a venue in the gold city, a city
// in the gold country.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	graphify "github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/extract/gazetteer"
)

// Item is one gold record.
type Item struct {
	ID              string    `json:"id"`
	Source          string    `json:"source"`
	Text            string    `json:"text"`
	DocDate         string    `json:"doc_date"`
	Meetings        []Meeting `json:"meetings"`
	Negative        bool      `json:"negative"`
	NegativeQuality string    `json:"negative_quality"`
	CharSpan        []int     `json:"char_span_in_source"` // full-tuple sets only
	Notes           string    `json:"notes"`
	Meta            struct {
		OtherEventTypes []string `json:"other_event_types"`
	} `json:"meta"`
}

// Meeting is one gold meeting.
type Meeting struct {
	Participants []string `json:"participants"`
	Place        *string  `json:"place"`
	Places       []string `json:"places"`
	Kind         string   `json:"kind"`
	Trigger      string   `json:"trigger"`
	InPerson     *bool    `json:"in_person"`

	// The full-tuple format of MEETINGS.md adds these.
	Mentions []string `json:"participant_mentions"`
	Date     *string  `json:"date"`
	DateText *string  `json:"date_text"`
	Status   string   `json:"status"`
	Notes    string   `json:"notes"`
}

// FullTuple reports whether the item is in MEETINGS.md's full-tuple format:
// it gives its span in the source, or a meeting with mentions or a status.
func (it Item) FullTuple() bool {
	if it.CharSpan != nil {
		return true
	}
	for _, m := range it.Meetings {
		if m.Mentions != nil || m.Status != "" {
			return true
		}
	}
	return false
}

// FullTuple reports whether a set is in MEETINGS.md's full-tuple format: it
// is when any of its items is. Such a set is scored with Tuples.
func FullTuple(items []Item) bool {
	for _, it := range items {
		if it.FullTuple() {
			return true
		}
	}
	return false
}

// Read parses gold records, one JSON object per line.
func Read(r io.Reader, name string) ([]Item, error) {
	var items []Item
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		raw, err := br.ReadBytes('\n')
		if s := strings.TrimSpace(string(raw)); s != "" {
			var it Item
			if jerr := json.Unmarshal([]byte(s), &it); jerr != nil {
				return nil, fmt.Errorf("read %s line %d: %w", name, line, jerr)
			}
			items = append(items, it)
		}
		if err == io.EOF {
			return items, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read %s line %d: %w", name, line, err)
		}
	}
}

// Article turns a gold item into the article the extractor reads.
func (it Item) Article() graphify.Article {
	a := graphify.Article{ID: it.ID, Text: it.Text}
	if t, err := time.Parse("2006-01-02", it.DocDate); err == nil {
		a.Published = t
	}
	return a
}

// Scores are the figures for one gold set.
type Scores struct {
	Items, Positives, StrongNegatives int
	TP, FN, FP                        int // detection; FP only on strong negatives
	GoldParticipants, FoundParts      int // over detected positives
	GoldPlaces, FoundPlaces           int // over detected positives with a gold place
	Errors                            []Error
}

// Error is a miss or a false alarm, for --errors.
type Error struct {
	What string // "miss", "false alarm", "participant", "place"
	Item Item
	Got  []graphify.Meeting
}

// Precision is TP/(TP+FP), or -1 when the set has no strong negatives.
func (s Scores) Precision() float64 {
	if s.StrongNegatives == 0 || s.TP+s.FP == 0 {
		return -1
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// Recall is TP/(TP+FN).
func (s Scores) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall, or -1 without precision.
func (s Scores) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p < 0 || r < 0 || p+r == 0 {
		return -1
	}
	return 2 * p * r / (p + r)
}

// ParticipantRecall is the share of gold participants found in detected positives.
func (s Scores) ParticipantRecall() float64 { return ratio(s.FoundParts, s.GoldParticipants) }

// PlaceAccuracy is the share of gold places found in detected positives.
func (s Scores) PlaceAccuracy() float64 { return ratio(s.FoundPlaces, s.GoldPlaces) }

func ratio(a, b int) float64 {
	if b == 0 {
		return -1
	}
	return float64(a) / float64(b)
}

// Score runs extract over every item and scores its meetings.
func Score(items []Item, extract func(graphify.Article) []graphify.Meeting) Scores {
	var s Scores
	for _, it := range items {
		s.Items++
		got := extract(it.Article())
		pos := len(it.Meetings) > 0
		switch {
		case pos && len(got) > 0:
			s.Positives++
			s.TP++
			missP, missPl := false, false
			for _, gm := range it.Meetings {
				for _, p := range gm.Participants {
					s.GoldParticipants++
					if foundParticipant(p, got) {
						s.FoundParts++
					} else {
						missP = true
					}
				}
				if places := goldPlaces(gm); len(places) > 0 {
					s.GoldPlaces++
					if foundPlace(places, got) {
						s.FoundPlaces++
					} else {
						missPl = true
					}
				}
			}
			if missP {
				s.Errors = append(s.Errors, Error{What: "participant", Item: it, Got: got})
			}
			if missPl {
				s.Errors = append(s.Errors, Error{What: "place", Item: it, Got: got})
			}
		case pos:
			s.Positives++
			s.FN++
			s.Errors = append(s.Errors, Error{What: "miss", Item: it})
		case it.NegativeQuality == "strong":
			s.StrongNegatives++
			if len(got) > 0 {
				s.FP++
				s.Errors = append(s.Errors, Error{What: "false alarm", Item: it, Got: got})
			}
		}
	}
	return s
}

func goldPlaces(m Meeting) []string {
	out := append([]string(nil), m.Places...)
	if m.Place != nil && *m.Place != "" {
		out = append(out, *m.Place)
	}
	return out
}

// foundParticipant: the gold span's last word appears in a predicted name or mention.
func foundParticipant(gold string, got []graphify.Meeting) bool {
	f := strings.Fields(strings.ToLower(gold))
	if len(f) == 0 {
		return true
	}
	last := strings.Trim(f[len(f)-1], ".,'\"")
	for _, m := range got {
		for _, p := range m.Participants {
			if containsWord(strings.ToLower(p.Name), last) || containsWord(strings.ToLower(p.Mention), last) {
				return true
			}
		}
	}
	return false
}

func containsWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
		if f == w || strings.TrimSuffix(f, "'s") == w {
			return true
		}
	}
	return strings.Contains(s, w) && len(w) > 3
}

func foundPlace(gold []string, got []graphify.Meeting) bool {
	for _, m := range got {
		if m.Place == nil {
			continue
		}
		// The predicted place, and the places it lies within: a venue's city,
		// a city's country. A finer place than the gold one is right.
		within := []string{m.Place.Name, m.Place.Country}
		if gp, ok := gazetteer.LookupPlace(m.Place.Name); ok && gp.Kind == "venue" && gp.City != "" {
			within = append(within, gp.City)
		}
		for i, w := range within {
			w = strings.ToLower(w)
			if w == "" {
				continue
			}
			for _, g := range gold {
				g = strings.ToLower(g)
				if w == g || i == 0 && (strings.Contains(w, g) || strings.Contains(g, w)) {
					return true
				}
			}
		}
	}
	return false
}
