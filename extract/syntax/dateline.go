package syntax

import (
	"strings"
	"unicode"
)

// datelineRel is the relation of a dateline's head to the sentence's root.
const datelineRel = "parataxis"

// months may appear in a dateline ("WASHINGTON, March 3 (Reuters) -").
var months = map[string]bool{
	"jan": true, "january": true, "feb": true, "february": true, "mar": true, "march": true,
	"apr": true, "april": true, "may": true, "jun": true, "june": true, "jul": true, "july": true,
	"aug": true, "august": true, "sep": true, "sept": true, "september": true, "oct": true,
	"october": true, "nov": true, "november": true, "dec": true, "december": true,
}

var dashes = map[string]bool{"-": true, "--": true, "—": true, "–": true}

// datelineLength returns the number of tokens of the dateline that opens
// toks, 0 if there is none: a word in capitals, then capitals, commas,
// months, numbers and one parenthesis ("(Reuters)"), up to a dash.
func datelineLength(toks []Token) int {
	if len(toks) < 3 || !isCapitals(toks[0].Text) {
		return 0
	}
	for k := 1; k < len(toks)-1 && k <= 12; k++ {
		t := toks[k].Text
		switch {
		case dashes[t]:
			return k + 1
		case t == "(":
			j := k + 1
			for j < len(toks) && j <= k+4 && toks[j].Text != ")" {
				j++
			}
			if j >= len(toks) || toks[j].Text != ")" {
				return 0
			}
			k = j
		case t == "," || isCapitals(t) || isNumber(t) || inLower(months, strings.TrimSuffix(t, ".")):
		default:
			return 0
		}
	}
	return 0
}

// isCapitals reports whether s has two letters or more, all capitals.
func isCapitals(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '-' || r == '\'':
		default:
			return false
		}
	}
	return letters >= 2
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
