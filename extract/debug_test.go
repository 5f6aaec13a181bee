package extract

import (
	"fmt"
	"os"
	"testing"

	graphify "github.com/graphify-dev/graphify"
)

func TestDebugFrames(t *testing.T) {
	text := os.Getenv("DEBUG_TEXT")
	if text == "" {
		t.Skip()
	}
	ex := extractor(t)
	d := &doc{e: ex, a: graphify.Article{ID: "d", Text: text, Published: day("2018-05-18")}, sents: splitSentences(text)}
	for i, s := range d.sents {
		st := text[s.start:s.end]
		fmt.Printf("S%d trig=%v %q\n", i, hasTrigger(st), st)
		if hasTrigger(st) {
			toks := tokenize(st)
			for _, m := range mentions(toks, nil) {
				fmt.Printf("   M %q typ=%s title=%s country=%s\n", m.name, m.typ, m.title, m.country)
			}
			n := len(d.frames)
			d.sentence(i, st)
			for _, f := range d.frames[n:] {
				fmt.Printf("   F %s trig=%s status=%s anaph=%v place=%v date=%v parties=", f.kind, toks[f.trigger].text, f.status, f.anaphoric, f.place, f.date)
				for _, p := range f.parties {
					fmt.Printf("%s/%s ", p.m.name, p.role)
				}
				fmt.Println()
			}
		}
	}
}
