package extract

import (
	"strings"

	graphify "github.com/graphify-dev/graphify"
)

// A meeting with one participant stands on its own only when that
// participant is a public actor (MEETINGS.md, "Scope" and "A body meeting on
// its own"): "EU defence ministers met in Luxembourg", "OPEC will meet on
// June 25", "Mendez held a meeting in the palace". A company's, a crowd's
// or a private person's meeting with nobody named is not one.

// publicGroups are group nouns that name public actors: "Baltic transport
// ministers", "U.S. officials", "the delegation".
var publicGroups = map[string]bool{
	"officials": true, "diplomats": true, "delegation": true, "delegations": true, "leaders": true,
	"negotiators": true, "envoys": true, "delegates": true, "representatives": true,
	"counterparts": true, "counterpart": true, "lawmakers": true, "ministers": true,
	"generals": true, "government": true, "authorities": true, "senators": true,
	"governors": true, "mayors": true, "ambassadors": true, "parliamentarians": true,
	"legislators": true, "congressmen": true, "commanders": true, "chiefs": true,
	"opposition": true, "donors": true, "allies": true, "cabinet": true, "committee": true,
	"countries": true, "nations": true, "governments": true, "creditors": true, "mission": true,
}

// privateOrgWords in an organisation's name make it a company's: its
// meetings are corporate events, not meetings in our sense.
var privateOrgWords = map[string]bool{
	"corp": true, "corp.": true, "inc": true, "inc.": true, "co.": true, "co": true, "ltd": true,
	"ltd.": true, "company": true, "plc": true, "ag": true, "sa": true, "nv": true, "gmbh": true,
	"spa": true, "bv": true, "ab": true, "motors": true, "industries": true, "holdings": true,
	"securities": true, "bancorp": true, "airlines": true, "trust": true, "partners": true,
	"properties": true, "mining": true, "consolidated": true, "investments": true,
	"technologies": true, "systems": true, "communications": true, "savings": true,
	"insurance": true, "times": true, "post": true, "news": true, "press": true,
	"television": true, "radio": true, "reuters": true, "club": true, "university": true,
	"capital": true, "chemical": true, "electric": true, "petroleum": true, "group": true,
}

// publicActor reports whether a party can carry a meeting on its own.
func publicActor(p party) bool {
	m := p.m
	switch m.typ {
	case graphify.TypeCountry, graphify.TypeRole:
		return true
	case graphify.TypeGroup:
		if m.country != "" && publicBody(m.country) {
			return true // "OPEC nations", "GATT members"
		}
		words := strings.Fields(strings.ToLower(m.name))
		for i, w := range words {
			if publicGroups[w] || w == "group" && i > 0 && groupKinds[words[i-1]] { // "the working group"
				return true
			}
		}
		return false
	case graphify.TypeOrganization:
		return publicBody(m.name)
	case graphify.TypePerson:
		// A person known by a public office or a country's title: "President
		// Ana Ruiz", "the Syrian leader"; not a name with nothing public about it.
		return m.title != "" && !corporateTitle(m.title) || m.country != ""
	}
	return false
}

// publicBody reports an organisation in scope: an intergovernmental or
// public body we know by name ("OPEC", "the Paris Club"), or one whose name
// says it is public ("Agriculture Ministry", "Senate Finance Committee") and
// not a company's ("Fairchild Industries").
func publicBody(name string) bool {
	if publicBodies[strings.TrimPrefix(name, "the ")] {
		return true
	}
	public, private, state := false, false, false
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if corporateSuffixes[w] {
			return false // "Chrysler Corp", "Pacific Telesis Group"
		}
		private = private || privateOrgWords[w]
		public = public || publicOrgWords[w]
		state = state || stateOrgWords[w]
	}
	if private && !state {
		return false // "Fairchild Industries", "Sun Communications"
	}
	if !public && strings.Contains(name, " ") {
		a := initials(name)
		public = len(a) >= 3 && publicBodies[a] // "South Asian Association of Regional Cooperation": SAARC
	}
	return public
}

// corporateSuffixes end the names of companies: never a public body.
var corporateSuffixes = map[string]bool{
	"corp": true, "corp.": true, "inc": true, "inc.": true, "co.": true, "co": true, "ltd": true,
	"ltd.": true, "company": true, "plc": true, "ag": true, "sa": true, "nv": true, "gmbh": true,
	"spa": true, "bv": true, "ab": true, "holdings": true, "bancorp": true, "group": true,
}

// stateOrgWords name an organ of the state, which a word of an industry in
// its name does not make a company: "the Federal Communications
// Commission", "the Petroleum Ministry".
var stateOrgWords = map[string]bool{
	"ministry": true, "commission": true, "council": true, "committee": true, "subcommittee": true,
	"agency": true, "department": true, "parliament": true, "senate": true, "congress": true,
	"government": true, "cabinet": true, "administration": true, "authority": true, "bureau": true,
}

// publicOrgWords in a name make an organisation public.
var publicOrgWords = map[string]bool{
	"ministry": true, "council": true, "committee": true, "subcommittee": true, "commission": true,
	"parliament": true, "senate": true, "congress": true, "government": true, "administration": true,
	"party": true, "cabinet": true, "agency": true, "department": true, "assembly": true,
	"authority": true, "bureau": true, "fund": true, "organization": true, "organisation": true,
	"community": true, "league": true, "alliance": true, "forum": true, "union": true,
	"nations": true, "federation": true, "treasury": true, "reserve": true, "army": true,
	"office": true, "court": true, "house": true, "diet": true, "cortes": true, "bundestag": true,
	"embassy": true, "delegation": true, "mission": true, "secretariat": true, "conference": true,
	"bank": true, "democrats": true, "republicans": true, "socialists": true, "communists": true,
}

// publicBodies are intergovernmental and public bodies named without a word
// that says so (public facts: the organisations' own names and acronyms).
var publicBodies = map[string]bool{
	"OPEC": true, "IMF": true, "GATT": true, "WTO": true, "NATO": true, "Nato": true, "UN": true,
	"U.N.": true, "EC": true, "EEC": true, "EU": true, "E.U.": true, "GCC": true, "OECD": true,
	"ASEAN": true, "OAS": true, "OAU": true, "ECOWAS": true, "SADC": true, "CARICOM": true,
	"APEC": true, "Mercosur": true, "EFTA": true, "Comecon": true, "COMECON": true, "IAEA": true,
	"SAARC": true, "UNCTAD": true, "FAO": true, "WHO": true, "ILO": true, "UNESCO": true,
	"UNICEF": true, "UNHCR": true, "ICO": true, "ICCO": true, "ITC": true, "INRO": true,
	"ADB": true, "AfDB": true, "IADB": true, "IDB": true, "BIS": true, "EIB": true, "EBRD": true,
	"G-7": true, "G7": true, "G-5": true, "G-6": true, "G-10": true, "G-20": true, "G20": true, "G-24": true,
	"G-77": true, "G-8": true, "G8": true, "G-15": true,
	"Group of Seven": true, "Group of Five": true, "Group of 10": true, "Group of Ten": true,
	"Group of 77": true, "Paris Club": true, "London Club": true, "Fed": true, "Bundesbank": true,
	"Kremlin": true, "White House": true, "Pentagon": true, "Politburo": true, "Knesset": true,
	"Taliban": true, "Hamas": true, "Hezbollah": true, "PLO": true, "ANC": true, "SWAPO": true,
	"Arab League": true, "African Union": true, "European Commission": true, "Commission": true,
	"World Bank": true, "Asian Development Bank": true, "Inter-American Development Bank": true,
	"Federal Reserve": true, "European Community": true, "European Union": true, "United Nations": true,
	"Organization of Petroleum Exporting Countries": true, "International Monetary Fund": true,
	"General Agreement on Tariffs and Trade": true, "World Trade Organization": true,
	"UMOA": true, "CFTC": true, "SEC": true, "FOMC": true, "Interpol": true,
}

// corporateTitle reports a title held in a company: "Pacific Telesis Group
// chairman", "Chrysler Corp chairman". It makes nobody public.
func corporateTitle(title string) bool {
	for _, w := range strings.Fields(title) {
		if privateOrgWords[w] {
			return true
		}
	}
	return false
}
