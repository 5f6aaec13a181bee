package extract

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	graphify "github.com/graphify-dev/graphify"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sharedDir is ../shared beside the project: the seed article and the eval sets.
const sharedDir = "../../shared"

var (
	testEx     *Extractor
	testExOnce sync.Once
)

// extractor loads the model once for all tests: loading it per test would
// hide the cost the benchmarks measure.
func extractor(tb testing.TB) *Extractor {
	tb.Helper()
	testExOnce.Do(func() {
		var err error
		testEx, err = New()
		if err != nil {
			tb.Fatal(err)
		}
	})
	return testEx
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// summary is the part of a meeting the table tests compare.
type summary struct {
	Participants []string // sorted canonical names
	Kind, Status string
	Place, Date  string
	Roles        map[string]string // name -> role, only when the test cares
}

func summarize(m graphify.Meeting, roles bool) summary {
	s := summary{Kind: m.Kind, Status: m.Status}
	for _, p := range m.Participants {
		s.Participants = append(s.Participants, p.Name)
		if roles && p.Role != graphify.RoleParticipant {
			if s.Roles == nil {
				s.Roles = map[string]string{}
			}
			s.Roles[p.Name] = p.Role
		}
	}
	sort.Strings(s.Participants)
	if m.Place != nil {
		s.Place = m.Place.Name
	}
	if m.Date != nil {
		s.Date = *m.Date
	}
	return s
}

func TestExtractor_Meetings(t *testing.T) {
	ex := extractor(t)
	pub := day("2018-05-18") // a Friday
	for _, test := range []struct {
		name  string
		text  string
		roles bool
		want  []summary
	}{
		{
			name: "met with, titles and demonyms",
			text: "Russian President Vladimir Putin held a rare meeting with Syrian leader Bashar al-Assad on Thursday in Sochi.",
			want: []summary{{Participants: []string{"Bashar al-Assad", "Vladimir Putin"}, Kind: "meeting", Status: "held", Place: "Sochi", Date: "2018-05-17"}},
		},
		{
			name: "a body meeting on its own",
			text: "Baltic transport ministers will meet in Riga on June 4.",
			want: []summary{{Participants: []string{"Baltic transport ministers"}, Kind: "meeting", Status: "planned", Place: "Riga", Date: "2018-06-04"}},
		},
		{
			name: "a public actor's meeting with the other side unsaid",
			text: "Interior Minister Tomas Varga held a meeting in the palace on Monday.",
			want: []summary{{Participants: []string{"Tomas Varga"}, Kind: "meeting", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "the nearest public actor when none is linked to the meeting word",
			text: "Negotiations continued in Vienna on Monday, even though Finance Secretary Jorge Pena has returned home.",
			want: []summary{{Participants: []string{"Jorge Pena"}, Kind: "talks", Status: "held", Place: "Vienna", Date: "2018-05-14"}},
		},
		{
			name: "the speaker is not the nearest actor",
			text: "Finance Minister Ana Lopez said negotiations would continue.",
		},
		{
			name: "a country named as a place is not the nearest actor",
			text: "The negotiations in Syria will go on, the envoy said.",
		},
		{
			name: "the speaker who spoke after a meeting took part, with the cabinet",
			text: "Farm Minister Ken Oda said after a cabinet meeting that rice prices would fall.",
			want: []summary{{Participants: []string{"Ken Oda", "cabinet"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "a person who told the meeting",
			text: "Senator Lars Berg told the meeting that the budget would be cut.",
			want: []summary{{Participants: []string{"Lars Berg"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "hopes to meet is proposed",
			text: "Chilean President Ana Ruiz hopes to meet Peruvian President Jon Berg in Lima.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "proposed", Place: "Lima"}},
		},
		{
			name: "a conditional is proposed",
			text: "Should the ceasefire hold, Chilean President Ana Ruiz could meet Peruvian President Jon Berg in Lima.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "proposed", Place: "Lima"}},
		},
		{
			name: "later in the week is planned",
			text: "Chilean President Ana Ruiz and Peruvian President Jon Berg will sign the pact at their summit later in the week.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "summit", Status: "planned"}},
		},
		{
			name: "a weekday of a planned meeting is the coming one",
			text: "Farm Minister Ken Oda would attend the talks with Chilean Trade Minister Ana Ruiz in London on Monday.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Ken Oda"}, Kind: "talks", Status: "planned", Place: "London", Date: "2018-05-21"}},
		},
		{
			name: "a known intergovernmental body meets alone",
			text: "OPEC will meet in Vienna on June 25.",
			want: []summary{{Participants: []string{"OPEC"}, Kind: "meeting", Status: "planned", Place: "Vienna", Date: "2018-06-25"}},
		},
		{
			name: "talks with a company named by an acronym are not a meeting",
			text: "The buyers said they had held talks with BHK about the sale.",
		},
		{
			name: "a clause is not a body's name",
			text: "During the trip Holm will meet officials in Tokyo.",
			want: []summary{{Participants: []string{"Holm", "officials"}, Kind: "meeting", Status: "planned", Place: "Tokyo"}},
		},
		{
			name: "the possessor of a nominal meeting, from the tree",
			text: "Chancellor Karl Hess' talks with French President Ana Ruiz ended without agreement.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Karl Hess"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "a counterpart named twice is one party",
			text: "Interior Minister Tomas Varga and his Croatian counterpart Ivan Petek will meet in Budapest on Monday to discuss border controls.",
			want: []summary{{Participants: []string{"Ivan Petek", "Tomas Varga"}, Kind: "meeting", Status: "planned", Place: "Budapest", Date: "2018-05-21"}},
		},
		{
			name: "called for a summit is proposed",
			text: "Opposition leader Ana Ruiz has called for a summit with President Jon Berg.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "summit", Status: "proposed"}},
		},
		{
			name: "a company's meeting is not one",
			text: "Norvik Industries held a meeting on Monday.",
		},
		{
			name: "a crowd's meeting is not one",
			text: "About 300 workers held a meeting outside the plant on Monday.",
		},
		{
			name: "a trip to a place is not a visit",
			text: "Senator Ana Ruiz will visit the flooded towns on Monday.",
		},
		{
			name: "X and Y met",
			text: "German Chancellor Angela Merkel and French President Emmanuel Macron met in Berlin on Tuesday.",
			want: []summary{{Participants: []string{"Angela Merkel", "Emmanuel Macron"}, Kind: "meeting", Status: "held", Place: "Berlin", Date: "2018-05-15"}},
		},
		{
			name:  "hosted: host and visitor",
			text:  "Japanese Prime Minister Shinzo Abe hosted Indian Prime Minister Narendra Modi in Tokyo yesterday.",
			roles: true,
			want: []summary{{Participants: []string{"Narendra Modi", "Shinzo Abe"}, Kind: "meeting", Status: "held", Place: "Tokyo", Date: "2018-05-17",
				Roles: map[string]string{"Shinzo Abe": "host", "Narendra Modi": "visitor"}}},
		},
		{
			name:  "passive received by",
			text:  "Indian Prime Minister Narendra Modi was received by President Joe Biden at the White House.",
			roles: true,
			want: []summary{{Participants: []string{"Joe Biden", "Narendra Modi"}, Kind: "meeting", Status: "held", Place: "White House",
				Roles: map[string]string{"Joe Biden": "host", "Narendra Modi": "visitor"}}},
		},
		{
			name: "planned",
			text: "Secretary of State Mike Pompeo will meet North Korean leader Kim Jong Un in Pyongyang next week.",
			want: []summary{{Participants: []string{"Kim Jong Un", "Mike Pompeo"}, Kind: "meeting", Status: "planned", Place: "Pyongyang"}},
		},
		{
			name: "cancelled",
			text: "President Donald Trump cancelled his planned meeting with Kim Jong Un in Singapore.",
			want: []summary{{Participants: []string{"Donald Trump", "Kim Jong Un"}, Kind: "meeting", Status: "cancelled", Place: "Singapore"}},
		},
		{
			name:  "visited a country: the country hosts",
			text:  "Chinese President Xi Jinping visited France in 2019.",
			roles: true,
			want: []summary{{Participants: []string{"France", "Xi Jinping"}, Kind: "visit", Status: "held", Place: "France", Date: "2019",
				Roles: map[string]string{"France": "host", "Xi Jinping": "visitor"}}},
		},
		{
			name: "phone call",
			text: "Turkish President Tayyip Erdogan and Russian President Vladimir Putin spoke by phone on Wednesday.",
			want: []summary{{Participants: []string{"Recep Tayyip Erdogan", "Vladimir Putin"}, Kind: "phone", Status: "held", Date: "2018-05-16"}},
		},
		{
			name: "talks between countries",
			text: "Japan and the United States held talks on trade in Washington.",
			want: []summary{{Participants: []string{"Japan", "United States"}, Kind: "talks", Status: "held", Place: "Washington"}},
		},
		{
			name: "the X–Y meeting",
			text: "The Assad–Putin meeting lasted four hours, officials said.",
			want: []summary{{Participants: []string{"Bashar al-Assad", "Vladimir Putin"}, Kind: "meeting", Status: "held"}},
		},
		{
			name:  "his visit, told before the visitor is named",
			text:  "Vladimir Putin spoke about Syria. During his visit to Moscow, Bashar al-Assad thanked the Russian army.",
			roles: true,
			want: []summary{{Participants: []string{"Bashar al-Assad", "Moscow"}, Kind: "visit", Status: "held", Place: "Moscow",
				Roles: map[string]string{"Bashar al-Assad": "visitor", "Moscow": "host"}}},
		},
		{
			name: "leaders of several countries, resolved by date",
			text: "The leaders of France, Germany, Russia and Ukraine held a summit in Paris.",
			want: []summary{{Participants: []string{"Angela Merkel", "Emmanuel Macron", "Petro Poroshenko", "Vladimir Putin"}, Kind: "summit", Status: "held", Place: "Paris"}},
		},
		{
			name: "proposed",
			text: "Macron proposed a meeting with Putin next month.",
			want: []summary{{Participants: []string{"Emmanuel Macron", "Vladimir Putin"}, Kind: "meeting", Status: "proposed", Date: "2018-06"}},
		},
		{
			name: "cancelled, said after the parties",
			text: "The talks between Israeli Prime Minister Benjamin Netanyahu and Palestinian President Mahmoud Abbas were cancelled.",
			want: []summary{{Participants: []string{"Benjamin Netanyahu", "Mahmoud Abbas"}, Kind: "talks", Status: "cancelled"}},
		},
		{
			name: "denied",
			text: "The Kremlin denied that Putin had met Trump in Helsinki.",
			want: []summary{{Participants: []string{"Donald Trump", "Vladimir Putin"}, Kind: "meeting", Status: "denied", Place: "Helsinki"}},
		},
		{
			name: "telephoned",
			text: "Turkish President Recep Tayyip Erdogan telephoned Iranian President Hassan Rouhani on Tuesday.",
			want: []summary{{Participants: []string{"Hassan Rouhani", "Recep Tayyip Erdogan"}, Kind: "phone", Status: "held", Date: "2018-05-15"}},
		},
		{
			name: "a parenthesis between the call and its parties",
			text: "A short call (Thursday evening in Washington) between President Joe Biden and Chinese President Xi Jinping covered trade.",
			want: []summary{{Participants: []string{"Joe Biden", "Xi Jinping"}, Kind: "phone", Status: "held", Date: "2018-05-17"}},
		},
		{
			name:  "during a visit, the visitor named after the comma",
			text:  "During a visit to Kenya on Monday, U.N. refugee chief Filippo Grandi praised the country's policy.",
			roles: true,
			want: []summary{{Participants: []string{"Filippo Grandi", "Kenya"}, Kind: "visit", Status: "held", Place: "Kenya", Date: "2018-05-14",
				Roles: map[string]string{"Filippo Grandi": "visitor", "Kenya": "host"}}},
		},
		{
			name: "after speaking by phone, the callers named after the comma",
			text: "After speaking by phone on Tuesday, French President Emmanuel Macron and German Chancellor Angela Merkel condemned the attack.",
			want: []summary{{Participants: []string{"Angela Merkel", "Emmanuel Macron"}, Kind: "phone", Status: "held", Date: "2018-05-15"}},
		},
		{
			name: "a joint news conference is a press event",
			text: "U.S. President Donald Trump and Jordan's King Abdullah II held a joint news conference at the White House.",
		},
		{
			name: "a telephone conference is a call",
			text: "At a telephone conference on Monday, Japanese Finance Minister Kiichi Miyazawa and U.S. Treasury Secretary James Baker discussed the dollar.",
			want: []summary{{Participants: []string{"James Baker", "Kiichi Miyazawa"}, Kind: "phone", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "talks to reporters is a press event",
			text: "Ukrainian President Petro Poroshenko talks to reporters in Kiev.",
		},
		{
			name: "met with reporters is a press event",
			text: "Donald Trump met on Tuesday with reporters and editors of a newspaper.",
		},
		{
			name: "a group qualified by lower-case words",
			text: "Prime Minister Theresa May met with flood relief volunteers in Yorkshire on Monday.",
			want: []summary{{Participants: []string{"Theresa May", "flood relief volunteers"}, Kind: "meeting", Status: "held", Place: "Yorkshire", Date: "2018-05-14"}},
		},
		{
			name: "talk of a summit is a proposal",
			text: "Talk of an early summit between Trump and Russian President Vladimir Putin alarmed European diplomats.",
			want: []summary{{Participants: []string{"Donald Trump", "Vladimir Putin"}, Kind: "summit", Status: "proposed"}},
		},
		{
			name: "who presided over a meeting with a counterpart named in apposition",
			text: "\"We support the new government,\" said Kerry, who presided over the meeting with his Italian counterpart Paolo Gentiloni.",
			want: []summary{{Participants: []string{"John Kerry", "Paolo Gentiloni"}, Kind: "meeting", Status: "held"}},
		},
		{
			name:  "a welcome ceremony",
			text:  "Chinese President Xi Jinping held a welcome ceremony for Philippine President Rodrigo Duterte in Beijing on Thursday.",
			roles: true,
			want: []summary{{Participants: []string{"Rodrigo Duterte", "Xi Jinping"}, Kind: "visit", Status: "held", Place: "Beijing", Date: "2018-05-17",
				Roles: map[string]string{"Xi Jinping": "host", "Rodrigo Duterte": "visitor"}}},
		},
		{name: "an opening ceremony", text: "The opening ceremony of the Olympic Games was held in Tokyo with President Emmanuel Macron."},
		{
			name:  "the subject after the comma ends at its verb; a courtesy call is a visit",
			text:  "Before meeting with Chancellor Angela Merkel, Saudi Crown Prince Mohammed bin Salman paid a brief courtesy call on President Emmanuel Macron.",
			roles: true,
			want: []summary{
				{Participants: []string{"Angela Merkel", "Mohammed bin Salman"}, Kind: "meeting", Status: "held"},
				{Participants: []string{"Emmanuel Macron", "Mohammed bin Salman"}, Kind: "visit", Status: "held",
					Roles: map[string]string{"Emmanuel Macron": "host", "Mohammed bin Salman": "visitor"}},
			},
		},
		{
			name: "a month after publication: planned",
			text: "U.S. Agriculture Secretary Richard Lyng will travel to Japan next month, where he visits Prime Minister Shinzo Abe.",
			want: []summary{{Participants: []string{"Richard Lyng", "Shinzo Abe"}, Kind: "visit", Status: "planned", Place: "Japan", Date: "2018-06"}},
		},
		{
			name: "a tour is one visit per country",
			text: "Chinese President Xi Jinping will visit France, Italy and Monaco next week.",
			want: []summary{
				{Participants: []string{"France", "Xi Jinping"}, Kind: "visit", Status: "planned", Place: "France"},
				{Participants: []string{"Italy", "Xi Jinping"}, Kind: "visit", Status: "planned", Place: "Italy"},
				{Participants: []string{"Monaco", "Xi Jinping"}, Kind: "visit", Status: "planned", Place: "Monaco"},
			},
		},
		{
			name: "the possessor is the visitor, not a name before it",
			text: "Foreign Secretary Geoffrey Howe went to Washington to brief George Shultz on Prime Minister Margaret Thatcher's visit to the Soviet Union.",
			want: []summary{{Participants: []string{"Margaret Thatcher", "Soviet Union"}, Kind: "visit", Status: "held", Place: "Soviet Union"}},
		},
		{
			name: "next week's meeting: the time owns nothing, the addressee of told is no party",
			text: "Finance Minister Gerhard Stoltenberg told journalists before he attends next week's meeting with Treasury Secretary James Baker that rates would stay.",
			want: []summary{{Participants: []string{"Gerhard Stoltenberg", "James Baker"}, Kind: "meeting", Status: "planned"}},
		},
		{
			name: "by names the agent of another verb",
			text: "The ministry resumed negotiations with the United Auto Workers union, as requested by Wisconsin Governor Tommy Thompson.",
		},
		{
			name: "stock tickers are not parties",
			text: "Trade Minister Anna Berg held talks with Sandvik AB <SVIK.ST> on Monday.",
			want: []summary{{Participants: []string{"Anna Berg", "Sandvik AB"}, Kind: "talks", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "talks between two companies are not a meeting",
			text: "Sandvik AB <SVIK.ST> held talks with Diamant Boart SA <DIAB.BR> on Monday.",
		},
		{
			name: "a company's annual meeting",
			text: "Chairman Lars Berg told the annual meeting that profits would rise.",
		},
		{
			name: "a public body's annual meeting",
			text: "The Soviet Union is attending an Asian Development Bank annual meeting for the first time.",
			want: []summary{{Participants: []string{"Asian Development Bank", "Soviet Union"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "nobody was received",
			text: "No proposal has been received, and the offer is under consideration by Donald Trump.",
		},
		{
			name: "a counterpart named in apposition after a comma is one party",
			text: "Secretary of State John Kerry spoke by phone with his Russian counterpart, Sergei Lavrov, on Friday.",
			want: []summary{{Participants: []string{"John Kerry", "Sergei Lavrov"}, Kind: "phone", Status: "held", Date: "2018-05-18"}},
		},
		{
			name: "a role in apposition and the countries of its title are not parties",
			text: "Richard Holbrooke, the U.S. special representative to Pakistan and Afghanistan, took questions at a news conference in Islamabad.",
		},
		{
			name:  "a call has no host",
			text:  "Taiwan's President Tsai Ing-wen spoke with U.S. President-elect Donald Trump by phone in Taipei.",
			roles: true,
			want:  []summary{{Participants: []string{"Donald Trump", "Tsai Ing-wen"}, Kind: "phone", Status: "held", Place: "Taipei"}},
		},
		{
			name: "a finite verb ends the first subject's clause",
			text: "Donald Trump said he was willing to rip up the nuclear deal Barack Obama negotiated with Iran.",
			want: []summary{{Participants: []string{"Barack Obama", "Iran"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "a clause opened by that",
			text: "Analyst Aaron Miller believes that the talks between Iran and the European Union were badly prepared.",
			want: []summary{{Participants: []string{"European Union", "Iran"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "one person known by a role",
			text: "Secretary of State Antony Blinken met with a senior Chinese official in Vienna on Monday.",
			want: []summary{{Participants: []string{"Antony Blinken", "China official"}, Kind: "meeting", Status: "held", Place: "Vienna", Date: "2018-05-14"}},
		},
		{
			name: "a pronoun in a fronted clause refers to the subject that follows",
			text: "As she entered a meeting of EU foreign ministers on Monday, the bloc's foreign policy chief Federica Mogherini urged calm.",
			want: []summary{{Participants: []string{"European Union foreign minister", "Federica Mogherini"}, Kind: "meeting", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "a fronted pronoun with a verb before the next name is not cataphoric",
			text: "Kerry flew home. When he met the Iranian foreign minister in Geneva, the talks stalled.",
			want: []summary{{Participants: []string{"John Kerry", "Mohammad Javad Zarif"}, Kind: "meeting", Status: "held", Place: "Geneva"}},
		},
		{
			name: "a heading glued to the text by a hyphen",
			text: "Taiwan and China-Trump's recent phone call with Taiwan President Tsai Ing-wen has angered Beijing.",
			want: []summary{{Participants: []string{"Donald Trump", "Tsai Ing-wen"}, Kind: "phone", Status: "held"}},
		},
		{
			name: "a counterpart whose name no gazetteer knows is one party",
			text: "Iranian Foreign Minister Mohammad Javad Zarif held a meeting with his Danish counterpart Kristian Jensen in Tehran.",
			want: []summary{{Participants: []string{"Kristian Jensen", "Mohammad Javad Zarif"}, Kind: "meeting", Status: "held", Place: "Tehran"}},
		},
		{
			name: "a cue word in another clause does not make the meeting proposed",
			text: "Trump suggested he changed his mind after meeting with retired General James Mattis.",
			want: []summary{{Participants: []string{"Donald Trump", "James Mattis"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "a cue word governing the meeting makes it proposed",
			text: "Trump suggested meeting Vladimir Putin in Helsinki.",
			want: []summary{{Participants: []string{"Donald Trump", "Vladimir Putin"}, Kind: "meeting", Status: "proposed", Place: "Helsinki"}},
		},
		{
			name: "fronted 'In talks with X', the main clause's subject",
			text: "In talks with Japanese Agriculture Minister Mutsuki Kato on Tuesday, Trade Representative Clayton Yeutter pressed for an end to beef quotas.",
			want: []summary{{Participants: []string{"Clayton Yeutter", "Mutsuki Kato"}, Kind: "talks", Status: "held", Date: "2018-05-15"}},
		},
		{
			name: "a description between commas is not a party",
			text: "Dennis Ross, a top adviser to Secretary of State Hillary Clinton, met Omani envoy Salem Ismaily at the State Department.",
			want: []summary{{Participants: []string{"Dennis Ross", "Salem Ismaily"}, Kind: "meeting", Status: "held", Place: "Harry S. Truman Building"}},
		},
		{
			name: "asked to begin negotiations: proposed",
			text: "Kerry asked Foreign Minister Zarif to begin negotiations in Geneva.",
			want: []summary{{Participants: []string{"John Kerry", "Mohammad Javad Zarif"}, Kind: "talks", Status: "proposed", Place: "Geneva"}},
		},
		{
			name: "they: people whose names no gazetteer knows",
			text: "He told two senior figures, Dave Connell and Kevin Mallon, what he thought when they met in Dublin.",
			want: []summary{{Participants: []string{"Dave Connell", "Kevin Mallon"}, Kind: "meeting", Status: "held", Place: "Dublin"}},
		},
		{
			name:  "arrived for talks: the traveller visits; the talks are not told yet",
			text:  "Secretary of State Mike Pompeo arrived in Pyongyang on Wednesday for talks with Kim Yong Chol.",
			roles: true,
			want: []summary{{Participants: []string{"Kim Yong Chol", "Mike Pompeo"}, Kind: "talks", Status: "planned", Place: "Pyongyang", Date: "2018-05-16",
				Roles: map[string]string{"Mike Pompeo": "visitor", "Kim Yong Chol": "host"}}},
		},
		{name: "returning to the table is no travel", text: "The union voiced willingness to return to the negotiating table after talks with American Motors broke down."},
		{
			name: "postponed past a phrase between commas",
			text: "The meeting between Putin and Erdogan, scheduled for next week, has been postponed.",
			want: []summary{{Participants: []string{"Recep Tayyip Erdogan", "Vladimir Putin"}, Kind: "meeting", Status: "postponed"}},
		},
		{
			name: "would not meet: ruled out, no meeting (MEETINGS.md)",
			text: "The White House said Trump would not meet Iranian President Hassan Rouhani in New York.",
		},
		{
			name: "open to meeting: proposed",
			text: "Trump said he was open to meeting Iranian President Hassan Rouhani.",
			want: []summary{{Participants: []string{"Donald Trump", "Hassan Rouhani"}, Kind: "meeting", Status: "proposed"}},
		},
		{
			name:  "invited to visit: the inviter hosts",
			text:  "French President Emmanuel Macron invited Vladimir Putin to visit Paris.",
			roles: true,
			want: []summary{{Participants: []string{"Emmanuel Macron", "Vladimir Putin"}, Kind: "visit", Status: "proposed", Place: "Paris",
				Roles: map[string]string{"Emmanuel Macron": "host", "Vladimir Putin": "visitor"}}},
		},
		{
			name: "a planned summit called off on Thursday: the day is the past one",
			text: "President Trump called off his planned summit with North Korean leader Kim Jong Un on Thursday.",
			want: []summary{{Participants: []string{"Donald Trump", "Kim Jong Un"}, Kind: "summit", Status: "cancelled", Date: "2018-05-17"}},
		},
		{
			name:  "talks with a visiting president: an adjective, he is the visitor",
			text:  "Chinese President Xi Jinping held talks with visiting Philippine President Rodrigo Duterte in Beijing on Thursday.",
			roles: true,
			want: []summary{{Participants: []string{"Rodrigo Duterte", "Xi Jinping"}, Kind: "talks", Status: "held", Place: "Beijing", Date: "2018-05-17",
				Roles: map[string]string{"Xi Jinping": "host", "Rodrigo Duterte": "visitor"}}},
		},
		{
			name:  "a visit and a meeting during it are two records (MEETINGS.md)",
			text:  "Sudanese President Omar al-Bashir visited Saudi Arabia on Tuesday, where he met King Salman.",
			roles: true,
			want: []summary{
				{Participants: []string{"Omar al-Bashir", "Saudi Arabia"}, Kind: "visit", Status: "held", Place: "Saudi Arabia", Date: "2018-05-15",
					Roles: map[string]string{"Omar al-Bashir": "visitor", "Saudi Arabia": "host"}},
				{Participants: []string{"Omar al-Bashir", "Salman bin Abdulaziz"}, Kind: "meeting", Status: "held", Date: "2018-05-15"},
			},
		},
		{
			name: "a counterpart holds the same office in the other country",
			text: "Turkish Foreign Minister Mevlut Cavusoglu told reporters after meeting his Iranian counterpart that a ceasefire was agreed.",
			want: []summary{{Participants: []string{"Mevlut Cavusoglu", "Mohammad Javad Zarif"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "greeted a person no gazetteer knows",
			text: "Trump greeted retired General James Mattis at his golf club.",
			want: []summary{{Participants: []string{"Donald Trump", "James Mattis"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "the village of a place",
			text: "Moon Jae-in and Kim Jong Un met at the truce village of Panmunjom.",
			want: []summary{{Participants: []string{"Kim Jong Un", "Moon Jae-in"}, Kind: "meeting", Status: "held", Place: "Panmunjom"}},
		},
		{
			name: "no plans to meet: ruled out, no meeting (MEETINGS.md)",
			text: "Agriculture Secretary Richard Lyng said he had no plans to meet Indian officials in New Delhi.",
		},
		{
			name: "a pronoun refers to the name that opens its sentence",
			text: "Aqazadeh arrived last night after a stopover in Riyadh, where he met Saudi Oil Minister Hisham Nazer.",
			want: []summary{{Participants: []string{"Aqazadeh", "Hisham Nazer"}, Kind: "meeting", Status: "held", Place: "Riyadh", Date: "2018-05-17"}},
		},
		{
			name: "a surname the article named in full is a person, whatever prose says",
			text: "Jared Kushner spoke to reporters. Kushner and Paul Manafort attended the June 2016 meeting at Trump Tower with a Russian lawyer.",
			want: []summary{{Participants: []string{"Jared Kushner", "Paul Manafort", "Russia lawyer"}, Kind: "meeting", Status: "held", Place: "Trump Tower", Date: "2016-06"}},
		},
		{
			name: "a word of a title listed with people is no person",
			text: "Aquino will meet Finance Secretary Jaime Ongpin and Trade and Industry Secretary Jose Concepcion.",
			want: []summary{{Participants: []string{"Aquino", "Jaime Ongpin", "Jose Concepcion"}, Kind: "meeting", Status: "planned"}},
		},
		{
			name: "the speaker after a comma is no party",
			text: "Ambassador Nobuo Matsunaga made the recommendation at a meeting with Prime Minister Yasuhiro Nakasone, Kyodo News Service said.",
			want: []summary{{Participants: []string{"Nobuo Matsunaga", "Yasuhiro Nakasone"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "was to leave for talks: planned, where the traveller goes",
			text: "Trade Minister Rha Woong-bae was to leave later today for Ottawa for trade talks with Canadian officials.",
			want: []summary{{Participants: []string{"Canada officials", "Rha Woong-bae"}, Kind: "talks", Status: "planned", Place: "Ottawa", Date: "2018-05-18"}},
		},
		{
			name: "when he visits: planned",
			text: "Shintaro Abe will explain the plan to officials when he visits Japan's ally in Washington.",
			want: []summary{{Participants: []string{"Shintaro Abe", "Washington"}, Kind: "visit", Status: "planned", Place: "Washington"}},
		},
		{name: "an official visit is no role: the visitor alone",
			text: "Prime Minister Narendra Modi will make an official visit, a spokesman said.",
			want: []summary{{Participants: []string{"Narendra Modi"}, Kind: "visit", Status: "planned"}},
		},
		{
			name: "a later date without a year is not a past meeting's",
			text: "A senior Japanese official met U.S. negotiators to head off tariffs set to take effect on June 17.",
			want: []summary{{Participants: []string{"Japan official", "United States negotiators"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "a reporting verb ends the reporter's clause",
			text: "She noted that Trade Representative Clayton Yeutter met with a senior Korean official last week.",
			want: []summary{{Participants: []string{"Clayton Yeutter", "official"}, Kind: "meeting", Status: "held"}},
		},
		{
			name:  "a visit later this month by its visitor",
			text:  "Nothing will change before a Washington visit later this month by Japanese Prime Minister Shinzo Abe.",
			roles: true,
			want: []summary{{Participants: []string{"Shinzo Abe", "Washington"}, Kind: "visit", Status: "planned", Place: "Washington", Date: "2018-05",
				Roles: map[string]string{"Shinzo Abe": "visitor", "Washington": "host"}}},
		},
		{
			name: "groups qualified between nationality and noun",
			text: "Senior Japanese officials tomorrow open talks with American trade negotiators in Washington.",
			want: []summary{{Participants: []string{"Japan officials", "United States negotiators"}, Kind: "talks", Status: "planned", Place: "Washington", Date: "2018-05-19"}},
		},
		{
			name: "a nominal meeting still to come, said after it",
			text: "A meeting between Vladimir Putin and Recep Tayyip Erdogan is expected to take place in Sochi.",
			want: []summary{{Participants: []string{"Recep Tayyip Erdogan", "Vladimir Putin"}, Kind: "meeting", Status: "planned", Place: "Sochi"}},
		},
		{
			name: "a nominal meeting that took place, said after it",
			text: "The talks between Iran and the European Union lasted five hours and produced a deal that will expire.",
			want: []summary{{Participants: []string{"European Union", "Iran"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "it is the organisation that said it",
			text: "The Taliban said it met with U.S. officials in Qatar on Monday.",
			want: []summary{{Participants: []string{"Taliban", "United States officials"}, Kind: "meeting", Status: "held", Place: "Qatar", Date: "2018-05-14"}},
		},
		{
			name: "reaching out by phone",
			text: "Prime Minister Shinzo Abe reached out to President Vladimir Putin by phone on Monday.",
			want: []summary{{Participants: []string{"Shinzo Abe", "Vladimir Putin"}, Kind: "phone", Status: "held", Date: "2018-05-14"}},
		},
		{name: "reaching a deal", text: "Prime Minister Shinzo Abe reached a deal with President Vladimir Putin on Monday."},
		{
			name: "walking together is not a meeting",
			text: "Defense Secretary Jim Mattis walks with Secretary of State Rex Tillerson at the White House.",
		},
		{name: "walks with a cane", text: "The former president walked with a cane at the White House."},
		{name: "visiting a company's plant", text: "Chrysler executives visited Lamborghini's production plant in Bologna with Mayor Renzo Imbeni."},
		{name: "a meeting of a company's shareholders", text: "Investor David Bolger requested a special meeting of Cleveland-Cliffs shareholders with chairman Thomas Moore."},
		{name: "a news conference about a deal", text: "President Barack Obama took questions at a news conference about the deal reached with Iran."},
		{name: "speaking by phone to a reporter", text: "\"The crisis is deepening,\" said analyst Giorgio Cafiero of Gulf State Analytics, speaking by phone from Oman."},
		{name: "a country hosting refugees", text: "Pakistan has been hosting millions of Afghan refugees for three decades."},
		{name: "visiting a building", text: "Foreign Minister Sergei Lavrov visited a police checkpoint near the border with Colonel Ivan Petrov."},
		{name: "a country and its own leader", text: "India announced that Prime Minister Narendra Modi will not attend the regional summit in Islamabad."},
		{name: "met expectations", text: "Quarterly profits at the company met expectations, analysts said."},
		{name: "a trading session", text: "Bond futures rose in the night trading session of the Chicago Board of Trade."},
		{name: "a legislature's term", text: "The bill was reintroduced in this session of Congress and the Senate will vote on it."},
		{name: "a country's shipping conference", text: "The Japan-Gulf shipping conference said it would cut surcharges."},
		{name: "a customs union is no party", text: "The customs union will be discussed by the commission."},
		{name: "a company chairman addressing analysts", text: "Andes Telecom Group chairman Tomas Varga told a meeting of security analysts that earnings would rise."},
		{name: "a union named for its country", text: "Norte Mining Ltd said it expects to meet today with two United Mineworkers of America locals."},
		{name: "a company named with its country", text: "Andes Airways said it resumed talks with U.S. Boeing Co on a joint venture."},
		{name: "the country of the meeting's city is no party", text: "Dealers said it was a very positive, private meeting in Frankfurt, West Germany."},
		{name: "shareholders' annual meeting", text: "Shareholders approved the merger at their annual meeting."},
		{name: "the guess stays in the meeting's clause", text: "It is important that the farm negotiations end early because the United States is spending billions on subsidies."},
		{name: "a company president before its annual meeting", text: "Andes Steel Inc expects earnings to rise, president Ana Ruiz said before the annual meeting."},
		{name: "its exclusion from the meeting is no meeting of its", text: "Italy said its exclusion from the meeting violated an agreement."},
		{name: "a chairman addressing securities analysts", text: "Andes Steel Inc Chairman Tomas Varga told a meeting of securities analysts that the company would consider any offer."},
		{name: "merger talks are a company's", text: "Chilean bank Banco Sur ended merger talks with the state-owned Banco Norte on Monday."},
		{name: "a shareholders' meeting convened", text: "The Andes Mining shareholders meeting, originally convened in May, will be reconvened in June."},
		{name: "a board of directors meets", text: "The Pemberton board of directors has a regularly scheduled meeting this afternoon, and Pemberton said it expects to make a statement after that meeting."},
		{name: "meeting demand", text: "The new plant is meeting demand for steel in Europe."},
		{name: "sat on a committee", text: "Senator Ana Ruiz sat on the committee for ten years."},
		{name: "welcome a decision", text: "The ministers welcome the decision of the court."},
		{name: "a briefing told, the consultations before the decision", text: "Jon Berg, spokesman of the Andean Pact, told a news briefing the decision was taken after bilateral consultations failed."},
		{name: "talks to the media", text: "Governor Ana Ruiz, accompanied by Police Chief Jon Berg, talks to the media in Lima."},
		{name: "gathered momentum", text: "The dollar gathered momentum on Friday as traders bought."},
		{name: "the parties of a relation", text: "The two spoke by telephone on Sunday, reaffirming the relationship between Chile and Peru."},
		{name: "meeting a shortage", text: "The bank added funds aimed at meeting a projected cash shortage, when the government sells shares."},
		{name: "a government's call to act", text: "Employers heeded the government's call to hold wage increases down."},
		{name: "a government broker", text: "The program will be funded by offerings of stock via the government broker."},
		{name: "called a name", text: "President Ana Ruiz called Prime Minister Jon Berg a liar."},
		{name: "was called", text: "The envoy was called Jon Berg by his friends."},
		{name: "a spokesman is no party", text: "The spokesman declined comment on the board meeting."},
		{name: "a body's targets", text: "Chile has met the IMF's targets."},
		{name: "a body's rules", text: "The change was made to meet Securities and Exchange Commission rules."},
		{name: "in consultation with", text: "The targets were set in consultation with the International Monetary Fund."},
		{name: "discussing with the press", text: "Discussing the vote with reporters, Berg said he was pleased."},
		{name: "without consulting", text: "The board can extend the scheme without consulting ministers."},
		{name: "consulting records", text: "The bank said it will consult its records before it decides."},
		{name: "met, adverb and passive", text: "The loan payments could be easily met by the treasury, bankers said."},
		{name: "targets will be met", text: "Analysts see little hope the deficit reduction targets will be met, Senator Jon Berg said."},
		{name: "a court hearing", text: "Director Ana Ruiz told a High Court hearing that the action failed."},
		{name: "hearing, the verb", text: "Nowhere are Fed officials hearing that firms cannot compete, Ruiz said."},
		{name: "a news briefing", text: "Foreign Minister Ana Ruiz told a news briefing in Lima that the talks would go on."},

		{name: "met an aim", text: "Minister Ana Ruiz said: \"We have met our aim of limiting debt payments to the World Bank.\""},
		{name: "no plans to meet", text: "The spokesman said President Ana Ruiz had no plans to meet Chancellor Jon Berg."},
		{name: "no meeting scheduled", text: "The spokesman said President Ana Ruiz had not scheduled any meeting with Chancellor Jon Berg."},
		{name: "will not meet", text: "President Ana Ruiz will not meet Chancellor Jon Berg in Oslo."},
		{name: "a trip to a place nobody takes", text: "But the trip to Achin proved even more nerve-racking."},

		{name: "meet an agency's regulations", text: "The company changed its schedule to meet Securities and Exchange Commission regulations."},
		{name: "a visit to the website", text: "Readers can find the full report with a visit to the website."},
		{name: "shareholders meeting without parties", text: "The annual shareholders' meeting will be held in Frankfurt in June."},
		{name: "a speech is not a meeting", text: "President Emmanuel Macron gave a speech in Paris on Monday about Europe."},
		{
			name: "the subject of a clause that went to a meeting, through a coordinated verb",
			text: "Chancellor Ida Brandt landed in Vienna and drove straight to a meeting with Foreign Minister Karl Moser.",
			want: []summary{{Participants: []string{"Ida Brandt", "Karl Moser"}, Kind: "meeting", Status: "held", Place: "Vienna"}},
		},
		{
			name: "a person in town for a meeting of a body",
			text: "Farm Minister Ole Berg, in Oslo for a meeting of Nordic ministers, said nothing.",
			want: []summary{{Participants: []string{"Nordic ministers", "Ole Berg"}, Kind: "meeting", Status: "held", Place: "Oslo"}},
		},
		{
			name: "a described group told at a meeting",
			text: "Ambassador Lo Wen told a meeting of Kenyan industrialists on Thursday that imports would grow.",
			want: []summary{{Participants: []string{"Kenya industrialists", "Lo Wen"}, Kind: "meeting", Status: "held", Date: "2018-05-17"}},
		},
		{
			name: "a bare month of a planned visit lies ahead",
			text: "Prime Minister Ken Oda will visit Washington in early March.",
			want: []summary{{Participants: []string{"Ken Oda", "Washington"}, Kind: "visit", Status: "planned", Place: "Washington", Date: "2019-03"}},
		},
		{
			name: "a weekend meeting is dated by its Saturday",
			text: "Finance Minister Ana Lopez held talks with Jon Berg at the weekend.",
			want: []summary{{Participants: []string{"Ana Lopez", "Jon Berg"}, Kind: "talks", Status: "held", Date: "2018-05-12"}},
		},
		{
			name: "a possessive date before the meeting's name is its date",
			text: "Minutes of April's Federal Open Market Committee (FOMC) meeting released Friday showed caution.",
			want: []summary{{Participants: []string{"Federal Open Market Committee"}, Kind: "meeting", Status: "held", Date: "2018-04"}},
		},
		{
			name: "a date before 'when' belongs to another clause",
			text: "Ministers agreed in December on quotas that OPEC will confirm when it meets in Vienna on June 25.",
			want: []summary{{Participants: []string{"OPEC"}, Kind: "meeting", Status: "planned", Place: "Vienna", Date: "2018-06-25"}},
		},
		{
			name: "a person's party and its acronym are not parties",
			text: "Party leader Ana Moro of the Green Alliance (GA) met President Jon Berg on Monday.",
			want: []summary{{Participants: []string{"Ana Moro", "Jon Berg"}, Kind: "meeting", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "the settlement a region or a country's capital is named by",
			text: "Andean trade ministers held talks in the Chilean resort of Vina on Monday.",
			want: []summary{{Participants: []string{"Andean trade ministers"}, Kind: "talks", Status: "held", Place: "Vina", Date: "2018-05-14"}},
		},
		{
			name: "a meeting word in quotes is still called for",
			text: "Opposition leaders have called for a \"summit\" with President Ana Ruiz.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Opposition leaders"}, Kind: "summit", Status: "proposed"}},
		},
		{
			name: "a summit later in the week lies ahead",
			text: "Whatever President Ana Ruiz and Prime Minister Jon Berg agree during their summit later in the week, tariffs will rise.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "summit", Status: "planned"}},
		},
		{
			name: "a fronted meeting whose main clause looks ahead",
			text: "At the Geneva talks, Japan will ask for lower tariffs on rice.",
			want: []summary{{Participants: []string{"Japan"}, Kind: "talks", Status: "planned", Place: "Geneva"}},
		},
		{
			name: "a group opening the sentence, not the countries it comes from",
			text: "Officials from the two countries held their annual grain talks in Ottawa on Monday.",
			want: []summary{{Participants: []string{"officials"}, Kind: "talks", Status: "held", Place: "Ottawa", Date: "2018-05-14"}},
		},
		{
			name: "a group known by its office",
			text: "Representatives from 26 nations are taking part in the talks in Lima.",
			want: []summary{{Participants: []string{"representatives"}, Kind: "talks", Status: "held", Place: "Lima"}},
		},
		{
			name: "ministers without a country",
			text: "The warning was sent by a May 2 meeting of foreign ministers.",
			want: []summary{{Participants: []string{"foreign ministers"}, Kind: "meeting", Status: "held", Date: "2018-05-02"}},
		},
		{
			name: "two group nouns make one group",
			text: "At a telephone conference on May 3, committee members discussed the rate.",
			want: []summary{{Participants: []string{"committee members"}, Kind: "phone", Status: "held", Date: "2018-05-03"}},
		},
		{
			name: "the veteran leaders restate the meeting just told",
			text: "President Ana Ruiz will hold a meeting in Oslo with Chancellor Jon Berg, the first talk between the veteran leaders.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "planned", Place: "Oslo"}},
		},
		{
			name: "the two leaders of the next sentence are those just named",
			text: "President Ana Ruiz and Chancellor Jon Berg held talks in Oslo on Tuesday. The two leaders met again in Bergen on Wednesday.",
			want: []summary{
				{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "talks", Status: "held", Place: "Oslo", Date: "2018-05-15"},
				{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held", Place: "Bergen", Date: "2018-05-16"},
			},
		},
		{
			name: "a call a pronoun had is not guessed for the nearest group",
			text: "The committee asked about a phone call he had with a blocked number.",
		},
		{
			name: "a group with its modifiers",
			text: "Central bank governor Ana Gros met senior commercial bankers in New York on Wednesday.",
			want: []summary{{Participants: []string{"Ana Gros", "senior commercial bankers"}, Kind: "meeting", Status: "held", Place: "New York City", Date: "2018-05-16"}},
		},
		{
			name: "an offer made at a meeting does not make it proposed",
			text: "Sunday, military leaders from 14 countries offered support for Chad at a meeting in Riyadh.",
			want: []summary{{Participants: []string{"military leaders"}, Kind: "meeting", Status: "held", Place: "Riyadh", Date: "2018-05-13"}},
		},
		{
			name: "a body's full name that opens with a title word",
			text: "Ana Ruiz, speaking at an informal meeting of the General Agreement on Tariffs and Trade in Geneva, said tariffs would fall.",
			want: []summary{{Participants: []string{"Ana Ruiz", "General Agreement on Tariffs and Trade"}, Kind: "meeting", Status: "held", Place: "Geneva"}},
		},
		{
			name: "the speaker who told a body's meeting, with the body",
			text: "Trade envoy Mara Lind told an informal GATT meeting that exports would rise.",
			want: []summary{{Participants: []string{"GATT", "Mara Lind"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "hosting a meeting of a body",
			text: "Finance Minister Karel Maes hosted an informal meeting of EC finance ministers in Ghent.",
			want: []summary{{Participants: []string{"EC finance ministers", "Karel Maes"}, Kind: "meeting", Status: "held", Place: "Ghent"}},
		},
		{
			name: "the object of another meeting verb is not this meeting's subject",
			text: "President Ugo Rossi is due to meet former presidents before holding talks with party leaders.",
			want: []summary{
				{Participants: []string{"Ugo Rossi", "presidents"}, Kind: "meeting", Status: "planned"},
				{Participants: []string{"Ugo Rossi", "party leaders"}, Kind: "talks", Status: "planned"},
			},
		},
		{
			name: "a meeting in a phrase set off by commas after its party",
			text: "President Ana Ruiz, in a phone call with Chancellor Jon Berg, criticized the tariffs.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "phone", Status: "held"}},
		},
		{
			name: "a list before ', who'",
			text: "The statement came after Governor Ana Ruiz and senior deputy governor Jon Berg, who is in Manila, met on Monday.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held", Place: "Manila", Date: "2018-05-14"}},
		},
		{
			name: "a light verb a long object away",
			text: "Foreign Minister Ana Ruiz took part in the first round of the talks in Lima.",
			want: []summary{{Participants: []string{"Ana Ruiz"}, Kind: "talks", Status: "held", Place: "Lima"}},
		},
		{
			name: "'since' opening a clause is no preposition",
			text: "Prices have risen since officials from the two countries held their annual grain talks in May.",
			want: []summary{{Participants: []string{"officials"}, Kind: "talks", Status: "held", Date: "2018-05"}},
		},
		{
			name: "the President, named by office alone, and the Fed chairman of the day",
			text: "The spokesman would not say whether the Fed chairman will be meeting with the President on Monday.",
			want: []summary{{Participants: []string{"Jerome Powell", "president"}, Kind: "meeting", Status: "planned", Date: "2018-05-21"}},
		},
		{
			name: "what was told at a meeting is not its parties",
			text: "Deposit insurance chief Ana Seidel told a bankers' meeting he thinks more banks will follow Citibank and Chase Manhattan.",
			want: []summary{{Participants: []string{"Ana Seidel", "bankers"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "an adverb before 'between' does not hide it",
			text: "Officials said there were talks currently between Chile and Peru on fishing rights.",
			want: []summary{{Participants: []string{"Chile", "Peru"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "a body's name that goes on into a title and a person",
			text: "He had earlier met Federal Reserve Board Chairman Paul Volcker and Treasury Secretary James Baker.",
			want: []summary{{Participants: []string{"James Baker", "Paul Volcker"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "the annual meeting of public bodies is no company's",
			text: "Ministers agreed at the annual meeting of the International Monetary Fund and the World Bank.",
			want: []summary{{Participants: []string{"International Monetary Fund", "World Bank"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "an opening adverb is no name",
			text: "Separately, Prime Minister Ana Ruiz, in a visit this week with President Jon Berg, raised tariffs.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "visit", Status: "held"}},
		},
		{
			name: "a venue the gazetteer lacks, located by the city after it",
			text: "President Ana Ruiz and Chancellor Jon Berg met at the Lakeside State Guest House in Hangzhou on Monday.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held", Place: "Lakeside State Guest House", Date: "2018-05-14"}},
		},
		{
			name: "an event named after 'at the' is no venue",
			text: "President Ana Ruiz and Chancellor Jon Berg met at the Ocean Security Summit in Lisbon on Monday.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held", Place: "Lisbon", Date: "2018-05-14"}},
		},
		{
			name: "a pair joined by a slash before the meeting noun",
			text: "She said Chile/Peru bilateral trade negotiations are going well.",
			want: []summary{{Participants: []string{"Chile", "Peru"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "a compound demonym before the meeting noun",
			text: "A specially convened Franco-Spanish meeting failed to agree on farm prices.",
			want: []summary{{Participants: []string{"France", "Spain"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "two bodies coordinated before the meeting noun",
			text: "A compromise may come during the International Monetary Fund and World Bank meetings next month in Washington.",
			want: []summary{{Participants: []string{"International Monetary Fund", "World Bank"}, Kind: "meeting", Status: "planned", Place: "Washington", Date: "2018-06"}},
		},
		{
			name: "a party's officer named after its name",
			text: "Prime Minister Ken Oda has agreed to meet Freedom Party president Ivo Tamm in Ottawa.",
			want: []summary{{Participants: []string{"Ivo Tamm", "Ken Oda"}, Kind: "meeting", Status: "planned", Place: "Ottawa"}},
		},
		{
			name: "a meeting at a public body has the body in it",
			text: "Countries meeting at the International Monetary Fund this week are looking at debt relief.",
			want: []summary{{Participants: []string{"International Monetary Fund", "countries"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "a role with its portfolio renamed by a name after a comma",
			text: "Chilean minister of energy and mines, Ana Ruiz, is expected to meet soon with her Peruvian counterpart, Luis Vega.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Luis Vega"}, Kind: "meeting", Status: "planned"}},
		},
		{
			name: "the visit of a role renamed by a name",
			text: "The strike came during the visit of the Austrian president, Karl Moser, who arrived on Monday.",
			want: []summary{{Participants: []string{"Karl Moser"}, Kind: "visit", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "a span of days is dated by its first",
			text: "Finance ministers had met earlier today and yesterday in Paris.",
			want: []summary{{Participants: []string{"finance ministers"}, Kind: "meeting", Status: "held", Place: "Paris", Date: "2018-05-17"}},
		},
		{
			name: "a meeting's own start date beats a nearer date",
			text: "Prime Minister Ken Oda told his party to prepare a package in early June for his visit to Washington starting on June 29.",
			want: []summary{{Participants: []string{"Ken Oda", "Washington"}, Kind: "visit", Status: "planned", Place: "Washington", Date: "2018-06-29"}},
		},
		{
			name: "a cancellation after a phrase set off by commas",
			text: "Asked if the trip by Treasury Secretary Jon Berg, who was to have left on June 30 and returned July 6, had been dropped, the spokesman said yes.",
			want: []summary{{Participants: []string{"Jon Berg"}, Kind: "visit", Status: "cancelled", Date: "2018-06-30"}},
		},
		{
			name: "a country's minister with a portfolio before the title",
			text: "Farm Secretary Jon Berg held talks with Japan agriculture minister Ken Oda in Tokyo.",
			want: []summary{{Participants: []string{"Jon Berg", "Ken Oda"}, Kind: "talks", Status: "held", Place: "Tokyo"}},
		},
		{
			name: "a fronted participle's meeting has the main clause's subject",
			text: "Speaking after farm talks with Agriculture Minister Ken Oda, Secretary Jon Berg said rice tariffs would fall.",
			want: []summary{{Participants: []string{"Jon Berg", "Ken Oda"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "the issue's constructions: spoken by telephone",
			text: "President Ana Ruiz has spoken by telephone with Prime Minister Jon Berg.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "phone", Status: "held"}},
		},
		{
			name: "the issue's constructions: a stay after travel",
			text: "Foreign Minister Ana Ruiz arrived in Nairobi for a three-day stay.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Nairobi"}, Kind: "visit", Status: "held", Place: "Nairobi"}},
		},
		{name: "a stay of execution", text: "The court granted Senator Ana Ruiz a stay of execution."},
		{
			name:  "the issue's constructions: a reception called off",
			text:  "President Ana Ruiz called off a reception for Prime Minister Jon Berg.",
			roles: true,
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "cancelled",
				Roles: map[string]string{"Ana Ruiz": "host", "Jon Berg": "visitor"}}},
		},
		{
			name: "the issue's constructions: dinner with",
			text: "President Ana Ruiz sat down to dinner with Prime Minister Jon Berg.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held"}},
		},
		{name: "dinner alone", text: "President Ana Ruiz skipped dinner to work on the budget."},
		{
			name: "the issue's constructions: among those at the talks",
			text: "Among those at the talks were Foreign Minister Ana Ruiz and Prime Minister Jon Berg.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "the issue's constructions: told on a fronted call",
			text: "During a Friday telephone call, President Ana Ruiz told Prime Minister Jon Berg that tariffs would rise.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "phone", Status: "held", Date: "2018-05-18"}},
		},
		{
			name:  "the issue's constructions: assured a visitor",
			text:  "President Ana Ruiz assured visiting Indian Trade Minister Ravi Menon that tariffs would fall.",
			roles: true,
			want: []summary{{Participants: []string{"Ana Ruiz", "Ravi Menon"}, Kind: "meeting", Status: "held",
				Roles: map[string]string{"Ana Ruiz": "host", "Ravi Menon": "visitor"}}},
		},
		{
			name: "the issue's described parties: nurses",
			text: "Hospital nurses held talks with Health Minister Pedro Alves.",
			want: []summary{{Participants: []string{"Pedro Alves", "nurses"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "the issue's described parties: a trade mission",
			text: "The Kenyan trade mission met with Agriculture Minister Ana Ruiz.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Kenya mission"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "the issue's described parties: an undersecretary",
			text: "Undersecretary of State Laura Pines met Foreign Minister Jon Berg.",
			want: []summary{{Participants: []string{"Jon Berg", "Laura Pines"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "the issue's described parties: they, a group",
			text: "Kenyan diplomats left Kampala because they held talks with Ugandan ministers.",
			want: []summary{{Participants: []string{"Kenya diplomats", "Uganda minister"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "the issue's described parties: a country before ', which'",
			text: "Ghana, which is behind on its loan payments, expects to hold talks with the World Bank.",
			want: []summary{{Participants: []string{"Ghana", "World Bank"}, Kind: "talks", Status: "planned"}},
		},
		{
			name: "the issue's extra parties: a list goes on past a modifier",
			text: "Ana Ruiz met Queen Ingrid and acting Premier Lars Holm.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Ingrid", "Lars Holm"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "the issue's dates: a present tense is the coming weekday",
			text: "Chile and Peru meet in Lima Monday.",
			want: []summary{{Participants: []string{"Chile", "Peru"}, Kind: "meeting", Status: "planned", Place: "Lima", Date: "2018-05-21"}},
		},
		{
			name: "the issue's places: at a Berlin hotel",
			text: "Foreign Minister Ana Ruiz met Chancellor Jon Berg at a Berlin hotel.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held", Place: "Berlin"}},
		},
		{
			name: "the issue's places: flew to a town the gazetteer lacks",
			text: "Foreign Minister Ana Ruiz flew to Kwale to meet Governor Jon Berg.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held", Place: "Kwale"}},
		},
		{
			name: "a meeting presupposed by a possibility is not proposed",
			text: "Abe spoke of the possibility that Prime Minister Ken Oda's visit could coincide with the vote on the trade bill.",
			want: []summary{{Participants: []string{"Ken Oda"}, Kind: "visit", Status: "planned"}},
		},
		{
			name: "the date of the trip is not the meeting's still to come",
			text: "Prime Minister Ken Oda flew to Jakarta yesterday and will meet President Ana Ruiz.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Ken Oda"}, Kind: "meeting", Status: "planned", Place: "Jakarta"}},
		},
		{
			name: "leaving to meet: the purpose of the trip, on the coming weekday",
			text: "Agriculture Secretary Jon Berg leaves for Tokyo on Wednesday to meet Japanese officials.",
			want: []summary{{Participants: []string{"Japan officials", "Jon Berg"}, Kind: "meeting", Status: "planned", Place: "Tokyo", Date: "2018-05-23"}},
		},
		{
			name: "'I' in a quote is its speaker",
			text: "“I met Chancellor Jon Berg in Oslo,” President Ana Ruiz said on Monday.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held", Place: "Oslo"}}, // the Monday is the saying's
		},
		{
			name: "the wire's capital after U.S. does not make a name",
			text: "U.S. Trade officials met Peruvian officials in Lima. U.S. Officials also met Chilean diplomats.",
			want: []summary{
				{Participants: []string{"Peru officials", "United States officials"}, Kind: "meeting", Status: "held", Place: "Lima"},
				{Participants: []string{"Chile diplomats", "United States officials"}, Kind: "meeting", Status: "held"},
			},
		},
		{
			name: "a country or nationality coordinated before a group shares its head",
			text: "U.S. and Japanese officials will meet on Monday. American and Brazilian negotiators met in Geneva.",
			want: []summary{
				{Participants: []string{"Japan officials", "United States officials"}, Kind: "meeting", Status: "planned", Date: "2018-05-21"},
				{Participants: []string{"Brazil negotiators", "United States negotiators"}, Kind: "meeting", Status: "held", Place: "Geneva"},
			},
		},
		{
			name: "an officer of a public body named by its acronym",
			text: "IMF Managing director Ana Ruiz held talks with President Jon Berg in Oslo.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "talks", Status: "held", Place: "Oslo"}},
		},
		{
			name: "a party coordinated with its own, and the two sides restating them",
			text: "Talks between the Kenyan government and its bank advisory committee stalled, with the two sides far apart.",
			want: []summary{{Participants: []string{"Kenya government", "bank advisory committee"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "who attended a body's talks, through an apposition",
			text: "Ana Ruiz, a union official who attended the OPEC talks, said prices would rise.",
			want: []summary{{Participants: []string{"Ana Ruiz", "OPEC"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "a bracketed acronym neither ends the clause nor keeps the body from its meeting",
			text: "Kenya is attending an Asian Development Bank (ADB) annual general meeting for the first time.",
			want: []summary{{Participants: []string{"Asian Development Bank", "Kenya"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "a date right after a reporting verb is the report's, not the meeting's",
			text: "The government announced today Prime Minister Ken Oda will visit Paris on June 4. The ministry said on Monday that Oda would meet President Ana Ruiz.",
			want: []summary{
				{Participants: []string{"Ken Oda", "Paris"}, Kind: "visit", Status: "planned", Place: "Paris", Date: "2018-06-04"},
				{Participants: []string{"Ana Ruiz", "Ken Oda"}, Kind: "meeting", Status: "planned"},
			},
		},
		{
			name: "his visit is his, not the party's he spoke to",
			text: "Prime Minister Ken Oda told his ruling Unity Party to draft a package in time for his planned visit to Paris.",
			want: []summary{{Participants: []string{"Ken Oda", "Paris"}, Kind: "visit", Status: "planned", Place: "Paris"}},
		},
		{
			name: "denied, not ruled out: the meeting did not take place",
			text: "President Ana Ruiz did not meet Chancellor Jon Berg in Oslo.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "denied", Place: "Oslo"}},
		},
		{
			name: "a trip to a town the gazetteer lacks",
			text: "Governor Ana Ruiz made a trip to Achin on Monday.",
			want: []summary{{Participants: []string{"Ana Ruiz"}, Kind: "visit", Status: "held", Place: "Achin", Date: "2018-05-14"}},
		},
		{
			name: "separate calls are one call each",
			text: "President Ana Ruiz made separate telephone calls to Chancellor Jon Berg and Prime Minister Ken Oda on Monday.",
			want: []summary{
				{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "phone", Status: "held", Date: "2018-05-14"},
				{Participants: []string{"Ana Ruiz", "Ken Oda"}, Kind: "phone", Status: "held", Date: "2018-05-14"},
			},
		},
		{
			name: "met separately: one meeting each",
			text: "Foreign Minister Ana Ruiz met separately with Chancellor Jon Berg and Prime Minister Ken Oda in Geneva.",
			want: []summary{
				{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held", Place: "Geneva"},
				{Participants: []string{"Ana Ruiz", "Ken Oda"}, Kind: "meeting", Status: "held", Place: "Geneva"},
			},
		},
		{
			name: "the speakers after a comma are not a party",
			text: "Diplomats praised the Merkel-Macron phone conversation, some Peruvian foreign policy experts say.",
			want: []summary{{Participants: []string{"Angela Merkel", "Emmanuel Macron"}, Kind: "phone", Status: "held"}},
		},
		{
			name: "a partitive before a group: 'to a number of', 'with some of the'",
			text: "President Ana Ruiz spent two days reaching out by telephone to a number of world leaders. Chancellor Jon Berg met with some of the union leaders in Oslo.",
			want: []summary{
				{Participants: []string{"Ana Ruiz", "world leaders"}, Kind: "phone", Status: "held"},
				{Participants: []string{"Jon Berg", "union leaders"}, Kind: "meeting", Status: "held", Place: "Oslo"},
			},
		},
		{
			name: "parties listed with 'or'",
			text: "The spokesman would not say whether Chancellor Jon Berg will meet President Ana Ruiz or Prime Minister Ken Oda.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg", "Ken Oda"}, Kind: "meeting", Status: "planned"}},
		},
		{
			name: "a summit meeting is one summit",
			text: "Reagan and Gorbachev held summit talks in Reykjavik.",
			want: []summary{{Participants: []string{"Mikhail Gorbachev", "Ronald Reagan"}, Kind: "summit", Status: "held", Place: "Reykjavik"}},
		},
		{
			name: "a body's members, a body's nations",
			text: "GATT members met in Geneva. The Saudis and other OPEC nations hope to restore prices without another meeting.",
			want: []summary{
				{Participants: []string{"GATT members"}, Kind: "meeting", Status: "held", Place: "Geneva"},
				{Participants: []string{"OPEC nations"}, Kind: "meeting", Status: "proposed"},
			},
		},
		{
			name: "the commission named before",
			text: "The Federal Maritime Commission is expected to approve the rule when the commission meets on Wednesday, officials said.",
			want: []summary{{Participants: []string{"Federal Maritime Commission"}, Kind: "meeting", Status: "planned", Date: "2018-05-23"}},
		},
		{
			name: "officials testify at a committee hearing: a meeting with the committee",
			text: "Secretary of Energy Ana Ruiz and Secretary of Treasury Jon Berg testified at a Senate Finance Committee hearing on Tuesday.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg", "Senate Finance Committee"}, Kind: "meeting", Status: "held", Date: "2018-05-15"}},
		},
		{
			name: "a briefing received from someone",
			text: "House members received a classified briefing from Homeland Security Secretary Ana Ruiz on Tuesday.",
			want: []summary{{Participants: []string{"Ana Ruiz", "members"}, Kind: "meeting", Status: "held", Date: "2018-05-15"}},
		},
		{
			name: "a clause of its own after 'before': its subject only",
			text: "Spokesman Jon Berg made the remark a day before Peruvian and Chilean officials are to meet in Lima.",
			want: []summary{{Participants: []string{"Chile officials", "Peru officials"}, Kind: "meeting", Status: "planned", Place: "Lima"}},
		},
		{
			name: "'between' and 'with' after a relation are not the meeting's",
			text: "Chancellor Jon Berg met President Ana Ruiz on Monday, reaffirming the relationship between Norway and Peru.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "a pair before the noun: the parties when the subject is 'they', theirs when people",
			text: "They held a Peruvian-Chilean summit in Lima. Presidents Ana Ruiz and Jon Berg held a Norwegian-Danish summit in Oslo.",
			want: []summary{
				{Participants: []string{"Chile", "Peru"}, Kind: "summit", Status: "held", Place: "Lima"},
				{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "summit", Status: "held", Place: "Oslo"},
			},
		},
		{
			name: "a portfolio after 'for'",
			text: "Undersecretary of State for Economic Affairs Ana Ruiz held talks with Foreign Minister Jon Berg.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "the officials of a seat of power",
			text: "Senate leaders met White House officials on Monday.",
			want: []summary{{Participants: []string{"Senate leaders", "White House officials"}, Kind: "meeting", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "two names joined by 'and' before a body's word are one body",
			text: "Treasury Secretary Jon Berg met the House Ways and Means Trade Subcommittee on Tuesday.",
			want: []summary{{Participants: []string{"House Ways and Means Trade Subcommittee", "Jon Berg"}, Kind: "meeting", Status: "held", Date: "2018-05-15"}},
		},
		{
			name: "leaving on a trip to a region: a visit to come",
			text: "Commerce Secretary Jon Berg leaves on Saturday on a 10-day trip to the Far East.",
			want: []summary{{Participants: []string{"Jon Berg"}, Kind: "visit", Status: "planned", Place: "Far East", Date: "2018-05-19"}},
		},
		{
			name: "a body that titles its officer is not a party beside him",
			text: "Party General Council Chairman Jon Berg will visit Paris on June 4.",
			want: []summary{{Participants: []string{"Jon Berg", "Paris"}, Kind: "visit", Status: "planned", Place: "Paris", Date: "2018-06-04"}},
		},
		{
			name: "a wire headline is no name; a possessor's cabinet is the cabinet",
			text: "RUIZ REAFFIRMS TRADE PLAN\nChancellor Jon Berg's cabinet will meet on Monday.",
			want: []summary{{Participants: []string{"Jon Berg", "cabinet"}, Kind: "meeting", Status: "planned", Date: "2018-05-21"}},
		},
		{
			name: "an acronym is the full name the article gave",
			text: "The Kenyan government held talks with the International Monetary Fund on Monday. Kenyan officials will meet the IMF again in June.",
			want: []summary{
				{Participants: []string{"International Monetary Fund", "Kenya government"}, Kind: "talks", Status: "held", Date: "2018-05-14"},
				{Participants: []string{"International Monetary Fund", "Kenya officials"}, Kind: "meeting", Status: "planned", Date: "2018-06"},
			},
		},
		{
			name: "a body's full name is public when its acronym is",
			text: "Leaders attended the South Asian Association of Regional Cooperation summit in Kathmandu.",
			want: []summary{{Participants: []string{"South Asian Association of Regional Cooperation", "leaders"}, Kind: "summit", Status: "held", Place: "Kathmandu"}},
		},
		{
			name: "a relative clause set off by the wire's double hyphens",
			text: "Senator Ana Ruiz -- who has pushed for a budget summit with President Tom Hale -- is anxious to reach a deal.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Tom Hale"}, Kind: "summit", Status: "proposed"}},
		},
		{
			name: "a scare-quoted modifier and the seat of a government as a party",
			text: "Farm leaders have called for a \"summit\" conference with the White House on prices.",
			want: []summary{{Participants: []string{"Farm leaders", "White House"}, Kind: "summit", Status: "proposed"}},
		},
		{
			name: "consulting a person is meeting them",
			text: "Finance Minister Luis Prado returned to Lima to consult President Ana Ruiz on the offer.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Luis Prado"}, Kind: "meeting", Status: "held", Place: "Lima"}},
		},
		{
			name: "discussing with qualified authorities, the speaker's it",
			text: "The Danish Transport Ministry said it is discussing with foreign rail authorities new ways to cut fares.",
			want: []summary{{Participants: []string{"Transport Ministry", "foreign rail authorities"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "the topic of a discussion is no party",
			text: "Trade Minister Jon Berg discussed fishing quotas and Greenland with Icelandic Prime Minister Olaf Thorsen on Tuesday.",
			want: []summary{{Participants: []string{"Jon Berg", "Olaf Thorsen"}, Kind: "talks", Status: "held", Date: "2018-05-15"}},
		},
		{
			name: "seeking negotiations is proposing them",
			text: "Chile is seeking negotiations with its creditor banks.",
			want: []summary{{Participants: []string{"Chile", "creditor banks"}, Kind: "talks", Status: "proposed"}},
		},
		{
			name: "a discussion as a meeting's purpose",
			text: "Senator Ana Ruiz met Senator Jon Berg to discuss the situation with Chile.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "a pair names the parties of its own meeting noun only",
			text: "The talks are part of a routine Chilean-Peruvian consultation and should prepare a summit.",
			want: []summary{{Participants: []string{"Chile", "Peru"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "a look-alike word after the party does not undo the meeting",
			text: "Foreign Minister Ana Ruiz met Senator Jon Berg to discuss the terms of the loan.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "a group and the names it includes",
			text: "President Ana Ruiz met opposition leaders, including Senator Tomas Varga and Senator Jon Berg.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg", "Tomas Varga", "opposition leaders"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "officials of a body are the body's officials",
			text: "The meeting was attended by a delegation from Japan and representatives of the World Bank.",
			want: []summary{{Participants: []string{"Japan delegation", "World Bank representatives"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "a bare office stands for its holder, and his is the office's",
			text: "The president postponed his trip to Brazil.",
			want: []summary{{Participants: []string{"Brazil", "president"}, Kind: "visit", Status: "postponed", Place: "Brazil"}},
		},
		{
			name: "bare offices on both sides",
			text: "The minister met the king on Monday.",
			want: []summary{{Participants: []string{"king", "minister"}, Kind: "meeting", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "an office of a body is the body's",
			text: "The managing director of the International Monetary Fund took part in the meeting in Paris.",
			want: []summary{{Participants: []string{"International Monetary Fund director"}, Kind: "meeting", Status: "held", Place: "Paris"}},
		},
		{
			name: "a described speaker after the meeting is no party",
			text: "Uganda was disappointed by the stalemate in recent coffee talks in London, the chairman of the state-run Coffee Board, UCB, said.",
			want: []summary{{Participants: []string{"Uganda"}, Kind: "talks", Status: "held", Place: "London"}},
		},
		{
			name: "a title that modifies a noun is no party",
			text: "The ministers will meet to discuss the general debt situation.",
			want: []summary{{Participants: []string{"ministers"}, Kind: "meeting", Status: "planned"}},
		},
		{
			name: "an invitation for talks: the inviter hosts, the light verb reached past long names",
			text: "Prime Minister Ana Ruiz has invited Peruvian President Luis Prado to Santiago for talks.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Luis Prado"}, Kind: "talks", Status: "proposed",
				Roles: map[string]string{"Ana Ruiz": "host"}}},
			roles: true,
		},
		{
			name: "when they meet, in the present, is to come",
			text: "President Ana Ruiz and President Luis Prado will sign the accord when they meet in Lima.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Luis Prado"}, Kind: "meeting", Status: "planned", Place: "Lima"}},
		},
		{
			name: "in talks with",
			text: "Kenya is in talks with the International Monetary Fund.",
			want: []summary{{Participants: []string{"International Monetary Fund", "Kenya"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "has with a participle is no light verb; a name led by someone is no party",
			text: "The ruling party, led by Ana Ruiz, gained after a meeting with union leaders.",
			want: []summary{{Participants: []string{"union leaders"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "flown back from talks",
			text: "President Ana Ruiz had flown to Lima from talks with Foreign Minister Jon Berg in Quito.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "talks", Status: "held", Place: "Quito"}},
		},
		{
			name: "calling someone is a phone call",
			text: "President Ana Ruiz called Prime Minister Jon Berg on Tuesday to discuss the crisis.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "phone", Status: "held", Date: "2018-05-15"}},
		},
		{
			name: "a phone call received from someone",
			text: "President Ana Ruiz received a phone call from Prime Minister Jon Berg.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "phone", Status: "held"}},
		},
		{
			name: "a count that is no restatement",
			text: "Iran and the six world powers resumed talks in Geneva.",
			want: []summary{{Participants: []string{"Iran", "world powers"}, Kind: "talks", Status: "held", Place: "Geneva"}},
		},
		{
			name: "a light verb in another meeting's phrase",
			text: "President Ana Ruiz sought the meeting in a telephone conversation with Prime Minister Jon Berg.",
			want: []summary{
				{Participants: []string{"Ana Ruiz"}, Kind: "meeting", Status: "proposed"},
				{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "phone", Status: "held"},
			},
		},
		{
			name: "the government and the rebels",
			text: "Talks between the government and the rebels broke down on Thursday.",
			want: []summary{{Participants: []string{"government", "rebels"}, Kind: "talks", Status: "held", Date: "2018-05-17"}},
		},
		{
			name: "names of bodies joined by 'for' and 'and'",
			text: "On Monday, central bankers met at the Bank for International Settlements with the Organisation for Economic Cooperation and Development.",
			want: []summary{{Participants: []string{"Bank for International Settlements", "Organisation for Economic Cooperation and Development", "central bankers"}, Kind: "meeting", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "a recommended meeting is proposed, and its month to come",
			text: "The World Bank has recommended that donors meet some time in the second half of June.",
			want: []summary{{Participants: []string{"World Bank", "donors"}, Kind: "meeting", Status: "proposed", Date: "2018-06"}},
		},
		{
			name: "on a visit, in a relative clause",
			text: "Trade Minister Ken Oda, who is on a three-day visit to Washington, met Trade Representative Ana Ruiz.",
			want: []summary{
				{Participants: []string{"Ken Oda", "Washington"}, Kind: "visit", Status: "held", Place: "Washington"},
				{Participants: []string{"Ana Ruiz", "Ken Oda"}, Kind: "meeting", Status: "held"},
			},
		},
		{
			name: "a body gathers somewhere",
			text: "Finance ministers of the Group of Seven will gather in Washington next month.",
			want: []summary{{Participants: []string{"Group of Seven finance ministers"}, Kind: "meeting", Status: "planned", Place: "Washington", Date: "2018-06"}},
		},
		{
			name: "a speaker set off by commas, far from the meeting noun",
			text: "President Ana Ruiz, in a speech on the first day of an official visit to Argentina, said debts were high.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Argentina"}, Kind: "visit", Status: "held", Place: "Argentina"}},
		},
		{
			name: "a delegation and the one who heads it travel",
			text: "The Japanese delegation, headed by Vice Minister Ken Oda, arrived in Washington for two days of talks.",
			want: []summary{{Participants: []string{"Japan delegation", "Ken Oda"}, Kind: "talks", Status: "planned", Place: "Washington"}},
		},
		{
			name: "a bare office before an adverb",
			text: "The minister nevertheless added that he would make clear during his trip to Lima that the figures were false.",
			want: []summary{{Participants: []string{"Lima", "minister"}, Kind: "visit", Status: "planned", Place: "Lima"}},
		},
		{
			name: "a caption's full date is the picture's",
			text: "FILE - President Ana Ruiz, right, and Prime Minister Jon Berg talk during their meeting in Lima, Aug. 9, 2018.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held", Place: "Lima", Date: "2018-08-09"}},
		},
		{
			name: "a country's army chief",
			text: "Chile's army chief held talks with Peruvian President Luis Prado in Lima.",
			want: []summary{{Participants: []string{"Chile army chief", "Luis Prado"}, Kind: "talks", Status: "held", Place: "Lima"}},
		},
		{
			name: "a people named by its plural demonym",
			text: "Talks between Israel and the Palestinians collapsed on Monday.",
			want: []summary{{Participants: []string{"Israel", "Palestinians"}, Kind: "talks", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "a body's team after weeks of talks",
			text: "The IMF team left Nairobi after two weeks of talks with Kenyan officials.",
			want: []summary{{Participants: []string{"IMF team", "Kenya officials"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "a team of officials is the officials; the speaker who described the talks is no party",
			text: "Foreign Minister Ana Ruiz led a team of government officials to the talks, which officials described as frank.",
			want: []summary{{Participants: []string{"Ana Ruiz", "government officials"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "an office is held on the date the sentence spells, not on the story's",
			text: "FILE - The U.S. president visited China in February 1972.",
			want: []summary{{Participants: []string{"China", "United States president"}, Kind: "visit", Status: "held", Place: "China", Date: "1972-02"}},
		},
		{
			name: "their is the last list of parties",
			text: "A rate rise would fuel protectionist anger in Congress, where the House is expected to pass a bill, whatever compromises President Ana Ruiz and Prime Minister Jon Berg reach during their summit later in the week.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "summit", Status: "planned"}},
		},
		{
			name: "the press is never a party",
			text: "President Ana Ruiz is shown the way by Prime Minister Jon Berg after a joint press conference following their meeting in Lima.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held", Place: "Lima"}},
		},
		{
			name: "days of the week joined by 'and' are written in order",
			text: "OPEC oil ministers will meet on Thursday and Friday in Vienna.",
			want: []summary{{Participants: []string{"OPEC oil ministers"}, Kind: "meeting", Status: "planned", Place: "Vienna", Date: "2018-05-24"}},
		},
		{
			name: "welcome, the host verb",
			text: "President Ana Ruiz will welcome Prime Minister Jon Berg to the presidential palace in Lima.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "planned", Place: "Lima",
				Roles: map[string]string{"Ana Ruiz": "host", "Jon Berg": "visitor"}}},
			roles: true,
		},
		{
			name: "a speaker who spoke after the talks was in them",
			text: "President Ana Ruiz told reporters after talks with Prime Minister Jon Berg that sanctions would stay.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "arrived on a visit",
			text: "President Ana Ruiz arrived in Lima on Saturday on a two-day visit.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Lima"}, Kind: "visit", Status: "held", Place: "Lima", Date: "2018-05-12"}},
		},
		{
			name: "a round of talks completed and a meeting to come, each with its own date",
			text: "Chile and its creditor banks completed another round of talks and will meet again on Saturday, a banker said.",
			want: []summary{
				{Participants: []string{"Chile", "creditor banks"}, Kind: "talks", Status: "held"},
				{Participants: []string{"Chile", "creditor banks"}, Kind: "meeting", Status: "planned", Date: "2018-05-19"},
			},
		},
		{
			name: "in advance of a summit",
			text: "An accord must be reached in advance of an EU summit meeting in December, Foreign Minister Ana Ruiz said.",
			want: []summary{{Participants: []string{"EU"}, Kind: "summit", Status: "planned", Date: "2018-12"}},
		},
		{
			name: "his talks somewhere else are other talks of his",
			text: "Finance Minister Luis Prado was reacting to a statement after his talks with Chancellor Jon Berg. Prado said his talks in Washington last week were aimed at gaining support.",
			want: []summary{
				{Participants: []string{"Jon Berg", "Luis Prado"}, Kind: "talks", Status: "held"},
				{Participants: []string{"Luis Prado"}, Kind: "talks", Status: "held", Place: "Washington"},
			},
		},
		{
			name: "lunch together",
			text: "President Ana Ruiz and Chancellor Jon Berg had lunch together in Lima on Tuesday.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held", Place: "Lima", Date: "2018-05-15"}},
		},
		{
			name: "sat down with",
			text: "Senator Ana Ruiz sat down with Crown Prince Jon Berg.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "two nationalities share a plural title: one holder each",
			text: "Chancellor Ana Ruiz met the French and German foreign ministers in Lima.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Heiko Maas", "Jean-Yves Le Drian"}, Kind: "meeting", Status: "held", Place: "Lima"}},
		},
		{
			name: "starts a visit on a weekday: the coming one",
			text: "Foreign Minister Ana Ruiz starts a week-long visit to Washington on Sunday.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Washington"}, Kind: "visit", Status: "planned", Place: "Washington", Date: "2018-05-20"}},
		},
		{
			name: "a public body's conference is its meeting, with the one who flew there to attend it",
			text: "Prime Minister Tom Ngata flew to Suva to attend an Oceania Forum conference of trade ministers.",
			want: []summary{{Participants: []string{"Oceania Forum", "Tom Ngata", "trade ministers"}, Kind: "meeting", Status: "held", Place: "Suva"}},
		},
		{
			name: "a session of a legislature attended by a visitor",
			text: "Labour Minister Ana Ruiz left the talks to attend a session of Congress.",
			want: []summary{
				{Participants: []string{"Ana Ruiz"}, Kind: "talks", Status: "held"},
				{Participants: []string{"Ana Ruiz", "Congress"}, Kind: "meeting", Status: "held"},
			},
		},
		{
			name: "a conference of ministers on its own",
			text: "A conference of Arab foreign ministers will open in Tunis on Monday.",
			want: []summary{{Participants: []string{"Arab foreign ministers"}, Kind: "meeting", Status: "planned", Place: "Tunis", Date: "2018-05-21"}},
		},
		{
			name: "the session a meeting verb was held in is that meeting, and bounds no place",
			text: "NATO ambassadors met in emergency session in Brussels on Friday.",
			want: []summary{{Participants: []string{"NATO ambassador"}, Kind: "meeting", Status: "held", Place: "Brussels", Date: "2018-05-18"}},
		},
		{
			name: "the session of a committee a meeting verb was held in brings the committee",
			text: "Senior officials met in a closed session of the Senate Foreign Relations Committee on Tuesday.",
			want: []summary{{Participants: []string{"Senate Foreign Relations Committee", "officials"}, Kind: "meeting", Status: "held", Date: "2018-05-15"}},
		},
		{
			name: "the nearest actor brings the list it opens",
			text: "Talks on refinancing the debt have started, with approaches made to Qatar and Oman.",
			want: []summary{{Participants: []string{"Oman", "Qatar"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "the Fed chairman of the day",
			text: "The Fed chairman met Chinese Vice Premier Liu He in Washington on Thursday.",
			want: []summary{{Participants: []string{"Jerome Powell", "Liu He"}, Kind: "meeting", Status: "held", Place: "Washington", Date: "2018-05-17"}},
		},
		{
			name: "a relative clause a report interrupts has the relative's antecedent as subject",
			text: "The envoy met President Ana Ruiz, whom he said recently spoke by telephone with Peruvian President Jon Berg.",
			want: []summary{
				{Participants: []string{"Ana Ruiz", "envoy"}, Kind: "meeting", Status: "held"},
				{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "phone", Status: "held"},
			},
		},
		{
			name: "a mediator is a party to the talks",
			text: "Talks between the government and the rebels, mediated by Norway, resumed in Oslo on Monday.",
			want: []summary{{Participants: []string{"Norway", "government", "rebels"}, Kind: "talks", Status: "held", Place: "Oslo", Date: "2018-05-14"}},
		},
		{
			name: "the host after the talks it hosted bounds neither their place nor their date",
			text: "Talks between the government and the rebels, hosted by Norway, resumed in Oslo on Monday.",
			want: []summary{{Participants: []string{"Norway", "government", "rebels"}, Kind: "talks", Status: "held", Place: "Oslo", Date: "2018-05-14"}},
		},
		{
			name: "with the mediation of",
			text: "Interior Minister Tomas Varga held talks with the strikers, with the mediation of the Organization of American States.",
			want: []summary{{Participants: []string{"Organization of American States", "Tomas Varga", "strikers"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "a time of day dates a meeting to the day of publication",
			text: "A full meeting of the Group of Seven is expected to begin around 3 p.m. local time.",
			want: []summary{{Participants: []string{"Group of Seven"}, Kind: "meeting", Status: "planned", Date: "2018-05-18"}},
		},
		{
			name: "those a meeting was attended by are its parties",
			text: "Ruiz spoke at a meeting on the budget on Monday, also attended by Prime Minister Jon Berg and Finance Minister Tomas Varga.",
			want: []summary{{Participants: []string{"Jon Berg", "Ruiz", "Tomas Varga"}, Kind: "meeting", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "a pronoun with nothing before it is the person who closes the sentence as its speaker",
			text: "She told delegates at the meeting of Andean trade ministers that tariffs must fall, Trade Minister Ana Ruiz said.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Andean trade ministers"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "the two on their own are the two named in the sentence before",
			text: "President Ana Ruiz praised Peruvian President Jon Berg. The two spoke by telephone on Sunday.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "phone", Status: "held", Date: "2018-05-13"}},
		},
		{
			name: "the seven on their own are the seven counted before",
			text: "The Commission wrote to seven European airlines last summer. The seven have agreed to hold talks with the Commission.",
			want: []summary{{Participants: []string{"Commission", "seven European airlines"}, Kind: "talks", Status: "planned"}},
		},
		{
			name: "a sentence adverb starts no name",
			text: "Separately Chile held talks with Peru on Monday.",
			want: []summary{{Participants: []string{"Chile", "Peru"}, Kind: "talks", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "a speculation before the adjunct is the main clause's, not the meeting's",
			text: "President Ana Ruiz might have to resign before the Andean summit in Lima on June 8.",
			want: []summary{{Participants: []string{"Ana Ruiz"}, Kind: "summit", Status: "planned", Place: "Lima", Date: "2018-06-08"}},
		},
		{
			name: "a body known by its acronym alone is an organisation",
			text: "The G-7 met in Paris on Wednesday.",
			want: []summary{{Participants: []string{"G-7"}, Kind: "meeting", Status: "held", Place: "Paris", Date: "2018-05-16"}},
		},
		{
			name: "days of meetings with X",
			text: "After two days of meetings with Chinese officials, Foreign Minister Ana Ruiz said ties were good.",
			want: []summary{{Participants: []string{"Ana Ruiz", "China officials"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "the speaker of a statement made after the meeting took part",
			text: "President Ana Ruiz said in a statement following a meeting with her economic advisers that growth would pick up.",
			want: []summary{{Participants: []string{"Ana Ruiz", "economic advisers"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "a body that meets in a month named without a year meets in the coming one",
			text: "Prices may firm when the Andean Council meets in April.",
			want: []summary{{Participants: []string{"Andean Council"}, Kind: "meeting", Status: "planned", Date: "2019-04"}},
		},
		{
			name: "will, across the names of the bodies it meets",
			text: "Finance Minister Ana Ruiz will also attend International Monetary Fund and World Bank meetings.",
			want: []summary{{Participants: []string{"Ana Ruiz", "International Monetary Fund", "World Bank"}, Kind: "meeting", Status: "planned"}},
		},
		{
			name: "the union and the government, before a time phrase",
			text: "The union held talks with the government last night.",
			want: []summary{{Participants: []string{"government", "union"}, Kind: "talks", Status: "held", Date: "2018-05-17"}},
		},
		{
			name: "talks opened are under way, whatever is expected of them",
			text: "Prime Minister Ana Ruiz opened talks with President Jon Berg expected to focus on trade.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "a date in a relative clause about a person is not the meeting's",
			text: "Foreign Minister Ana Ruiz, who turns 60 on Tuesday, met President Jon Berg in Lima.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held", Place: "Lima"}},
		},
		{
			name: "a title word after a name joiner is the name's",
			text: "He will meet UAE President Sheikh Khalid bin Sultan al-Qasimi and Oil Minister Omar Said al-Ruwaili.",
			want: []summary{{Participants: []string{"Khalid bin Sultan al-Qasimi", "Omar Said al-Ruwaili"}, Kind: "meeting", Status: "planned"}},
		},
		{
			name: "a list of senators each of a state goes on past the state",
			text: "Foreign Minister Ana Ruiz held talks with Sens. Tom Hale of Ohio, Ann Bright of Iowa and Carl Moss of Maine.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Ann Bright", "Carl Moss", "Tom Hale"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "what was told after the meeting names no party",
			text: "Finance Secretary Tomas Varga told reporters after a meeting with businessmen the government was planning to issue bonds.",
			want: []summary{{Participants: []string{"Tomas Varga", "businessmen"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "hold meetings",
			text: "Chilean and Peruvian negotiators will hold emergency meetings next week.",
			want: []summary{{Participants: []string{"Chile negotiators", "Peru negotiators"}, Kind: "meeting", Status: "planned"}},
		},
		{
			name: "in conference with",
			text: "Central bank officials were in conference with Finance Minister Ana Ruiz for much of the day.",
			want: []summary{{Participants: []string{"Ana Ruiz", "bank officials"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "discussed a long topic with X",
			text: "The envoy had discussed the deployment of missiles near the Strait of Hormuz with Omani Foreign Minister Yusuf Alawi.",
			want: []summary{{Participants: []string{"Yusuf Alawi", "envoy"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "a public body's annual meeting is no company's",
			text: "Andean Pact leaders are attending their annual meeting in Lima.",
			want: []summary{{Participants: []string{"Andean Pact leaders"}, Kind: "meeting", Status: "held", Place: "Lima"}},
		},
		{
			name: "under the auspices of a body",
			text: "The plan was introduced last December at a meeting held here under the auspices of the Organization of American States.",
			want: []summary{{Participants: []string{"Organization of American States"}, Kind: "meeting", Status: "held", Date: "2017-12"}},
		},
		{
			name: "an annual meeting with an intergovernmental body before it is no company's",
			text: "Tomas Varga, Chile's delegate to the World Trade Organization, made the appeal at a special annual meeting.",
			want: []summary{{Participants: []string{"Tomas Varga"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "a working group meets on its own",
			text: "The buffer stock working group is to meet again on Monday.",
			want: []summary{{Participants: []string{"working group"}, Kind: "meeting", Status: "planned", Date: "2018-05-21"}},
		},
		{
			name: "a month before the meeting noun is its nearest occurrence",
			text: "Ministers discussed the plan at their December meeting. Prime Minister Ana Ruiz will attend the June summit of Andean leaders.",
			want: []summary{
				{Participants: []string{"ministers"}, Kind: "meeting", Status: "held", Date: "2017-12"},
				{Participants: []string{"Ana Ruiz", "Andean leaders"}, Kind: "summit", Status: "planned", Date: "2018-06"},
			},
		},
		{
			name: "talks promised are to come",
			text: "The government calmed the unions by promising further talks with them in May.",
			want: []summary{{Participants: []string{"government", "unions"}, Kind: "talks", Status: "planned", Date: "2018-05"}},
		},
		{
			name: "its meeting is the body's that 'its' stands for",
			text: "The price was set by OPEC at its December meeting.",
			want: []summary{{Participants: []string{"OPEC"}, Kind: "meeting", Status: "held", Date: "2017-12"}},
		},
		{
			name: "a relative clause closed between the subject and the meeting",
			text: "Chile and Peru, whose trade totaled about 5 billion dollars last year, have been holding talks on a free trade pact.",
			want: []summary{{Participants: []string{"Chile", "Peru"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "an organ of the state named for an industry is public",
			text: "The Federal Communications Commission met on Tuesday.",
			want: []summary{{Participants: []string{"Federal Communications Commission"}, Kind: "meeting", Status: "held", Date: "2018-05-15"}},
		},
		{
			name: "those a meeting included are its parties",
			text: "The talks, which involved Chile and Peru, ended on Monday.",
			want: []summary{{Participants: []string{"Chile", "Peru"}, Kind: "talks", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "the body in the talks' purpose, when nobody else is named",
			text: "Earlier this month, talks in London to set new OPEC output quotas failed.",
			want: []summary{{Participants: []string{"OPEC"}, Kind: "talks", Status: "held", Place: "London", Date: "2018-05"}},
		},
		{
			name: "a minister addressing brokers is a meeting",
			text: "Trade Minister Ana Ruiz told a meeting of insurance brokers that Chile believed a solution could be found.",
			want: []summary{{Participants: []string{"Ana Ruiz"}, Kind: "meeting", Status: "held"}},
		},
		{
			name: "the heads of the bodies of two countries",
			text: "The heads of the central banks of Chile and Peru have met in Lima.",
			want: []summary{{Participants: []string{"Chile central banks", "Peru"}, Kind: "meeting", Status: "held", Place: "Lima"}},
		},
		{
			name: "a possessive before a preposition is not the meeting's",
			text: "Chancellor Karl Hess has invited Chile's foreign minister for talks in Bonn next month.",
			want: []summary{{Participants: []string{"Chile foreign minister", "Karl Hess"}, Kind: "talks", Status: "proposed", Place: "Bonn", Date: "2018-06"}},
		},
		{
			name:  "a meeting verb ends a nationality's group",
			text:  "Chilean demonstrators received ministers from the government.",
			roles: true,
			want: []summary{{Participants: []string{"Chile demonstrators", "ministers"}, Kind: "meeting", Status: "held",
				Roles: map[string]string{"Chile demonstrators": "host", "ministers": "visitor"}}},
		},
		{
			name: "at the end of a visit, before leaving the city",
			text: "Trade Minister Ana Ruiz repeated the threat before leaving Tokyo yesterday at the end of a four-day visit.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Tokyo"}, Kind: "visit", Status: "held", Place: "Tokyo", Date: "2018-05-17"}},
		},
		{
			name:  "a country before a comma is not the affiliation of the title after it",
			text:  "During his visit to Chile, Premier Tomas Varga met President Ana Ruiz.",
			roles: true,
			want: []summary{
				{Participants: []string{"Chile", "Tomas Varga"}, Kind: "visit", Status: "held", Place: "Chile", Roles: map[string]string{"Chile": "host", "Tomas Varga": "visitor"}},
				{Participants: []string{"Ana Ruiz", "Tomas Varga"}, Kind: "meeting", Status: "held"},
			},
		},
		{
			name: "a likely outcome at a meeting: the meeting is planned",
			text: "The Bundesbank is unlikely to change interest rates at its council meeting on Thursday.",
			want: []summary{{Participants: []string{"Bundesbank"}, Kind: "meeting", Status: "planned", Date: "2018-05-24"}},
		},
		{
			name: "a likely meeting is only speculated: proposed",
			text: "Finance Minister Ana Ruiz is likely to meet Treasury Secretary Jon Berg in Geneva next month.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "proposed", Place: "Geneva", Date: "2018-06"}},
		},
		{
			name: "a person after a state's relation is the verb's party",
			text: "Chilean President Ana Ruiz discussed the border with Peruvian President Jon Berg on Sunday.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "talks", Status: "held", Date: "2018-05-13"}},
		},
		{
			name: "the two countries with no meeting told before: the two named last",
			text: "Chile and Peru have disputed the border for years. The two countries will hold talks in June.",
			want: []summary{{Participants: []string{"Chile", "Peru"}, Kind: "talks", Status: "planned", Date: "2018-06"}},
		},
		{
			name: "both sides, likewise",
			text: "Finance Minister Ana Ruiz criticised the International Monetary Fund on Monday. Both sides will meet again in June.",
			want: []summary{{Participants: []string{"Ana Ruiz", "International Monetary Fund"}, Kind: "meeting", Status: "planned", Date: "2018-06"}},
		},
		{
			name: "a surname a role renames between commas is a person",
			text: "Okonkwo, the Nigerian oil minister, met Treasury Secretary Jon Berg on Monday.",
			want: []summary{{Participants: []string{"Jon Berg", "Okonkwo"}, Kind: "meeting", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "a surname before who is a person, and a relative clause before the verb is not its subject",
			text: "Okonkwo, who is touring Asia to explain Nigeria's debt plan, met Finance Minister Jon Berg on Thursday.",
			want: []summary{{Participants: []string{"Jon Berg", "Okonkwo"}, Kind: "meeting", Status: "held", Date: "2018-05-17"}},
		},
		{
			name: "he after where is the subject of an irregular verb",
			text: "Okonkwo left Accra for Lagos, where he will meet Finance Minister Jon Berg.",
			want: []summary{{Participants: []string{"Jon Berg", "Okonkwo"}, Kind: "meeting", Status: "planned", Place: "Lagos"}},
		},
		{
			name: "who convenes a meeting joins its one record",
			text: "Foreign Minister Ana Ruiz will convene talks between Chile and Peru in Lima on Monday.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Chile", "Peru"}, Kind: "talks", Status: "planned", Place: "Lima", Date: "2018-05-21"}},
		},
		{
			name: "a body that convenes meets",
			text: "The U.N. Security Council convened in New York on Monday.",
			want: []summary{{Participants: []string{"U.N. Security Council"}, Kind: "meeting", Status: "held", Place: "New York City", Date: "2018-05-14"}},
		},
		{
			name: "the opposition, like the government, is the story's own",
			text: "Talks between the Syrian government and the opposition resumed in Geneva on Monday.",
			want: []summary{{Participants: []string{"Syria government", "opposition"}, Kind: "talks", Status: "held", Place: "Geneva", Date: "2018-05-14"}},
		},
		{
			name: "a summit named by its place is a record though nobody in it is named",
			text: "Farm subsidies will top the agenda of the economic summit in Venice on June 8, officials said.",
			want: []summary{{Kind: "summit", Status: "planned", Place: "Venice", Date: "2018-06-08"}},
		},
		{
			name: "so is a meeting its place names",
			text: "Dealers said the accord reached at the Lima meeting had calmed the markets.",
			want: []summary{{Kind: "meeting", Status: "held", Place: "Lima"}},
		},
		{
			name: "the summit a later sentence names is the one named by its place",
			text: "The Lima summit will open on June 8. Chile, Argentina and Bolivia will sign a trade accord at the summit.",
			want: []summary{{Participants: []string{"Argentina", "Bolivia", "Chile"}, Kind: "summit", Status: "planned", Place: "Lima", Date: "2018-06-08"}},
		},
		{
			name: "a bare office is the one holder of the day the article names",
			text: "Abe praised the accord on Monday. Officials said the prime minister's visit to Washington in June would focus on trade.",
			want: []summary{{Participants: []string{"Shinzo Abe", "Washington"}, Kind: "visit", Status: "planned", Place: "Washington", Date: "2018-06"}},
		},
		{
			name: "talks convened by a body are one record",
			text: "Trade Minister Ana Ruiz will attend the opening of the talks, convened by the World Bank, in Lima on Monday.",
			want: []summary{{Participants: []string{"Ana Ruiz", "World Bank"}, Kind: "talks", Status: "planned", Place: "Lima", Date: "2018-05-21"}},
		},
		{
			name: "agreed in talks: the talks are the agreement's setting, held",
			text: "Chile agreed in talks with Peru to open its ports.",
			want: []summary{{Participants: []string{"Chile", "Peru"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "those a meeting involved are its parties",
			text: "The talks involved Chile, Peru and Bolivia.",
			want: []summary{{Participants: []string{"Bolivia", "Chile", "Peru"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "will after a list or a phrase set off by commas still makes the meeting planned",
			text: "The meeting, involving Chile and Peru, will review copper prices. A meeting of Brazil, Colombia and Mexico will be held in Lima.",
			want: []summary{
				{Participants: []string{"Chile", "Peru"}, Kind: "meeting", Status: "planned"},
				{Participants: []string{"Brazil", "Colombia", "Mexico"}, Kind: "meeting", Status: "planned", Place: "Lima"},
			},
		},
		{
			name: "an acronym in brackets does not end a list",
			text: "Talks between the Andean Community (ANC) and Brazil ended in Lima on Monday.",
			want: []summary{{Participants: []string{"Andean Community", "Brazil"}, Kind: "talks", Status: "held", Place: "Lima", Date: "2018-05-14"}},
		},
		{
			name: "any talks are only supposed: proposed",
			text: "Officials said any negotiations with Chile would focus on copper tariffs.",
			want: []summary{{Participants: []string{"Chile"}, Kind: "talks", Status: "proposed"}},
		},
		{
			name: "portfolios before and after the minister",
			text: "Talks were held between Chilean mines minister Ana Ruiz and Peruvian minister of energy and mines Luis Vega.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Luis Vega"}, Kind: "talks", Status: "held"}},
		},
		{
			name: "a possessive date dates its own noun, not the meeting",
			text: "Finance Minister Ana Lopez met Treasury Secretary Jon Berg in Geneva. The meeting came after Berg criticised Chile for raising interest rates, saying they broke last March's Lima accord.",
			want: []summary{{Participants: []string{"Ana Lopez", "Jon Berg"}, Kind: "meeting", Status: "held", Place: "Geneva"}},
		},
		{
			name: "a possessive date of the meeting's setting or of the meeting noun is the meeting's",
			text: "Chilean President Ana Ruiz met Peruvian President Jon Berg at Monday's session of the council. Markets were calm ahead of tomorrow's Andean finance ministers' meeting in Lima.",
			want: []summary{
				{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "held", Date: "2018-05-14"},
				{Participants: []string{"Andean finance ministers"}, Kind: "meeting", Status: "planned", Place: "Lima", Date: "2018-05-19"},
			},
		},
		{
			name: "a date after the meeting a purpose clause names is that meeting's",
			text: "Chilean President Ana Ruiz hopes to meet Peruvian President Jon Berg to prepare for the regional summit of Andean leaders in July.",
			want: []summary{
				{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "proposed"},
				{Participants: []string{"Ana Ruiz", "Andean leaders"}, Kind: "summit", Status: "planned", Date: "2018-07"},
			},
		},
		{
			name: "the place of a relative clause on the meeting, not where it was announced",
			text: "News of a meeting between Finance Minister Ana Lopez and Treasury Secretary Jon Berg on Monday calmed the markets. News of the meeting, which took place in Frankfurt in great secrecy, came after the peso fell. The announcement of the meeting, also attended by central bank governor Tomas Varga, was made in Bonn and Lima.",
			want: []summary{{Participants: []string{"Ana Lopez", "Jon Berg"}, Kind: "meeting", Status: "held", Place: "Frankfurt", Date: "2018-05-14"}},
		},
		{
			name: "a leader's name before his administration is the administration's, not his",
			text: "Chancellor Helmut Kohl attended a meeting of the Reagan administration's Economic Policy Council on Monday.",
			want: []summary{{Participants: []string{"Economic Policy Council", "Helmut Kohl"}, Kind: "meeting", Status: "held", Date: "2018-05-14"}},
		},
		{
			name: "the meeting that names no one is the latest told in its word; a statement's day is not the meeting's",
			text: "Finance Minister Ana Lopez and Treasury Secretary Jon Berg will meet on Thursday. Berg will hold talks with union leaders first. Markets were nervous ahead of the meeting rather than reacting to the government statement Monday, traders said.",
			want: []summary{
				{Participants: []string{"Ana Lopez", "Jon Berg"}, Kind: "meeting", Status: "planned", Date: "2018-05-24"},
				{Participants: []string{"Jon Berg", "union leaders"}, Kind: "talks", Status: "planned"},
			},
		},
		{
			name: "a relative clause that will take place gives its place and day",
			text: "Chilean President Ana Ruiz and Peruvian President Jon Berg will meet at the summit, which will take place in Quito on June 8.",
			want: []summary{{Participants: []string{"Ana Ruiz", "Jon Berg"}, Kind: "meeting", Status: "planned", Place: "Quito", Date: "2018-06-08"}},
		},
	} {
		t.Run(test.name, func(t *testing.T) {
			var got []summary
			for _, m := range ex.Meetings(graphify.Article{ID: "t", Text: test.text, Published: pub}) {
				got = append(got, summarize(m, test.roles))
			}
			if diff := cmp.Diff(test.want, got); diff != "" {
				t.Errorf("Meetings(%q) mismatch (-want +got):\n%s", test.text, diff)
			}
		})
	}
}

// TestExtractor_statesOfTheDay: countries are named as the states they
// were on the day of the article: Moscow's state in 1987 is the Soviet Union.
func TestExtractor_statesOfTheDay(t *testing.T) {
	ex := extractor(t)
	text := "Foreign Minister Ana Ruiz visited Moscow on Monday. Talks between Zaire and the IMF resumed on Tuesday. In Kiev, Ukrainian officials met Czech diplomats."
	for _, tc := range []struct {
		published, state string
		want             []summary
	}{
		{"1987-03-20", "Soviet Union", []summary{
			{Participants: []string{"Ana Ruiz", "Moscow"}, Kind: "visit", Status: "held", Place: "Moscow", Date: "1987-03-16"},
			{Participants: []string{"IMF", "Zaire"}, Kind: "talks", Status: "held", Date: "1987-03-17"},
			{Participants: []string{"Czechoslovakia diplomats", "Soviet Union officials"}, Kind: "meeting", Status: "held", Place: "Kyiv"},
		}},
		{"2018-05-18", "Russia", []summary{
			{Participants: []string{"Ana Ruiz", "Moscow"}, Kind: "visit", Status: "held", Place: "Moscow", Date: "2018-05-14"},
			{Participants: []string{"IMF", "Zaire"}, Kind: "talks", Status: "held", Date: "2018-05-15"}, // as written
			{Participants: []string{"Czech Republic diplomats", "Ukraine officials"}, Kind: "meeting", Status: "held", Place: "Kyiv"},
		}},
	} {
		var got []summary
		for _, m := range ex.Meetings(graphify.Article{ID: "t", Text: text, Published: day(tc.published)}) {
			got = append(got, summarize(m, false))
			for _, p := range m.Participants {
				if p.Name == "Moscow" && (p.Type != graphify.TypeCity || p.Country != m.Place.Country || p.Country != tc.state) {
					t.Errorf("published %s: host %+v in %+v, want a city of %s", tc.published, p, *m.Place, tc.state)
				}
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("published %s: mismatch (-want +got):\n%s", tc.published, diff)
		}
	}
}

// TestExtractor_surnameBeforeOffice: a surname that one office holder of
// the table bears is not that person in a story from long before their
// first office ("Harper" in 1987 is not Stephen Harper, PM from 2006).
func TestExtractor_surnameBeforeOffice(t *testing.T) {
	text := "Chancellor Helmut Kohl held talks with Harper on Monday."
	for _, tt := range []struct {
		published string
		want      string
	}{{"1987-03-20", "Harper"}, {"2010-03-20", "Stephen Harper"}} {
		ms := extractor(t).Meetings(graphify.Article{ID: "h", Text: text, Published: day(tt.published)})
		var names []string
		for _, m := range ms {
			for _, p := range m.Participants {
				names = append(names, p.Name)
			}
		}
		if !slices.Contains(names, tt.want) {
			t.Errorf("published %s: participants %v, want %q among them", tt.published, names, tt.want)
		}
	}
}

// TestExtractor_Seed holds the acceptance case: the article graphify started
// from. It lives outside the project (../shared/seed); CI has it beside the clone.
func TestExtractor_Seed(t *testing.T) {
	text, err := os.ReadFile(filepath.Join(sharedDir, "seed", "sochi-2018.txt"))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("seed article missing under CI: %v", err)
		}
		t.Skipf("seed article not found: %v", err)
	}
	ms := extractor(t).Meetings(graphify.Article{ID: "sochi", Text: string(text), Published: day("2018-05-18")})
	find := func(names ...string) *graphify.Meeting {
		for i := range ms {
			s := summarize(ms[i], false)
			if cmp.Equal(s.Participants, names) {
				return &ms[i]
			}
		}
		return nil
	}
	ap := find("Bashar al-Assad", "Vladimir Putin")
	if ap == nil {
		t.Fatalf("no Assad–Putin meeting in %s", dump(ms))
	}
	if got := summarize(*ap, false); got.Place != "Sochi" || got.Date != "2018-05-17" || got.Status != "held" {
		t.Errorf("Assad–Putin = %+v, want Sochi, 2018-05-17, held", got)
	}
	if len(ap.Evidence) < 3 {
		t.Errorf("Assad–Putin has %d evidence sentences, want several", len(ap.Evidence))
	}
	pm := find("Angela Merkel", "Vladimir Putin")
	if pm == nil {
		t.Fatalf("no Putin–Merkel meeting in %s", dump(ms))
	}
	if got := summarize(*pm, false); got.Place != "Sochi" || got.Status != "planned" {
		t.Errorf("Putin–Merkel = %+v, want Sochi, planned", got)
	}
	tt := find("Jared Kushner", "Paul Manafort")
	if tt == nil {
		t.Fatalf("no Trump Tower meeting in %s", dump(ms))
	}
	if got := summarize(*tt, false); got.Place != "Trump Tower" || got.Date != "2016" {
		t.Errorf("Trump Tower meeting = %+v, want Trump Tower, 2016", got)
	}
	for _, m := range ms {
		for _, e := range m.Evidence {
			if strings.Contains(e.Sentence, "willingness") && m.ID == ap.ID {
				t.Errorf("the 'willingness' sentence was taken as evidence of Assad–Putin: %s", dump([]graphify.Meeting{m}))
			}
		}
	}
	if len(ms) > 4 {
		t.Errorf("%d meetings, want at most 4 (Assad–Putin, Putin–Merkel, Trump Tower, Assad with ministers): %s", len(ms), dump(ms))
	}
	checkRecords(t, string(text), ms)
}

func dump(ms []graphify.Meeting) string {
	b, _ := json.MarshalIndent(ms, "", "  ")
	return string(b)
}

// checkRecords asserts what every record must satisfy: offsets that point at
// the evidence, at least one participant, a confidence in (0, 1].
func checkRecords(t *testing.T, text string, ms []graphify.Meeting) {
	t.Helper()
	for _, m := range ms {
		if len(m.Participants) == 0 {
			t.Errorf("meeting %s has no participants", m.ID)
		}
		if m.Confidence <= 0 || m.Confidence > 1 {
			t.Errorf("meeting %s confidence %v", m.ID, m.Confidence)
		}
		if len(m.Evidence) == 0 {
			t.Errorf("meeting %s has no evidence", m.ID)
		}
		for _, e := range m.Evidence {
			if e.Start < 0 || e.End > len(text) || e.Start > e.End || text[e.Start:e.End] != e.Sentence {
				t.Errorf("meeting %s evidence offsets [%d,%d) do not match %q", m.ID, e.Start, e.End, e.Sentence)
			}
		}
	}
}

// TestExtractor_Golden runs the example articles and compares with the golden
// file. Review the diff of `go test ./extract -update` like code.
func TestExtractor_Golden(t *testing.T) {
	arts := readArticles(t, "../examples/articles.jsonl")
	ex := extractor(t)
	var b strings.Builder
	for _, a := range arts {
		ms := ex.Meetings(a)
		checkRecords(t, a.Text, ms)
		for _, m := range ms {
			line, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			b.Write(line)
			b.WriteByte('\n')
		}
	}
	golden := filepath.Join("testdata", "examples.golden.jsonl")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./extract -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("golden mismatch (-want +got); if the change is right, run go test ./extract -update:\n%s", diff)
	}
}

func readArticles(tb testing.TB, path string) []graphify.Article {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []graphify.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var j struct{ ID, Text, Published string }
		if err := json.Unmarshal(sc.Bytes(), &j); err != nil {
			tb.Fatal(err)
		}
		out = append(out, graphify.Article{ID: j.ID, Text: j.Text, Published: day(j.Published)})
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	for _, test := range []struct {
		name, in string
		want     []string
	}{
		{"abbreviations", "Mr. Putin met Gen. Smith in the U.S. capital on Jan. 5. They talked.", []string{"Mr. Putin met Gen. Smith in the U.S. capital on Jan. 5.", "They talked."}},
		{"initials", "George H. W. Bush met him. Then he left.", []string{"George H. W. Bush met him.", "Then he left."}},
		{"headline lines", "Assad travels to Russia\nPutin, Assad hail achievements\n\nThe visit was short.\nIt lasted a day.", []string{"Assad travels to Russia", "Putin, Assad hail achievements", "The visit was short.", "It lasted a day."}},
		{"headlines alone are one text", "Assad travels to Russia\nPutin, Assad hail achievements", []string{"Assad travels to Russia\nPutin, Assad hail achievements"}},
		{"wrapped without a trailing newline", "Varga held talks with the visiting\nCroatian Foreign Minister, Ivan Petek, in Budapest on Monday,\nofficials said.", []string{"Varga held talks with the visiting\nCroatian Foreign Minister, Ivan Petek, in Budapest on Monday,\nofficials said."}},
		{"one break in a paragraph", "Lopez met Chen. The two\nLeaders talked. They left.\n", []string{"Lopez met Chen.", "The two\nLeaders talked.", "They left."}},
		{"indented wire paragraphs", "Prices fell.\n    Interior Minister Tomas Varga met\nOfficials on Monday.", []string{"Prices fell.", "Interior Minister Tomas Varga met\nOfficials on Monday."}},
		{"CRLF paragraphs", "Talks end\r\nThe envoys left.\r\nThey flew home.", []string{"Talks end", "The envoys left.", "They flew home."}},
		{"quotes", `"We met," he said. "It went well."`, []string{`"We met," he said.`, `"It went well."`}},
		{"glued headings", "Water exploitation-On Thursday, the premier will meet Lee. Talks in reverse-U.S. envoys met Kim -Talk of a summit grew", []string{"Water exploitation", "On Thursday, the premier will meet Lee.", "Talks in reverse", "U.S. envoys met Kim", "Talk of a summit grew"}},
		{"glued dateline", "Leaders Meet Quietly-WASHINGTON —\u00a0-As the two leaders met, China-Trump’s call (AP)-Oko-Oba", []string{"Leaders Meet Quietly", "WASHINGTON —\u00a0", "As the two leaders met, China", "Trump’s call (AP)", "Oko-Oba"}},
		{"compounds stay whole", "The anti-American al-Assad met the then-President at the Assad-Putin summit on the Libya-Niger border in mid-January, said Sen. Cruz, R-Texas, and U.S.-Japan talks went on.", []string{"The anti-American al-Assad met the then-President at the Assad-Putin summit on the Libya-Niger border in mid-January, said Sen. Cruz, R-Texas, and U.S.-Japan talks went on."}},
		{"hard-wrapped wire", "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary and improving prospects for the coming temporao,\nalthough normal humidity levels have not been restored.\n    Arrivals were up.", []string{"Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary and improving prospects for the coming temporao,\nalthough normal humidity levels have not been restored.", "Arrivals were up."}},
	} {
		t.Run(test.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(test.in) {
				got = append(got, test.in[s.start:s.end])
			}
			if diff := cmp.Diff(test.want, got); diff != "" {
				t.Errorf("mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHasTrigger(t *testing.T) {
	for in, want := range map[string]bool{
		"Putin MET Assad.":                     true,
		"They held talks.":                     true,
		"Prices rose sharply.":                 false,
		"metallurgy is not a meeting":          true, // "meeting"
		"Metallurgy and metals.":               false,
		"an extraordinarilylongmeetingword":    false,
		"":                                     false,
		"visitors came":                        false,
		"The summit opened in Geneva":          true,
		"Неправильно met":                      true,
		"\xff\xfe invalid bytes then visited.": true,
	} {
		if got := hasTrigger(in); got != want {
			t.Errorf("hasTrigger(%q) = %v, want %v", in, got, want)
		}
	}
}

func FuzzExtractor_Meetings(f *testing.F) {
	for _, s := range []string{
		"Russian President Vladimir Putin met Syrian leader Bashar al-Assad in Sochi on Thursday.",
		"Mr Putin and he met. He met him. The meeting.",
		"", "...", "\xff\xfe met", "met met met with with and and",
		"X visited Y. Y was received by X. talks between and",
	} {
		f.Add(s)
	}
	ex := extractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		ms := ex.Meetings(graphify.Article{ID: "fuzz", Text: text, Published: day("2020-01-01")})
		for _, m := range ms {
			if len(m.Participants) == 0 {
				t.Errorf("meeting without participants")
			}
			for _, e := range m.Evidence {
				if e.Start < 0 || e.End > len(text) || text[e.Start:e.End] != e.Sentence {
					t.Errorf("bad evidence offsets")
				}
			}
		}
	})
}

func TestExtractor_HugeLine(t *testing.T) {
	// A 10 MB line of one repeated sentence must finish and keep offsets valid.
	if testing.Short() {
		t.Skip("slow")
	}
	text := strings.Repeat("Putin met Assad in Sochi and they held talks ", 220000)
	ms := extractor(t).Meetings(graphify.Article{ID: "big", Text: text, Published: day("2020-01-01")})
	checkRecords(t, text, ms)
	if !utf8.ValidString(text) {
		t.Fatal("test text invalid")
	}
}

// reuters loads up to n Reuters stories from ../shared/eval for benchmarks.
func reuters(tb testing.TB, n int) []graphify.Article {
	tb.Helper()
	f, err := os.Open(filepath.Join(sharedDir, "eval", "reuters21578.docs.jsonl.gz"))
	if err != nil {
		tb.Skipf("Reuters corpus not found: %v", err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(gz)
	sc.Buffer(nil, 1<<24)
	var out []graphify.Article
	for sc.Scan() && len(out) < n {
		var j struct{ ID, Text, DocDate string }
		j.DocDate = "1987-01-01"
		if err := json.Unmarshal(sc.Bytes(), &j); err != nil {
			tb.Fatal(err)
		}
		var pub time.Time
		if j.DocDate != "" {
			pub = day(j.DocDate)
		}
		out = append(out, graphify.Article{ID: j.ID, Text: j.Text, Published: pub})
	}
	return out
}

// BenchmarkExtractor_Meetings measures end-to-end extraction on one core over
// real Reuters stories and reports MB/s and sentences/s.
func BenchmarkExtractor_Meetings(b *testing.B) {
	arts := reuters(b, 2000)
	ex := extractor(b)
	var bytes, sents int
	for _, a := range arts {
		bytes += len(a.Text)
		sents += len(splitSentences(a.Text))
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			ex.Meetings(a)
		}
	}
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkNew guards against loading the model per document: New is the
// ~200 ms step that must happen once per process.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}
