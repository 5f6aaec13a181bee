package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A sentence we wrote, annotated by hand in CoNLL-U.
const conlluSample = `# text = Kohl met Bush in Bonn.
1	Kohl	Kohl	PROPN	NNP	_	2	nsubj	_	_
2	met	meet	VERB	VBD	_	0	root	_	_
3	Bush	Bush	PROPN	NNP	_	2	obj	_	_
4	in	in	ADP	IN	_	5	case	_	_
5	Bonn	Bonn	PROPN	NNP	_	2	obl	_	_
6	.	.	PUNCT	.	_	2	punct	_	_

`

func TestEval_CoNLLU(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "sample.conllu")
	if err := os.WriteFile(good, []byte(conlluSample), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, "", "eval", good)
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`^sample\.conllu: 1 sentences 6 words, .* UAS [01]\.\d{4} LAS [01]\.\d{4}\n$`).MatchString(out) {
		t.Errorf("output %q", out)
	}

	bad := filepath.Join(dir, "bad.conllu")
	if err := os.WriteFile(bad, []byte(strings.Replace(conlluSample, "\t0\troot", "\tx\troot", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = run(t, "", "eval", bad)
	if err == nil || !strings.Contains(err.Error(), "bad.conllu line 3") {
		t.Errorf("error %v, want one naming bad.conllu line 3", err)
	}
}
