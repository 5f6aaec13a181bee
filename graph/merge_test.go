package graph

import (
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/graphify-dev/graphify"
)

func TestSameMeeting(t *testing.T) {
	tests := []struct {
		a, b reportDay
		want bool
	}{
		{reportDay{"2018-05-17", "Sochi|Russia"}, reportDay{"2018-05-17", "Moscow|Russia"}, true},
		{reportDay{"2018-05-17", ""}, reportDay{"2018-05-18", ""}, true},
		{reportDay{"2018-05-17", "Sochi|Russia"}, reportDay{"2018-05-18", ""}, true},
		{reportDay{"2018-05-17", "Sochi|Russia"}, reportDay{"2018-05-18", "Sochi|Russia"}, true},
		{reportDay{"2018-05-17", "Sochi|Russia"}, reportDay{"2018-05-18", "Moscow|Russia"}, false},
		{reportDay{"2018-05-17", ""}, reportDay{"2018-05-19", ""}, false},
		{reportDay{"2018-02-28", ""}, reportDay{"2018-03-01", ""}, true},
		{reportDay{"2017-12-31", ""}, reportDay{"2018-01-01", ""}, true},
		{reportDay{"2018-05-17", ""}, reportDay{"2018-05", ""}, false},
	}
	for _, tt := range tests {
		if got := sameMeeting(tt.a, tt.b); got != tt.want {
			t.Errorf("sameMeeting(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := sameMeeting(tt.b, tt.a); got != tt.want {
			t.Errorf("sameMeeting(%v, %v) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestGroupMeetings(t *testing.T) {
	day := func(d, place string) []reportDay { return []reportDay{{d, place}} }
	tests := []struct {
		name   string
		groups []meetingGroup
		want   map[string]string
	}{{
		name: "a day apart",
		groups: []meetingGroup{
			{id: "b", pkey: "p", days: day("2018-05-18", "")},
			{id: "a", pkey: "p", days: day("2018-05-17", "Sochi|Russia")},
		},
		want: map[string]string{"a": "a", "b": "a"},
	}, {
		name: "other participants",
		groups: []meetingGroup{
			{id: "a", pkey: "p", days: day("2018-05-17", "")},
			{id: "b", pkey: "q", days: day("2018-05-17", "")},
		},
		want: map[string]string{"a": "a", "b": "b"},
	}, {
		name: "two days apart",
		groups: []meetingGroup{
			{id: "a", pkey: "p", days: day("2018-05-17", "")},
			{id: "b", pkey: "p", days: day("2018-05-19", "")},
		},
		want: map[string]string{"a": "a", "b": "b"},
	}, {
		name: "a day apart in two places",
		groups: []meetingGroup{
			{id: "a", pkey: "p", days: day("2018-05-17", "Sochi|Russia")},
			{id: "b", pkey: "p", days: day("2018-05-18", "Moscow|Russia")},
		},
		want: map[string]string{"a": "a", "b": "b"},
	}, {
		name: "a chain of reports",
		groups: []meetingGroup{
			{id: "c", pkey: "p", days: day("2018-05-19", "")},
			{id: "a", pkey: "p", days: day("2018-05-17", "")},
			{id: "b", pkey: "p", days: day("2018-05-18", "")},
		},
		want: map[string]string{"a": "a", "b": "a", "c": "a"},
	}, {
		name: "an existing node with an earlier first day",
		groups: []meetingGroup{
			{id: "new", pkey: "p", days: day("2018-05-18", "")},
			{id: "old", pkey: "p", days: day("2018-05-18", ""), first: "2018-05-16"},
		},
		want: map[string]string{"new": "old", "old": "old"},
	}, {
		name: "same day, smallest id",
		groups: []meetingGroup{
			{id: "y", pkey: "p", days: day("2018-05-18", "")},
			{id: "x", pkey: "p", days: day("2018-05-18", "Kyiv|Ukraine")},
		},
		want: map[string]string{"x": "x", "y": "x"},
	}, {
		name: "undated",
		groups: []meetingGroup{
			{id: "a", pkey: "p"},
			{id: "b", pkey: "p"},
		},
		want: map[string]string{"a": "a", "b": "b"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := groupMeetings(tt.groups)
			if diff := gocmp.Diff(tt.want, got); diff != "" {
				t.Errorf("groupMeetings (-want +got):\n%s", diff)
			}
			// The grouping does not depend on the order of the groups.
			rev := make([]meetingGroup, len(tt.groups))
			for i, g := range tt.groups {
				rev[len(rev)-1-i] = g
			}
			if diff := gocmp.Diff(got, groupMeetings(rev)); diff != "" {
				t.Errorf("reversed order gives another grouping (-first +reversed):\n%s", diff)
			}
		})
	}
}

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
