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
// server: it writes a meeting through package graph, connects with the
// credentials of NEO4J_URI and friends, runs a query and reads the result
// table, loads graphify.grass with :style and checks the colours and sizes
// of the nodes drawn, and opens guide.html with :guide. Both files come from
// handler on a port of localhost, as a user's `go run ./browser` serves them.
func TestBrowserE2E(t *testing.T) {
	cfg := neo4jConfig(t)
	chrome := chromiumPath(t)
	browserURL := neo4jBrowserURL(t, cfg)

	// The whole test, Chromium's start included, ends within a minute;
	// the steps in the page end sooner, so that a failed step can still
	// report what the page shows.
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(context.Background()) })
	if err := db.EnsureSchema(ctx); err != nil {
		t.Fatal(err)
	}
	p := newE2EPrefix(t, db)
	macron, scholz := p+"Emmanuel Macron", p+"Olaf Scholz"
	const date = "2023-01-22"
	if err := db.WriteReports(ctx, []graphify.Report{meetingReport(p, macron, scholz, date)}); err != nil {
		t.Fatal(err)
	}

	srv := httptest.NewServer(handler())
	t.Cleanup(srv.Close)
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	base := "http://localhost:" + port // the host Browser's allowlist holds

	actx, cancel := chromedp.NewExecAllocator(ctx, append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome),
		chromedp.NoSandbox, // tests run as root
		chromedp.WindowSize(1400, 1000),
	)...)
	t.Cleanup(cancel)
	// The first action on a context starts the browser, which lives as
	// long as that context: start it on page, not on the steps' context.
	page, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	if err := chromedp.Do(page); err != nil {
		t.Fatalf("start %s: %v", chrome, err)
	}
	deadline, _ := ctx.Deadline()
	steps, cancel := context.WithDeadline(page, deadline.Add(-10*time.Second))
	t.Cleanup(cancel)
	b := &browserPage{t: t, ctx: steps, page: page}

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

	t.Run("query", func(t *testing.T) {
		b := b.with(t)
		q := fmt.Sprintf("MATCH (a:Actor)-[:ATTENDED]->(m:Meeting) WHERE a.name STARTS WITH '%s' RETURN a.name, m.date ORDER BY a.name", p)
		b.run(q)
		got := b.frame("query", q, "Started streaming")
		for _, want := range []string{
			"a.name\tm.date",
			`"` + macron + `"` + "\t" + `"` + date + `"`,
			`"` + scholz + `"` + "\t" + `"` + date + `"`,
			"Started streaming 2 records",
		} {
			if !strings.Contains(got, want) {
				t.Errorf("result frame lacks %q:\n%s", want, got)
			}
		}
	})

	t.Run("style", func(t *testing.T) {
		b := b.with(t)
		src, err := files.ReadFile("graphify.grass")
		if err != nil {
			t.Fatal(err)
		}
		style := parseGrass(string(src))
		cmd := ":style " + base + "/graphify.grass"
		b.run(cmd)
		if got := b.frame("style", cmd, "node.Actor"); !strings.Contains(got, style["node.Actor"]["color"]) {
			t.Fatalf("style frame lacks the Actor colour:\n%s", got)
		}
		// Draw the meeting, and read the colour and size of its nodes.
		q := fmt.Sprintf("MATCH (a:Actor)-[r:ATTENDED]->(m:Meeting) WHERE a.name STARTS WITH '%s' RETURN a, r, m", p)
		b.run(q)
		nodes := b.nodes(q, 3)
		var got, want []string
		for _, n := range nodes {
			got = append(got, n.Fill+" "+n.R)
		}
		for _, label := range []string{"Actor", "Actor", "Meeting"} {
			rule := style["node."+label]
			d, _ := strconv.ParseFloat(strings.TrimSuffix(rule["diameter"], "px"), 64)
			want = append(want, rule["color"]+" "+strconv.FormatFloat(d/2, 'f', -1, 64))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("nodes drawn with fill and radius %q, want %q from graphify.grass", got, want)
		}
		// The Meeting caption is '{kind} {date}', cut to fit the circle:
		// "talks 2023-…".
		caption := graphify.KindTalks + " " + date[:4]
		if !slices.ContainsFunc(nodes, func(n vizNode) bool { return strings.HasPrefix(n.Caption, caption) }) {
			t.Errorf("no node has a caption that starts with %q: %+v", caption, nodes)
		}
	})

	t.Run("guide", func(t *testing.T) {
		b := b.with(t)
		titles, leads := guideSlides(t)
		b.run(":guide " + base + "/guide.html")
		if got := b.drawer(leads[0]); !strings.Contains(got, titles[0]) {
			t.Errorf("guide drawer lacks the first slide's title %q:\n%s", titles[0], got)
		}
		// The drawer slides in, so a click at the button's place can miss;
		// the page clicks it itself.
		b.do("next slide", chromedp.Evaluate[chromedp.Void](`document.querySelector('[data-testid="guideNextSlide"]').click()`))
		if got := b.drawer(leads[1]); !strings.Contains(got, titles[1]) {
			t.Errorf("guide drawer lacks the second slide's title %q:\n%s", titles[1], got)
		}
	})
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
	b := make([]byte, 4)
	rand.Read(b)
	p := "e2e" + hex.EncodeToString(b) + "-"
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

// meetingReport returns an article about talks of a and b in Paris on date,
// with every key prefixed with p.
func meetingReport(p, a, b, date string) graphify.Report {
	text := a + " held talks with " + b + " in Paris."
	id := p + "a1"
	return graphify.Report{
		Article: graphify.Article{ID: id, Text: text, Title: "Talks in Paris"},
		Meetings: []graphify.Meeting{{
			DocID:  id,
			ID:     p + graphify.MeetingID(id, []string{a, b}, &date, graphify.KindTalks),
			Kind:   graphify.KindTalks,
			Status: graphify.StatusHeld,
			Participants: []graphify.Participant{
				{Name: a, Mention: a, Type: graphify.TypePerson, Country: p + "France", Role: graphify.RoleHost},
				{Name: b, Mention: b, Type: graphify.TypePerson, Country: p + "Germany", Role: graphify.RoleVisitor},
			},
			Place:      &graphify.Place{Name: p + "Paris", Country: p + "France"},
			Date:       &date,
			Confidence: 0.9,
			Evidence:   []graphify.Evidence{{Sentence: text, Start: 0, End: len(text)}},
		}},
	}
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
	t    *testing.T
	ctx  context.Context
	page context.Context
}

func (b *browserPage) with(t *testing.T) *browserPage {
	return &browserPage{t: t, ctx: b.ctx, page: b.page}
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

// vizNode is a node that Browser drew: its circle and its caption.
type vizNode struct {
	Fill, R, Caption string
}

// nodes waits until the newest frame of command has drawn n nodes, and
// returns them.
func (b *browserPage) nodes(command string, n int) []vizNode {
	b.t.Helper()
	return poll[[]vizNode](b, "draw "+command, `(command, n) => {
		for (const f of document.querySelectorAll('[data-testid="frame"]')) {
			const cmd = f.querySelector('[data-testid="frameCommand"]');
			if (!cmd || cmd.innerText.trim() !== command) continue;
			const nodes = [...f.querySelectorAll('g.node')].map(g => ({
				Fill: g.querySelector('circle.b-outline')?.getAttribute('fill') ?? '',
				R: g.querySelector('circle.b-outline')?.getAttribute('r') ?? '',
				Caption: [...g.querySelectorAll('text.caption')].map(c => c.textContent.trim()).join(' '),
			}));
			return nodes.length >= n ? nodes : false;
		}
		return false;
	}`, command, n)
}

// drawer waits for the guide drawer to show text, and returns its text.
func (b *browserPage) drawer(text string) string {
	b.t.Helper()
	return poll[string](b, "guide drawer shows "+strconv.Quote(text), `(text) => {
		const d = document.querySelector('[data-testid="guidesDrawer"]');
		return d && d.innerText.includes(text) ? d.innerText : false;
	}`, text)
}
