package queries

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAll(t *testing.T) {
	var names []string
	for _, q := range All() {
		names = append(names, q.Name)
	}
	want := []string{
		"co-attendees", "evidence", "meetings-between", "meetings-in", "meetings-in-range",
		"most-connected", "planned", "shortest-chain", "timeline", "who-met", "why-joined",
	}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("All() names (-want +got):\n%s", diff)
	}
}

func TestLookup(t *testing.T) {
	for _, test := range []struct {
		name   string
		ok     bool
		params []string
		cypher string
	}{
		{"who-met", true, []string{"name"}, WhoMet},
		{"meetings-between", true, []string{"a", "b"}, MeetingsBetween},
		{"meetings-in", true, []string{"place"}, MeetingsIn},
		{"evidence", true, []string{"id"}, Evidence},
		{"timeline", true, []string{"name"}, Timeline},
		{"meetings-in-range", true, []string{"from", "to"}, MeetingsInRange},
		{"most-connected", true, []string{"limit"}, MostConnected},
		{"shortest-chain", true, []string{"a", "b"}, ShortestChain},
		{"co-attendees", true, []string{"name"}, CoAttendees},
		{"planned", true, nil, Planned},
		{"why-joined", true, []string{"id"}, WhyJoined},
		{"merge-actors", false, nil, ""}, // write statements are not named queries
		{"nope", false, nil, ""},
	} {
		t.Run(test.name, func(t *testing.T) {
			q, ok := Lookup(test.name)
			if ok != test.ok {
				t.Fatalf("Lookup(%q) ok = %v, want %v", test.name, ok, test.ok)
			}
			if !ok {
				return
			}
			if diff := cmp.Diff(test.params, q.Params); diff != "" {
				t.Errorf("Params (-want +got):\n%s", diff)
			}
			if q.Cypher != test.cypher {
				t.Errorf("Cypher differs from the exported string")
			}
			if q.Description == "" {
				t.Errorf("empty Description")
			}
		})
	}
	if q, _ := Lookup("most-connected"); q.Defaults["limit"] != "10" {
		t.Errorf("most-connected: default limit %q, want 10", q.Defaults["limit"])
	}
}

// TestFiles_params checks that each header lists exactly the $parameters its
// statement uses.
func TestFiles_params(t *testing.T) {
	param := regexp.MustCompile(`\$([A-Za-z_][A-Za-z0-9_]*)`)
	for _, q := range Files() {
		t.Run(q.Name, func(t *testing.T) {
			var body []string
			for line := range strings.Lines(q.Cypher) {
				if !strings.HasPrefix(strings.TrimSpace(line), "//") {
					body = append(body, line)
				}
			}
			var used []string
			for _, m := range param.FindAllStringSubmatch(strings.Join(body, ""), -1) {
				used = append(used, m[1])
			}
			slices.Sort(used)
			used = slices.Compact(used)
			declared := slices.Sorted(slices.Values(q.Params))
			if diff := cmp.Diff(declared, used); diff != "" {
				t.Errorf("params in header vs body (-header +body):\n%s", diff)
			}
		})
	}
}

func TestSchema(t *testing.T) {
	stmts := Schema()
	if len(stmts) < 5 {
		t.Fatalf("Schema() has %d statements, want at least 5", len(stmts))
	}
	for _, s := range stmts {
		if strings.Contains(s, ";") || strings.Contains(s, "//") {
			t.Errorf("statement not split cleanly: %q", s)
		}
		if !strings.Contains(s, "IF NOT EXISTS") {
			t.Errorf("statement is not idempotent: %q", s)
		}
	}
}

func TestLoad_errors(t *testing.T) {
	for _, test := range []struct {
		name, text, want string
	}{
		{"missing", "MATCH (n) RETURN n", `header has no "name" line`},
		{"unknown", "// name: x\n// foo: bar\n", `unknown header key "foo"`},
		{"twice", "// name: x\n// name: y\n", `given twice`},
	} {
		t.Run(test.name, func(t *testing.T) {
			_, err := parse("x.cypher", test.text)
			if err == nil || !strings.Contains(err.Error(), test.want) {
				t.Errorf("parse error = %v, want it to contain %q", err, test.want)
			}
		})
	}
}
