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

	taggers := make([]*linear, cfg.Folds+1)
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(cfg.Workers, 1))
	for k := range taggers {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			var part []*tsent
			for i, s := range ts {
				if k == cfg.Folds || i%cfg.Folds != k {
					part = append(part, s)
				}
			}
			taggers[k] = trainTagger(m, part, cfg, uint64(k))
		})
	}
	wg.Wait()
	m.tagger = taggers[cfg.Folds]
	for i, s := range ts {
		tagSent(taggers[i%cfg.Folds], s)
	}
	for _, s := range ds {
		tagSent(m.tagger, s)
	}
	fmt.Fprintf(cfg.Log, "tagger: dev accuracy %.4f, jackknifed train accuracy %.4f\n", tagAccuracy(ds), tagAccuracy(ts))
	m.parser = trainParser(m, ts, ds, cfg)
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
	scores := make([]int32, l.nclass)
	tagAll(l, s.words, s.ptag, nil, scores)
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

func trainParser(m *Model, ts, ds []*tsent, cfg TrainConfig) *linear {
	nl := len(m.labels)
	nclass := actRight(nl) + nl
	p := newPerceptron(nclass, cfg.ParseBits)
	rng := rand.New(rand.NewPCG(cfg.Seed, 1000))
	var (
		st     state
		o      oracle
		feats  []uint64
		scores = make([]int32, nclass)
		ok     = make([]bool, nclass)
		cost   = make([]int32, nclass)
	)
	var best *linear
	bestLAS := -1.0
	for epoch := range cfg.ParseEpochs {
		for _, k := range shuffled(len(ts), rng) {
			s := ts[k]
			o.ghead = append(o.ghead[:0], s.ghead...)
			o.grel = s.grel
			projectivize(o.ghead)
			st.reset(s.words, s.ptag)
			o.reset(&st)
			for !st.done() {
				feats = st.parseFeatures(feats[:0])
				p.score(feats, scores)
				st.valid(ok, nl, m.rootLabel)
				o.costs(&st, ok, cost, nl)
				pred, gold := argmax(scores, ok), -1
				for c := range ok {
					if ok[c] && cost[c] == 0 && (gold < 0 || scores[c] > scores[gold]) {
						gold = c
					}
				}
				p.n++
				if gold < 0 { // no zero-cost action: follow the cheapest
					gold = pred
					for c := range ok {
						if ok[c] && cost[c] < cost[gold] {
							gold = c
						}
					}
				}
				if cost[pred] > cost[gold] {
					p.update(feats, gold, pred)
				}
				next := gold
				if epoch >= 1 && rng.Float64() < 0.9 {
					next = pred
				}
				st.apply(next, nl)
			}
		}
		l := p.average()
		uas, las := m.scoreParser(l, ds)
		fmt.Fprintf(cfg.Log, "parser epoch %d: dev UAS %.4f LAS %.4f, %d weights\n", epoch+1, uas, las, len(l.ent))
		if las > bestLAS {
			best, bestLAS = l, las
		}
	}
	return best
}

// scoreParser parses ds (with their predicted tags) and returns UAS and LAS
// with full labels.
func (m *Model) scoreParser(l *linear, ds []*tsent) (uas, las float64) {
	mm := *m
	mm.parser = l
	p := mm.NewParser()
	right, labelled, all := 0, 0, 0
	for _, s := range ds {
		p.feats = parse(l, &p.st, s.words, s.ptag, p.feats, p.scores, p.ok, len(m.labels), m.rootLabel)
		for i := range s.words {
			all++
			if p.st.head[i] == s.ghead[i] {
				right++
				if p.st.rel[i] == s.grel[i] {
					labelled++
				}
			}
		}
	}
	return float64(right) / float64(all), float64(labelled) / float64(all)
}
