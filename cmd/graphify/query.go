package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/graphify-dev/graphify/queries"
)

func queryCommand() *cli.Command {
	return &cli.Command{
		Name:      "query",
		Usage:     "run a named query (graphify query list shows them) and print a table",
		ArgsUsage: "NAME [VALUE …]",
		Description: "Values after the name fill the query's parameters in order; --param k=v sets one by name.\n" +
			"Example: graphify query who-met \"Vladimir Putin\"",
		Flags: append([]cli.Flag{
			&cli.GenericFlag{Name: "param", Usage: "parameter `k=v`, a string (repeatable)", Value: &paramList{}},
			&cli.StringFlag{Name: "format", Usage: "table, json or csv", Value: "table"},
		}, neo4jFlags()...),
		Action: runQuery,
	}
}

func runQuery(c *cli.Context) error {
	args := c.Args().Slice()
	if len(args) == 0 || args[0] == "list" {
		return listQueries(c.App.Writer)
	}
	q, ok := queries.Lookup(args[0])
	if !ok {
		return fmt.Errorf("no query named %q (graphify query list shows them)", args[0])
	}
	// Flags may follow the values: graphify query who-met "Xi Jinping" --format json.
	values := args[1:]
	for i, a := range values {
		if len(a) > 1 && a[0] == '-' {
			if err := parseTrailingFlags(c, values[i:]); err != nil {
				return err
			}
			values = values[:i]
			break
		}
	}
	named, err := c.Generic("param").(*paramList).params()
	if err != nil {
		return err
	}
	params, err := queryParams(q, values, named)
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
	cols, rows, err := db.Query(c.Context, q.Cypher, params)
	if err != nil {
		return fmt.Errorf("query %s: %w", q.Name, err)
	}
	return printRows(c.App.Writer, format, cols, rows)
}

// outputFormat checks --format.
func outputFormat(c *cli.Context) (string, error) {
	format := c.String("format")
	if format != "table" && format != "json" && format != "csv" {
		return "", fmt.Errorf("--format %q: want table, json or csv", format)
	}
	return format, nil
}

func listQueries(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tPARAMS\tDESCRIPTION")
	for _, q := range queries.All() {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", q.Name, strings.Join(q.Params, ","), q.Description)
	}
	return tw.Flush()
}

// queryParams fills a query's parameters from positional values and --param
// pairs (which win).
func queryParams(q queries.Query, values []string, named map[string]any) (map[string]any, error) {
	params := map[string]any{}
	if len(values) > len(q.Params) {
		return nil, fmt.Errorf("query %s takes %d values (%s), got %d", q.Name, len(q.Params), strings.Join(q.Params, ", "), len(values))
	}
	for i, v := range values {
		params[q.Params[i]] = v
	}
	for k, v := range named {
		params[k] = v
	}
	for _, p := range q.Params {
		if def, ok := q.Defaults[p]; ok && params[p] == nil {
			params[p] = def
		}
		if _, ok := params[p]; !ok {
			return nil, fmt.Errorf("query %s needs parameter %q (give it after the name or as --param %s=…)", q.Name, p, p)
		}
	}
	return params, nil
}

func printRows(w io.Writer, format string, cols []string, rows [][]any) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		for _, r := range rows {
			obj := make(map[string]any, len(cols))
			for i, c := range cols {
				obj[c] = r[i]
			}
			if err := enc.Encode(obj); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write(cols)
		for _, r := range rows {
			rec := make([]string, len(r))
			for i, v := range r {
				rec[i] = cell(v)
			}
			_ = cw.Write(rec)
		}
		cw.Flush()
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, v := range r {
			cells[i] = cell(v)
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if len(rows) == 0 {
		fmt.Fprintln(tw, "(no rows)")
	}
	return tw.Flush()
}

func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case time.Time:
		return x.Format("2006-01-02")
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = cell(e)
		}
		return strings.Join(parts, "; ")
	}
	return fmt.Sprint(v)
}
