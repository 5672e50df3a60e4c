PAGES = {
    "home": {
        "title": "Vores Ishøj",
        "hero_alt": "Tegning af byen ved Vejleåparken, hvor mennesker mødes på tværs.",
        "intro": (
            "Byens virtuelle mødested. Her finder du de gode historier om Ishøj, ser hvad der sker, "
            "og hvor du kan være med – og hvem du kan være med sammen med."
        ),
        "search_description": (
            "Vores Ishøj er byens mødested på nettet: gode historier, aktiviteter og idéer fra "
            "foreninger, frivillige og borgere i Ishøj."
        ),
        "body": [
            ("heading", "Mangfoldighed er Ishøjs styrke"),
            (
                "paragraph",
                "<p>I Ishøj bor omkring 23.000 mennesker, og fire ud af ti har rødder i andre lande. "
                "Foreninger, frivillige, udviklingsagenter og kommunens institutioner gør hver dag en "
                "forskel. Vores Ishøj samler det hele ét sted, så vi lærer hinanden bedre at kende og "
                "finder sammen på tværs.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Aktiviteter for børn er et forældrenetværk, der skaber gode oplevelser "
                    "for familie og venner, mens vi mødes på tværs, lærer hinanden at kende og "
                    "udbreder historien om Ishøj.",
                    "name": "Aktiviteter for børn",
                    "role": "forældrenetværk under Lokalhistorisk Forening",
                },
            ),
            (
                "cta",
                {
                    "heading": "Har du en god historie?",
                    "text": "Fortæl os om et initiativ, en forening eller et menneske, der gør en "
                    "forskel i Ishøj.",
                    "page": "take-part",
                    "label": "Sådan er du med",
                },
            ),
        ],
    },
    "about": {
        "title": "Om Vores Ishøj",
        "slug": "om-vores-ishoj",
        "intro": (
            "Et hjem for samarbejde og kommunikation – skabt sammen med foreningerne, de frivillige "
            "og de mennesker, der i forvejen samler borgerne."
        ),
        "listing_summary": "Hvad Vores Ishøj er, hvem der står bag, og hvordan platformen drives.",
        "body": [
            (
                "paragraph",
                "<p>Vores Ishøj er en kommunikationsplatform og et virtuelt mødested. Her kan vi "
                "fortælle den gode historie, dele erfaringer, sparre, bygge relationer, kortlægge "
                "byens ressourcer og få overblik over, hvad der sker.</p>",
            ),
            (
                "image",
                {
                    "image": "glashuset",
                    "alt": "Glashuset i Vejleåparken med lys i vinduerne og mennesker på vej ind.",
                    "caption": "Glashuset i Vejleåparken er et af byens mødesteder.",
                },
            ),
            ("heading", "Hvem står bag?"),
            (
                "paragraph",
                "<p>Platformen drives af et sekretariat i Ishøj Kommunes kommunikationsenhed i tæt "
                "samarbejde med lokalsamfundet: udviklingsagenter, drivkræfterne i Glashuset og "
                "foreningslivet. Kommunens rolle er først og fremmest at formidle – platformen skal "
                "være alle mands eje.</p>",
            ),
            ("heading", "Snebolden ruller"),
            (
                "paragraph",
                "<p>Jo mere viden vi deler, jo mere kan vi lære af hinandens erfaringer. Da "
                "forældrenetværket <i>Aktiviteter for børn</i> begyndte at holde byttemarked skiftevis "
                "på Bredekærgård og i Glashuset, kom nye gæster til. Samarbejdet førte til en "
                "barselscafé i Glashuset, og mødrene dér fik øjnene op for den socialøkonomiske "
                "syklub <i>I tråd med verden</i>.</p>",
            ),
            (
                "accordion",
                {
                    "heading": "Spørgsmål og svar",
                    "items": [
                        (
                            "Hvem kan bruge Vores Ishøj?",
                            "<p>Alle, der bor, arbejder eller er aktive i Ishøj. Du kan læse uden "
                            "at logge ind.</p>",
                        ),
                        (
                            "Hvilke sprog findes siden på?",
                            "<p>Dansk, engelsk, arabisk, tyrkisk og urdu. Vælg sprog øverst på "
                            "siden.</p>",
                        ),
                        (
                            "Koster det noget?",
                            "<p>Nej. Vores Ishøj er gratis for borgere og foreninger.</p>",
                        ),
                    ],
                },
            ),
        ],
    },
    "vision": {
        "title": "Den politiske vision",
        "slug": "den-politiske-vision",
        "intro": "Byrådets vision for vores fællesskab: Mangfoldighed er Ishøjs styrke.",
        "listing_summary": "Hvad byrådet vil, og hvilken vision der styrer Ishøj Kommune.",
        "body": [
            (
                "paragraph",
                "<p>Ishøj er en by med mange baggrunde, sprog og erfaringer. Byrådets vision er, at "
                "netop den mangfoldighed er byens styrke: når gode kræfter finder hinanden, opstår "
                "nye løsninger, nye fællesskaber og større sammenhængskraft.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Mangfoldighed er Ishøjs styrke.",
                    "name": "Ishøj Byråd",
                    "role": "politisk vision",
                },
            ),
            ("heading", "Ambassadører for Ishøj"),
            (
                "paragraph",
                "<p>Når borgerne kender de gode historier, kan de fortælle dem videre – til naboer, "
                "kolleger og måske kommende tilflyttere. Et netværk af ambassadører spreder "
                "budskaberne i fællesskabet.</p>",
            ),
        ],
    },
    "take-part": {
        "title": "Sådan er du med",
        "slug": "saadan-er-du-med",
        "intro": "Del en god historie, find en aktivitet eller kom med en idé til byen.",
        "listing_summary": "Tre måder at bidrage til Vores Ishøj på.",
        "body": [
            ("heading", "Fortæl den gode historie"),
            (
                "paragraph",
                "<p>Kender du et initiativ, der fortjener at blive set? Skriv til sekretariatet, så "
                "hjælper vi med at fortælle historien – også til Ishøj Nyt og lokal-tv.</p>",
            ),
            ("heading", "Mød andre på tværs"),
            (
                "paragraph",
                "<p>Byens foreninger og frivillige laver aktiviteter hele året – fra søndagshygge på "
                "Bredekærgård den første søndag i måneden til byttemarked i Glashuset.</p>",
            ),
            (
                "image",
                {
                    "image": "bredekaergaard",
                    "alt": "Bredekærgårds gamle gårdbygninger en solrig søndag med børn på gårdspladsen.",
                    "caption": "Søndagshygge på Bredekærgård.",
                },
            ),
            (
                "cta",
                {
                    "heading": "Læs om platformen",
                    "text": "Se hvem der står bag Vores Ishøj, og hvordan den drives.",
                    "page": "about",
                    "label": "Om Vores Ishøj",
                },
            ),
        ],
    },
    "accessibility": {
        "title": "Tilgængelighedserklæring",
        "slug": "tilgaengelighedserklaering",
        "intro": "Sådan er Vores Ishøj bygget, så flest muligt kan bruge siden – og det, vi mangler.",
        "listing_summary": "Hvor tilgængelig Vores Ishøj er, og hvordan du siger til, hvis noget ikke virker.",
        "body": [
            (
                "paragraph",
                "<p>Siden kan læses på telefonen, bruges med tastatur og skærmlæser og virker uden "
                "JavaScript. Arabisk og urdu læses fra højre mod venstre. Vi tester alle sider "
                "automatisk for tilgængelighed, hver gang siden ændres.</p>",
            ),
            ("heading", "Det er ikke tilgængeligt endnu"),
            (
                "paragraph",
                "<ul><li>Kortet over foreninger og steder kræver JavaScript og er svært at bruge "
                "med skærmlæser. Alt, hvad kortet viser, står også i listen under Foreninger og "
                "steder.</li><li>Teksterne på arabisk, tyrkisk og urdu er oversat af redaktionen og "
                "endnu ikke gennemlæst af personer med sproget som modersmål. Sig til, hvis noget "
                "er uklart.</li><li>Urdu vises med telefonens egne skrifttyper. På nogle ældre "
                "telefoner kan enkelte bogstaver se forkerte ud.</li><li>Billeder og dokumenter fra "
                "foreningerne kan mangle en god beskrivelse. Vi hjælper gerne med en anden "
                "udgave.</li></ul>",
            ),
        ],
    },
    "privacy": {
        "title": "Privatlivspolitik",
        "slug": "privatlivspolitik",
        "intro": (
            "Hvilke oplysninger Vores Ishøj gemmer om dig, hvorfor og hvor længe – og hvordan du "
            "får dem slettet."
        ),
        "listing_summary": "Sådan behandler Vores Ishøj dine personoplysninger.",
        "body": [
            ("heading", "Når du tipper os om en god historie"),
            (
                "paragraph",
                "<p>Vi gemmer det, du skriver om historien, dit navn, din e-mailadresse, dit "
                "telefonnummer, hvis du giver det, og et billede, hvis du sender et. Vi bruger "
                "dine kontaktoplysninger til at spørge dig om tippet. De bliver aldrig "
                "offentliggjort – heller ikke når tippet bliver til en historie. Kun redaktionen "
                "og moderatorerne kan læse tippet.</p>"
                "<p>Billedet vises kun i redaktionens system. Har du sagt ja til, at vi må "
                "offentliggøre det, kan det komme med i historien, og vi aftaler med dig, hvem der "
                "skal nævnes som fotograf. Vi fjerner de oplysninger i billedfilen, der kan vise, "
                "hvor og med hvad billedet er taget.</p>"
                "<p>Vi sletter tippet med dine kontaktoplysninger og billedet, når historien er "
                "udgivet, eller når vi har besluttet ikke at bruge tippet – og senest seks måneder "
                "efter, at vi har fået det.</p>",
            ),
            ("heading", "Når du vil være frivillig skribent"),
            (
                "paragraph",
                "<p>Vi gemmer dit navn, din e-mailadresse, din forening og det, du skriver om, "
                "hvorfor du vil skrive – men kun, når du har sagt ja til det i formularen. "
                "Redaktionen bruger det til at behandle din henvendelse, og kun redaktionen kan "
                "læse den.</p>"
                "<p>Siger vi nej, sletter vi henvendelsen med det samme. Siger vi ja, får du en "
                "brugerkonto med dit navn og din e-mailadresse, så længe du skriver for Vores "
                "Ishøj; selve henvendelsen sletter vi senest seks måneder efter, at vi har fået "
                "den. Sig til, når du vil stoppe, så lukker vi kontoen.</p>",
            ),
            ("heading", "Når du skriver historier og aktiviteter"),
            (
                "paragraph",
                "<p>Frivillige, udviklingsagenter og redaktionen skriver med deres egen "
                "brugerkonto. Vi gemmer udkast til historier og aktiviteter, hver gemt version, "
                "kommentarerne fra modereringen og en log over, hvem der har gjort hvad, så "
                "redaktionen kan se, hvem der har skrevet og godkendt en tekst. På siden står kun "
                "det navn, der er skrevet som forfatter.</p>"
                "<p>Udkast og versioner gemmer vi, så længe siden findes, og de bliver slettet "
                "sammen med den.</p>",
            ),
            ("heading", "Når du besøger siden"),
            (
                "paragraph",
                "<p>Serveren skriver din IP-adresse, tidspunktet, den side, du beder om, og din "
                "browsers navn i en log. Vi bruger loggen til at holde siden sikker og finde fejl, "
                "og vi sletter den efter 30 dage. Sender du en formular, husker vi din IP-adresse "
                "i en time for at bremse spam. Skriver nogen en forkert adgangskode til redaktionens "
                "login, gemmer vi IP-adressen, browserens navn og brugernavnet, så længe login er "
                "sat på pause for at bremse gæt – højst et døgn.</p>"
                "<p>Vi bruger kun de cookies, der skal til for at sende en formular og logge ind – "
                "ingen til statistik eller reklamer. Siden henter intet fra andre, undtagen kortet "
                "over foreninger og steder: Det henter kortbilleder fra OpenStreetMap, som derfor "
                "ser din IP-adresse. Listen under Foreninger og steder viser det samme uden "
                "kortet.</p>",
            ),
            ("heading", "Hvorfor vi må"),
            (
                "paragraph",
                "<p>Vi behandler oplysningerne for at løse kommunens opgave med at fortælle om "
                "livet i Ishøj (databeskyttelsesforordningens artikel 6, stk. 1, litra e), og "
                "billeder og henvendelser fra frivillige med dit samtykke (artikel 6, stk. 1, "
                "litra a). Vi giver ikke dine oplysninger videre til andre.</p>",
            ),
        ],
    },
}


# The directory of organisations and places; their language-neutral facts are in
# directory_facts.py.
DIRECTORY = {
    "index": {
        "title": "Foreninger og steder",
        "slug": "foreninger-og-steder",
        "intro": (
            "Her finder du byens foreninger, frivillige initiativer, netværk og kommunale tilbud – "
            "og de steder, hvor de mødes. Søg på tema, målgruppe, sprog eller bydel, og find nogen "
            "at være sammen med."
        ),
    },
    "map": {
        "title": "Kort over Ishøj",
        "slug": "kort",
        "intro": (
            "Se på kortet, hvor byens foreninger og tilbud holder til. Mange steder huser flere "
            "fællesskaber – vælg et sted for at se, hvem der mødes dér, eller filtrér efter tema, "
            "målgruppe og sprog."
        ),
    },
    "neighbourhoods": {
        "vejleaaparken": "Vejleåparken",
        "ishoj-centrum": "Ishøj Centrum",
        "ishoj-strand": "Ishøj Strand",
        "ishoj-landsby": "Ishøj Landsby",
        "gadekaeret": "Gadekæret",
        "tranegilde": "Tranegilde",
        "torslunde": "Torslunde",
    },
    "themes": {
        "faellesskab": "Fællesskab",
        "boern-og-familie": "Børn og familie",
        "natur-og-klima": "Natur og klima",
        "kultur": "Kultur",
        "sundhed": "Sundhed",
        "uddannelse-og-job": "Uddannelse og job",
        "frivillighed": "Frivillighed",
        "demokrati": "Demokrati",
    },
    "places": {
        "glashuset": {
            "title": "Glashuset",
            "slug": "glashuset",
            "listing_summary": (
                "Beboerhuset midt i Vejleåparken, hvor naboer, foreninger og netværk mødes til "
                "caféer, byttemarked og lektiehjælp."
            ),
            "description": (
                "<p>Glashuset er Vejleåparkens mødested: et lyst hus med store glasfacader, et "
                "fælleskøkken og lokaler, som beboere, foreninger og netværk kan låne. Her holder "
                "blandt andre barselscaféen, kvindenetværket og lektiecaféen til.</p><p>Huset er "
                "også den ene vært for forældrenetværkets byttemarked, som skiftevis holdes her og "
                "på Bredekærgård. Kig forbi til en kop te – der er næsten altid nogen i huset.</p>"
            ),
            "opening_hours": "Man–fre 9–21\nLør–søn 10–16",
            "photo_alt": (
                "Glashuset i Vejleåparken i aftenlys med oplyste vinduer og mennesker på vej ind."
            ),
        },
        "systuen": {
            "title": "Systuen i Vejleåparken",
            "slug": "systuen-i-vejleaaparken",
            "listing_summary": (
                "Værkstedet, hvor kvinderne i I tråd med verden syr, reparerer og sælger tøj."
            ),
            "description": (
                "<p>Systuen er et værksted i stueetagen i Vejleåparken med symaskiner, "
                "tilskæringsborde og en lille butik. Her arbejder den socialøkonomiske virksomhed "
                "I tråd med verden med bestillinger, reparationer og egne kollektioner – blandt "
                "andet børnetøj.</p><p>Der er trinfri adgang fra gaden. Kig ind i åbningstiden, "
                "hvis du vil se, hvad der bliver syet, eller har noget, der skal laves.</p>"
            ),
            "opening_hours": "Man–tor 9–15\nFre 9–13",
        },
        "ishoj-idraetscenter": {
            "title": "Ishøj Idræts- og Fritidscenter",
            "slug": "ishoj-idraets-og-fritidscenter",
            "listing_summary": (
                "Haller, baner og mødelokaler ved Vejledalen, hvor mange af byens idrætsforeninger "
                "træner."
            ),
            "description": (
                "<p>Idræts- og fritidscentret ved Vejledalen har idrætshaller, udendørs baner, "
                "mødelokaler og en café. Skolerne bruger centret om dagen, og foreningerne tager "
                "over om eftermiddagen og aftenen.</p><p>Der er elevator til 1. sal og "
                "handicaptoilet ved indgangshallen.</p>"
            ),
            "opening_hours": "Man–fre 7–22\nLør–søn 8–20",
        },
        "bredekaergaard": {
            "title": "Bredekærgård",
            "slug": "bredekaergaard",
            "listing_summary": (
                "Den gamle gård i Tranegilde med dyr, legeplads, lokalhistorisk arkiv og "
                "søndagshygge for børnefamilier."
            ),
            "description": (
                "<p>Bredekærgård er en gammel gård i Tranegilde, hvis historie kan følges tilbage "
                "til 1600-tallet. I dag ejer kommunen gården, og her er dyr, legeplads, "
                "naturformidling og Ishøj Lokalhistoriske Arkiv.</p><p>Den første søndag i måneden "
                "inviterer forældrenetværket Aktiviteter for børn til søndagshygge på gården, og "
                "hver anden gang holdes byttemarkedet her.</p>"
            ),
            "opening_hours": "Gårdspladsen: alle dage i dagtimerne\nArkivet: tirsdag 14–17",
            "photo_alt": (
                "Bredekærgårds lyse gårdbygninger med røde tage en solrig dag med børn på "
                "gårdspladsen."
            ),
        },
        "ishoj-bibliotek": {
            "title": "Ishøj Bibliotek",
            "slug": "ishoj-bibliotek",
            "listing_summary": (
                "Byens bibliotek ved Ishøj Store Torv med bøger på mange sprog, studiepladser og "
                "lektiecafé."
            ),
            "description": (
                "<p>Biblioteket ved Ishøj Store Torv er åbent for alle. Ud over bøger, film og "
                "musik på mange sprog er her studiepladser, computere, hjælp til digital "
                "selvbetjening og arrangementer for børn og voksne.</p><p>To eftermiddage om ugen "
                "holder frivillige lektiecafé i børne- og ungeafdelingen. Uden for de betjente "
                "åbningstider kan du komme ind med dit sundhedskort.</p>"
            ),
            "opening_hours": (
                "Med betjening: man–fre 10–18, lør 10–14\nSelvbetjening: alle dage 7–22"
            ),
        },
        "ishoj-raadhus": {
            "title": "Ishøj Rådhus",
            "slug": "ishoj-raadhus",
            "listing_summary": (
                "Kommunens rådhus ved Ishøj Store Torv, hvor byrådet, Ungerådet og Medborger- og "
                "Demokratiforum holder møder."
            ),
            "description": (
                "<p>Rådhuset ved Ishøj Store Torv rummer kommunens administration og byrådssalen, "
                "hvor byrådets møder er åbne for alle, der vil lytte med.</p><p>Også Ungerådet og "
                "Medborger- og Demokratiforum mødes her. Der er teleslynge i byrådssalen og i "
                "mødelokalerne på 2. sal.</p>"
            ),
            "opening_hours": "Man–tor 8–15\nFre 8–13",
        },
        "brohuset": {
            "title": "Brohuset",
            "slug": "brohuset",
            "listing_summary": (
                "Ishøjs medborger- og sundhedshus ved Vejlebrovej med lokaler til foreninger, "
                "netværk og sundhedstilbud."
            ),
            "description": (
                "<p>Brohuset er kommunens medborger- og sundhedshus tæt ved Ishøj Station. "
                "Kommunale sundhedstilbud ligger her side om side med et forenings- og "
                "netværksområde med mødelokaler, en sal, et seniorværksted og et stort "
                "fælleskøkken.</p><p>Mange af byens foreninger har fast mødested i huset, som er "
                "indrettet, så man møder hinanden på tværs – i køkkenet, på gangene og til fælles "
                "arrangementer.</p>"
            ),
            "opening_hours": "Man–fre 8–21\nLør–søn: for foreninger efter aftale",
        },
        "arken": {
            "title": "Arken",
            "slug": "arken",
            "listing_summary": (
                "Museum for moderne kunst ved stranden i Ishøj med skiftende udstillinger, "
                "skulpturpark og aktiviteter for børn."
            ),
            "description": (
                "<p>Arken – Museum for Moderne Kunst ligger helt ud til Køge Bugt i Ishøj "
                "Strandpark. Bygningen minder om et skib, der er gået på grund i klitterne, og "
                "indenfor vises dansk og international samtidskunst i skiftende "
                "udstillinger.</p><p>I weekender og skoleferier er der værksteder for børn og "
                "familier, og skulpturparken omkring museet kan man gå rundt i uden at betale.</p>"
            ),
            "opening_hours": "Tir–søn 10–17\nOnsdag til 21\nMandag lukket",
        },
        "ishoj-strand": {
            "title": "Ishøj Strand",
            "slug": "ishoj-strand",
            "listing_summary": (
                "Den lange sandstrand i Køge Bugt Strandpark med klitter, laguner og stier langs "
                "vandet."
            ),
            "description": (
                "<p>Ishøj Strand er en del af Køge Bugt Strandpark, som blev anlagt i 1970'erne. "
                "Her er kilometervis af sandstrand, klitter og laguner, og stierne langs vandet "
                "bruges flittigt til gåture, løb og cykling.</p><p>Danmarks Naturfredningsforening "
                "Ishøj mødes her til affaldsindsamling flere gange om året. Der er ikke trinfri "
                "adgang helt ned til vandet alle steder.</p>"
            ),
            "opening_hours": "Åben hele døgnet",
            "photo_alt": (
                "Ishøj Strand en sommerdag med blåt hav, lyst sand og mennesker på stranden."
            ),
        },
        "gadekaerets-beboerhus": {
            "title": "Beboerhuset i Gadekæret",
            "slug": "beboerhuset-i-gadekaeret",
            "listing_summary": (
                "Fælleshus for beboerne i Gadekæret med festsal, køkken og lokaler til klubber og "
                "møder."
            ),
            "description": (
                "<p>Beboerhuset er Gadekærets samlingssted. Beboerforeningen holder "
                "fællesspisning, loppemarked og afdelingsmøder her, og beboerne kan leje salen til "
                "familiefester.</p><p>Huset ligger i stueplan med trinfri adgang og "
                "handicaptoilet.</p>"
            ),
            "opening_hours": "Kontortid: tirsdag 17–19\nUdlejning efter aftale",
        },
        "faelleshaven": {
            "title": "Fælleshaven i Ishøj Landsby",
            "slug": "faelleshaven-i-ishoj-landsby",
            "listing_summary": (
                "En fælles køkkenhave i den gamle landsby, hvor alle kan være med til at så, luge "
                "og høste."
            ),
            "description": (
                "<p>Fælleshaven ligger bag de gamle huse i Ishøj Landsby. Frivillige dyrker "
                "grøntsager, krydderurter og blomster i højbede, og høsten deles mellem dem, der "
                "har været med.</p><p>Stierne er af grus, og der er ikke toilet i haven. Den er "
                "åben for alle i dagtimerne.</p>"
            ),
            "opening_hours": (
                "Alle dage fra solopgang til solnedgang\nFælles havedag: lørdag 10–13 "
                "(april–oktober)"
            ),
        },
        "torslunde-forsamlingshus": {
            "title": "Torslunde Forsamlingshus",
            "slug": "torslunde-forsamlingshus",
            "listing_summary": (
                "Landsbyens gamle forsamlingshus, hvor landsbylauget holder fester, foredrag og "
                "generalforsamling."
            ),
            "description": (
                "<p>Forsamlingshuset er Torslundes fælles stue. Landsbylauget holder høstfest, "
                "juletræsfest og foredrag om egnens historie her, og huset kan lejes til private "
                "fester.</p><p>Bygningen er gammel og har trin ved indgangen.</p>"
            ),
            "opening_hours": "Efter aftale",
        },
    },
    "organisations": {
        "lokalhistorisk-forening": {
            "title": "Lokalhistorisk Forening for Ishøj",
            "slug": "lokalhistorisk-forening-for-ishoj",
            "listing_summary": (
                "Foreningen samler, bevarer og fortæller Ishøjs historie – fra landsbyerne og "
                "gårdene til nutidens mangfoldige by."
            ),
            "description": (
                "<p>Lokalhistorisk Forening for Ishøj arbejder tæt sammen med Ishøj "
                "Lokalhistoriske Arkiv på Bredekærgård. Foreningen arrangerer byvandringer, "
                "foredrag og udstillinger og hjælper borgere, der vil finde spor af deres familie "
                "eller deres hus.</p><p>Under foreningen hører forældrenetværket Aktiviteter for "
                "børn, som bringer nye generationer og nye ishøjborgere til gården. Foreningen "
                "søger frivillige, der vil hjælpe med at registrere gamle fotos og interviewe "
                "byens ældre om deres Ishøj.</p>"
            ),
        },
        "aktiviteter-for-boern": {
            "title": "Aktiviteter for børn",
            "slug": "aktiviteter-for-boern",
            "listing_summary": (
                "Et forældrenetværk under Lokalhistorisk Forening, der skaber gode oplevelser for "
                "familier og samler folk på tværs af byen."
            ),
            "description": (
                "<p>Aktiviteter for børn er et nystartet netværk af forældre, der vil give børn, "
                "familie og venner gode oplevelser – og samtidig lære hinanden at kende på tværs "
                "af byen og fortælle den gode historie om Ishøj.</p><p>Den første søndag i måneden "
                "er der søndagshygge på Bredekærgård med leg, dyr og kaffe på kanden. For at få "
                "flere med fra hele byen begyndte netværket at holde byttemarked sammen med "
                "Glashuset i Vejleåparken, skiftevis på gården og i Glashuset. Det har bragt "
                "beboere til Bredekærgård, som aldrig havde været der før, og gæster helt fra "
                "København og Gentofte.</p><p>Samarbejdet med Glashuset har sat flere nye idéer i "
                "gang, blandt andet barselscaféen. Har du lyst til at stå for en aktivitet, så "
                "skriv til netværket.</p>"
            ),
        },
        "glashuset-beboerhus": {
            "title": "Beboerhuset Glashuset",
            "slug": "beboerhuset-glashuset",
            "listing_summary": (
                "Beboerdrevet mødested i Vejleåparken med åbent hus, fællesspisning og plads til "
                "nye initiativer."
            ),
            "description": (
                "<p>Glashuset drives af en gruppe frivillige beboere sammen med boligområdets "
                "sociale medarbejdere. Huset holder åbent hus, fællesspisning og sprogcafé og "
                "låner lokaler ud til beboere, der vil sætte noget nyt i gang.</p><p>Drivkræfterne "
                "i Glashuset har bygget bro til andre dele af byen: Sammen med Aktiviteter for "
                "børn holder huset byttemarked, og barselscaféen voksede ud af netop det "
                "samarbejde. Nye idéer er altid velkomne.</p>"
            ),
        },
        "barselscafeen": {
            "title": "Barselscaféen i Glashuset",
            "slug": "barselscafeen-i-glashuset",
            "listing_summary": (
                "En café for forældre på barsel, startet af borgerne selv og med besøg af "
                "sundhedsplejerskerne."
            ),
            "description": (
                "<p>Hver tirsdag formiddag mødes nybagte forældre og deres babyer i Glashuset til "
                "kaffe, snak og leg på tæppet. Caféen er startet og drives af mødrene selv – idéen "
                "opstod i samarbejdet mellem Glashuset og forældrenetværket Aktiviteter for "
                "børn.</p><p>Sundhedsplejen havde tidligere prøvet at starte en barselsgruppe i "
                "området uden held. Nu er det omvendt: Caféen inviterer sundhedsplejerskerne "
                "indenfor, så de kan dele deres viden om amning, søvn og trivsel. Gennem caféen "
                "har mødrene også lært I tråd med verden at kende, som i dag syr tøj til deres "
                "børn.</p>"
            ),
        },
        "i-traad-med-verden": {
            "title": "I tråd med verden",
            "slug": "i-traad-med-verden",
            "listing_summary": (
                "Socialøkonomisk systue, hvor kvinder syr, reparerer og sælger tøj – og får "
                "erfaring, der kan føre til job."
            ),
            "description": (
                "<p>I tråd med verden er en socialøkonomisk virksomhed i Vejleåparken. Kvinder med "
                "mange forskellige baggrunde syr tøj, tasker og tekstiler på bestilling, laver "
                "reparationer og lærer faget fra bunden. Overskuddet går tilbage til "
                "værkstedet.</p><p>Da mødrene i barselscaféen i Glashuset hørte om systuen, "
                "spurgte de, om kvinderne ville sy tøj til deres børn. I dag er børnetøj en fast "
                "del af sortimentet – og et godt eksempel på, hvordan lokalt samarbejde giver en "
                "lille virksomhed i Ishøj nye kunder.</p>"
            ),
        },
        "dn-ishoj": {
            "title": "Danmarks Naturfredningsforening Ishøj",
            "slug": "danmarks-naturfredningsforening-ishoj",
            "listing_summary": (
                "Lokalafdelingen arbejder for naturen i Ishøj og inviterer til "
                "affaldsindsamlinger, naturture og klimaaktiviteter."
            ),
            "description": (
                "<p>Danmarks Naturfredningsforening Ishøj er den lokale afdeling af landets "
                "største natur- og miljøforening. Afdelingen følger kommunens planer for natur og "
                "klima og inviterer til guidede ture ved stranden, ved Ishøj Sø og i "
                "Vejleådalen.</p><p>Flere gange om året samler frivillige affald på Ishøj Strand – "
                "alle kan møde op, og foreningen har handsker og sække med. En weekend faldt "
                "indsamlingen sammen med forældrenetværkets byttemarked, uden at nogen af dem "
                "vidste det. Nu vil afdelingen gerne planlægge sammen med andre, så vi i "
                "fællesskab kan skabe mere opmærksomhed om klimaet.</p>"
            ),
        },
        "ungeraadet": {
            "title": "Ungerådet",
            "slug": "ungeraadet",
            "listing_summary": (
                "Ishøjs unge har deres eget råd, der giver byrådet input og selv sætter projekter "
                "i gang for unge."
            ),
            "description": (
                "<p>Ungerådet består af unge mellem 13 og 21 år, der bor eller går i skole i "
                "Ishøj. Rådet siger sin mening til byrådet om sager, der berører unge, og har en "
                "pulje til egne projekter som koncerter, debatmøder og turneringer.</p><p>Rådet "
                "mødes en gang om måneden på rådhuset. Hvert efterår er der valg, og alle unge i "
                "Ishøj kan stille op.</p>"
            ),
        },
        "medborger-og-demokratiforum": {
            "title": "Medborger- og Demokratiforum",
            "slug": "medborger-og-demokratiforum",
            "listing_summary": (
                "Et forum, hvor borgere, foreninger og politikere drøfter medborgerskab, "
                "deltagelse og demokrati i Ishøj."
            ),
            "description": (
                "<p>Medborger- og Demokratiforum samler repræsentanter for foreninger, "
                "boligområder og byrådet. Forummet rådgiver byrådet om, hvordan flere borgere kan "
                "tage del i byens fællesskaber og i demokratiet, og holder åbne temamøder i "
                "Brohuset.</p><p>Kommunikationsafdelingen hjælper forummet med at fortælle om sit "
                "arbejde og om de gode historier, der kommer ud af det.</p>"
            ),
        },
        "ishoj-bibliotek": {
            "title": "Ishøj Bibliotek",
            "slug": "biblioteket",
            "listing_summary": (
                "Kommunens folkebibliotek med lån, læsning, digital hjælp og arrangementer for "
                "alle aldre og på mange sprog."
            ),
            "description": (
                "<p>Ishøj Bibliotek er for alle, der vil låne, læse, lære eller bare være et sted. "
                "Personalet hjælper med bøger og film på mange sprog, med MitID og digital post og "
                "med at finde vej i uddannelsessystemet.</p><p>Biblioteket holder "
                "forfatteraftener, sprogcaféer, vælgermøder op til valg og læseklubber for børn. "
                "Foreninger kan låne mødelokaler, og biblioteket laver gerne nye arrangementer "
                "sammen med lokale kræfter.</p>"
            ),
        },
        "arken": {
            "title": "Arken – Museum for Moderne Kunst",
            "slug": "arken-museum-for-moderne-kunst",
            "listing_summary": (
                "Et af landets store kunstmuseer med udstillinger af samtidskunst, skoletjeneste "
                "og familieværksteder."
            ),
            "description": (
                "<p>Arken viser moderne kunst og samtidskunst fra Danmark og udlandet og har en "
                "stor samling af nyere kunst. Museets skoletjeneste tager imod klasser fra hele "
                "regionen, og i skoleferierne er der værksteder, hvor børn og voksne laver kunst "
                "sammen.</p><p>Museet vil gerne være et sted for hele Ishøj og samarbejder med "
                "lokale foreninger og boligområder om rundvisninger og arrangementer.</p>"
            ),
        },
        "sundhedsplejen": {
            "title": "Sundhedsplejen i Ishøj",
            "slug": "sundhedsplejen",
            "listing_summary": (
                "Kommunens sundhedsplejersker følger børns sundhed og trivsel fra fødslen og "
                "besøger familierne hjemme."
            ),
            "description": (
                "<p>Sundhedsplejen tilbyder hjemmebesøg til alle familier med nyfødte i Ishøj og "
                "følger børnenes trivsel og udvikling i de første leveår og gennem skoletiden. "
                "Sundhedsplejerskerne kan bruge tolk, så samtalen kan foregå på familiens eget "
                "sprog.</p><p>Sundhedsplejerskerne kommer også ud i byen: De er fast gæst i "
                "barselscaféen i Glashuset, som mødrene selv har startet, og deler dér deres viden "
                "om amning, søvn og det lille barns udvikling.</p>"
            ),
        },
        "ishoj-aktiv": {
            "title": "Ishøj Aktiv",
            "slug": "ishoj-aktiv",
            "listing_summary": (
                "Idrætsforening med fodbold, basketball og motion for børn og unge – træning flere "
                "dage om ugen i Idrætscentret."
            ),
            "description": (
                "<p>Ishøj Aktiv er en idrætsforening, der drives af frivillige trænere og "
                "forældre. Foreningen har fodbold, basketball og motionshold for børn og unge fra "
                "6 år og et pigehold med kvindelige trænere.</p><p>Foreningen samarbejder med "
                "lektiecaféen, så nogle af de unge spillere mødes til lektier, før de går til "
                "træning. Der mangler altid hjælpetrænere og forældre, der vil køre til kampe.</p>"
            ),
        },
        "lektiecafeen": {
            "title": "Lektiecaféen",
            "slug": "lektiecafeen",
            "listing_summary": (
                "Gratis lektiehjælp til skolebørn og unge, givet af frivillige på biblioteket og i "
                "Glashuset."
            ),
            "description": (
                "<p>I lektiecaféen hjælper frivillige – studerende, pensionerede lærere og andre "
                "med lyst – børn og unge med lektier, opgaver og eksamenslæsning. Der er ingen "
                "tilmelding; man kommer bare.</p><p>Caféen holder åbent mandag og onsdag kl. "
                "15–17.30 på Ishøj Bibliotek og torsdag kl. 16–18 i Glashuset. Den er forankret i "
                "Frivilligcenter Ishøj, som gerne hører fra nye frivillige.</p>"
            ),
        },
        "kvindenetvaerket": {
            "title": "Kvindenetværket i Vejleåparken",
            "slug": "kvindenetvaerket-i-vejleaaparken",
            "listing_summary": (
                "Et netværk, hvor kvinder mødes til snak, gåture, madlavning og oplæg om sundhed, "
                "uddannelse og job."
            ),
            "description": (
                "<p>Kvindenetværket samler kvinder i alle aldre og med mange forskellige "
                "modersmål. Hver onsdag mødes netværket i Glashuset, og en gang om måneden er der "
                "oplæg i Brohuset om emner, som medlemmerne selv vælger – fra sund mad til "
                "jobsøgning og rettigheder.</p><p>Flere af kvinderne har fundet vej til systuen I "
                "tråd med verden gennem netværket, og netværket holder gerne arrangementer sammen "
                "med andre foreninger.</p>"
            ),
        },
        "seniorklubben": {
            "title": "Seniorklubben Ishøj",
            "slug": "seniorklubben-ishoj",
            "listing_summary": (
                "Klub for seniorer med kortspil, gymnastik, foredrag og udflugter i Brohuset."
            ),
            "description": (
                "<p>Seniorklubben mødes i Brohuset to gange om ugen til kaffe, kortspil, "
                "stolegymnastik og godt samvær. Et par gange om året tager klubben på udflugt med "
                "bus, og i vinterhalvåret er der foredrag.</p><p>Klubben har mange tyrkisktalende "
                "medlemmer, og nye medlemmer er velkomne – uanset hvor i verden du kommer fra.</p>"
            ),
        },
        "frivilligcenter-ishoj": {
            "title": "Frivilligcenter Ishøj",
            "slug": "frivilligcenter-ishoj",
            "listing_summary": (
                "Hjælper borgere, der vil være frivillige, og foreninger, der søger frivillige, "
                "rådgivning eller lokaler."
            ),
            "description": (
                "<p>Frivilligcenter Ishøj er byens knudepunkt for frivilligt arbejde. Centret "
                "formidler frivillige opgaver, rådgiver foreninger om bestyrelsesarbejde og "
                "fondsansøgninger og holder kurser for nye frivillige.</p><p>Centret står bag "
                "lektiecaféen og arbejder sammen med Glashuset og Medborger- og Demokratiforum om "
                "at få flere med i byens fællesskaber. Kom forbi i Brohuset, hvis du vil høre, "
                "hvor du kan gøre en forskel.</p>"
            ),
        },
        "beboerforeningen-gadekaeret": {
            "title": "Beboerforeningen i Gadekæret",
            "slug": "beboerforeningen-i-gadekaeret",
            "listing_summary": (
                "Beboerne i Gadekæret holder fællesspisning, loppemarked og grønne dage i området."
            ),
            "description": (
                "<p>Beboerforeningen er valgt af beboerne i Gadekæret og arbejder for et godt og "
                "trygt boligområde. Foreningen holder fællesspisning den sidste fredag i måneden, "
                "loppemarked i foråret og grønne dage, hvor beboerne planter og rydder op på "
                "fællesarealerne.</p><p>Vil du være med til at planlægge, så kom til et af de åbne "
                "bestyrelsesmøder i beboerhuset.</p>"
            ),
        },
        "faelleshaven-ishoj-landsby": {
            "title": "Havelauget i Ishøj Landsby",
            "slug": "havelauget-i-ishoj-landsby",
            "listing_summary": (
                "Frivillige, der dyrker fælleshaven i Ishøj Landsby og deler høsten og "
                "erfaringerne med hinanden."
            ),
            "description": (
                "<p>Havelauget er et frivilligt initiativ, hvor naboer og haveglade ishøjborgere "
                "dyrker grøntsager sammen i fælleshaven i Ishøj Landsby. Man behøver ikke grønne "
                "fingre – der er altid nogen, der kan vise, hvordan man sætter kartofler eller "
                "binder tomater op.</p><p>Lørdag formiddag fra april til oktober er der fælles "
                "havedag. Havelauget samarbejder med Danmarks Naturfredningsforening Ishøj om "
                "frøbytte og insektvenlige bede.</p>"
            ),
        },
        "torslunde-landsbylaug": {
            "title": "Torslunde Landsbylaug",
            "slug": "torslunde-landsbylaug",
            "listing_summary": (
                "Lauget samler beboerne i Torslunde om fester, foredrag og pleje af landsbyens "
                "grønne områder."
            ),
            "description": (
                "<p>Torslunde Landsbylaug er beboernes forening i den lille landsby i kommunens "
                "vestlige del. Lauget holder høstfest og juletræsfest i forsamlingshuset, "
                "arrangerer foredrag om egnens historie og passer gadekæret og de grønne "
                "områder.</p><p>Alle, der bor i Torslunde, kan blive medlem.</p>"
            ),
        },
        "ambassadoernetvaerket": {
            "title": "Ambassadørnetværket for Ishøj",
            "slug": "ambassadoernetvaerket",
            "listing_summary": (
                "Borgere, der fortæller de gode historier om Ishøj videre – til naboer, kolleger "
                "og kommende tilflyttere."
            ),
            "description": (
                "<p>Ambassadørnetværket er for alle, der holder af Ishøj og gerne vil fortælle om "
                "byen. Ambassadørerne deler de gode historier, viser nye tilflyttere rundt og "
                "giver sekretariatet for Vores Ishøj tip om initiativer, der fortjener at blive "
                "set.</p><p>Netværket har ikke et fast mødested, men mødes et par gange om året "
                "rundt i byen – hver gang hos en ny forening. Sådan ruller snebolden: Jo mere vi "
                "deler, jo flere finder hinanden.</p>"
            ),
        },
    },
}
