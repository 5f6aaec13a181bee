package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Write runs one Cypher statement that may change the graph, in a managed
// write transaction, and returns its columns and rows as Query does. The
// driver retries the transaction on transient errors; a failed attempt is
// rolled back, so only the run that commits takes effect. The statement
// cannot use CALL { … } IN TRANSACTIONS, which needs an auto-commit
// transaction.
func (db *DB) Write(ctx context.Context, cypher string, params map[string]any) (columns []string, rows [][]any, err error) {
	sess := db.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	_, err = sess.ExecuteWrite(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		// A retry starts over: forget the rows of a failed attempt.
		columns, rows, err = collect(ctx, tx, cypher, params)
		return nil, err
	})
	if err != nil {
		return nil, nil, fmt.Errorf("write: %w", err)
	}
	return columns, rows, nil
}

// collect runs a statement in tx and returns its columns and its rows as
// plain values.
func collect(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]string, [][]any, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, nil, err
	}
	keys, err := res.Keys()
	if err != nil {
		return nil, nil, err
	}
	records, err := res.Collect(ctx)
	if err != nil {
		return nil, nil, err
	}
	rows := make([][]any, len(records))
	for i, rec := range records {
		row := make([]any, len(rec.Values))
		for j, v := range rec.Values {
			row[j] = plain(v)
		}
		rows[i] = row
	}
	return keys, rows, nil
}

// accessModeCode is the code of the server's refusal to write, or to change
// the schema, in a read transaction.
const accessModeCode = "Neo.ClientError.Statement.AccessMode"

// IsWriteRefused reports whether err is the server refusing a statement
// that writes, because Query runs it in a read transaction: the caller may
// offer to run it with Write.
func IsWriteRefused(err error) bool {
	if err == nil {
		return false
	}
	var neoErr *neo4j.Neo4jError
	if errors.As(err, &neoErr) {
		return neoErr.Code == accessModeCode
	}
	// The driver's message names the code, should a wrapper have kept only
	// the text.
	return strings.Contains(err.Error(), accessModeCode)
}
