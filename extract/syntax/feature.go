package syntax

import (
	"unicode"
	"unicode/utf8"
)

// Features are hashed: a template number and its atoms (word hashes, tag,
// label and small-number codes) mix into one uint64, whose low bits pick a
// row of the weight table. No strings are built on the hot path.

const (
	mulA = 0x9E3779B97F4A7C15
	mulB = 0xC2B2AE3D27D4EB4F
)

// Atoms for positions that do not exist and for the root.
const (
	noWord   uint64 = 0x5bd1e9955bd1e995
	rootWord uint64 = 0x27d4eb2f165667c5
	noTag    uint64 = 0
	rootTag  uint64 = 1
	tagBase  uint64 = 2 // tag i is coded i+tagBase
)

func mix(h uint64) uint64 {
	h ^= h >> 31
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 29
	h *= 0x94d049bb133111eb
	h ^= h >> 32
	return h
}

func step(h, x uint64) uint64 {
	h = (h ^ x) * mulA
	return h ^ h>>29
}

func feat1(t, a uint64) uint64       { return mix(step(t*mulB, a)) }
func feat2(t, a, b uint64) uint64    { return mix(step(step(t*mulB, a), b)) }
func feat3(t, a, b, c uint64) uint64 { return mix(step(step(step(t*mulB, a), b), c)) }

// word holds the hashed views of one token that the tagger and parser use.
type word struct {
	lower  uint64    // lowercased form
	shape  uint64    // character classes, runs collapsed: "Xx", "d.d", "X.X."
	prefix [3]uint64 // first 1–3 bytes of the lowercased form
	suffix [4]uint64 // last 1–4 bytes of the lowercased form
	flags  uint64    // bit 0 upper first, 1 all upper, 2 digit, 3 hyphen
	class  uint64    // the tags the word takes in the training data, hashed; 0 if unknown
}

const fnvOffset, fnvPrime = 14695981039346656037, 1099511628211

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return mix(h)
}

// analyse fills w from the token text; buf is scratch space for the
// lowercased form and is returned, perhaps grown, for reuse.
func analyse(w *word, text string, buf []byte) []byte {
	buf = buf[:0]
	shape := uint64(fnvOffset)
	var last rune = -1
	var flags uint64
	upper, letters := 0, 0
	for i, r := range text {
		var class rune
		switch {
		case r < utf8.RuneSelf:
			c := byte(r)
			switch {
			case 'A' <= c && c <= 'Z':
				class, upper, letters = 'X', upper+1, letters+1
				c += 'a' - 'A'
			case 'a' <= c && c <= 'z':
				class, letters = 'x', letters+1
			case '0' <= c && c <= '9':
				class = 'd'
				flags |= 4
			default:
				class = r
				if c == '-' {
					flags |= 8
				}
			}
			buf = append(buf, c)
		default:
			switch {
			case unicode.IsUpper(r):
				class, upper, letters = 'X', upper+1, letters+1
			case unicode.IsLetter(r):
				class, letters = 'x', letters+1
			case unicode.IsDigit(r):
				class = 'd'
			default:
				class = 'o'
			}
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		if i == 0 && class == 'X' {
			flags |= 1
		}
		if class != last {
			shape ^= uint64(class)
			shape *= fnvPrime
			last = class
		}
	}
	if letters > 1 && upper == letters {
		flags |= 2
	}
	w.lower = hashBytes(buf)
	w.shape = mix(shape)
	w.flags = flags
	for k := range w.prefix {
		w.prefix[k] = hashBytes(buf[:min(k+1, len(buf))]) + uint64(k)
	}
	for k := range w.suffix {
		w.suffix[k] = hashBytes(buf[max(0, len(buf)-k-1):]) + uint64(k)
	}
	return buf
}
