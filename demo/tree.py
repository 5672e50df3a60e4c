"""What the demo's loaders share: an index below the home page, translations, and a volunteer's
draft waiting in moderation. Each creates only what is missing."""

from django.test.utils import override_settings

INDEX_FIELDS = ["title", "slug", "intro", "listing_summary", "search_description"]


def index_below(home, model, text):
    """The home page's one index of type `model`, created, shown in the menu and published if
    missing."""
    index = model.objects.child_of(home).first()
    if index is None:
        index = model(show_in_menus=True, **index_text(text))
        home.add_child(instance=index)
        index.save_revision().publish()
    return index


def index_text(text):
    return {name: text[name] for name in INDEX_FIELDS}


def translate(page, locale, fields):
    """Publish `page` in `locale` with `fields`, as an editor would with wagtail-localize."""
    if page.has_translation(locale):
        return
    translation = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()  # publishing moves the draft copy to its new slug


def submit_for_moderation(index, page, author):
    """
    `page`, written below `index` by `author` and submitted as they would in the admin: never
    published, waiting in the moderation workflow that covers the index. False if a page with
    its slug is there already.
    """
    if index.get_children().filter(slug=page.slug).exists():
        return False
    page.live = False
    page.owner = author
    index.add_child(instance=page)
    page.save_revision(user=author)
    workflow = page.get_workflow()
    if workflow is not None:
        # The approvers are demo users at example.dk: tell them in the admin, not by e-mail.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            workflow.start(page, author)
    return True
