package syntax

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Word clusters are learned from unlabelled text and give the tagger and
// parser a view of words the treebank saw rarely or never. A word's vector
// holds the positive pointwise mutual information of the frequent words just
// before and just after it; a binary tree of clusters is grown by splitting
// each cluster along its principal direction and refining the split with
// spherical 2-means. A word's cluster is its path from the root, a string
// of bits, so prefixes of it are coarser clusters, as with Brown clusters.

// ClusterConfig says how to cluster words.
type ClusterConfig struct {
	MinCount   int // words seen fewer times get no cluster
	MaxWords   int // at most this many words, the most frequent, are clustered
	Contexts   int // the most frequent words used as contexts
	Depth      int // the longest path
	MinSize    int // a cluster smaller than this is not split
	Iterations int // 2-means refinements per split
}

// ClusterCounter gathers the words of a corpus.
type ClusterCounter struct {
	ids   map[string]int32
	words []string
	freq  []int
	seq   []int32 // word ids, -1 between texts
	buf   []byte
	toks  []Token
}

// NewClusterCounter returns an empty counter.
func NewClusterCounter() *ClusterCounter {
	return &ClusterCounter{ids: map[string]int32{}}
}

// AddText splits text into tokens as Parse does and counts them.
func (c *ClusterCounter) AddText(text string) {
	c.toks = tokenizer{}.split(c.toks[:0], text)
	for _, t := range c.toks {
		c.add(t.Text)
	}
	c.seq = append(c.seq, -1)
}

// AddWords counts words already split, one sentence.
func (c *ClusterCounter) AddWords(words []string) {
	for _, w := range words {
		c.add(w)
	}
	c.seq = append(c.seq, -1)
}

func (c *ClusterCounter) add(text string) {
	var w word
	c.buf = analyse(&w, text, c.buf)
	id, ok := c.ids[string(c.buf)]
	if !ok {
		id = int32(len(c.words))
		c.words = append(c.words, string(c.buf))
		c.freq = append(c.freq, 0)
		c.ids[c.words[id]] = id
	}
	c.freq[id]++
	c.seq = append(c.seq, id)
}

// WordCluster is a word and its path in the cluster tree.
type WordCluster struct {
	Word  string
	Path  string // "0110…"
	Count int
}

// Clusters clusters the counted words; the result is sorted by path, then
// word, and is the same for the same input.
func (c *ClusterCounter) Clusters(cfg ClusterConfig) []WordCluster {
	byFreq := make([]int32, len(c.words))
	for i := range byFreq {
		byFreq[i] = int32(i)
	}
	slices.SortFunc(byFreq, func(a, b int32) int {
		return cmp.Or(c.freq[b]-c.freq[a], strings.Compare(c.words[a], c.words[b]))
	})
	vocab := map[int32]int32{} // word id → row
	for _, id := range byFreq {
		if c.freq[id] < cfg.MinCount || len(vocab) == cfg.MaxWords {
			break
		}
		vocab[id] = int32(len(vocab))
	}
	ctx := map[int32]int32{-1: 0} // word id → context index; 0 is the text boundary
	for _, id := range byFreq[:min(cfg.Contexts, len(byFreq))] {
		ctx[id] = int32(len(ctx))
	}
	rows := c.vectors(vocab, ctx)
	paths := make([]string, len(rows))
	members := make([]int32, len(rows))
	for i := range members {
		members[i] = int32(i)
	}
	s := splitter{rows: rows, dim: 2 * len(ctx), cfg: cfg}
	s.grow(members, "", paths)
	out := make([]WordCluster, 0, len(vocab))
	for id, r := range vocab {
		out = append(out, WordCluster{c.words[id], paths[r], c.freq[id]})
	}
	slices.SortFunc(out, func(a, b WordCluster) int {
		return cmp.Or(strings.Compare(a.Path, b.Path), strings.Compare(a.Word, b.Word))
	})
	return out
}

// sparse is a unit vector: dims ascending, their values.
type sparse struct {
	dim []int32
	val []float32
}

// vectors counts for each vocabulary word its left contexts (dims [0, k))
// and right contexts (dims [k, 2k)) and weighs them by positive PMI.
func (c *ClusterCounter) vectors(vocab, ctx map[int32]int32) []sparse {
	k := int32(len(ctx))
	var pairs []uint64
	ctxOf := func(i int) (int32, bool) {
		if i < 0 || i >= len(c.seq) {
			return 0, true
		}
		x, ok := ctx[c.seq[i]]
		return x, ok
	}
	for i, id := range c.seq {
		r, ok := vocab[id]
		if id < 0 || !ok {
			continue
		}
		if x, ok := ctxOf(i - 1); ok {
			pairs = append(pairs, uint64(r)<<32|uint64(x))
		}
		if x, ok := ctxOf(i + 1); ok {
			pairs = append(pairs, uint64(r)<<32|uint64(x+k))
		}
	}
	slices.Sort(pairs)
	rows := make([]sparse, len(vocab))
	rowTotal := make([]float64, len(vocab))
	dimTotal := make([]float64, 2*k)
	var n float64
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		r, d := int32(pairs[i]>>32), int32(uint32(pairs[i]))
		rows[r].dim = append(rows[r].dim, d)
		rows[r].val = append(rows[r].val, float32(j-i))
		rowTotal[r] += float64(j - i)
		dimTotal[d] += float64(j - i)
		n += float64(j - i)
		i = j
	}
	for r := range rows {
		row := &rows[r]
		var norm float64
		for i, d := range row.dim {
			v := math.Max(0, math.Log(float64(row.val[i])*n/(rowTotal[r]*dimTotal[d])))
			row.val[i] = float32(v)
			norm += v * v
		}
		if norm > 0 {
			for i := range row.val {
				row.val[i] /= float32(math.Sqrt(norm))
			}
		}
	}
	return rows
}

// splitter grows the cluster tree.
type splitter struct {
	rows []sparse
	dim  int
	cfg  ClusterConfig
}

func (s *splitter) grow(members []int32, path string, paths []string) {
	if len(path) >= s.cfg.Depth || len(members) < s.cfg.MinSize {
		for _, m := range members {
			paths[m] = path
		}
		return
	}
	side := s.split(members)
	var left, right []int32
	for i, m := range members {
		if side[i] {
			right = append(right, m)
		} else {
			left = append(left, m)
		}
	}
	if len(left) == 0 || len(right) == 0 {
		for _, m := range members {
			paths[m] = path
		}
		return
	}
	s.grow(left, path+"0", paths)
	s.grow(right, path+"1", paths)
}

func (s *splitter) dot(r int32, v []float64) float64 {
	var x float64
	row := &s.rows[r]
	for i, d := range row.dim {
		x += float64(row.val[i]) * v[d]
	}
	return x
}

// split divides members in two: first by the sign of their projection on
// the principal direction of the centred vectors (power iteration from a
// fixed start), then by 2-means with cosine similarity.
func (s *splitter) split(members []int32) []bool {
	mean := s.centroid(members, nil, false)
	v := make([]float64, s.dim)
	for d := range v {
		v[d] = 1 / float64(d+1)
	}
	next := make([]float64, s.dim)
	for range 8 {
		mv := dense(mean, v)
		clear(next)
		var sum float64
		for _, m := range members {
			p := s.dot(m, v) - mv
			sum += p
			row := &s.rows[m]
			for i, d := range row.dim {
				next[d] += p * float64(row.val[i])
			}
		}
		for d := range next {
			next[d] -= sum * mean[d]
		}
		normalize(next)
		v, next = next, v
	}
	mv := dense(mean, v)
	side := make([]bool, len(members))
	for i, m := range members {
		side[i] = s.dot(m, v) > mv
	}
	for range s.cfg.Iterations {
		c0, c1 := s.centroid(members, side, false), s.centroid(members, side, true)
		normalize(c0)
		normalize(c1)
		changed := false
		for i, m := range members {
			b := s.dot(m, c1) > s.dot(m, c0)
			changed = changed || b != side[i]
			side[i] = b
		}
		if !changed {
			break
		}
	}
	return side
}

// centroid is the mean of the members on side which (all of them if side
// is nil).
func (s *splitter) centroid(members []int32, side []bool, which bool) []float64 {
	c := make([]float64, s.dim)
	n := 0
	for i, m := range members {
		if side != nil && side[i] != which {
			continue
		}
		n++
		row := &s.rows[m]
		for k, d := range row.dim {
			c[d] += float64(row.val[k])
		}
	}
	for d := range c {
		c[d] /= float64(max(n, 1))
	}
	return c
}

func dense(a, b []float64) float64 {
	var x float64
	for i := range a {
		x += a[i] * b[i]
	}
	return x
}

func normalize(v []float64) {
	n := math.Sqrt(dense(v, v))
	if n == 0 {
		return
	}
	for i := range v {
		v[i] /= n
	}
}

// WriteClusters writes cs as lines of path, word and count, tab-separated,
// the format of Brown clusters.
func WriteClusters(w io.Writer, cs []WordCluster) error {
	bw := bufio.NewWriter(w)
	for _, c := range cs {
		fmt.Fprintf(bw, "%s\t%s\t%d\n", c.Path, c.Word, c.Count)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write clusters: %w", err)
	}
	return nil
}

// ReadClusters reads what WriteClusters wrote.
func ReadClusters(r io.Reader) ([]WordCluster, error) {
	var cs []WordCluster
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 || strings.Trim(f[0], "01") != "" || len(f[0]) > 62 {
			return nil, fmt.Errorf("read clusters line %d: want path, word, count", line)
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return nil, fmt.Errorf("read clusters line %d: %w", line, err)
		}
		cs = append(cs, WordCluster{f[1], f[0], n})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	return cs, nil
}

// clusterTable maps the hash of a lowercased word to its path, coded as
// the path's bits below a leading 1.
func clusterTable(cs []WordCluster) map[uint64]uint64 {
	t := make(map[uint64]uint64, len(cs))
	for _, c := range cs {
		code := uint64(1)
		for _, b := range c.Path {
			code = code<<1 | uint64(b-'0')
		}
		t[hashBytes([]byte(c.Word))] = code
	}
	return t
}
