STORIES = {
    "index": {
        "title": "Gode historier",
        "slug": "gode-historier",
        "intro": (
            "Historier om mennesker, foreninger og initiativer, der gør en forskel i Ishøj – og "
            "lidt inspiration fra andre steder. Har du en god historie, så fortæl os om den."
        ),
        "listing_summary": "De gode historier om Ishøj, fortalt af dem, der er med.",
        "search_description": (
            "Gode historier fra Ishøj: forældrenetværk, byttemarkeder, barselscafé, systue, "
            "lektiecafé og meget mere."
        ),
    },
    "story_tip": {
        "title": "Tip os om en god historie",
        "slug": "tip-os",
        "intro": (
            "Har du set noget godt ske i Ishøj – en forening, et initiativ eller et menneske, der "
            "gør en forskel? Fortæl os om det. Sekretariatet læser alle tip og kontakter dig, hvis "
            "vi vil skrive historien."
        ),
        "thank_you": (
            "Tak for dit tip! Vi læser det inden for en uge og kontakter dig, hvis vi vil fortælle "
            "historien."
        ),
        "listing_summary": "Fortæl redaktionen om noget godt, der sker i Ishøj.",
        "search_description": "Tip Vores Ishøj om en god historie fra din forening eller dit kvarter.",
    },
    "volunteer_signup": {
        "title": "Bliv frivillig skribent",
        "slug": "bliv-frivillig-skribent",
        "intro": (
            "Skriv de gode historier fra din forening, dit boligområde eller dit netværk. Som "
            "frivillig skribent får du en konto på Vores Ishøj, hjælp til at komme i gang og en "
            "redaktør, der læser med, før historien bliver offentliggjort."
        ),
        "thank_you": (
            "Tak for din interesse! Sekretariatet vender tilbage til dig, når vi har oprettet din "
            "konto."
        ),
        "listing_summary": "Skriv selv de gode historier – med en redaktør ved din side.",
        "search_description": "Bliv frivillig skribent på Vores Ishøj og fortæl byens gode historier.",
    },
    "stories": {
        "soendagshygge": {
            "title": "Søndagshygge på Bredekærgård samler familier fra hele byen",
            "slug": "soendagshygge-paa-bredekaergaard",
            "lead": (
                "Den første søndag i måneden fylder forældrenetværket Aktiviteter for børn den "
                "gamle gård i Tranegilde med leg, kaffe og nye bekendtskaber."
            ),
            "listing_summary": (
                "Et nyt forældrenetværk inviterer til søndagshygge på Bredekærgård hver måned."
            ),
            "search_description": (
                "Aktiviteter for børn holder søndagshygge på Bredekærgård den første søndag i "
                "måneden."
            ),
            "hero_alt": "Bredekærgård med de hvide længer og røde tage, familier i gården.",
            "press_role": "tovholder, Aktiviteter for børn",
            "body": [
                (
                    "paragraph",
                    "<p>Ude på Bredekærgård lugter det af kaffe og halm. Børn løber mellem "
                    "længerne, og ved det lange bord i laden sidder forældre, der for en time "
                    "siden ikke kendte hinanden. Det er søndagshygge, og det er præcis det, "
                    "forældrenetværket <i>Aktiviteter for børn</i> blev startet for.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Vi er et forældrenetværk, der skaber gode oplevelser for familie "
                        "og venner, mens vi mødes på tværs, lærer hinanden at kende og udbreder "
                        "historien om Ishøj.",
                        "name": "Aktiviteter for børn",
                        "role": "netværkets mission",
                    },
                ),
                ("heading", "Et netværk under Lokalhistorisk Forening"),
                (
                    "paragraph",
                    "<p>Netværket er nystiftet og hører under Lokalhistorisk Forening for Ishøj, "
                    "der har til huse på gården. Det passer godt sammen: Foreningen vil gerne have "
                    "nye generationer til at opdage byens historie, og forældrene vil gerne have "
                    "et sted, hvor børnene kan lege, mens de voksne snakker.</p>",
                ),
                (
                    "paragraph",
                    "<p>Søndagshyggen er den første søndag i måneden. Der er ingen tilmelding, og "
                    "man må gerne tage en nabo med. Vil du stå for en aktivitet en søndag, så "
                    "skriv til netværket.</p>",
                ),
            ],
        },
        "affaldsindsamling": {
            "title": "To gode arrangementer samme weekend – og ingen vidste det",
            "slug": "to-arrangementer-samme-weekend",
            "lead": (
                "Mens Danmarks Naturfredningsforening samlede affald på Ishøj Strand, holdt "
                "forældrene byttemarked i Glashuset. Begge dele handlede om klimaet, men ingen af "
                "dem kendte til det andet."
            ),
            "listing_summary": (
                "Affaldsindsamling og byttemarked faldt samme weekend. Næste gang planlægger de "
                "sammen."
            ),
            "search_description": (
                "DN Ishøj og Aktiviteter for børn vil koordinere deres arrangementer efter en "
                "weekend, hvor de ramte hinanden."
            ),
            "hero_alt": "Ishøj Strand en forårsdag med blåt hav, lyst sand og mennesker på stranden.",
            "press_role": "formand, Danmarks Naturfredningsforening Ishøj",
            "body": [
                (
                    "paragraph",
                    "<p>Lørdag formiddag gik frivillige fra Danmarks Naturfredningsforening Ishøj "
                    "langs stranden med sække og handsker. Dagen efter byttede familier tøj og "
                    "legetøj i Glashuset i Vejleåparken. To arrangementer med samme budskab – "
                    "brug tingene igen, pas på naturen – men arrangørerne anede ikke, at de lå "
                    "samme weekend.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Vi kunne have delt plakater, lånt hinandens handsker og fået "
                        "dobbelt så mange med. Den slags skal vi ikke opdage bagefter.",
                        "name": "Henrik Bech",
                        "role": "formand for DN Ishøj",
                    },
                ),
                ("heading", "En kalender, alle kan se"),
                (
                    "paragraph",
                    "<p>Netop derfor findes Vores Ishøj. Når foreninger og netværk fortæller om "
                    "deres planer ét sted, kan de se, hvad andre har gang i – og invitere hinanden "
                    "med. Næste gang vil affaldsindsamlingen og byttemarkedet ligge samme dag, så "
                    "man kan samle affald om formiddagen og bytte om eftermiddagen.</p>",
                ),
            ],
        },
        "byttemarked": {
            "title": "Byttemarkedet, der trak gæster fra København og Gentofte",
            "slug": "byttemarkedet-der-trak-gaester",
            "lead": (
                "Aktiviteter for børn og Glashuset holder byttemarked på skift på Bredekærgård og "
                "i Vejleåparken. Det har bragt nye ansigter til begge steder – også langvejsfra."
            ),
            "listing_summary": (
                "Et byttemarked på skift mellem Bredekærgård og Glashuset samler folk på tværs "
                "af byen."
            ),
            "search_description": (
                "Byttemarkedet i Ishøj holdes skiftevis på Bredekærgård og i Glashuset i "
                "Vejleåparken."
            ),
            "hero_alt": "Borde med tøj og legetøj i alle farver og mennesker, der kigger og bytter.",
            "press_role": "koordinator, Beboerhuset Glashuset",
            "body": [
                (
                    "paragraph",
                    "<p>Hvordan får man folk fra hele byen til at komme? Det spurgte forældrene i "
                    "<i>Aktiviteter for børn</i> sig selv, da de opdagede, at det mest var de samme "
                    "familier, der kom til søndagshyggen på Bredekærgård. Svaret blev et "
                    "byttemarked – og en aftale med Glashuset i Vejleåparken.</p>",
                ),
                ("heading", "På skift mellem gården og Glashuset"),
                (
                    "paragraph",
                    "<p>Byttemarkedet holdes skiftevis på Bredekærgård og i Glashuset. Det har fået "
                    "beboere, der aldrig havde sat deres ben på gården, til at tage turen ud til "
                    "Tranegilde – og omvendt. Man tager det med, man ikke længere bruger, og går "
                    "hjem med noget, man kan bruge.</p>",
                ),
                (
                    "image",
                    {
                        "image": "glashuset",
                        "alt": "Glashuset i Vejleåparken i aftenlys med mennesker på vej ind.",
                        "caption": "Hver anden gang holdes byttemarkedet i Glashuset.",
                    },
                ),
                (
                    "paragraph",
                    "<p>Byttemarkeder har tilhængere i hele landet, og det kunne mærkes: Der kom "
                    "gæster fra København, Gentofte og nabokommunerne. Mange af dem havde aldrig "
                    "været i Ishøj før.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Folk kom for at bytte vinterjakker og gik hjem med en ny "
                        "fortælling om Ishøj. Det er den bedste reklame, byen kan få.",
                        "name": "Aysel Kaya",
                        "role": "koordinator i Glashuset",
                    },
                ),
            ],
        },
        "barselscafe": {
            "title": "Mødrene startede selv barselscaféen i Glashuset",
            "slug": "moedrene-startede-barselscafeen",
            "lead": (
                "Sundhedsplejen havde prøvet at starte en barselsgruppe i Vejleåparken uden held. "
                "Så tog mødrene selv sagen i egen hånd – og nu er det dem, der inviterer "
                "sundhedsplejerskerne indenfor."
            ),
            "listing_summary": (
                "En barselscafé på borgernes initiativ, hvor sundhedsplejersker kommer på besøg."
            ),
            "search_description": (
                "Barselscaféen i Glashuset er startet af mødrene selv og får besøg af "
                "sundhedsplejerskerne."
            ),
            "hero_alt": "Caféborde med kaffekopper, en barnevogn og mødre, der taler sammen.",
            "press_role": "en af mødrene bag barselscaféen",
            "body": [
                (
                    "paragraph",
                    "<p>Idéen opstod i samarbejdet mellem Glashuset og forældrenetværket "
                    "<i>Aktiviteter for børn</i>: Hvorfor ikke en café for dem, der lige har fået "
                    "et barn? Sundhedsplejerskerne havde forsøgt at samle en barselsgruppe i "
                    "området, men det var ikke lykkedes. Nu kører caféen på borgerinitiativ.</p>",
                ),
                ("heading", "Tirsdag formiddag i Glashuset"),
                (
                    "paragraph",
                    "<p>Hver tirsdag formiddag mødes nybagte forældre og deres babyer til kaffe, "
                    "snak og leg på tæppet. Mødrene taler mange forskellige sprog, og der er altid "
                    "nogen, der kan hjælpe med at oversætte.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Det er vores café. Når sundhedsplejersken kommer, er hun vores "
                        "gæst – og så tør man spørge om alt det, man ellers går og tænker på.",
                        "name": "Sara Haddad",
                        "role": "mor og en af initiativtagerne",
                    },
                ),
                (
                    "paragraph",
                    "<p>Sundhedsplejerskerne kommer jævnligt forbi og deler deres viden om amning, "
                    "søvn og det lille barns trivsel. Rollerne er byttet om: Det er borgerne, der "
                    "har skabt rammen, og fagfolkene, der bliver inviteret ind.</p>",
                ),
            ],
        },
        "boernetoej": {
            "title": "Nybagte mødre bestiller børnetøj hos I tråd med verden",
            "slug": "boernetoej-fra-i-traad-med-verden",
            "lead": (
                "I barselscaféen hørte mødrene om systuen I tråd med verden. Nu syr kvinderne dér "
                "tøj til deres børn – og en lille socialøkonomisk virksomhed i Ishøj har fået nye "
                "kunder."
            ),
            "listing_summary": (
                "Barselscaféen og en socialøkonomisk systue har fundet hinanden – over børnetøj."
            ),
            "search_description": (
                "Den socialøkonomiske systue I tråd med verden i Vejleåparken syr nu børnetøj til "
                "mødrene fra barselscaféen."
            ),
            "hero_alt": "Systue med to symaskiner på et langt bord og stofruller i mange farver.",
            "press_role": "daglig leder, I tråd med verden",
            "body": [
                (
                    "paragraph",
                    "<p>Det begyndte med en snak over kaffen i barselscaféen i Glashuset. En af "
                    "mødrene fortalte om <i>I tråd med verden</i>, systuen i Vejleåparken, hvor "
                    "kvinder med mange forskellige baggrunde syr, reparerer og lærer faget fra "
                    "bunden. Kunne de ikke sy tøj til børnene?</p>",
                ),
                ("heading", "Fra bestilling til fast sortiment"),
                (
                    "paragraph",
                    "<p>Det kunne de. Mødrene efterspurgte tøj, og kvinderne på systuen gik i gang. "
                    "I dag er børnetøj en fast del af det, systuen laver, og overskuddet går "
                    "tilbage til værkstedet og til de kvinder, der får erfaring, som kan føre til "
                    "job.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Vores kunder bor lige rundt om hjørnet. Det gør os stolte at "
                        "sy det tøj, deres børn tager deres første skridt i.",
                        "name": "Fatima Malik",
                        "role": "daglig leder af I tråd med verden",
                    },
                ),
                (
                    "paragraph",
                    "<p>Historien viser, hvad der sker, når gode kræfter finder hinanden: Et "
                    "byttemarked førte til en barselscafé, og barselscaféen førte til nye kunder "
                    "hos en lokal socialøkonomisk virksomhed.</p>",
                ),
            ],
        },
        "kvindenetvaerket": {
            "title": "Onsdag i Glashuset: Kvindenetværket vælger selv emnerne",
            "slug": "kvindenetvaerket-vaelger-selv",
            "lead": (
                "Hver onsdag mødes kvinder i alle aldre i Glashuset. En gang om måneden inviterer "
                "netværket til oplæg i Brohuset – om det, medlemmerne selv vil vide mere om."
            ),
            "listing_summary": (
                "Kvinder med mange modersmål mødes hver uge og vælger selv månedens oplæg."
            ),
            "search_description": (
                "Kvindenetværket i Vejleåparken mødes om onsdagen i Glashuset og holder oplæg i "
                "Brohuset."
            ),
            "hero_alt": "Glashuset i Vejleåparken med lys i vinduerne og kvinder på vej ind.",
            "press_role": "tovholder, Kvindenetværket i Vejleåparken",
            "body": [
                (
                    "paragraph",
                    "<p>Der bliver talt dansk, somali, arabisk og urdu om bordet i Glashuset, og "
                    "ofte flere sprog i samme sætning. Kvindenetværket samler kvinder i alle aldre, "
                    "og onsdagen er fast mødedag med te, madlavning og gåture i Vejleåparken.</p>",
                ),
                ("heading", "Fra sund mad til jobsøgning"),
                (
                    "paragraph",
                    "<p>En gang om måneden er der oplæg i Brohuset. Emnerne vælger medlemmerne "
                    "selv: sund mad, jobsøgning, rettigheder på arbejdsmarkedet og, senest, "
                    "hvordan man starter en forening.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Vi spørger ikke, hvad andre synes, vi har brug for. Vi spørger "
                        "hinanden.",
                        "name": "Hodan Warsame",
                        "role": "tovholder for Kvindenetværket",
                    },
                ),
                (
                    "paragraph",
                    "<p>Gennem netværket har flere kvinder fundet vej til systuen <i>I tråd med "
                    "verden</i>, og netværket holder gerne arrangementer sammen med andre "
                    "foreninger i byen.</p>",
                ),
            ],
        },
        "ungeraadet": {
            "title": "Valg til Ungerådet: Unge i Ishøj får deres egen stemme",
            "slug": "valg-til-ungeraadet",
            "lead": (
                "Hvert efterår vælger Ishøjs unge deres eget råd. Ungerådet giver byrådet sin "
                "mening og har en pulje til egne projekter. Nu er valget i gang, og alle unge kan "
                "stille op."
            ),
            "listing_summary": (
                "Unge mellem 13 og 21 år kan stille op til Ungerådet, der rådgiver byrådet."
            ),
            "search_description": (
                "Ungerådet i Ishøj holder valg hvert efterår. Alle unge mellem 13 og 21 år kan "
                "stille op."
            ),
            "hero_alt": "Tegning af Ishøj med boligblokke og mennesker, der mødes foran husene.",
            "press_role": "kommunikationskonsulent, Ishøj Kommune",
            "body": [
                (
                    "paragraph",
                    "<p>Ungerådet består af unge mellem 13 og 21 år, der bor eller går i skole i "
                    "Ishøj. Rådet mødes en gang om måneden på rådhuset og siger sin mening til "
                    "byrådet om alt, der berører unge – fra cykelstier til åbningstider i "
                    "klubberne.</p>",
                ),
                ("heading", "Penge til egne projekter"),
                (
                    "paragraph",
                    "<p>Rådet har også en pulje til sine egne projekter. Den er blevet brugt til "
                    "koncerter, debatmøder og turneringer, som unge selv har fundet på og stået "
                    "for.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Politikerne lytter faktisk. Men de kan kun lytte til dem, der "
                        "siger noget.",
                        "name": "Sami",
                        "role": "17 år, medlem af Ungerådet",
                    },
                ),
                (
                    "accordion",
                    {
                        "heading": "Sådan stiller du op",
                        "items": [
                            (
                                "Hvem kan stille op?",
                                "<p>Alle unge mellem 13 og 21 år, der bor eller går i skole i "
                                "Ishøj.</p>",
                            ),
                            (
                                "Hvor meget tid tager det?",
                                "<p>Et møde om måneden på rådhuset og de projekter, du selv "
                                "vil være med i.</p>",
                            ),
                        ],
                    },
                ),
            ],
        },
        "lektiecafe": {
            "title": "Lektier før træning: Lektiecaféen og Ishøj Aktiv spiller sammen",
            "slug": "lektier-foer-traening",
            "lead": (
                "Nogle af de unge fodboldspillere i Ishøj Aktiv starter eftermiddagen i "
                "lektiecaféen. Frivillige hjælper med matematik og stile, og bagefter går turen "
                "til træning."
            ),
            "listing_summary": (
                "Frivillige hjælper med lektier, før de unge spillere tager til træning."
            ),
            "search_description": (
                "Lektiecaféen på Ishøj Bibliotek og i Glashuset samarbejder med idrætsforeningen "
                "Ishøj Aktiv."
            ),
            "press_role": "frivillig koordinator, Lektiecaféen",
            "body": [
                (
                    "paragraph",
                    "<p>Klokken er lidt over tre, og på biblioteket sidder tre drenge med "
                    "fodboldtasker under bordet og en brøkopgave foran sig. Ved siden af dem "
                    "sidder en pensioneret lærer, der har været frivillig i lektiecaféen i to "
                    "år.</p>",
                ),
                ("heading", "Et samarbejde, der giver mening"),
                (
                    "paragraph",
                    "<p>Lektiecaféen er forankret i Frivilligcenter Ishøj og har åbent mandag og "
                    "onsdag på Ishøj Bibliotek og torsdag i Glashuset. Idrætsforeningen Ishøj Aktiv "
                    "så, at mange af deres unge spillere havde svært ved at nå både lektier og "
                    "træning. Nu mødes de til lektier først.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Trænerne spørger til lektierne, og vi spørger til kampene. Så "
                        "hænger det hele lidt bedre sammen for de unge.",
                        "name": "Jonas Friis",
                        "role": "frivillig koordinator i lektiecaféen",
                    },
                ),
                (
                    "paragraph",
                    "<p>Lektiecaféen mangler altid frivillige – studerende, pensionister og alle "
                    "andre med lyst. Der kræves ingen tilmelding for at få hjælp; man kommer "
                    "bare.</p>",
                ),
            ],
        },
        "reparationscafe": {
            "title": "Inspiration: Reparationscaféer får naboer til at fikse ting sammen",
            "slug": "inspiration-reparationscafeer",
            "lead": (
                "I mange danske byer mødes frivillige og naboer for at reparere en lampe, en cykel "
                "eller et par bukser i stedet for at smide dem ud. Idéen kunne passe godt til "
                "Ishøj."
            ),
            "listing_summary": (
                "Reparationscaféer findes i mange byer. Hvad kan Ishøj lære af dem?"
            ),
            "search_description": (
                "Inspiration fra andre byer: reparationscaféer, hvor frivillige hjælper naboer med "
                "at reparere deres ting."
            ),
            "hero_alt": "Et værkstedsbord med et cykelhjul, en lampe og en værktøjskasse.",
            "press_role": "sekretariatet for Vores Ishøj, Ishøj Kommune",
            "body": [
                (
                    "paragraph",
                    "<p>Den første Repair Café blev holdt i Amsterdam i 2009. I dag findes der "
                    "reparationscaféer i tusindvis af byer verden over – også i flere af vores "
                    "nabokommuner, ofte på biblioteket eller i et beboerhus.</p>",
                ),
                ("heading", "Sådan fungerer det"),
                (
                    "paragraph",
                    "<p>Frivillige med forstand på el, cykler, tøj eller møbler møder op med "
                    "værktøj. Gæsterne tager deres ødelagte ting med, og så reparerer man dem "
                    "sammen over en kop kaffe. Det er gratis, og man lærer noget undervejs.</p>",
                ),
                ("heading", "Hvad kunne det blive til i Ishøj?"),
                (
                    "paragraph",
                    "<p>Byen har allerede mange af brikkerne: Byttemarkedet i Glashuset, "
                    "symaskinerne hos <i>I tråd med verden</i> og naturfredningsforeningens "
                    "arbejde for klimaet. En reparationscafé på et byttemarked kunne samle dem "
                    "alle. Har din forening lyst til at prøve, så skriv til sekretariatet for "
                    "Vores Ishøj.</p>",
                ),
            ],
        },
    },
    "drafts": {
        "havedag": {
            "title": "Frøbytte og høst i Fælleshaven i Ishøj Landsby",
            "slug": "froebytte-og-hoest-i-faelleshaven",
            "lead": (
                "Sæsonens sidste havedag bød på kartoffelhøst, frøbytte og suppe for alle, der "
                "havde været med til at luge hele sommeren."
            ),
            "listing_summary": "Havelauget sluttede sæsonen med høst og frøbytte.",
            "search_description": "Sæsonens sidste havedag i Fælleshaven i Ishøj Landsby.",
            "press_role": "medlem af Havelauget i Ishøj Landsby",
            "body": [
                (
                    "paragraph",
                    "<p>Lørdag var der fuldt hus i Fælleshaven. Havelauget høstede de sidste "
                    "kartofler, og Danmarks Naturfredningsforening Ishøj havde taget frø med fra "
                    "de insektvenlige bede, så alle kunne få lidt med hjem til næste år.</p>",
                ),
                (
                    "paragraph",
                    "<p>Fra april til oktober er der fælles havedag lørdag formiddag. Man behøver "
                    "ikke grønne fingre – der er altid nogen, der kan vise, hvordan man gør.</p>",
                ),
            ],
        },
    },
}
