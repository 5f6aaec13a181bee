package main

import (
	"cmp"
	"context"
	"html"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	gocmp "github.com/google/go-cmp/cmp"

	"github.com/graphify-dev/graphify/graph"
)

func TestHandler(t *testing.T) {
	srv := httptest.NewServer(handler())
	defer srv.Close()
	for _, test := range []struct {
		name, method, path string
		header             map[string]string
		status             int
		want               map[string]string // response headers
	}{
		{"guide", "GET", "/guide.html", nil, 200, map[string]string{
			"Access-Control-Allow-Origin": "*", "Content-Type": "text/html; charset=utf-8",
		}},
		{"style", "GET", "/graphify.grass", nil, 200, map[string]string{"Access-Control-Allow-Origin": "*"}},
		{"preflight", "OPTIONS", "/guide.html", map[string]string{
			"Origin":                                 "http://localhost:7474",
			"Access-Control-Request-Method":          "GET",
			"Access-Control-Request-Headers":         "cache-control,pragma",
			"Access-Control-Request-Private-Network": "true",
		}, 204, map[string]string{
			"Access-Control-Allow-Origin":          "*",
			"Access-Control-Allow-Headers":         "cache-control,pragma",
			"Access-Control-Allow-Private-Network": "true",
		}},
		{"missing", "GET", "/nope.html", nil, 404, nil},
		{"post", "POST", "/guide.html", nil, 405, nil},
	} {
		t.Run(test.name, func(t *testing.T) {
			req, err := http.NewRequest(test.method, srv.URL+test.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			for k, v := range test.header {
				req.Header.Set(k, v)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != test.status {
				t.Errorf("status %d, want %d", resp.StatusCode, test.status)
			}
			for k, v := range test.want {
				if got := resp.Header.Get(k); got != v {
					t.Errorf("%s = %q, want %q", k, got, v)
				}
			}
		})
	}
}

// guideBlocks returns the text of the guide's runnable blocks, as Neo4j
// Browser puts it in the editor.
func guideBlocks(t *testing.T) (title string, slides int, blocks []string) {
	t.Helper()
	b, err := files.ReadFile("guide.html")
	if err != nil {
		t.Fatal(err)
	}
	// Neo4j Browser reads the guide as HTML, so comments hold no slides.
	text := regexp.MustCompile(`(?s)<!--.*?-->`).ReplaceAllString(string(b), "")
	if m := regexp.MustCompile(`<title>(.*?)</title>`).FindStringSubmatch(text); m != nil {
		title = m[1]
	}
	slides = strings.Count(text, "<slide")
	pre := regexp.MustCompile(`(?s)<pre class="runnable[^"]*"[^>]*>(.*?)</pre>`)
	for _, m := range pre.FindAllStringSubmatch(text, -1) {
		blocks = append(blocks, strings.TrimSpace(html.UnescapeString(m[1])))
	}
	return title, slides, blocks
}

func TestGuide(t *testing.T) {
	title, slides, blocks := guideBlocks(t)
	if title == "" || slides < 5 || len(blocks) < 10 {
		t.Fatalf("title %q, %d slides, %d runnable blocks: the guide lost its structure", title, slides, len(blocks))
	}
	param := regexp.MustCompile(`^:param (\w+) => '[^']*'$`)
	params := map[string]any{}
	var cypher []string
	for _, b := range blocks {
		switch {
		case param.MatchString(b):
			params[param.FindStringSubmatch(b)[1]] = nil
		case strings.HasPrefix(b, ":style "):
			if !strings.HasSuffix(b, "/graphify.grass") {
				t.Errorf("%q does not load graphify.grass", b)
			}
		case b == ":config autoComplete: false" || b == ":config autoComplete: true":
		case strings.HasPrefix(b, ":"):
			t.Errorf("unexpected Browser command %q", b)
		default:
			cypher = append(cypher, b)
		}
	}

	// Plan each statement on the server, so that a typo fails here.
	cfg := neo4jConfig(t)
	ctx := context.Background()
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close(ctx)
	for _, q := range cypher {
		if _, _, err := db.Query(ctx, "EXPLAIN "+q, params); err != nil {
			t.Errorf("%v\n%s", err, q)
		}
	}
}

// neo4jConfig reads the test server from NEO4J_URI and friends; without it
// the test is skipped, except under CI=true where it fails.
func neo4jConfig(t *testing.T) graph.Config {
	t.Helper()
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true requires a Neo4j: set NEO4J_URI, e.g. eval $(scripts/neo4j env)")
		}
		t.Skip("no Neo4j: set NEO4J_URI, e.g. eval $(scripts/neo4j env)")
	}
	return graph.Config{
		URI:      uri,
		Username: cmp.Or(os.Getenv("NEO4J_USERNAME"), "neo4j"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
}

// styleRule is one rule of a style sheet: its selector ("node.Actor") and
// its properties.
type styleRule struct {
	Selector string
	Props    map[string]string
}

// parseGrass parses a style sheet the way Neo4j Browser 5 does
// (parseGrassCSS in src/shared/services/grassUtils.ts): braces and quotes
// are syntax outside quotes, and a property whose value holds ':' is
// dropped. The rules keep their order, which decides, as in Browser, which
// of two rules that match a node wins: the later one.
func parseGrass(text string) []styleRule {
	var rules []styleRule
	var inString, inProps, inBinding bool
	var selector, props strings.Builder
	for _, c := range text {
		skip := true
		switch c {
		case '{':
			if inString {
				skip = false
			} else if inProps {
				inBinding = true
			} else {
				inProps = true
			}
		case '}':
			if inString {
				skip = false
			} else if inBinding {
				inBinding = false
			} else {
				inProps = false
				rule := map[string]string{}
				for _, p := range strings.Split(props.String(), ";") {
					if kv := strings.Split(p, ":"); len(kv) == 2 {
						rule[strings.TrimSpace(kv[0])] = strings.TrimSpace(kv[1])
					}
				}
				rules = append(rules, styleRule{selector.String(), rule})
				selector.Reset()
				props.Reset()
			}
		case '\'', '"':
			inString = !inString
		default:
			skip = false
		}
		switch {
		case skip:
		case inProps:
			props.WriteRune(c)
		case !unicode.IsSpace(c):
			selector.WriteRune(c)
		}
	}
	return rules
}

// nodeStyle returns the style of a node with labels: the properties of
// "node" and of each rule "node.<label>", later rules overriding earlier
// ones.
func nodeStyle(style []styleRule, labels []string) map[string]string {
	return ruleStyle(style, "node", labels)
}

// relStyle returns the style of a relationship of type typ.
func relStyle(style []styleRule, typ string) map[string]string {
	return ruleStyle(style, "relationship", []string{typ})
}

func ruleStyle(style []styleRule, tag string, classes []string) map[string]string {
	out := map[string]string{}
	for _, r := range style {
		t, class, _ := strings.Cut(r.Selector, ".")
		if t == tag && (class == "" || slices.Contains(classes, class)) {
			maps.Copy(out, r.Props)
		}
	}
	return out
}

func TestGrass(t *testing.T) {
	b, err := files.ReadFile("graphify.grass")
	if err != nil {
		t.Fatal(err)
	}
	style := parseGrass(string(b))
	got := map[string]string{}
	for _, r := range style {
		if r.Props["color"] == "" {
			t.Errorf("%s has no color", r.Selector)
		}
		got[r.Selector] = r.Props["caption"]
	}
	want := map[string]string{
		"node":                  "",
		"relationship":          "<type>",
		"node.Actor":            "{name}",
		"node.Meeting":          "{kind} {date} {status}",
		"node.Place":            "{name}",
		"node.Country":          "{name}",
		"node.Article":          "{title}",
		"relationship.MET":      "{date}",
		"relationship.ATTENDED": "{role}",
		"relationship.HELD_IN":  "<type>",
		"relationship.REPORTS":  "{status}",
	}
	// The kind labels change colours, not captions.
	for _, labels := range []map[string]string{graph.ActorLabels(), graph.MeetingLabels()} {
		colours := map[string]string{}
		for _, label := range labels {
			want["node."+label] = ""
			c := nodeStyle(style, []string{label})["color"]
			if other, ok := colours[c]; ok {
				t.Errorf("node.%s has the colour of node.%s, %s", label, other, c)
			}
			colours[c] = label
		}
	}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("selectors and captions (-want +got):\n%s", diff)
	}
	// A kind label comes after its base label, so that its colour wins.
	order := map[string]int{}
	for i, r := range style {
		order[r.Selector] = i
	}
	for base, labels := range map[string]map[string]string{"node.Actor": graph.ActorLabels(), "node.Meeting": graph.MeetingLabels()} {
		for _, label := range labels {
			if order["node."+label] < order[base] {
				t.Errorf("node.%s comes before %s, whose colour would win", label, base)
			}
		}
	}
}
