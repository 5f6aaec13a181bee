package extract

import graphify "github.com/graphify-dev/graphify"

// trigger describes a word that can report a meeting.
type trigger struct {
	kind string
	noun bool // a noun ("meeting", "talks", "visit"); else a verb
	// visit: the subject travels to the object; host: the subject receives the object.
	visit, host bool
	// topic: the verb's object is what was talked about ("discussed trade
	// with X"); its parties follow "with".
	topic bool
}

// triggers maps lower-case words to the meeting they may report. Looking a
// word up here is the cheap filter that decides which sentences get the
// expensive analysis.
var triggers = map[string]trigger{
	"met":           {kind: graphify.KindMeeting},
	"briefing":      {kind: graphify.KindMeeting, noun: true}, // only one received from someone (briefingSense)
	"hearing":       {kind: graphify.KindMeeting, noun: true}, // only a public body's (hearingSense)
	"meet":          {kind: graphify.KindMeeting},
	"meets":         {kind: graphify.KindMeeting},
	"meeting":       {kind: graphify.KindMeeting, noun: true},
	"meetings":      {kind: graphify.KindMeeting, noun: true},
	"gathering":     {kind: graphify.KindMeeting, noun: true},
	"trip":          {kind: graphify.KindVisit, noun: true, visit: true},
	"discussions":   {kind: graphify.KindTalks, noun: true},
	"consultations": {kind: graphify.KindTalks, noun: true},
	"consultation":  {kind: graphify.KindTalks, noun: true}, // not "in consultation with" (consultSense)
	"negotiate":     {kind: graphify.KindTalks},
	"contact":       {kind: graphify.KindPhone, noun: true}, // only "telephone contact"
	"talks":         {kind: graphify.KindTalks, noun: true},
	"talk":          {kind: graphify.KindTalks, noun: true},
	"conferred":     {kind: graphify.KindTalks},
	"consult":       {kind: graphify.KindMeeting}, // only "consult X" or "consult with X", a party (consultSense)
	"consults":      {kind: graphify.KindMeeting},
	"consulted":     {kind: graphify.KindMeeting},
	"consulting":    {kind: graphify.KindMeeting},
	"discuss":       {kind: graphify.KindTalks, topic: true}, // only "discussed (the plan) with X" (discussSense)
	"discusses":     {kind: graphify.KindTalks, topic: true},
	"discussed":     {kind: graphify.KindTalks, topic: true},
	"discussing":    {kind: graphify.KindTalks, topic: true},
	"visit":         {kind: graphify.KindVisit, noun: true, visit: true},
	"visits":        {kind: graphify.KindVisit, visit: true},
	"visited":       {kind: graphify.KindVisit, visit: true},
	"visiting":      {kind: graphify.KindVisit, visit: true},
	"hosted":        {kind: graphify.KindMeeting, host: true},
	"hosts":         {kind: graphify.KindMeeting, host: true},
	"host":          {kind: graphify.KindMeeting, host: true},
	"hosting":       {kind: graphify.KindMeeting, host: true},
	"received":      {kind: graphify.KindMeeting, host: true},
	"receives":      {kind: graphify.KindMeeting, host: true},
	"receive":       {kind: graphify.KindMeeting, host: true},
	"welcomed":      {kind: graphify.KindMeeting, host: true},
	"welcomes":      {kind: graphify.KindMeeting, host: true},
	"welcome":       {kind: graphify.KindMeeting, host: true}, // "will welcome Abe to the White House"; not "welcome the decision" (a person must follow)
	"telephoned":    {kind: graphify.KindPhone},
	"called":        {kind: graphify.KindPhone},   // only "called X" (calledSense)
	"sat":           {kind: graphify.KindMeeting}, // only "sat down with X" (satSense)
	"sits":          {kind: graphify.KindMeeting},
	"sit":           {kind: graphify.KindMeeting},
	"phoned":        {kind: graphify.KindPhone},
	"call":          {kind: graphify.KindPhone, noun: true},
	"conversation":  {kind: graphify.KindPhone, noun: true},
	"spoke":         {kind: graphify.KindPhone},
	"speaks":        {kind: graphify.KindPhone},
	"spoken":        {kind: graphify.KindPhone},
	"calls":         {kind: graphify.KindPhone, noun: true},
	"summit":        {kind: graphify.KindSummit, noun: true},
	"summits":       {kind: graphify.KindSummit, noun: true},
	"hands":         {kind: graphify.KindMeeting}, // "shook hands with"
	"greeted":       {kind: graphify.KindMeeting, host: true},
	"greets":        {kind: graphify.KindMeeting, host: true},
	"greet":         {kind: graphify.KindMeeting, host: true},
	"talked":        {kind: graphify.KindTalks},
	"negotiations":  {kind: graphify.KindTalks, noun: true},
	"negotiated":    {kind: graphify.KindTalks},
	"negotiating":   {kind: graphify.KindTalks},
	"dialogue":      {kind: graphify.KindTalks, noun: true},
	"convened":      {kind: graphify.KindMeeting},
	"gather":        {kind: graphify.KindMeeting}, // only a group that gathers somewhere (gatherSense)
	"gathers":       {kind: graphify.KindMeeting},
	"gathered":      {kind: graphify.KindMeeting},
	"convene":       {kind: graphify.KindMeeting},
	"conferring":    {kind: graphify.KindTalks},
	"speaking":      {kind: graphify.KindPhone},
	"chats":         {kind: graphify.KindTalks}, // only "chats with" a person
	"chatted":       {kind: graphify.KindTalks},
	"reached":       {kind: graphify.KindPhone}, // only "reached out by telephone to"
	"reaching":      {kind: graphify.KindPhone},
	"conference":    {kind: graphify.KindPhone, noun: true},               // "telephone conference"; a public body's conference is a meeting (conferenceSense)
	"session":       {kind: graphify.KindMeeting, noun: true},             // only a public body's (conferenceSense)
	"ceremony":      {kind: graphify.KindVisit, noun: true},               // only "welcome ceremony"
	"stay":          {kind: graphify.KindVisit, noun: true, visit: true},  // only "arrived … for a three-day stay"
	"reception":     {kind: graphify.KindMeeting, noun: true, host: true}, // only "a reception for X"
	"dinner":        {kind: graphify.KindMeeting, noun: true},             // only "dinner with X", "a dinner for X"
	"lunch":         {kind: graphify.KindMeeting, noun: true},
	"luncheon":      {kind: graphify.KindMeeting, noun: true},
	"breakfast":     {kind: graphify.KindMeeting, noun: true},
	"banquet":       {kind: graphify.KindMeeting, noun: true, host: true},
}

// phoneCue words must accompany "call", "conversation" and "spoke" for them to
// report a phone call ("a phone call", "spoke by telephone").
var phoneCue = map[string]bool{"phone": true, "telephone": true, "telephoned": true, "phoned": true}

// notMeetingObjects follow "met"/"meet" in look-alikes: "met expectations".
var notMeetingObjects = map[string]bool{
	"expectations": true, "demand": true, "demands": true, "target": true, "targets": true,
	"criteria": true, "requirements": true, "needs": true, "deadline": true, "goal": true,
	"aim": true, "aims": true, "objective": true, "objectives": true, "commitment": true,
	"goals": true, "standards": true, "conditions": true, "resistance": true, "opposition": true,
	"obligations": true, "forecasts": true, "estimates": true, "threshold": true, "quota": true,
	"objections": true, "criticism": true, "success": true, "approval": true, "skepticism": true,
	"scepticism": true, "payments": true, "costs": true, "challenge": true, "challenges": true,
	"test": true, "specifications": true, "guidelines": true, "rules": true, "terms": true,
	"regulations": true, "regulation": true, "requirement": true, "standard": true, "rule": true,
	"commitments": true, "amount": true, "amounts": true, "repayments": true, "shortage": true, "shortages": true, "shortfall": true,
	"pressure": true, "pressures": true, "funding": true, "forecast": true, "downtrend": true, "rise": true,
	"increase": true, "decline": true, "upturn": true, "downturn": true, "slump": true, "competition": true, "demise": true, "fate": true, "death": true, "match": true, "obligation": true, "need": true, "expectation": true, "norms": true, "limits": true,
}

// lightVerbs link a subject to a nominal trigger: "X held talks with Y".
var lightVerbs = map[string]bool{
	"held": true, "hold": true, "holds": true, "holding": true, "had": true, "have": true, "has": true,
	// Verbs that plan or undo a meeting take its parties as subject too:
	// "Macron proposed a meeting with Putin", "Trump cancelled his summit with Kim".
	"proposed": true, "proposes": true, "propose": true, "offered": true, "sought": true,
	"requested": true, "planned": true, "plans": true, "scheduled": true, "arranged": true,
	"cancelled": true, "canceled": true, "postponed": true, "delayed": true, "skipped": true,
	"gathered": true, "gather": true, "gathers": true, // "leaders gathered for their summit"
	"idea": true, "proposal": true, // "floated the idea of a summit with X"
	"called": true, "invited": true, "invites": true, "invite": true, "inviting": true, "rejected": true, "refused": true, "denied": true, "missed": true,
	"attended": true, "attend": true, "attends": true, "attending": true, "made": true, "make": true,
	"making": true, "paid": true, "pay": true, "paying": true, "conducted": true, "began": true,
	// "starts a visit" (not the noun "start": "the start of a meeting")
	"begin": true, "begins": true, "starts": true, "starting": true, "started": true, "concluded": true, "completed": true, "completing": true, "ended": true, "finished": true, "joined": true, "join": true, "resumed": true,
	"opened": true, "wrapped": true, "part": true, "during": true, "chaired": true, "led": true,
	"entered": true, "enters": true, "entering": true, "presided": true, "presides": true,
	"open": true, "opens": true, "opening": true, "participating": true, "participate": true,
	"participated": true, "took": true, "take": true, "taking": true,
	"host": true, "hosts": true, "hosted": true, "hosting": true,
	"convene": true, "convenes": true, "convened": true, "convening": true,
	"received": true, "receive": true, "receives": true, "receiving": true, "got": true, "gave": true, "given": true,
	"testify": true, "testified": true, "testifies": true, "testifying": true,
}

// nearLightVerbs take a meeting's parties as subject only right before its
// noun: "Chile is seeking negotiations with its banks", not "seek IMF help
// in order to facilitate debt negotiations with the banks".
var nearLightVerbs = map[string]bool{"seek": true, "seeks": true, "seeking": true}

// copulas before "in" take a meeting's parties as subject: "Kenya is in
// talks with the Fund".
var copulas = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true}

// forLightVerbs take a meeting's parties as subject when "for" follows:
// "Ruiz pushed for a summit with Berg", but not "pushed Trump to explain a
// call he had".
var forLightVerbs = map[string]bool{
	"calling": true, "pushed": true, "pushing": true, "pushes": true, "push": true, "pressed": true, "pressing": true,
}

// adjunctWords introduce a nominal trigger whose subject is the clause's:
// "Assad spoke, following a meeting with ministers".
var adjunctWords = map[string]bool{"following": true, "after": true, "before": true, "during": true, "ahead": true, "advance": true} // "ahead of", "in advance of"

// travelVerbs make the subject a visitor: "X travelled to Russia to meet Y".
var travelVerbs = map[string]bool{
	"travelled": true, "traveled": true, "travels": true, "flew": true, "arrived": true,
	"arrives": true, "headed": true, "trip": true, "journey": true, "travel": true, "fly": true,
	"arrive": true, "head": true, "heads": true, "return": true, "returned": true,
	"leave": true, "leaves": true, "left": true, "leaving": true, "depart": true, "departs": true, "departed": true,
	"flying": true, "travelling": true, "traveling": true, "heading": true, "arriving": true, "returning": true, "flies": true,
	"flown": true, "gone": true, "went": true,
}

// clauseEnds bound the window of words around a trigger.
var clauseEnds = map[string]bool{
	";": true, ":": true, "but": true, "while": true, "said": true, "says": true, "which": true,
	"who": true, "whose": true, "although": true, "because": true, "whereas": true, "told": true,
	"according": true, "—": true, "–": true, "\"": true, "“": true, "”": true, "when": true,
	"if": true, "whether": true, "noted": true, "added": true, "stressed": true, "warned": true,
	"insisted": true, "argued": true, "explained": true,
}

// linkWords link a party to a meeting and so never qualify a group:
// "agreed between finance ministers".
var linkWords = map[string]bool{"between": true, "with": true, "among": true, "by": true, "and": true, "or": true}

// prepositions mark a name that is not a party to the meeting ("in Sochi", "of Syria").
var prepositions = map[string]bool{
	"in": true, "at": true, "to": true, "from": true, "of": true, "for": true, "on": true,
	"about": true, "against": true, "over": true, "into": true, "near": true, "outside": true,
	"inside": true, "across": true, "toward": true, "towards": true, "under": true, "via": true,
	"through": true, "within": true, "throughout": true, "since": true, "amid": true, "like": true,
}

// Status cues, looked up in the words before a trigger.
var (
	plannedCues   = map[string]bool{"promised": true, "promising": true, "promises": true, "promise": true, "will": true, "'ll": true, "shall": true, "due": true, "scheduled": true, "expected": true, "expects": true, "expect": true, "planned": true, "plans": true, "plan": true, "planning": true, "upcoming": true, "forthcoming": true, "next": true, "intends": true, "set": true, "eve": true, "going": true, "would": true, "agreed": true, "prepare": true, "prepares": true, "preparing": true, "arrange": true, "arranged": true, "coming": true, "ahead": true, "advance": true, "likely": true, "unlikely": true}
	cancelledCues = map[string]bool{"cancelled": true, "canceled": true, "cancel": true, "cancels": true, "scrapped": true, "off": true, "axed": true, "dropped": true}
	postponedCues = map[string]bool{"postponed": true, "postpone": true, "delayed": true, "delay": true, "rescheduled": true, "deferred": true}
	deniedCues    = map[string]bool{"denied": true, "denies": true, "deny": true, "never": true, "not": true, "n't": true, "didn't": true, "no": true}
	proposedCues  = map[string]bool{"proposed": true, "proposes": true, "offered": true, "offers": true, "invited": true, "invites": true, "asked": true, "asks": true, "suggested": true, "recommended": true, "recommends": true, "urged": true, "sought": true, "seeks": true, "seek": true, "seeking": true, "pushed": true, "pushing": true, "pushes": true, "push": true, "requested": true, "proposal": true, "invitation": true, "consideration": true, "considering": true, "considered": true, "hopes": true, "hope": true, "hoping": true, "hoped": true, "asking": true, "avoid": true, "avoiding": true, "possible": true, "possibility": true, "may": true, "might": true, "could": true, "door": true, "idea": true, "urging": true, "wants": true, "without": true, "uncertain": true, "doubted": true, "doubt": true, "doubts": true, "likely": true, "unlikely": true}
)

// futureWords in a date phrase put the meeting after publication: "later
// this week", "next month", "in the coming days".
var futureWords = map[string]bool{"next": true, "later": true, "coming": true, "upcoming": true, "tomorrow": true}

// groupNouns name groups of people who can take part in a meeting:
// "Russian officials", "met with reporters", "a delegation".
var groupNouns = map[string]bool{
	"officials": true, "diplomats": true, "delegation": true, "delegations": true, "leaders": true,
	"negotiators": true, "envoys": true, "delegates": true, "representatives": true, "counterparts": true,
	"lawmakers": true, "ministers": true, "generals": true, "government": true, "authorities": true,
	"reporters": true, "journalists": true, "prosecutors": true, "senators": true, "executives": true,
	"investors": true, "students": true, "activists": true, "protesters": true, "supporters": true,
	"rebels": true, "powers": true, "team": true, "workers": true, "farmers": true, "veterans": true, "families": true,
	"relatives": true, "victims": true, "survivors": true, "troops": true, "soldiers": true,
	"commanders": true, "governors": true, "mayors": true, "members": true, "advisers": true,
	"advisors": true, "aides": true, "experts": true, "clerics": true, "elders": true, "chiefs": true,
	"ambassadors": true, "donors": true, "allies": true, "bankers": true, "businessmen": true,
	"parliamentarians": true, "legislators": true, "congressmen": true, "volunteers": true,
	"residents": true, "refugees": true, "opposition": true, "counterpart": true, "president": false,
	"fundraisers": true, "organizers": true, "organisers": true, "directors": true, "managers": true,
	"industrialists": true, "creditors": true, "exporters": true, "importers": true, "producers": true,
	"manufacturers": true, "banks": true, "unions": true, "heads": true, "sides": true, "nations": true,
	"countries": true, "governments": true, "employers": true, "growers": true, "partners": true,
	"cabinet": true, "committee": true, "nurses": true, "teachers": true, "doctors": true, "dockers": true,
	"miners": true, "pilots": true, "unionists": true, "strikers": true, "employees": true, "physicians": true,
	"mission": true, "union": true, "regulators": true, "politicians": true, "demonstrators": true,
}

// groupNeedsCountry are group nouns that name a party only with a
// nationality: "Russian officials" is a party, "officials" alone is too vague.
var groupNeedsCountry = map[string]bool{"government": true, "authorities": true, "opposition": true, "troops": true, "soldiers": true}

// qualifiedGroups need a country or a word that qualifies them: "monetary
// authorities", "foreign fiscal authorities".
var qualifiedGroups = map[string]bool{"authorities": true}

// definiteGroups need a country unless "the" makes them the story's own:
// "talks between the government and the rebels".
var definiteGroups = map[string]bool{"government": true, "opposition": true}

// orgWords in a name make it an organisation.
var orgWords = map[string]bool{
	"union": true, "organization": true, "organisation": true, "council": true, "committee": true, "subcommittee": true,
	"ministry": true, "party": true, "bank": true, "fund": true, "agency": true, "senate": true,
	"congress": true, "parliament": true, "commission": true, "association": true, "group": true,
	"corp": true, "corp.": true, "inc": true, "inc.": true, "co.": true, "co": true, "ltd": true, "company": true,
	"ab": true, "sa": true, "nv": true, "gmbh": true, "spa": true, "bv": true, "ltd.": true,
	"university": true, "department": true, "office": true, "court": true, "assembly": true,
	"forces": true, "army": true, "navy": true, "front": true, "movement": true, "institute": true,
	"administration": true, "government": true, "cabinet": true, "alliance": true, "league": true,
	"board": true, "bureau": true, "authority": true, "police": true, "club": true, "times": true,
	"post": true, "news": true, "press": true, "television": true, "radio": true, "exchange": true,
	"brigade": true, "brigades": true, "taliban": true, "hamas": true, "hezbollah": true,
	"nations": true, "reuters": true, "airlines": true, "motors": true, "industries": true,
	"trust": true, "holdings": true, "partners": true, "securities": true, "bancorp": true,
	"plc": true, "ag": true, "capital": true, "properties": true, "mining": true,
	"development": true, "consolidated": true, "financial": true, "investments": true,
	"resources": true, "energy": true, "petroleum": true, "oil": true, "chemical": true,
	"electric": true, "systems": true, "technologies": true, "communications": true,
	"savings": true, "insurance": true, "foundation": true, "center": true, "centre": true,
	"forum": true, "federation": true, "secretariat": true, "dynamics": true,
}

// stopCaps are capitalised words that do not start a name: sentence openers and the like.
var stopCaps = map[string]bool{
	"senior": true, "top": true, "visiting": true,
	"the": true, "a": true, "an": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "do": true, "does": true, "did": true, "win": true, "let": true,
	"yes": true, "please": true, "in": true, "on": true, "at": true, "but": true, "and": true, "or": true, "this": true,
	"that": true, "these": true, "those": true, "his": true, "her": true, "their": true, "its": true,
	"our": true, "meanwhile": true, "since": true, "after": true, "before": true, "during": true,
	"when": true, "while": true, "as": true, "if": true, "for": true, "with": true, "from": true,
	"by": true, "to": true, "of": true, "there": true, "here": true, "what": true, "who": true,
	"why": true, "how": true, "also": true, "however": true, "yet": true, "so": true, "then": true,
	"both": true, "some": true, "many": true, "most": true, "all": true, "other": true, "one": true,
	"two": true, "three": true, "last": true, "next": true, "earlier": true, "later": true,
	"according": true, "speaking": true, "asked": true, "under": true, "despite": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true,
	"may": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan.": true, "feb.": true, "aug.": true, "sept.": true,
	"oct.": true, "nov.": true, "dec.": true, "related": true, "articles": true, "reporting": true,
	"editing": true, "writing": true, "said": true, "says": true, "such": true, "each": true,
	"every": true, "no": true, "not": true, "only": true, "now": true, "today": true,
	"yesterday": true, "tomorrow": true, "mr": true, "mr.": true, "mrs": true, "mrs.": true,
	"ms": true, "ms.": true, "dr": true, "dr.": true, "former": true, "file": true, "photo": true, "video": true,
	// sentence adverbs: "Currently Washington is allowed to vote"
	"currently": true, "separately": true, "similarly": true, "finally": true, "initially": true,
	"additionally": true, "recently": true, "previously": true, "subsequently": true, "originally": true,
	"ultimately": true, "eventually": true, "officially": true, "traditionally": true, "usually": true,
	"typically": true, "generally": true, "instead": true, "still": true, "nevertheless": true,
	"nonetheless": true, "moreover": true, "furthermore": true, "elsewhere": true, "overall": true,
	"thus": true, "hence": true, "indeed": true, "again": true, "already": true, "perhaps": true,
	"soon": true, "shortly": true, "privately": true, "publicly": true,
}

// honorifics before a surname: "Mr Putin".
var honorifics = map[string]bool{"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true, "messrs": true, "messrs.": true}

// nameJoiners sit inside personal names: "Bashar al-Assad", "Ursula von der Leyen".
var nameJoiners = map[string]bool{
	"al": true, "al-": true, "bin": true, "ibn": true, "de": true, "von": true, "van": true,
	"der": true, "den": true, "la": true, "le": true, "du": true, "da": true, "dos": true,
	"di": true, "del": true, "el": true, "bint": true, "arap": true, "ben": true,
}

// pronouns that may stand for a person taking part in a meeting.
var pronouns = map[string]bool{"he": true, "she": true, "his": true, "her": true, "him": true, "they": true, "i": true}

// calendarWords end a name: "Dayton Hudson Thursday".
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan.": true, "feb.": true,
	"aug.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
}

// objectModifiers may stand between a trigger's link word and a name:
// "met with outgoing President Barack Obama".
var objectModifiers = map[string]bool{
	"the": true, "outgoing": true, "incoming": true, "former": true, "then": true, "visiting": true,
	"acting": true, "newly": true, "elected": true, "top": true, "senior": true, "new": true,
	"separately": true, "again": true, "also": true, "briefly": true, "retired": true,
}

// notActors are words that make a capitalised phrase a thing, not a party:
// "the Agreement", "the Paris Accord".
var notActors = map[string]bool{
	"agreement": true, "treaty": true, "accord": true, "accords": true, "act": true, "bill": true,
	"plan": true, "program": true, "programme": true, "index": true, "report": true, "law": true,
	"protocol": true, "declaration": true, "convention": true, "initiative": true, "policy": true,
}

// venueWords end names of buildings and sites: "St. John's Episcopal Church".
var venueWords = map[string]bool{
	"church": true, "cathedral": true, "mosque": true, "temple": true, "hotel": true, "palace": true,
	"hall": true, "square": true, "stadium": true, "airport": true, "base": true, "embassy": true,
	"consulate": true, "residence": true, "headquarters": true, "museum": true, "park": true,
	"street": true, "avenue": true, "building": true, "tower": true, "garden": true, "gardens": true,
	"estate": true, "resort": true, "villa": true, "castle": true, "manor": true, "plaza": true,
	"diner": true, "restaurant": true, "chancellery": true, "room": true, "arena": true,
}

// newsAgencies report meetings; they are not parties to them: "WASHINGTON (Reuters) -".
var newsAgencies = map[string]bool{
	"reuters": true, "ap": true, "afp": true, "xinhua": true, "tass": true, "interfax": true,
	"bloomberg": true, "voa": true, "cnn": true, "bbc": true, "ria": true, "yonhap": true,
	"kyodo": true, "anadolu": true, "irna": true, "wafa": true, "sana": true, "dpa": true,
}

// reportVerbs follow the name of a speaker: "…, Reed said."
var reportVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "noted": true, "stated": true,
	"reported": true, "announced": true, "explained": true, "recalled": true, "described": true,
}

// governmentSeats are the gazetteer's venues that stand for the government
// they house when named as a party: "a summit with the White House",
// "talks between the Kremlin and Beijing".
var governmentSeats = map[string]bool{
	"White House": true, "Kremlin": true, "Pentagon": true, "Élysée Palace": true, "10 Downing Street": true,
}

// itAuxiliaries stand between "said it" and the meeting verb: "said it
// would meet", "said it is discussing with".
var itAuxiliaries = map[string]bool{
	"had": true, "has": true, "have": true, "would": true, "will": true, "is": true, "was": true,
	"are": true, "were": true, "be": true, "been": true,
}

// sentenceAdverbs may stand between a subject and its verb: "The minister
// nevertheless added".
var sentenceAdverbs = map[string]bool{
	"nevertheless": true, "also": true, "however": true, "later": true, "then": true, "again": true, "still": true, "too": true,
}
