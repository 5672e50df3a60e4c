"""
The demo stories' facts, the same in every language: when each happened, who wrote it, its
picture, themes, tags, neighbourhood and organisations (keys of directory_facts), and who the
press may call. The words live in each language's stories module (stories_<language>.py).

Press contacts are made up: people at example.dk, the municipality's press desk at ishoj.dk.
Tags are Danish and lowercase: one tag serves every language, as the editors keep them.
"""

import datetime

PRESS_DESK = {"name": "Line Vestergaard", "phone": "+45 43 57 75 00", "email": "presse@ishoj.dk"}

STORIES = {
    "soendagshygge": {
        "date": datetime.date(2026, 2, 1),
        "byline": "Camilla Holm",
        "image": "bredekaergaard",
        "themes": ["boern-og-familie", "faellesskab", "kultur"],
        "tags": ["søndagshygge", "forældrenetværk", "bredekærgård"],
        "neighbourhood": "tranegilde",
        "organisations": ["aktiviteter-for-boern", "lokalhistorisk-forening"],
        "press": {
            "name": "Mette Skov",
            "phone": "+45 22 41 18 07",
            "email": "mette.skov@example.dk",
        },
    },
    "affaldsindsamling": {
        "date": datetime.date(2026, 4, 11),
        "byline": "Yusuf Demir",
        "image": "strand",
        "themes": ["natur-og-klima", "frivillighed", "faellesskab"],
        "tags": ["affaldsindsamling", "klima", "samarbejde"],
        "neighbourhood": "ishoj-strand",
        "organisations": ["dn-ishoj", "aktiviteter-for-boern"],
        "press": {
            "name": "Henrik Bech",
            "phone": "+45 40 18 62 33",
            "email": "henrik.bech@example.dk",
        },
    },
    "byttemarked": {
        "date": datetime.date(2026, 4, 12),
        "byline": "Camilla Holm",
        "image": "byttemarked",
        "featured": True,
        "themes": ["faellesskab", "boern-og-familie", "natur-og-klima"],
        "tags": ["byttemarked", "genbrug", "glashuset", "samarbejde"],
        "neighbourhood": "vejleaaparken",
        "organisations": ["aktiviteter-for-boern", "glashuset-beboerhus"],
        "press": {
            "name": "Aysel Kaya",
            "phone": "+45 31 72 90 14",
            "email": "aysel.kaya@example.dk",
        },
    },
    "barselscafe": {
        "date": datetime.date(2026, 5, 5),
        "byline": "Yusuf Demir",
        "image": "barselscafe",
        "featured": True,
        "themes": ["boern-og-familie", "sundhed", "faellesskab"],
        "tags": ["barselscafé", "borgerinitiativ", "glashuset"],
        "neighbourhood": "vejleaaparken",
        "organisations": ["barselscafeen", "glashuset-beboerhus", "sundhedsplejen"],
        "press": {
            "name": "Sara Haddad",
            "phone": "+45 28 55 06 91",
            "email": "sara.haddad@example.dk",
        },
    },
    "boernetoej": {
        "date": datetime.date(2026, 6, 10),
        "byline": "Camilla Holm",
        "image": "systue",
        "themes": ["uddannelse-og-job", "boern-og-familie", "faellesskab"],
        "tags": ["socialøkonomi", "børnetøj", "systue"],
        "neighbourhood": "vejleaaparken",
        "organisations": ["i-traad-med-verden", "barselscafeen"],
        "press": {
            "name": "Fatima Malik",
            "phone": "+45 43 57 00 04",
            "email": "fatima.malik@example.dk",
        },
    },
    "kvindenetvaerket": {
        "date": datetime.date(2026, 8, 19),
        "byline": "Yusuf Demir",
        "image": "glashuset",
        "themes": ["faellesskab", "sundhed", "uddannelse-og-job"],
        "tags": ["kvindenetværk", "glashuset", "jobsøgning"],
        "neighbourhood": "vejleaaparken",
        "organisations": ["kvindenetvaerket", "i-traad-med-verden"],
        "press": {
            "name": "Hodan Warsame",
            "phone": "+45 43 57 00 12",
            "email": "hodan.warsame@example.dk",
        },
    },
    "ungeraadet": {
        "date": datetime.date(2026, 9, 14),
        "byline": "Camilla Holm",
        "image": "hero",
        "themes": ["demokrati", "uddannelse-og-job"],
        "tags": ["ungerådet", "valg", "unge"],
        "neighbourhood": "ishoj-centrum",
        "organisations": ["ungeraadet", "medborger-og-demokratiforum"],
        "press": PRESS_DESK,
    },
    "lektiecafe": {
        "date": datetime.date(2026, 10, 8),
        "byline": "Amina Rashid",
        "image": None,
        "themes": ["uddannelse-og-job", "boern-og-familie", "frivillighed"],
        "tags": ["lektiecafé", "fodbold", "frivillige"],
        "neighbourhood": "ishoj-centrum",
        "organisations": ["lektiecafeen", "ishoj-aktiv", "frivilligcenter-ishoj"],
        "press": {
            "name": "Jonas Friis",
            "phone": "+45 26 93 40 58",
            "email": "jonas.friis@example.dk",
        },
    },
    "reparationscafe": {
        "date": datetime.date(2026, 11, 3),
        "byline": "Camilla Holm",
        "image": "reparationscafe",
        "themes": ["natur-og-klima", "frivillighed", "faellesskab"],
        "tags": ["inspiration", "reparation", "genbrug"],
        "neighbourhood": None,
        "organisations": [],
        "inspiration_source_url": "https://www.repaircafe.org/",
        "press": PRESS_DESK,
    },
}

# Written by the demo volunteer and waiting in the moderation queue: Danish only, not yet live.
DRAFTS = {
    "havedag": {
        "date": datetime.date(2026, 10, 24),
        "author": "frivillig",
        "byline": "Amina Rashid",
        "image": None,
        "themes": ["natur-og-klima", "faellesskab"],
        "tags": ["fælleshave", "frøbytte", "frivillige"],
        "neighbourhood": "ishoj-landsby",
        "organisations": ["faelleshaven-ishoj-landsby", "dn-ishoj"],
        "press": {
            "name": "Karin Holt",
            "phone": "",
            "email": "karin.holt@example.dk",
        },
    },
}
