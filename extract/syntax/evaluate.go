package syntax

import (
	"strings"
	"time"
)

// Scores are a model's accuracies on gold sentences, tagged and parsed from
// their gold words. As in the CoNLL 2018 shared task, punctuation counts and
// LAS compares the universal part of the relation ("nmod" for "nmod:poss");
// LASFull compares whole relations.
type Scores struct {
	Sentences, Words int
	UPOS, XPOS       float64
	UAS, LAS         float64
	LASFull          float64
	Elapsed          time.Duration // tagging and parsing only
}

// TokensPerSecond is the speed of tagging and parsing.
func (s Scores) TokensPerSecond() float64 { return float64(s.Words) / s.Elapsed.Seconds() }

// Evaluate tags and parses the words of gs and scores the result.
func (m *Model) Evaluate(gs []Gold) Scores {
	p := m.NewParser()
	var sc Scores
	var upos, xpos, uas, las, full int
	for _, g := range gs {
		start := time.Now()
		s := p.ParseWords(g.Words)
		sc.Elapsed += time.Since(start)
		sc.Sentences++
		for i, t := range s.Tokens {
			sc.Words++
			upos += b2i(t.UPOS == g.UPOS[i])
			xpos += b2i(t.XPOS == g.XPOS[i])
			if t.Head != g.Head[i] {
				continue
			}
			uas++
			las += b2i(universal(t.Rel) == universal(g.Rel[i]))
			full += b2i(t.Rel == g.Rel[i])
		}
	}
	n := float64(max(sc.Words, 1))
	sc.UPOS, sc.XPOS = float64(upos)/n, float64(xpos)/n
	sc.UAS, sc.LAS, sc.LASFull = float64(uas)/n, float64(las)/n, float64(full)/n
	return sc
}

func universal(rel string) string {
	u, _, _ := strings.Cut(rel, ":")
	return u
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
