package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
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
		Description: "A set in the full-tuple format of MEETINGS.md (meetings.dev.jsonl) is scored as\n" +
			"../shared/eval/score.py scores it: detection precision, recall and F1 per passage,\n" +
			"participant recall, participant-pair precision, recall and F1, place, date and status\n" +
			"accuracy, and recall by kind; its last line is score.py's. Other sets (*.gold.jsonl) get\n" +
			"detection precision (strong negatives only), recall and F1, participant recall and\n" +
			"place accuracy. --errors lists every miss, false alarm and wrong pair or field.",
		Flags: []cli.Flag{
			&cli.BoolFlag{Name: "errors", Usage: "list misses, false alarms and wrong pairs, participants, places, dates or statuses"},
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
	var spans []eval.Scores
	var spanNames []string
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
		if eval.FullTuple(items) {
			s := eval.Tuples(items, ex.Meetings)
			if err := printTuples(w, name, s); err != nil {
				return err
			}
			if c.Bool("errors") {
				printTupleErrors(w, s)
			}
			continue
		}
		spans = append(spans, eval.Score(items, ex.Meetings))
		spanNames = append(spanNames, name)
	}
	if len(spans) == 0 {
		return nil
	}
	return printSpans(w, spanNames, spans, c.Bool("errors"))
}

// printSpans prints the table of the sets that label minimal spans.
func printSpans(w io.Writer, names []string, all []eval.Scores, errors bool) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "set\titems\tpositives\tstrong neg\tTP\tFN\tFP\tprecision\trecall\tF1\tparticipant recall\tplace accuracy\t")
	for i, s := range all {
		set := strings.TrimSuffix(filepath.Base(names[i]), ".jsonl")
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t\n", set, s.Items, s.Positives, s.StrongNegatives,
			s.TP, s.FN, s.FP, pct(s.Precision()), pct(s.Recall()), pct(s.F1()), pct(s.ParticipantRecall()), pct(s.PlaceAccuracy()))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for i, s := range all {
		fmt.Fprintf(w, "\n%s: missed triggers: %s\n", names[i], missedTriggers(s))
		if errors {
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
	place, date := "", ""
	if m.Place != nil {
		place = " @ " + m.Place.Name
	}
	if m.Date != nil {
		date = " on " + *m.Date
	}
	return fmt.Sprintf("%s %s: %s%s%s", m.Kind, m.Status, strings.Join(names, " | "), place, date)
}

// kinds are MEETINGS.md's meeting kinds, in the order recall by kind is printed.
var kinds = []string{"meet", "talks", "visit", "host", "phone", "summit"}

// printTuples prints the figures of a full-tuple set; the last line is
// score.py's, so that the two can be compared line for line.
func printTuples(w io.Writer, name string, s eval.TupleScores) error {
	set := strings.TrimSuffix(filepath.Base(name), ".jsonl")
	fmt.Fprintf(w, "%s: %d passages, %d positive, %d negatives counted against precision\n", set, s.Items, s.Positives, s.Negatives)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\tprecision\trecall\tF1\t")
	fmt.Fprintf(tw, "detection\t%.3f\t%.3f\t%.3f\t  tp %d, fp %d, fn %d\n", s.DetectPrecision(), s.DetectRecall(), s.DetectF1(), s.TP, s.FP, s.FN)
	fmt.Fprintf(tw, "participant pairs\t%.3f\t%.3f\t%.3f\t  %d of %d gold pairs found, %d of %d predicted pairs right\n",
		s.PairPrecision(), s.PairRecall(), s.PairF1(), s.FoundPairs, s.GoldPairs, s.RightPairs, s.PredPairs)
	fmt.Fprintf(tw, "participants\t\t%.3f\t\t  %d of %d gold participants found\n", s.ParticipantRecall(), s.FoundParts, s.GoldParts)
	for _, f := range []struct {
		name string
		t    eval.Tally
	}{{"place accuracy", s.Place}, {"date accuracy", s.Date}, {"status accuracy", s.Status}} {
		fmt.Fprintf(tw, "%s\t%.3f\t\t\t  %d of %d matched gold records\n", f.name, f.t.Accuracy(), f.t.Hit, f.t.N)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "recall by kind\tgold records\tin detected passages\tmatched\trecall\t")
	for _, k := range kindsOf(s) {
		t := s.Kinds[k]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t\n", k, t.Gold, t.Detected, t.Matched, t.Recall())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	figs := s.Figures()
	parts := make([]string, len(figs))
	for i, f := range figs {
		parts[i] = fmt.Sprintf("%s=%.3f", f.Name, f.Value)
	}
	_, err := fmt.Fprintln(w, strings.Join(parts, " "))
	return err
}

// kindsOf lists MEETINGS.md's kinds, then any other kind the gold uses.
func kindsOf(s eval.TupleScores) []string {
	out := append([]string(nil), kinds...)
	var other []string
	for k := range s.Kinds {
		if !slices.Contains(kinds, k) {
			other = append(other, k)
		}
	}
	sort.Strings(other)
	out = append(out, other...)
	for i := 0; i < len(out); i++ {
		if s.Kinds[out[i]] == nil {
			out = append(out[:i], out[i+1:]...)
			i--
		}
	}
	return out
}

// printTupleErrors lists every miss, false alarm and wrong pair or field,
// with the passage, what the gold says and what was predicted.
func printTupleErrors(w io.Writer, s eval.TupleScores) {
	for _, e := range s.Errors {
		fmt.Fprintf(w, "\n%s\t%s\t%q\n", strings.ToUpper(e.What), e.Item.ID, e.Item.Text)
		if e.Want != "" || e.Got != "" {
			fmt.Fprintf(w, "\twant: %s\n\tgot:  %s\n", oneLine(orNone(e.Want)), oneLine(orNone(e.Got)))
		}
		gold := e.Item.Meetings
		if e.Gold != nil {
			gold = []eval.Meeting{*e.Gold}
		}
		for _, m := range gold {
			fmt.Fprintf(w, "\tgold: %s\n", oneLine(describeGold(m)))
		}
		for _, m := range e.Predicted {
			fmt.Fprintf(w, "\tpred: %s\n", oneLine(describe(m)))
		}
	}
}

// oneLine shows the line breaks of a gold or predicted value as \n, so that
// every error line stays one line.
func oneLine(s string) string { return strings.ReplaceAll(s, "\n", `\n`) }

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func describeGold(m eval.Meeting) string {
	place, date := "", ""
	if m.Place != nil {
		place = " @ " + *m.Place
	}
	if m.Date != nil {
		date = " on " + *m.Date
	}
	return fmt.Sprintf("%s %s: %s%s%s", m.Kind, m.Status, strings.Join(m.Participants, " | "), place, date)
}
