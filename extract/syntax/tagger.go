package syntax

// The tagger reads left to right and gives each word one tag, a pair of a
// Universal POS tag and a Penn Treebank tag ("VERB|VBD"), from features of
// the word, its neighbours and the two tags before it.

// tagFeatures appends the features of word i to fs; tags[:i] are the tags
// already given.
func tagFeatures(fs []uint64, ws []word, tags []int32, i int) []uint64 {
	w := &ws[i]
	at := func(j int) *word {
		if j < 0 || j >= len(ws) {
			return nil
		}
		return &ws[j]
	}
	lower := func(j int) uint64 {
		if x := at(j); x != nil {
			return x.lower
		}
		return noWord + uint64(j-i)
	}
	tag := func(j int) uint64 {
		if j < 0 {
			return noTag
		}
		return uint64(tags[j]) + tagBase
	}
	suffix3 := func(j int) uint64 {
		if x := at(j); x != nil {
			return x.suffix[2]
		}
		return noWord
	}
	shape := func(j int) uint64 {
		if x := at(j); x != nil {
			return x.shape
		}
		return noWord
	}
	class := func(j int) uint64 {
		if x := at(j); x != nil {
			return x.class
		}
		return noWord
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	t1, t2 := tag(i-1), tag(i-2)
	fs = append(fs,
		feat1(1, 0),
		feat1(2, w.lower),
		feat1(3, w.suffix[0]), feat1(4, w.suffix[1]), feat1(5, w.suffix[2]), feat1(6, w.suffix[3]),
		feat1(7, w.prefix[0]), feat1(8, w.prefix[1]), feat1(9, w.prefix[2]),
		feat2(10, w.shape, first),
		feat2(11, w.flags, first),
		feat1(12, t1),
		feat1(13, t2),
		feat2(14, t1, t2),
		feat2(15, t1, w.lower),
		feat1(16, lower(i-1)),
		feat1(17, lower(i-2)),
		feat1(18, lower(i+1)),
		feat1(19, lower(i+2)),
		feat1(20, suffix3(i-1)),
		feat1(21, suffix3(i+1)),
		feat2(22, lower(i-1), w.lower),
		feat2(23, w.lower, lower(i+1)),
		feat2(24, t1, w.suffix[2]),
		feat2(25, w.shape, lower(i+1)),
		feat1(26, shape(i-1)),
		feat1(27, shape(i+1)),
		feat2(28, w.flags, t1),
		feat3(29, t1, w.lower, lower(i+1)),
		feat2(30, w.suffix[1], lower(i+1)),
		feat2(31, suffix3(i+1), w.lower),
		// ambiguity classes: the tags a word can take, a look ahead
		feat1(32, w.class),
		feat1(33, class(i+1)),
		feat1(34, class(i+2)),
		feat2(35, t1, w.class),
		feat2(36, w.class, class(i+1)),
		feat3(37, t1, w.class, class(i+1)),
		feat2(38, w.lower, class(i+1)),
	)
	return fs
}
