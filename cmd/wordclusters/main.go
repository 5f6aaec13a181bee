// Command wordclusters learns the word clusters that extract/syntax's
// tagger and parser use as features, from unlabelled text: the train split
// of UD English EWT and the Reuters-21578 stories, and writes them gzipped
// as lines of path, word and count:
//
//	go run ./cmd/wordclusters -out extract/syntax/clusters.gz
//
// The result is the same from run to run. cmd/trainsyntax reads the file.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/graphify-dev/graphify/extract/syntax"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "wordclusters: %v\n", err)
		os.Exit(1)
	}
}

func run() error {
	var cfg syntax.ClusterConfig
	ewt := flag.String("ewt", "../shared/train/ud-english-ewt/en_ewt-ud-train.conllu.gz", "UD English EWT train split (only its words are read)")
	news := flag.String("news", "../shared/eval/reuters21578.docs.jsonl.gz", "JSON lines with a text field; empty for none")
	out := flag.String("out", "extract/syntax/clusters.gz", "where to write the clusters")
	flag.IntVar(&cfg.MinCount, "min-count", 3, "words seen fewer times get no cluster")
	flag.IntVar(&cfg.MaxWords, "max-words", 40000, "at most this many words are clustered")
	flag.IntVar(&cfg.Contexts, "contexts", 2000, "the most frequent words used as contexts")
	flag.IntVar(&cfg.Depth, "depth", 12, "the longest cluster path")
	flag.IntVar(&cfg.MinSize, "min-size", 6, "clusters smaller than this are not split")
	flag.IntVar(&cfg.Iterations, "iterations", 6, "2-means refinements per split")
	flag.Parse()
	start := time.Now()
	c := syntax.NewClusterCounter()
	gs, err := syntax.ReadCoNLLUFile(*ewt)
	if err != nil {
		return err
	}
	for _, g := range gs {
		c.AddWords(g.Words)
	}
	if *news != "" {
		if err := addNews(c, *news); err != nil {
			return err
		}
	}
	cs := c.Clusters(cfg)
	f, err := os.Create(*out)
	if err != nil {
		return fmt.Errorf("write clusters: %w", err)
	}
	z, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err := syntax.WriteClusters(z, cs); err != nil {
		f.Close()
		return err
	}
	if err := z.Close(); err != nil {
		f.Close()
		return fmt.Errorf("write clusters: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write clusters: %w", err)
	}
	fmt.Fprintf(os.Stderr, "wrote %s: %d words in %v\n", *out, len(cs), time.Since(start).Round(time.Second))
	return nil
}

// addNews counts the text field of each JSON line of a gzipped file.
func addNews(c *syntax.ClusterCounter, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("read news: %w", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("read news %s: %w", name, err)
	}
	dec := json.NewDecoder(bufio.NewReader(z))
	for n := 1; ; n++ {
		var doc struct{ Text string }
		if err := dec.Decode(&doc); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return fmt.Errorf("read news %s record %d: %w", name, n, err)
		}
		c.AddText(doc.Text)
	}
}
