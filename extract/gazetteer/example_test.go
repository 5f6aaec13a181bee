package gazetteer_test

import (
	"fmt"
	"time"

	"github.com/graphify-dev/graphify/extract/gazetteer"
)

func ExampleOffice() {
	on := time.Date(2023, 6, 18, 0, 0, 0, 0, time.UTC)
	fm, _ := gazetteer.Office("China", "foreign minister", on)
	sec, _ := gazetteer.Office("United States", "Secretary of State", on)
	hog, _ := gazetteer.Office("Iran", "head of government", on)
	fmt.Println(fm)
	fmt.Println(sec)
	fmt.Println(hog)
	// Output:
	// Qin Gang
	// Antony Blinken
	// Ebrahim Raisi
}

func ExampleLookupPlace() {
	p, _ := gazetteer.LookupPlace("Elysee Palace")
	fmt.Printf("%s, %s (%s) %.2f %.2f\n", p.Name, p.City, p.Kind, p.Lat, p.Lon)
	// Output: Élysée Palace, Paris (venue) 48.87 2.32
}

func ExampleCountry() {
	for _, s := range []string{"U.S.", "Great Britain", "DPRK", "us"} {
		c, ok := gazetteer.Country(s)
		fmt.Printf("%q: %q %v\n", s, c, ok)
	}
	// Output:
	// "U.S.": "United States" true
	// "Great Britain": "United Kingdom" true
	// "DPRK": "North Korea" true
	// "us": "" false
}

func ExampleLookupPerson() {
	p, _ := gazetteer.LookupPerson("Bashar Assad")
	fmt.Println(p.Name, "/", p.Country)
	// Output: Bashar al-Assad / Syria
}
