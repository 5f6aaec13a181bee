// Package syntax tags and parses English sentences: for a sentence it gives
// the tokens with their byte offsets, a Universal POS tag and a Penn Treebank
// tag for each, and a labelled dependency tree in the Universal Dependencies
// scheme (nsubj, obj, obl, nmod, conj, appos, acl:relcl, compound, flat, …).
//
// The tagger and the parser are linear models trained on UD English EWT
// (CC BY-SA 4.0, see DATA-LICENSES.md): a greedy left-to-right tagger and a
// greedy arc-eager transition parser trained with a dynamic oracle, both
// averaged perceptrons over hashed features. The weights are embedded in the
// binary; cmd/trainsyntax (make model) rebuilds them.
//
// Use: load the model once and share it; give each worker its own Parser,
// which owns the buffers a parse needs, so parsing allocates nothing per
// token:
//
//	m, err := syntax.Load() // once; safe for concurrent use
//	p := m.NewParser()      // one per goroutine
//	s := p.Parse("Putin met Xi in Beijing on Monday.")
//	for i, t := range s.Tokens {
//		fmt.Println(i, t.Text, t.UPOS, t.Head, t.Rel)
//	}
//
// A Sentence returned by a Parser is valid until that Parser's next call.
// Parse splits the text into tokens as UD English EWT does ("did" "n't",
// "Kohl" "'s", "Soviet" "-" "era"); ParseWords takes tokens already split.
// A wire-service dateline that opens a sentence ("MOSCOW, March 3 (Reuters) -")
// is parsed apart, and its head attached to the sentence's root as
// parataxis, so that it never takes the place of the subject.
//
// Accuracy and speed are measured by graphify eval on a CoNLL-U file and by
// the package's benchmarks; README.md has the figures.
package syntax

import (
	"strings"
)

// Token is one word of a parsed sentence.
type Token struct {
	Text       string
	Start, End int    // byte offsets in the parsed text; -1 for ParseWords
	UPOS       string // Universal POS tag: NOUN, PROPN, VERB, ADP, …
	XPOS       string // Penn Treebank tag: NN, NNP, VBD, IN, …
	Head       int    // index of the head token, -1 for the root
	Rel        string // dependency relation to the head: nsubj, obj, root, …
}

// Sentence is a tagged and parsed sentence.
type Sentence struct {
	Tokens []Token
}

// Children appends to dst the indices of the dependents of token i, in order.
func (s *Sentence) Children(dst []int, i int) []int {
	for k := range s.Tokens {
		if s.Tokens[k].Head == i {
			dst = append(dst, k)
		}
	}
	return dst
}

// Model is a trained tagger and parser. It is read-only and safe for
// concurrent use.
type Model struct {
	tags      []string // "UPOS|XPOS"
	upos      []string
	xpos      []string
	labels    []string
	rootLabel int
	tagger    *linear
	action    *linear           // shift, reduce, left-arc, right-arc
	labeler   *linear           // the label of an arc
	classes   map[uint64]uint64 // lowercased word → ambiguity class
}

// Size is about the memory the loaded model takes, in bytes: its weight
// tables and its word classes.
func (m *Model) Size() int {
	return m.tagger.size() + m.action.size() + m.labeler.size() + 32*len(m.classes)
}

func (m *Model) setTags(tags, labels []string) {
	m.tags, m.labels = tags, labels
	m.upos, m.xpos = make([]string, len(tags)), make([]string, len(tags))
	for i, t := range tags {
		m.upos[i], m.xpos[i], _ = strings.Cut(t, "|")
	}
	m.rootLabel = -1
	for i, l := range labels {
		if l == "root" {
			m.rootLabel = i
		}
	}
}

// scorer is a linear model being trained or trained.
type scorer interface {
	score(feats []uint64, scores []int32)
}

// Parser tags and parses sentences with a Model. It keeps its buffers from
// one sentence to the next; it is not safe for concurrent use.
type Parser struct {
	m     *Model
	d     decoder
	words []word
	tags  []int32
	buf   []byte
	tok   tokenizer
	sent  Sentence
}

// NewParser returns a Parser for m.
func (m *Model) NewParser() *Parser {
	return &Parser{m: m, d: newDecoder(m.tagger, m.action, m.labeler, len(m.tags), len(m.labels), m.rootLabel)}
}

// Parse splits text into tokens, then tags and parses them as one sentence.
func (p *Parser) Parse(text string) *Sentence {
	p.sent.Tokens = p.tok.split(p.sent.Tokens[:0], text)
	p.run()
	return &p.sent
}

// ParseWords tags and parses words as one sentence.
func (p *Parser) ParseWords(words []string) *Sentence {
	p.sent.Tokens = grow(p.sent.Tokens, len(words))
	for i, w := range words {
		p.sent.Tokens[i] = Token{Text: w, Start: -1, End: -1}
	}
	p.run()
	return &p.sent
}

func (p *Parser) run() {
	toks := p.sent.Tokens
	p.words = grow(p.words, len(toks))
	for i := range toks {
		p.buf = analyse(&p.words[i], toks[i].Text, p.buf)
		p.words[i].class = p.m.classes[p.words[i].lower]
	}
	p.tags = grow(p.tags, len(toks))
	k := datelineLength(toks)
	root := p.parseSpan(k, len(toks))
	if dl := p.parseSpan(0, k); root >= 0 && dl >= 0 {
		toks[dl].Head, toks[dl].Rel = root, datelineRel
	}
}

// parseSpan tags and parses toks[i:j] as a sentence and returns the index
// of its (first) root, or -1 if the span is empty.
func (p *Parser) parseSpan(i, j int) int {
	toks, words, tags := p.sent.Tokens[i:j], p.words[i:j], p.tags[i:j]
	p.d.tag(words, tags)
	p.d.parse(words, tags)
	root := -1
	for k := range toks {
		t := &toks[k]
		t.UPOS, t.XPOS = p.m.upos[tags[k]], p.m.xpos[tags[k]]
		t.Head, t.Rel = int(p.d.st.head[k])+i, p.m.labels[p.d.st.rel[k]]
		if t.Head == j {
			t.Head = -1
			if root < 0 {
				root = i + k
			}
		}
	}
	return root
}

// decoder runs a tagger and a parser, trained or in training, with its own
// scratch space.
type decoder struct {
	tagger, action, labeler scorer
	ntag, nlabel, rootLabel int
	st                      state
	feats, lfeats           []uint64
	scores                  []int32
}

func newDecoder(tagger, action, labeler scorer, ntag, nlabel, rootLabel int) decoder {
	return decoder{
		tagger: tagger, action: action, labeler: labeler,
		ntag: ntag, nlabel: nlabel, rootLabel: rootLabel,
		feats: make([]uint64, 0, 128), lfeats: make([]uint64, 0, 128),
		scores: make([]int32, max(ntag, nlabel, nact)),
	}
}

// tag tags words into tags.
func (d *decoder) tag(words []word, tags []int32) {
	scores := d.scores[:d.ntag]
	for i := range words {
		d.feats = tagFeatures(d.feats[:0], words, tags, i)
		d.tagger.score(d.feats, scores)
		best := 0
		for c := 1; c < len(scores); c++ {
			if scores[c] > scores[best] {
				best = c
			}
		}
		tags[i] = int32(best)
	}
}

// parse fills d.st.head and d.st.rel for the tagged words.
func (d *decoder) parse(words []word, tags []int32) {
	st := &d.st
	st.reset(words, tags)
	var ok [nact]bool
	for !st.done() {
		d.feats = st.parseFeatures(d.feats[:0])
		d.action.score(d.feats, d.scores[:nact])
		st.valid(&ok)
		a := argmax(d.scores[:nact], ok[:])
		var l int32
		if a == actLeft || a == actRight {
			l = d.label(a, int(st.b) == st.n)
		}
		st.apply(a, l)
	}
}

// label picks the label of an arc made by action a from d.feats.
func (d *decoder) label(a int, atRoot bool) int32 {
	if atRoot {
		return int32(d.rootLabel)
	}
	d.lfeats = labelFeatures(d.lfeats[:0], d.feats, uint64(a-actLeft))
	scores := d.scores[:d.nlabel]
	d.labeler.score(d.lfeats, scores)
	best := -1
	for c, v := range scores {
		if c != d.rootLabel && (best < 0 || v > scores[best]) {
			best = c
		}
	}
	return int32(best)
}

func argmax(scores []int32, ok []bool) int {
	best := -1
	for c, v := range ok {
		if v && (best < 0 || scores[c] > scores[best]) {
			best = c
		}
	}
	return best
}
