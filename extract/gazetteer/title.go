package gazetteer

import "strings"

// TitleInfo describes a political, royal, military or religious title or an honorific.
type TitleInfo struct {
	Normalised string // "prime minister", "foreign minister", "general", "mr"
	Kind       string // "office", "royal", "military", "religious" or "honorific"
}

type titleEntry struct {
	norm, kind string
	forms      []string // spellings; matched as written, then case-insensitively (except abbreviations)
}

// titles lists the titles Title knows. The normalised form is always a form too.
var titles = []titleEntry{
	{"president", "office", []string{"Pres.", "presidents", "Presidents"}},
	{"president-elect", "office", []string{"President elect"}},
	{"vice president", "office", []string{"Vice-President", "VP", "Veep", "vice presidents"}},
	{"prime minister", "office", []string{"PM", "P.M.", "premier", "Premier", "prime ministers", "Prime Minister-designate", "premiers"}},
	{"deputy prime minister", "office", []string{"Deputy PM", "vice premier", "Vice-Premier", "First Deputy Prime Minister", "first deputy prime minister"}},
	{"foreign minister", "office", []string{"Foreign Secretary", "foreign affairs minister", "Minister of Foreign Affairs", "Minister for Foreign Affairs",
		"External Affairs Minister", "Minister of External Affairs", "Secretary of State for Foreign and Commonwealth Affairs",
		"Foreign and Commonwealth Secretary", "top diplomat", "foreign ministers", "Minister of External Relations"}},
	{"deputy foreign minister", "office", []string{"Vice Foreign Minister", "vice-foreign minister"}},
	{"secretary of state", "office", []string{"Secretary of State", "US Secretary of State", "U.S. Secretary of State", "SecState"}},
	{"defense minister", "office", []string{"Defence Minister", "Defense Secretary", "Defence Secretary", "Secretary of Defense",
		"Minister of Defence", "Minister of Defense", "war minister", "Secretary of War"}},
	{"finance minister", "office", []string{"Minister of Finance", "Treasury Secretary", "Secretary of the Treasury", "Chancellor of the Exchequer"}},
	{"interior minister", "office", []string{"Minister of the Interior", "Home Secretary", "Home Minister", "Interior Secretary"}},
	{"trade minister", "office", []string{"Commerce Secretary", "Commerce Minister", "trade representative", "U.S. Trade Representative", "Trade Secretary"}},
	{"energy minister", "office", []string{"Energy Secretary", "oil minister"}},
	{"economy minister", "office", []string{"economic minister", "Minister of Economy"}},
	{"justice minister", "office", []string{"Attorney General", "Justice Secretary", "Minister of Justice"}},
	{"minister", "office", []string{"Minister", "ministers", "cabinet minister", "Minister of State"}},
	{"chancellor", "office", []string{"Chancellor", "Bundeskanzler", "chancellors"}},
	{"secretary-general", "office", []string{"Secretary General", "Secretary-General", "UN Secretary-General", "U.N. Secretary-General",
		"NATO Secretary-General", "Secretary General of the United Nations", "UN chief", "U.N. chief", "NATO chief"}},
	{"general secretary", "office", []string{"General Secretary", "party chief", "Communist Party chief", "First Secretary"}},
	{"supreme leader", "office", []string{"Supreme Leader", "Leader of the Revolution", "Supreme Guide"}},
	{"paramount leader", "office", []string{"Paramount Leader"}},
	{"leader", "office", []string{"Leader", "leaders", "de facto leader", "strongman"}},
	{"head of state", "office", []string{"Head of State"}},
	{"head of government", "office", []string{"Head of Government"}},
	{"chairman", "office", []string{"Chairman", "chairwoman", "Chairwoman", "chairperson"}},
	{"director", "office", []string{"Director", "director general", "Director General", "Director-General", "director-general",
		"managing director", "Managing Director", "executive director", "Executive Director", "directors"}},
	{"chief executive", "office", []string{"Chief Executive", "chief executive officer", "Chief Executive Officer", "CEO"}},
	{"secretary", "office", []string{"Secretary", "secretaries"}},
	{"under secretary", "office", []string{"Undersecretary", "undersecretary", "Under Secretary", "Under-Secretary", "under-secretary",
		"Undersecretary of State", "Under Secretary of State", "Assistant Secretary", "assistant secretary",
		"Assistant Secretary of State", "Deputy Secretary", "deputy secretary", "Deputy Secretary of State"}},
	{"senator", "office", []string{"Sen.", "Sens.", "Senator", "senators"}},
	{"representative", "office", []string{"Rep.", "Reps.", "Congressman", "Congresswoman", "congressman", "congresswoman", "lawmaker", "MP", "member of parliament"}},
	{"speaker", "office", []string{"Speaker", "House Speaker", "Speaker of the House"}},
	{"governor", "office", []string{"Gov.", "Governor"}},
	{"mayor", "office", []string{"Mayor"}},
	{"ambassador", "office", []string{"Amb.", "Ambassador", "ambassadors", "High Commissioner", "high commissioner"}},
	{"envoy", "office", []string{"Envoy", "special envoy", "Special Envoy", "special representative", "Special Representative", "emissary", "peace envoy", "envoys"}},
	{"national security adviser", "office", []string{"National Security Advisor", "national security advisor"}},
	{"adviser", "office", []string{"advisor", "Adviser", "Advisor", "aide", "senior adviser"}},
	{"chief of staff", "office", []string{"Chief of Staff", "White House chief of staff"}},
	{"spokesperson", "office", []string{"spokesman", "spokeswoman", "Spokesman", "Spokeswoman", "press secretary", "Press Secretary"}},
	{"commissioner", "office", []string{"Commissioner", "European Commissioner"}},
	{"high representative", "office", []string{"High Representative", "EU foreign policy chief", "EU High Representative"}},
	{"king", "royal", []string{"King", "kings"}},
	{"queen", "royal", []string{"Queen", "Queen Mother"}},
	{"monarch", "royal", []string{"Monarch"}},
	{"emperor", "royal", []string{"Emperor"}},
	{"empress", "royal", []string{"Empress"}},
	{"crown prince", "royal", []string{"Crown Prince", "Crown Princess", "crown princess"}},
	{"prince", "royal", []string{"Prince", "Princess", "princess"}},
	{"emir", "royal", []string{"Emir", "Amir", "amir"}},
	{"sultan", "royal", []string{"Sultan"}},
	{"sheikh", "royal", []string{"Sheikh", "Sheik", "sheik", "Shaikh", "Sheikha"}},
	{"grand duke", "royal", []string{"Grand Duke", "Grand Duchess"}},
	{"army chief", "military", []string{"Army Chief", "army chief of staff", "Army Chief of Staff", "military chief", "Military Chief", "armed forces chief"}},
	{"intelligence chief", "office", []string{"Intelligence Chief", "spy chief", "Spy Chief", "spymaster"}},
	{"police chief", "office", []string{"Police Chief"}},
	{"general", "military", []string{"Gen.", "General", "Gen", "generals"}},
	{"lieutenant general", "military", []string{"Lt. Gen.", "Lt Gen", "Lieutenant General", "Lt.-Gen."}},
	{"major general", "military", []string{"Maj. Gen.", "Maj Gen", "Major General"}},
	{"brigadier general", "military", []string{"Brig. Gen.", "Brigadier General", "Brigadier"}},
	{"field marshal", "military", []string{"Field Marshal", "Marshal", "marshal"}},
	{"admiral", "military", []string{"Adm.", "Admiral", "Vice Admiral", "Rear Admiral"}},
	{"colonel", "military", []string{"Col.", "Colonel", "Lt. Col.", "Lieutenant Colonel"}},
	{"commander", "military", []string{"Cmdr.", "Commander", "commander-in-chief", "Commander-in-Chief"}},
	{"major", "military", []string{"Maj."}},
	{"captain", "military", []string{"Capt.", "Captain"}},
	{"pope", "religious", []string{"Pope", "Pontiff", "pontiff", "Holy Father"}},
	{"ayatollah", "religious", []string{"Ayatollah", "Grand Ayatollah", "grand ayatollah"}},
	{"cardinal", "religious", []string{"Cardinal"}},
	{"archbishop", "religious", []string{"Archbishop"}},
	{"bishop", "religious", []string{"Bishop"}},
	{"patriarch", "religious", []string{"Patriarch"}},
	{"imam", "religious", []string{"Imam"}},
	{"rabbi", "religious", []string{"Rabbi", "Chief Rabbi"}},
	{"reverend", "religious", []string{"Rev.", "Reverend", "the Rev."}},
	{"mr", "honorific", []string{"Mr", "Mr.", "Mister"}},
	{"mrs", "honorific", []string{"Mrs", "Mrs."}},
	{"ms", "honorific", []string{"Ms", "Ms."}},
	{"miss", "honorific", []string{"Miss"}},
	{"dr", "honorific", []string{"Dr", "Dr.", "Doctor"}},
	{"prof", "honorific", []string{"Prof", "Prof.", "Professor"}},
	{"sir", "honorific", []string{"Sir"}},
	{"dame", "honorific", []string{"Dame"}},
	{"lord", "honorific", []string{"Lord"}},
	{"lady", "honorific", []string{"Lady"}},
	{"madam", "honorific", []string{"Madam", "Madame", "Mme", "Mme."}},
	{"monsieur", "honorific", []string{"Monsieur"}},
	{"herr", "honorific", []string{"Herr"}},
	{"comrade", "honorific", []string{"Comrade"}},
	{"his excellency", "honorific", []string{"His Excellency", "Her Excellency", "H.E."}},
	{"his majesty", "honorific", []string{"His Majesty", "Her Majesty", "His Royal Highness", "Her Royal Highness", "HRH"}},
}

func (d *database) loadTitles() {
	name := func(i int32) string { return titles[i].norm }
	for i, t := range titles {
		for _, f := range append([]string{t.norm}, t.forms...) {
			d.add(d.titleExact, "title", f, int32(i), name)
			last := strings.ToLower(f[strings.LastIndexByte(f, ' ')+1:])
			d.titleEnds[last], d.titleEnds[strings.TrimSuffix(last, ".")] = true, true
			if !codeLike(f) {
				d.add(d.titleFold, "title key", foldKey(f), int32(i), name)
			}
		}
	}
}

func (d *database) title(s string) (int32, bool) {
	if i, ok := d.titleExact[s]; ok {
		return i, true
	}
	return lookupFold(d.titleFold, s)
}

// titlePrefix returns the length of the longest title at the start of s followed by
// a space, including that space; 0 if there is none.
func (d *database) titlePrefix(s string) int {
	best, words := 0, 0
	for i := 0; i < len(s) && words < 6; i++ {
		if s[i] != ' ' {
			continue
		}
		words++
		if _, ok := d.title(s[:i]); ok {
			best = i + 1
		}
	}
	return best
}

// Title reports whether s is a political, royal, military or religious title or an
// honorific, and returns its normalised form: "President" gives "president";
// "Prime Minister", "PM" and "premier" give "prime minister"; "Foreign Secretary" gives
// "foreign minister"; "Defence Minister" gives "defense minister"; "Gen." gives
// "general"; "Mr" gives "mr". Abbreviations in capitals ("PM", "VP") match only as
// written; other forms match case-insensitively. Title does not allocate.
func Title(s string) (normalised string, ok bool) {
	d := get()
	i, ok := d.title(s)
	if !ok {
		return "", false
	}
	return titles[i].norm, true
}

// TitleEnd reports whether w, in lower case, can end a title ("minister",
// "president", "gen."): a cheap test before a title is looked up.
func TitleEnd(w string) bool {
	return get().titleEnds[w]
}

// LookupTitle is Title returning the kind of title too.
func LookupTitle(s string) (TitleInfo, bool) {
	d := get()
	i, ok := d.title(s)
	if !ok {
		return TitleInfo{}, false
	}
	return TitleInfo{Normalised: titles[i].norm, Kind: titles[i].kind}, true
}
