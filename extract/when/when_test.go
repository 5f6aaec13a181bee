package when

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// refDate is a Friday.
var refDate = time.Date(2018, time.May, 18, 0, 0, 0, 0, time.UTC)

// x is a wanted expression; its offsets are found by searching for text.
type x struct{ text, value, prec, mod, rel string }

func exprs(t *testing.T, sentence string, want []x) []Expr {
	t.Helper()
	var out []Expr
	from := 0
	for _, w := range want {
		i := strings.Index(sentence[from:], w.text)
		if i < 0 {
			t.Fatalf("bad test: %q not in %q", w.text, sentence)
		}
		i += from
		from = i + len(w.text)
		out = append(out, Expr{Start: i, End: from, Text: w.text, Value: w.value, Precision: w.prec, Mod: w.mod, Relation: w.rel})
	}
	return out
}

func TestFind(t *testing.T) {
	for _, test := range []struct {
		name, in string
		ref      time.Time // refDate when zero and !noRef
		noRef    bool
		want     []x
	}{
		// Weekdays: past by default, the same day for the publication weekday.
		{name: "on weekday past", in: "Putin met Erdogan on Thursday in Sochi.",
			want: []x{{"on Thursday", "2018-05-17", "day", "", ""}}},
		{name: "bare weekday same day", in: "The two leaders spoke by phone Friday, officials said.",
			want: []x{{"Friday", "2018-05-18", "day", "", ""}}},
		{name: "weekday possessive", in: "Before Friday's announcement, it had warned of delays.",
			want: []x{{"Before Friday", "2018-05-18", "day", "", "before"}}},
		{name: "weekday will", in: "Macron will meet Trump on Tuesday.",
			want: []x{{"on Tuesday", "2018-05-22", "day", "", ""}}},
		{name: "weekday due to", in: "The ministers are due to hold talks in Geneva on Monday.",
			want: []x{{"on Monday", "2018-05-21", "day", "", ""}}},
		{name: "weekday cue after", in: "On Tuesday, the two leaders will sign the accord.",
			want: []x{{"On Tuesday", "2018-05-22", "day", "", ""}}},
		{name: "weekday past verb before cue", in: "The agency on Friday announced it will close 149 towers.",
			want: []x{{"on Friday", "2018-05-18", "day", "", ""}}},
		{name: "said weekday will", in: "He said Wednesday that he will travel to Seoul.",
			want: []x{{"Wednesday", "2018-05-16", "day", "", ""}}},
		{name: "next weekday", in: "They meet again next Tuesday.",
			want: []x{{"next Tuesday", "2018-05-22", "day", "", ""}}},
		{name: "last weekday", in: "The envoys met last Thursday.",
			want: []x{{"last Thursday", "2018-05-17", "day", "", ""}}},
		{name: "last same weekday", in: "The envoys met last Friday.",
			want: []x{{"last Friday", "2018-05-11", "day", "", ""}}},
		{name: "weekday night", in: "Talks broke up on Thursday night.",
			want: []x{{"on Thursday night", "2018-05-17", "day", "", ""}}},
		{name: "weekday with date", in: "They met on Thursday, May 17, 2018, in Sochi.",
			want: []x{{"on Thursday, May 17, 2018", "2018-05-17", "day", "", ""}}},

		// Deictic words.
		{name: "today yesterday tomorrow", in: "He arrived yesterday, meets Abe today and leaves tomorrow.",
			want: []x{{"yesterday", "2018-05-17", "day", "", ""}, {"today", "2018-05-18", "day", "", ""}, {"tomorrow", "2018-05-19", "day", "", ""}}},
		{name: "tonight", in: "The leaders dine together tonight.",
			want: []x{{"tonight", "2018-05-18", "day", "", ""}}},
		{name: "last night", in: "They spoke last night.",
			want: []x{{"last night", "2018-05-17", "day", "", ""}}},
		{name: "weeks", in: "After talks last week and this week, they meet again next week.",
			want: []x{{"last week", "2018-W19", "week", "", ""}, {"this week", "2018-W20", "week", "", ""}, {"next week", "2018-W21", "week", "", ""}}},
		{name: "the last week", in: "Six deaths were reported in the last week.",
			want: []x{{"in the last week", "2018-W19", "week", "", ""}}},
		{name: "weekend", in: "The ministers met last weekend.",
			want: []x{{"last weekend", "2018-W19-WE", "weekend", "", ""}}},
		{name: "over the weekend", in: "The ministers met over the weekend.",
			want: []x{{"the weekend", "2018-W19-WE", "weekend", "", ""}}},
		{name: "months", in: "Last month and this month, not next month.",
			want: []x{{"Last month", "2018-04", "month", "", ""}, {"this month", "2018-05", "month", "", ""}, {"next month", "2018-06", "month", "", ""}}},
		{name: "years", in: "Last year, this year and next year.",
			want: []x{{"Last year", "2017", "year", "", ""}, {"this year", "2018", "year", "", ""}, {"next year", "2019", "year", "", ""}}},
		{name: "earlier this month", in: "The two met earlier this month in Paris.",
			want: []x{{"earlier this month", "2018-05", "month", "", ""}}},
		{name: "early this year", in: "He was forced out early this year.",
			want: []x{{"early this year", "2018", "year", "START", ""}}},
		{name: "now", in: "The talks are now in their third day.",
			want: []x{{"now", "PRESENT_REF", "present", "", ""}}},
		{name: "now that", in: "Now that the talks are over, both sides left.", want: nil},
		{name: "in the past", in: "In the past, he has refused to meet them.",
			want: []x{{"In the past", "PAST_REF", "past", "", ""}}},
		{name: "the past two weeks", in: "Fighting in the past two weeks killed dozens.", want: nil},
		{name: "ago", in: "They last met two years ago and spoke 3 days ago.",
			want: []x{{"two years ago", "2016", "year", "", ""}, {"3 days ago", "2018-05-15", "day", "", ""}}},
		{name: "a week ago", in: "The deal was signed a week ago.",
			want: []x{{"a week ago", "2018-W19", "week", "", ""}}},

		// The eve.
		{name: "eve no date", in: "Putin called Erdogan on the eve of the summit.",
			want: []x{{"on the eve of", "", "", "", "eve"}}},
		{name: "eve with date", in: "They met on the eve of the May 9 parade.",
			want: []x{{"on the eve of the May 9", "2018-05-09", "day", "", "eve"}}},
		{name: "eve with weekday", in: "Aides met on the eve of Tuesday's talks.",
			want: []x{{"on the eve of Tuesday", "2018-05-15", "day", "", "eve"}}},

		// Years.
		{name: "in year", in: "The two leaders first met in 2016.",
			want: []x{{"in 2016", "2016", "year", "", ""}}},
		{name: "year adjective", in: "The 2016 summit in Hangzhou was tense.",
			want: []x{{"2016", "2016", "year", "", ""}}},
		{name: "year quantity", in: "The report runs to 2016 pages and cost $1999, about 2000 people read it.", want: nil},
		{name: "number with comma", in: "Some 2,016 people and 1.2016 units.", want: nil},
		{name: "time of day", in: "The meeting starts at 1930 GMT.", want: nil},
		{name: "year out of range", in: "In 1066 and in 2150.", want: nil},
		{name: "year range", in: "The pandemic of 2009-2010 and the expedition of 1957-58.",
			want: []x{{"2009", "2009", "year", "", ""}, {"2010", "2010", "year", "", ""}, {"1957", "1957", "year", "", ""}, {"58", "1958", "year", "", ""}}},
		{name: "since until", in: "Ties were frozen since 2016 until June 2019.",
			want: []x{{"since 2016", "2016", "year", "", "since"}, {"until June 2019", "2019-06", "month", "", "until"}}},
		{name: "late year", in: "The pact lapsed in late 2016.",
			want: []x{{"in late 2016", "2016", "year", "END", ""}}},
		{name: "decade", in: "Relations were warm in the 1990s.",
			want: []x{{"in the 1990s", "199", "decade", "", ""}}},
		{name: "early decade", in: "Talks began in the early 1990s.",
			want: []x{{"in the early 1990s", "199", "decade", "START", ""}}},
		{name: "century", in: "The worst war of the 20th century.",
			want: []x{{"the 20th century", "19", "century", "", ""}}},
		{name: "fiscal year", in: "Cuts of $600 million this fiscal year.",
			want: []x{{"this fiscal year", "2018", "year", "", ""}}},
		{name: "end of the year", in: "The talks stalled by the end of the year.",
			want: []x{{"the end of the year", "2017", "year", "END", ""}}},
		{name: "end of the year future", in: "A deal is expected by the end of the year.",
			want: []x{{"the end of the year", "2018", "year", "END", ""}}},

		// Months.
		{name: "in month same", in: "The two met in May in Berlin.",
			want: []x{{"in May", "2018-05", "month", "", ""}}},
		{name: "in month past", in: "They met in June.",
			want: []x{{"in June", "2017-06", "month", "", ""}}},
		{name: "in month future", in: "The book is due to be published in June.",
			want: []x{{"in June", "2018-06", "month", "", ""}}},
		{name: "last month name", in: "He lost his bid last May and met her last June.",
			want: []x{{"last May", "2017-05", "month", "", ""}, {"last June", "2017-06", "month", "", ""}}},
		{name: "late last month name", in: "He vanished late last July.",
			want: []x{{"late last July", "2017-07", "month", "END", ""}}},
		{name: "mid month", in: "Talks resume in mid-May.",
			want: []x{{"in mid-May", "2018-05", "month", "MID", ""}}},
		{name: "early month", in: "The season began in early December.",
			want: []x{{"in early December", "2017-12", "month", "START", ""}}},
		{name: "month year", in: "The raid in May 2010 and talks in May of 2011.",
			want: []x{{"in May 2010", "2010-05", "month", "", ""}, {"in May of 2011", "2011-05", "month", "", ""}}},
		{name: "bare month needs cue", in: "That January day was cold.", want: nil},
		{name: "Theresa May", in: "Trump met May in London and praised Theresa May on Monday.",
			want: []x{{"on Monday", "2018-05-14", "day", "", ""}}},
		{name: "lowercase may march", in: "They may march on the capital.", want: nil},
		{name: "season", in: "He was accused last summer.",
			want: []x{{"last summer", "2017-SU", "season", "", ""}}},
		{name: "quarter", in: "Growth slowed in the fourth quarter.",
			want: []x{{"in the fourth quarter", "2017-Q4", "quarter", "", ""}}},

		// Month and day.
		{name: "month day", in: "They met May 17 in Sochi.",
			want: []x{{"May 17", "2018-05-17", "day", "", ""}}},
		{name: "month day year", in: "The talks of June 18, 2023 failed.",
			want: []x{{"June 18, 2023", "2023-06-18", "day", "", ""}}},
		{name: "day month year", in: "Signed on 17 May 2018 in Vienna.",
			want: []x{{"on 17 May 2018", "2018-05-17", "day", "", ""}}},
		{name: "ordinal", in: "They met on the 17th of May and on May 3rd.",
			want: []x{{"on the 17th of May", "2018-05-17", "day", "", ""}, {"on May 3rd", "2018-05-03", "day", "", ""}}},
		{name: "abbreviated", in: "Talks on Jan. 5 and Sept. 3 failed.",
			want: []x{{"on Jan. 5", "2018-01-05", "day", "", ""}, {"Sept. 3", "2017-09-03", "day", "", ""}}},
		{name: "month day future", in: "The closures will begin on April 7 and end Oct. 1.",
			want: []x{{"on April 7", "2019-04-07", "day", "", ""}, {"Oct. 1", "2018-10-01", "day", "", ""}}},
		{name: "month future, the cue far before", in: "The president will visit Rome and West Berlin during a trip to Europe in June.",
			want: []x{{"in June", "2018-06", "month", "", ""}}},
		{name: "month day nearest", in: "Shareholders vote at the June 12 annual meeting.",
			want: []x{{"June 12", "2018-06-12", "day", "", ""}}},
		{name: "month day nearest across year", in: "The Dec. 20 talks in Vienna.", ref: time.Date(2013, 1, 5, 0, 0, 0, 0, time.UTC),
			want: []x{{"Dec. 20", "2012-12-20", "day", "", ""}}},
		{name: "month day past verb", in: "Kim met Moon on June 12 at the border.",
			want: []x{{"on June 12", "2017-06-12", "day", "", ""}}},
		{name: "month day scheduled", in: "The summit, scheduled for Feb. 2 in Hanoi, was postponed.",
			want: []x{{"Feb. 2", "2019-02-02", "day", "", ""}}},
		{name: "reported clause", in: "He said the talks, starting on June 14, would cover trade.",
			want: []x{{"on June 14", "2018-06-14", "day", "", ""}}},
		{name: "passive future", in: "The talks will be held on Monday.",
			want: []x{{"on Monday", "2018-05-21", "day", "", ""}}},
		{name: "possessive drops preposition", in: "Cuts in last year's budget and at this week's summit.",
			want: []x{{"last year", "2017", "year", "", ""}, {"this week", "2018-W20", "week", "", ""}}},
		{name: "plural is a duration", in: "Talks may resume in the coming weeks or next months.", want: nil},
		{name: "at a clock time", in: "Talks start at 1000 tomorrow.",
			want: []x{{"tomorrow", "2018-05-19", "day", "", ""}}},
		{name: "on March 3", in: "Lavrov met Tillerson on March 3.",
			want: []x{{"on March 3", "2018-03-03", "day", "", ""}}},
		{name: "range", in: "The summit on March 3-4 ended early.",
			want: []x{{"on March 3-4", "2018-03-03", "day", "", ""}}},
		{name: "iso", in: "Dated 2018-05-17 and 5/17/2018.",
			want: []x{{"2018-05-17", "2018-05-17", "day", "", ""}, {"5/17/2018", "2018-05-17", "day", "", ""}}},
		{name: "invalid day", in: "On February 30 nothing happened.", want: nil},
		{name: "clock time", in: "At May 5:30 it rained.", want: nil},

		// No reference date: only absolute dates resolve.
		{name: "no ref relative", in: "He met Abe on Thursday, last week, and May 17.", noRef: true,
			want: []x{{"on Thursday", "", "day", "", ""}, {"last week", "", "week", "", ""}, {"May 17", "", "day", "", ""}}},
		{name: "no ref absolute", in: "The talks of June 18, 2023 and in 2016.", noRef: true,
			want: []x{{"June 18, 2023", "2023-06-18", "day", "", ""}, {"in 2016", "2016", "year", "", ""}}},
		{name: "other ref", in: "The ministers met on Thursday.", ref: time.Date(2013, 3, 22, 0, 0, 0, 0, time.UTC),
			want: []x{{"on Thursday", "2013-03-21", "day", "", ""}}},

		{name: "empty", in: "", want: nil},
		{name: "none", in: "Merkel and Macron held talks in Berlin.", want: nil},
		{name: "unicode", in: "Erdoğan met Pútin — on Thursday – in Soçi.",
			want: []x{{"on Thursday", "2018-05-17", "day", "", ""}}},
	} {
		t.Run(test.name, func(t *testing.T) {
			ref := test.ref
			if ref.IsZero() && !test.noRef {
				ref = refDate
			}
			got := Find(test.in, ref)
			want := exprs(t, test.in, test.want)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", test.in, diff)
			}
		})
	}
}

// benchSentences are realistic meeting sentences, written for this test.
var benchSentences = []string{
	"Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan on Thursday in Sochi, the Kremlin said.",
	"French President Emmanuel Macron will meet U.S. President Donald Trump at the White House next Tuesday to discuss the Iran nuclear deal.",
	"The two foreign ministers held talks in Geneva earlier this month, their first meeting since the collapse of the ceasefire in 2016.",
	"Chinese Premier Li Keqiang hosted his Japanese counterpart in Beijing on May 9, 2018, on the eve of the trilateral summit.",
	"Officials said the envoys had spoken by telephone last week and were expected to meet again in mid-June.",
	"German Chancellor Angela Merkel received the Ukrainian president in Berlin, where the two leaders discussed gas transit and sanctions.",
	"Kim Jong Un and Moon Jae-in, who first met on April 27 at the border village of Panmunjom, held a surprise second summit on Saturday.",
	"The delegation, led by the deputy foreign minister, arrived in Tehran late on Sunday for two days of talks.",
}

func BenchmarkFind(b *testing.B) {
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, s := range benchSentences {
			Find(s, refDate)
			n++
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/sentence")
}

func FuzzFind(f *testing.F) {
	for _, s := range benchSentences {
		f.Add(s)
	}
	for _, s := range []string{
		"on the eve of", "1957-58", "2018-05-17", "5/17/2018", "May 17, 2018", "the 20th century",
		"mid-", "early", "the end of", "Jan.", "17th of", "last", "2016-", "5/", "the eve of the May 9",
		"\xff\xfe Friday", "1957-58 years ago", "99999999999999999999 years ago", "0 days ago", "May 0", "Feb. 29",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ref := range []time.Time{refDate, {}} {
			prev := 0
			for _, e := range Find(s, ref) {
				if e.Start < 0 || e.End > len(s) || e.Start >= e.End {
					t.Fatalf("Find(%q): bad offsets %d:%d", s, e.Start, e.End)
				}
				if e.Text != s[e.Start:e.End] {
					t.Fatalf("Find(%q): Text %q != s[%d:%d] %q", s, e.Text, e.Start, e.End, s[e.Start:e.End])
				}
				if e.Start < prev {
					t.Fatalf("Find(%q): expressions overlap or are out of order at %d", s, e.Start)
				}
				prev = e.End
			}
		}
	})
}

func TestMonthOf(t *testing.T) {
	for _, test := range []struct {
		in   string
		want time.Month
		ok   bool
	}{
		{"June", time.June, true}, {"sept", time.September, true}, {"Dec.", time.December, true},
		{"MAY", time.May, true}, {"Monday", 0, false}, {"summit", 0, false},
	} {
		if got, ok := MonthOf(test.in); got != test.want || ok != test.ok {
			t.Errorf("MonthOf(%q) = %v, %v; want %v, %v", test.in, got, ok, test.want, test.ok)
		}
	}
}
