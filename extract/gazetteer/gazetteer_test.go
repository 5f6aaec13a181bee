package gazetteer

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestData_Problems(t *testing.T) {
	if diff := cmp.Diff([]string(nil), get().problems); diff != "" {
		t.Errorf("problems loading data (-want +got):\n%s", diff)
	}
}

func TestCountry(t *testing.T) {
	for _, test := range []struct {
		in, want string
		ok       bool
	}{
		{"Russia", "Russia", true},
		{"Russian Federation", "Russia", true},
		{"the Russian Federation", "Russia", true},
		{"U.S.", "United States", true},
		{"US", "United States", true},
		{"USA", "United States", true},
		{"United States of America", "United States", true},
		{"united states of america", "United States", true},
		{"America", "United States", true},
		{"the United States", "United States", true},
		{"Britain", "United Kingdom", true},
		{"Great Britain", "United Kingdom", true},
		{"UK", "United Kingdom", true},
		{"U.K.", "United Kingdom", true},
		{"North Korea", "North Korea", true},
		{"DPRK", "North Korea", true},
		{"Democratic People’s Republic of Korea", "North Korea", true},
		{"South Korea", "South Korea", true},
		{"Republic of Korea", "South Korea", true},
		{"Syria", "Syria", true},
		{"Syrian Arab Republic", "Syria", true},
		{"Soviet Union", "Soviet Union", true},
		{"USSR", "Soviet Union", true},
		{"West Germany", "West Germany", true},
		{"German Democratic Republic", "East Germany", true},
		{"Federal Republic of Germany", "Germany", true},
		{"Yugoslavia", "Yugoslavia", true},
		{"Czechoslovakia", "Czechoslovakia", true},
		{"Czechia", "Czech Republic", true},
		{"Palestine", "Palestine", true},
		{"State of Palestine", "Palestine", true},
		{"Taiwan", "Taiwan", true},
		{"Kosovo", "Kosovo", true},
		{"Holy See", "Vatican City", true},
		{"the Vatican", "Vatican City", true},
		{"People's Republic of China", "China", true},
		{"PRC", "China", true},
		{"Côte d'Ivoire", "Ivory Coast", true},
		{"Cote d’Ivoire", "Ivory Coast", true},
		{"Türkiye", "Turkey", true},
		{"Turkiye", "Turkey", true},
		{"Burma", "Myanmar", true},
		{"Swaziland", "Eswatini", true},
		{"DR Congo", "Democratic Republic of the Congo", true},
		{"Congo-Brazzaville", "Republic of the Congo", true},
		{"UAE", "United Arab Emirates", true},
		{"Holland", "Netherlands", true},
		{"Trinidad & Tobago", "Trinidad and Tobago", true},
		{"RUSSIA", "Russia", true},
		{"Iran", "Iran", true},
		{"Islamic Republic of Iran", "Iran", true},
		// Not countries, or not matched on purpose.
		{"us", "", false},
		{"uk", "", false},
		{"turkey", "", false},
		{"china", "", false},
		{"Korea", "", false},
		{"Moscow", "", false},
		{"", "", false},
	} {
		t.Run(test.in, func(t *testing.T) {
			got, ok := Country(test.in)
			if got != test.want || ok != test.ok {
				t.Errorf("Country(%q) = %q, %v; want %q, %v", test.in, got, ok, test.want, test.ok)
			}
		})
	}
}

func TestLookupCountry(t *testing.T) {
	got, ok := LookupCountry("Soviet Union")
	want := CountryInfo{Name: "Soviet Union", ISO2: "SU", ISO3: "SUN", Kind: "historical", Capital: "Moscow", Lat: 55.75, Lon: 37.62}
	if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 0.05)); !ok || diff != "" {
		t.Errorf("LookupCountry(Soviet Union) ok=%v (-want +got):\n%s", ok, diff)
	}
	for code, want := range map[string]string{"RU": "Russia", "RUS": "Russia", "GBR": "United Kingdom", "PS": "Palestine", "XK": "Kosovo"} {
		if got, _ := CountryByCode(code); got != want {
			t.Errorf("CountryByCode(%q) = %q, want %q", code, got, want)
		}
	}
	n := 0
	for _, c := range Countries() {
		if c.Kind == "country" {
			n++
		}
	}
	if n < 197 {
		t.Errorf("%d countries, want at least 197 (193 UN members, Palestine, Vatican, Taiwan, Kosovo)", n)
	}
}

func TestASCII(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"},
		{"Reykjavík", "Reykjavik"},
		{"Łódź", "Lodz"},
		{"ÉLYSÉE", "ELYSEE"},
		{"François Mitterrand", "Francois Mitterrand"},
		{"São Paulo", "Sao Paulo"},
		{"Washington", "Washington"},
		{"Москва", "Москва"}, // not Latin: kept
	} {
		if got := ASCII(tc.in); got != tc.want {
			t.Errorf("ASCII(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStateOn(t *testing.T) {
	for _, tc := range []struct{ country, on, want string }{
		{"Ukraine", "1987-03-20", "Soviet Union"},
		{"Ukraine", "1991-08-24", "Ukraine"}, // the day of independence
		{"Russia", "1991-12-25", "Soviet Union"},
		{"Russia", "2018-05-18", "Russia"},
		{"Democratic Republic of the Congo", "1987-03-20", "Zaire"},
		{"Democratic Republic of the Congo", "1965-01-01", "Democratic Republic of the Congo"},
		{"Slovakia", "1992-12-31", "Czechoslovakia"},
		{"Serbia", "2004-06-01", "Serbia and Montenegro"},
		{"Germany", "1987-03-20", "Germany"}, // not by country: the border ran through it
		{"France", "1987-03-20", "France"},
		{"", "1987-03-20", ""},
	} {
		on, _ := time.Parse(time.DateOnly, tc.on)
		if got := StateOn(tc.country, on); got != tc.want {
			t.Errorf("StateOn(%q, %s) = %q, want %q", tc.country, tc.on, got, tc.want)
		}
	}
	if got, ok := Country("Zaire"); !ok || got != "Zaire" {
		t.Errorf(`Country("Zaire") = %q, %v; want the historical state`, got, ok)
	}
}

func TestDemonym(t *testing.T) {
	for _, test := range []struct {
		in, want string
		ok       bool
	}{
		{"Russian", "Russia", true},
		{"Russians", "Russia", true},
		{"Syrian", "Syria", true},
		{"German", "Germany", true},
		{"American", "United States", true},
		{"U.S.", "United States", true},
		{"British", "United Kingdom", true},
		{"Chinese", "China", true},
		{"Soviet", "Soviet Union", true},
		{"Israeli", "Israel", true},
		{"Palestinian", "Palestine", true},
		{"Saudi", "Saudi Arabia", true},
		{"North Korean", "North Korea", true},
		{"south korean", "South Korea", true},
		{"Iranian", "Iran", true},
		{"Turkish", "Turkey", true},
		{"Emirati", "United Arab Emirates", true},
		{"Dutch", "Netherlands", true},
		{"Swiss", "Switzerland", true},
		{"West German", "West Germany", true},
		{"Ukrainian", "Ukraine", true},
		{"Egyptian", "Egypt", true},
		{"Pakistani", "Pakistan", true},
		{"Indian", "India", true},
		{"Japanese", "Japan", true},
		{"French", "France", true},
		{"Italian", "Italy", true},
		{"Canadian", "Canada", true},
		{"Filipino", "Philippines", true},
		{"Korean", "", false},
		{"russian", "", false},
		{"Russia", "", false},
	} {
		t.Run(test.in, func(t *testing.T) {
			got, ok := Demonym(test.in)
			if got != test.want || ok != test.ok {
				t.Errorf("Demonym(%q) = %q, %v; want %q, %v", test.in, got, ok, test.want, test.ok)
			}
		})
	}
}

func TestLookupPlace(t *testing.T) {
	type place struct {
		Name, Country, Kind string
		Lat, Lon            float64
	}
	for _, test := range []struct {
		in   string
		want place // coordinates compared to within 0.1 degree
	}{
		{"Sochi", place{"Sochi", "Russia", "city", 43.60, 39.73}},
		{"Moscow", place{"Moscow", "Russia", "city", 55.75, 37.62}},
		{"Washington", place{"Washington", "United States", "city", 38.90, -77.04}},
		{"Washington, D.C.", place{"Washington", "United States", "city", 38.90, -77.04}},
		{"Geneva", place{"Geneva", "Switzerland", "city", 46.20, 6.15}},
		{"Genève", place{"Geneva", "Switzerland", "city", 46.20, 6.15}},
		{"Beijing", place{"Beijing", "China", "city", 39.91, 116.40}},
		{"Peking", place{"Beijing", "China", "city", 39.91, 116.40}},
		{"Amman", place{"Amman", "Jordan", "city", 31.96, 35.95}},
		{"Helsinki", place{"Helsinki", "Finland", "city", 60.17, 24.94}},
		{"Davos", place{"Davos", "Switzerland", "city", 46.80, 9.84}},
		{"Singapore", place{"Singapore", "Singapore", "country", 1.29, 103.85}},
		{"Hanoi", place{"Hanoi", "Vietnam", "city", 21.02, 105.84}},
		{"Panmunjom", place{"Panmunjom", "South Korea", "city", 37.96, 126.68}},
		{"Reykjavik", place{"Reykjavík", "Iceland", "city", 64.14, -21.90}},
		{"Vienna", place{"Vienna", "Austria", "city", 48.21, 16.37}},
		{"Astana", place{"Astana", "Kazakhstan", "city", 51.18, 71.45}},
		{"Nur-Sultan", place{"Astana", "Kazakhstan", "city", 51.18, 71.45}},
		{"Doha", place{"Doha", "Qatar", "city", 25.29, 51.53}},
		{"Sharm el-Sheikh", place{"Sharm el-Sheikh", "Egypt", "city", 27.92, 34.33}},
		{"Minsk", place{"Minsk", "Belarus", "city", 53.90, 27.57}},
		{"Munich", place{"Munich", "Germany", "city", 48.14, 11.58}},
		{"Brussels", place{"Brussels", "Belgium", "city", 50.85, 4.35}},
		{"Kiev", place{"Kyiv", "Ukraine", "city", 50.45, 30.52}},
		{"Zurich", place{"Zurich", "Switzerland", "city", 47.37, 8.55}},
		{"Hong Kong", place{"Hong Kong", "China", "city", 22.28, 114.17}},
		{"Valencia", place{"Valencia", "Spain", "city", 39.47, -0.38}},
		{"Trump Tower", place{"Trump Tower", "United States", "venue", 40.76, -73.97}},
		{"White House", place{"White House", "United States", "venue", 38.90, -77.04}},
		{"the White House", place{"White House", "United States", "venue", 38.90, -77.04}},
		{"Kremlin", place{"Kremlin", "Russia", "venue", 55.75, 37.62}},
		{"the Kremlin", place{"Kremlin", "Russia", "venue", 55.75, 37.62}},
		{"Camp David", place{"Camp David", "United States", "venue", 39.65, -77.47}},
		{"Mar-a-Lago", place{"Mar-a-Lago", "United States", "venue", 26.68, -80.04}},
		{"Élysée Palace", place{"Élysée Palace", "France", "venue", 48.87, 2.32}},
		{"Elysee Palace", place{"Élysée Palace", "France", "venue", 48.87, 2.32}},
		{"Downing Street", place{"10 Downing Street", "United Kingdom", "venue", 51.50, -0.13}},
		{"Zhongnanhai", place{"Zhongnanhai", "China", "venue", 39.91, 116.38}},
		{"Great Hall of the People", place{"Great Hall of the People", "China", "venue", 39.90, 116.39}},
		{"United Nations headquarters", place{"United Nations headquarters", "United States", "venue", 40.75, -73.97}},
		{"UN headquarters", place{"United Nations headquarters", "United States", "venue", 40.75, -73.97}},
		{"Bocharov Ruchey", place{"Bocharov Ruchey", "Russia", "venue", 43.56, 39.76}},
		{"Russia", place{"Russia", "Russia", "country", 55.75, 37.62}},
		{"United States", place{"United States", "United States", "country", 38.90, -77.04}},
		{"Soviet Union", place{"Soviet Union", "Soviet Union", "country", 55.75, 37.62}},
		{"Crimea", place{"Crimea", "Ukraine", "region", 45.3, 34.4}},
		{"Gaza Strip", place{"Gaza Strip", "Palestine", "region", 31.42, 34.38}},
	} {
		t.Run(test.in, func(t *testing.T) {
			p, ok := LookupPlace(test.in)
			if !ok {
				t.Fatalf("LookupPlace(%q): not found", test.in)
			}
			if !p.HasCoords {
				t.Errorf("LookupPlace(%q): no coordinates", test.in)
			}
			got := place{p.Name, p.Country, p.Kind, p.Lat, p.Lon}
			if diff := cmp.Diff(test.want, got, cmpopts.EquateApprox(0, 0.1)); diff != "" {
				t.Errorf("LookupPlace(%q) (-want +got):\n%s", test.in, diff)
			}
		})
	}
	for _, in := range []string{"", "moscow", "Atlantis", "reading"} {
		if p, ok := LookupPlace(in); ok {
			t.Errorf("LookupPlace(%q) = %+v, want not found", in, p)
		}
	}
	if p, _ := LookupPlace("Trump Tower"); p.City != "New York City" {
		t.Errorf("Trump Tower city = %q, want New York City", p.City)
	}
}

func TestOffice(t *testing.T) {
	for _, test := range []struct {
		country, office, on, want string
	}{
		{"China", "foreign minister", "2023-06-18", "Qin Gang"},
		{"China", "foreign minister", "2024-01-10", "Wang Yi"},
		{"China", "foreign minister", "2015-01-01", "Wang Yi"},
		{"China", "president", "2019-06-01", "Xi Jinping"},
		{"China", "premier", "2000-01-01", "Zhu Rongji"},
		{"China", "Prime Minister", "2023-03-12", "Li Qiang"},
		{"Russia", "president", "2018-05-17", "Vladimir Putin"},
		{"Russia", "president", "2010-01-01", "Dmitry Medvedev"},
		{"Russia", "prime minister", "2010-01-01", "Vladimir Putin"},
		{"Russia", "foreign minister", "2018-05-17", "Sergei Lavrov"},
		{"Russian Federation", "president", "1995-01-01", "Boris Yeltsin"},
		{"Soviet Union", "foreign minister", "1987-03-01", "Eduard Shevardnadze"},
		{"Soviet Union", "foreign minister", "1984-01-01", "Andrei Gromyko"},
		{"Soviet Union", "general secretary", "1983-01-01", "Yuri Andropov"},
		{"Soviet Union", "president", "1991-01-01", "Mikhail Gorbachev"},
		{"United States", "president", "1987-03-01", "Ronald Reagan"},
		{"United States", "president", "2018-05-17", "Donald Trump"},
		{"United States", "president", "2025-06-01", "Donald Trump"},
		{"United States", "president", "2021-01-19", "Donald Trump"},
		{"United States", "president", "2021-01-20", "Joe Biden"},
		{"United States", "secretary of state", "1987-03-01", "George Shultz"},
		{"United States", "Secretary of State", "2015-07-14", "John Kerry"},
		{"United States", "foreign minister", "2023-06-18", "Antony Blinken"},
		{"US", "vice president", "2019-01-01", "Mike Pence"},
		{"United Kingdom", "prime minister", "1987-03-01", "Margaret Thatcher"},
		{"United Kingdom", "PM", "2022-10-01", "Liz Truss"},
		{"United Kingdom", "Foreign Secretary", "2019-01-01", "Jeremy Hunt"},
		{"United Kingdom", "queen", "2000-01-01", "Elizabeth II"},
		{"United Kingdom", "king", "2023-05-06", "Charles III"},
		{"France", "president", "1990-01-01", "François Mitterrand"},
		{"France", "prime minister", "2023-01-01", "Élisabeth Borne"},
		{"France", "foreign minister", "2003-02-14", "Dominique de Villepin"},
		{"West Germany", "chancellor", "1987-03-01", "Helmut Kohl"},
		{"West Germany", "foreign minister", "1987-03-01", "Hans-Dietrich Genscher"},
		{"Germany", "chancellor", "2010-01-01", "Angela Merkel"},
		{"Germany", "prime minister", "2010-01-01", "Angela Merkel"},
		{"Germany", "foreign minister", "2023-01-01", "Annalena Baerbock"},
		{"East Germany", "head of state", "1985-01-01", "Erich Honecker"},
		{"Japan", "prime minister", "2015-01-01", "Shinzo Abe"},
		{"Japan", "emperor", "2020-01-01", "Naruhito"},
		{"India", "prime minister", "2015-01-01", "Narendra Modi"},
		{"India", "foreign minister", "2020-01-01", "S. Jaishankar"},
		{"Israel", "prime minister", "1994-01-01", "Yitzhak Rabin"},
		{"Israel", "president", "2022-01-01", "Isaac Herzog"},
		{"Iran", "supreme leader", "2020-01-01", "Ali Khamenei"},
		{"Iran", "president", "2015-07-14", "Hassan Rouhani"},
		{"Iran", "foreign minister", "2015-07-14", "Mohammad Javad Zarif"},
		{"Turkey", "president", "2020-01-01", "Recep Tayyip Erdoğan"},
		{"Turkey", "prime minister", "2010-01-01", "Recep Tayyip Erdoğan"},
		{"Saudi Arabia", "king", "2020-01-01", "Salman bin Abdulaziz"},
		{"Saudi Arabia", "crown prince", "2020-01-01", "Mohammed bin Salman"},
		{"Syria", "president", "2018-05-17", "Bashar al-Assad"},
		{"Syria", "foreign minister", "2018-05-17", "Walid Muallem"},
		{"Egypt", "president", "2000-01-01", "Hosni Mubarak"},
		{"Ukraine", "president", "2022-03-01", "Volodymyr Zelensky"},
		{"North Korea", "supreme leader", "2018-06-12", "Kim Jong Un"},
		{"South Korea", "president", "2018-04-27", "Moon Jae-in"},
		{"Italy", "prime minister", "2020-01-01", "Giuseppe Conte"},
		{"Canada", "prime minister", "2020-01-01", "Justin Trudeau"},
		{"Pakistan", "prime minister", "2020-01-01", "Imran Khan"},
		{"United Nations", "secretary-general", "2020-01-01", "António Guterres"},
		{"UN", "Secretary-General", "1995-01-01", "Boutros Boutros-Ghali"},
		{"NATO", "secretary-general", "2020-01-01", "Jens Stoltenberg"},
		{"Vatican City", "pope", "2020-01-01", "Pope Francis"},
		// Roles.
		{"United States", "head of state", "2010-01-01", "Barack Obama"},
		{"United States", "head of government", "2010-01-01", "Barack Obama"},
		{"United Kingdom", "head of state", "2010-01-01", "Elizabeth II"},
		{"United Kingdom", "head of government", "2010-01-01", "Gordon Brown"},
		{"Germany", "head of government", "2010-01-01", "Angela Merkel"},
		{"Germany", "head of state", "2010-01-01", "Horst Köhler"},
		{"Japan", "head of state", "2010-01-01", "Akihito"},
		{"Russia", "leader", "2010-01-01", "Dmitry Medvedev"},
		{"Soviet Union", "leader", "1987-03-01", "Mikhail Gorbachev"},
		{"Soviet Union", "head of state", "1987-03-01", "Andrei Gromyko"},
		{"Soviet Union", "head of government", "1987-03-01", "Nikolai Ryzhkov"},
		{"China", "leader", "1985-01-01", "Deng Xiaoping"},
		{"China", "head of state", "2010-01-01", "Hu Jintao"},
		{"China", "head of government", "2010-01-01", "Wen Jiabao"},
		{"Iran", "head of state", "2010-01-01", "Ali Khamenei"},
		{"Iran", "head of government", "1985-01-01", "Mir-Hossein Mousavi"},
		{"Iran", "head of government", "2010-01-01", "Mahmoud Ahmadinejad"},
		{"Turkey", "head of government", "2020-01-01", "Recep Tayyip Erdoğan"},
		{"Turkey", "head of government", "2015-01-01", "Ahmet Davutoğlu"},
		{"Turkey", "leader", "2015-01-01", "Recep Tayyip Erdoğan"},
		{"Saudi Arabia", "head of government", "2023-01-01", "Mohammed bin Salman"},
		{"Saudi Arabia", "leader", "2023-01-01", "Salman bin Abdulaziz"},
		{"Israel", "leader", "2010-01-01", "Benjamin Netanyahu"},
		{"India", "leader", "2010-01-01", "Manmohan Singh"},
		{"North Korea", "leader", "2000-01-01", "Kim Jong Il"},
		{"Syria", "leader", "2025-01-01", "Ahmed al-Sharaa"},
		{"Egypt", "head of state", "2011-06-01", "Mohamed Hussein Tantawi"},
		{"Pakistan", "leader", "2001-01-01", "Pervez Musharraf"},
		{"Pakistan", "leader", "1985-01-01", "Muhammad Zia-ul-Haq"},
		{"Canada", "head of state", "2010-01-01", "Elizabeth II"},
		{"Vatican City", "head of state", "2010-01-01", "Pope Benedict XVI"},
	} {
		t.Run(fmt.Sprintf("%s/%s/%s", test.country, test.office, test.on), func(t *testing.T) {
			got, ok := Office(test.country, test.office, date(test.on))
			if !ok || got != test.want {
				t.Errorf("Office(%q, %q, %s) = %q, %v; want %q", test.country, test.office, test.on, got, ok, test.want)
			}
		})
	}
	for _, test := range []struct{ country, office, on string }{
		{"United States", "prime minister", "2010-01-01"},
		{"United States", "president", "1700-01-01"},
		{"Atlantis", "president", "2010-01-01"},
		{"Russia", "president", "1985-01-01"},
		{"Germany", "king", "2010-01-01"},
	} {
		if got, ok := Office(test.country, test.office, date(test.on)); ok {
			t.Errorf("Office(%q, %q, %s) = %q, want no one", test.country, test.office, test.on, got)
		}
	}
}

func TestOffice_Location(t *testing.T) {
	// The civil date in the time's own location counts: 20 January 2021 in Washington.
	ny := time.FixedZone("EST", -5*3600)
	if got, _ := Office("United States", "president", time.Date(2021, 1, 20, 23, 0, 0, 0, ny)); got != "Joe Biden" {
		t.Errorf("got %q, want Joe Biden", got)
	}
}

func TestOfficeTenure(t *testing.T) {
	got, ok := OfficeTenure("China", "foreign minister", date("2023-06-18"))
	want := Tenure{Country: "China", Office: "foreign minister", Person: "Qin Gang", From: date("2022-12-30"), To: date("2023-07-25")}
	if diff := cmp.Diff(want, got); !ok || diff != "" {
		t.Errorf("OfficeTenure (-want +got):\n%s", diff)
	}
	if !got.InOffice(date("2023-07-24")) || got.InOffice(date("2023-07-25")) {
		t.Errorf("InOffice wrong at the end of %+v", got)
	}
}

func TestTenures(t *testing.T) {
	type tenure struct{ Country, Office, From string }
	var got []tenure
	for _, t := range Tenures("Vladimir Vladimirovich Putin") {
		got = append(got, tenure{t.Country, t.Office, t.From.Format(time.DateOnly)})
	}
	want := []tenure{
		{"Russia", "prime minister", "1999-08-09"},
		{"Russia", "president", "1999-12-31"},
		{"Russia", "prime minister", "2008-05-08"},
		{"Russia", "president", "2012-05-07"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Tenures(Putin) (-want +got):\n%s", diff)
	}
	if ts := Tenures("Nobody Inparticular"); ts != nil {
		t.Errorf("Tenures(unknown) = %v, want nil", ts)
	}
}

func TestLookupPerson(t *testing.T) {
	for _, test := range []struct {
		in   string
		want Person
		ok   bool
	}{
		{"Vladimir Putin", Person{"Vladimir Putin", "Russia"}, true},
		{"Vladimir Vladimirovich Putin", Person{"Vladimir Putin", "Russia"}, true},
		{"President Vladimir Putin", Person{"Vladimir Putin", "Russia"}, true},
		{"Russian President Vladimir Putin", Person{}, false},
		{"Bashar al-Assad", Person{"Bashar al-Assad", "Syria"}, true},
		{"Bashar Assad", Person{"Bashar al-Assad", "Syria"}, true},
		{"Bashar al Assad", Person{"Bashar al-Assad", "Syria"}, true},
		{"Bashar el-Assad", Person{"Bashar al-Assad", "Syria"}, true},
		{"Xi Jinping", Person{"Xi Jinping", "China"}, true},
		{"Mr. Xi Jinping", Person{"Xi Jinping", "China"}, true},
		{"Mikhail Gorbachev", Person{"Mikhail Gorbachev", "Soviet Union"}, true},
		{"Helmut Kohl", Person{"Helmut Kohl", "Germany"}, true},
		{"Tayyip Erdogan", Person{"Recep Tayyip Erdoğan", "Turkey"}, true},
		{"Recep Tayyip Erdogan", Person{"Recep Tayyip Erdoğan", "Turkey"}, true},
		{"Kim Jong-un", Person{"Kim Jong Un", "North Korea"}, true},
		{"Kim Jong Un", Person{"Kim Jong Un", "North Korea"}, true},
		{"Volodymyr Zelenskyy", Person{"Volodymyr Zelensky", "Ukraine"}, true},
		{"Abdel Fattah al-Sisi", Person{"Abdel Fattah el-Sisi", "Egypt"}, true},
		{"Abdel Fattah Sisi", Person{"Abdel Fattah el-Sisi", "Egypt"}, true},
		{"Mohammad bin Salman", Person{"Mohammed bin Salman", "Saudi Arabia"}, true},
		{"MBS", Person{"Mohammed bin Salman", "Saudi Arabia"}, true},
		{"Ayatollah Ali Khamenei", Person{"Ali Khamenei", "Iran"}, true},
		{"Ban Ki-moon", Person{"Ban Ki-moon", "South Korea"}, true},
		{"Antonio Guterres", Person{"António Guterres", "Portugal"}, true},
		{"Shinzō Abe", Person{"Shinzo Abe", "Japan"}, true},
		{"Elizabeth II", Person{"Elizabeth II", "United Kingdom"}, true},
		{"Pope Francis", Person{"Pope Francis", "Vatican City"}, true},
		{"Al Gore", Person{"Al Gore", "United States"}, true},
		{"Gideon Saar", Person{"Gideon Sa'ar", "Israel"}, true},
		{"Richard von Weizsaecker", Person{"Richard von Weizsäcker", "Germany"}, true},
		{"Putin", Person{}, false},
		{"vladimir putin", Person{"Vladimir Putin", "Russia"}, true},
		{"George Bush", Person{}, false},
		{"", Person{}, false},
	} {
		t.Run(test.in, func(t *testing.T) {
			got, ok := LookupPerson(test.in)
			if diff := cmp.Diff(test.want, got); ok != test.ok || diff != "" {
				t.Errorf("LookupPerson(%q) ok=%v, want %v (-want +got):\n%s", test.in, ok, test.ok, diff)
			}
		})
	}
	for _, p := range People() {
		if p.Country == "" {
			t.Errorf("person %q has no country", p.Name)
		}
	}
}

func TestTitle(t *testing.T) {
	for _, test := range []struct {
		in   string
		want TitleInfo
		ok   bool
	}{
		{"President", TitleInfo{"president", "office"}, true},
		{"president", TitleInfo{"president", "office"}, true},
		{"Prime Minister", TitleInfo{"prime minister", "office"}, true},
		{"PM", TitleInfo{"prime minister", "office"}, true},
		{"premier", TitleInfo{"prime minister", "office"}, true},
		{"Foreign Minister", TitleInfo{"foreign minister", "office"}, true},
		{"foreign minister", TitleInfo{"foreign minister", "office"}, true},
		{"Foreign Secretary", TitleInfo{"foreign minister", "office"}, true},
		{"Chancellor", TitleInfo{"chancellor", "office"}, true},
		{"King", TitleInfo{"king", "royal"}, true},
		{"Queen", TitleInfo{"queen", "royal"}, true},
		{"Emperor", TitleInfo{"emperor", "royal"}, true},
		{"Crown Prince", TitleInfo{"crown prince", "royal"}, true},
		{"Secretary of State", TitleInfo{"secretary of state", "office"}, true},
		{"Secretary-General", TitleInfo{"secretary-general", "office"}, true},
		{"Secretary General", TitleInfo{"secretary-general", "office"}, true},
		{"Defense Minister", TitleInfo{"defense minister", "office"}, true},
		{"Defence Minister", TitleInfo{"defense minister", "office"}, true},
		{"Minister", TitleInfo{"minister", "office"}, true},
		{"leader", TitleInfo{"leader", "office"}, true},
		{"Supreme Leader", TitleInfo{"supreme leader", "office"}, true},
		{"Senator", TitleInfo{"senator", "office"}, true},
		{"Sen.", TitleInfo{"senator", "office"}, true},
		{"Ambassador", TitleInfo{"ambassador", "office"}, true},
		{"envoy", TitleInfo{"envoy", "office"}, true},
		{"Gen.", TitleInfo{"general", "military"}, true},
		{"General", TitleInfo{"general", "military"}, true},
		{"Pope", TitleInfo{"pope", "religious"}, true},
		{"Sheikh", TitleInfo{"sheikh", "royal"}, true},
		{"Emir", TitleInfo{"emir", "royal"}, true},
		{"Sultan", TitleInfo{"sultan", "royal"}, true},
		{"Vice President", TitleInfo{"vice president", "office"}, true},
		{"Deputy Prime Minister", TitleInfo{"deputy prime minister", "office"}, true},
		{"Mr", TitleInfo{"mr", "honorific"}, true},
		{"Mr.", TitleInfo{"mr", "honorific"}, true},
		{"Mrs", TitleInfo{"mrs", "honorific"}, true},
		{"Ms", TitleInfo{"ms", "honorific"}, true},
		{"Dr", TitleInfo{"dr", "honorific"}, true},
		{"pm", TitleInfo{}, false},
		{"Putin", TitleInfo{}, false},
		{"", TitleInfo{}, false},
	} {
		t.Run(test.in, func(t *testing.T) {
			got, ok := LookupTitle(test.in)
			if diff := cmp.Diff(test.want, got); ok != test.ok || diff != "" {
				t.Errorf("LookupTitle(%q) ok=%v, want %v (-want +got):\n%s", test.in, ok, test.ok, diff)
			}
			norm, ok2 := Title(test.in)
			if norm != test.want.Normalised || ok2 != test.ok {
				t.Errorf("Title(%q) = %q, %v", test.in, norm, ok2)
			}
		})
	}
}

// TestOfficeTable_Intervals checks that every tenure is well formed and that no two
// tenures of the same office in the same country overlap.
func TestOfficeTable_Intervals(t *testing.T) {
	lo, hi := date("1900-01-01"), date("2027-01-01")
	byOffice := map[officeKey][]Tenure{}
	for _, ten := range AllTenures() {
		if ten.Person == "" || ten.Office == "" || ten.Country == "" {
			t.Errorf("incomplete tenure %+v", ten)
		}
		if ten.From.Before(lo) || ten.From.After(hi) {
			t.Errorf("%s %s %s: from %s out of range", ten.Country, ten.Office, ten.Person, ten.From.Format(time.DateOnly))
		}
		if !ten.To.IsZero() && !ten.To.After(ten.From) {
			t.Errorf("%s %s %s: to %s not after from %s", ten.Country, ten.Office, ten.Person,
				ten.To.Format(time.DateOnly), ten.From.Format(time.DateOnly))
		}
		if !ten.To.IsZero() && ten.To.After(hi) {
			t.Errorf("%s %s %s: to in the future", ten.Country, ten.Office, ten.Person)
		}
		k := officeKey{ten.Country, ten.Office}
		byOffice[k] = append(byOffice[k], ten)
	}
	for k, ts := range byOffice {
		sort.Slice(ts, func(i, j int) bool { return ts[i].From.Before(ts[j].From) })
		for i := 1; i < len(ts); i++ {
			prev, cur := ts[i-1], ts[i]
			if prev.To.IsZero() {
				t.Errorf("%s %s: %s is still in office when %s starts", k.country, k.office, prev.Person, cur.Person)
			} else if cur.From.Before(prev.To) {
				t.Errorf("%s %s: %s (to %s) overlaps %s (from %s)", k.country, k.office, prev.Person,
					prev.To.Format(time.DateOnly), cur.Person, cur.From.Format(time.DateOnly))
			}
		}
	}
}

// TestOfficeTable_Coverage checks that the countries the extractor cares most about
// have a head of state, a head of government and a foreign minister on 1 July of every
// year from 1980 (or the state's founding) to 2025. The exceptions are real vacancies.
func TestOfficeTable_Coverage(t *testing.T) {
	vacant := map[string]bool{
		"Iran/foreign minister/1981":        true, // between Khodapanahi and Mousavi
		"Pakistan/foreign minister/1991":    true, // a minister of state held the portfolio 1991-93
		"Pakistan/foreign minister/1992":    true,
		"Pakistan/foreign minister/1993":    true,
		"Pakistan/foreign minister/2002":    true, // a minister of state held the portfolio
		"Egypt/head of government/1984":     true, // between Mohieddin's death and Ali's appointment
		"Egypt/foreign minister/2011":       true, // between Elaraby and Amr
		"North Korea/foreign minister/2007": true, // between Paek Nam-sun's death and Pak Ui-chun
	}
	for _, test := range []struct {
		country    string
		start, end int
	}{
		{"United States", 1980, 2025}, {"Soviet Union", 1980, 1991}, {"Russia", 1992, 2025},
		{"China", 1980, 2025}, {"United Kingdom", 1980, 2025}, {"France", 1980, 2025},
		{"West Germany", 1980, 1990}, {"Germany", 1991, 2025}, {"Japan", 1980, 2025},
		{"India", 1980, 2025}, {"Israel", 1980, 2025}, {"Iran", 1982, 2025}, {"Turkey", 1980, 2025},
		{"Saudi Arabia", 1980, 2025}, {"Syria", 1980, 2024}, {"Egypt", 1980, 2025},
		{"Ukraine", 1992, 2025}, {"North Korea", 1980, 2025}, {"South Korea", 1981, 2024},
		{"Italy", 1980, 2025}, {"Canada", 1980, 2025}, {"Pakistan", 1980, 2025},
	} {
		for y := test.start; y <= test.end; y++ {
			on := time.Date(y, 7, 1, 0, 0, 0, 0, time.UTC)
			for _, office := range []string{"head of state", "head of government", "foreign minister", "leader"} {
				key := fmt.Sprintf("%s/%s/%d", test.country, office, y)
				if _, ok := Office(test.country, office, on); !ok && !vacant[key] {
					t.Errorf("no %s of %s on %d-07-01", office, test.country, y)
				}
			}
		}
	}
	for y := 1980; y <= 2025; y++ {
		if _, ok := Office("United Nations", "secretary-general", time.Date(y, 7, 1, 0, 0, 0, 0, time.UTC)); !ok {
			t.Errorf("no UN Secretary-General in %d", y)
		}
	}
}

// TestNoAllocs guards the hot path: lookups must not allocate.
func TestNoAllocs(t *testing.T) {
	get()
	on := date("2018-05-17")
	for name, fn := range map[string]func(){
		"Country":      func() { Country("Russian Federation") },
		"CountryFold":  func() { Country("united states of america") },
		"Demonym":      func() { Demonym("Syrian") },
		"LookupPlace":  func() { LookupPlace("Elysee Palace") },
		"Office":       func() { Office("Russia", "president", on) },
		"OfficeRole":   func() { Office("Iran", "head of government", on) },
		"OfficeTitle":  func() { Office("United Kingdom", "Foreign Secretary", on) },
		"LookupPerson": func() { LookupPerson("President Bashar Assad") },
		"Title":        func() { Title("Defence Minister") },
	} {
		if n := testing.AllocsPerRun(100, fn); n != 0 {
			t.Errorf("%s: %v allocations per call, want 0", name, n)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		load()
	}
}

func BenchmarkCountry(b *testing.B) {
	get()
	b.ReportAllocs()
	for b.Loop() {
		Country("Russia")
		Country("united states of america")
	}
}

func BenchmarkLookupPlace(b *testing.B) {
	get()
	b.ReportAllocs()
	for b.Loop() {
		LookupPlace("Geneva")
		LookupPlace("Elysee Palace")
	}
}

func BenchmarkOffice(b *testing.B) {
	get()
	on := date("2018-05-17")
	b.ReportAllocs()
	for b.Loop() {
		Office("Russia", "president", on)
		Office("United States", "Secretary of State", on)
	}
}

func BenchmarkLookupPerson(b *testing.B) {
	get()
	b.ReportAllocs()
	for b.Loop() {
		LookupPerson("President Bashar al Assad")
	}
}
