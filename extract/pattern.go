package extract

import (
	_ "embed"
	"fmt"
	"strings"

	graphify "github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/extract/syntax"
)

// patternsTxt is the meeting pattern dictionary; patterns.txt says how to read it.
//
//go:embed patterns.txt
var patternsTxt string

// step is one move along the dependency tree.
type step struct {
	rel  string // relation to follow: "nsubj", "obl"
	word string // the "case" word the dependent must have: "with"; "" for any
	up   bool   // to the head, when attached to it by rel
}

// pattern leads from a meeting word of one class to a party.
type pattern struct {
	class string
	path  []step
	role  string
	line  int
}

// patternClasses are the classes a pattern may name.
var patternClasses = map[string]bool{"verb": true, "host-verb": true, "visit-verb": true, "noun": true, "visit-noun": true}

// parsePatterns reads the dictionary; an error names the line.
func parsePatterns(text string) (map[string][]pattern, error) {
	out := map[string][]pattern{}
	for i, line := range strings.Split(text, "\n") {
		if k := strings.IndexByte(line, '#'); k >= 0 {
			line = line[:k]
		}
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if len(f) < 3 {
			return nil, fmt.Errorf("patterns.txt line %d: want CLASS PATH ROLE, got %q", i+1, line)
		}
		p := pattern{class: f[0], role: f[len(f)-1], line: i + 1}
		if !patternClasses[p.class] {
			return nil, fmt.Errorf("patterns.txt line %d: unknown class %q", i+1, p.class)
		}
		if p.role != graphify.RoleParticipant && p.role != graphify.RoleHost && p.role != graphify.RoleVisitor {
			return nil, fmt.Errorf("patterns.txt line %d: unknown role %q", i+1, p.role)
		}
		for _, s := range f[1 : len(f)-1] {
			st := step{up: strings.HasPrefix(s, "^")}
			s = strings.TrimPrefix(s, "^")
			rel, word, _ := strings.Cut(s, ":")
			if rel == "" {
				return nil, fmt.Errorf("patterns.txt line %d: bad step %q", i+1, s)
			}
			if rel == "nsubj" && word == "pass" || rel == "nmod" && word == "poss" {
				rel, word = rel+":"+word, "" // UD subtypes, not case words
			}
			st.rel, st.word = rel, word
			p.path = append(p.path, st)
		}
		out[p.class] = append(out[p.class], p)
	}
	return out, nil
}

// patterns is the parsed dictionary; a pattern that does not parse is a
// programmer's error, caught by TestPatterns.
var patterns, patternsErr = parsePatterns(patternsTxt)

// patternClass is the class of the trigger at parse token i.
func patternClass(tr trigger, tk syntax.Token) string {
	noun := tk.UPOS == "NOUN" || tk.UPOS == "PROPN"
	switch {
	case noun && tr.visit:
		return "visit-noun"
	case noun:
		return "noun"
	case tr.visit:
		return "visit-verb"
	case tr.host:
		return "host-verb"
	}
	return "verb"
}

// follow walks a pattern's path from token i and appends the tokens it
// reaches, with the tokens coordinated with them.
func follow(s *syntax.Sentence, i int, path []step, dst []int) []int {
	at := []int{i}
	for _, st := range path {
		var next []int
		for _, k := range at {
			if st.up {
				if h := s.Tokens[k].Head; h >= 0 && baseRel(s.Tokens[k].Rel) == st.rel && (st.word == "" || caseWord(s, k) == st.word) {
					next = append(next, h)
				}
				continue
			}
			if st.rel == "subj" {
				next = clauseSubject(s, k, next)
				continue
			}
			for _, c := range s.Children(nil, k) {
				if relMatches(s.Tokens[c].Rel, st.rel) && (st.word == "" || caseWord(s, c) == st.word) {
					next = append(next, c)
				}
			}
		}
		at = next
	}
	for _, k := range at {
		dst = append(dst, k)
		dst = conjuncts(s, k, dst)
	}
	return dst
}

// subjectHops is how far clauseSubject climbs through a verb chain.
const subjectHops = 3

// clauseSubject appends the subject of the clause of verb k: its own nsubj,
// or, when it has none, the subject it shares with the verb it is
// coordinated with or complements ("Shultz flew in and drove to a meeting",
// "Lind hopes to hold talks").
func clauseSubject(s *syntax.Sentence, k int, dst []int) []int {
	for hop := 0; hop <= subjectHops && k >= 0; hop++ {
		for _, c := range s.Children(nil, k) {
			if relMatches(s.Tokens[c].Rel, "nsubj") {
				return append(dst, c)
			}
		}
		switch baseRel(s.Tokens[k].Rel) {
		case "conj", "xcomp", "advcl":
			k = s.Tokens[k].Head
		default:
			return dst
		}
	}
	return dst
}

// conjuncts appends the tokens coordinated with k: "X and Y", "X, Y and Z".
func conjuncts(s *syntax.Sentence, k int, dst []int) []int {
	for _, c := range s.Children(nil, k) {
		if s.Tokens[c].Rel == "conj" {
			dst = append(dst, c)
			dst = conjuncts(s, c, dst)
		}
	}
	return dst
}

// caseWord is the lower-case word of k's "case" dependent: "with" in "with Xi".
func caseWord(s *syntax.Sentence, k int) string {
	for _, c := range s.Children(nil, k) {
		if s.Tokens[c].Rel == "case" {
			return strings.ToLower(s.Tokens[c].Text)
		}
	}
	return ""
}

// relMatches reports whether a relation (with its subtype) matches a
// pattern's: "nsubj:pass" matches only itself, "obl" matches "obl:tmod" too.
func relMatches(rel, want string) bool {
	return rel == want || !strings.Contains(want, ":") && baseRel(rel) == want
}

func baseRel(rel string) string {
	b, _, _ := strings.Cut(rel, ":")
	return b
}

// syntaxParties returns the parties the pattern dictionary finds for the
// trigger at token t of a sentence, as mentions of ms: the mention that
// covers each token reached.
func syntaxParties(s *syntax.Sentence, toks []token, ms []mention, t int, tr trigger) []party {
	at := -1
	for i, tk := range s.Tokens {
		if tk.Start <= toks[t].start && toks[t].start < tk.End {
			at = i
			break
		}
	}
	if at < 0 {
		return nil
	}
	var reached []int
	var roles []string
	for _, p := range patterns[patternClass(tr, s.Tokens[at])] {
		n := len(reached)
		reached = follow(s, at, p.path, reached)
		for range reached[n:] {
			roles = append(roles, p.role)
		}
	}
	var out []party
	for j, k := range reached {
		off := s.Tokens[k].Start
		for _, m := range ms {
			if toks[m.first].start <= off && off < toks[m.last-1].end && m.actor() && !pressParty(m) {
				out = append(out, party{m: m, role: roles[j]})
				break
			}
		}
	}
	return out
}

// addSyntaxParties adds to a frame the parties the dependency patterns find
// and its rules did not, except a speaker ("Carney said … negotiations"): a
// guess (a weak party) gives way to them.
func addSyntaxParties(f *frame, found []party, sent string, toks []token) {
	t := f.trigger
	if len(found) == 0 {
		return
	}
	if weakOnly(f.parties) && !pronounsOnly(found) {
		f.parties = f.parties[:0]
	}
	for _, p := range found {
		dup := false
		for _, q := range f.parties {
			if q.m.first == p.m.first || p.m.first < q.m.last && q.m.first < p.m.last || renames(toks, p.m, q.m) || renames(toks, q.m, p.m) {
				dup = true
				break
			}
		}
		if dup || speaker(toks, p.m, t) || p.m.typ == graphify.TypeCountry && f.place != nil && f.place.Country == p.m.name && p.role != graphify.RoleHost {
			continue // "in Moscow … Russia": the place, not a party
		}
		if p.m.last > p.m.first {
			p.text = sent[toks[p.m.first].start:toks[p.m.last-1].end]
		}
		f.parties = append(f.parties, p)
	}
}

// pronounsOnly reports whether every party found is a pronoun, which may
// not resolve: a guess is kept against them.
func pronounsOnly(ps []party) bool {
	for _, p := range ps {
		if p.m.typ != typePronoun {
			return false
		}
	}
	return true
}

// renames reports a mention right before another, or before it and a comma,
// that names the same party: "his Croatian counterpart Ivan Petek". Two
// countries are two parties: "Chile, Argentina and Bolivia".
func renames(toks []token, a, b mention) bool {
	if a.typ == graphify.TypeCountry && b.typ == graphify.TypeCountry {
		return false
	}
	return a.last == b.first || a.last+1 == b.first && toks[a.last].lower == ","
}
