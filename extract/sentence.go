package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSentence is the longest sentence analysed as one, in bytes. Longer runs
// (tables, lists, text without punctuation) are cut at spaces into pieces.
const maxSentence = 1500

// span is a sentence: Text[start:end] of its article.
type span struct{ start, end int }

// sentenceStarters are capitalised words that begin a new sentence even after
// an abbreviation such as "U.S.".
var sentenceStarters = map[string]bool{
	"The": true, "He": true, "She": true, "It": true, "They": true, "We": true, "I": true,
	"In": true, "A": true, "An": true, "But": true, "This": true, "That": true, "His": true,
	"Her": true, "Their": true, "On": true, "At": true, "As": true, "After": true, "Meanwhile": true,
}

// splitSentences splits an article into sentences with byte offsets. A blank
// line always ends a sentence, and so does ".", "!" or "?" followed by space and
// a capital, a quote or a digit, unless the word before is an abbreviation or
// an initial. A single line break is white space like any other — wire copy
// wraps lines mid-sentence, and what a text says must not depend on where its
// lines were wrapped — except after a heading in a text written one paragraph
// a line (see headingLines).
func splitSentences(text string) []span {
	headings := headingLines(text)
	var out []span
	start := 0
	emit := func(end int) {
		s, e := trimSpan(text, start, end)
		for e-s > maxSentence { // a run-on "sentence": cut it at a space
			cut := s + maxSentence
			for cut > s+maxSentence/2 && !isSpaceByte(text[cut]) {
				cut--
			}
			for cut < e && !utf8.RuneStart(text[cut]) {
				cut++
			}
			cs, ce := trimSpan(text, s, cut)
			if ce > cs {
				out = append(out, span{cs, ce})
			}
			s, e = trimSpan(text, cut, e)
		}
		if e > s {
			out = append(out, span{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case '\n':
			j := i + 1
			for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
				j++
			}
			if j < len(text) && text[j] == '\n' || headings && heading(text, start, i, j) {
				emit(i)
			}
		case '-':
			if gluedHeading(text, start, i) {
				emit(i)
				start = i + 1
			}
		case '.', '!', '?':
			j := i + 1
			for j < len(text) && strings.IndexByte("\"')]”’", text[j]) >= 0 {
				j++
			}
			if j < len(text) && !isSpaceByte(text[j]) {
				continue
			}
			k := j
			for k < len(text) && isSpaceByte(text[k]) {
				k++
			}
			if k < len(text) {
				r, _ := utf8.DecodeRuneInString(text[k:])
				if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘(", r)) {
					continue
				}
				if c == '.' && !endsSentence(text, start, i, k) {
					continue
				}
			}
			emit(j)
		}
	}
	emit(len(text))
	return out
}

// compoundPrefixes are lower-case words that form compounds with a capitalised
// word: "anti-American", "mid-January", "then-President", "al-Assad".
var compoundPrefixes = map[string]bool{
	"anti": true, "pro": true, "non": true, "post": true, "pre": true, "sub": true, "inter": true,
	"trans": true, "mid": true, "ex": true, "semi": true, "multi": true, "counter": true, "pan": true,
	"neo": true, "ultra": true, "self": true, "then": true, "all": true, "vice": true, "co": true,
	"un": true, "de": true, "re": true, "al": true, "el": true, "ul": true, "bin": true, "ibn": true,
	"abu": true, "van": true, "von": true, "der": true, "la": true, "le": true, "da": true, "di": true,
	"du": true, "bint": true, "ben": true, "ould": true, "intra": true, "extra": true, "over": true,
	"under": true, "super": true, "quasi": true, "pseudo": true, "hyper": true, "macro": true,
	"micro": true, "cross": true, "euro": true, "afro": true,
}

// gluedHeading reports whether the hyphen at i joins a heading to the text
// that follows it, as pages flattened to one line do: "Water
// exploitation-On Thursday, Modi …", "Anti-IS coalition-Following the call",
// "WASHINGTON —\u00a0-As …", "Putin -Talk of a summit". It needs a capital
// after the hyphen and, before it, a space, a dash, or a lower-case word that
// is not a compound prefix ("anti-American", "al-Assad"). Two capitalised
// words ("Assad-Putin", "Diaz-Balart") stay one word unless the second is a
// possessive ("China-Trump's recent call").
func gluedHeading(text string, start, i int) bool {
	if i+2 >= len(text) || i == start {
		return false
	}
	r, n := utf8.DecodeRuneInString(text[i+1:])
	if !unicode.IsUpper(r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+1+n:])
	if !unicode.IsLetter(next) && next != '.' && next != '’' && next != '\'' {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[start:i])
	switch {
	case prev == ' ' || prev == '\u00a0' || prev == '—' || prev == '–':
		return !isSpaceByte(text[i+1])
	case prev == ')':
		return true
	case !unicode.IsLetter(prev):
		return false
	}
	ws := i
	for ws > start {
		r, n := utf8.DecodeLastRuneInString(text[start:ws])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		ws -= n
	}
	left := text[ws:i]
	if strings.ToLower(left) == left {
		return utf8.RuneCountInString(left) >= 3 && !compoundPrefixes[left]
	}
	// Two capitalised words: a heading only when the second is a possessive
	// or a dateline in capitals ("Nationally-WASHINGTON —").
	we := i + 1
	for we < len(text) {
		r, n := utf8.DecodeRuneInString(text[we:])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		we += n
	}
	right := text[i+1 : we]
	if len(right) >= 3 && strings.ToUpper(right) == right && strings.ToUpper(left) != left {
		return true
	}
	return strings.HasPrefix(text[we:], "’s ") || strings.HasPrefix(text[we:], "'s ")
}

// endsSentence decides whether the period at i (followed by the next word at
// k) ends a sentence.
func endsSentence(text string, start, i, k int) bool {
	ws := i
	for ws > start && !isSpaceByte(text[ws-1]) {
		ws--
	}
	word := strings.TrimLeft(text[ws:i], "\"'(“‘")
	if word == "" {
		return true
	}
	if abbreviations[strings.ToLower(word)] {
		return false
	}
	r, n := utf8.DecodeRuneInString(word)
	if n == len(word) && unicode.IsUpper(r) { // an initial: "George H. Bush"
		return false
	}
	if strings.Contains(word, ".") { // "U.S.": ends a sentence only before a typical starter
		ke := k
		for ke < len(text) && isWordByte(text[ke]) {
			ke++
		}
		return sentenceStarters[text[k:ke]]
	}
	return true
}

// headingLines reports whether text is written one paragraph a line, so
// that a line without final punctuation is a heading of its own: some line
// other than the last ends a sentence at its end, no line is indented (an
// indented line starts a paragraph of hard-wrapped wire copy), and no line
// is continued by the next (one starting in lower case, or ending after a
// comma or a function word).
func headingLines(text string) bool {
	paragraphs := false
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == '\r' || text[j] == '\n') {
			j++
		}
		if j+1 < len(text) && (text[j] == ' ' || text[j] == '\t') && (text[j+1] == ' ' || text[j+1] == '\t') {
			return false
		}
		line := strings.TrimRight(text[:i], " \t\r")
		if j < len(text) && strings.TrimSpace(text[j:]) != "" && endsWithStop(line) {
			paragraphs = true
		}
		if r, _ := utf8.DecodeRuneInString(text[j:]); j < len(text) && unicode.IsLower(r) || midSentence(line) {
			return false // a line continued: the text is wrapped
		}
	}
	return paragraphs
}

// midSentence reports a line that stops where no sentence or heading ends:
// after a comma or a function word ("…, left,", "… talks with the").
func midSentence(line string) bool {
	if strings.HasSuffix(line, ",") {
		return true
	}
	k := strings.LastIndexAny(line, " \t\n") + 1
	return functionWords[strings.ToLower(line[k:])]
}

// functionWords never end a heading.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "to": true, "in": true,
	"with": true, "for": true, "on": true, "at": true, "by": true, "from": true, "that": true,
}

// heading reports whether the line break at nl ends a heading: a whole line
// that is one sentence so far, has no final punctuation, and is followed by
// a line that starts like a sentence.
func heading(text string, start, nl, next int) bool {
	s, e := trimSpan(text, start, nl)
	if e <= s || s > 0 && text[s-1] != '\n' || next >= len(text) || endsWithStop(text[s:e]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[next:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘", r)
}

// endsWithStop reports a line that ends a sentence: ".", "!", "?", or a
// closing quote.
func endsWithStop(line string) bool {
	r, _ := utf8.DecodeLastRuneInString(line)
	return strings.ContainsRune(".!?\"”'’", r)
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e && isSpaceByte(text[s]) {
		s++
	}
	for e > s && isSpaceByte(text[e-1]) {
		e--
	}
	return s, e
}

// isSpaceByte reports ASCII white space. Bytes are tested, not runes, so that
// a UTF-8 continuation byte such as 0xA0 is never taken for a space.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
