// Command xeval is experimental: it scores a model file on a CoNLL-U file.
package main

import (
	"fmt"
	"os"
	"sort"

	"github.com/graphify-dev/graphify/extract/syntax"
)

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	m, err := syntax.ReadModel(f)
	if err != nil {
		panic(err)
	}
	gs, err := syntax.ReadCoNLLUFile(os.Args[2])
	if err != nil {
		panic(err)
	}
	sc := m.Evaluate(gs)
	if os.Getenv("CONF") != "" {
		p := m.NewParser()
		conf := map[string]int{}
		headErr := map[string]int{}
		tagConf := map[string]int{}
		for _, g := range gs {
			s := p.ParseWords(g.Words)
			for i, t := range s.Tokens {
				if t.UPOS != g.UPOS[i] {
					tagConf[g.UPOS[i]+">"+t.UPOS]++
				}
				if t.Head != g.Head[i] {
					headErr[g.Rel[i]]++
					continue
				}
				if t.Rel != g.Rel[i] {
					conf[g.Rel[i]+">"+t.Rel]++
				}
			}
		}
		for _, mp := range []map[string]int{conf, headErr, tagConf} {
			keys := make([]string, 0, len(mp))
			tot := 0
			for k, v := range mp {
				keys = append(keys, k)
				tot += v
			}
			sort.Slice(keys, func(i, j int) bool { return mp[keys[i]] > mp[keys[j]] })
			fmt.Println("total", tot)
			for _, k := range keys[:min(20, len(keys))] {
				fmt.Printf("  %s %d\n", k, mp[k])
			}
		}
	}
	fmt.Printf("%s: UPOS %.4f XPOS %.4f UAS %.4f LAS %.4f LASfull %.4f %.0f tok/s\n", os.Args[1], sc.UPOS, sc.XPOS, sc.UAS, sc.LAS, sc.LASFull, sc.TokensPerSecond())
}
