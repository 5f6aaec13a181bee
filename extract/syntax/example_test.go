package syntax_test

import (
	"fmt"

	"github.com/graphify-dev/graphify/extract/syntax"
)

func ExampleParser_Parse() {
	m, err := syntax.Load()
	if err != nil {
		panic(err)
	}
	s := m.NewParser().Parse("Kohl met Bush in Bonn on Monday.")
	for _, t := range s.Tokens {
		head := "ROOT"
		if t.Head >= 0 {
			head = s.Tokens[t.Head].Text
		}
		fmt.Printf("%s %s %s←%s\n", t.Text, t.UPOS, t.Rel, head)
	}
	// Output:
	// Kohl PROPN nsubj←met
	// met VERB root←ROOT
	// Bush PROPN obj←met
	// in ADP case←Bonn
	// Bonn PROPN obl←met
	// on ADP case←Monday
	// Monday PROPN obl←met
	// . PUNCT punct←met
}
