// Command trainsyntax trains the tagger and parser of package
// extract/syntax on UD English EWT and writes the gzipped weights that the
// package embeds:
//
//	go run ./cmd/trainsyntax -out extract/syntax/model.gz
//
// Training is deterministic for a given -seed.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/graphify-dev/graphify/extract/syntax"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "trainsyntax: %v\n", err)
		os.Exit(1)
	}
}

func run() error {
	var cfg syntax.TrainConfig
	dir := flag.String("data", "../shared/train/ud-english-ewt", "directory of the UD English EWT CoNLL-U files")
	out := flag.String("out", "extract/syntax/model.gz", "where to write the model")
	flag.IntVar(&cfg.TagEpochs, "tag-epochs", 10, "tagger training epochs")
	flag.IntVar(&cfg.ParseEpochs, "parse-epochs", 14, "parser training epochs (the best on dev is kept)")
	flag.IntVar(&cfg.Folds, "folds", 10, "jackknife folds for the parser's training tags")
	flag.UintVar(&cfg.TagBits, "tag-bits", 20, "log2 of the tagger's weight rows")
	flag.UintVar(&cfg.ParseBits, "parse-bits", 22, "log2 of the parser's action weight rows")
	flag.UintVar(&cfg.LabelBits, "label-bits", 21, "log2 of the parser's label weight rows")
	flag.Uint64Var(&cfg.Seed, "seed", 1, "random seed")
	flag.IntVar(&cfg.Workers, "workers", 2, "tagger trainings at once")
	flag.Parse()
	cfg.Train = *dir + "/en_ewt-ud-train.conllu.gz"
	cfg.Dev = *dir + "/en_ewt-ud-dev.conllu.gz"
	cfg.Log = os.Stderr
	start := time.Now()
	m, err := syntax.Train(cfg)
	if err != nil {
		return err
	}
	if cfg.ParseEpochs == 0 {
		return nil // the tagger alone, to measure it
	}
	var buf bytes.Buffer
	if err := m.WriteModel(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write model: %w", err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d bytes, %d bytes in memory, in %v\n", *out, buf.Len(), m.Size(), time.Since(start).Round(time.Second))
	return nil
}
