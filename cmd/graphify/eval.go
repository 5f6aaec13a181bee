package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	graphify "github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/eval"
)

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "score the extractor on gold-annotated sentences (GOLD.jsonl …)",
		ArgsUsage: "GOLD.jsonl …",
		Description: "Prints, per file, detection precision (strong negatives only), recall and F1,\n" +
			"participant recall and place accuracy. --errors lists misses and false alarms.",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "errors", Usage: "list misses, false alarms and wrong participants or places"},
		},
		Action: runEval,
	}
}

func runEval(c *cli.Context) error {
	if c.NArg() == 0 {
		return fmt.Errorf("no gold files given")
	}
	if isCoNLLU(c.Args().First()) {
		return runEvalCoNLLU(c)
	}
	ex, err := loadExtractor()
	if err != nil {
		return err
	}
	w := c.App.Writer
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "set\titems\tpositives\tstrong neg\tTP\tFN\tFP\tprecision\trecall\tF1\tparticipant recall\tplace accuracy\t")
	var all []eval.Scores
	for _, name := range c.Args().Slice() {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("read gold: %w", err)
		}
		items, err := eval.Read(f, name)
		f.Close()
		if err != nil {
			return err
		}
		s := eval.Score(items, ex.Meetings)
		all = append(all, s)
		set := strings.TrimSuffix(filepath.Base(name), ".jsonl")
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t\n", set, s.Items, s.Positives, s.StrongNegatives,
			s.TP, s.FN, s.FP, pct(s.Precision()), pct(s.Recall()), pct(s.F1()), pct(s.ParticipantRecall()), pct(s.PlaceAccuracy()))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for i, s := range all {
		fmt.Fprintf(w, "\n%s: missed triggers: %s\n", c.Args().Get(i), missedTriggers(s))
		if c.Bool("errors") {
			printErrors(w, s)
		}
	}
	return nil
}

func pct(x float64) string {
	if x < 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.3f", x)
}

// missedTriggers counts the gold trigger words of the misses, most frequent
// first: it shows which misses are rallies, speeches or ceremonies.
func missedTriggers(s eval.Scores) string {
	n := map[string]int{}
	for _, e := range s.Errors {
		if e.What != "miss" {
			continue
		}
		for _, m := range e.Item.Meetings {
			n[strings.ToLower(m.Trigger)]++
		}
	}
	keys := make([]string, 0, len(n))
	for k := range n {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return n[keys[i]] > n[keys[j]] || n[keys[i]] == n[keys[j]] && keys[i] < keys[j] })
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, n[k])
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

func printErrors(w io.Writer, s eval.Scores) {
	for _, e := range s.Errors {
		fmt.Fprintf(w, "%s\t%s\t%q\n", strings.ToUpper(e.What), e.Item.ID, e.Item.Text)
		for _, m := range e.Item.Meetings {
			fmt.Fprintf(w, "\tgold: %s trigger=%q place=%v\n", strings.Join(m.Participants, " | "), m.Trigger, m.Places)
		}
		for _, m := range e.Got {
			fmt.Fprintf(w, "\tgot:  %s\n", describe(m))
		}
	}
}

func describe(m graphify.Meeting) string {
	names := make([]string, len(m.Participants))
	for i, p := range m.Participants {
		names[i] = p.Name
	}
	place := ""
	if m.Place != nil {
		place = " @ " + m.Place.Name
	}
	return fmt.Sprintf("%s %s: %s%s", m.Kind, m.Status, strings.Join(names, " | "), place)
}
