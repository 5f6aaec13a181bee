package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark of a sentence, with byte offsets
// into the sentence.
type token struct {
	start, end int
	text       string
	lower      string // lower-cased text (the same string when already lower case)
	word       bool   // letters or digits, as opposed to punctuation
	upper      bool   // starts with an upper-case letter
}

// abbreviations keep their trailing period: "Mr." is one token and does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "sgt": true, "st": true, "jr": true, "sr": true,
	"prof": true, "pres": true, "capt": true, "cmdr": true, "adm": true, "maj": true, "rev": true,
	"gens": true, "sens": true, "reps": true, "messrs": true, "mt": true, "ft": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "no": true, "vs": true, "etc": true,
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokenize splits s into word and punctuation tokens. It never fails: any
// byte sequence, valid UTF-8 or not, yields tokens covering its non-space bytes.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{start: i, end: i + n, text: s[i : i+n], lower: s[i : i+n]})
			i += n
			continue
		}
		start := i
		dotted := false
		i += n
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if r == '-' || r == '\'' || r == '’' || r == '.' || r == '&' {
				// Keep an inner joiner only when a word character follows.
				if r2, _ := utf8.DecodeRuneInString(s[i+n:]); i+n < len(s) && isWordRune(r2) {
					if r == '.' {
						dotted = true
					}
					i += n
					continue
				}
			}
			break
		}
		w := s[start:i]
		// Possessive: "Russia's" -> "Russia" + "'s".
		if len(w) > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")) {
			toks = append(toks, newWord(s, start, i-2), newWord(s, i-2, i))
			continue
		}
		if len(w) > 4 && strings.HasSuffix(w, "’s") {
			toks = append(toks, newWord(s, start, i-4), newWord(s, i-4, i))
			continue
		}
		// Trailing period of an abbreviation or an initial: "Mr.", "U.S.", "H.".
		if i < len(s) && s[i] == '.' {
			first, _ := utf8.DecodeRuneInString(w)
			if dotted || abbreviations[strings.ToLower(w)] || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(first)) {
				i++
			}
		}
		toks = append(toks, newWord(s, start, i))
	}
	return toks
}

func newWord(s string, start, end int) token {
	w := s[start:end]
	r, _ := utf8.DecodeRuneInString(w)
	return token{start: start, end: end, text: w, lower: strings.ToLower(w), word: true, upper: unicode.IsUpper(r)}
}
