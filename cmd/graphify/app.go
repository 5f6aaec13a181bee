package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/graphify-dev/graphify/extract"
	"github.com/graphify-dev/graphify/graph"
)

// newApp builds the command line. Output goes to stdout and stderr, so that
// tests run the whole program in-process.
func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:                 "graphify",
		Usage:                "turn news articles into a Neo4j graph of diplomatic meetings",
		Description:          "See the README for the graph model and examples.",
		Reader:               stdin,
		Writer:               stdout,
		ErrWriter:            stderr,
		HideHelpCommand:      true,
		EnableBashCompletion: false,
		// Errors return to main, which prints them once and exits 1.
		ExitErrHandler: func(*cli.Context, error) {},
		Commands: []*cli.Command{
			extractCommand(),
			importCommand(),
			queryCommand(),
			cypherCommand(),
			evalCommand(),
			exportCommand(),
		},
	}
	// A command without HideHelpCommand gets urfave/cli's one package-level
	// "help" subcommand and writes into it as it runs: apps run in
	// parallel (the tests) would race. "graphify CMD --help" still works.
	for _, c := range app.Commands {
		c.HideHelpCommand = true
	}
	return app
}

// inputFlags are the flags of every command that reads articles. They are
// built anew for each app: urfave/cli writes into a flag while parsing, so
// shared flag values would race when tests run apps in parallel.
func inputFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{
			Name:  "published",
			Usage: "publication date `YYYY-MM-DD` of .txt articles (relative dates such as \"on Thursday\" resolve against it)",
		},
		&cli.IntFlag{
			Name:    "workers",
			Usage:   "extraction goroutines",
			Value:   runtime.GOMAXPROCS(0),
			EnvVars: []string{"GRAPHIFY_WORKERS"},
		},
		&cli.BoolFlag{
			Name:  "strict",
			Usage: "stop at the first article that cannot be read, instead of reporting it and going on",
		},
		&cli.StringFlag{
			Name:  "shard",
			Usage: "keep only part `i/n` of the articles (1 ≤ i ≤ n): those whose id hashes to i (FNV-1a mod n); runs with 1/n … n/n cover the input once",
		},
	}
}

func neo4jFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "neo4j-uri", Usage: "Neo4j `URI`", Value: "neo4j://localhost:7687", EnvVars: []string{"NEO4J_URI"}},
		&cli.StringFlag{Name: "neo4j-username", Usage: "Neo4j user", Value: "neo4j", EnvVars: []string{"NEO4J_USERNAME"}},
		// No default value, so that --help never shows a password.
		&cli.StringFlag{Name: "neo4j-password", Usage: "Neo4j password (prefer the environment variable)", EnvVars: []string{"NEO4J_PASSWORD"}},
		&cli.StringFlag{Name: "neo4j-database", Usage: "Neo4j database (default: the server's default)", EnvVars: []string{"NEO4J_DATABASE"}},
	}
}

// openDB connects to Neo4j with the command's connection flags.
func openDB(c *cli.Context) (*graph.DB, error) {
	ctx, cancel := context.WithTimeout(c.Context, 15*time.Second)
	defer cancel()
	return graph.Open(ctx, graph.Config{
		URI:      c.String("neo4j-uri"),
		Username: c.String("neo4j-username"),
		Password: c.String("neo4j-password"),
		Database: c.String("neo4j-database"),
	})
}

// newReader checks the input arguments and flags shared by extract, import
// and export.
func newReader(c *cli.Context) (*reader, error) {
	args := c.Args().Slice()
	if len(args) == 0 {
		return nil, errors.New("no input: give files, directories, or - for stdin")
	}
	files, err := expand(args)
	if err != nil {
		return nil, err
	}
	rd := &reader{stdin: c.App.Reader, inputs: files}
	if s := c.String("published"); s != "" {
		t, err := parseDate(s)
		if err != nil {
			return nil, fmt.Errorf("--published %q: want YYYY-MM-DD", s)
		}
		rd.published = t
	}
	if c.Int("workers") < 1 {
		return nil, fmt.Errorf("--workers must be at least 1")
	}
	if rd.shard, err = parseShard(c.String("shard")); err != nil {
		return nil, err
	}
	return rd, nil
}

// loadExtractor loads the language model once for the whole run.
func loadExtractor() (*extract.Extractor, error) {
	ex, err := extract.New()
	if err != nil {
		return nil, fmt.Errorf("start extractor: %w", err)
	}
	return ex, nil
}

// rejected reports a bad article on stderr, or stops the run under --strict.
func rejected(c *cli.Context, e *inputError, count *int) error {
	*count++
	if c.Bool("strict") {
		return fmt.Errorf("reject %s (--strict)", e)
	}
	fmt.Fprintf(c.App.ErrWriter, "graphify: skipped %s\n", e)
	return nil
}

// errRejected ends a run that read everything but had to skip some articles.
func errRejected(n, total int) error {
	return fmt.Errorf("%d of %d articles could not be read (listed above)", n, total)
}
