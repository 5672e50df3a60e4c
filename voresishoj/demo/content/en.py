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
}
