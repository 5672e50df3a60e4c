PAGES = {
    "home": {
        "title": "Our Ishøj",
        "hero_alt": "Drawing of the town by Vejleåparken, where people from all walks of life meet.",
        "intro": (
            "The town's meeting place online. Find the good stories about Ishøj, see what is on, "
            "where you can take part – and who you can take part with."
        ),
        "search_description": (
            "Vores Ishøj is the town's meeting place online: good stories, activities and ideas from "
            "associations, volunteers and residents of Ishøj."
        ),
        "body": [
            ("heading", "Diversity is Ishøj's strength"),
            (
                "paragraph",
                "<p>About 23,000 people live in Ishøj, and four in ten have roots in other countries. "
                "Associations, volunteers, development agents and the municipality's institutions make "
                "a difference every day. Vores Ishøj brings it all together in one place, so we get to "
                "know each other better and work together across the town.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Activities for Children is a parents' network that creates good "
                    "experiences for family and friends, while we meet across backgrounds, get to "
                    "know each other and spread the story of Ishøj.",
                    "name": "Activities for Children",
                    "role": "parents' network of the local history society",
                },
            ),
            (
                "cta",
                {
                    "heading": "Do you know a good story?",
                    "text": "Tell us about an initiative, an association or a person making a "
                    "difference in Ishøj.",
                    "page": "take-part",
                    "label": "How to take part",
                },
            ),
        ],
    },
    "about": {
        "title": "About Vores Ishøj",
        "slug": "about-vores-ishoj",
        "intro": (
            "A home for working together and sharing news – built with the associations, the "
            "volunteers and the people who already bring residents together."
        ),
        "listing_summary": "What Vores Ishøj is, who is behind it and how it is run.",
        "body": [
            (
                "paragraph",
                "<p>Vores Ishøj is a communication platform and a meeting place online. Here we tell "
                "the good stories, share experience, build relationships, map the town's resources "
                "and keep track of what is going on.</p>",
            ),
            (
                "image",
                {
                    "image": "glashuset",
                    "alt": "Glashuset in Vejleåparken with lit windows and people walking in.",
                    "caption": "Glashuset in Vejleåparken is one of the town's meeting places.",
                },
            ),
            ("heading", "Who is behind it?"),
            (
                "paragraph",
                "<p>The platform is run by a secretariat in Ishøj Municipality's communication unit, "
                "in close cooperation with the community: development agents, the driving forces of "
                "Glashuset and the local associations. The municipality's role is above all to pass "
                "the stories on – the platform belongs to everyone.</p>",
            ),
            ("heading", "The snowball is rolling"),
            (
                "paragraph",
                "<p>The more we share, the more we learn from each other. When the parents' network "
                "<i>Activities for Children</i> started holding swap markets at Bredekærgård and "
                "Glashuset in turn, new guests came. The cooperation led to a café for new parents "
                "in Glashuset, where the mothers discovered the social-economy sewing project "
                "<i>I tråd med verden</i>.</p>",
            ),
            (
                "accordion",
                {
                    "heading": "Questions and answers",
                    "items": [
                        (
                            "Who can use Vores Ishøj?",
                            "<p>Everyone who lives, works or is active in Ishøj. You can read "
                            "without logging in.</p>",
                        ),
                        (
                            "Which languages is the site in?",
                            "<p>Danish, English, Arabic, Turkish and Urdu. Choose your language at "
                            "the top of the page.</p>",
                        ),
                        (
                            "Does it cost anything?",
                            "<p>No. Vores Ishøj is free for residents and associations.</p>",
                        ),
                    ],
                },
            ),
        ],
    },
    "vision": {
        "title": "The political vision",
        "slug": "the-political-vision",
        "intro": "The town council's vision for our community: diversity is Ishøj's strength.",
        "listing_summary": "What the town council wants, and the vision that guides Ishøj.",
        "body": [
            (
                "paragraph",
                "<p>Ishøj is a town of many backgrounds, languages and experiences. The town "
                "council's vision is that this very diversity is the town's strength: when good "
                "people find each other, new solutions, new communities and a stronger sense of "
                "belonging follow.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Diversity is Ishøj's strength.",
                    "name": "Ishøj Town Council",
                    "role": "political vision",
                },
            ),
            ("heading", "Ambassadors for Ishøj"),
            (
                "paragraph",
                "<p>When residents know the good stories, they can pass them on – to neighbours, "
                "colleagues and perhaps future residents. A network of ambassadors spreads the word "
                "in the community.</p>",
            ),
        ],
    },
    "take-part": {
        "title": "How to take part",
        "slug": "how-to-take-part",
        "intro": "Share a good story, find an activity or bring an idea for the town.",
        "listing_summary": "Three ways to contribute to Vores Ishøj.",
        "body": [
            ("heading", "Tell the good story"),
            (
                "paragraph",
                "<p>Do you know an initiative that deserves to be seen? Write to the secretariat and "
                "we will help you tell the story – to Ishøj Nyt and local TV too.</p>",
            ),
            ("heading", "Meet people across the town"),
            (
                "paragraph",
                "<p>The town's associations and volunteers hold activities all year – from Sunday "
                "get-togethers at Bredekærgård on the first Sunday of the month to swap markets in "
                "Glashuset.</p>",
            ),
            (
                "image",
                {
                    "image": "bredekaergaard",
                    "alt": "The old farm buildings of Bredekærgård on a sunny Sunday, with children "
                    "in the yard.",
                    "caption": "A Sunday get-together at Bredekærgård.",
                },
            ),
            (
                "cta",
                {
                    "heading": "Read about the platform",
                    "text": "See who is behind Vores Ishøj and how it is run.",
                    "page": "about",
                    "label": "About Vores Ishøj",
                },
            ),
        ],
    },
    "accessibility": {
        "title": "Accessibility statement",
        "slug": "accessibility-statement",
        "intro": (
            "How Vores Ishøj is built so that as many people as possible can use the site – and "
            "what is still missing."
        ),
        "listing_summary": (
            "How accessible Vores Ishøj is, and how to tell us if something does not work."
        ),
        "body": [
            (
                "paragraph",
                "<p>The site can be read on a phone, used with a keyboard and a screen reader, "
                "and works without JavaScript. Arabic and Urdu read from right to left. We test "
                "every page automatically for accessibility each time the site is changed.</p>",
            ),
            ("heading", "What is not accessible yet"),
            (
                "paragraph",
                "<ul><li>The map of organisations and places needs JavaScript and is hard to use "
                "with a screen reader. Everything the map shows is also in the list under "
                "Organisations and places.</li><li>The texts in Arabic, Turkish and Urdu have "
                "been translated by the editors and have not yet been read through by native "
                "speakers. Let us know if anything is unclear.</li><li>Urdu is shown in your "
                "phone's own fonts. On some older phones, a few letters may look "
                "wrong.</li><li>Pictures and documents from the organisations may lack a good "
                "description. We are happy to help you get another version.</li></ul>",
            ),
        ],
    },
    "privacy": {
        "title": "Privacy policy",
        "slug": "privacy-policy",
        "intro": (
            "What Vores Ishøj stores about you, why and for how long – and how to have it erased."
        ),
        "listing_summary": "How Vores Ishøj handles your personal data.",
        "body": [
            ("heading", "When you tip us about a good story"),
            (
                "paragraph",
                "<p>We store what you write about the story, your name, your e-mail address, your "
                "phone number if you give it, and a photo if you send one. We use your contact "
                "details to ask you about the tip. They are never published – not even when the "
                "tip becomes a story. Only the editors and the moderators can read the tip.</p>"
                "<p>The photo is shown only in the editors' system. If you have agreed that we may "
                "publish it, it may appear with the story, and we agree with you whom to name as "
                "the photographer. We remove the details in the image file that could show where "
                "and with what the photo was taken.</p>"
                "<p>We delete the tip with your contact details and the photo when the story has "
                "been published or when we have decided not to use the tip – and at the latest six "
                "months after we received it.</p>",
            ),
            ("heading", "When you want to be a volunteer writer"),
            (
                "paragraph",
                "<p>We store your name, your e-mail address, your association and what you write "
                "about why you want to write – but only once you have agreed to it in the form. "
                "The editors use it to handle your request, and only the editors can read it.</p>"
                "<p>If we say no, we delete the request at once. If we say yes, you get a user "
                "account with your name and e-mail address for as long as you write for Vores "
                "Ishøj; the request itself is deleted at the latest six months after we received "
                "it. Tell us when you want to stop, and we close the account.</p>",
            ),
            ("heading", "When you write stories and events"),
            (
                "paragraph",
                "<p>Volunteers, development agents and the editors write with their own user "
                "account. We store drafts of stories and events, every saved version, the "
                "comments from moderation and a log of who did what, so that the editors can see "
                "who wrote and approved a text. The page itself shows only the name written as "
                "its author.</p>"
                "<p>Drafts and versions are kept for as long as the page exists, and are deleted "
                "with it.</p>",
            ),
            ("heading", "When you visit the site"),
            (
                "paragraph",
                "<p>The server writes your IP address, the time, the page you ask for and your "
                "browser's name in a log. We use the log to keep the site secure and to find "
                "errors, and we delete it after 30 days. When you send a form, we remember your IP "
                "address for one hour to slow down spam. When someone types a wrong password at the "
                "editors' sign-in, we keep the IP address, the browser's name and the user name "
                "while signing in is paused to slow down guessing – a day at most.</p>"
                "<p>We use only the cookies needed to send a form and to log in – none for "
                "statistics or advertising. The site fetches nothing from others, except the map "
                "of organisations and places: it fetches map tiles from OpenStreetMap, which "
                "therefore sees your IP address. The list under Organisations and places shows "
                "the same without the map.</p>",
            ),
            ("heading", "Why we may"),
            (
                "paragraph",
                "<p>We handle the data to carry out the municipality's task of telling about life "
                "in Ishøj (Article 6(1)(e) of the General Data Protection Regulation), and photos "
                "and volunteers' requests with your consent (Article 6(1)(a)). We do not pass your "
                "data on to anyone else.</p>",
            ),
        ],
    },
}


# The directory of organisations and places; their language-neutral facts are in
# directory_facts.py.
DIRECTORY = {
    "index": {
        "title": "Organisations and places",
        "intro": (
            "Here you will find the town's associations, volunteer initiatives, networks and "
            "public services – and the places where they meet. Search by theme, audience, language "
            "or neighbourhood, and find people to join."
        ),
    },
    "map": {
        "title": "Map of Ishøj",
        "intro": (
            "See on the map where the town's organisations and services are based. Many places are "
            "home to several groups – choose a place to see who meets there, or filter by theme, "
            "audience and language."
        ),
    },
    "neighbourhoods": {
        "vejleaaparken": "Vejleåparken",
        "ishoj-centrum": "Ishøj Centre",
        "ishoj-strand": "Ishøj Strand",
        "ishoj-landsby": "Ishøj Village",
        "gadekaeret": "Gadekæret",
        "tranegilde": "Tranegilde",
        "torslunde": "Torslunde",
    },
    "themes": {
        "faellesskab": "Community",
        "boern-og-familie": "Children and families",
        "natur-og-klima": "Nature and climate",
        "kultur": "Culture",
        "sundhed": "Health",
        "uddannelse-og-job": "Education and jobs",
        "frivillighed": "Volunteering",
        "demokrati": "Democracy",
    },
    "places": {
        "glashuset": {
            "title": "Glashuset community house",
            "listing_summary": (
                "The community house in the middle of Vejleåparken, where neighbours, associations "
                "and networks meet for cafés, swap markets and homework help."
            ),
            "description": (
                "<p>Glashuset is Vejleåparken's meeting place: a bright building with large glass "
                "walls, a shared kitchen and rooms that residents, associations and networks can "
                "borrow. The parents' café, the women's network and the homework café are among "
                "those based here.</p><p>The house is also one of the two hosts of the parents' "
                "network's swap market, held here and at Bredekærgård in turn. Drop by for a cup "
                "of tea – there is almost always someone in.</p>"
            ),
            "opening_hours": "Mon–Fri 9–21\nSat–Sun 10–16",
            "photo_alt": (
                "Glashuset in Vejleåparken in the evening light, with lit windows and people going "
                "in."
            ),
        },
        "systuen": {
            "title": "The sewing workshop in Vejleåparken",
            "listing_summary": (
                "The workshop where the women of I tråd med verden sew, mend and sell clothes."
            ),
            "description": (
                "<p>The sewing workshop is on the ground floor in Vejleåparken, with sewing "
                "machines, cutting tables and a small shop. This is where the social-economy "
                "business I tråd med verden works on orders, repairs and its own collections – "
                "children's clothes among them.</p><p>There is step-free access from the street. "
                "Look in during opening hours if you would like to see what is being made, or have "
                "something that needs doing.</p>"
            ),
            "opening_hours": "Mon–Thu 9–15\nFri 9–13",
        },
        "ishoj-idraetscenter": {
            "title": "Ishøj Sports and Leisure Centre",
            "listing_summary": (
                "Sports halls, pitches and meeting rooms at Vejledalen, where many of the town's "
                "sports clubs train."
            ),
            "description": (
                "<p>The sports and leisure centre at Vejledalen has sports halls, outdoor pitches, "
                "meeting rooms and a café. Schools use the centre during the day, and the clubs "
                "take over in the afternoon and evening.</p><p>There is a lift to the first floor "
                "and an accessible toilet by the entrance hall.</p>"
            ),
            "opening_hours": "Mon–Fri 7–22\nSat–Sun 8–20",
        },
        "bredekaergaard": {
            "title": "Bredekærgård farm",
            "listing_summary": (
                "The old farm in Tranegilde with animals, a playground, the local history archive "
                "and Sunday get-togethers for families."
            ),
            "description": (
                "<p>Bredekærgård is an old farm in Tranegilde whose history goes back to the 17th "
                "century. Today the municipality owns the farm, and it has animals, a playground, "
                "nature activities and Ishøj's local history archive.</p><p>On the first Sunday of "
                "the month the parents' network Activities for Children invites everyone to a "
                "Sunday get-together at the farm, and every other swap market is held here.</p>"
            ),
            "opening_hours": "Farmyard: every day during daylight hours\nArchive: Tuesday 14–17",
            "photo_alt": (
                "Bredekærgård's pale farm buildings with red roofs on a sunny day, with children "
                "in the yard."
            ),
        },
        "ishoj-bibliotek": {
            "title": "Ishøj Library",
            "listing_summary": (
                "The town library on Ishøj Store Torv, with books in many languages, study spaces "
                "and a homework café."
            ),
            "description": (
                "<p>The library on Ishøj Store Torv is open to everyone. Besides books, films and "
                "music in many languages, it has study spaces, computers, help with digital "
                "self-service and events for children and adults.</p><p>Two afternoons a week, "
                "volunteers run a homework café in the children's and young people's section. "
                "Outside staffed hours you can get in with your health insurance card.</p>"
            ),
            "opening_hours": "Staffed: Mon–Fri 10–18, Sat 10–14\nSelf-service: every day 7–22",
        },
        "ishoj-raadhus": {
            "title": "Ishøj Town Hall",
            "listing_summary": (
                "The town hall on Ishøj Store Torv, where the town council, Ungerådet and the "
                "Citizenship and Democracy Forum meet."
            ),
            "description": (
                "<p>The town hall on Ishøj Store Torv houses the municipal administration and the "
                "council chamber, where the town council's meetings are open to anyone who wants "
                "to listen.</p><p>Ungerådet, the youth council, and the Citizenship and Democracy "
                "Forum also meet here. There is a hearing loop in the council chamber and in the "
                "meeting rooms on the second floor.</p>"
            ),
            "opening_hours": "Mon–Thu 8–15\nFri 8–13",
        },
        "brohuset": {
            "title": "Brohuset community and health centre",
            "listing_summary": (
                "Ishøj's community and health centre on Vejlebrovej, with rooms for associations, "
                "networks and health services."
            ),
            "description": (
                "<p>Brohuset is the municipality's community and health centre, close to Ishøj "
                "Station. Public health services sit side by side with an area for associations "
                "and networks, with meeting rooms, a hall, a seniors' workshop and a large shared "
                "kitchen.</p><p>Many of the town's associations meet here regularly, and the "
                "building is designed so that people run into each other across groups – in the "
                "kitchen, in the corridors and at shared events.</p>"
            ),
            "opening_hours": "Mon–Fri 8–21\nSat–Sun: for associations by arrangement",
        },
        "arken": {
            "title": "Arken art museum",
            "listing_summary": (
                "The museum of modern art by the beach in Ishøj, with changing exhibitions, a "
                "sculpture park and activities for children."
            ),
            "description": (
                "<p>Arken – Museum of Modern Art stands right on Køge Bay in Ishøj Beach Park. The "
                "building looks like a ship run aground in the dunes, and inside it shows Danish "
                "and international contemporary art in changing exhibitions.</p><p>At weekends and "
                "in the school holidays there are workshops for children and families, and the "
                "sculpture park around the museum is free to walk around.</p>"
            ),
            "opening_hours": "Tue–Sun 10–17\nWednesday until 21\nClosed on Mondays",
        },
        "ishoj-strand": {
            "title": "Ishøj Beach",
            "listing_summary": (
                "The long sandy beach in Køge Bay Beach Park, with dunes, lagoons and paths along "
                "the water."
            ),
            "description": (
                "<p>Ishøj Beach is part of Køge Bay Beach Park, which was laid out in the 1970s. "
                "It has miles of sandy beach, dunes and lagoons, and the paths along the water are "
                "busy with walkers, runners and cyclists.</p><p>The Danish Society for Nature "
                "Conservation's Ishøj branch meets here several times a year to collect litter. "
                "There is not step-free access all the way down to the water everywhere.</p>"
            ),
            "opening_hours": "Open day and night",
            "photo_alt": (
                "Ishøj Beach on a summer's day, with blue sea, pale sand and people on the beach."
            ),
        },
        "gadekaerets-beboerhus": {
            "title": "Gadekæret residents' house",
            "listing_summary": (
                "The shared house for Gadekæret's residents, with a party hall, a kitchen and "
                "rooms for clubs and meetings."
            ),
            "description": (
                "<p>The residents' house is Gadekæret's gathering place. The residents' "
                "association holds shared dinners, flea markets and residents' meetings here, and "
                "residents can hire the hall for family parties.</p><p>The house is on the ground "
                "floor, with step-free access and an accessible toilet.</p>"
            ),
            "opening_hours": "Office hours: Tuesday 17–19\nHire by arrangement",
        },
        "faelleshaven": {
            "title": "The community garden in Ishøj Village",
            "listing_summary": (
                "A shared kitchen garden in the old village, where everyone can help sow, weed and "
                "harvest."
            ),
            "description": (
                "<p>The community garden lies behind the old houses of Ishøj Village. Volunteers "
                "grow vegetables, herbs and flowers in raised beds, and the harvest is shared "
                "among those who have helped.</p><p>The paths are gravel, and there is no toilet "
                "in the garden. It is open to everyone during the day.</p>"
            ),
            "opening_hours": (
                "Every day from sunrise to sunset\nShared garden day: Saturday 10–13 "
                "(April–October)"
            ),
        },
        "torslunde-forsamlingshus": {
            "title": "Torslunde village hall",
            "listing_summary": (
                "The village's old assembly hall, where the village association holds parties, "
                "talks and its annual meeting."
            ),
            "description": (
                "<p>The village hall is Torslunde's shared living room. The village association "
                "holds its harvest festival, Christmas party and talks on local history here, and "
                "the hall can be hired for private parties.</p><p>The building is old and has "
                "steps at the entrance.</p>"
            ),
            "opening_hours": "By arrangement",
        },
    },
    "organisations": {
        "lokalhistorisk-forening": {
            "title": "Local History Society for Ishøj",
            "listing_summary": (
                "The society collects, preserves and tells Ishøj's history – from the villages and "
                "farms to today's diverse town."
            ),
            "description": (
                "<p>The Local History Society for Ishøj works closely with Ishøj's local history "
                "archive at Bredekærgård. The society organises town walks, talks and exhibitions, "
                "and helps residents who want to trace their family or their house.</p><p>The "
                "parents' network Activities for Children belongs to the society and brings new "
                "generations and new Ishøj residents to the farm. The society is looking for "
                "volunteers to help catalogue old photos and interview older residents about their "
                "Ishøj.</p>"
            ),
        },
        "aktiviteter-for-boern": {
            "title": "Activities for Children",
            "listing_summary": (
                "A parents' network under the Local History Society that creates good experiences "
                "for families and brings people together across the town."
            ),
            "description": (
                "<p>Activities for Children is a newly founded network of parents who want to give "
                "children, family and friends good experiences – while getting to know each other "
                "across the town and telling the good story about Ishøj.</p><p>On the first Sunday "
                "of the month there is a Sunday get-together at Bredekærgård with games, animals "
                "and coffee on the go. To draw people from all over the town, the network started "
                "holding a swap market with Glashuset in Vejleåparken, at the farm and in "
                "Glashuset in turn. It has brought residents to Bredekærgård who had never been "
                "there before, and visitors from as far away as Copenhagen and Gentofte.</p><p>The "
                "partnership with Glashuset has started several new ideas, the parents' café among "
                "them. If you would like to run an activity, write to the network.</p>"
            ),
        },
        "glashuset-beboerhus": {
            "title": "Glashuset residents' house",
            "listing_summary": (
                "A resident-run meeting place in Vejleåparken with open house, shared dinners and "
                "room for new initiatives."
            ),
            "description": (
                "<p>Glashuset is run by a group of resident volunteers together with the estate's "
                "social workers. The house holds open-house days, shared dinners and a language "
                "café, and lends rooms to residents who want to start something new.</p><p>The "
                "driving forces in Glashuset have built bridges to other parts of the town: "
                "together with Activities for Children the house holds a swap market, and the "
                "parents' café grew out of that very partnership. New ideas are always welcome.</p>"
            ),
        },
        "barselscafeen": {
            "title": "The parents' café in Glashuset",
            "listing_summary": (
                "A café for parents on leave with a new baby, started by residents themselves and "
                "visited by the health visitors."
            ),
            "description": (
                "<p>Every Tuesday morning new parents and their babies meet in Glashuset for "
                "coffee, a chat and play on the mat. The café was started and is run by the "
                "mothers themselves – the idea came out of the partnership between Glashuset and "
                "the parents' network Activities for Children.</p><p>The health visitors had "
                "earlier tried to start a new-parents' group in the area without success. Now it "
                "is the other way round: the café invites the health visitors in to share what "
                "they know about breastfeeding, sleep and wellbeing. Through the café the mothers "
                "also got to know I tråd med verden, which now sews clothes for their children.</p>"
            ),
        },
        "i-traad-med-verden": {
            "title": "I tråd med verden sewing workshop",
            "listing_summary": (
                "A social-economy sewing workshop where women sew, mend and sell clothes – and "
                "gain experience that can lead to a job."
            ),
            "description": (
                '<p>I tråd med verden ("In line with the world", a play on the Danish word for '
                "thread) is a social-economy business in "
                "Vejleåparken. Women from many different backgrounds sew clothes, bags and "
                "textiles to order, do repairs and learn the trade from scratch. Any profit goes "
                "back into the workshop.</p><p>When the mothers at the parents' café in Glashuset "
                "heard about the workshop, they asked whether the women would sew clothes for "
                "their children. Today children's clothes are a regular part of the range – and a "
                "good example of how local cooperation brings a small Ishøj business new "
                "customers.</p>"
            ),
        },
        "dn-ishoj": {
            "title": "Danish Society for Nature Conservation, Ishøj branch",
            "listing_summary": (
                "The local branch works for nature in Ishøj and invites everyone to litter "
                "collections, nature walks and climate activities."
            ),
            "description": (
                "<p>The Ishøj branch of the Danish Society for Nature Conservation is the local "
                "arm of the country's largest nature and environmental organisation. The branch "
                "follows the municipality's plans for nature and climate and leads guided walks by "
                "the beach, at Ishøj Lake and in the Vejleå valley.</p><p>Several times a year "
                "volunteers collect litter on Ishøj Beach – anyone can turn up, and the society "
                "brings gloves and bags. One weekend the collection clashed with the parents' "
                "network's swap market without either of them knowing. Now the branch wants to "
                "plan together with others, so that together we can draw more attention to the "
                "climate.</p>"
            ),
        },
        "ungeraadet": {
            "title": "Ungerådet – the youth council",
            "listing_summary": (
                "Ishøj's young people have their own council, which advises the town council and "
                "starts projects for young people."
            ),
            "description": (
                "<p>Ungerådet is made up of young people aged 13 to 21 who live or go to school in "
                "Ishøj. The council gives the town council its views on matters that affect young "
                "people and has a fund for its own projects such as concerts, debates and "
                "tournaments.</p><p>The council meets once a month at the town hall. There is an "
                "election every autumn, and any young person in Ishøj can stand.</p>"
            ),
        },
        "medborger-og-demokratiforum": {
            "title": "Citizenship and Democracy Forum",
            "listing_summary": (
                "A forum where residents, associations and politicians discuss citizenship, "
                "participation and democracy in Ishøj."
            ),
            "description": (
                "<p>The Citizenship and Democracy Forum brings together representatives of "
                "associations, housing estates and the town council. The forum advises the council "
                "on how more residents can take part in the town's communities and in democracy, "
                "and holds open themed meetings at Brohuset.</p><p>The municipality's "
                "communications team helps the forum tell people about its work and about the good "
                "stories that come out of it.</p>"
            ),
        },
        "ishoj-bibliotek": {
            "title": "Ishøj Public Library",
            "listing_summary": (
                "The municipal public library, with lending, reading, digital help and events for "
                "all ages and in many languages."
            ),
            "description": (
                "<p>Ishøj Library is for everyone who wants to borrow, read, learn or simply be "
                "somewhere. The staff help with books and films in many languages, with MitID and "
                "digital post, and with finding a way through the education system.</p><p>The "
                "library holds author evenings, language cafés, election hustings and reading "
                "clubs for children. Associations can borrow meeting rooms, and the library is "
                "glad to create new events together with local people.</p>"
            ),
        },
        "arken": {
            "title": "Arken – Museum of Modern Art",
            "listing_summary": (
                "One of Denmark's major art museums, with exhibitions of contemporary art, school "
                "programmes and family workshops."
            ),
            "description": (
                "<p>Arken shows modern and contemporary art from Denmark and abroad and has a "
                "large collection of recent art. The museum's education team welcomes school "
                "classes from the whole region, and in the school holidays there are workshops "
                "where children and adults make art together.</p><p>The museum wants to be a place "
                "for all of Ishøj and works with local associations and housing estates on guided "
                "tours and events.</p>"
            ),
        },
        "sundhedsplejen": {
            "title": "Health visitors in Ishøj",
            "listing_summary": (
                "The municipality's health visitors follow children's health and wellbeing from "
                "birth and visit families at home."
            ),
            "description": (
                "<p>The health visiting service offers home visits to every family with a newborn "
                "in Ishøj and follows the children's wellbeing and development in their first "
                "years and through their school years. The health visitors can use an interpreter, "
                "so that the conversation can take place in the family's own language.</p><p>The "
                "health visitors also get out into the town: they are regular guests at the "
                "parents' café in Glashuset, which the mothers started themselves, and share what "
                "they know about breastfeeding, sleep and a young child's development.</p>"
            ),
        },
        "ishoj-aktiv": {
            "title": "Ishøj Aktiv sports club",
            "listing_summary": (
                "A sports club with football, basketball and fitness for children and young people "
                "– training several days a week at the sports centre."
            ),
            "description": (
                "<p>Ishøj Aktiv is a sports club run by volunteer coaches and parents. The club "
                "offers football, basketball and fitness classes for children and young people "
                "from age 6, and a girls' team with female coaches.</p><p>The club works with the "
                "homework café, so some of the young players meet to do homework before training. "
                "Assistant coaches and parents who can drive to matches are always needed.</p>"
            ),
        },
        "lektiecafeen": {
            "title": "The homework café",
            "listing_summary": (
                "Free homework help for schoolchildren and young people, given by volunteers at "
                "the library and in Glashuset."
            ),
            "description": (
                "<p>At the homework café, volunteers – students, retired teachers and others who "
                "want to help – support children and young people with homework, assignments and "
                "exam revision. There is no need to sign up; just come along.</p><p>The café is "
                "open on Mondays and Wednesdays 15–17.30 at Ishøj Library and on Thursdays 16–18 "
                "in Glashuset. It is run by the Ishøj Volunteer Centre, which is always glad to "
                "hear from new volunteers.</p>"
            ),
        },
        "kvindenetvaerket": {
            "title": "The women's network in Vejleåparken",
            "listing_summary": (
                "A network where women meet to talk, walk, cook and hear talks on health, "
                "education and work."
            ),
            "description": (
                "<p>The women's network brings together women of all ages and with many different "
                "mother tongues. Every Wednesday the network meets in Glashuset, and once a month "
                "there is a talk at Brohuset on a subject the members choose themselves – from "
                "healthy food to job hunting and rights.</p><p>Several of the women found their "
                "way to the sewing workshop I tråd med verden through the network, and the network "
                "is happy to hold events together with other associations.</p>"
            ),
        },
        "seniorklubben": {
            "title": "Ishøj Seniors' Club",
            "listing_summary": (
                "A club for seniors with card games, exercise, talks and outings at Brohuset."
            ),
            "description": (
                "<p>The seniors' club meets at Brohuset twice a week for coffee, card games, chair "
                "exercises and good company. A couple of times a year the club goes on a coach "
                "trip, and there are talks in the winter months.</p><p>The club has many "
                "Turkish-speaking members, and new members are welcome – wherever in the world you "
                "come from.</p>"
            ),
        },
        "frivilligcenter-ishoj": {
            "title": "Ishøj Volunteer Centre",
            "listing_summary": (
                "Helps residents who want to volunteer, and associations looking for volunteers, "
                "advice or rooms."
            ),
            "description": (
                "<p>The Ishøj Volunteer Centre is the town's hub for voluntary work. The centre "
                "matches people with volunteering roles, advises associations on board work and "
                "funding applications, and runs courses for new volunteers.</p><p>The centre runs "
                "the homework café and works with Glashuset and the Citizenship and Democracy "
                "Forum to bring more people into the town's communities. Drop by at Brohuset if "
                "you would like to hear where you can make a difference.</p>"
            ),
        },
        "beboerforeningen-gadekaeret": {
            "title": "Gadekæret Residents' Association",
            "listing_summary": (
                "Gadekæret's residents hold shared dinners, a flea market and green days in the "
                "neighbourhood."
            ),
            "description": (
                "<p>The residents' association is elected by the residents of Gadekæret and works "
                "for a good and safe place to live. It holds a shared dinner on the last Friday of "
                "the month, a flea market in the spring and green days when residents plant and "
                "tidy up the shared grounds.</p><p>If you would like to help plan, come to one of "
                "the open committee meetings in the residents' house.</p>"
            ),
        },
        "faelleshaven-ishoj-landsby": {
            "title": "Ishøj Village Garden Group",
            "listing_summary": (
                "Volunteers who grow the community garden in Ishøj Village and share the harvest "
                "and their experience with each other."
            ),
            "description": (
                "<p>The garden group is a volunteer initiative where neighbours and keen gardeners "
                "from across Ishøj grow vegetables together in the community garden in Ishøj "
                "Village. You don't need green fingers – there is always someone who can show you "
                "how to plant potatoes or tie up tomatoes.</p><p>On Saturday mornings from April "
                "to October there is a shared garden day. The garden group works with the Ishøj "
                "branch of the Danish Society for Nature Conservation on seed swaps and "
                "insect-friendly beds.</p>"
            ),
        },
        "torslunde-landsbylaug": {
            "title": "Torslunde Village Association",
            "listing_summary": (
                "The association brings Torslunde's residents together for parties, talks and care "
                "of the village's green spaces."
            ),
            "description": (
                "<p>Torslunde Village Association is the residents' association of the small "
                "village in the west of the municipality. It holds a harvest festival and a "
                "Christmas party in the village hall, arranges talks on local history and looks "
                "after the village pond and green spaces.</p><p>Anyone who lives in Torslunde can "
                "join.</p>"
            ),
        },
        "ambassadoernetvaerket": {
            "title": "Ishøj Ambassador Network",
            "listing_summary": (
                "Residents who pass on the good stories about Ishøj – to neighbours, colleagues "
                "and people thinking of moving here."
            ),
            "description": (
                "<p>The ambassador network is for everyone who is fond of Ishøj and would like to "
                "tell others about it. The ambassadors share the town's good stories, show "
                "newcomers around and tip off the Vores Ishøj secretariat about initiatives that "
                "deserve to be seen.</p><p>The network has no fixed meeting place but meets a "
                "couple of times a year around the town – each time at a different association. "
                "That is how the snowball rolls: the more we share, the more people find each "
                "other.</p>"
            ),
        },
    },
}
