package main

import (
	"context"
	"fmt"
	"time"

	"github.com/urfave/cli/v2"

	graphify "github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/extract"
)

func importCommand() *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "find the meetings in articles and write them into Neo4j",
		ArgsUsage: "FILE|DIR|- …",
		Description: "Creates the schema if missing, then reads the inputs (as for extract; directories\n" +
			"recursively) and writes articles and meetings in batches with UNWIND … MERGE.\n" +
			"Importing the same articles again changes nothing.",
		Flags: append([]cli.Flag{publishedFlag, workersFlag, strictFlag,
			&cli.IntFlag{Name: "batch-size", Usage: "meetings per write transaction", Value: 2000, EnvVars: []string{"GRAPHIFY_BATCH_SIZE"}},
		}, neo4jFlags()...),
		Action: runImport,
	}
}

// reportWriter is the part of *graph.DB that import needs.
type reportWriter interface {
	WriteReports(ctx context.Context, reports []graphify.Report) error
}

// importStats is the summary printed at the end of an import.
type importStats struct {
	articles, rejected, meetings, batches int
}

func runImport(c *cli.Context) error {
	rd, err := newReader(c)
	if err != nil {
		return err
	}
	if c.Int("batch-size") < 1 {
		return fmt.Errorf("--batch-size must be at least 1")
	}
	db, err := openDB(c)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(c.Context))
	if err := db.EnsureSchema(c.Context); err != nil {
		return err
	}
	ex, err := loadExtractor()
	if err != nil {
		return err
	}
	start := time.Now()
	st, err := importReports(c, rd, ex, db)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.App.Writer, "imported %d articles, %d meetings in %d batches (%.1fs); %d articles rejected\n",
		st.articles-st.rejected, st.meetings, st.batches, time.Since(start).Seconds(), st.rejected)
	if st.rejected > 0 {
		return errRejected(st.rejected, st.articles)
	}
	return nil
}

// importReports runs the pipeline and writes its reports in batches.
func importReports(c *cli.Context, rd *reader, ex *extract.Extractor, w reportWriter) (importStats, error) {
	var st importStats
	size := c.Int("batch-size")
	var batch []graphify.Report
	pending := 0
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		st.batches++
		if err := w.WriteReports(c.Context, batch); err != nil {
			return fmt.Errorf("write batch %d: %w", st.batches, err)
		}
		batch, pending = batch[:0], 0
		return nil
	}
	err := extractAll(c.Context, rd, ex, c.Int("workers"), func(j job) error {
		st.articles++
		if j.it.err != nil {
			return rejected(c, j.it.err, &st.rejected)
		}
		batch = append(batch, j.report)
		st.meetings += len(j.report.Meetings)
		pending += 1 + len(j.report.Meetings)
		if pending >= size {
			return flush()
		}
		return nil
	})
	if err != nil {
		return st, err
	}
	return st, flush()
}
