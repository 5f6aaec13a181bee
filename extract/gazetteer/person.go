package gazetteer

import (
	"sort"
	"strings"
)

// Person is a well-known person: everyone in the office table, plus the people and
// aliases of data/people.tsv.
type Person struct {
	Name    string // canonical spelling: "Bashar al-Assad", "Recep Tayyip Erdoğan"
	Country string // the country of their most recent national office, or as recorded
}

func sortTenures(ts []Tenure) {
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].From.Before(ts[j].From) })
}

func (d *database) loadPeople() {
	index := map[string]int32{}
	name := func(i int32) string { return d.people[i].Name }
	for _, t := range d.tenures {
		if _, ok := index[t.Person]; ok {
			continue
		}
		index[t.Person] = int32(len(d.people))
		d.people = append(d.people, Person{Name: t.Person})
	}
	for i := range d.people {
		p := &d.people[i]
		var latest Tenure
		for _, t := range d.byPerson[p.Name] {
			if _, org := organisations[t.Country]; !org && !t.From.Before(latest.From) {
				latest = t
			}
		}
		p.Country = latest.Country
	}

	aliases := map[int32][]string{}
	rows(peopleTSV, func(line int, f []string) {
		if len(f) != 3 {
			d.problem("people.tsv:%d: %d fields, want 3", line, len(f))
			return
		}
		i, ok := index[f[0]]
		if !ok {
			i = int32(len(d.people))
			index[f[0]] = i
			d.people = append(d.people, Person{Name: f[0]})
		}
		if f[1] != "" {
			if _, ok := d.countryExact[f[1]]; !ok {
				d.problem("people.tsv:%d: unknown country %q", line, f[1])
			}
			d.people[i].Country = f[1]
		}
		aliases[i] = append(aliases[i], splitList(f[2])...)
	})

	// Exact names and aliases; a clash is a data error.
	for i, p := range d.people {
		d.add(d.personEx, "person", p.Name, int32(i), name)
		for _, a := range aliases[int32(i)] {
			d.add(d.personEx, "person alias", a, int32(i), name)
		}
	}
	// Folded keys and keys without "al-"/"el-" particles; a key two people share is
	// ambiguous and dropped.
	ambiguous := map[string]bool{}
	fold := func(key string, i int32) {
		if key == "" || ambiguous[key] {
			return
		}
		if j, ok := d.personFd[key]; ok && j != i {
			delete(d.personFd, key)
			ambiguous[key] = true
			return
		}
		d.personFd[key] = i
	}
	for i, p := range d.people {
		for _, a := range append([]string{p.Name}, aliases[int32(i)]...) {
			k := foldKey(a)
			fold(k, int32(i))
			fold(string(dropParticles([]byte(k))), int32(i))
			if u := umlautSpelling.Replace(a); u != a {
				fold(foldKey(u), int32(i)) // "Weizsäcker" written "Weizsaecker"
			}
		}
	}
}

// umlautSpelling writes German umlauts and ß as the wires do without them.
var umlautSpelling = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue", "ß", "ss")

// dropParticles removes the Arabic article tokens "al" and "el" (but not a leading
// one, as in "Al Gore") from a folded key, in place.
func dropParticles(k []byte) []byte {
	out := k[:0]
	first := true
	for len(k) > 0 {
		end := 0
		for end < len(k) && k[end] != ' ' {
			end++
		}
		tok := k[:end]
		if first || !(len(tok) == 2 && (tok[0] == 'a' || tok[0] == 'e') && tok[1] == 'l') {
			if len(out) > 0 {
				out = append(out, ' ')
			}
			out = append(out, tok...)
		}
		first = false
		if end == len(k) {
			break
		}
		k = k[end+1:]
	}
	return out
}

// personName looks a name up without title stripping.
func (d *database) personName(s string) (int32, bool) {
	if i, ok := d.personEx[s]; ok {
		return i, true
	}
	if !foldAllowed(s) {
		return 0, false
	}
	var buf [keyBufSize]byte
	k := appendKey(buf[:0], s)
	if i, ok := d.personFd[string(k)]; ok {
		return i, true
	}
	k = dropParticles(k)
	i, ok := d.personFd[string(k)]
	return i, ok
}

func (d *database) person(s string) (int32, bool) {
	if i, ok := d.personName(s); ok {
		return i, true
	}
	// Strip leading titles: "President Vladimir Putin", "Mr. Xi Jinping".
	for range 3 {
		n := d.titlePrefix(s)
		if n == 0 {
			return 0, false
		}
		s = s[n:]
		if i, ok := d.personName(s); ok {
			return i, true
		}
	}
	return 0, false
}

// LookupPerson returns the canonical record of a well-known person from a full name,
// a known alias or a spelling variant: "Vladimir Putin" and "Vladimir Vladimirovich
// Putin" give "Vladimir Putin"; "Bashar Assad", "Bashar al Assad" and "Bashar el-Assad"
// give "Bashar al-Assad"; "Tayyip Erdogan" gives "Recep Tayyip Erdoğan". Leading titles
// are ignored ("President Xi Jinping"). Surnames alone are not matched: use Office to
// resolve "President Putin" against a date. LookupPerson does not allocate.
func LookupPerson(name string) (Person, bool) {
	d := get()
	i, ok := d.person(name)
	if !ok {
		return Person{}, false
	}
	return d.people[i], true
}

// People returns every known person. The slice is shared: do not modify it.
func People() []Person { return get().people }
