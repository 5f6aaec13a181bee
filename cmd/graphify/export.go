package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	graphify "github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/graph"
)

func exportCommand() *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "write the graph of articles as CSV files for neo4j-admin database import",
		ArgsUsage: "FILE|DIR|- …",
		Description: "Reads the inputs as extract does and writes, into --out, one CSV file per node label\n" +
			"and relationship type, deduplicated by the keys graphify import MERGEs on, so that\n" +
			"`neo4j-admin database import full` builds the same graph as graphify import, much faster,\n" +
			"into an empty database. Also writes import.sh, the neo4j-admin command line, and\n" +
			"post-import.cypher (schema) to run once the server is up. An article id seen before\n" +
			"is skipped. Memory grows with the number of distinct actors, meetings and places.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "format", Usage: "output format; only neo4j-admin", Value: "neo4j-admin"},
			&cli.StringFlag{Name: "out", Usage: "write the files into `DIR` (created if missing; an earlier export there is replaced)", Required: true},
		}, inputFlags()...),
		Action: runExport,
	}
}

func runExport(c *cli.Context) error {
	if f := c.String("format"); f != "neo4j-admin" {
		return fmt.Errorf("--format %q: only neo4j-admin is supported", f)
	}
	rd, err := newReader(c)
	if err != nil {
		return err
	}
	ex, err := loadExtractor()
	if err != nil {
		return err
	}
	dir := c.String("out")
	w, err := graph.CreateCSV(dir)
	if err != nil {
		return err
	}
	start := time.Now()
	var total, bad int
	err = extractAll(c.Context, rd, ex, c.Int("workers"), func(j job) error {
		total++
		if j.it.err != nil {
			return rejected(c, j.it.err, &bad)
		}
		return w.WriteReports(c.Context, []graphify.Report{j.report})
	})
	if err != nil {
		w.Abort()
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	printExport(c, w, dir, total-bad, time.Since(start))
	if bad > 0 {
		return errRejected(bad, total)
	}
	return nil
}

// printExport says what was written and how to load it.
func printExport(c *cli.Context, w *graph.CSVWriter, dir string, articles int, took time.Duration) {
	out := c.App.Writer
	var counts []string
	for _, f := range w.Files() {
		counts = append(counts, fmt.Sprintf("%d %s", f.Rows, f.Label))
	}
	fmt.Fprintf(out, "exported %d articles in %v: %s\n", articles, took.Round(time.Millisecond), strings.Join(counts, ", "))
	if n := w.Duplicates(); n > 0 {
		fmt.Fprintf(out, "skipped %d articles whose id came earlier in the input\n", n)
	}
	fmt.Fprintf(out, "load with Neo4j stopped: %s [DATABASE]; then, with it running, the statements of %s\n",
		filepath.Join(dir, "import.sh"), filepath.Join(dir, "post-import.cypher"))
}
