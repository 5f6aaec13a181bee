package syntax

// The tagger reads left to right and gives each word one tag, a pair of a
// Universal POS tag and a Penn Treebank tag ("VERB|VBD"), from features of
// the word, its neighbours and the two tags before it. A second pass reads
// left to right again and also sees the first pass's tags of the word and
// the two after it.

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
	clus := func(j, k int) uint64 {
		if x := at(j); x != nil {
			return x.clus[k]
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
		// word clusters
		feat1(39, w.clus[0]), feat1(40, w.clus[1]), feat1(41, w.clus[2]), feat1(42, w.clus[3]),
		feat1(43, clus(i-1, 1)), feat1(44, clus(i+1, 1)), feat1(45, clus(i+1, 3)),
		feat1(46, clus(i+2, 1)), feat2(47, t1, w.clus[2]),
	)
	return fs
}

// tag2Features appends the features of word i for the second pass; first
// holds the first pass's tags.
func tag2Features(fs []uint64, ws []word, tags, first []int32, i int) []uint64 {
	fs = tagFeatures(fs, ws, tags, i)
	ft := func(j int) uint64 {
		if j >= len(first) {
			return rootTag
		}
		return uint64(first[j]) + tagBase
	}
	t1 := noTag
	if i > 0 {
		t1 = uint64(tags[i-1]) + tagBase
	}
	w := &ws[i]
	f0, r1, r2 := ft(i), ft(i+1), ft(i+2)
	return append(fs,
		feat1(60, f0), feat1(61, r1), feat1(62, r2), feat2(63, r1, r2),
		feat2(64, t1, r1), feat2(65, w.lower, r1), feat3(66, t1, f0, r1),
		feat2(67, f0, r1), feat2(68, w.suffix[2], r1), feat2(69, w.class, r1),
		feat3(70, w.lower, r1, r2),
	)
}
