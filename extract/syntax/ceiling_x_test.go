package syntax

import (
	"os"
	"testing"
)

func TestXGoldTagCeiling(t *testing.T) {
	f := os.Getenv("XCONLLU")
	if f == "" {
		t.Skip()
	}
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	gs, err := ReadCoNLLUFile(f)
	if err != nil {
		t.Fatal(err)
	}
	ss := m.prepare(gs)
	d := newDecoder(nil, m.action, m.labeler, 0, len(m.labels), m.rootLabel)
	uas, las, all := 0, 0, 0
	for k, s := range ss {
		for i := range s.words {
			s.words[i].class = m.classes[s.words[i].lower]
		}
		d.parse(s.words, s.gtag)
		for i := range s.words {
			all++
			if d.st.head[i] == s.ghead[i] {
				uas++
				if universal(m.labels[d.st.rel[i]]) == universal(gs[k].Rel[i]) {
					las++
				}
			}
		}
	}
	t.Logf("gold tags: UAS %.4f LAS %.4f", float64(uas)/float64(all), float64(las)/float64(all))
}
