package main

import (
	"context"
	"os"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestBrowserPicture draws the picture of README.md: the story of the Bali
// meeting of Joe Biden and Xi Jinping, told by three articles of examples/,
// as the guide's story query shows it with graphify.grass, and saves it as
// a PNG in the file GRAPHIFY_PICTURE names. `make picture` imports
// examples/ and runs it; without GRAPHIFY_PICTURE it is skipped, since it
// writes a file of the repository and checks nothing TestBrowserE2E does
// not.
func TestBrowserPicture(t *testing.T) {
	out := os.Getenv("GRAPHIFY_PICTURE")
	if out == "" {
		t.Skip("GRAPHIFY_PICTURE names no file to write: run make picture")
	}
	b, db, base := openBrowser(t, 1280, 800)
	_, rows, err := db.Query(context.Background(), `
		MATCH (art:Article)-[:REPORTS]->(m:Meeting)<-[:ATTENDED]-(:Actor {name: 'Joe Biden'})
		WHERE art.id STARTS WITH 'example-bali-2022'
		RETURN count(DISTINCT art)`, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := rows[0][0].(int64); n < 3 {
		t.Fatalf("%d articles of examples/bali-2022.jsonl and examples/articles.jsonl report the Bali meeting, want 3: run graphify import examples/ first", n)
	}

	_, _, blocks := guideBlocks(t)
	cmd := ":style " + base + "/graphify.grass"
	b.run(cmd)
	b.frame("style", cmd, "node.Meeting")
	b.config(blockWith(t, blocks, ":config autoComplete: false"))
	b.param("name", "Joe Biden")
	b.param("other", "Xi Jinping")
	story := blockWith(t, blocks, "RETURN x, at, m, h, p, art, r")
	b.clear()
	b.run(story)
	// Two actors, the meeting, its place and three articles at least.
	b.drawing(story, 7, 2+1+3)
	// Without the overview, which covers the right of the drawing, and
	// zoomed to fit the whole width.
	b.do("hide the overview", chromedp.Evaluate[chromedp.Void](`
		for (const e of [document.querySelector('[data-testid="vizInspector"]')?.parentElement,
		                 document.querySelector('[aria-label="Collapse the node properties display"]')]) {
			if (e) e.style.display = 'none';
		}
		document.querySelector('[aria-label="zoom-to-fit"]')?.click();`),
		chromedp.Sleep(1500))
	png, err := chromedp.Run(b.ctx, chromedp.Screenshot(chromedp.CSS(`[data-testid="frame"] svg.neod3viz`)))
	if err != nil {
		b.fatal("screenshot the drawing", err)
	}
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d bytes)", out, len(png))
}
