package eval

import (
	"strings"
	"unicode"
)

// nameTokens returns the words a lenient name match compares: runs of ASCII
// letters and digits, lower-cased, without "the", "of", "mr", "mrs", "ms" and
// "s". Lower-casing follows Python's str.lower, which turns "İ" into "i" and a
// combining dot, so that the figures agree with ../shared/eval/score.py.
func nameTokens(s string) []string {
	var toks []string
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		switch w := b.String(); w {
		case "the", "of", "mr", "mrs", "ms", "s":
		default:
			toks = append(toks, w)
		}
		b.Reset()
	}
	for _, r := range s {
		if r == 'İ' {
			b.WriteByte('i')
			flush()
			continue
		}
		r = unicode.ToLower(r)
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			flush()
		}
	}
	flush()
	return toks
}

// nameMatch is MEETINGS.md's lenient match: the gold name's last word, or its
// first word when longer than three letters, or at least half of its words,
// appear among the words of one of the predicted names.
func nameMatch(gold string, preds []string) bool {
	g := nameTokens(gold)
	if len(g) == 0 {
		return false
	}
	distinct := map[string]bool{}
	for _, w := range g {
		distinct[w] = true
	}
	need := max(1, (len(g)+1)/2)
	for _, p := range preds {
		pt := map[string]bool{}
		for _, w := range nameTokens(p) {
			pt[w] = true
		}
		if len(pt) == 0 {
			continue
		}
		if pt[g[len(g)-1]] || len(g) > 1 && pt[g[0]] && len(g[0]) > 3 {
			return true
		}
		shared := 0
		for w := range distinct {
			if pt[w] {
				shared++
			}
		}
		if len(g) > 1 && shared >= need {
			return true
		}
	}
	return false
}
