package gazetteer

import (
	"unicode"
	"unicode/utf8"
)

// appendKey appends the case- and accent-insensitive lookup key of s to dst.
//
// Letters are lower-cased, and Latin letters with diacritics are folded to ASCII
// ("Élysée" -> "elysee", "Erdoğan" -> "erdogan", "Łódź" -> "lodz"). Hyphens, dashes,
// underscores, slashes and runs of white space become a single space; full stops,
// commas, apostrophes and quotation marks are dropped ("U.S." -> "us",
// "Sana'a" -> "sanaa"); "&" becomes "and"; a leading "the " is dropped.
//
// Callers pass a stack buffer (buf[:0]) so that the common case does not allocate.
func appendKey(dst []byte, s string) []byte {
	start := len(dst)
	space := true // suppresses leading and repeated spaces
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				dst = append(dst, c)
				space = false
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+('a'-'A'))
				space = false
			case c == ' ', c == '-', c == '_', c == '/', c == '\t', c == '\n', c == '\r':
				if !space {
					dst = append(dst, ' ')
					space = true
				}
			case c == '.', c == ',', c == '\'', c == '`', c == '"':
				// dropped
			case c == '&':
				if !space {
					dst = append(dst, ' ')
				}
				dst = append(dst, "and "...)
				space = true
			default:
				dst = append(dst, c)
				space = false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r >= 0xC0 && r <= 0x24F:
			if f := latinFold[r-0xC0]; f != "" {
				dst = append(dst, f...)
				space = false
				continue
			}
		case r >= 0x1E00 && r <= 0x1EFF:
			if f := latinExtFold[r-0x1E00]; f != "" {
				dst = append(dst, f...)
				space = false
				continue
			}
		case r == '\u2018', r == '\u2019', r == '\u201C', r == '\u201D', r == '\u02BC',
			r == '\u02BB', r == '\u02BF', r == '\u02BE', r == '\u00B4', r == '\u2032':
			continue // quotes, apostrophes and transliteration marks (ʻ ʼ ʿ ʾ)
		case r == '\u00A0', r >= '\u2010' && r <= '\u2015', r == '\u2212':
			if !space {
				dst = append(dst, ' ')
				space = true
			}
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		space = false
	}
	if n := len(dst); n > start && dst[n-1] == ' ' {
		dst = dst[:n-1]
	}
	if len(dst)-start > 4 && string(dst[start:start+4]) == "the " {
		n := copy(dst[start:], dst[start+4:])
		dst = dst[:start+n]
	}
	return dst
}

// foldKey returns the lookup key of s as a new string. It is for building indexes.
func foldKey(s string) string { return string(appendKey(nil, s)) }

// keyBufSize is the size of the stack buffer used for lookups; longer keys
// spill to the heap, which is correct but allocates.
const keyBufSize = 128

// lookupFold looks s up in a map keyed by foldKey without allocating.
func lookupFold(m map[string]int32, s string) (int32, bool) {
	var buf [keyBufSize]byte
	k := appendKey(buf[:0], s)
	i, ok := m[string(k)]
	return i, ok
}

// firstUpper reports whether the first rune of s is an upper-case letter or a digit.
func firstUpper(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	if c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// hasSpace reports whether s has more than one word.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return true
		}
	}
	return false
}

// foldAllowed reports whether a case-insensitive lookup of s is allowed: for
// multiword names always; for a single word only when it is capitalised, so that
// common words ("turkey", "china", "us") do not match.
func foldAllowed(s string) bool { return hasSpace(s) || firstUpper(s) }

// codeLike reports whether an alias is an abbreviation or code ("US", "U.K.",
// "DPRK"): it has no lower-case letter. Such aliases match only as written.
func codeLike(s string) bool {
	hasLetter := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			hasLetter = true
		}
	}
	return hasLetter
}

// Key returns the folded form of s that lookups compare: lower case, Latin
// diacritics removed ("Erdoğan" → "erdogan"), dashes as spaces.
func Key(s string) string { return foldKey(s) }

// ASCII returns s with its Latin letters' diacritics dropped, case kept, as
// English-language wires write names: "Recep Tayyip Erdoğan" gives "Recep
// Tayyip Erdogan", "Reykjavík" "Reykjavik", "Łódź" "Lodz". Other
// characters are kept; a string that is ASCII already is returned as is.
func ASCII(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	out := make([]byte, 0, len(s))
	for _, r := range s {
		f := ""
		switch {
		case r >= 0xC0 && r <= 0x24F:
			f = latinFold[r-0xC0]
		case r >= 0x1E00 && r <= 0x1EFF:
			f = latinExtFold[r-0x1E00]
		case r >= 0x300 && r <= 0x36F:
			continue // a combining mark
		}
		if f == "" {
			out = utf8.AppendRune(out, r)
			continue
		}
		if unicode.IsUpper(r) {
			out = append(out, f[0]-('a'-'A'))
			f = f[1:]
		}
		out = append(out, f...)
	}
	return string(out)
}
