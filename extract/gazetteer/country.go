package gazetteer

import "time"

// CountryInfo describes a country, a historical state or a territory.
type CountryInfo struct {
	Name     string // canonical English short name: "United States", "Soviet Union"
	ISO2     string // ISO 3166-1 alpha-2 (or the former code of a historical state); "" if none
	ISO3     string // ISO 3166-1 alpha-3, or a customary three-letter code
	Kind     string // "country", "historical" or "territory"
	Capital  string // English name of the capital (the seat of government where they differ)
	Lat, Lon float64
}

func (d *database) loadCountries() {
	name := func(i int32) string { return d.countries[i].Name }
	rows(countriesTSV, func(line int, f []string) {
		if len(f) != 9 {
			d.problem("countries.tsv:%d: %d fields, want 9", line, len(f))
			return
		}
		c := CountryInfo{ISO2: f[0], ISO3: f[1], Name: f[2], Kind: f[3], Capital: f[4]}
		if c.ISO2 == "-" {
			c.ISO2 = ""
		}
		var okLat, okLon bool
		c.Lat, okLat = parseFloat(f[5])
		c.Lon, okLon = parseFloat(f[6])
		if !okLat || !okLon {
			d.problem("countries.tsv:%d: %s has no capital coordinates", line, c.Name)
		}
		i := int32(len(d.countries))
		d.countries = append(d.countries, c)
		if c.ISO2 != "" {
			d.add(d.countryCode, "country code", c.ISO2, i, name)
		}
		d.add(d.countryCode, "country code", c.ISO3, i, name)
		for _, a := range append([]string{c.Name}, splitList(f[7])...) {
			d.add(d.countryExact, "country", a, i, name)
			if !codeLike(a) {
				d.add(d.countryFold, "country key", foldKey(a), i, name)
			}
		}
		for _, a := range splitList(f[8]) {
			d.add(d.demonymExact, "demonym", a, i, name)
			if !codeLike(a) {
				d.add(d.demonymFold, "demonym key", foldKey(a), i, name)
			}
		}
	})
}

func (d *database) country(name string) (int32, bool) {
	if i, ok := d.countryExact[name]; ok {
		return i, true
	}
	if !foldAllowed(name) {
		return 0, false
	}
	return lookupFold(d.countryFold, name)
}

// Country returns the canonical English short name of a country from any common
// name, alias or abbreviation: "Russian Federation" and "Russia" give "Russia";
// "U.S.", "US", "USA", "United States of America" and "America" give "United States";
// "Britain", "Great Britain", "UK" and "U.K." give "United Kingdom"; "DPRK" gives
// "North Korea"; "Syrian Arab Republic" gives "Syria". Historical states (Soviet Union,
// East and West Germany, Yugoslavia, Czechoslovakia) and some territories (Hong Kong,
// Greenland) are included. Multiword names match case-insensitively; abbreviations
// match only as written. Country does not allocate.
func Country(name string) (canonical string, ok bool) {
	d := get()
	i, ok := d.country(name)
	if !ok {
		return "", false
	}
	return d.countries[i].Name, true
}

// LookupCountry is Country returning the whole record.
func LookupCountry(name string) (CountryInfo, bool) {
	d := get()
	i, ok := d.country(name)
	if !ok {
		return CountryInfo{}, false
	}
	return d.countries[i], true
}

// CountryByCode returns the canonical name of the country with the given ISO 3166-1
// alpha-2 or alpha-3 code ("RU", "RUS"), in upper case. Codes are kept apart from
// Country because many of them are English words ("CAN", "AND", "IT").
func CountryByCode(code string) (canonical string, ok bool) {
	d := get()
	i, ok := d.countryCode[code]
	if !ok {
		return "", false
	}
	return d.countries[i].Name, true
}

// Demonym returns the country of a nationality adjective or plural noun: "Russian"
// and "Russians" give "Russia", "Syrian" gives "Syria", "American" and "U.S." give
// "United States", "British" gives "United Kingdom", "Soviet" gives "Soviet Union",
// "Israeli" gives "Israel", "Palestinian" gives "Palestine". Ambiguous adjectives
// ("Korean") are not listed. Demonym does not allocate.
func Demonym(adj string) (country string, ok bool) {
	d := get()
	i, ok := d.demonymExact[adj]
	if !ok {
		if !foldAllowed(adj) {
			return "", false
		}
		if i, ok = lookupFold(d.demonymFold, adj); !ok {
			return "", false
		}
	}
	return d.countries[i].Name, true
}

// Countries returns all countries, historical states and territories, in the order
// of the data file. The slice is shared: do not modify it.
func Countries() []CountryInfo { return get().countries }

// succession is a span of days in which a country's territory belonged to
// another sovereign state.
type succession struct {
	state    string
	from, to int32 // [from, to)
}

func (d *database) loadSuccessions() {
	rows(successionsTSV, func(line int, f []string) {
		if len(f) != 4 {
			d.problem("successions.tsv:%d: %d fields, want 4", line, len(f))
			return
		}
		from, err1 := parseDate(f[2])
		to, err2 := parseDate(f[3])
		if err1 != nil || err2 != nil || !from.Before(to) {
			d.problem("successions.tsv:%d: bad span %s to %s", line, f[2], f[3])
			return
		}
		for _, c := range f[:2] {
			if _, ok := d.countryExact[c]; !ok {
				d.problem("successions.tsv:%d: unknown country %q", line, c)
			}
		}
		d.successions[f[0]] = append(d.successions[f[0]], succession{state: f[1], from: dayNumber(from), to: dayNumber(to)})
	})
}

// StateOn returns the sovereign state that the country's territory belonged
// to on a day: "Ukraine" on 1987-03-20 gives "Soviet Union", "Democratic
// Republic of the Congo" then gives "Zaire"; any other country (or day)
// gives the country itself. StateOn does not allocate.
func StateOn(country string, on time.Time) string {
	day := dayNumber(on)
	for _, s := range get().successions[country] {
		if s.from <= day && day < s.to {
			return s.state
		}
	}
	return country
}
