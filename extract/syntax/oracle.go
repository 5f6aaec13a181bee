package syntax

// The dynamic oracle of Goldberg and Nivre (2012) for arc-eager: the cost of
// an action is the number of gold arcs it makes unreachable (plus one for a
// wrong label on a gold arc). Training follows zero-cost actions, or the
// model's own mistakes when it explores, and learns from every state.

// oracle holds a projective gold tree: ghead[i] is the gold head of word i
// (n for the root), grel[i] its label.
type oracle struct {
	ghead, grel []int32
	inStack     []bool
}

func (o *oracle) reset(st *state) {
	o.inStack = grow(o.inStack, st.n+1)
	clear(o.inStack)
}

// costs sets cost[a] for every action a, valid or not, ignoring labels.
func (o *oracle) costs(st *state, cost *[nact]int32) {
	s, b := st.s0(), st.b
	for _, k := range st.stack {
		o.inStack[k] = true
	}
	*cost = [nact]int32{}
	if s >= 0 {
		// left: s0 gets head b0 and leaves the stack
		if g := o.ghead[s]; g != b && g >= b {
			cost[actLeft]++
		}
		for k := b; k < int32(st.n); k++ {
			if o.ghead[k] == s {
				cost[actLeft]++
				cost[actReduce]++
			}
		}
	}
	if int(b) < st.n {
		g := o.ghead[b]
		if g > b || (o.inStack[g] && g != s) {
			cost[actRight]++
		}
		for _, k := range st.stack {
			if st.head[k] < 0 && o.ghead[k] == b {
				cost[actRight]++
				cost[actShift]++
			}
			if g == k {
				cost[actShift]++
			}
		}
	}
	for _, k := range st.stack {
		o.inStack[k] = false
	}
}

// goldLabel is the gold label of the arc action a makes, or -1 if that arc
// is not in the gold tree.
func (o *oracle) goldLabel(st *state, a int) int32 {
	s, b := st.s0(), st.b
	switch {
	case a == actLeft && o.ghead[s] == b:
		return o.grel[s]
	case a == actRight && o.ghead[b] == s:
		return o.grel[b]
	}
	return -1
}

// projectivize lifts non-projective arcs (the shortest first) to the head's
// head until the tree is projective. head uses n for the root.
func projectivize(head []int32) {
	n := int32(len(head))
	for {
		best, bestLen := int32(-1), n+1
		for d := range n {
			h := head[d]
			lo, hi := min(h, d), max(h, d)
			if hi-lo < bestLen && !projectiveArc(head, h, d, lo, hi) {
				best, bestLen = d, hi-lo
			}
		}
		if best < 0 {
			return
		}
		head[best] = head[head[best]]
	}
}

// projectiveArc reports whether every word strictly between h and d
// descends from h.
func projectiveArc(head []int32, h, d, lo, hi int32) bool {
	n := int32(len(head))
	for k := lo + 1; k < hi; k++ {
		x := k
		for steps := int32(0); x != h && x != n && steps <= n; steps++ {
			x = head[x]
		}
		if x != h {
			return false
		}
	}
	return true
}
