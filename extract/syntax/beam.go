package syntax

import (
	"math"
	"os"
	"slices"
	"strconv"
)

// Experimental: beam decoding with the greedy model.

var beamWidth, _ = strconv.Atoi(os.Getenv("BEAM"))
var altFeats = os.Getenv("ALT") != ""
var altLabel = os.Getenv("ALTLABEL") != ""
var altShrink = max(1, envInt("ALTSHRINK", 1))

func envInt(k string, d int) int {
	if v, err := strconv.Atoi(os.Getenv(k)); err == nil {
		return v
	}
	return d
}

var beamTemp, _ = strconv.ParseFloat(os.Getenv("TEMP"), 64)

func (st *state) copyFrom(o *state) {
	st.n, st.words, st.tags, st.b = o.n, o.words, o.tags, o.b
	st.stack = append(st.stack[:0], o.stack...)
	st.head = append(st.head[:0], o.head...)
	st.rel = append(st.rel[:0], o.rel...)
	st.lc1 = append(st.lc1[:0], o.lc1...)
	st.lc2 = append(st.lc2[:0], o.lc2...)
	st.rc1 = append(st.rc1[:0], o.rc1...)
	st.rc2 = append(st.rc2[:0], o.rc2...)
	st.nl = append(st.nl[:0], o.nl...)
	st.nr = append(st.nr[:0], o.nr...)
	st.lset = append(st.lset[:0], o.lset...)
	st.rset = append(st.rset[:0], o.rset...)
}

type beamHyp struct {
	st    state
	score int64
}

type beamCand struct {
	from  int
	act   int
	label int32
	score int64
}

func (d *decoder) parseBeam(words []word, tags []int32, k int) {
	cur := make([]beamHyp, 1, k)
	cur[0].st.reset(words, tags)
	next := make([]beamHyp, 0, k)
	var cands []beamCand
	var ok [nact]bool
	var sc [nact]int32
	for !cur[0].st.done() {
		cands = cands[:0]
		for h := range cur {
			st := &cur[h].st
			d.feats = st.parseFeatures(d.feats[:0])
			d.action.score(d.feats, sc[:])
			st.valid(&ok)
			mx := float64(sc[argmax(sc[:], ok[:])])
			var z float64
			if beamTemp > 0 {
				for a := range nact {
					if ok[a] {
						z += math.Exp((float64(sc[a]) - mx) / beamTemp)
					}
				}
				z = math.Log(z) * beamTemp
			}
			for a := range nact {
				if !ok[a] {
					continue
				}
				var l int32
				if a == actLeft || a == actRight {
					d.st = *st // label reads d.feats only
					l = d.label(a, int(st.b) == st.n)
				}
				cands = append(cands, beamCand{h, a, l, cur[h].score + int64(float64(sc[a])-mx-z)})
			}
		}
		slices.SortStableFunc(cands, func(a, b beamCand) int {
			switch {
			case a.score > b.score:
				return -1
			case a.score < b.score:
				return 1
			}
			return 0
		})
		next = next[:0]
		for _, c := range cands[:min(k, len(cands))] {
			next = append(next, beamHyp{score: c.score})
			h := &next[len(next)-1]
			h.st.copyFrom(&cur[c.from].st)
			h.st.apply(c.act, c.label)
		}
		cur, next = next, cur
	}
	d.st.copyFrom(&cur[0].st)
}
