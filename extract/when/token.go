package when

import (
	"unicode"
	"unicode/utf8"
)

type kind uint8

const (
	kWord  kind = iota + 1 // letters, or letters and digits ("G20")
	kNum                   // digits, with an optional suffix: "17", "17th", "1990s"
	kPunct                 // one punctuation rune
)

const (
	sufNone  uint8 = iota
	sufOrd         // 1st, 2nd, 3rd, 17th
	sufS           // 1990s
	sufOther       // 3D, 10am: not a date number
)

type token struct {
	start, end int
	num        int  // value of a kNum token (-1 when too long)
	ch         rune // the rune of a kPunct token
	kind       kind
	id         word
	upper      bool  // the first letter is upper case
	ndig       uint8 // digits in a kNum token
	suf        uint8 // suffix of a kNum token
}

// tokenize appends the tokens of s to toks. It skips white space, keeps every
// other non-letter non-digit rune as a one-rune punctuation token, and looks
// words up in lexicon without allocating.
func tokenize(s string, toks []token) []token {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
			continue
		case isAlnum(c):
		case c < utf8.RuneSelf:
			toks = append(toks, token{start: i, end: i + 1, kind: kPunct, ch: rune(c)})
			i++
			continue
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				if !unicode.IsSpace(r) {
					toks = append(toks, token{start: i, end: i + n, kind: kPunct, ch: r})
				}
				i += n
				continue
			}
		}
		// A run of letters and digits.
		j := i
		ascii := true
		for j < len(s) {
			c := s[j]
			if isAlnum(c) {
				j++
				continue
			}
			if c < utf8.RuneSelf {
				break
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) {
				break
			}
			ascii = false
			j += n
		}
		toks = append(toks, classify(s, i, j, ascii))
		i = j
	}
	return toks
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func classify(s string, i, j int, ascii bool) token {
	t := token{start: i, end: j, kind: kWord}
	w := s[i:j]
	if isDigit(w[0]) {
		k := 0
		n := 0
		for k < len(w) && isDigit(w[k]) {
			if k < 9 {
				n = n*10 + int(w[k]-'0')
			}
			k++
		}
		if k > 9 {
			n = -1
		}
		t.kind, t.num, t.ndig = kNum, n, uint8(min(k, 255))
		switch rest := w[k:]; {
		case rest == "":
		case rest == "s":
			t.suf = sufS
		case len(rest) == 2 && ordinalSuffix(rest):
			t.suf = sufOrd
		default:
			t.suf = sufOther
		}
		return t
	}
	t.upper = w[0] >= 'A' && w[0] <= 'Z'
	if !ascii || len(w) > maxWordLen {
		return t
	}
	var buf [maxWordLen]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	t.id = lexicon[string(buf[:len(w)])]
	return t
}

func ordinalSuffix(s string) bool {
	a, b := s[0]|0x20, s[1]|0x20
	return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h'
}
