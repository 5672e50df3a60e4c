STORIES = {
    "index": {
        "title": "Good stories",
        "slug": "good-stories",
        "intro": (
            "Stories about the people, associations and initiatives that make a difference in "
            "Ishøj – and a little inspiration from elsewhere. If you know a good story, tell us."
        ),
        "listing_summary": "The good stories about Ishøj, told by the people who make them happen.",
        "search_description": (
            "Good stories from Ishøj: a parents' network, swap markets, a parents' café, a sewing "
            "workshop, a homework café and more."
        ),
    },
    "story_tip": {
        "title": "Tip us off about a good story",
        "slug": "tip-us",
        "intro": (
            "Have you seen something good happen in Ishøj – an association, an initiative or a "
            "person making a difference? Tell us about it. The secretariat reads every tip and will "
            "contact you if we would like to write the story."
        ),
        "thank_you": (
            "Thank you for your tip! We will read it within a week and contact you if we would "
            "like to tell the story."
        ),
        "listing_summary": "Tell the editors about something good happening in Ishøj.",
        "search_description": "Tip off Vores Ishøj about a good story from your association or area.",
    },
    "volunteer_signup": {
        "title": "Become a volunteer writer",
        "slug": "become-a-volunteer-writer",
        "intro": (
            "Write the good stories from your association, your neighbourhood or your network. As a "
            "volunteer writer you get an account on Vores Ishøj, help to get started and an editor "
            "who reads your story before it is published."
        ),
        "thank_you": (
            "Thank you for your interest! The secretariat will get back to you once your account "
            "has been set up."
        ),
        "listing_summary": "Write the good stories yourself – with an editor by your side.",
        "search_description": "Become a volunteer writer for Vores Ishøj and tell the town's good stories.",
    },
    "stories": {
        "soendagshygge": {
            "title": "Sunday afternoons at Bredekærgård bring families together from all over town",
            "slug": "sunday-afternoons-at-bredekaergaard",
            "lead": (
                "On the first Sunday of every month, the parents' network Activities for Children "
                "fills the old farm at Tranegilde with play, coffee and new friendships."
            ),
            "listing_summary": (
                "A new parents' network invites everyone to a relaxed Sunday at Bredekærgård once "
                "a month."
            ),
            "search_description": (
                "Activities for Children meets at Bredekærgård farm on the first Sunday of every "
                "month."
            ),
            "hero_alt": "Bredekærgård farm with white buildings and red roofs, families in the yard.",
            "press_role": "coordinator, Activities for Children",
            "body": [
                (
                    "paragraph",
                    "<p>Out at Bredekærgård there is a smell of coffee and straw. Children race "
                    "between the farm buildings, and at the long table in the barn sit parents who "
                    "were strangers an hour ago. This is the monthly Sunday get-together, and it is "
                    "exactly why the parents' network <i>Activities for Children</i> was "
                    "started.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "We are a parents' network that creates good experiences for "
                        "family and friends, while we meet across the town, get to know each other "
                        "and spread the story of Ishøj.",
                        "name": "Activities for Children",
                        "role": "the network's mission",
                    },
                ),
                ("heading", "A network within the Local History Society"),
                (
                    "paragraph",
                    "<p>The network is brand new and belongs to the Local History Society for "
                    "Ishøj, which is based at the farm. It is a good match: the society wants new "
                    "generations to discover the town's history, and the parents want a place "
                    "where the children can play while the grown-ups talk.</p>",
                ),
                (
                    "paragraph",
                    "<p>The get-together is on the first Sunday of the month. There is no need to "
                    "sign up, and you are welcome to bring a neighbour. If you would like to run an "
                    "activity one Sunday, write to the network.</p>",
                ),
            ],
        },
        "affaldsindsamling": {
            "title": "Two good events on the same weekend – and nobody knew",
            "slug": "two-events-on-the-same-weekend",
            "lead": (
                "While the Danish Society for Nature Conservation collected litter on Ishøj Beach, "
                "parents held a swap market in Glashuset. Both were about the climate, yet neither "
                "knew about the other."
            ),
            "listing_summary": (
                "A beach clean-up and a swap market fell on the same weekend. Next time they will "
                "plan together."
            ),
            "search_description": (
                "The Ishøj nature conservation branch and Activities for Children will coordinate "
                "their events after a weekend clash."
            ),
            "hero_alt": "Ishøj Beach on a spring day, with blue sea, pale sand and people on the beach.",
            "press_role": "chair, Danish Society for Nature Conservation, Ishøj branch",
            "body": [
                (
                    "paragraph",
                    "<p>On Saturday morning, volunteers from the Ishøj branch of the Danish Society "
                    "for Nature Conservation walked along the beach with bin bags and gloves. The "
                    "next day, families swapped clothes and toys in Glashuset in Vejleåparken. Two "
                    "events with the same message – reuse things, look after nature – but the "
                    "organisers had no idea they had picked the same weekend.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "We could have shared posters, lent each other gloves and got "
                        "twice as many people involved. That is not the kind of thing we should "
                        "find out afterwards.",
                        "name": "Henrik Bech",
                        "role": "chair of the Ishøj branch",
                    },
                ),
                ("heading", "A calendar everyone can see"),
                (
                    "paragraph",
                    "<p>This is exactly what Vores Ishøj is for. When associations and networks "
                    "share their plans in one place, they can see what others are up to – and "
                    "invite each other along. Next time the clean-up and the swap market will be on "
                    "the same day, so you can pick up litter in the morning and swap in the "
                    "afternoon.</p>",
                ),
            ],
        },
        "byttemarked": {
            "title": "The swap market that drew visitors from Copenhagen and Gentofte",
            "slug": "the-swap-market-that-drew-visitors",
            "lead": (
                "Activities for Children and Glashuset take turns hosting a swap market at "
                "Bredekærgård and in Vejleåparken. It has brought new faces to both places – some "
                "from far away."
            ),
            "listing_summary": (
                "A swap market that alternates between Bredekærgård and Glashuset brings people "
                "together across town."
            ),
            "search_description": (
                "The Ishøj swap market alternates between Bredekærgård farm and Glashuset in "
                "Vejleåparken."
            ),
            "hero_alt": "Tables full of colourful clothes and toys, with people browsing and swapping.",
            "press_role": "coordinator, Glashuset residents' house",
            "body": [
                (
                    "paragraph",
                    "<p>How do you get people from all over town to come? The parents in "
                    "<i>Activities for Children</i> asked themselves that when they noticed it was "
                    "mostly the same families who came to the Sunday get-togethers at "
                    "Bredekærgård. The answer was a swap market – and a partnership with Glashuset "
                    "in Vejleåparken.</p>",
                ),
                ("heading", "Taking turns between the farm and Glashuset"),
                (
                    "paragraph",
                    "<p>The swap market takes place at Bredekærgård and in Glashuset in turn. It has "
                    "brought residents who had never set foot on the farm out to Tranegilde – and "
                    "the other way round. You bring what you no longer use and go home with "
                    "something you can.</p>",
                ),
                (
                    "image",
                    {
                        "image": "glashuset",
                        "alt": "Glashuset in Vejleåparken in the evening light, with people going in.",
                        "caption": "Every other swap market is held in Glashuset.",
                    },
                ),
                (
                    "paragraph",
                    "<p>Swap markets have a following all over Denmark, and it showed: visitors "
                    "came from Copenhagen, Gentofte and the neighbouring municipalities. Many of "
                    "them had never been to Ishøj before.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "People came to swap winter coats and went home with a new story "
                        "about Ishøj. That is the best advertising the town could wish for.",
                        "name": "Aysel Kaya",
                        "role": "coordinator at Glashuset",
                    },
                ),
            ],
        },
        "barselscafe": {
            "title": "The mothers started the parents' café in Glashuset themselves",
            "slug": "the-mothers-started-the-parents-cafe",
            "lead": (
                "The health visitors had tried to start a new parents' group in Vejleåparken, "
                "without success. So the mothers took matters into their own hands – and now they "
                "are the ones inviting the health visitors in."
            ),
            "listing_summary": (
                "A parents' café started by residents, where the health visitors come as guests."
            ),
            "search_description": (
                "The parents' café in Glashuset was started by local mothers and is visited by the "
                "health visitors."
            ),
            "hero_alt": "Café tables with coffee cups, a pram and mothers chatting.",
            "press_role": "one of the mothers behind the parents' café",
            "body": [
                (
                    "paragraph",
                    "<p>The idea grew out of the partnership between Glashuset and the parents' "
                    "network <i>Activities for Children</i>: why not a café for people who have just "
                    "had a baby? The health visitors had tried to bring a parents' group together "
                    "in the area, but it had never taken off. Now the café runs on residents' own "
                    "initiative.</p>",
                ),
                ("heading", "Tuesday mornings in Glashuset"),
                (
                    "paragraph",
                    "<p>Every Tuesday morning, new parents and their babies meet for coffee, a chat "
                    "and play on the mat. The mothers speak many different languages, and there is "
                    "always someone who can help translate.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "It is our café. When the health visitor comes, she is our guest "
                        "– and then you dare to ask about all the things you lie awake "
                        "wondering about.",
                        "name": "Sara Haddad",
                        "role": "mother and one of the founders",
                    },
                ),
                (
                    "paragraph",
                    "<p>The health visitors drop in regularly to share what they know about "
                    "breastfeeding, sleep and the wellbeing of small children. The roles have been "
                    "reversed: residents created the setting, and the professionals are the "
                    "invited guests.</p>",
                ),
            ],
        },
        "boernetoej": {
            "title": "New mothers order children's clothes from I tråd med verden",
            "slug": "childrens-clothes-from-i-traad-med-verden",
            "lead": (
                "At the parents' café, the mothers heard about the I tråd med verden sewing "
                "workshop. Now the women there sew clothes for their children – and a small social "
                "enterprise in Ishøj has gained new customers."
            ),
            "listing_summary": (
                "The parents' café and a social-enterprise sewing workshop found each other – over "
                "children's clothes."
            ),
            "search_description": (
                "The I tråd med verden social-enterprise sewing workshop in Vejleåparken now makes "
                "children's clothes for mothers from the parents' café."
            ),
            "hero_alt": "A sewing workshop with two sewing machines on a long table and rolls of fabric.",
            "press_role": "manager, I tråd med verden",
            "body": [
                (
                    "paragraph",
                    "<p>It started with a conversation over coffee at the parents' café in "
                    "Glashuset. One of the mothers told the others about <i>I tråd med verden</i> "
                    "(\u201cIn tune with the world\u201d), the sewing workshop in Vejleåparken where "
                    "women from many different backgrounds sew, mend and learn the trade from "
                    "scratch. Could they make clothes for the children?</p>",
                ),
                ("heading", "From a single order to a regular line"),
                (
                    "paragraph",
                    "<p>They could. The mothers asked for clothes, and the women at the workshop got "
                    "to work. Today children's clothes are a regular part of what the workshop "
                    "makes, and the profits go back into the workshop and to the women, who gain "
                    "experience that can lead to a job.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Our customers live just around the corner. We are proud to sew "
                        "the clothes their children take their first steps in.",
                        "name": "Fatima Malik",
                        "role": "manager of I tråd med verden",
                    },
                ),
                (
                    "paragraph",
                    "<p>The story shows what happens when good people find each other: a swap "
                    "market led to a parents' café, and the parents' café brought new customers to "
                    "a local social enterprise.</p>",
                ),
            ],
        },
        "kvindenetvaerket": {
            "title": "Wednesdays in Glashuset: the women's network sets its own agenda",
            "slug": "the-womens-network-sets-its-own-agenda",
            "lead": (
                "Every Wednesday, women of all ages meet in Glashuset. Once a month the network "
                "holds a talk in Brohuset – on whatever the members themselves want to know more "
                "about."
            ),
            "listing_summary": (
                "Women with many mother tongues meet every week and choose the monthly talk "
                "themselves."
            ),
            "search_description": (
                "The women's network in Vejleåparken meets on Wednesdays in Glashuset and holds "
                "talks in Brohuset."
            ),
            "hero_alt": "Glashuset in Vejleåparken with lit windows and women on their way in.",
            "press_role": "coordinator, the women's network in Vejleåparken",
            "body": [
                (
                    "paragraph",
                    "<p>Danish, Somali, Arabic and Urdu are spoken around the table in Glashuset, "
                    "often several in the same sentence. The women's network brings together women "
                    "of all ages, and Wednesday is the regular meeting day, with tea, cooking and "
                    "walks in Vejleåparken.</p>",
                ),
                ("heading", "From healthy food to job hunting"),
                (
                    "paragraph",
                    "<p>Once a month there is a talk in Brohuset. The members choose the topics "
                    "themselves: healthy food, looking for work, rights at work and, most "
                    "recently, how to start an association.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "We don't ask what others think we need. We ask each other.",
                        "name": "Hodan Warsame",
                        "role": "coordinator of the women's network",
                    },
                ),
                (
                    "paragraph",
                    "<p>Through the network, several women have found their way to the <i>I tråd "
                    "med verden</i> sewing workshop, and the network is always happy to organise "
                    "events with other associations in town.</p>",
                ),
            ],
        },
        "ungeraadet": {
            "title": "Youth council elections: young people in Ishøj get their own voice",
            "slug": "youth-council-elections",
            "lead": (
                "Every autumn, Ishøj's young people elect their own council. Ungerådet advises the "
                "town council and has a budget for its own projects. The election is under way, "
                "and any young person can stand."
            ),
            "listing_summary": (
                "Young people aged 13 to 21 can stand for Ungerådet, which advises the town "
                "council."
            ),
            "search_description": (
                "Ungerådet, the Ishøj youth council, holds elections every autumn. Anyone aged 13 "
                "to 21 can stand."
            ),
            "hero_alt": "Drawing of Ishøj with blocks of flats and people meeting in front of them.",
            "press_role": "communications officer, Ishøj Municipality",
            "body": [
                (
                    "paragraph",
                    "<p>Ungerådet, the youth council, is made up of young people aged 13 to 21 who "
                    "live or go to school in Ishøj. The council meets once a month at the town hall "
                    "and tells the town council what it thinks about anything that affects young "
                    "people – from cycle paths to youth club opening hours.</p>",
                ),
                ("heading", "Money for their own projects"),
                (
                    "paragraph",
                    "<p>The council also has a budget for its own projects. It has paid for "
                    "concerts, debates and tournaments that young people came up with and ran "
                    "themselves.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "The politicians really do listen. But they can only listen to "
                        "those who speak up.",
                        "name": "Sami",
                        "role": "17, member of Ungerådet",
                    },
                ),
                (
                    "accordion",
                    {
                        "heading": "How to stand",
                        "items": [
                            (
                                "Who can stand?",
                                "<p>Any young person aged 13 to 21 who lives or goes to school in "
                                "Ishøj.</p>",
                            ),
                            (
                                "How much time does it take?",
                                "<p>One meeting a month at the town hall, plus the projects you "
                                "choose to take part in.</p>",
                            ),
                        ],
                    },
                ),
            ],
        },
        "lektiecafe": {
            "title": "Homework before training: the homework café and Ishøj Aktiv team up",
            "slug": "homework-before-training",
            "lead": (
                "Some of the young footballers at Ishøj Aktiv start their afternoon at the "
                "homework café. Volunteers help with maths and essays, and then it is off to "
                "training."
            ),
            "listing_summary": (
                "Volunteers help with homework before the young players head off to training."
            ),
            "search_description": (
                "The homework café at Ishøj Library and in Glashuset works with the Ishøj Aktiv "
                "sports club."
            ),
            "press_role": "volunteer coordinator, the homework café",
            "body": [
                (
                    "paragraph",
                    "<p>It is just after three, and at the library three boys sit with football "
                    "bags under the table and a fractions problem in front of them. Next to them "
                    "sits a retired teacher who has volunteered at the homework café for two "
                    "years.</p>",
                ),
                ("heading", "A partnership that makes sense"),
                (
                    "paragraph",
                    "<p>The homework café is run by Ishøj Volunteer Centre and is open on Mondays "
                    "and Wednesdays at Ishøj Library and on Thursdays in Glashuset. The Ishøj Aktiv "
                    "sports club saw that many of its young players struggled to fit in both "
                    "homework and training. Now they meet for homework first.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "The coaches ask about homework, and we ask about the matches. "
                        "That way things hang together a bit better for the young people.",
                        "name": "Jonas Friis",
                        "role": "volunteer coordinator at the homework café",
                    },
                ),
                (
                    "paragraph",
                    "<p>The homework café always needs volunteers – students, pensioners and "
                    "anyone else who would like to help. You don't have to sign up to get help; "
                    "just come along.</p>",
                ),
            ],
        },
        "reparationscafe": {
            "title": "Inspiration: repair cafés get neighbours fixing things together",
            "slug": "inspiration-repair-cafes",
            "lead": (
                "In many Danish towns, volunteers and neighbours meet to mend a lamp, a bicycle "
                "or a pair of trousers instead of throwing them away. The idea could suit Ishøj "
                "well."
            ),
            "listing_summary": "Repair cafés exist in many towns. What can Ishøj learn from them?",
            "search_description": (
                "Inspiration from other towns: repair cafés, where volunteers help neighbours mend "
                "their things."
            ),
            "hero_alt": "A workbench with a bicycle wheel, a lamp and a toolbox.",
            "press_role": "Vores Ishøj secretariat, Ishøj Municipality",
            "body": [
                (
                    "paragraph",
                    "<p>The first Repair Café was held in Amsterdam in 2009. Today there are repair "
                    "cafés in thousands of towns around the world – including several of our "
                    "neighbouring municipalities, often at the library or in a community "
                    "house.</p>",
                ),
                ("heading", "How it works"),
                (
                    "paragraph",
                    "<p>Volunteers who know about electrics, bicycles, clothes or furniture turn up "
                    "with their tools. Visitors bring their broken things, and you mend them "
                    "together over a cup of coffee. It is free, and you learn something along the "
                    "way.</p>",
                ),
                ("heading", "What could it become in Ishøj?"),
                (
                    "paragraph",
                    "<p>The town already has many of the pieces: the swap market in Glashuset, the "
                    "sewing machines at <i>I tråd med verden</i> and the nature conservation "
                    "branch's work for the climate. A repair café at a swap market could bring them "
                    "all together. If your association would like to give it a try, write to the "
                    "Vores Ishøj secretariat.</p>",
                ),
            ],
        },
    },
}
