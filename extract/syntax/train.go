package syntax

import (
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"sync"
)

// TrainConfig says how to train a model.
type TrainConfig struct {
	Train, Dev  string // CoNLL-U files, gzipped or not
	TagEpochs   int
	ParseEpochs int
	Folds       int  // jackknife folds for the parser's training tags
	TagBits     uint // log2 of the tagger's weight table rows
	ParseBits   uint
	LabelBits   uint
	Seed        uint64
	Workers     int       // tagger trainings run at once
	Log         io.Writer // progress and dev scores
}

// tsent is a training sentence.
type tsent struct {
	words []word
	gtag  []int32 // gold tags
	ptag  []int32 // predicted tags: jackknifed for training sentences
	ghead []int32 // gold heads, n for the root
	grel  []int32
}

// Train trains a tagger and a parser.
func Train(cfg TrainConfig) (*Model, error) {
	train, err := ReadCoNLLUFile(cfg.Train)
	if err != nil {
		return nil, err
	}
	dev, err := ReadCoNLLUFile(cfg.Dev)
	if err != nil {
		return nil, err
	}
	m := &Model{}
	m.setTags(tagSet(train))
	if len(m.labels) > 64 || m.rootLabel < 0 {
		return nil, fmt.Errorf("train: %d labels (at most 64, one of them root)", len(m.labels))
	}
	ts, ds := m.prepare(train), m.prepare(dev)
	fmt.Fprintf(cfg.Log, "train %d sentences, dev %d; %d tags, %d labels\n", len(ts), len(ds), len(m.tags), len(m.labels))
	trainTaggers(m, ts, ds, cfg)
	fmt.Fprintf(cfg.Log, "tagger: dev accuracy %.4f (UPOS %.4f), jackknifed train accuracy %.4f, %d weights\n", tagAccuracy(ds), m.uposAccuracy(ds), tagAccuracy(ts), len(m.tagger.ent))
	if cfg.ParseEpochs == 0 {
		return m, nil
	}
	trainParser(m, ts, ds, cfg)
	return m, nil
}

func tagSet(gs []Gold) (tags, labels []string) {
	seenT, seenL := map[string]bool{}, map[string]bool{}
	for _, g := range gs {
		for i := range g.Words {
			seenT[g.UPOS[i]+"|"+g.XPOS[i]] = true
			seenL[g.Rel[i]] = true
		}
	}
	for t := range seenT {
		tags = append(tags, t)
	}
	for l := range seenL {
		labels = append(labels, l)
	}
	slices.Sort(tags)
	slices.Sort(labels)
	return tags, labels
}

// trainTaggers trains the model's tagger on all of ts, and one tagger per
// fold on the other folds, with word classes from those folds only, to give
// ts the tags the parser will see at run time. It tags ts and ds.
func trainTaggers(m *Model, ts, ds []*tsent, cfg TrainConfig) {
	type fold struct {
		tagger  *linear
		classes map[uint64]uint64
	}
	folds := make([]fold, cfg.Folds+1)
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(cfg.Workers, 1))
	for k := range folds {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			var part []*tsent
			for i, s := range ts {
				if k == cfg.Folds || i%cfg.Folds != k {
					part = append(part, s)
				}
			}
			classes := ambiguityClasses(part)
			for i, s := range part {
				part[i] = withClasses(s, classes)
			}
			folds[k] = fold{trainTagger(m, part, cfg, uint64(k)), classes}
		})
	}
	wg.Wait()
	m.tagger, m.classes = folds[cfg.Folds].tagger, folds[cfg.Folds].classes
	for i, s := range ts {
		f := folds[i%cfg.Folds]
		s.words = withClasses(s, f.classes).words
		tagSent(f.tagger, s)
	}
	for _, s := range ds {
		s.words = withClasses(s, m.classes).words
		tagSent(m.tagger, s)
	}
}

// withClasses returns a copy of s whose words have their classes from
// classes; the copy shares the tags of s.
func withClasses(s *tsent, classes map[uint64]uint64) *tsent {
	c := *s
	c.words = slices.Clone(s.words)
	for i := range c.words {
		c.words[i].class = classes[c.words[i].lower]
	}
	return &c
}

// ambiguityClasses maps each word seen at least twice to the set of tags it
// takes at least a tenth of the time, hashed.
func ambiguityClasses(ss []*tsent) map[uint64]uint64 {
	counts := map[uint64]map[int32]int{}
	for _, s := range ss {
		for i, w := range s.words {
			c := counts[w.lower]
			if c == nil {
				c = map[int32]int{}
				counts[w.lower] = c
			}
			c[s.gtag[i]]++
		}
	}
	classes := map[uint64]uint64{}
	for w, c := range counts {
		total := 0
		for _, n := range c {
			total += n
		}
		if total < 2 {
			continue
		}
		var tags []int32
		for t, n := range c {
			if 10*n >= total {
				tags = append(tags, t)
			}
		}
		slices.Sort(tags)
		h := uint64(0x1234567)
		for _, t := range tags {
			h = step(h, uint64(t)+tagBase)
		}
		classes[w] = mix(h)
	}
	return classes
}

func (m *Model) prepare(gs []Gold) []*tsent {
	tagID, relID := map[string]int32{}, map[string]int32{}
	for i, t := range m.tags {
		tagID[t] = int32(i)
	}
	for i, l := range m.labels {
		relID[l] = int32(i)
	}
	var buf []byte
	out := make([]*tsent, len(gs))
	for k, g := range gs {
		n := len(g.Words)
		s := &tsent{words: make([]word, n), gtag: make([]int32, n), ptag: make([]int32, n), ghead: make([]int32, n), grel: make([]int32, n)}
		for i := range n {
			buf = analyse(&s.words[i], g.Words[i], buf)
			s.gtag[i] = tagID[g.UPOS[i]+"|"+g.XPOS[i]] // unknown tags in dev count as tag 0
			s.grel[i] = relID[g.Rel[i]]
			s.ghead[i] = int32(g.Head[i])
			if g.Head[i] < 0 {
				s.ghead[i] = int32(n)
			}
		}
		out[k] = s
	}
	return out
}

func shuffled(n int, rng *rand.Rand) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	return order
}

func trainTagger(m *Model, ss []*tsent, cfg TrainConfig, stream uint64) *linear {
	p := newPerceptron(len(m.tags), cfg.TagBits)
	rng := rand.New(rand.NewPCG(cfg.Seed, stream))
	scores := make([]int32, len(m.tags))
	var feats []uint64
	var tags []int32
	for range cfg.TagEpochs {
		for _, k := range shuffled(len(ss), rng) {
			s := ss[k]
			tags = grow(tags, len(s.words))
			for i := range s.words {
				feats = tagFeatures(feats[:0], s.words, tags, i)
				p.score(feats, scores)
				best := 0
				for c := 1; c < len(scores); c++ {
					if scores[c] > scores[best] {
						best = c
					}
				}
				p.n++
				if best != int(s.gtag[i]) {
					p.update(feats, int(s.gtag[i]), best)
				}
				tags[i] = int32(best)
			}
		}
	}
	return p.average()
}

func tagSent(l *linear, s *tsent) {
	d := newDecoder(l, nil, nil, l.nclass, 0, 0)
	d.tag(s.words, s.ptag)
}

func tagAccuracy(ss []*tsent) float64 {
	right, all := 0, 0
	for _, s := range ss {
		for i := range s.words {
			all++
			if s.ptag[i] == s.gtag[i] {
				right++
			}
		}
	}
	return float64(right) / float64(max(all, 1))
}

func (m *Model) uposAccuracy(ss []*tsent) float64 {
	right, all := 0, 0
	for _, s := range ss {
		for i := range s.words {
			all++
			if m.upos[s.ptag[i]] == m.upos[s.gtag[i]] {
				right++
			}
		}
	}
	return float64(right) / float64(max(all, 1))
}

// parserTrainer trains the action and label models with the dynamic oracle.
type parserTrainer struct {
	m               *Model
	action, labeler *perceptron
	d               decoder
	o               oracle
	rng             *rand.Rand
}

func trainParser(m *Model, ts, ds []*tsent, cfg TrainConfig) {
	t := &parserTrainer{
		m:       m,
		action:  newPerceptron(nact, cfg.ParseBits),
		labeler: newPerceptron(len(m.labels), cfg.LabelBits),
		rng:     rand.New(rand.NewPCG(cfg.Seed, 1000)),
	}
	t.d = newDecoder(nil, t.action, t.labeler, 0, len(m.labels), m.rootLabel)
	bestLAS := -1.0
	for epoch := range cfg.ParseEpochs {
		for _, k := range shuffled(len(ts), t.rng) {
			t.sentence(ts[k], epoch >= 1)
		}
		action, labeler := t.action.average(), t.labeler.average()
		uas, las := m.scoreParser(action, labeler, ds)
		fmt.Fprintf(cfg.Log, "parser epoch %d: dev UAS %.4f LAS %.4f, %d+%d weights\n", epoch+1, uas, las, len(action.ent), len(labeler.ent))
		if las > bestLAS {
			m.action, m.labeler, bestLAS = action, labeler, las
		}
	}
}

// sentence trains on one sentence; explore follows the model's mistakes
// nine times in ten.
func (t *parserTrainer) sentence(s *tsent, explore bool) {
	o, d, st := &t.o, &t.d, &t.d.st
	o.ghead = append(o.ghead[:0], s.ghead...)
	o.grel = s.grel
	projectivize(o.ghead)
	st.reset(s.words, s.ptag)
	o.reset(st)
	var ok [nact]bool
	var cost [nact]int32
	for !st.done() {
		d.feats = st.parseFeatures(d.feats[:0])
		scores := d.scores[:nact]
		t.action.score(d.feats, scores)
		st.valid(&ok)
		o.costs(st, &cost)
		pred, gold := argmax(scores, ok[:]), -1
		for c := range ok {
			if ok[c] && (gold < 0 || cost[c] < cost[gold] || cost[c] == cost[gold] && scores[c] > scores[gold]) {
				gold = c
			}
		}
		t.action.n++
		if cost[pred] > cost[gold] {
			t.action.update(d.feats, gold, pred)
		}
		next := gold
		if explore && t.rng.Float64() < 0.9 {
			next = pred
		}
		var l int32
		if next == actLeft || next == actRight {
			l = t.label(next)
		}
		st.apply(next, l)
	}
}

// label predicts the label of the arc action a makes and learns from it
// when the arc is a gold one; it returns the gold label then.
func (t *parserTrainer) label(a int) int32 {
	d, st := &t.d, &t.d.st
	atRoot := int(st.b) == st.n
	l := d.label(a, atRoot)
	g := t.o.goldLabel(st, a)
	if atRoot || g < 0 {
		return l
	}
	t.labeler.n++
	if l != g {
		t.labeler.update(d.lfeats, int(g), int(l))
	}
	return g
}

// scoreParser parses ds (with their predicted tags) and returns UAS and LAS
// with full labels.
func (m *Model) scoreParser(action, labeler *linear, ds []*tsent) (uas, las float64) {
	d := newDecoder(nil, action, labeler, 0, len(m.labels), m.rootLabel)
	right, labelled, all := 0, 0, 0
	for _, s := range ds {
		d.parse(s.words, s.ptag)
		for i := range s.words {
			all++
			if d.st.head[i] == s.ghead[i] {
				right++
				if d.st.rel[i] == s.grel[i] {
					labelled++
				}
			}
		}
	}
	return float64(right) / float64(all), float64(labelled) / float64(all)
}
