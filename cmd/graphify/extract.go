package main

import (
	"bufio"
	"encoding/json"
	"fmt"

	"github.com/urfave/cli/v2"
)

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print the meetings found in articles as JSON lines, without a database",
		ArgsUsage: "FILE|DIR|- …",
		Description: "Reads .txt files (one article each; --published gives the date), .jsonl and .jsonl.gz files\n" +
			"and stdin (-) with one article per line: {\"id\", \"text\", \"published\", \"title\", \"url\"}.\n" +
			"Prints one meeting per line, in input order.",
		Flags:  inputFlags(),
		Action: runExtract,
	}
}

func runExtract(c *cli.Context) error {
	rd, err := newReader(c)
	if err != nil {
		return err
	}
	ex, err := loadExtractor()
	if err != nil {
		return err
	}
	out := bufio.NewWriter(c.App.Writer)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	var total, bad int
	err = extractAll(c.Context, rd, ex, c.Int("workers"), func(j job) error {
		total++
		if j.it.err != nil {
			return rejected(c, j.it.err, &bad)
		}
		for _, m := range j.report.Meetings {
			if err := enc.Encode(m); err != nil {
				return fmt.Errorf("write output: %w", err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if bad > 0 {
		return errRejected(bad, total)
	}
	return nil
}
