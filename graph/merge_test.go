package graph

import (
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/graphify-dev/graphify"
)

func TestSettle(t *testing.T) {
	tests := []struct {
		name    string
		reports []reportFacts
		want    settled
	}{{
		name: "the day most articles give",
		reports: []reportFacts{
			{article: "a", date: "2018-05-17", dateText: "on Thursday", status: "held", kind: "talks", confidence: 0.6, place: "Sochi|Russia"},
			{article: "b", date: "2018-05-17", dateText: "Thursday", status: "held", kind: "meeting", confidence: 0.9},
			{article: "c", date: "2018-05-18", dateText: "yesterday", status: "planned", kind: "visit", confidence: 0.5, place: "Sochi|Russia"},
		},
		want: settled{date: "2018-05-17", precision: "day", dateText: "Thursday", status: "held", kind: "visit",
			place: "Sochi|Russia", placeName: "Sochi", firstDay: "2018-05-17", confidence: 0.9},
	}, {
		name: "a precise date over a vague one, the earliest between equals",
		reports: []reportFacts{
			{article: "a", date: "2018-05"}, {article: "b", date: "2018-05"},
			{article: "c", date: "2018-05-18"}, {article: "d", date: "2018-05-17"},
		},
		want: settled{date: "2018-05-17", precision: "day", firstDay: "2018-05-17"},
	}, {
		name: "a cancellation outranks the plan",
		reports: []reportFacts{
			{article: "a", status: graphify.StatusPlanned}, {article: "b", status: graphify.StatusCancelled},
		},
		want: settled{status: graphify.StatusCancelled},
	}, {
		name: "articles count once",
		reports: []reportFacts{
			{article: "a", date: "2018-05-18"}, {article: "a", date: "2018-05-18"},
			{article: "b", date: "2018-05-17"}, {article: "c", date: "2018-05-17"},
			{article: "a", place: "Moscow|Russia"}, {article: "a", place: "Moscow|Russia"}, {article: "b", place: "Sochi|Russia"},
		},
		want: settled{date: "2018-05-17", precision: "day", firstDay: "2018-05-17", place: "Moscow|Russia", placeName: "Moscow"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := settle(tt.reports)
			if diff := gocmp.Diff(tt.want, got, gocmp.AllowUnexported(settled{})); diff != "" {
				t.Errorf("settle (-want +got):\n%s", diff)
			}
			rev := make([]reportFacts, len(tt.reports))
			for i, r := range tt.reports {
				rev[len(rev)-1-i] = r
			}
			if diff := gocmp.Diff(got, settle(rev), gocmp.AllowUnexported(settled{})); diff != "" {
				t.Errorf("reversed order settles otherwise (-first +reversed):\n%s", diff)
			}
		})
	}
}
