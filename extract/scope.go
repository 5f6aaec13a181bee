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
	"opposition": true, "donors": true, "allies": true,
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
		for _, w := range strings.Fields(strings.ToLower(m.name)) {
			if publicGroups[w] {
				return true
			}
		}
		return false
	case graphify.TypeOrganization:
		for _, w := range strings.Fields(strings.ToLower(m.name)) {
			if privateOrgWords[w] {
				return false
			}
		}
		return true
	case graphify.TypePerson:
		// A person known by a public office or a country's title: "President
		// Ana Ruiz", "the Syrian leader"; not a name with nothing public about it.
		return m.title != "" || m.country != ""
	}
	return false
}
