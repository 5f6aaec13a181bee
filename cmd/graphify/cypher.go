package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/graphify-dev/graphify/graph"
)

func cypherCommand() *cli.Command {
	return &cli.Command{
		Name:      "cypher",
		Usage:     "run a Cypher statement and print its rows; read-only unless --write",
		ArgsUsage: "STATEMENT|-",
		Description: "The statement is one argument (quote it), or - to read it from stdin. Flags may come before or after it.\n" +
			"--param values are strings: convert them in Cypher, e.g. toInteger($n).\n" +
			"Example: graphify cypher 'MATCH (a:Actor {name: $name})-[:MET]-(b) RETURN DISTINCT b.name' --param name='Xi Jinping'",
		Flags: append([]cli.Flag{
			// A GenericFlag, not a StringSliceFlag, so that a value may hold commas.
			&cli.GenericFlag{Name: "param", Usage: "parameter `k=v`, a string (repeatable)", Value: &paramList{}},
			&cli.StringFlag{Name: "format", Usage: "table, json or csv", Value: "table"},
			&cli.BoolFlag{Name: "write", Usage: "allow the statement to change the database"},
		}, neo4jFlags()...),
		Action: runCypher,
	}
}

func runCypher(c *cli.Context) error {
	args := c.Args().Slice()
	if len(args) == 0 {
		return errors.New("no statement: give one Cypher statement in quotes, or - to read it from stdin")
	}
	if err := parseTrailingFlags(c, args[1:]); err != nil {
		return err
	}
	stmt := args[0]
	if stmt == "-" {
		b, err := io.ReadAll(c.App.Reader)
		if err != nil {
			return fmt.Errorf("read statement from stdin: %w", err)
		}
		stmt = string(b)
	}
	if strings.TrimSpace(stmt) == "" {
		return errors.New("empty statement")
	}
	params, err := c.Generic("param").(*paramList).params()
	if err != nil {
		return err
	}
	format, err := outputFormat(c)
	if err != nil {
		return err
	}
	db, err := openDB(c)
	if err != nil {
		return err
	}
	defer db.Close(c.Context)
	run := db.Query
	if c.Bool("write") {
		run = db.Write
	}
	cols, rows, err := run(c.Context, stmt, params)
	if graph.IsWriteRefused(err) {
		return errors.New("the statement writes to the database: add --write to allow it (cypher is read-only by default)")
	}
	if err != nil {
		return err
	}
	return printRows(c.App.Writer, format, cols, rows)
}

// parseTrailingFlags parses the flags that follow the statement, as in
// graphify cypher 'MATCH …' --param k=v: urfave/cli stops parsing at the
// first argument.
func parseTrailingFlags(c *cli.Context, args []string) error {
	if len(args) == 0 {
		return nil
	}
	set := flag.NewFlagSet(c.Command.Name, flag.ContinueOnError)
	set.SetOutput(io.Discard)
	for _, f := range c.Command.Flags {
		names := f.Names()
		if names[0] == "help" {
			continue
		}
		setFlag := func(v string) error { return c.Set(names[0], v) }
		for _, name := range names {
			if _, ok := f.(*cli.BoolFlag); ok {
				set.BoolFunc(name, "", setFlag)
			} else {
				set.Func(name, "", setFlag)
			}
		}
	}
	if err := set.Parse(args); err != nil {
		return fmt.Errorf("after the statement: %w", err)
	}
	if set.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q after the statement (quote the whole statement as one argument)", set.Arg(0))
	}
	return nil
}

// paramList collects --param k=v values. Unlike a StringSliceFlag, it
// neither splits a value at commas nor trims its spaces.
type paramList struct {
	pairs []string
}

func (l *paramList) Set(kv string) error {
	l.pairs = append(l.pairs, kv)
	return nil
}

func (l *paramList) String() string { return strings.Join(l.pairs, " ") }

// params returns the parameters by name; a later value of a name wins.
func (l *paramList) params() (map[string]any, error) {
	params := map[string]any{}
	for _, kv := range l.pairs {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, fmt.Errorf("--param %q: want k=v", kv)
		}
		params[k] = v
	}
	return params, nil
}
