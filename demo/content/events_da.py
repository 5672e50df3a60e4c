EVENTS = {
    "index": {
        "title": "Aktiviteter",
        "slug": "aktiviteter",
        "intro": (
            "Hvad sker der i Ishøj – og hvem kan du være med sammen med? Her finder du "
            "foreningernes, netværkenes og kommunens aktiviteter. Filtrér efter hvem det er for, "
            "hvor det foregår og hvilke sprog der tales, eller se hvad der sker i weekenden."
        ),
        "listing_summary": "Aktiviteter i Ishøj for børn, unge, voksne og seniorer – og for alle.",
        "search_description": (
            "Kalender over aktiviteter i Ishøj: byttemarkeder, barselscafé, lektiecafé, "
            "søndagshygge på Bredekærgård, borgerværksteder og meget mere."
        ),
    },
    "events": {
        "foerste-soendag": {
            "title": "Første søndag på Bredekærgård",
            "slug": "foerste-soendag-paa-bredekaergaard",
            "lead": (
                "Den første søndag i måneden åbner forældrenetværket Aktiviteter for børn den "
                "gamle gård i Tranegilde for leg, kaffe og nye bekendtskaber. Tag hele familien med."
            ),
            "description": [
                "Børnene leger i gården og i laden, og de voksne mødes ved det lange bord med "
                "kaffe og kage. Hver gang er der en lille aktivitet – at bage snobrød, male "
                "sten eller høre om, hvordan man levede på gården for hundrede år siden.",
                "Én søndag i rækken er aflyst, fordi Lokalhistorisk Forening låner gården til "
                "sit årsmøde den dag. Se de aflyste datoer i kalenderen.",
                "Du behøver ikke tilmelde dig. Tag gerne en ven eller en nabo med.",
            ],
            "image_alt": "Bredekærgård med hvide længer og røde tage.",
            "accessibility_notes": (
                "Gården og laden er i niveau, og der er handicaptoilet i stuehuset. "
                "Gårdspladsen er brolagt."
            ),
        },
        "byttemarked-bredekaergaard": {
            "title": "Byttemarked på Bredekærgård",
            "slug": "byttemarked-paa-bredekaergaard",
            "lead": (
                "Børnetøj, legetøj og bøger skifter ejer i laden på Bredekærgård. Tag det med, "
                "dine børn er vokset fra, og find noget nyt – uden at det koster noget."
            ),
            "description": [
                "Byttemarkedet holdes skiftevis på Bredekærgård og i Glashuset i Vejleåparken, "
                "så familier fra hele byen får en grund til at besøge et sted, de ellers ikke "
                "kommer. Der kommer også gæster fra København og nabokommunerne.",
                "Det er let: kom med rent tøj og legetøj i god stand, læg det på bordene og tag "
                "det, du kan bruge. Det, der bliver tilbage, giver vi videre til genbrug.",
            ],
            "image_alt": "Borde fulde af børnetøj og legetøj til byttemarked.",
        },
        "byttemarked-glashuset": {
            "title": "Byttemarked i Glashuset",
            "slug": "byttemarked-i-glashuset",
            "lead": (
                "Hver anden måned flytter byttemarkedet ind i Glashuset i Vejleåparken. Byt "
                "børnetøj, legetøj og bøger med andre familier – gratis og godt for klimaet."
            ),
            "description": [
                "Aktiviteter for børn og Beboerhuset Glashuset holder byttemarkedet sammen. "
                "Måneden før og måneden efter er det på Bredekærgård i Tranegilde.",
                "Huset byder på te og kaffe, og der er et hjørne, hvor de mindste kan lege, "
                "mens de voksne kigger.",
            ],
            "image_alt": "Borde fulde af børnetøj og legetøj til byttemarked.",
        },
        "lordagslegestue": {
            "title": "Lørdagslegestue i Glashuset",
            "slug": "loerdagslegestue-i-glashuset",
            "lead": (
                "Hver lørdag formiddag er Glashusets store sal fyldt med legetøj, puder og "
                "musik for børn op til seks år og deres voksne."
            ),
            "description": [
                "Kom når det passer jer, og gå når I vil. Der er frugt til børnene og kaffe til "
                "de voksne, og forældre fra netværket tager imod ved døren.",
                "På de lørdage, hvor der er byttemarked i Glashuset, holder legestuen fri – kom "
                "til byttemarkedet i stedet.",
            ],
            "image_alt": "Glashuset i Vejleåparken med store glaspartier.",
        },
        "familieidraet": {
            "title": "Familieidræt søndag formiddag",
            "slug": "familieidraet-soendag-formiddag",
            "lead": (
                "Løb, hop, boldspil og forhindringsbaner for børn og voksne sammen i Ishøj "
                "Idræts- og Fritidscenter. Trænere fra Ishøj Aktiv står for legene."
            ),
            "description": [
                "Familieidræt er for børn fra tre år og deres forældre, bedsteforældre eller "
                "storesøskende. I bevæger jer sammen, og ingen behøver at kunne noget i forvejen.",
                "Tag indendørssko eller bare tæer og en drikkedunk med. Det er gratis, og du "
                "behøver ikke tilmelde dig.",
            ],
        },
        "barselscafe": {
            "title": "Barselscaféen i Glashuset",
            "slug": "barselscafeen-i-glashuset",
            "lead": (
                "Mødre og fædre på barsel mødes hver tirsdag formiddag over en kop kaffe, "
                "mens de mindste ligger på tæpperne. Caféen drives af forældrene selv."
            ),
            "description": [
                "Barselscaféen startede som et borgerinitiativ, da mødrene fra byttemarkedet "
                "manglede et sted at mødes. Nu kommer der nybagte forældre fra hele Vejleåparken "
                "og resten af byen.",
                "En gang om måneden kommer en sundhedsplejerske forbi og svarer på spørgsmål om "
                "søvn, amning og mad. Der tales dansk, arabisk, urdu, somali og tyrkisk rundt om "
                "bordene.",
            ],
            "image_alt": "Barselscafé med kaffe, babyer og en barnevogn.",
            "accessibility_notes": "Der er plads til barnevogne, og puslebord på toilettet.",
        },
        "lektiecafe": {
            "title": "Lektiecaféen på biblioteket",
            "slug": "lektiecafeen-paa-biblioteket",
            "lead": (
                "Frivillige hjælper med lektier i alle fag hver mandag eftermiddag på Ishøj "
                "Bibliotek. For skoleelever fra 3. klasse og op."
            ),
            "description": [
                "Tag dine lektier med, så sætter en af de frivillige sig ved siden af dig. Nogle "
                "er studerende, andre er pensionerede lærere, og flere taler både dansk og "
                "arabisk, tyrkisk, urdu eller somali.",
                "Der er frugt og saftevand, og du kan komme og gå, som det passer dig.",
            ],
        },
        "lektier-og-fodbold": {
            "title": "Lektier og fodbold",
            "slug": "lektier-og-fodbold",
            "lead": (
                "Først en time med lektier, så en time på banen. Lektiecaféen og Ishøj Aktiv "
                "inviterer hver torsdag til idrætscentret."
            ),
            "description": [
                "Frivillige fra lektiecaféen hjælper i mødelokalet ved hallen, og bagefter "
                "træner Ishøj Aktivs trænere med de unge på kunstgræsbanen.",
                "For piger og drenge fra 10 til 16 år. Husk fodboldtøj og madpakke.",
            ],
        },
        "sprogcafe": {
            "title": "Sprogcafé: snak dansk over en kop kaffe",
            "slug": "sprogcafe-snak-dansk",
            "lead": (
                "Øv dig i at tale dansk i en afslappet stemning. Frivillige fra Frivilligcenter "
                "Ishøj sidder ved bordene hver tirsdag på biblioteket."
            ),
            "description": [
                "Det gør ikke noget, hvis dit dansk ikke er perfekt – det er det, sprogcaféen er "
                "til for. Vi taler om hverdagen, om Ishøj og om det, du har brug for at kunne "
                "sige.",
                "Nye i byen er særligt velkomne. De frivillige kan også forklare på engelsk, "
                "arabisk, tyrkisk, urdu eller somali.",
            ],
        },
        "hoejtlaesning": {
            "title": "Højtlæsning på arabisk, tyrkisk og urdu",
            "slug": "hoejtlaesning-paa-arabisk-tyrkisk-og-urdu",
            "lead": (
                "Billedbøger læst højt på børnenes modersmål – og bagefter på dansk. For børn "
                "fra tre til otte år og deres forældre."
            ),
            "description": [
                "Frivillige fra ambassadørnetværket læser op i børnebiblioteket, én historie på "
                "hvert sprog. Bagefter kan I låne bøgerne med hjem; biblioteket har bøger på "
                "mange sprog.",
                "Det er gratis og kræver ikke tilmelding.",
            ],
        },
        "seniorklubben": {
            "title": "Onsdagshygge i Seniorklubben",
            "slug": "onsdagshygge-i-seniorklubben",
            "lead": (
                "Kaffe, kortspil, sang og af og til et foredrag. Seniorklubben Ishøj mødes "
                "hver onsdag eftermiddag i Brohuset."
            ),
            "description": [
                "Klubben er for alle over 60, der har lyst til selskab. Nogle kommer for at "
                "spille whist, andre for at synge eller bare for at snakke.",
                "Kaffen koster ingenting den første gang, du kommer.",
            ],
            "accessibility_notes": "Brohuset har elevator, handicaptoilet og teleslynge.",
        },
        "kvindenetvaerket": {
            "title": "Kvindenetværkets torsdagsmøde",
            "slug": "kvindenetvaerkets-torsdagsmoede",
            "lead": (
                "Kvinder i Vejleåparken mødes hver torsdag formiddag i Glashuset og bestemmer "
                "selv, hvad der skal ske – fra motion til jobsøgning."
            ),
            "description": [
                "Netværket er for kvinder i alle aldre. Nogle torsdage går vi en tur sammen, "
                "andre gange kommer en gæst og fortæller om sundhed, uddannelse eller økonomi.",
                "Du kan tage dine små børn med. Der tales dansk, arabisk, somali, urdu, tyrkisk "
                "og kurdisk.",
            ],
            "accessibility_notes": "Kun for kvinder. Glashuset er i niveau med handicaptoilet.",
        },
        "jobcafe-for-kvinder": {
            "title": "Jobcafé for kvinder",
            "slug": "jobcafe-for-kvinder",
            "lead": (
                "Skriv dit CV, øv dig i en jobsamtale, og hør hvordan andre kvinder har fundet "
                "arbejde. Kvindenetværket og I tråd med verden inviterer til Systuen."
            ),
            "description": [
                "Frivillige fra Frivilligcenter Ishøj hjælper med ansøgninger, og kvinderne fra "
                "I tråd med verden fortæller, hvordan systuen blev en vej ind på "
                "arbejdsmarkedet.",
                "Tag gerne din computer med, hvis du har en. Der er te og hjemmebag.",
            ],
        },
        "syaften": {
            "title": "Syaften i Systuen",
            "slug": "syaften-i-systuen",
            "lead": (
                "Lær at sy, reparere og ændre tøj sammen med kvinderne fra I tråd med verden. "
                "Symaskiner og stof er der."
            ),
            "description": [
                "Systuen i Vejleåparken er en lokal socialøkonomisk virksomhed, der blandt andet "
                "syr børnetøj til familierne fra barselscaféen. Mandag aften åbner den for alle, "
                "der vil lære.",
                "Tag gerne et stykke tøj med, der skal lappes.",
            ],
            "image_alt": "Systue med symaskiner og stofruller.",
        },
        "borgervaerksted": {
            "title": "Borgerværksted: Hvad skal Vores Ishøj kunne?",
            "slug": "borgervaerksted-hvad-skal-vores-ishoj-kunne",
            "lead": (
                "Medborger- og Demokratiforum inviterer til en aften med idéer. Hvad skal vores "
                "fælles platform gøre for dig, din forening og dit kvarter?"
            ),
            "description": [
                "Vi arbejder i små grupper med post-its, kaffe og nysgerrighed. Alle idéer er "
                "velkomne – også de skæve. Sekretariatet samler det hele op og fortæller, hvad "
                "der sker med jeres forslag.",
                "Der er tolke til arabisk, tyrkisk og urdu. Tilmeld dig, så vi ved, hvor mange "
                "vi skal bage til.",
            ],
            "accessibility_notes": (
                "Biblioteket har elevator, handicaptoilet og teleslynge i mødesalen."
            ),
        },
        "borgervaerksted-gadekaeret": {
            "title": "Borgerværksted i Gadekæret: vores grønne områder",
            "slug": "borgervaerksted-i-gadekaeret",
            "lead": (
                "Hvordan skal græsplænerne, legepladsen og stierne i Gadekæret bruges? "
                "Beboerforeningen og Medborger- og Demokratiforum spørger beboerne."
            ),
            "description": [
                "Tegn, skriv eller fortæl – vi tager imod idéer i alle former. Børn er "
                "velkomne og får deres eget bord med tegnepapir.",
                "Idéerne fra aftenen går videre til afdelingsbestyrelsen og kommunens "
                "driftsafdeling.",
            ],
        },
        "ungeraadet": {
            "title": "Åbent møde i Ungerådet",
            "slug": "aabent-moede-i-ungeraadet",
            "lead": (
                "Ungerådet holder åbent møde på rådhuset. Kom og hør, hvad rådet arbejder med, "
                "og giv dit eget forslag videre til byrådet."
            ),
            "description": [
                "Ungerådet er unge fra Ishøj mellem 14 og 24 år, valgt af de unge selv. På de "
                "åbne møder er der tid til spørgsmål og forslag fra alle unge i byen.",
                "Der er pizza efter mødet.",
            ],
        },
        "velkommen-til-ishoej": {
            "title": "Velkommen til Ishøj – aften for nye borgere",
            "slug": "velkommen-til-ishoej",
            "lead": (
                "Ny i Ishøj? Mød ambassadører, der selv er kommet hertil, og hør om foreninger, "
                "fritidstilbud og fællesskaber i byen."
            ),
            "description": [
                "Ambassadørnetværket og Frivilligcenter Ishøj fortæller om byen på dansk, "
                "engelsk, arabisk, tyrkisk, urdu og somali. Bagefter er der mad og tid til at "
                "snakke med foreningerne.",
                "Tag gerne din familie med.",
            ],
        },
        "frivilligboers": {
            "title": "Frivilligbørs i Brohuset",
            "slug": "frivilligboers-i-brohuset",
            "lead": (
                "Fem foreninger under ét tag: find ud af, hvor du kan gøre en forskel – en time "
                "om måneden eller hver uge."
            ),
            "description": [
                "Lokalhistorisk Forening, Danmarks Naturfredningsforening Ishøj, Lektiecaféen og "
                "Seniorklubben står ved hver sin stand sammen med Frivilligcenter Ishøj.",
                "Foreningerne bruger også aftenen til at lære hinanden at kende og planlægge "
                "aktiviteter sammen.",
            ],
        },
        "arken-familieomvisning": {
            "title": "Familieomvisning på Arken",
            "slug": "familieomvisning-paa-arken",
            "lead": (
                "En omvisning for børn og voksne i Arkens udstillinger, med tid til at tegne og "
                "bygge i værkstedet bagefter."
            ),
            "description": [
                "Museets formidlere viser rundt og stiller spørgsmål, som børnene kan svare på. "
                "Aktiviteter for børn står for kaffen i værkstedet bagefter.",
                "Omvisningen er gratis, men voksne betaler almindelig entré til museet. Tilmeld "
                "jer, der er plads til 30.",
            ],
            "price": "Entré for voksne; børn og unge under 18 gratis",
            "accessibility_notes": "Arken har elevator, handicaptoilet og udlån af kørestole.",
        },
        "faellesspisning-gadekaeret": {
            "title": "Fællesspisning i Gadekæret",
            "slug": "faellesspisning-i-gadekaeret",
            "lead": (
                "En gang om måneden laver beboerne mad til hinanden i beboerhuset. Hver gang "
                "er det et nyt køkken, der står for menuen."
            ),
            "description": [
                "Nogle gange er det pakistansk, andre gange tyrkisk eller dansk. Du kan også "
                "melde dig til at lave mad – sig det til bestyrelsen.",
                "Tilmeld dig senest onsdagen før, så der er mad nok.",
            ],
            "price": "40 kr. for voksne, 20 kr. for børn under 12",
        },
        "naturvandring-strand": {
            "title": "Naturvandring ved Ishøj Strand",
            "slug": "naturvandring-ved-ishoej-strand",
            "lead": (
                "Gå med Danmarks Naturfredningsforening langs stranden og søerne i "
                "Strandparken, og hør om fuglene, planterne og havet."
            ),
            "description": [
                "Turen er cirka fem kilometer i roligt tempo. Tag tøj på efter vejret og gerne "
                "en kikkert med.",
                "Vi mødes ved parkeringspladsen ved Strandparken.",
            ],
            "image_alt": "Ishøj Strand med klit, strand og hav.",
            "accessibility_notes": "Stien er af sand og grus og egner sig ikke til kørestol.",
        },
        "fugletur-havnen": {
            "title": "Fugletur ved Ishøj Havn",
            "slug": "fugletur-ved-ishoej-havn",
            "lead": (
                "En tidlig søndagstur med kikkert ved havnen, hvor vinterens ænder og måger "
                "holder til. For begyndere og øvede."
            ),
            "description": [
                "Danmarks Naturfredningsforening har kikkerter med til udlån. Turen går på "
                "havnens fliser og tager omkring to timer.",
            ],
            "accessibility_notes": "Hele turen går på jævnt underlag uden trin.",
        },
        "idraetsdag": {
            "title": "Idrætsdag for hele familien",
            "slug": "idraetsdag-for-hele-familien",
            "lead": (
                "Prøv fodbold, basket, badminton og dans i Ishøj Idræts- og Fritidscenter. "
                "Foreningerne viser, hvad de kan, og Ungerådet griller."
            ),
            "description": [
                "Gå fra hal til hal og prøv det, du har lyst til. Trænerne fortæller om "
                "holdene, og der er frivillige, der hjælper nye familier med at finde et hold.",
                "Det er gratis at være med hele dagen.",
            ],
        },
        "mangfoldighedsdag": {
            "title": "Mangfoldighedsdag i Vejleåparken",
            "slug": "mangfoldighedsdag-i-vejleaaparken",
            "lead": (
                "En hel dag med mad, musik, dans og fortællinger fra hele verden – fordi "
                "mangfoldighed er Ishøjs styrke."
            ),
            "description": [
                "Glashuset, Kvindenetværket, Aktiviteter for børn, Ishøj Aktiv og I tråd med "
                "verden fylder huset og pladsen foran. Der er boder, scene, legeplads og "
                "fællesbord hele dagen.",
                "Kom, når det passer dig. Det hele er gratis.",
            ],
            "image_alt": "Glashuset i Vejleåparken med store glaspartier.",
        },
        "faellessang-torslunde": {
            "title": "Fællessang i Torslunde Forsamlingshus",
            "slug": "faellessang-i-torslunde",
            "lead": (
                "Syng med fra Højskolesangbogen og fra hele verden. Landsbylauget og "
                "Seniorklubben inviterer til en aften med sang og kaffe."
            ),
            "description": [
                "En pianist spiller, og alle kan ønske en sang. Tag gerne en sang med fra dit "
                "eget land, så lærer vi den sammen.",
            ],
            "accessibility_notes": (
                "Der er tre trin op til indgangen. Ring til lauget, så hjælper vi dig ind."
            ),
        },
        "lokalhistorisk-aften": {
            "title": "Lokalhistorisk aften: Ishøj før og nu",
            "slug": "lokalhistorisk-aften-ishoj-foer-og-nu",
            "lead": (
                "Gamle fotografier af landsbyen, stranden og de første boligområder. Fortæl "
                "din egen historie om Ishøj."
            ),
            "description": [
                "Lokalhistorisk Forening viser billeder fra arkivet, og dem, der har boet her "
                "længe, fortæller. Har du selv billeder, så tag dem med – foreningen scanner "
                "dem gerne.",
            ],
        },
    },
    "drafts": {
        "affaldsindsamling": {
            "title": "Affaldsindsamling med Danmarks Naturfredningsforening",
            "slug": "affaldsindsamling-med-dn",
            "lead": (
                "Vi samler affald på stranden og i Strandparken. Handsker, poser og "
                "affaldsgribere er med, og bagefter er der varm kakao."
            ),
            "description": [
                "Alle kan være med – også de mindste. Vi fortæller undervejs om, hvad affaldet "
                "gør ved dyrene i havet.",
                "Mødested: parkeringspladsen ved Strandparken.",
            ],
            "accessibility_notes": "Stranden er sand og grus og egner sig ikke til kørestol.",
        },
    },
}
