package main

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"html"
	"net"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/graph"
)

// TestBrowserE2E drives Neo4j Browser in headless Chromium against the test
// server. It writes, through package graph, talks told by three articles
// and a meeting still planned, connects with the credentials of NEO4J_URI
// and friends, and checks in what Browser draws what graphify.grass and
// guide.html promise: every node has the colour and size of its kind label
// (:Person, :Nation, :Group, :Held, :Planned) and its whole caption, MET
// shows its date and status, the guide's story query draws no MET arcs once
// its "fewer lines" slide has turned them off, and every slide of the guide
// fits the sidebar at 1600x860 and 1366x768. Both files come from handler
// on a port of localhost, as a user's `go run ./browser` serves them.
// Screenshots of each step go to screenshotDir.
func TestBrowserE2E(t *testing.T) {
	b, db, base := openBrowser(t, 1600, 860)
	p := newE2EPrefix(t, db)
	if err := db.WriteReports(b.ctx, storyReports(p)); err != nil {
		t.Fatal(err)
	}

	t.Run("query", func(t *testing.T) {
		b := b.with(t)
		q := fmt.Sprintf("MATCH (a:Actor)-[:ATTENDED]->(m:Meeting) WHERE a.name STARTS WITH '%s' RETURN a.name, m.date ORDER BY a.name, m.date", p)
		b.run(q)
		got := b.frame("query", q, "Started streaming")
		for _, want := range []string{
			"a.name\tm.date",
			`"` + p + "Emmanuel Macron" + `"` + "\t" + `"` + storyDay + `"`,
			`"` + p + "Olaf Scholz" + `"` + "\t" + `"` + storyLater + `"`,
			"Started streaming 8 records",
		} {
			if !strings.Contains(got, want) {
				t.Errorf("result frame lacks %q:\n%s", want, got)
			}
		}
	})
	t.Run("style", func(t *testing.T) { testStyle(b.with(t), db, base, p) })
	for _, size := range [][2]int64{{1600, 860}, {1366, 768}} {
		t.Run(fmt.Sprintf("guide %dx%d", size[0], size[1]), func(t *testing.T) {
			testGuide(b.with(t), base, size[0], size[1])
		})
	}
}

// testStyle loads graphify.grass, draws who Macron met and the story of
// the talks, and checks the drawings against the style and the graph.
func testStyle(b *browserPage, db *graph.DB, base, p string) {
	t := b.t
	src, err := files.ReadFile("graphify.grass")
	if err != nil {
		t.Fatal(err)
	}
	style := parseGrass(string(src))
	cmd := ":style " + base + "/graphify.grass"
	b.run(cmd)
	if got := b.frame("style", cmd, "node.Person"); !strings.Contains(got, nodeStyle(style, []string{"Person"})["color"]) {
		t.Fatalf("style frame lacks the Person colour:\n%s", got)
	}
	graphNodes := nodesOf(t, db, p)
	_, _, blocks := guideBlocks(t)
	b.param("name", p+"Emmanuel Macron")
	b.param("other", p+"Olaf Scholz")

	// Who Macron met: three counterparts, two meetings each.
	met := blockWith(t, blocks, "RETURN a, r, b")
	b.clear()
	b.run(met)
	nodes, rels := b.drawing(met, 4, 6)
	b.screenshot("style-who-met")
	checkNodes(t, style, graphNodes, nodes)
	metCaption := relStyle(style, "MET")
	for _, r := range rels {
		if r.Caption != storyDay && r.Caption != storyLater {
			t.Errorf("MET caption %q, want the date, uncut (%s)", r.Caption, metCaption["caption"])
		}
		size := strings.TrimSuffix(metCaption["font-size"], "px")
		if px, _ := strconv.ParseFloat(size, 64); strings.TrimSuffix(r.FontSize, "px") != size || px < 10 {
			t.Errorf("MET caption drawn at %s, want %s px (graphify.grass), at least 10", r.FontSize, size)
		}
	}

	// The story of the talks: with Browser's default, it connects the
	// actors with a MET arc per meeting and pair; after the guide's
	// :config, only the relationships the query returns.
	story := blockWith(t, blocks, "RETURN x, at, m, h, p, art, r")
	const storyRels = 4*2 + 2 + 4 // ATTENDED, HELD_IN, REPORTS
	b.clear()
	b.run(story)
	b.drawing(story, 11, storyRels+6*2)
	b.screenshot("style-story-connected")
	b.config(blockWith(t, blocks, ":config autoComplete: false"))
	b.clear()
	b.run(story)
	nodes, rels = b.drawing(story, 11, storyRels)
	b.screenshot("style-story")
	if len(nodes) != 11 || len(rels) != storyRels {
		t.Errorf("story drawn with %d nodes and %d relationships, want 11 and %d (no MET)", len(nodes), len(rels), storyRels)
	}
	checkNodes(t, style, graphNodes, nodes)
	b.config(blockWith(t, blocks, ":config autoComplete: true"))
}

// checkNodes checks each drawn node against the node of the graph it
// draws: its fill and radius are those of the last rule of style that
// matches one of its labels, and its caption is the whole caption that
// style gives, with the node's properties.
func checkNodes(t *testing.T, style []styleRule, graph map[string]graphNode, drawn []vizNode) {
	t.Helper()
	for _, n := range drawn {
		g, ok := graph[n.ID]
		if !ok {
			t.Errorf("drawn node %s (%q) is none of the test's", n.ID, n.Caption)
			continue
		}
		want := nodeStyle(style, g.Labels)
		d, _ := strconv.ParseFloat(strings.TrimSuffix(want["diameter"], "px"), 64)
		if n.Fill != want["color"] || n.R != strconv.FormatFloat(d/2, 'f', -1, 64) {
			t.Errorf("%v %q drawn with fill %s and radius %s, want %s and %g", g.Labels, n.Caption, n.Fill, n.R, want["color"], d/2)
		}
		caption := strings.Join(strings.Fields(interpolate(want["caption"], g.Props)), " ")
		if caption == "" || n.Caption != caption {
			t.Errorf("%v captioned %q, want %q (%s)", g.Labels, n.Caption, caption, want["caption"])
		}
	}
}

// testGuide opens the guide in the sidebar of a window of w by h pixels
// and checks every slide: the title and lead take the slide's width, each
// play icon shows whole, and each line of a runnable block shows on one
// line, without scrolling.
func testGuide(b *browserPage, base string, w, h int64) {
	t := b.t
	b.do(fmt.Sprintf("resize to %dx%d", w, h), chromedp.EmulateViewport(w, h))
	titles, leads := guideSlides(t)
	b.run(":guide " + base + "/guide.html")
	for i := range titles {
		if i > 0 {
			// The drawer slides in, so a click at the button's place
			// can miss; the page clicks it itself.
			b.do("next slide", chromedp.Evaluate[chromedp.Void](`document.querySelector('[data-testid="guideNextSlide"]').click()`))
		}
		if got := b.drawer(leads[i]); !strings.Contains(got, titles[i]) {
			t.Errorf("guide drawer lacks the title %q of slide %d:\n%s", titles[i], i+1, got)
		}
		problems := poll[[]string](b, "lay out slide "+titles[i], guideLayoutJS, leads[i])
		for _, p := range problems[1:] {
			t.Errorf("%dx%d, slide %q: %s", w, h, titles[i], p)
		}
		b.screenshot(fmt.Sprintf("guide-%dx%d-%d", w, h, i+1))
	}
}

// guideLayoutJS returns, for the slide whose lead is lead, "ok" followed by
// what is wrong with its layout.
const guideLayoutJS = `(lead) => {
	const d = document.querySelector('[data-testid="guidesDrawer"]');
	const el = d && [...d.querySelectorAll('p.lead')].find(p => p.getClientRects().length && p.innerText.includes(lead));
	if (!el) return false;
	const slide = el.closest('slide') || el.parentElement;
	const width = slide.getBoundingClientRect().width;
	const problems = ['ok'];
	for (const e of [slide.querySelector('h3'), el]) {
		const w = e.getBoundingClientRect().width;
		if (w < 0.8 * width) problems.push(e.tagName + ' "' + e.innerText + '" is ' + Math.round(w) + ' px wide in a slide of ' + Math.round(width));
	}
	for (const pre of slide.querySelectorAll('pre.runnable')) {
		const lines = pre.textContent.trim().split('\n');
		const name = '"' + lines[0] + '"';
		const icon = pre.querySelector('i');
		if (!icon) { problems.push(name + ' has no play icon'); continue; }
		icon.scrollIntoView({block: 'center'});
		const r = icon.getBoundingClientRect();
		for (const [x, y] of [[r.left + 1, (r.top + r.bottom) / 2], [r.right - 1, (r.top + r.bottom) / 2],
		                      [(r.left + r.right) / 2, r.top + 1], [(r.left + r.right) / 2, r.bottom - 1]]) {
			const hit = document.elementFromPoint(x, y);
			if (!hit || !(hit === icon || icon.contains(hit))) {
				problems.push('the play icon of ' + name + ' is covered at (' + Math.round(x) + ', ' + Math.round(y) + ') by ' + (hit ? hit.tagName + '.' + hit.className : 'nothing'));
				break;
			}
		}
		if (pre.scrollWidth > pre.clientWidth + 1) problems.push(name + ' is ' + pre.scrollWidth + ' px wide in ' + pre.clientWidth);
		const tops = [];
		const walk = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
		for (let n = walk.nextNode(); n; n = walk.nextNode()) {
			const range = document.createRange();
			range.selectNodeContents(n);
			for (const q of range.getClientRects()) if (q.width > 0) tops.push(q.top);
		}
		tops.sort((a, b) => a - b);
		const shown = tops.filter((t, i) => i === 0 || t - tops[i - 1] > 4).length;
		if (shown !== lines.length) problems.push(name + ': ' + lines.length + ' lines shown on ' + shown);
	}
	return problems;
}`

// storyDay and storyLater are the days of the meetings of storyReports.
const storyDay, storyLater = "2023-01-22", "2023-03-01"

// storyReports returns three articles about the talks of Macron, Scholz,
// France and "officials" in Paris on storyDay, the first written before
// they were held, and a fourth about their meeting planned for storyLater.
// Every key starts with p.
func storyReports(p string) []graphify.Report {
	parts := []graphify.Participant{
		{Name: p + "Emmanuel Macron", Type: graphify.TypePerson, Country: p + "France", Role: graphify.RoleHost},
		{Name: p + "Olaf Scholz", Type: graphify.TypePerson, Country: p + "Germany", Role: graphify.RoleVisitor},
		{Name: p + "France", Type: graphify.TypeCountry, Country: p + "France", Role: graphify.RoleParticipant},
		{Name: p + "officials", Type: graphify.TypeGroup, Role: graphify.RoleParticipant},
	}
	report := func(article, title, status, date string, kind string) graphify.Report {
		id := p + article
		text := title + "."
		var names []string
		for i := range parts {
			parts[i].Mention = parts[i].Name
			names = append(names, parts[i].Name)
		}
		return graphify.Report{
			Article: graphify.Article{ID: id, Text: text, Title: title},
			Meetings: []graphify.Meeting{{
				DocID: id, ID: p + graphify.MeetingID(id, names, &date, kind),
				Kind: kind, Status: status, Participants: slices.Clone(parts),
				Place: &graphify.Place{Name: p + "Paris", Country: p + "France"}, Date: &date,
				Confidence: 0.9, Evidence: []graphify.Evidence{{Sentence: text, Start: 0, End: len(text)}},
			}},
		}
	}
	return []graphify.Report{
		report("a1", "Macron to host Scholz", graphify.StatusPlanned, storyDay, graphify.KindTalks),
		report("a2", "Macron and Scholz hold talks", graphify.StatusHeld, storyDay, graphify.KindTalks),
		report("a3", "Talks end with a pledge", graphify.StatusHeld, storyDay, graphify.KindTalks),
		report("a4", "Scholz to come back in March", graphify.StatusPlanned, storyLater, graphify.KindMeeting),
	}
}

// graphNode is a node of the graph: its labels and properties.
type graphNode struct {
	Labels []string
	Props  map[string]any
}

// nodesOf returns the nodes whose key starts with p, by the id that
// Browser gives them (the legacy numeric id).
func nodesOf(t *testing.T, db *graph.DB, p string) map[string]graphNode {
	t.Helper()
	_, rows, err := db.Query(context.Background(), `CALL {
		  MATCH (n:Actor) WHERE n.name STARTS WITH $p RETURN n
		  UNION MATCH (n:Article) WHERE n.id STARTS WITH $p RETURN n
		  UNION MATCH (n:Meeting) WHERE n.id STARTS WITH $p RETURN n
		  UNION MATCH (n:Place) WHERE n.id STARTS WITH $p RETURN n
		}
		RETURN elementId(n), labels(n), properties(n)`, map[string]any{"p": p})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]graphNode{}
	for _, row := range rows {
		id := row[0].(string)
		var labels []string
		for _, l := range row[1].([]any) {
			labels = append(labels, l.(string))
		}
		out[id[strings.LastIndex(id, ":")+1:]] = graphNode{labels, row[2].(map[string]any)}
	}
	return out
}

// blockWith returns the guide's runnable block that contains text.
func blockWith(t *testing.T, blocks []string, text string) string {
	t.Helper()
	for _, b := range blocks {
		if strings.Contains(b, text) {
			return b
		}
	}
	t.Fatalf("guide.html has no runnable block with %q", text)
	return ""
}

// interpolate fills a caption template as Browser does: {key} becomes the
// property's value, or nothing.
func interpolate(template string, props map[string]any) string {
	return regexp.MustCompile(`\{([^{}]*)\}`).ReplaceAllStringFunc(template, func(m string) string {
		v, ok := props[m[1:len(m)-1]]
		if !ok || v == nil {
			return ""
		}
		return fmt.Sprint(v)
	})
}

// openBrowser starts Chromium with a window of w by h pixels on Neo4j
// Browser, connected with the credentials of NEO4J_URI and friends, and
// serves the style and guide on localhost. It returns the page, a DB on
// the same server, and the base URL of the style and guide.
func openBrowser(t *testing.T, w, h int) (*browserPage, *graph.DB, string) {
	cfg := neo4jConfig(t)
	chrome := chromiumPath(t)
	browserURL := neo4jBrowserURL(t, cfg)

	// The whole test, Chromium's start included, ends within two minutes;
	// the steps in the page end sooner, so that a failed step can still
	// report what the page shows.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(context.Background()) })
	if err := db.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}

	srv := httptest.NewServer(handler())
	t.Cleanup(srv.Close)
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	base := "http://localhost:" + port // the host Browser's allowlist holds

	actx, cancel := chromedp.NewExecAllocator(ctx, append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome),
		chromedp.NoSandbox, // tests run as root
		chromedp.WindowSize(w, h),
	)...)
	t.Cleanup(cancel)
	// The first action on a context starts the browser, which lives as
	// long as that context: start it on page, not on the steps' context.
	page, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	if err := chromedp.Do(page, chromedp.EmulateViewport(int64(w), int64(h))); err != nil {
		t.Fatalf("start %s: %v", chrome, err)
	}
	deadline, _ := ctx.Deadline()
	steps, cancel := context.WithDeadline(page, deadline.Add(-10*time.Second))
	t.Cleanup(cancel)
	b := &browserPage{t: t, ctx: steps, page: page, shots: screenshotDir(t)}

	b.do("open "+browserURL,
		chromedp.Navigate(browserURL),
		chromedp.WaitVisible(chromedp.CSS(`[data-testid="password"]`)))
	if got, err := chromedp.Run(steps, chromedp.Value(chromedp.CSS(`[data-testid="username"]`))); err != nil || got != cfg.Username {
		t.Fatalf("connect form: username %q (%v), want %q from the dbms parameter", got, err, cfg.Username)
	}
	// Enter submits the form. A click on Connect can miss: a banner that
	// appears above the form moves it down.
	b.do("connect", chromedp.SendKeys(chromedp.CSS(`[data-testid="password"]`), cfg.Password+kb.Enter))
	// The form shows an error, if the connection fails, in the frame.
	if got := b.frame("connect", ":server connect", "connected as user", "Could not reach", "Neo.ClientError"); !strings.Contains(got, "You are connected as user "+cfg.Username) {
		t.Fatalf("connect: frame says\n%s", got)
	}
	return b, db, base
}

// screenshotDir returns the directory that the test's screenshots go to:
// GRAPHIFY_SCREENSHOTS, or graphify-browser-e2e in the temporary directory.
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := cmp.Or(os.Getenv("GRAPHIFY_SCREENSHOTS"), filepath.Join(os.TempDir(), "graphify-browser-e2e"))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", dir)
	return dir
}

// chromiumPath returns the Chromium or Chrome to drive. Without one the
// test is skipped, except under CI=true where it fails.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	const msg = "no chromium, chromium-browser or google-chrome in PATH: install Debian's chromium package (apt-get install chromium)"
	if os.Getenv("CI") == "true" {
		t.Fatal("CI=true requires a browser: " + msg)
	}
	t.Skip(msg)
	return ""
}

// neo4jBrowserURL returns the address of Neo4j Browser on the host of
// cfg.URI, at the HTTP port of scripts/neo4j (NEO4J_HTTP_PORT, default
// 7474). Its dbms parameter fills the connect form's address and user name.
func neo4jBrowserURL(t *testing.T, cfg graph.Config) string {
	t.Helper()
	u, err := url.Parse(cfg.URI)
	if err != nil || u.Hostname() == "" {
		t.Fatalf("NEO4J_URI %q: no host (%v)", cfg.URI, err)
	}
	dbms := url.URL{Scheme: u.Scheme, User: url.User(cfg.Username), Host: u.Host}
	page := url.URL{
		Scheme:   "http",
		Host:     net.JoinHostPort(u.Hostname(), cmp.Or(os.Getenv("NEO4J_HTTP_PORT"), "7474")),
		Path:     "/browser/",
		RawQuery: url.Values{"dbms": {dbms.String()}}.Encode(),
	}
	return page.String()
}

// newE2EPrefix returns a prefix unique to this run for every key the test
// writes, and deletes every node keyed with it when the test ends. Other
// packages test against the same server at the same time, so the test
// leaves everything else alone.
func newE2EPrefix(t *testing.T, db *graph.DB) string {
	t.Helper()
	// Short and ending in a space, so that captions break after it.
	b := make([]byte, 2)
	rand.Read(b)
	p := "e2e" + hex.EncodeToString(b) + " "
	t.Cleanup(func() {
		_, _, err := db.Write(context.Background(), `CALL {
			  MATCH (n:Article) WHERE n.id STARTS WITH $p RETURN n
			  UNION MATCH (n:Meeting) WHERE n.id STARTS WITH $p RETURN n
			  UNION MATCH (n:Actor) WHERE n.name STARTS WITH $p RETURN n
			  UNION MATCH (n:Place) WHERE n.id STARTS WITH $p RETURN n
			  UNION MATCH (n:Country) WHERE n.name STARTS WITH $p RETURN n
			}
			DETACH DELETE n`, map[string]any{"p": p})
		if err != nil {
			t.Errorf("clean up %s: %v", p, err)
		}
	})
	return p
}

// guideSlides returns the title (h3) and lead paragraph of each slide of
// guide.html, as text.
func guideSlides(t *testing.T) (titles, leads []string) {
	t.Helper()
	b, err := files.ReadFile("guide.html")
	if err != nil {
		t.Fatal(err)
	}
	text := regexp.MustCompile(`(?s)<!--.*?-->`).ReplaceAllString(string(b), "")
	tag := regexp.MustCompile(`<[^>]+>`)
	plain := func(s string) string { return html.UnescapeString(tag.ReplaceAllString(s, "")) }
	slide := regexp.MustCompile(`(?s)<slide.*?<h3>(.*?)</h3>.*?<p class="lead">(.*?)</p>`)
	for _, m := range slide.FindAllStringSubmatch(text, -1) {
		titles = append(titles, plain(m[1]))
		leads = append(leads, plain(m[2]))
	}
	if len(titles) < 2 {
		t.Fatalf("guide.html: %d slides with a title and a lead, want at least 2", len(titles))
	}
	return titles, leads
}

// browserPage is the Neo4j Browser tab of a test. Its actions run under
// ctx, which bounds the whole test; page outlives it, to report what the
// page showed when a step failed.
type browserPage struct {
	t     *testing.T
	ctx   context.Context
	page  context.Context
	shots string // the directory screenshots go to
}

func (b *browserPage) with(t *testing.T) *browserPage {
	return &browserPage{t: t, ctx: b.ctx, page: b.page, shots: b.shots}
}

// screenshot saves what the window shows as name.png.
func (b *browserPage) screenshot(name string) {
	b.t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		b.fatal("screenshot "+name, err)
	}
	if err := os.WriteFile(filepath.Join(b.shots, name+".png"), png, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// clear removes every frame from the stream.
func (b *browserPage) clear() {
	b.t.Helper()
	b.run(":clear")
	poll[bool](b, "clear", `() => document.querySelectorAll('[data-testid="frame"]').length === 0`)
}

// param sets a parameter to a string and waits until Browser holds it:
// the server evaluates the value, so a query run at once could miss it.
func (b *browserPage) param(name, value string) {
	b.t.Helper()
	cmd := fmt.Sprintf(":param %s => '%s'", name, value)
	b.run(cmd)
	if got := b.frame(cmd, cmd, strconv.Quote(value)); !strings.Contains(got, strconv.Quote(value)) {
		b.t.Fatalf("%s: frame says\n%s", cmd, got)
	}
}

// config runs a :config command and waits for its frame.
func (b *browserPage) config(cmd string) {
	b.t.Helper()
	b.run(cmd)
	b.frame(cmd, cmd, "autoComplete")
}

// do runs the actions, and fails the test with the page's text if one fails.
func (b *browserPage) do(step string, actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		b.fatal(step, err)
	}
}

func (b *browserPage) fatal(step string, err error) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.page, 5*time.Second)
	defer cancel()
	text, terr := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if terr != nil {
		text = "(unreadable: " + terr.Error() + ")"
	}
	b.t.Fatalf("%s: %v\nthe page shows:\n%s", step, err, text)
}

// run types a command into the editor and runs it with Ctrl+Enter.
// InsertText types it in one go, so that the editor does not close
// brackets and quotes a second time.
func (b *browserPage) run(command string) {
	b.t.Helper()
	b.do("run "+command,
		chromedp.Focus(chromedp.CSS(`[data-testid="activeEditor"] textarea`)),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: command})
			return err
		}),
		chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierCtrl)))
}

// poll waits until the function returns a value other than false, null or
// "", and returns it.
func poll[T any](b *browserPage, step, function string, args ...any) T {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.PollFunction[T](function,
		chromedp.WithPollingArgs(args...),
		chromedp.WithPollingInterval(100*time.Millisecond),
		chromedp.WithPollingTimeout(0))) // b.ctx bounds it
	if err != nil {
		b.fatal(step, err)
	}
	return v
}

// frame waits until the newest frame of command shows one of texts, or a
// Cypher error, and returns its text.
func (b *browserPage) frame(step, command string, texts ...string) string {
	b.t.Helper()
	return poll[string](b, step, `(command, texts) => {
		for (const f of document.querySelectorAll('[data-testid="frame"]')) {
			const cmd = f.querySelector('[data-testid="frameCommand"]');
			if (!cmd || cmd.innerText.trim() !== command) continue;
			const done = texts.some(t => f.innerText.includes(t)) ||
				f.querySelector('[data-testid="cypherFrameErrorMessage"], [data-testid="errorBanner"]');
			return done ? f.innerText : false;
		}
		return false;
	}`, command, texts)
}

// vizNode is a node that Browser drew: the id of the graph's node, its
// circle and its caption, the lines joined by spaces.
type vizNode struct {
	ID, Fill, R, Caption string
}

// vizRel is a relationship that Browser drew: its caption and font size.
type vizRel struct {
	Caption, FontSize string
}

// drawing waits until the frame of command, run on a cleared stream, has
// drawn at least
// nodes nodes and rels relationships, gives Browser a second more (to add
// relationships between the nodes, and to lay them out), and returns what
// it drew.
func (b *browserPage) drawing(command string, nodes, rels int) ([]vizNode, []vizRel) {
	b.t.Helper()
	type drawn struct {
		Nodes []vizNode
		Rels  []vizRel
	}
	// The stream was cleared before command ran: the only frame with a
	// drawing is its frame.
	const read = `(n, m) => {
		for (const f of document.querySelectorAll('[data-testid="frame"]')) {
			const Nodes = [...f.querySelectorAll('g.node')].map(g => ({
				ID: (g.getAttribute('aria-label') ?? '').replace('graph-node', ''),
				Fill: g.querySelector('circle.b-outline')?.getAttribute('fill') ?? '',
				R: g.querySelector('circle.b-outline')?.getAttribute('r') ?? '',
				Caption: [...g.querySelectorAll('text.caption')].map(c => c.textContent.trim()).filter(s => s).join(' '),
			}));
			if (!Nodes.length) continue;
			const Rels = [...f.querySelectorAll('g.relationship')].map(g => ({
				Caption: g.querySelector('text')?.textContent.trim() ?? '',
				FontSize: g.querySelector('text')?.getAttribute('font-size') ?? '',
			}));
			return Nodes.length >= n && Rels.length >= m ? {Nodes, Rels} : false;
		}
		return false;
	}`
	poll[drawn](b, "draw "+command, read, nodes, rels)
	time.Sleep(time.Second)
	d := poll[drawn](b, "draw "+command, read, nodes, rels)
	return d.Nodes, d.Rels
}

// drawer waits for the guide drawer to show text, and returns its text.
func (b *browserPage) drawer(text string) string {
	b.t.Helper()
	return poll[string](b, "guide drawer shows "+strconv.Quote(text), `(text) => {
		const d = document.querySelector('[data-testid="guidesDrawer"]');
		return d && d.innerText.includes(text) ? d.innerText : false;
	}`, text)
}
