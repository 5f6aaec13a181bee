package eval

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	graphify "github.com/graphify-dev/graphify"
)

const gold = `{"id":"p1","text":"A met B in Paris.","doc_date":"2018-05-18","meetings":[{"participants":["Alice Smith","Bob"],"place":"Paris","kind":"meet"}],"negative":false}
{"id":"p2","text":"C met D.","doc_date":null,"meetings":[{"participants":["Carol"],"place":"Sochi","kind":"meet"}],"negative":false}
{"id":"p3","text":"missed","meetings":[{"participants":["Eve"],"place":null,"kind":"meet","trigger":"rally"}],"negative":false}
{"id":"n1","text":"strong negative, predicted","meetings":[],"negative":true,"negative_quality":"strong"}
{"id":"n2","text":"strong negative, empty","meetings":[],"negative":true,"negative_quality":"strong"}
{"id":"n3","text":"weak negative, predicted","meetings":[],"negative":true,"negative_quality":"weak"}
`

func TestScore(t *testing.T) {
	items, err := Read(strings.NewReader(gold), "gold")
	if err != nil {
		t.Fatal(err)
	}
	meeting := func(place, country string, names ...string) graphify.Meeting {
		m := graphify.Meeting{Place: &graphify.Place{Name: place, Country: country}}
		for _, n := range names {
			m.Participants = append(m.Participants, graphify.Participant{Name: n, Mention: n})
		}
		return m
	}
	predictions := map[string][]graphify.Meeting{
		"A met B in Paris.":          {meeting("Paris", "France", "Alice Smith", "Bob Jones")},
		"C met D.":                   {meeting("Moscow", "Russia", "Carol King", "Dan")}, // wrong place
		"strong negative, predicted": {meeting("", "", "X", "Y")},
		"weak negative, predicted":   {meeting("", "", "X", "Y")},
		"strong negative, empty":     nil,
		"missed":                     nil,
	}
	s := Score(items, func(a graphify.Article) []graphify.Meeting { return predictions[a.Text] })
	got := []int{s.Items, s.Positives, s.StrongNegatives, s.TP, s.FN, s.FP, s.GoldParticipants, s.FoundParts, s.GoldPlaces, s.FoundPlaces}
	want := []int{6, 3, 2, 2, 1, 1, 3, 3, 2, 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	if p := s.Precision(); p != 2.0/3 {
		t.Errorf("precision = %v, want 2/3 (the weak negative does not count)", p)
	}
	if r := s.Recall(); r != 2.0/3 {
		t.Errorf("recall = %v, want 2/3", r)
	}
}

func TestFoundPlace_Within(t *testing.T) {
	for _, test := range []struct {
		gold  string
		place graphify.Place
		want  bool
	}{
		{"Washington", graphify.Place{Name: "White House", Country: "United States"}, true}, // a venue in the gold city
		{"Russia", graphify.Place{Name: "Sochi", Country: "Russia"}, true},                  // a city in the gold country
		{"Rose Garden", graphify.Place{Name: "Rose Garden at the White House"}, true},
		{"Paris", graphify.Place{Name: "Sochi", Country: "Russia"}, false},
		{"Moscow", graphify.Place{Name: "Russia", Country: "Russia"}, false}, // coarser than the gold place
	} {
		p := test.place
		if got := foundPlace([]string{test.gold}, []graphify.Meeting{{Place: &p}}); got != test.want {
			t.Errorf("foundPlace(%q, %+v) = %v, want %v", test.gold, test.place, got, test.want)
		}
	}
}
