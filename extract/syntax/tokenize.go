package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tokenizer splits text the way UD English EWT does: punctuation apart,
// clitics apart ("do" "n't", "leader" "'s"), hyphens between words apart
// except after common prefixes ("co-workers"), a final period kept on
// abbreviations ("Mr.", "U.S.").

// abbreviations keep their final period (lowercased, without it).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cmdr": true, "adm": true,
	"gov": true, "sen": true, "rep": true, "pres": true, "prof": true, "rev": true, "hon": true,
	"inc": true, "corp": true, "ltd": true, "co": true, "bros": true, "no": true, "vs": true,
	"etc": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "ft": true,
	"mt": true, "messrs": true, "approx": true, "dept": true, "univ": true, "a.m": true, "p.m": true,
}

// hyphenPrefixes stay joined to the word after their hyphen.
var hyphenPrefixes = map[string]bool{
	"e": true, "co": true, "non": true, "pre": true, "re": true, "anti": true, "post": true,
	"ex": true, "mid": true, "multi": true, "pro": true, "self": true, "semi": true, "sub": true,
	"un": true, "inter": true, "intra": true, "counter": true, "x": true, "vice": true,
}

// clitics split from the end of a word, longest first.
var clitics = []string{"n't", "n’t", "'s", "’s", "'m", "’m", "'d", "’d", "'re", "’re", "'ve", "’ve", "'ll", "’ll"}

const openPunct = "\"'([{`“‘«"
const closePunct = "\"')]}”’»,;:!?"

type tokenizer struct{}

func (tokenizer) split(dst []Token, text string) []Token {
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		dst = splitChunk(dst, text, i, j)
		i = j
	}
	return dst
}

func tok(text string, a, b int) Token {
	return Token{Text: text[a:b], Start: a, End: b}
}

// splitChunk splits text[a:b], a run without spaces.
func splitChunk(dst []Token, text string, a, b int) []Token {
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if !strings.ContainsRune(openPunct, r) || a+n == b {
			break
		}
		dst = append(dst, tok(text, a, a+n))
		a += n
	}
	var tail [16]Token
	nt := 0
	for a < b && nt < len(tail)-1 {
		s := text[a:b]
		switch {
		case strings.HasSuffix(s, "...") && len(s) > 3:
			k := len(strings.TrimRight(s, "."))
			tail[nt], b = tok(text, a+k, b), a+k
		case s[len(s)-1] == '.' && len(s) > 1 && !keepsPeriod(s):
			tail[nt], b = tok(text, b-1, b), b-1
		default:
			r, n := utf8.DecodeLastRuneInString(s)
			if !strings.ContainsRune(closePunct, r) || n == len(s) {
				goto core
			}
			tail[nt], b = tok(text, b-n, b), b-n
		}
		nt++
	}
core:
	if a < b {
		s := text[a:b]
		for _, c := range clitics {
			if len(s) > len(c) && strings.EqualFold(s[len(s)-len(c):], c) {
				tail[nt], b = tok(text, b-len(c), b), b-len(c)
				nt++
				break
			}
		}
		dst = splitInner(dst, text, a, b)
	}
	for k := nt - 1; k >= 0; k-- {
		dst = append(dst, tail[k])
	}
	return dst
}

// keepsPeriod reports whether s, ending in a period, is an abbreviation.
func keepsPeriod(s string) bool {
	w := s[:len(s)-1]
	if strings.Contains(w, ".") && !strings.Contains(w, "..") {
		return true // U.S., a.m.
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true // an initial
	}
	return inLower(abbreviations, w)
}

// inLower reports whether the lowercased s is in set, without allocating.
func inLower(set map[string]bool, s string) bool {
	var buf [16]byte
	if len(s) > len(buf) {
		return false
	}
	for i := range len(s) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(s)])]
}

// splitInner splits text[a:b] at hyphens and slashes between letters and at
// runs of dashes.
func splitInner(dst []Token, text string, a, b int) []Token {
	start := a
	for i := a; i < b; {
		c := text[i]
		if c != '-' && c != '/' {
			i++
			continue
		}
		j := i + 1
		for j < b && text[j] == c {
			j++
		}
		if j-i == 1 && !(isLetterBefore(text, start, i) && isLetterAfter(text, j, b)) ||
			c == '-' && j-i == 1 && inLower(hyphenPrefixes, text[start:i]) {
			i = j
			continue
		}
		if i > start {
			dst = append(dst, tok(text, start, i))
		}
		dst = append(dst, tok(text, i, j))
		start, i = j, j
	}
	if start < b {
		dst = append(dst, tok(text, start, b))
	}
	return dst
}

func isLetterBefore(text string, a, i int) bool {
	if i <= a {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[a:i])
	return unicode.IsLetter(r)
}

func isLetterAfter(text string, j, b int) bool {
	if j >= b {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:b])
	return unicode.IsLetter(r)
}
