"""
Who may do what, as data: the editorial groups and their permissions.

Applied after every migrate (roles.apps), so nobody clicks the groups together and a newly
installed app's permissions, which exist only once its migrations have run, are granted too.
"""

EDITORS = "Redaktionen"
DEVELOPMENT_AGENTS = "Udviklingsagenter"

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
