package extract

import (
	"bufio"
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	fh, err := os.Open("/tmp/sents.txt")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		text := sc.Text()
		toks := tokenize(text)
		ms := mentions(toks, nil)
		fmt.Println("==", text)
		for _, m := range ms {
			fmt.Printf("  mention %q typ=%s title=%q country=%q\n", joinTokens(toks[m.first:m.last]), m.typ, m.title, m.country)
		}
		for i, tok := range toks {
			tr, ok := triggers[tok.lower]
			if !ok || !tok.word || inName(toks, i) {
				continue
			}
			f, ok := frameAt(text, toks, ms, i, tr)
			fmt.Printf("  trigger %q ok=%v status=%s parties=", tok.text, ok, f.status)
			for _, p := range f.parties {
				fmt.Printf("%q(%s,weak=%v) ", p.m.name, p.m.typ, p.weak)
			}
			if f.place != nil {
				fmt.Printf(" place=%+v", *f.place)
			}
			fmt.Println()
		}
	}
}
