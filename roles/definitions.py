"""
Who may do what, as data: the editorial groups and their permissions.

Applied after every migrate (roles.apps), so nobody clicks the groups together and a newly
installed app's permissions, which exist only once its migrations have run, are granted too.
"""

EDITORS = "Redaktionen"
DEVELOPMENT_AGENTS = "Udviklingsagenter"
VOLUNTEERS = "Frivillige"
MODERATORS = "Moderatorer"

# Every role, in the order the admin lists them. The groups themselves are created by a data
# migration (roles/migrations/0001_groups.py); their permissions below are granted after every
# migrate, because a permission exists only once its app's migrations have run.
ALL_ROLES = [EDITORS, DEVELOPMENT_AGENTS, VOLUNTEERS, MODERATORS]
# The accounts Redaktionen manage (roles.users): everyone's but administrators' and their own.
MANAGED_BY_EDITORS = [DEVELOPMENT_AGENTS, VOLUNTEERS, MODERATORS]

# Volunteers have no permission on the page tree as a whole: they may add pages (stories, events)
# only below a story index or an events calendar, granted on each as it is created
# (roles.moderation).

# Page permissions on the root page, so they hold for the whole tree in every language.
PAGE_PERMISSIONS = {
    EDITORS: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
    # Development agents write and edit; what they write goes through moderation.
    DEVELOPMENT_AGENTS: ["add_page", "change_page", "lock_page"],
}

# Model permissions: (app label, codename).
MODEL_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        *[
            ("taxonomy", f"{action}_{model}")
            for action in ("add", "change", "delete", "view")
            for model in ("theme", "neighbourhood")
        ],
        ("wagtail_localize", "submit_translation"),
        # The secretariat manages the accounts of volunteers, agents and moderators.
        ("auth", "add_user"),
        ("auth", "change_user"),
        ("auth", "delete_user"),
        # Tips and volunteer requests from residents: read, act on ("change"), delete.
        *[
            ("contributions", f"{action}_{model}")
            for action in ("view", "change", "delete")
            for model in ("storytip", "volunteersignup")
        ],
    ],
    DEVELOPMENT_AGENTS: [
        ("wagtailadmin", "access_admin"),
        *[
            ("taxonomy", f"{action}_{model}")
            for action in ("add", "change", "view")
            for model in ("theme", "neighbourhood")
        ],
        ("wagtail_localize", "submit_translation"),
    ],
}

MODEL_PERMISSIONS[VOLUNTEERS] = [("wagtailadmin", "access_admin")]
MODEL_PERMISSIONS[MODERATORS] = [
    ("wagtailadmin", "access_admin"),
    # Moderators read tips and act on them; volunteer requests are the secretariat's.
    ("contributions", "view_storytip"),
    ("contributions", "change_storytip"),
]

# Collection permissions on the root collection: images and documents.
COLLECTION_PERMISSIONS = {
    EDITORS: [
        ("images", "add_customimage"),
        ("images", "change_customimage"),
        ("images", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
    DEVELOPMENT_AGENTS: [
        ("images", "add_customimage"),
        ("images", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "choose_document"),
    ],
}
COLLECTION_PERMISSIONS[VOLUNTEERS] = [("images", "add_customimage"), ("images", "choose_image")]
