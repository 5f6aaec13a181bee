package syntax

import (
	"fmt"
	"math/rand/v2"
)

// Experimental: a label model over the finished tree, trained on gold trees
// (with jackknifed tags), without the parser's own label as a feature.

func (st *state) relabelFeatures(fs []uint64, d int32) []uint64 {
	h := st.head[d]
	w, t, l := st.wordAt, st.tagAt, st.labelAt
	dw, dp, hw, hp := w(d), t(d), w(h), t(h)
	dc, hc := st.classAt(d), st.classAt(h)
	dir := uint64(0)
	if d > h {
		dir = 1
	}
	dist := uint64(min(max(d-h, h-d), 8))<<1 | dir
	var sfx uint64
	if int(d) < st.n {
		sfx = st.words[d].suffix[2]
	}
	first := uint64(0) // d is h's nearest child on its side
	if dir == 1 && st.lc1 != nil {
		// nearest right child: scan between
		first = 1
		for k := h + 1; k < d; k++ {
			if st.head[k] == h {
				first = 0
				break
			}
		}
	}
	lc, rc := st.lc1[d], st.rc1[d]
	return append(fs,
		feat1(300, 0),
		feat2(301, dp, dir), feat2(302, dw, dir), feat2(303, dc, dir),
		feat3(304, hp, dp, dist), feat3(305, hw, dp, dir), feat3(306, hp, dw, dir),
		feat3(307, hw, dw, dir), feat3(308, hc, dc, dir), feat2(309, hw, dir),
		feat3(310, dp, st.lset[d], dir), feat3(311, dp, st.rset[d], dir),
		feat3(312, hp, l(h), dir), feat3(313, hp, t(at(st.head, h)), dp),
		feat3(314, dp, w(lc), t(lc)), feat3(315, dp, t(rc), l(rc)),
		feat3(316, t(d-1), dp, t(d+1)), feat3(317, hp, st.lset[h], st.rset[h]),
		feat3(318, dp, hp, uint64(st.nl[d])<<8|uint64(st.nr[d])),
		feat2(319, dw, hp), feat3(320, sfx, hp, dir),
		feat3(321, hp, dp, first), feat3(322, w(lc), hp, dir),
		feat3(323, w(d-1), dp, dir), feat3(324, l(lc), l(rc), dp),
		feat3(325, hp, dp, st.lset[d]), feat3(326, hp, dp, st.rset[d]),
	)
}

// relabel gives every non-root arc of d.st the relabeler's label.
func (d *decoder) relabel(rl scorer) {
	st := &d.st
	scores := d.scores[:d.nlabel]
	n := int32(st.n)
	for k := range n {
		if st.head[k] == n {
			continue
		}
		d.feats = st.relabelFeatures(d.feats[:0], k)
		rl.score(d.feats, scores)
		best := -1
		for c, v := range scores {
			if c != d.rootLabel && (best < 0 || v > scores[best]) {
				best = c
			}
		}
		d.rel2 = append(d.rel2, int32(best))
	}
	j := 0
	for k := range n {
		if st.head[k] != n {
			st.rel[k] = d.rel2[j]
			j++
		}
	}
	d.rel2 = d.rel2[:0]
}

func trainRelabeler(m *Model, ts, ds []*tsent, cfg TrainConfig, epochs int) {
	p := newPerceptron(len(m.labels), cfg.LabelBits)
	type arc struct {
		feats []uint64
		gold  int32
	}
	var arcs []arc
	var st state
	for _, s := range ts {
		st.reset(s.words, s.ptag)
		for k, h := range s.ghead {
			st.arc(h, int32(k), s.grel[k])
		}
		for k := range int32(len(s.words)) {
			if int(s.ghead[k]) != len(s.words) {
				arcs = append(arcs, arc{st.relabelFeatures(nil, k), s.grel[k]})
			}
		}
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 2000))
	scores := make([]int32, len(m.labels))
	best := -1.0
	for epoch := range epochs {
		for _, i := range shuffled(len(arcs), rng) {
			a := &arcs[i]
			p.score(a.feats, scores)
			p.n++
			bl := -1
			for c, v := range scores {
				if c != m.rootLabel && (bl < 0 || v > scores[bl]) {
					bl = c
				}
			}
			if bl != int(a.gold) {
				p.update(a.feats, int(a.gold), bl)
			}
		}
		l := p.average()
		m.relabeler = l
		uas, las := m.scoreParser(m.action, m.labeler, ds)
		fmt.Fprintf(cfg.Log, "relabeler epoch %d: dev UAS %.4f LAS %.4f, %d weights\n", epoch+1, uas, las, len(l.ent))
		if las > best {
			best = las
		}
	}
}
