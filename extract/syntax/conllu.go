package syntax

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Gold is one sentence of a CoNLL-U treebank: its words (multiword token
// ranges and empty nodes are dropped) with their gold annotation.
type Gold struct {
	Words []string
	UPOS  []string
	XPOS  []string
	Head  []int // 0-based index of the head word, -1 for the root
	Rel   []string
}

// ReadCoNLLUFile reads a CoNLL-U file, gunzipping it when its name ends in
// ".gz".
func ReadCoNLLUFile(name string) ([]Gold, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("read conllu: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(name, ".gz") {
		z, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("read conllu %s: %w", name, err)
		}
		defer z.Close()
		r = z
	}
	return ReadCoNLLU(r, name)
}

// ReadCoNLLU reads CoNLL-U sentences from r; name is used in error messages.
func ReadCoNLLU(r io.Reader, name string) ([]Gold, error) {
	var out []Gold
	var g Gold
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	line := 0
	flush := func() error {
		if len(g.Words) == 0 {
			return nil
		}
		for i, h := range g.Head {
			if h < -1 || h >= len(g.Words) {
				return fmt.Errorf("read conllu %s line %d: word %d has head %d outside the sentence", name, line, i+1, h+1)
			}
		}
		out = append(out, g)
		g = Gold{}
		return nil
	}
	for sc.Scan() {
		line++
		s := sc.Text()
		if s == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if s[0] == '#' {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("read conllu %s line %d: %d fields, want 10", name, line, len(f))
		}
		if strings.ContainsAny(f[0], "-.") {
			continue // multiword token range or empty node
		}
		id, err := strconv.Atoi(f[0])
		if err != nil || id != len(g.Words)+1 {
			return nil, fmt.Errorf("read conllu %s line %d: word id %q out of sequence", name, line, f[0])
		}
		head, err := strconv.Atoi(f[6])
		if err != nil {
			return nil, fmt.Errorf("read conllu %s line %d: head %q: %w", name, line, f[6], err)
		}
		g.Words = append(g.Words, f[1])
		g.UPOS = append(g.UPOS, f[3])
		g.XPOS = append(g.XPOS, f[4])
		g.Head = append(g.Head, head-1)
		g.Rel = append(g.Rel, f[7])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conllu %s line %d: %w", name, line, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}
