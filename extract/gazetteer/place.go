package gazetteer

// Place is a city, a venue, a country or a region, with coordinates when known.
type Place struct {
	Name      string  // canonical English name: "Geneva", "Élysée Palace", "Russia"
	Country   string  // canonical country name (the sovereign state for cities); "" if disputed
	City      string  // for venues: the city or town; for countries: the capital
	Lat, Lon  float64 // WGS 84 degrees
	HasCoords bool
	Kind      string // "city", "venue", "country" or "region"
	// Population is the population of a city as recorded by GeoNames (0 if unknown).
	Population int
}

// preferredCities settles names shared by two cities where the less populous one is
// the one news means. Keys are "name\tcountry".
var preferredCities = map[string]bool{
	"Valencia\tSpain":         true,
	"San Juan\tUnited States": true,
	"Córdoba\tSpain":          false,
}

const (
	rankTerritory = iota + 1
	rankRegion
	rankCity
	rankCountry
	rankVenue
)

func (d *database) loadPlaces() {
	ranks := []int64{}
	index := func(key string, i int32, m map[string]int32) {
		if key == "" {
			return
		}
		if j, ok := m[key]; ok && ranks[j] >= ranks[i] {
			return
		}
		m[key] = i
	}
	addPlace := func(p Place, rank int64, aliases []string) {
		i := int32(len(d.places))
		d.places = append(d.places, p)
		ranks = append(ranks, rank)
		for _, a := range append([]string{p.Name}, aliases...) {
			index(a, i, d.placeExact)
			if !codeLike(a) {
				index(foldKey(a), i, d.placeFold)
			}
		}
	}

	capitals := map[string]bool{}
	for _, c := range d.countries {
		if c.Kind == "country" {
			capitals[c.Capital+"\t"+c.Name] = true
		}
	}
	known := func(country string) bool {
		_, ok := d.countryExact[country]
		return ok
	}

	// Countries: the capital's coordinates.
	countryAliases := make([][]string, len(d.countries))
	for a, j := range d.countryExact {
		if a != d.countries[j].Name && !codeLike(a) {
			countryAliases[j] = append(countryAliases[j], a)
		}
	}
	for ci, c := range d.countries {
		kind, rank := "country", int64(rankCountry)
		if c.Kind == "territory" {
			kind, rank = "region", rankTerritory
		}
		aliases := countryAliases[ci]
		addPlace(Place{Name: c.Name, Country: c.Name, City: c.Capital, Lat: c.Lat, Lon: c.Lon,
			HasCoords: c.Lat != 0 || c.Lon != 0, Kind: kind}, rank<<48, aliases)
	}

	rows(citiesTSV, func(line int, f []string) {
		if len(f) != 6 {
			d.problem("cities.tsv:%d: %d fields, want 6", line, len(f))
			return
		}
		lat, ok1 := parseFloat(f[2])
		lon, ok2 := parseFloat(f[3])
		pop, ok3 := parseFloat(f[4])
		if !ok1 || !ok2 || !ok3 || !known(f[1]) {
			d.problem("cities.tsv:%d: bad row %q", line, f)
			return
		}
		score := int64(pop)
		if capitals[f[0]+"\t"+f[1]] {
			score *= 4
		}
		if pref, ok := preferredCities[f[0]+"\t"+f[1]]; ok {
			if pref {
				score += 1 << 40
			} else {
				score = 0
			}
		}
		addPlace(Place{Name: f[0], Country: f[1], Lat: lat, Lon: lon, HasCoords: true, Kind: "city",
			Population: int(pop)}, rankCity<<48+score, splitList(f[5]))
	})

	rows(venuesTSV, func(line int, f []string) {
		if len(f) != 8 {
			d.problem("venues.tsv:%d: %d fields, want 8", line, len(f))
			return
		}
		lat, ok1 := parseFloat(f[4])
		lon, ok2 := parseFloat(f[5])
		if !ok1 || !ok2 || (f[3] != "" && !known(f[3])) {
			d.problem("venues.tsv:%d: bad row %q", line, f)
			return
		}
		rank := int64(rankVenue) << 48
		if f[1] == "region" {
			rank = int64(rankRegion) << 48
		}
		addPlace(Place{Name: f[0], Kind: f[1], City: f[2], Country: f[3], Lat: lat, Lon: lon, HasCoords: true},
			rank, splitList(f[6]))
	})
}

// LookupPlace finds a city, a diplomatic venue, a country or a region by its English
// name or a common alias: "Sochi", "Washington", "Geneva", "Trump Tower", "the Kremlin",
// "Camp David", "Elysee Palace", "Downing Street", "Zhongnanhai", "Russia". Countries
// carry their capital's coordinates. Where several places share a name, a venue wins
// over a country, a country over a city, and among cities the most populous (capitals
// counting four times their population). LookupPlace does not allocate.
func LookupPlace(name string) (Place, bool) {
	d := get()
	i, ok := d.placeExact[name]
	if !ok {
		if !foldAllowed(name) {
			return Place{}, false
		}
		if i, ok = lookupFold(d.placeFold, name); !ok {
			return Place{}, false
		}
	}
	return d.places[i], true
}
