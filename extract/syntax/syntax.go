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
// ParseWords parses words already split (the UD convention splits "don't"
// into "do" "n't" and the possessive "'s" from its noun).
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
	parser    *linear
}

// Size is the memory of the model's weight tables, in bytes.
func (m *Model) Size() int { return m.tagger.size() + m.parser.size() }

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
	m      *Model
	words  []word
	tags   []int32
	st     state
	feats  []uint64
	scores []int32
	ok     []bool
	buf    []byte
	tok    tokenizer
	sent   Sentence
}

// NewParser returns a Parser for m.
func (m *Model) NewParser() *Parser {
	nclass := max(len(m.tags), actRight(len(m.labels))+len(m.labels))
	return &Parser{m: m, feats: make([]uint64, 0, 128), scores: make([]int32, nclass), ok: make([]bool, nclass)}
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
	}
	p.tags = grow(p.tags, len(toks))
	p.feats = tagAll(p.m.tagger, p.words, p.tags, p.feats, p.scores[:len(p.m.tags)])
	p.feats = parse(p.m.parser, &p.st, p.words, p.tags, p.feats, p.scores, p.ok, len(p.m.labels), p.m.rootLabel)
	for i := range toks {
		t := &toks[i]
		t.UPOS, t.XPOS = p.m.upos[p.tags[i]], p.m.xpos[p.tags[i]]
		t.Head, t.Rel = int(p.st.head[i]), p.m.labels[p.st.rel[i]]
		if t.Head == len(toks) {
			t.Head = -1
		}
	}
}

// tagAll tags words into tags, using feats and scores as scratch space.
func tagAll(m scorer, words []word, tags []int32, feats []uint64, scores []int32) []uint64 {
	for i := range words {
		feats = tagFeatures(feats[:0], words, tags, i)
		m.score(feats, scores)
		best := 0
		for c := 1; c < len(scores); c++ {
			if scores[c] > scores[best] {
				best = c
			}
		}
		tags[i] = int32(best)
	}
	return feats
}

// parse fills st.head and st.rel for the tagged words.
func parse(m scorer, st *state, words []word, tags []int32, feats []uint64, scores []int32, ok []bool, nlabel, rootLabel int) []uint64 {
	st.reset(words, tags)
	for !st.done() {
		feats = st.parseFeatures(feats[:0])
		m.score(feats, scores)
		st.valid(ok, nlabel, rootLabel)
		st.apply(argmax(scores, ok), nlabel)
	}
	return feats
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
