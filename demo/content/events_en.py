EVENTS = {
    "index": {
        "title": "Activities",
        "slug": "activities",
        "intro": (
            "What's on in Ishøj – and who can you join? Here you'll find what the associations, "
            "networks and the municipality have planned. Filter by who it's for, where it "
            "happens and which languages are spoken, or see what's on this weekend."
        ),
        "listing_summary": "Things to do in Ishøj for children, young people, adults and seniors.",
        "search_description": (
            "Calendar of activities in Ishøj: swap markets, a parents' café, homework help, "
            "Sundays at Bredekærgård, citizen workshops and much more."
        ),
    },
    "events": {
        "foerste-soendag": {
            "title": "First Sunday at Bredekærgård",
            "slug": "first-sunday-at-bredekaergaard",
            "lead": (
                "On the first Sunday of every month the parents' network Aktiviteter for børn "
                "opens the old farm in Tranegilde for play, coffee and new friends. Bring the "
                "whole family."
            ),
            "description": [
                "The children play in the yard and the barn while the grown-ups gather round the "
                "long table with coffee and cake. There's always something small to do – "
                "baking twist bread over the fire, painting stones, or hearing how people lived "
                "on the farm a hundred years ago.",
                "One Sunday in the series is cancelled because the local history society has the "
                "farm for its annual meeting that day. The calendar shows which date.",
                "No need to sign up. Feel free to bring a friend or a neighbour.",
            ],
            "image_alt": "Bredekærgård, with white farm buildings and red roofs.",
            "accessibility_notes": (
                "The yard and barn are step-free, and there is an accessible toilet in the "
                "farmhouse. The yard is cobbled."
            ),
        },
        "byttemarked-bredekaergaard": {
            "title": "Swap market at Bredekærgård",
            "slug": "swap-market-at-bredekaergaard",
            "lead": (
                "Children's clothes, toys and books find new owners in the barn at Bredekærgård. "
                "Bring what your children have outgrown and take home something new – for free."
            ),
            "description": [
                "The swap market takes turns between Bredekærgård and Glashuset in "
                "Vejleåparken, so families from all over town have a reason to visit a place "
                "they wouldn't otherwise go. Visitors come from Copenhagen and neighbouring "
                "towns too.",
                "It's simple: bring clean clothes and toys in good condition, put them on the "
                "tables and take what you can use. Whatever is left over goes on to be reused.",
            ],
            "image_alt": "Tables full of children's clothes and toys at a swap market.",
        },
        "byttemarked-glashuset": {
            "title": "Swap market at Glashuset",
            "slug": "swap-market-at-glashuset",
            "lead": (
                "Every other month the swap market moves into Glashuset in Vejleåparken. Swap "
                "children's clothes, toys and books with other families – free, and good for "
                "the climate."
            ),
            "description": [
                "Aktiviteter for børn and the Glashuset community centre run the market together. "
                "In the months in between it is held at Bredekærgård in Tranegilde.",
                "The house serves tea and coffee, and there's a corner where little ones can play "
                "while the grown-ups browse.",
            ],
            "image_alt": "Tables full of children's clothes and toys at a swap market.",
        },
        "lordagslegestue": {
            "title": "Saturday playgroup at Glashuset",
            "slug": "saturday-playgroup-at-glashuset",
            "lead": (
                "Every Saturday morning the big hall at Glashuset fills up with toys, cushions "
                "and music for children up to six and the adults who bring them."
            ),
            "description": [
                "Drop in when it suits you and leave when you like. There's fruit for the "
                "children and coffee for the adults, and parents from the network welcome you "
                "at the door.",
                "On Saturdays when the swap market is at Glashuset the playgroup takes a break – "
                "come to the swap market instead.",
            ],
            "image_alt": "Glashuset in Vejleåparken with its large glass walls.",
        },
        "familieidraet": {
            "title": "Family sport on Sunday mornings",
            "slug": "family-sport-on-sunday-mornings",
            "lead": (
                "Running, jumping, ball games and obstacle courses for children and adults "
                "together at Ishøj Sports and Leisure Centre, led by coaches from Ishøj Aktiv."
            ),
            "description": [
                "Family sport is for children from three and their parents, grandparents or "
                "older brothers and sisters. You move together, and nobody needs to be good at "
                "anything first.",
                "Bring indoor shoes or go barefoot, and bring a water bottle. It's free, and "
                "there's no need to sign up.",
            ],
        },
        "barselscafe": {
            "title": "The parents' café at Glashuset",
            "slug": "the-parents-cafe-at-glashuset",
            "lead": (
                "Mums and dads on parental leave meet every Tuesday morning over a cup of "
                "coffee while the babies lie on the rugs. The parents run the café themselves."
            ),
            "description": [
                "The café began as a residents' initiative, when mothers from the swap market "
                "needed somewhere to meet. Now new parents come from all over Vejleåparken and "
                "the rest of town.",
                "Once a month a health visitor drops by to answer questions about sleep, "
                "breastfeeding and food. Around the tables you'll hear Danish, Arabic, Urdu, "
                "Somali and Turkish.",
            ],
            "image_alt": "A parents' café with coffee, babies and a pram.",
            "accessibility_notes": "There's room for prams, and a changing table in the toilet.",
        },
        "lektiecafe": {
            "title": "Homework café at the library",
            "slug": "homework-cafe-at-the-library",
            "lead": (
                "Volunteers help with homework in every subject every Monday afternoon at "
                "Ishøj Library. For pupils from year 3 up."
            ),
            "description": [
                "Bring your homework and one of the volunteers will sit down next to you. Some "
                "are students, some are retired teachers, and several speak Arabic, Turkish, "
                "Urdu or Somali as well as Danish.",
                "There's fruit and squash, and you can come and go as you like.",
            ],
        },
        "lektier-og-fodbold": {
            "title": "Homework and football",
            "slug": "homework-and-football",
            "lead": (
                "An hour of homework first, then an hour on the pitch. The homework café and "
                "Ishøj Aktiv invite you to the sports centre every Thursday."
            ),
            "description": [
                "Volunteers from the homework café help out in the meeting room by the hall, "
                "and afterwards Ishøj Aktiv's coaches train with the young people on the "
                "artificial pitch.",
                "For girls and boys aged 10 to 16. Bring football kit and a packed lunch.",
            ],
        },
        "sprogcafe": {
            "title": "Language café: practise Danish over coffee",
            "slug": "language-cafe-practise-danish",
            "lead": (
                "Practise speaking Danish in a relaxed setting. Volunteers from Frivilligcenter "
                "Ishøj are at the tables every Tuesday at the library."
            ),
            "description": [
                "It doesn't matter if your Danish isn't perfect – that's what the language café "
                "is for. We talk about everyday life, about Ishøj, and about whatever you need "
                "to be able to say.",
                "Newcomers are especially welcome. The volunteers can also explain things in "
                "English, Arabic, Turkish, Urdu or Somali.",
            ],
        },
        "hoejtlaesning": {
            "title": "Story time in Arabic, Turkish and Urdu",
            "slug": "story-time-in-arabic-turkish-and-urdu",
            "lead": (
                "Picture books read aloud in the children's home languages – and then in Danish. "
                "For children aged three to eight and their parents."
            ),
            "description": [
                "Volunteers from the ambassador network read in the children's library, one "
                "story in each language. Afterwards you can borrow the books; the library has "
                "books in many languages.",
                "It's free and there's no need to sign up.",
            ],
        },
        "seniorklubben": {
            "title": "Wednesday get-together at the Seniors' Club",
            "slug": "wednesday-get-together-seniors-club",
            "lead": (
                "Coffee, cards, singing and now and then a talk. Seniorklubben Ishøj meets every "
                "Wednesday afternoon at Brohuset."
            ),
            "description": [
                "The club is for anyone over 60 who would like some company. Some come to play "
                "whist, others to sing or simply to chat.",
                "Coffee is on the house the first time you come.",
            ],
            "accessibility_notes": "Brohuset has a lift, an accessible toilet and a hearing loop.",
        },
        "kvindenetvaerket": {
            "title": "The women's network's Thursday meeting",
            "slug": "womens-network-thursday-meeting",
            "lead": (
                "Women in Vejleåparken meet every Thursday morning at Glashuset and decide "
                "for themselves what happens – from exercise to job hunting."
            ),
            "description": [
                "The network is for women of all ages. Some Thursdays we go for a walk together; "
                "other times a guest comes to talk about health, education or money.",
                "You're welcome to bring small children. Danish, Arabic, Somali, Urdu, Turkish "
                "and Kurdish are spoken.",
            ],
            "accessibility_notes": "Women only. Glashuset is step-free with an accessible toilet.",
        },
        "jobcafe-for-kvinder": {
            "title": "Job café for women",
            "slug": "job-cafe-for-women",
            "lead": (
                "Write your CV, practise a job interview and hear how other women found work. "
                "The women's network and I tråd med verden invite you to Systuen."
            ),
            "description": [
                "Volunteers from Frivilligcenter Ishøj help with applications, and the women "
                "from I tråd med verden tell how the sewing workshop became their way into work.",
                "Bring your laptop if you have one. There's tea and home baking.",
            ],
        },
        "syaften": {
            "title": "Sewing evening at Systuen",
            "slug": "sewing-evening-at-systuen",
            "lead": (
                "Learn to sew, mend and alter clothes with the women from I tråd med verden. "
                "Sewing machines and fabric are provided."
            ),
            "description": [
                "The sewing workshop in Vejleåparken is a local social enterprise which, among "
                "other things, makes children's clothes for families from the parents' café. "
                "On Monday evenings it opens to anyone who wants to learn.",
                "Bring along a piece of clothing that needs mending.",
            ],
            "image_alt": "A sewing workshop with sewing machines and rolls of fabric.",
        },
        "borgervaerksted": {
            "title": "Citizen workshop: what should Vores Ishøj do?",
            "slug": "citizen-workshop-what-should-vores-ishoj-do",
            "lead": (
                "The Citizenship and Democracy Forum invites you to an evening of ideas. What "
                "should our shared platform do for you, your association and your neighbourhood?"
            ),
            "description": [
                "We work in small groups with sticky notes, coffee and curiosity. Every idea is "
                "welcome – the unusual ones too. The secretariat gathers it all up and reports "
                "back on what happens to your suggestions.",
                "Interpreters for Arabic, Turkish and Urdu will be there. Please sign up so we "
                "know how much cake to bake.",
            ],
            "accessibility_notes": (
                "The library has a lift, an accessible toilet and a hearing loop in the hall."
            ),
        },
        "borgervaerksted-gadekaeret": {
            "title": "Citizen workshop in Gadekæret: our green spaces",
            "slug": "citizen-workshop-in-gadekaeret",
            "lead": (
                "How should the lawns, the playground and the paths in Gadekæret be used? The "
                "residents' association and the Citizenship and Democracy Forum ask residents."
            ),
            "description": [
                "Draw, write or tell us – we take ideas in any form. Children are welcome and get "
                "a table of their own with drawing paper.",
                "The ideas from the evening go to the estate board and the municipality's "
                "maintenance department.",
            ],
        },
        "ungeraadet": {
            "title": "Youth Council open meeting",
            "slug": "youth-council-open-meeting",
            "lead": (
                "The Youth Council holds an open meeting at the town hall. Come and hear what "
                "the council is working on, and send your own proposal on to the city council."
            ),
            "description": [
                "The Youth Council is made up of young people from Ishøj aged 14 to 24, elected "
                "by young people themselves. At the open meetings there's time for questions and "
                "proposals from any young person in town.",
                "There's pizza after the meeting.",
            ],
        },
        "velkommen-til-ishoej": {
            "title": "Welcome to Ishøj – an evening for newcomers",
            "slug": "welcome-to-ishoj",
            "lead": (
                "New in Ishøj? Meet ambassadors who came here themselves, and hear about the "
                "associations, leisure activities and communities in town."
            ),
            "description": [
                "The ambassador network and Frivilligcenter Ishøj tell you about the town in "
                "Danish, English, Arabic, Turkish, Urdu and Somali. Afterwards there's food and "
                "time to talk to the associations.",
                "Do bring your family.",
            ],
        },
        "frivilligboers": {
            "title": "Volunteering fair at Brohuset",
            "slug": "volunteering-fair-at-brohuset",
            "lead": (
                "Five associations under one roof: find out where you can make a difference – "
                "an hour a month or every week."
            ),
            "description": [
                "Lokalhistorisk Forening, Danmarks Naturfredningsforening Ishøj, Lektiecaféen "
                "and Seniorklubben each have a stand, together with Frivilligcenter Ishøj.",
                "The associations also use the evening to get to know each other and plan "
                "activities together.",
            ],
        },
        "arken-familieomvisning": {
            "title": "Family tour at Arken",
            "slug": "family-tour-at-arken",
            "lead": (
                "A guided tour of Arken's exhibitions for children and adults, with time to draw "
                "and build in the workshop afterwards."
            ),
            "description": [
                "The museum's educators lead the tour and ask questions the children can answer. "
                "Aktiviteter for børn makes the coffee in the workshop afterwards.",
                "The tour itself is free, but adults pay the usual museum admission. Please sign "
                "up – there's room for 30.",
            ],
            "price": "Museum admission for adults; under-18s free",
            "accessibility_notes": "Arken has a lift, an accessible toilet and wheelchairs to borrow.",
        },
        "faellesspisning-gadekaeret": {
            "title": "Community dinner in Gadekæret",
            "slug": "community-dinner-in-gadekaeret",
            "lead": (
                "Once a month residents cook for each other in the community house. Each time a "
                "different kitchen is in charge of the menu."
            ),
            "description": [
                "Sometimes it's Pakistani, sometimes Turkish or Danish. You can volunteer to cook "
                "too – just tell the board.",
                "Sign up by the Wednesday before so there's enough food.",
            ],
            "price": "40 kr. for adults, 20 kr. for children under 12",
        },
        "naturvandring-strand": {
            "title": "Nature walk at Ishøj Strand",
            "slug": "nature-walk-at-ishoj-strand",
            "lead": (
                "Walk with the Danish Society for Nature Conservation along the beach and the "
                "lakes of Strandparken, and hear about the birds, the plants and the sea."
            ),
            "description": [
                "The walk is about five kilometres at an easy pace. Dress for the weather and "
                "bring binoculars if you have them.",
                "We meet at the car park by Strandparken.",
            ],
            "image_alt": "Ishøj Strand with dunes, beach and sea.",
            "accessibility_notes": "The path is sand and gravel and not suitable for wheelchairs.",
        },
        "fugletur-havnen": {
            "title": "Birdwatching at Ishøj Harbour",
            "slug": "birdwatching-at-ishoj-harbour",
            "lead": (
                "An early Sunday walk with binoculars at the harbour, where ducks and gulls "
                "spend the winter. For beginners and old hands."
            ),
            "description": [
                "The Danish Society for Nature Conservation brings binoculars to lend. The walk "
                "follows the harbour's paved quays and takes about two hours.",
            ],
            "accessibility_notes": "The whole walk is on even ground with no steps.",
        },
        "idraetsdag": {
            "title": "Sports day for the whole family",
            "slug": "sports-day-for-the-whole-family",
            "lead": (
                "Try football, basketball, badminton and dance at Ishøj Sports and Leisure "
                "Centre. The clubs show what they do, and the Youth Council runs the barbecue."
            ),
            "description": [
                "Go from hall to hall and try whatever you like. The coaches tell you about "
                "their teams, and volunteers help new families find one to join.",
                "Taking part is free all day.",
            ],
        },
        "mangfoldighedsdag": {
            "title": "Diversity Day in Vejleåparken",
            "slug": "diversity-day-in-vejleaaparken",
            "lead": (
                "A whole day of food, music, dance and stories from around the world – because "
                "diversity is Ishøj's strength."
            ),
            "description": [
                "Glashuset, the women's network, Aktiviteter for børn, Ishøj Aktiv and I tråd "
                "med verden fill the house and the square in front. There are stalls, a stage, "
                "a playground and a shared table all day.",
                "Come whenever suits you. Everything is free.",
            ],
            "image_alt": "Glashuset in Vejleåparken with its large glass walls.",
        },
        "faellessang-torslunde": {
            "title": "Community singing at Torslunde village hall",
            "slug": "community-singing-in-torslunde",
            "lead": (
                "Sing along to Danish songbook classics and songs from around the world. The "
                "village guild and the Seniors' Club invite you to an evening of song and coffee."
            ),
            "description": [
                "A pianist plays and anyone can request a song. Bring a song from your own "
                "country and we'll learn it together.",
            ],
            "accessibility_notes": (
                "There are three steps up to the entrance. Call the guild and we'll help you in."
            ),
        },
        "lokalhistorisk-aften": {
            "title": "Local history evening: Ishøj then and now",
            "slug": "local-history-evening-ishoj-then-and-now",
            "lead": (
                "Old photographs of the village, the beach and the first housing estates. Come "
                "and tell your own story of Ishøj."
            ),
            "description": [
                "Lokalhistorisk Forening shows pictures from its archive, and people who have "
                "lived here a long time tell their stories. If you have photos of your own, "
                "bring them – the society is happy to scan them.",
            ],
        },
    },
}
