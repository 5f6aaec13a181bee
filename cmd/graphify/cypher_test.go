package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/graphify-dev/graphify/graph"
)

func TestCypher_read(t *testing.T) {
	neo4jEnv(t)
	for _, test := range []struct {
		name  string
		stdin string
		args  []string
		want  string
	}{
		{
			name: "flags after the statement",
			args: []string{"cypher", "RETURN $x AS x, 1 + 1 AS two", "--param", "x=Kim, Jong Un", "--format", "csv"},
			want: "x,two\n\"Kim, Jong Un\",2\n",
		},
		{
			name: "flags before the statement",
			args: []string{"cypher", "--format=json", "--param", "n=3", "RETURN toInteger($n) * 2 AS six, [1, 2] AS list"},
			want: `{"list":[1,2],"six":6}` + "\n",
		},
		{
			name: "table",
			args: []string{"cypher", "UNWIND ['b', 'a'] AS x RETURN x ORDER BY x"},
			want: "X\na\nb\n",
		},
		{
			name:  "stdin",
			stdin: "// a comment\nRETURN $a = 'a=b' AS ok\n",
			args:  []string{"cypher", "-", "--param", "a=a=b", "--format", "csv"},
			want:  "ok\ntrue\n",
		},
	} {
		t.Run(test.name, func(t *testing.T) {
			out, stderr, err := run(t, test.stdin, test.args...)
			if err != nil {
				t.Fatalf("%v\n%s", err, stderr)
			}
			if diff := cmp.Diff(test.want, out); diff != "" {
				t.Errorf("output (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCypher_write(t *testing.T) {
	cfg := neo4jEnv(t)
	ctx := context.Background()
	db, err := graph.Open(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close(ctx) }) // after the clean-up below
	b := make([]byte, 4)
	rand.Read(b)
	name := "gc" + hex.EncodeToString(b) + "-Country"
	t.Cleanup(func() {
		if _, _, err := db.Write(ctx, "MATCH (c:Country {name: $name}) DETACH DELETE c", map[string]any{"name": name}); err != nil {
			t.Errorf("clean up %s: %v", name, err)
		}
	})
	countries := func() int {
		t.Helper()
		_, rows, err := db.Query(ctx, "MATCH (c:Country {name: $name}) RETURN c", map[string]any{"name": name})
		if err != nil {
			t.Fatal(err)
		}
		return len(rows)
	}
	const merge = "MERGE (c:Country {name: $name}) RETURN c.name AS name"

	_, _, err = run(t, "", "cypher", merge, "--param", "name="+name)
	if err == nil || !strings.Contains(err.Error(), "add --write") {
		t.Errorf("write without --write: err = %v, want it to suggest --write", err)
	}
	if n := countries(); n != 0 {
		t.Fatalf("the refused statement wrote %d nodes", n)
	}

	out, stderr, err := run(t, "", "cypher", merge, "--param", "name="+name, "--write", "--format", "csv")
	if err != nil {
		t.Fatalf("--write: %v\n%s", err, stderr)
	}
	if want := "name\n" + name + "\n"; out != want {
		t.Errorf("--write output = %q, want %q", out, want)
	}
	if n := countries(); n != 1 {
		t.Errorf("after --write, %d nodes, want 1", n)
	}
}

func TestCypher_usage(t *testing.T) {
	for _, test := range []struct {
		name string
		args []string
		want string
	}{
		{"no statement", []string{"cypher"}, "no statement"},
		{"empty statement", []string{"cypher", " "}, "empty statement"},
		{"two statements", []string{"cypher", "RETURN", "1"}, `unexpected argument "1"`},
		{"unknown flag after", []string{"cypher", "RETURN 1", "--nope"}, "-nope"},
		{"bad param", []string{"cypher", "RETURN 1", "--param", "x"}, `--param "x": want k=v`},
		{"bad format", []string{"cypher", "RETURN 1", "--format", "xml"}, `--format "xml"`},
	} {
		t.Run(test.name, func(t *testing.T) {
			_, _, err := run(t, "", test.args...)
			if err == nil || !strings.Contains(err.Error(), test.want) {
				t.Errorf("err = %v, want it to mention %q", err, test.want)
			}
		})
	}
}
