package extract

import (
	"github.com/graphify-dev/graphify"
	"github.com/graphify-dev/graphify/extract/gazetteer"
)

// The place a meeting noun's clause gives it, when the clause is the
// meeting's own ("the meeting, which took place in Frankfurt") or another
// noun's ("the announcement of the meeting was made in Bonn").

// reportNouns head a phrase whose complement is a meeting ("the
// announcement of the meeting", "news of the talks"): the clause's verb,
// place and time are the announcement's, not the meeting's.
var reportNouns = map[string]bool{
	"announcement": true, "news": true, "word": true, "outcome": true, "result": true, "results": true,
	"details": true, "report": true, "reports": true, "communique": true, "aftermath": true, "wake": true,
}

// reportedMeeting reports a meeting noun at t that is the complement of a
// report noun: "the announcement of the meeting".
func reportedMeeting(toks []token, t int) bool {
	k := t - 1
	if k >= 0 && (isDeterminer(toks[k].lower) || toks[k].lower == "this" || toks[k].lower == "that") {
		k--
	}
	return k >= 1 && toks[k].lower == "of" && reportNouns[toks[k-1].lower]
}

// placeOfReport reports a place at token i, after the meeting noun at t,
// that a verb of the report noun's clause governs: in "the announcement of
// the meeting, also attended by X, was made in Bonn", Bonn is where the
// announcement was made.
func (b *builder) placeOfReport(i int) bool {
	return b.noun && reportedMeeting(b.toks, b.t) && verbBetween(b.toks, b.t, i)
}

// relativePlace takes the place of a relative clause on a meeting noun
// when the noun's own clause gave none: "the meeting, which took place in
// Frankfurt", "talks that were held in Geneva".
func (b *builder) relativePlace() {
	toks, k := b.toks, b.right
	if !b.noun || b.f.place != nil || k >= len(toks) || toks[k].lower != "which" && toks[k].lower != "that" ||
		k != b.t+1 && !(k == b.t+2 && toks[b.t+1].lower == ",") {
		return
	}
	held := -1
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		w := toks[j].lower
		if w == "held" || w == "place" && (toks[j-1].lower == "took" || toks[j-1].lower == "take" || toks[j-1].lower == "takes" || toks[j-1].lower == "taking") {
			held = j
			break
		}
	}
	if held < 0 {
		return
	}
	for _, m := range b.ms {
		if m.first <= held || m.first > held+3 {
			continue
		}
		if p := toks[m.first-1].lower; p != "in" && p != "at" {
			continue
		}
		switch {
		case m.typ == typePlace || m.typ == graphify.TypeCountry:
			pl := m.place
			b.f.place = &pl
		case m.typ == typeUnknown && m.words == 1:
			b.f.place = &gazetteer.Place{Name: m.name} // a place the gazetteer lacks
		}
		return
	}
}

// governmentWords follow a leader's name that names his government, not him:
// "a meeting of the Reagan administration's trade council".
var governmentWords = map[string]bool{"administration": true, "government": true, "cabinet": true}

// namesGovernment reports a person's name that modifies a government word
// after it: the government (or its body) is the party, not the person.
func namesGovernment(toks []token, m mention) bool {
	return m.typ == graphify.TypePerson && m.last < len(toks) && governmentWords[toks[m.last].lower]
}
