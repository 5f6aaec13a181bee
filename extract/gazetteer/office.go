package gazetteer

import (
	"strings"
	"time"
)

// Tenure is one person's time in one office.
type Tenure struct {
	Country string    // canonical country name, or "United Nations", "NATO"
	Office  string    // normalised office: "president", "prime minister", "foreign minister", ...
	Person  string    // canonical name
	From    time.Time // first day in office
	To      time.Time // first day out of office; zero while in office
	Note    string    // "acting", "approx" (dates known to the month), or a remark
}

// InOffice reports whether the tenure covers the civil date of t.
func (t Tenure) InOffice(on time.Time) bool {
	day := dayNumber(on)
	if day < dayNumber(t.From) {
		return false
	}
	return t.To.IsZero() || day < dayNumber(t.To)
}

// organisations are pseudo-countries of the office table.
var organisations = map[string]string{
	"United Nations": "United Nations", "UN": "United Nations", "U.N.": "United Nations",
	"the United Nations": "United Nations",
	"NATO":               "NATO", "Nato": "NATO", "North Atlantic Treaty Organization": "NATO",
	"European Union": "European Union", "EU": "European Union", "E.U.": "European Union",
	"the European Union": "European Union",
	"Federal Reserve":    "Federal Reserve", "Fed": "Federal Reserve", "the Fed": "Federal Reserve",
	"U.S. Federal Reserve": "Federal Reserve", "Federal Reserve Board": "Federal Reserve",
}

// Organisation returns the canonical name of an organisation whose offices the
// table records ("EU" → "European Union", "U.N." → "United Nations").
func Organisation(name string) (string, bool) {
	o, ok := organisations[name]
	return o, ok
}

func (d *database) loadOffices() {
	rows(officesTSV, func(line int, f []string) {
		if len(f) < 4 || len(f) > 6 {
			d.problem("offices.tsv:%d: %d fields, want 4 to 6", line, len(f))
			return
		}
		t := Tenure{Country: f[0], Office: f[1], Person: f[2], Note: field(f, 5)}
		var err error
		if t.From, err = parseDate(f[3]); err != nil {
			d.problem("offices.tsv:%d: from: %v", line, err)
			return
		}
		if to := field(f, 4); to != "" {
			if t.To, err = parseDate(to); err != nil {
				d.problem("offices.tsv:%d: to: %v", line, err)
				return
			}
		}
		if _, ok := d.countryExact[t.Country]; !ok && organisations[t.Country] != t.Country {
			d.problem("offices.tsv:%d: unknown country %q", line, t.Country)
		}
		i := int32(len(d.tenures))
		d.tenures = append(d.tenures, t)
		s := span{from: dayNumber(t.From), to: maxDay, idx: i}
		if !t.To.IsZero() {
			s.to = dayNumber(t.To)
		}
		k := officeKey{t.Country, t.Office}
		d.byOffice[k] = append(d.byOffice[k], s)
		d.byPerson[t.Person] = append(d.byPerson[t.Person], t)
	})
	for _, s := range d.byOffice {
		sortSpans(s)
	}
	for _, ts := range d.byPerson {
		sortTenures(ts)
	}
}

func (d *database) loadRoles() {
	rows(rolesTSV, func(line int, f []string) {
		if len(f) < 3 || len(f) > 5 {
			d.problem("roles.tsv:%d: %d fields, want 3 to 5", line, len(f))
			return
		}
		r := roleRule{from: -maxDay, to: maxDay, offices: strings.Split(f[2], ",")}
		if s := field(f, 3); s != "" {
			t, err := parseDate(s)
			if err != nil {
				d.problem("roles.tsv:%d: %v", line, err)
				return
			}
			r.from = dayNumber(t)
		}
		if s := field(f, 4); s != "" {
			t, err := parseDate(s)
			if err != nil {
				d.problem("roles.tsv:%d: %v", line, err)
				return
			}
			r.to = dayNumber(t)
		}
		k := officeKey{f[0], f[1]}
		d.roles[k] = append(d.roles[k], r)
	})
}

// Default offices for the roles when a country has no rule in roles.tsv.
var (
	defaultHeadOfState      = []string{"president", "king", "queen", "emperor", "emir", "sultan", "pope"}
	defaultHeadOfGovernment = []string{"prime minister", "chancellor"}
	monarchs                = []string{"king", "queen", "emperor", "emir", "sultan"}
)

// holder returns the index of the tenure of office in country on day.
func (d *database) holder(country, office string, day int32) (int32, bool) {
	spans := d.byOffice[officeKey{country, office}]
	// Few tenures per office: a backwards scan finds the latest start <= day.
	for i := len(spans) - 1; i >= 0; i-- {
		s := spans[i]
		if s.from <= day {
			if day < s.to {
				return s.idx, true
			}
			return 0, false
		}
	}
	return 0, false
}

func (d *database) anyHolder(country string, offices []string, day int32) (int32, bool) {
	for _, o := range offices {
		if i, ok := d.holder(country, o, day); ok {
			return i, true
		}
	}
	return 0, false
}

func (d *database) role(country, role string, day int32) (int32, bool) {
	if i, ok := d.holder(country, role, day); ok { // explicit rows, e.g. a junta's head of state
		return i, true
	}
	if rules, ok := d.roles[officeKey{country, role}]; ok {
		for _, r := range rules {
			if r.from <= day && day < r.to {
				if i, ok := d.anyHolder(country, r.offices, day); ok {
					return i, true
				}
			}
		}
		if role != "leader" {
			return 0, false
		}
	}
	switch role {
	case "head of state":
		return d.anyHolder(country, defaultHeadOfState, day)
	case "head of government":
		return d.anyHolder(country, defaultHeadOfGovernment, day)
	case "leader":
		if i, ok := d.role(country, "head of government", day); ok {
			return i, true
		}
		return d.role(country, "head of state", day)
	}
	return 0, false
}

// officeCountry maps the country argument of Office to the name used in the table.
func (d *database) officeCountry(country string) string {
	if o, ok := organisations[country]; ok {
		return o
	}
	if i, ok := d.country(country); ok {
		return d.countries[i].Name
	}
	return country
}

// normOffice maps the office argument of Office to the normalised office.
func (d *database) normOffice(office string) string {
	if i, ok := d.titleExact[office]; ok {
		return titles[i].norm
	}
	if i, ok := lookupFold(d.titleFold, office); ok {
		return titles[i].norm
	}
	return office
}

func (d *database) office(country, office string, on time.Time) (int32, bool) {
	country = d.officeCountry(country)
	office = d.normOffice(office)
	day := dayNumber(on)
	switch office {
	case "head of state", "head of government", "leader":
		return d.role(country, office, day)
	case "secretary of state":
		if country == "United States" {
			office = "foreign minister"
		}
	case "monarch":
		return d.anyHolder(country, monarchs, day)
	}
	if i, ok := d.holder(country, office, day); ok {
		return i, true
	}
	switch office { // near synonyms: a reporter's "king" for a queen, "premier" for a chancellor
	case "king", "queen":
		return d.anyHolder(country, monarchs, day)
	case "prime minister":
		return d.holder(country, "chancellor", day)
	case "chancellor":
		return d.holder(country, "prime minister", day)
	}
	return 0, false
}

// Office returns who held an office in a country on a date (the civil date of on, in
// on's location). office is a title in any form Title understands: "president",
// "Prime Minister", "premier", "foreign minister", "Foreign Secretary", "chancellor",
// "king", "supreme leader", "secretary-general", or one of the roles "head of state",
// "head of government" and "leader", which resolve to the office that filled the role
// in that country at that date. "Secretary of State" is the US foreign minister.
// country is a canonical name (aliases are accepted), or "United Nations" or "NATO".
//
// Office("China", "foreign minister", 2023-06-18) is "Qin Gang";
// Office("Soviet Union", "foreign minister", 1987-03-01) is "Eduard Shevardnadze".
// Office does not allocate.
func Office(country, office string, on time.Time) (person string, ok bool) {
	d := get()
	i, ok := d.office(country, office, on)
	if !ok {
		return "", false
	}
	return d.tenures[i].Person, true
}

// OfficeTenure is Office returning the whole tenure.
func OfficeTenure(country, office string, on time.Time) (Tenure, bool) {
	d := get()
	i, ok := d.office(country, office, on)
	if !ok {
		return Tenure{}, false
	}
	return d.tenures[i], true
}

// Tenures returns the offices held by a person (a canonical name or an alias LookupPerson
// knows), earliest first. The slice is shared: do not modify it.
func Tenures(person string) []Tenure {
	d := get()
	if ts, ok := d.byPerson[person]; ok {
		return ts
	}
	if i, ok := d.person(person); ok {
		return d.byPerson[d.people[i].Name]
	}
	return nil
}

// AllTenures returns every row of the office table in file order. The slice is
// shared: do not modify it.
func AllTenures() []Tenure { return get().tenures }
