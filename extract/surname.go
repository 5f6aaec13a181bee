package extract

import (
	"strings"
	"sync"
	"time"

	"github.com/graphify-dev/graphify/extract/gazetteer"
)

// familyFirst are countries whose names are written family name first:
// "Xi Jinping" is Mr Xi.
var familyFirst = map[string]bool{"China": true, "Taiwan": true, "North Korea": true, "South Korea": true, "Vietnam": true}

// surnameIndex maps a lower-case surname to the well-known people who bear
// it, so that "Putin" or "Yellen" alone resolves when an article never gives
// the full name. Built once, from the gazetteer's people and office holders.
var surnameIndex = sync.OnceValue(func() map[string][]gazetteer.Person {
	idx := map[string][]gazetteer.Person{}
	for _, p := range gazetteer.People() {
		f := strings.Fields(p.Name)
		for len(f) > 1 && regnal(f[len(f)-1]) {
			f = f[:len(f)-1] // "Abdullah II" is known as Abdullah; "II" is no surname
		}
		if len(f) < 2 {
			continue
		}
		s := f[len(f)-1]
		if familyFirst[p.Country] {
			s = f[0]
		}
		k := surnameKey(s)
		idx[k] = append(idx[k], p)
	}
	return idx
})

// regnal reports a regnal number or a generational suffix: "II", "XVI", "Jr.".
func regnal(w string) bool {
	if w == "Jr." || w == "Jr" || w == "Sr." || w == "Sr" {
		return true
	}
	return w != "" && strings.Trim(w, "IVXL") == ""
}

// knownSurname reports whether a single word is the surname of a well-known person.
func knownSurname(w string) bool {
	_, ok := surnameIndex()[surnameKey(w)]
	return ok
}

// bySurname resolves a surname to a well-known person: the only bearer, or
// the one in office on the date when several share it ("Bush" in 1990 and in
// 2005 are different presidents).
func bySurname(w string, on time.Time) (gazetteer.Person, bool) {
	ps := surnameIndex()[surnameKey(w)]
	if len(ps) == 1 {
		// One known bearer, unless the story is from long before the
		// bearer's first office: "Harper" in 1987 is not Stephen Harper.
		if ts := gazetteer.Tenures(ps[0].Name); !on.IsZero() && len(ts) > 0 {
			first := ts[0].From
			for _, t := range ts {
				if t.From.Before(first) {
					first = t.From
				}
			}
			if on.Before(first.AddDate(-10, 0, 0)) {
				return gazetteer.Person{}, false
			}
		}
		return ps[0], true
	}
	if on.IsZero() {
		return gazetteer.Person{}, false
	}
	var found []gazetteer.Person
	for _, p := range ps {
		for _, t := range gazetteer.Tenures(p.Name) {
			if t.InOffice(on) {
				found = append(found, p)
				break
			}
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return gazetteer.Person{}, false
}

// surnameKey folds a surname for lookup: "al-Assad" and "Assad" are both "assad".
func surnameKey(s string) string {
	k := gazetteer.Key(s)
	if i := strings.IndexByte(k, ' '); i >= 0 && nameJoiners[k[:i]] {
		k = k[i+1:]
	}
	return k
}
