package eval

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	graphify "github.com/graphify-dev/graphify"
)

func TestNameMatch(t *testing.T) {
	for _, test := range []struct {
		gold  string
		preds []string
		want  bool
	}{
		{"Ana Ruiz", []string{"Ruiz"}, true},                      // last word
		{"Ana Ruiz", []string{"", "Jon Berg"}, false},             // no word shared
		{"Ana Ruiz", []string{"Ana Berg"}, true},                  // half of two words is one
		{"Mohammad Javad Zarif", []string{"Mohammad Reza"}, true}, // first word, longer than three letters
		{"Ali Javad Zarif", []string{"Ali Reza"}, false},          // first word too short, one of three words
		{"Ali Javad Zarif", []string{"Javad Ali"}, true},          // two of three words
		{"the Soviet foreign minister", []string{"Soviet foreign ministry"}, true},
		{"Mr. Lee", []string{"Lee Teng"}, true},      // "mr" is dropped
		{"Reagan", []string{"Reagan's envoy"}, true}, // possessive "s" is dropped
		{"G-7", []string{"the G-7 summit"}, true},    // digits are words
		{"Ruiz", []string{"Ruizes"}, false},          // whole words only
		{"the", []string{"the"}, false},              // nothing left of the gold name
		{"Ana Ruiz", nil, false},
		{"İzmir", []string{"Izmir"}, false},        // Python lower-cases İ to i and a combining dot
		{"Şahin Öztürk", []string{"Sahin"}, false}, // non-ASCII letters split words: "ahin"
		{"Şahin Öztürk", []string{"Şahin Öztürk"}, true},
	} {
		if got := nameMatch(test.gold, test.preds); got != test.want {
			t.Errorf("nameMatch(%q, %q) = %v, want %v", test.gold, test.preds, got, test.want)
		}
	}
}

// tupleGold is a made-up set in MEETINGS.md's full-tuple format.
const tupleGold = `{"id":"p1","doc_date":"2020-03-04","text":"one","char_span_in_source":[0,3],"meetings":[{"participants":["Ana Ruiz","Jon Berg"],"participant_mentions":["Ana Ruiz","Jon Berg"],"place":"Lima","date":"2020-03-02","date_text":"Monday","kind":"meet","status":"held"}],"negative":false}
{"id":"p2","doc_date":"2020-03-04","text":"two","meetings":[{"participants":["Ana Ruiz","Jon Berg","Ivo Maric"],"place":"Oslo","date":"2020-04","kind":"talks","status":"planned"}],"negative":false}
{"id":"p3","doc_date":"2020-03-04","text":"three","meetings":[{"participants":["Lars Holm"],"place":null,"date":null,"kind":"visit","status":"held"}],"negative":false}
{"id":"p4","doc_date":null,"text":"four","meetings":[{"participants":["EU defence ministers"],"place":"Riga","date":null,"kind":"meet","status":"planned"}],"negative":false}
{"id":"p5","doc_date":null,"text":"five","meetings":[{"participants":[],"place":null,"date":null,"kind":"summit","status":"held"}],"negative":false}
{"id":"p6","doc_date":null,"text":"six","meetings":[{"participants":["Tomas Varga","Ivan Petek"],"place":null,"date":"2020-03-01","kind":"phone","status":"held"}],"negative":false}
{"id":"p7","doc_date":null,"text":"ten","meetings":[{"participants":["Lars Holm"],"place":null,"date":null,"kind":"visit","status":"held"}],"negative":false}
{"id":"n1","doc_date":null,"text":"seven","meetings":[],"negative":true}
{"id":"n2","doc_date":null,"text":"eight","meetings":[],"negative":true,"negative_quality":"weak"}
{"id":"n3","doc_date":null,"text":"nine","meetings":[],"negative":true,"negative_quality":"strong"}
`

// record builds a predicted meeting; names are "Name" or "Name/mention".
func record(place, country, date, status string, names ...string) graphify.Meeting {
	m := graphify.Meeting{Status: status}
	if place != "" || country != "" {
		m.Place = &graphify.Place{Name: place, Country: country}
	}
	if date != "" {
		m.Date = &date
	}
	for _, n := range names {
		name, mention, _ := strings.Cut(n, "/")
		m.Participants = append(m.Participants, graphify.Participant{Name: name, Mention: mention})
	}
	return m
}

// tuplePredictions are the made-up predictions for tupleGold, by passage text.
var tuplePredictions = map[string][]graphify.Meeting{
	"one": {record("Lima", "Peru", "2020-03-02", "held", "Ana Ruiz", "Jon Berg")},
	"two": {
		record("Bergen", "Norway", "", "", "Ruiz", "Berg"), // one pair of three; status "" is held
		record("", "", "", "", "Kim Lee", "Ivo Maric"),     // a pair outside the gold record
	},
	"four": {record("", "Latvia", "", "planned", "European Union/EU defence ministers")},
	"five": {record("", "", "", "held", "Anyone")},
	"six": {
		record("", "", "2020-02-28", "held", "Tomas Varga", "Kim Lee"), // matches one: the first of equals
		record("", "", "2020-03-01", "held", "Ivan Petek"),
	},
	"ten":   {record("", "", "", "held", "Kim Lee")},
	"seven": {record("", "", "", "", "X", "Y")},
	"eight": {record("", "", "", "", "X", "Y")},
}

func TestTuples(t *testing.T) {
	items, err := Read(strings.NewReader(tupleGold), "gold")
	if err != nil {
		t.Fatal(err)
	}
	if !FullTuple(items) {
		t.Fatal("FullTuple = false for a set with mentions and statuses")
	}
	s := Tuples(items, func(a graphify.Article) []graphify.Meeting { return tuplePredictions[a.Text] })
	got := map[string]int{
		"items": s.Items, "positives": s.Positives, "negatives": s.Negatives, "tp": s.TP, "fp": s.FP, "fn": s.FN,
		"gold parts": s.GoldParts, "found parts": s.FoundParts, "gold pairs": s.GoldPairs, "found pairs": s.FoundPairs,
		"pred pairs": s.PredPairs, "right pairs": s.RightPairs,
		"place n": s.Place.N, "place hit": s.Place.Hit, "date n": s.Date.N, "date hit": s.Date.Hit,
		"status n": s.Status.N, "status hit": s.Status.Hit,
	}
	want := map[string]int{
		"items": 10, "positives": 7, "negatives": 2, "tp": 6, "fp": 1, "fn": 1,
		// p1 2/2, p2 3/3, p3 0/1, p4 1/1 (by mention), p6 2/2, p7 0/1.
		"gold parts": 10, "found parts": 8,
		// p1 1/1, p2 1/3, p6 0/1 (Varga and Petek are in two records).
		"gold pairs": 5, "found pairs": 2,
		// p1 1/1, p2 1/2, p6 1/1 wrong (Varga + Lee); p4 has a one-party gold record.
		"pred pairs": 4, "right pairs": 2,
		// place: p1 Lima right, p2 Oslo against Bergen, p4 Riga against Latvia.
		"place n": 3, "place hit": 1,
		// date: p1 right, p2 none predicted, p6 the first of equals has 2020-02-28.
		"date n": 3, "date hit": 1,
		// status: p1, p4, p6 right; p2 planned against "" (held); p3 unmatched, p5 has no participants.
		"status n": 4, "status hit": 3,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	kinds := map[string]KindTally{}
	for k, v := range s.Kinds {
		kinds[k] = *v
	}
	wantKinds := map[string]KindTally{
		"meet": {Gold: 2, Detected: 2, Matched: 2}, "talks": {Gold: 1, Detected: 1, Matched: 1},
		"visit": {Gold: 2, Detected: 1}, "summit": {Gold: 1, Detected: 1, Matched: 1}, "phone": {Gold: 1, Detected: 1, Matched: 1},
	}
	if diff := cmp.Diff(wantKinds, kinds); diff != "" {
		t.Errorf("kinds (-want +got):\n%s", diff)
	}
	var errs []string
	for _, e := range s.Errors {
		errs = append(errs, e.What+" "+e.Item.ID+": want "+e.Want+", got "+e.Got)
	}
	wantErrs := []string{
		"pair p2: want Ana Ruiz + Ivo Maric; Jon Berg + Ivo Maric, got Ruiz + Berg; Kim Lee + Ivo Maric",
		"place p2: want Oslo, got Bergen (Norway)",
		"date p2: want 2020-04, got ",
		"status p2: want planned, got held",
		"extra pair p2: want Ana Ruiz + Jon Berg + Ivo Maric, got Kim Lee + Ivo Maric",
		"miss p3: want , got ",
		"place p4: want Riga, got  (Latvia)",
		"pair p6: want Tomas Varga + Ivan Petek, got Tomas Varga + Kim Lee; Ivan Petek",
		"date p6: want 2020-03-01, got 2020-02-28",
		"extra pair p6: want Tomas Varga + Ivan Petek, got Tomas Varga + Kim Lee",
		"unmatched record p7: want Lars Holm, got Kim Lee",
		"false alarm n1: want , got ",
	}
	if diff := cmp.Diff(wantErrs, errs); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
}

func TestTupleScores_Figures(t *testing.T) {
	s := TupleScores{TP: 3, FP: 1, FN: 3, FoundPairs: 1, GoldPairs: 4, RightPairs: 1, PredPairs: 1,
		Place: Tally{N: 2, Hit: 1}}
	got := map[string]float64{}
	for _, f := range s.Figures() {
		got[f.Name] = f.Value
	}
	want := map[string]float64{
		"detect_p": 0.75, "detect_r": 0.5, "detect_f1": 0.6, "part_recall": 0,
		"pair_r": 0.25, "pair_p": 1, "pair_f1": 0.4, "place_acc": 0.5, "date_acc": 0, "status_acc": 0,
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b float64) bool { return a-b < 1e-12 && b-a < 1e-12 })); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
}

func TestFullTuple(t *testing.T) {
	for _, test := range []struct {
		line string
		want bool
	}{
		{`{"id":"a","text":"t","meetings":[],"negative":true,"char_span_in_source":[0,1]}`, true},
		{`{"id":"a","text":"t","meetings":[{"participants":["A"],"status":"held"}],"negative":false}`, true},
		{`{"id":"a","text":"t","meetings":[{"participants":["A"],"participant_mentions":["A"]}],"negative":false}`, true},
		{`{"id":"a","text":"t","meetings":[{"participants":["A"],"place":null,"date":null,"kind":"meet","trigger":"met"}],"negative":false}`, false},
		{`{"id":"a","text":"t","meetings":[],"negative":true,"negative_quality":"strong"}`, false},
	} {
		items, err := Read(strings.NewReader(test.line), "gold")
		if err != nil {
			t.Fatal(err)
		}
		if got := FullTuple(items); got != test.want {
			t.Errorf("FullTuple(%s) = %v, want %v", test.line, got, test.want)
		}
	}
}
