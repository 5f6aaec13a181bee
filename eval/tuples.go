package eval

import (
	"strings"

	graphify "github.com/graphify-dev/graphify"
)

// TupleScores are the figures for a set in MEETINGS.md's full-tuple format,
// counted as ../shared/eval/score.py counts them, so that both agree.
type TupleScores struct {
	Items, Positives int
	Negatives        int // negatives that count against precision (strong, or unqualified)
	TP, FP, FN       int // detection, per passage

	GoldParts, FoundParts int // gold participants; found in some predicted record of the passage
	GoldPairs, FoundPairs int // pairs within gold records; held by one predicted record
	PredPairs, RightPairs int // predicted pairs where every gold record has two or more participants; inside one gold record

	// Over the gold records that set the field and that a predicted record
	// matches: the one sharing most participants (the first of equals).
	Place, Date, Status Tally

	Kinds  map[string]*KindTally // by the gold record's kind
	Errors []TupleError
}

// Tally counts the gold records a field was scored on, and the right ones.
type Tally struct{ N, Hit int }

// Accuracy is Hit/N, 0 when N is 0 (as score.py).
func (t Tally) Accuracy() float64 { return div(t.Hit, t.N) }

// KindTally counts the gold records of one kind: all of them, those in a
// passage where something was predicted, and those a predicted record
// matches (shares a participant; for a record without participants, any).
type KindTally struct{ Gold, Detected, Matched int }

// Recall is Matched/Gold.
func (k KindTally) Recall() float64 { return div(k.Matched, k.Gold) }

// TupleError is one miss, false alarm, pair or wrong field, for --errors.
type TupleError struct {
	What      string // "miss", "false alarm", "unmatched record", "pair" (missed), "extra pair", "place", "date", "status"
	Item      Item
	Gold      *Meeting // the gold record concerned, for a pair or a field
	Want, Got string   // the gold value and the predicted one, for a pair or a field
	Predicted []graphify.Meeting
}

// DetectPrecision is TP/(TP+FP); the ratios are 0 on an empty denominator, as in score.py.
func (s TupleScores) DetectPrecision() float64 { return div(s.TP, s.TP+s.FP) }

// DetectRecall is TP/(TP+FN).
func (s TupleScores) DetectRecall() float64 { return div(s.TP, s.TP+s.FN) }

// DetectF1 is the harmonic mean of detection precision and recall.
func (s TupleScores) DetectF1() float64 { return f1(s.DetectPrecision(), s.DetectRecall()) }

// ParticipantRecall is FoundParts/GoldParts.
func (s TupleScores) ParticipantRecall() float64 { return div(s.FoundParts, s.GoldParts) }

// PairPrecision is RightPairs/PredPairs.
func (s TupleScores) PairPrecision() float64 { return div(s.RightPairs, s.PredPairs) }

// PairRecall is FoundPairs/GoldPairs.
func (s TupleScores) PairRecall() float64 { return div(s.FoundPairs, s.GoldPairs) }

// PairF1 is the harmonic mean of pair precision and recall.
func (s TupleScores) PairF1() float64 { return f1(s.PairPrecision(), s.PairRecall()) }

// Figure is one named figure of score.py's summary line.
type Figure struct {
	Name  string
	Value float64
}

// Figures are the figures score.py prints, in its order and with its names.
func (s TupleScores) Figures() []Figure {
	return []Figure{
		{"detect_p", s.DetectPrecision()}, {"detect_r", s.DetectRecall()}, {"detect_f1", s.DetectF1()},
		{"part_recall", s.ParticipantRecall()},
		{"pair_r", s.PairRecall()}, {"pair_p", s.PairPrecision()}, {"pair_f1", s.PairF1()},
		{"place_acc", s.Place.Accuracy()}, {"date_acc", s.Date.Accuracy()}, {"status_acc", s.Status.Accuracy()},
	}
}

func div(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Tuples runs extract over every item of a full-tuple set and scores its
// records as MEETINGS.md says. A negative without negative_quality counts
// against precision.
func Tuples(items []Item, extract func(graphify.Article) []graphify.Meeting) TupleScores {
	s := TupleScores{Kinds: map[string]*KindTally{}}
	for _, it := range items {
		s.Items++
		got := extract(it.Article())
		s.detect(it, got)
		if it.Negative {
			continue
		}
		s.Positives++
		for i := range it.Meetings {
			s.record(it, &it.Meetings[i], got)
		}
		s.predictedPairs(it, got)
	}
	return s
}

func (s *TupleScores) detect(it Item, got []graphify.Meeting) {
	if it.Negative && it.NegativeQuality != "" && it.NegativeQuality != "strong" {
		return
	}
	if it.Negative {
		s.Negatives++
	}
	switch {
	case len(got) > 0 && !it.Negative:
		s.TP++
	case len(got) > 0:
		s.FP++
		s.Errors = append(s.Errors, TupleError{What: "false alarm", Item: it, Predicted: got})
	case !it.Negative:
		s.FN++
		s.Errors = append(s.Errors, TupleError{What: "miss", Item: it})
	}
}

// record scores one gold record: its participants, its pairs, its kind, and
// its place, date and status against the predicted record that matches it.
func (s *TupleScores) record(it Item, gm *Meeting, got []graphify.Meeting) {
	parts := nonEmpty(gm.Participants)
	best, bestN := bestMatch(parts, got)
	for _, p := range parts {
		s.GoldParts++
		if holds(got, p) {
			s.FoundParts++
		}
	}
	s.goldPairs(it, gm, parts, got, bestN > 0)
	if bestN == 0 && len(parts) > 0 {
		s.Errors = append(s.Errors, TupleError{What: "unmatched record", Item: it, Gold: gm,
			Want: strings.Join(parts, " + "), Got: pairsOf(got), Predicted: got})
	}
	k := s.Kinds[gm.Kind]
	if k == nil {
		k = &KindTally{}
		s.Kinds[gm.Kind] = k
	}
	k.Gold++
	if len(got) > 0 {
		k.Detected++
		if bestN > 0 || len(parts) == 0 {
			k.Matched++
		}
	}
	if bestN > 0 {
		s.fields(it, gm, best, got)
	}
}

// goldPairs counts the pairs of a gold record, and those one predicted
// record holds. The pairs no record holds are one error when a predicted
// record matches the gold one (else the miss or the unmatched record says it).
func (s *TupleScores) goldPairs(it Item, gm *Meeting, parts []string, got []graphify.Meeting, matched bool) {
	var missed []string
	for i, a := range parts {
		for _, b := range parts[i+1:] {
			s.GoldPairs++
			if holds(got, a, b) {
				s.FoundPairs++
			} else {
				missed = append(missed, a+" + "+b)
			}
		}
	}
	if len(missed) > 0 && matched {
		s.Errors = append(s.Errors, TupleError{What: "pair", Item: it, Gold: gm, Want: strings.Join(missed, "; "),
			Got: pairsOf(got), Predicted: got})
	}
}

// fields scores place, date and status of a gold record against best.
func (s *TupleScores) fields(it Item, gm *Meeting, best *graphify.Meeting, got []graphify.Meeting) {
	tally := func(t *Tally, what, want, have string, hit bool) {
		t.N++
		if hit {
			t.Hit++
			return
		}
		s.Errors = append(s.Errors, TupleError{What: what, Item: it, Gold: gm, Want: want, Got: have, Predicted: got})
	}
	if gm.Place != nil && *gm.Place != "" {
		var names []string
		have := ""
		if best.Place != nil {
			names = []string{best.Place.Name, best.Place.Country}
			have = best.Place.Name + " (" + best.Place.Country + ")"
		}
		tally(&s.Place, "place", *gm.Place, have, nameMatch(*gm.Place, names))
	}
	if gm.Date != nil && *gm.Date != "" {
		have := ""
		if best.Date != nil {
			have = *best.Date
		}
		tally(&s.Date, "date", *gm.Date, have, have == *gm.Date)
	}
	if gm.Status != "" {
		have := best.Status
		if have == "" {
			have = graphify.StatusHeld
		}
		tally(&s.Status, "status", gm.Status, have, have == gm.Status)
	}
}

// predictedPairs counts the predicted pairs of a passage whose gold records
// all list two or more participants, and those inside one gold record. The
// pairs outside are one error.
func (s *TupleScores) predictedPairs(it Item, got []graphify.Meeting) {
	if len(it.Meetings) == 0 {
		return
	}
	for _, gm := range it.Meetings {
		if len(gm.Participants) < 2 {
			return
		}
	}
	var wrong []string
	for _, pm := range got {
		names := make([]string, len(pm.Participants))
		for i, p := range pm.Participants {
			names[i] = p.Name
			if names[i] == "" {
				names[i] = p.Mention
			}
		}
		for i, a := range names {
			for _, b := range names[i+1:] {
				s.PredPairs++
				if insideGold(it.Meetings, a, b) {
					s.RightPairs++
				} else {
					wrong = append(wrong, a+" + "+b)
				}
			}
		}
	}
	if len(wrong) > 0 {
		s.Errors = append(s.Errors, TupleError{What: "extra pair", Item: it, Want: goldNames(it.Meetings),
			Got: strings.Join(wrong, "; "), Predicted: got})
	}
}

func insideGold(gold []Meeting, a, b string) bool {
	for _, gm := range gold {
		if nameMatch(a, gm.Participants) && nameMatch(b, gm.Participants) {
			return true
		}
	}
	return false
}

// bestMatch is the first predicted record that matches most of parts.
func bestMatch(parts []string, got []graphify.Meeting) (*graphify.Meeting, int) {
	var best *graphify.Meeting
	bestN := -1
	for i := range got {
		names := predNames(got[i])
		n := 0
		for _, p := range parts {
			if nameMatch(p, names) {
				n++
			}
		}
		if n > bestN {
			best, bestN = &got[i], n
		}
	}
	return best, bestN
}

// holds reports whether one predicted record names every one of gold.
func holds(got []graphify.Meeting, gold ...string) bool {
	for _, pm := range got {
		names := predNames(pm)
		all := true
		for _, g := range gold {
			all = all && nameMatch(g, names)
		}
		if all {
			return true
		}
	}
	return false
}

// predNames are the names and mentions of a predicted record's participants.
func predNames(m graphify.Meeting) []string {
	out := make([]string, 0, 2*len(m.Participants))
	for _, p := range m.Participants {
		out = append(out, p.Name, p.Mention)
	}
	return out
}

func nonEmpty(names []string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		if n != "" {
			out = append(out, n)
		}
	}
	return out
}

// pairsOf describes the participants of each predicted record, for an error.
func pairsOf(got []graphify.Meeting) string {
	recs := make([]string, len(got))
	for i, m := range got {
		names := make([]string, len(m.Participants))
		for j, p := range m.Participants {
			names[j] = p.Name
		}
		recs[i] = strings.Join(names, " + ")
	}
	return strings.Join(recs, "; ")
}

func goldNames(gold []Meeting) string {
	recs := make([]string, len(gold))
	for i, m := range gold {
		recs[i] = strings.Join(m.Participants, " + ")
	}
	return strings.Join(recs, "; ")
}
