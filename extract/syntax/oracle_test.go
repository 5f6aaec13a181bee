package syntax

import (
	"slices"
	"testing"
)

// TestOracle follows zero-cost actions from the start and must rebuild each
// projectivized gold tree of EWT dev exactly.
func TestOracle(t *testing.T) {
	gs := readEWT(t, "dev")
	m := &Model{}
	m.setTags(tagSet(gs))
	var st state
	var o oracle
	lifted := 0
	for k, s := range m.prepare(gs) {
		o.ghead = slices.Clone(s.ghead)
		o.grel = s.grel
		projectivize(o.ghead)
		if !slices.Equal(o.ghead, s.ghead) {
			lifted++
		}
		st.reset(s.words, s.gtag)
		o.reset(&st)
		var ok [nact]bool
		var cost [nact]int32
		for !st.done() {
			st.valid(&ok)
			o.costs(&st, &cost)
			a := -1
			for c := range ok {
				if ok[c] && cost[c] == 0 {
					a = c
					break
				}
			}
			if a < 0 {
				t.Fatalf("sentence %d: no zero-cost action (costs %v, valid %v)", k, cost, ok)
			}
			l := o.goldLabel(&st, a)
			if a == actLeft && int(st.b) == st.n {
				l = int32(m.rootLabel)
			}
			st.apply(a, l)
		}
		if !slices.Equal(st.head[:st.n], o.ghead) || !slices.Equal(st.rel[:st.n], o.grel) {
			t.Fatalf("sentence %d: oracle built heads %v, gold %v", k, st.head[:st.n], o.ghead)
		}
	}
	t.Logf("%d of %d trees lifted to projective", lifted, len(gs))
}

func TestProjectivize(t *testing.T) {
	// The arc 2→0 spans word 1, whose head is 3: lifting word 0 to 2's
	// head, 3, makes the tree projective. Node 4 is the root.
	head := []int32{2, 3, 3, 4}
	projectivize(head)
	if want := []int32{3, 3, 3, 4}; !slices.Equal(head, want) {
		t.Errorf("got %v, want %v", head, want)
	}
}
