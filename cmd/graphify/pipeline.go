package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"

	graphify "github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/extract"
)

// job is one input item on its way through the extract workers.
type job struct {
	seq    int
	it     item
	report graphify.Report
}

// extractAll reads the inputs, finds meetings in parallel on `workers`
// goroutines sharing one Extractor, and calls emit for every item in input
// order (rejected items included, with it.err set; skipped items pass
// through without extraction). At most 4×workers items are in flight, so
// memory stays flat however large the input.
func extractAll(ctx context.Context, rd *reader, ex *extract.Extractor, workers int, emit func(job) error) error {
	g, ctx := errgroup.WithContext(ctx)
	items := make(chan item)
	jobs := make(chan job)
	done := make(chan job)
	window := make(chan struct{}, 4*workers) // bounds the reorder buffer

	g.Go(func() error {
		defer close(items)
		return rd.read(ctx, items)
	})
	g.Go(func() error {
		defer close(jobs)
		seq := 0
		for it := range items {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case jobs <- job{seq: seq, it: it}:
				seq++
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	wg, wctx := errgroup.WithContext(ctx)
	for range workers {
		wg.Go(func() error {
			for j := range jobs {
				if j.it.err == nil && !j.it.skipped {
					j.report = graphify.Report{Article: j.it.article}
					if err := safeMeetings(ex, &j); err != nil {
						j.it.err = &inputError{Source: j.it.article.Source, Reason: err.Error()}
					}
				}
				select {
				case done <- j:
				case <-wctx.Done():
					return wctx.Err()
				}
			}
			return nil
		})
	}
	g.Go(func() error {
		defer close(done)
		return wg.Wait()
	})
	g.Go(func() error {
		next := 0
		pending := map[int]job{}
		for j := range done {
			pending[j.seq] = j
			for {
				j, ok := pending[next]
				if !ok {
					break
				}
				delete(pending, next)
				next++
				<-window
				if err := emit(j); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return g.Wait()
}

// safeMeetings runs the extractor on one article and turns a panic into an
// error for that article alone: one bad article never aborts the batch.
func safeMeetings(ex *extract.Extractor, j *job) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extractor failed on this article: %v", r)
		}
	}()
	j.report.Meetings = ex.Meetings(j.it.article)
	return nil
}
