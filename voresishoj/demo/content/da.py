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
}
