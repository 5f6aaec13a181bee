package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/graphify-dev/graphify/extract/syntax"
)

// isCoNLLU reports whether name is a treebank file for the syntax eval.
func isCoNLLU(name string) bool {
	return strings.HasSuffix(name, ".conllu") || strings.HasSuffix(name, ".conllu.gz")
}

// runEvalCoNLLU scores the tagger and parser of extract/syntax on CoNLL-U
// files, from their gold words: one line per file.
func runEvalCoNLLU(c *cli.Context) error {
	m, err := syntax.Load()
	if err != nil {
		return err
	}
	for _, name := range c.Args().Slice() {
		gs, err := syntax.ReadCoNLLUFile(name)
		if err != nil {
			return err
		}
		s := m.Evaluate(gs)
		fmt.Fprintf(c.App.Writer, "%s: %d sentences %d words, %.0f tokens/s, model %.1f MB, UPOS %.4f XPOS %.4f LAS(full labels) %.4f UAS %.4f LAS %.4f\n",
			filepath.Base(name), s.Sentences, s.Words, s.TokensPerSecond(), float64(m.Size())/(1<<20), s.UPOS, s.XPOS, s.LASFull, s.UAS, s.LAS)
	}
	return nil
}
