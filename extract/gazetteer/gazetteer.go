// Package gazetteer holds the reference data that the extractor consults on every
// sentence: countries with their aliases and demonyms, cities and diplomatic venues
// with coordinates, political titles, well-known people, and a date-scoped table
// of heads of state and government and foreign ministers.
//
// The data are TSV files embedded from data/ and parsed once, on first use. All
// lookups are map lookups that do not allocate, and all functions are safe for
// concurrent use. Sources and licences of the data are listed in DATA-LICENSES.md
// at the root of the repository.
//
// Names are matched as written first. Failing that, they are matched ignoring case,
// diacritics, punctuation and a leading "the" ("Elysee Palace" finds "Élysée Palace",
// "u.k." does not find anything but "the united kingdom" does). A single word is only
// matched that way when it is capitalised, so that "turkey", "china" and "us" in running
// text are not taken for countries, and abbreviations such as "US", "UK" and "PM"
// match only as written.
package gazetteer

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

var (
	//go:embed data/countries.tsv
	countriesTSV string
	//go:embed data/cities.tsv
	citiesTSV string
	//go:embed data/venues.tsv
	venuesTSV string
	//go:embed data/offices.tsv
	officesTSV string
	//go:embed data/roles.tsv
	rolesTSV string
	//go:embed data/people.tsv
	peopleTSV string
	//go:embed data/successions.tsv
	successionsTSV string
)

// database is the parsed data. It is built once and never modified afterwards.
type database struct {
	countries    []CountryInfo
	countryExact map[string]int32 // name or alias as written
	countryFold  map[string]int32 // foldKey of names and non-code aliases
	countryCode  map[string]int32 // ISO 3166 alpha-2 and alpha-3
	demonymExact map[string]int32
	demonymFold  map[string]int32

	places     []Place
	placeExact map[string]int32
	placeFold  map[string]int32

	tenures  []Tenure
	byOffice map[officeKey][]span // sorted by from
	byPerson map[string][]Tenure  // canonical person -> tenures, sorted by From
	roles    map[officeKey][]roleRule
	people   []Person
	personEx map[string]int32
	personFd map[string]int32

	titleExact map[string]int32
	titleFold  map[string]int32
	titleEnds  map[string]bool // lower-case last words of the titles' forms

	successions map[string][]succession // country -> the states it belonged to

	// problems found while loading: alias clashes and malformed rows. Tests
	// require it to be empty; at run time the first definition wins.
	problems []string
}

type officeKey struct{ country, office string }

// span is a tenure as day numbers, for the hot path.
type span struct {
	from, to int32 // [from, to); to == maxDay while in office
	idx      int32 // index into database.tenures
}

type roleRule struct {
	from, to int32
	offices  []string
}

const maxDay = int32(1<<31 - 1)

var (
	once sync.Once
	db   *database
)

func get() *database {
	once.Do(func() { db = load() })
	return db
}

func load() *database {
	d := &database{
		countryExact: map[string]int32{},
		countryFold:  map[string]int32{},
		countryCode:  map[string]int32{},
		demonymExact: map[string]int32{},
		demonymFold:  map[string]int32{},
		placeExact:   map[string]int32{},
		placeFold:    map[string]int32{},
		byOffice:     map[officeKey][]span{},
		byPerson:     map[string][]Tenure{},
		roles:        map[officeKey][]roleRule{},
		personEx:     map[string]int32{},
		personFd:     map[string]int32{},
		titleExact:   map[string]int32{},
		titleFold:    map[string]int32{},
		titleEnds:    map[string]bool{},
		successions:  map[string][]succession{},
	}
	d.loadCountries()
	d.loadPlaces()
	d.loadOffices()
	d.loadRoles()
	d.loadPeople()
	d.loadTitles()
	d.loadSuccessions()
	return d
}

// rows calls fn with the tab-separated fields of each data line of a TSV file,
// skipping blank lines and comments. Fields are substrings of the embedded data.
func rows(tsv string, fn func(line int, f []string)) {
	var f []string
	for n := 1; tsv != ""; n++ {
		line, rest, _ := strings.Cut(tsv, "\n")
		tsv = rest
		if line == "" || line[0] == '#' {
			continue
		}
		f = f[:0]
		for {
			field, more, ok := strings.Cut(line, "\t")
			f = append(f, field)
			if !ok {
				break
			}
			line = more
		}
		fn(n, f)
	}
}

func field(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func (d *database) problem(format string, args ...any) {
	d.problems = append(d.problems, fmt.Sprintf(format, args...))
}

// add records key -> i in m; a key already bound to a different value is reported
// as a clash and keeps its first value.
func (d *database) add(m map[string]int32, what, key string, i int32, name func(int32) string) {
	if key == "" {
		return
	}
	if j, ok := m[key]; ok {
		if j != i {
			d.problem("%s %q: both %q and %q", what, key, name(j), name(i))
		}
		return
	}
	m[key] = i
}

func parseFloat(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	return v, err == nil
}

// dayNumber returns the number of days from 1970-01-01 to the civil date of t in t's
// own location. It does not allocate.
func dayNumber(t time.Time) int32 {
	y, m, dd := t.Date()
	return daysFromCivil(y, int(m), dd)
}

// daysFromCivil is Howard Hinnant's days_from_civil.
func daysFromCivil(y, m, d int) int32 {
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}

func parseDate(s string) (time.Time, error) { return time.Parse(time.DateOnly, s) }

func sortSpans(s []span) {
	sort.Slice(s, func(i, j int) bool { return s[i].from < s[j].from })
}
