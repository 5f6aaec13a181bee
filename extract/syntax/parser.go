package syntax

// The parser is arc-eager (Nivre 2003) with the root at the end of the
// buffer (Ballesteros and Nivre 2013). One model picks the action (shift,
// reduce, left-arc, right-arc), a second the label of an arc, from the same
// features conjoined with the arc's direction. The features are those of
// Zhang and Nivre (2011): words and tags of the stack top, the next three
// words, the heads and outermost children of the first two, distance,
// valency and the label sets of children.

const (
	actShift = iota
	actReduce
	actLeft
	actRight
	nact
)

// state is a parser configuration. Node n is the root.
type state struct {
	n      int
	words  []word
	tags   []int32
	stack  []int32
	b      int32
	head   []int32
	rel    []int32
	lc1    []int32 // leftmost child
	lc2    []int32 // second leftmost
	rc1    []int32 // rightmost
	rc2    []int32 // second rightmost
	nl, nr []int32 // number of left and right children
	lset   []uint64
	rset   []uint64
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func (st *state) reset(words []word, tags []int32) {
	n := len(words)
	st.n, st.words, st.tags, st.b = n, words, tags, 0
	st.stack = st.stack[:0]
	for _, p := range []*[]int32{&st.head, &st.rel, &st.lc1, &st.lc2, &st.rc1, &st.rc2} {
		*p = grow(*p, n+1)
		for i := range *p {
			(*p)[i] = -1
		}
	}
	st.nl, st.nr = grow(st.nl, n+1), grow(st.nr, n+1)
	clear(st.nl)
	clear(st.nr)
	st.lset, st.rset = grow(st.lset, n+1), grow(st.rset, n+1)
	clear(st.lset)
	clear(st.rset)
}

func (st *state) done() bool { return int(st.b) == st.n && len(st.stack) == 0 }

func (st *state) s0() int32 {
	if len(st.stack) == 0 {
		return -1
	}
	return st.stack[len(st.stack)-1]
}

func (st *state) arc(h, d, l int32) {
	st.head[d], st.rel[d] = h, l
	if d < h {
		st.nl[h]++
		st.lset[h] |= 1 << uint(l)
		if st.lc1[h] < 0 || d < st.lc1[h] {
			st.lc2[h], st.lc1[h] = st.lc1[h], d
		} else if st.lc2[h] < 0 || d < st.lc2[h] {
			st.lc2[h] = d
		}
	} else {
		st.nr[h]++
		st.rset[h] |= 1 << uint(l)
		if st.rc1[h] < 0 || d > st.rc1[h] {
			st.rc2[h], st.rc1[h] = st.rc1[h], d
		} else if st.rc2[h] < 0 || d > st.rc2[h] {
			st.rc2[h] = d
		}
	}
}

// apply performs action a (a valid one); label is that of an arc.
func (st *state) apply(a int, label int32) {
	switch a {
	case actShift:
		st.stack = append(st.stack, st.b)
		st.b++
	case actReduce:
		st.stack = st.stack[:len(st.stack)-1]
	case actLeft:
		s := st.s0()
		st.stack = st.stack[:len(st.stack)-1]
		st.arc(st.b, s, label)
	case actRight:
		st.arc(st.s0(), st.b, label)
		st.stack = append(st.stack, st.b)
		st.b++
	}
}

// valid marks the actions allowed in st.
func (st *state) valid(ok *[nact]bool) {
	*ok = [nact]bool{}
	s := st.s0()
	atRoot := int(st.b) == st.n
	ok[actShift] = !atRoot
	if s < 0 {
		return
	}
	ok[actReduce] = st.head[s] >= 0
	ok[actLeft] = st.head[s] < 0
	ok[actRight] = !atRoot
}

// labelTemplates are the state features, by position in parseFeatures, that
// the label model sees: those of the arc's two ends, their children and
// distance.
var labelTemplates = [...]uint8{
	0, 1, 2, 3, 4, 5, 8, // s0, n0, n1 tag
	12, 13, 14, 15, 16, 17, 18, // s0–n0 pairs
	21, 22, 23, 24, 25, // tag triples
	26, 27, 28, 29, 30, 31, // distance
	39, 40, 43, 46, 49, // s0's head tag; labels of s0, its children and n0's
	66, 67, 68, 69, 70, 71, // label sets
	6, 38, 42, 45, 48, // n1, s0's head word, tags of the outer children
	72, 73, 76, 77, 78, // s1, ambiguity classes
}

// labelFeatures appends to dst the features of a left (dir 0) or right
// (dir 1) arc: some of the state's features conjoined with the direction.
func labelFeatures(dst, feats []uint64, dir uint64) []uint64 {
	salt := (dir + 1) * mulB
	for _, i := range labelTemplates {
		dst = append(dst, feats[i]^salt)
	}
	return dst
}

func (st *state) wordAt(i int32) uint64 {
	switch {
	case i < 0:
		return noWord
	case int(i) == st.n:
		return rootWord
	}
	return st.words[i].lower
}

func (st *state) tagAt(i int32) uint64 {
	switch {
	case i < 0:
		return noTag
	case int(i) == st.n:
		return rootTag
	}
	return uint64(st.tags[i]) + tagBase
}

func (st *state) classAt(i int32) uint64 {
	switch {
	case i < 0:
		return noWord
	case int(i) == st.n:
		return rootWord
	}
	return st.words[i].class
}

func (st *state) labelAt(i int32) uint64 {
	if i < 0 {
		return 0
	}
	return uint64(st.rel[i] + 1)
}

func at(s []int32, i int32) int32 {
	if i < 0 {
		return -1
	}
	return s[i]
}

// parseFeatures appends the features of st to fs.
func (st *state) parseFeatures(fs []uint64) []uint64 {
	s0 := st.s0()
	n0 := st.b
	n1, n2 := n0+1, n0+2
	if int(n1) > st.n {
		n1 = -1
	}
	if int(n2) > st.n {
		n2 = -1
	}
	w, t, l := st.wordAt, st.tagAt, st.labelAt
	s0w, s0p, n0w, n0p := w(s0), t(s0), w(n0), t(n0)
	n1w, n1p, n2w, n2p := w(n1), t(n1), w(n2), t(n2)
	s0h := at(st.head, s0)
	s0h2 := at(st.head, s0h)
	s0l, s0r, n0l := at(st.lc1, s0), at(st.rc1, s0), at(st.lc1, n0)
	s0l2, s0r2, n0l2 := at(st.lc2, s0), at(st.rc2, s0), at(st.lc2, n0)
	s0lp, s0rp, n0lp := t(s0l), t(s0r), t(n0l)
	var d uint64
	if s0 >= 0 {
		d = uint64(min(n0-s0, 10))
	}
	s0vl, s0vr, n0vl := uint64(at(st.nl, s0)+1), uint64(at(st.nr, s0)+1), uint64(at(st.nl, n0)+1)
	var s0sl, s0sr, n0sl uint64
	if s0 >= 0 {
		s0sl, s0sr = st.lset[s0], st.rset[s0]
	}
	n0sl = st.lset[n0]
	s0wp, n0wp := s0w^s0p*mulB, n0w^n0p*mulB
	s1 := int32(-1)
	if len(st.stack) > 1 {
		s1 = st.stack[len(st.stack)-2]
	}
	s1w, s1p := w(s1), t(s1)
	s0c, n0c, n1c := st.classAt(s0), st.classAt(n0), st.classAt(n1)
	fs = append(fs,
		// single words
		feat1(100, s0wp), feat1(101, s0w), feat1(102, s0p),
		feat1(103, n0wp), feat1(104, n0w), feat1(105, n0p),
		feat2(106, n1w, n1p), feat1(107, n1w), feat1(108, n1p),
		feat2(109, n2w, n2p), feat1(110, n2w), feat1(111, n2p),
		// pairs
		feat2(112, s0wp, n0wp), feat3(113, s0wp, n0w, 0), feat3(114, s0w, n0wp, 1),
		feat2(115, s0wp, n0p), feat2(116, s0p, n0wp), feat2(117, s0w, n0w),
		feat2(118, s0p, n0p), feat2(119, n0p, n1p),
		// triples of tags
		feat3(120, n0p, n1p, n2p), feat3(121, s0p, n0p, n1p),
		feat3(122, t(s0h), s0p, n0p), feat3(123, s0p, s0lp, n0p),
		feat3(124, s0p, s0rp, n0p), feat3(125, s0p, n0p, n0lp),
		// distance
		feat2(126, s0w, d), feat2(127, s0p, d), feat2(128, n0w, d), feat2(129, n0p, d),
		feat3(130, s0w, n0w, d), feat3(131, s0p, n0p, d),
		// valency
		feat2(132, s0w, s0vr), feat2(133, s0p, s0vr), feat2(134, s0w, s0vl),
		feat2(135, s0p, s0vl), feat2(136, n0w, n0vl), feat2(137, n0p, n0vl),
		// heads and children
		feat1(138, w(s0h)), feat1(139, t(s0h)), feat1(140, l(s0)),
		feat1(141, w(s0l)), feat1(142, s0lp), feat1(143, l(s0l)),
		feat1(144, w(s0r)), feat1(145, s0rp), feat1(146, l(s0r)),
		feat1(147, w(n0l)), feat1(148, n0lp), feat1(149, l(n0l)),
		// third order
		feat1(150, w(s0h2)), feat1(151, t(s0h2)), feat1(152, l(s0h)),
		feat1(153, w(s0l2)), feat1(154, t(s0l2)), feat1(155, l(s0l2)),
		feat1(156, w(s0r2)), feat1(157, t(s0r2)), feat1(158, l(s0r2)),
		feat1(159, w(n0l2)), feat1(160, t(n0l2)), feat1(161, l(n0l2)),
		feat3(162, s0p, s0lp, t(s0l2)), feat3(163, s0p, s0rp, t(s0r2)),
		feat3(164, s0p, t(s0h), t(s0h2)), feat3(165, n0p, n0lp, t(n0l2)),
		// label sets
		feat2(166, s0w, s0sr), feat2(167, s0p, s0sr), feat2(168, s0w, s0sl),
		feat2(169, s0p, s0sl), feat2(170, n0w, n0sl), feat2(171, n0p, n0sl),
		// the second word on the stack
		feat1(172, s1w), feat1(173, s1p), feat3(174, s1p, s0p, n0p), feat2(175, s1w, s0w),
		// ambiguity classes: the tags the words could have had
		feat1(176, s0c), feat1(177, n0c), feat2(178, s0c, n0c), feat2(179, n0c, n1c),
	)
	return fs
}
