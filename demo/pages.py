"""
Build the demo page tree in Danish and translate it into every language that has demo text.

Pages that exist already are left as they are (an editor may have changed them), so running the
loader again creates only what is missing.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page, Site

from home.models import AccessibilityStatementPage, HomePage, PrivacyPolicyPage, StandardPage

from .content import pages_for
from .directory import load_directory
from .events import load_events
from .images import ensure_demo_images
from .stories import load_stories

# (key, page type, parent key): the home page first, then parents before their children, and a
# page before any page whose body links to it.
PAGE_TREE = [
    ("home", HomePage, None),
    ("about", StandardPage, "home"),
    ("vision", StandardPage, "home"),
    ("take-part", StandardPage, "home"),
    ("accessibility", AccessibilityStatementPage, "home"),
    ("privacy", PrivacyPolicyPage, "home"),
]

# The accessibility statement's facts, the same in every language.
ACCESSIBILITY_FACTS = {
    "conformance": "partial",
    "prepared_on": datetime.date(2026, 11, 27),
    "feedback_email": "voresishoj@ishoj.dk",
    "feedback_phone": "+45 43 57 75 00",
}

# The privacy policy's facts, the same in every language.
PRIVACY_FACTS = {
    "updated_on": datetime.date(2026, 12, 1),
    "contact_email": "voresishoj@ishoj.dk",
    "contact_phone": "+45 43 57 75 00",
}

# Pages the footer links, not the menu.
FOOTER_PAGES = {AccessibilityStatementPage: ACCESSIBILITY_FACTS, PrivacyPolicyPage: PRIVACY_FACTS}


def stream(blocks, images, pages):
    """Turn the content modules' compact (type, value) pairs into raw StreamField data."""
    return [
        {"type": kind, "value": _block_value(kind, value, images, pages)} for kind, value in blocks
    ]


def _block_value(kind, value, images, pages):
    if kind == "image":
        image = {"image": images[value["image"]].pk, "decorative": False, "alt_text": value["alt"]}
        return {"image": image, "caption": value.get("caption", "")}
    if kind == "heading":
        return {"text": value, "level": "h2"}
    if kind == "cta":
        link = {"page": pages[value["page"]].pk, "external_url": "", "label": value["label"]}
        return {"heading": value["heading"], "text": value["text"], "link": link}
    if kind == "accordion":
        items = [{"question": q, "answer": a} for q, a in value["items"]]
        return {"heading": value.get("heading", ""), "items": items}
    return value


def _fill(page, fields, images, pages):
    page.title = fields["title"]
    page.slug = fields.get("slug", page.slug)
    page.search_description = fields.get("search_description", "")
    page.listing_summary = fields.get("listing_summary", "")
    page.intro = fields.get("intro", "")
    page.show_in_menus = not isinstance(page, HomePage) and type(page) not in FOOTER_PAGES
    if isinstance(page, HomePage):
        page.hero_image = images["hero"]
        page.hero_image_alt = fields["hero_alt"]
    page.body = stream(fields.get("body", []), images, pages)
    for name, value in FOOTER_PAGES.get(type(page), {}).items():
        setattr(page, name, value)


def _publish(page):
    page.save()  # a revision alone would not move the page's URL to a new slug
    page.save_revision().publish()
    return page


def _site_home(danish):
    """
    The Danish home page at the root of the default site (replacing Wagtail's welcome page), and
    whether it was created now.
    """
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(locale=danish, depth=2).first()
    created = home is None
    if created:
        home = HomePage(slug="vores-ishoj", locale=danish, title="Vores Ishøj")
        Page.get_first_root_node().add_child(instance=home)
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    defaults = {
        "root_page": home,
        "site_name": "Vores Ishøj",
        "hostname": base_url.hostname or "localhost",
        "port": base_url.port or (443 if base_url.scheme == "https" else 80),
    }
    if site is None:
        site = Site(is_default_site=True)
    old_root = site.root_page if site.pk else None
    for name, value in defaults.items():
        setattr(site, name, value)
    site.save()  # save(), not update(): Wagtail's cached site root paths are cleared on save
    welcome_page = old_root if old_root and old_root.specific_class is Page else None
    if welcome_page and welcome_page.pk != home.pk and welcome_page.is_leaf():
        welcome_page.delete()
    return home, created


@transaction.atomic
def load_pages(stdout):
    images = ensure_demo_images()
    danish = Locale.get_default()
    text = pages_for(danish.language_code)
    home, home_is_new = _site_home(danish)
    pages = {"home": home}
    for key, model, parent_key in PAGE_TREE[1:]:
        parent = pages[parent_key]
        page = parent.get_children().filter(slug=text[key]["slug"]).specific().first()
        if page is None:
            page = model(title=text[key]["title"], slug=text[key]["slug"])
            _fill(page, text[key], images, pages)
            _publish(parent.add_child(instance=page))
            stdout.write(f"Created {page.title!r} ({danish.language_code})")
        pages[key] = page
    if home_is_new:
        # Filled last: its body links to the pages below it.
        _fill(home, text["home"], images, pages)
        _publish(home)
        stdout.write(f"Created {home.title!r} ({danish.language_code})")
    for locale in Locale.objects.exclude(pk=danish.pk):
        _translate_tree(locale, pages, images, stdout)
    load_directory(home, images, stdout)
    load_stories(home, images, stdout)
    load_events(home, images, stdout)  # after the stories: events link related stories


def _translate_tree(locale, pages, images, stdout):
    text = pages_for(locale.language_code)
    for key, _model, _parent in PAGE_TREE:
        if key not in text:
            continue
        source = pages[key]
        if source.get_translation_or_none(locale) is not None:
            continue
        translation = source.copy_for_translation(locale).specific
        _fill(translation, text[key], images, pages)
        _publish(translation)
        stdout.write(f"Created {translation.title!r} ({locale.language_code})")
