package extract

import (
	"strings"
	"testing"
)

// TestPatterns checks that the embedded dictionary parses, and that a line
// that does not parse is reported with its number.
func TestPatterns(t *testing.T) {
	if patternsErr != nil {
		t.Fatalf("patterns.txt: %v", patternsErr)
	}
	for _, class := range []string{"verb", "host-verb", "visit-verb", "noun", "visit-noun"} {
		if len(patterns[class]) == 0 {
			t.Errorf("no patterns for %s", class)
		}
	}
	for _, test := range []struct{ name, text, want string }{
		{"unknown class", "# comment\nverb nsubj participant\nadverb nsubj participant\n", "line 3: unknown class"},
		{"unknown role", "noun nmod:with guest\n", "line 1: unknown role"},
		{"too short", "\n\nverb nsubj\n", "line 3: want CLASS PATH ROLE"},
		{"empty step", "verb ^ participant\n", "line 1: bad step"},
	} {
		t.Run(test.name, func(t *testing.T) {
			_, err := parsePatterns(test.text)
			if err == nil || !strings.Contains(err.Error(), test.want) {
				t.Errorf("parsePatterns error = %v, want one containing %q", err, test.want)
			}
		})
	}
	ps, err := parsePatterns("noun ^obl:for nsubj visitor\nverb nsubj:pass participant\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := ps["noun"][0].path; len(got) != 2 || !got[0].up || got[0].rel != "obl" || got[0].word != "for" || got[1].rel != "nsubj" {
		t.Errorf("noun path = %+v", got)
	}
	if got := ps["verb"][0].path[0]; got.rel != "nsubj:pass" || got.word != "" {
		t.Errorf("verb step = %+v, want the nsubj:pass relation", got)
	}
}
