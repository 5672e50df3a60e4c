"""
The demo's good stories: their index and the stories told from the proposal's facts, and the two
forms through which residents tip the editors or offer to write, in Danish and translated into
every language that has demo text; plus one volunteer's draft waiting in the moderation queue.
Like the rest of load_demo it creates only what is missing.
"""

from wagtail.models import Locale

from contributions.models import StoryTipPage, VolunteerSignupPage
from directory.models import OrganisationPage
from stories.models import StoryIndexPage, StoryPage
from taxonomy.models import Neighbourhood, Theme

from .content import directory_for, stories_for
from .content import story_facts as facts
from .tree import index_below, index_text, submit_for_moderation, translate
from .users import ensure_demo_users

# (text key, page type, shown in the main menu): one of each below the home page.
FORM_PAGES = [("story_tip", StoryTipPage, True), ("volunteer_signup", VolunteerSignupPage, False)]


def load_stories(home, images, stdout):
    danish = Locale.get_default()
    text = stories_for(danish.language_code)
    index = index_below(home, StoryIndexPage, text["index"])
    links = _links(danish)
    stories = {
        key: _story(index, fact, text["stories"][key], images, links)
        for key, fact in facts.STORIES.items()
    }
    forms = {key: _form_page(home, model, text[key], menu) for key, model, menu in FORM_PAGES}
    stdout.write(f"Stories: {len(stories)} published ({danish.language_code})")
    _translate_stories(index, stories, forms, images, stdout)
    users = ensure_demo_users()
    for key, fact in facts.DRAFTS.items():
        author = users[fact["author"]]
        if _submit_draft(index, fact, text["drafts"][key], images, links, author):
            stdout.write(f"Story {key!r} submitted for moderation by {author.username!r}")


def _form_page(home, model, text, show_in_menus):
    """The home page's one form page of this type, created and published if missing."""
    page = model.objects.child_of(home).first()
    if page is None:
        page = model(show_in_menus=show_in_menus, **_form_text(text))
        home.add_child(instance=page)
        page.save_revision().publish()
    return page


def _form_text(text):
    names = ["title", "slug", "intro", "thank_you", "listing_summary", "search_description"]
    return {name: text[name] for name in names}


def _links(locale):
    """Themes, neighbourhoods and organisations by their demo keys, in `locale`."""
    slugs = {
        key: org["slug"]
        for key, org in directory_for(locale.language_code)["organisations"].items()
    }
    pages = {page.slug: page for page in OrganisationPage.objects.filter(locale=locale)}
    return {
        "themes": {theme.slug: theme for theme in Theme.objects.filter(locale=locale)},
        "neighbourhoods": {n.slug: n for n in Neighbourhood.objects.filter(locale=locale)},
        "organisations": {key: pages[slug] for key, slug in slugs.items() if slug in pages},
    }


def _story_text(text, images):
    """A story's fields that each language writes for itself."""
    from .pages import stream  # here, not at the top: pages imports this module

    return {
        "title": text["title"],
        "slug": text["slug"],
        "lead": text["lead"],
        "listing_summary": text["listing_summary"],
        "search_description": text["search_description"],
        "hero_image_alt": text.get("hero_alt", ""),
        "press_contact_role": text["press_role"],
        "body": stream(text["body"], images, {}),
    }


def _new_story(fact, text, images, links):
    """An unsaved story; its themes, organisations and tags are saved with it (modelcluster)."""
    press = fact["press"]
    page = StoryPage(
        story_date=fact["date"],
        byline=fact["byline"],
        hero_image=images[fact["image"]] if fact["image"] else None,
        neighbourhood=links["neighbourhoods"].get(fact["neighbourhood"]),
        featured=fact.get("featured", False),
        is_inspiration="inspiration_source_url" in fact,
        inspiration_source_url=fact.get("inspiration_source_url", ""),
        press_contact_name=press["name"],
        press_contact_phone=press["phone"],
        press_contact_email=press["email"],
        **_story_text(text, images),
    )
    page.themes.set([links["themes"][slug] for slug in fact["themes"]])
    page.organisations.set([links["organisations"][key] for key in fact["organisations"]])
    page.tags.add(*fact["tags"])
    return page


def _story(index, fact, text, images, links):
    """The published story below `index` with this slug, created if missing."""
    page = index.get_children().filter(slug=text["slug"]).specific().first()
    if page is None:
        page = _new_story(fact, text, images, links)
        index.add_child(instance=page)
        page.save_revision().publish()
    return page


def _translate_stories(index, stories, forms, images, stdout):
    for locale in Locale.objects.exclude(pk=index.locale_id):
        text = stories_for(locale.language_code)
        if not text:
            continue
        translate(index, locale, index_text(text["index"]))
        for key, story in stories.items():
            translate(story, locale, _story_text(text["stories"][key], images))
        for key, page in forms.items():
            translate(page, locale, _form_text(text[key]))
        stdout.write(f"Stories translated ({locale.language_code})")


def _submit_draft(index, fact, text, images, links, author):
    """A story `author` wrote and submitted. False if it exists already."""
    if index.get_children().filter(slug=text["slug"]).exists():
        return False
    return submit_for_moderation(index, _new_story(fact, text, images, links), author)
