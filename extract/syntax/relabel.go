package syntax

import (
	"fmt"
	"math/rand/v2"
)

// The parser labels an arc when it makes it, before the dependent's right
// children or the head's later ones are known. Once the tree is whole, a
// second label model relabels each arc from both ends, their children's
// labels and the label first given.

// relabelFeatures appends the features of the arc into word d of the parsed
// state st (labels as the parser gave them).
func (st *state) relabelFeatures(fs []uint64, d int32) []uint64 {
	h := st.head[d]
	w, t, l := st.wordAt, st.tagAt, st.labelAt
	dw, dp, hw, hp := w(d), t(d), w(h), t(h)
	dk, hk := st.clusAt(d), st.clusAt(h)
	dir := uint64(0)
	if d > h {
		dir = 1
	}
	dist := uint64(min(max(d-h, h-d), 8))<<1 | dir
	ld := l(d)
	return append(fs,
		feat1(200, ld), feat2(201, ld, dp), feat3(202, ld, hp, dp),
		feat2(203, dw, dir), feat2(204, dp, dir), feat2(205, dk[1], dir), feat2(206, dk[3], dir),
		feat3(207, hp, dp, dist), feat3(208, hw, dp, dir), feat3(209, hp, dw, dir),
		feat3(210, hw, dw, dir), feat3(211, hk[1], dk[1], dir), feat2(212, hw, dir), feat2(213, hk[3], dir),
		feat3(214, dp, st.lset[d], dir), feat3(215, dp, st.rset[d], dir),
		feat3(216, hp, l(h), dir), feat3(217, hp, t(at(st.head, h)), dp),
		feat3(218, dp, t(st.lc1[d]), l(st.lc1[d])), feat3(219, dp, t(st.rc1[d]), l(st.rc1[d])),
		feat3(220, t(d-1), dp, t(d+1)), feat3(221, hp, st.lset[h], st.rset[h]),
		feat3(222, dp, hp, uint64(st.nl[d])<<8|uint64(st.nr[d])),
		feat2(223, dw, hp), feat2(224, ld, dw),
	)
}

// relabel gives every arc of the parsed state the label of the relabeler;
// arcs to the root keep theirs.
func (d *decoder) relabel() {
	st := &d.st
	d.rel = append(d.rel[:0], st.rel[:st.n]...)
	scores := d.scores[:d.nlabel]
	for k := range int32(st.n) {
		if int(st.head[k]) == st.n {
			continue
		}
		d.feats = st.relabelFeatures(d.feats[:0], k)
		d.relabeler.score(d.feats, scores)
		d.rel[k] = int32(bestLabel(scores, d.rootLabel))
	}
	copy(st.rel, d.rel)
}

func bestLabel(scores []int32, except int) int {
	best := -1
	for c, v := range scores {
		if c != except && (best < 0 || v > scores[best]) {
			best = c
		}
	}
	return best
}

// trainRelabeler parses ts with the trained parser and trains the
// relabeler on the arcs it gets right; it keeps the epoch best on ds.
func trainRelabeler(m *Model, ts, ds []*tsent, cfg TrainConfig) {
	p := newPerceptron(len(m.labels), cfg.LabelBits)
	d := newDecoder(nil, m.action, m.labeler, 0, len(m.labels), m.rootLabel)
	type arc struct {
		feats []uint64
		gold  int32
	}
	var arcs []arc
	for _, s := range ts {
		d.parse(s.words, s.ptag)
		for k := range int32(len(s.words)) {
			if h := d.st.head[k]; h == s.ghead[k] && int(h) != len(s.words) {
				arcs = append(arcs, arc{d.st.relabelFeatures(nil, k), s.grel[k]})
			}
		}
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, 2000))
	scores := make([]int32, len(m.labels))
	best := -1.0
	for epoch := range cfg.RelabelEpochs {
		for _, i := range shuffled(len(arcs), rng) {
			a := &arcs[i]
			p.score(a.feats, scores)
			p.n++
			if l := bestLabel(scores, m.rootLabel); l != int(a.gold) {
				p.update(a.feats, int(a.gold), l)
			}
		}
		l := p.average()
		_, las := m.scoreParser(m.action, m.labeler, l, ds)
		fmt.Fprintf(cfg.Log, "relabeler epoch %d: dev LAS %.4f, %d weights\n", epoch+1, las, len(l.ent))
		if las > best {
			m.relabeler, best = l, las
		}
	}
}
