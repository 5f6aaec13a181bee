package syntax

import "testing"

func TestDatelineLength(t *testing.T) {
	for _, test := range []struct {
		text string
		want int
	}{
		{"MOSCOW (Reuters) - Gorbachev met Kohl.", 5},
		{"NEW YORK, Oct. 12 (AP) -- The talks ended.", 9},
		{"WASHINGTON - Bush arrived.", 2},
		{"BONN, March 3 - Kohl spoke.", 5},
		{"Moscow (Reuters) - Gorbachev met Kohl.", 0},
		{"NATO - the alliance - met.", 2},
		{"US officials met - briefly.", 0},
		{"BAKER TO MEET SHEVARDNADZE", 0},
		{"MOSCOW -", 0},
	} {
		t.Run(test.text, func(t *testing.T) {
			toks := tokenizer{}.split(nil, test.text)
			if got := datelineLength(toks); got != test.want {
				t.Errorf("got %d, want %d", got, test.want)
			}
		})
	}
}
