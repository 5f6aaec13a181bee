package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	graphify "github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/extract"
	"github.com/graphify-dev/graphify/graph"
)

func importCommand() *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "find the meetings in articles and write them into Neo4j",
		ArgsUsage: "FILE|DIR|- …",
		Description: "Creates the schema if missing, then reads the inputs (as for extract; directories\n" +
			"recursively) and writes articles and meetings in batches with UNWIND … MERGE, one\n" +
			"transaction a batch. Articles already in the graph are skipped (--force writes them\n" +
			"again), so an interrupted import resumes where it stopped when run again.",
		Flags: append(append(inputFlags(),
			&cli.IntFlag{Name: "batch-size", Usage: "articles + meetings per write transaction", Value: 2000, EnvVars: []string{"GRAPHIFY_BATCH_SIZE"}},
			&cli.BoolFlag{Name: "force", Usage: "write articles that are already in the graph again, instead of skipping them"},
			&cli.StringFlag{Name: "rejects", Usage: "list the articles that cannot be read in `FILE`, one {\"source\", \"reason\"} a line; created only if there are some", Value: "graphify-rejects.jsonl"},
			&cli.BoolFlag{Name: "json", Usage: "print the summary as one JSON object on stdout"},
		), neo4jFlags()...),
		Action: runImport,
	}
}

// reportWriter is the part of *graph.DB that import needs.
type reportWriter interface {
	WriteReports(ctx context.Context, reports []graphify.Report) error
}

func runImport(c *cli.Context) error {
	rd, err := newReader(c)
	if err != nil {
		return err
	}
	if c.Int("batch-size") < 1 {
		return fmt.Errorf("--batch-size must be at least 1")
	}
	rejects := c.String("rejects")
	if !c.IsSet("rejects") && rd.shard.n > 1 {
		// Shards often run side by side in one directory.
		rejects = fmt.Sprintf("graphify-rejects-%dof%d.jsonl", rd.shard.i, rd.shard.n)
	}
	db, err := openDB(c)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(c.Context))
	if err := db.EnsureSchema(c.Context); err != nil {
		return err
	}
	if !c.Bool("force") {
		rd.imported = db.ImportedArticles
	}
	ex, err := loadExtractor()
	if err != nil {
		return err
	}
	im := &importer{w: db, ex: ex, workers: c.Int("workers"), batchSize: c.Int("batch-size"),
		strict: c.Bool("strict"), rejects: &rejectLog{path: rejects},
		progress: startProgress(c.App.ErrWriter, rd)}
	err = resumeHint(im.run(c.Context, rd))
	st := im.progress.finish()
	if st.Rejected > 0 && err == nil {
		err = fmt.Errorf("%d of %d articles could not be read (listed in %s)", st.Rejected, st.Read, rejects)
	}
	if err != nil {
		st.Error = err.Error()
	}
	if c.Bool("json") {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(st); err != nil {
			return fmt.Errorf("write summary: %w", err)
		}
	} else {
		fmt.Fprintln(c.App.Writer, st)
	}
	return err
}

// importer runs one import: extraction, batching, writing and counting.
type importer struct {
	w                  reportWriter
	ex                 *extract.Extractor
	workers, batchSize int
	strict             bool
	rejects            *rejectLog
	progress           *progress
}

// run reads, extracts and writes everything rd yields. An article counts as
// imported only once the transaction of its batch has committed, so a run
// that stops leaves whole batches, and the next run skips exactly those.
func (im *importer) run(ctx context.Context, rd *reader) error {
	var (
		batch   []graphify.Report
		pending int // articles + meetings in batch
		batches int
	)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		batches++
		if err := im.w.WriteReports(ctx, batch); err != nil {
			return fmt.Errorf("write batch %d: %w", batches, err)
		}
		meetings := 0
		for _, r := range batch {
			meetings += len(r.Meetings)
		}
		im.progress.update(func(st *importStats) {
			st.Batches++
			st.Imported += int64(len(batch))
			st.Meetings += int64(meetings)
		})
		batch, pending = batch[:0], 0
		return nil
	}
	err := extractAll(ctx, rd, im.ex, im.workers, func(j job) error {
		im.progress.update(func(st *importStats) {
			st.Read++
			st.pos = max(st.pos, j.it.pos)
			switch {
			case j.it.err != nil:
				st.Rejected++
			case j.it.skipped:
				st.Skipped++
			}
		})
		switch {
		case j.it.err != nil && im.strict:
			return fmt.Errorf("reject %s (--strict)", j.it.err)
		case j.it.err != nil:
			return im.rejects.add(j.it.err, im.progress)
		case j.it.skipped:
			return nil
		}
		batch = append(batch, j.report)
		pending += 1 + len(j.report.Meetings)
		if pending >= im.batchSize {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	return errors.Join(err, im.rejects.close())
}

// resumeHint completes the message of an error that stopped a run midway.
func resumeHint(err error) error {
	switch {
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("interrupted (%w); the batches written are kept: run the same command again to resume", err)
	case errors.Is(err, graph.ErrUnavailable), errors.Is(err, graph.ErrAuth):
		return fmt.Errorf("%w; the batches written are kept: run the same command again to resume", err)
	}
	return err
}
