"""
The demo directory: Ishøj's organisations and places, their themes and neighbourhoods, in
Danish and translated into every language that has demo text. Like the rest of load_demo it
creates only what is missing.
"""

from wagtail.models import Locale

from directory.models import DirectoryIndexPage, MapPage, OrganisationPage, PlacePage
from taxonomy.models import Neighbourhood, SpokenLanguage, TargetGroup, Theme

from .content import directory_facts as facts
from .content import directory_for


def _publish(page):
    page.save_revision().publish()
    return page


def _ensure_snippets(model, slugs, texts_by_language):
    """The Danish snippet for each slug, with a translation in every language that names it."""
    default = Locale.get_default()
    snippets = {}
    for slug in slugs:
        snippet, _ = model.objects.get_or_create(
            slug=slug,
            locale=default,
            defaults={"name": texts_by_language[default.language_code][slug]},
        )
        snippets[slug] = snippet
        for code, names in texts_by_language.items():
            locale = Locale.objects.filter(language_code=code).first()
            if locale and locale != default and not snippet.has_translation(locale):
                translation = snippet.copy_for_translation(locale)
                translation.name = names[slug]
                translation.save()
    return snippets


def _child(parent, model, slug, **fields):
    """The live child of `parent` with this slug, created (and published) if missing."""
    page = parent.get_children().filter(slug=slug).specific().first()
    if page is not None:
        return page, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    return _publish(page), True


def _texts():
    codes = [locale.language_code for locale in Locale.objects.all()]
    return {code: directory_for(code) for code in codes if directory_for(code)}


def _place_fields(key, text, neighbourhoods, images):
    fact = facts.PLACES[key]
    return {
        "title": text["title"],
        "listing_summary": text.get("listing_summary", ""),
        "description": text.get("description", ""),
        "opening_hours": text.get("opening_hours", ""),
        "hero_image": images.get(fact.get("image")) if fact.get("image") else None,
        "hero_image_alt": text.get("photo_alt", ""),
        "address": fact["address"],
        "postcode": fact["postcode"],
        "town": fact["town"],
        "latitude": fact["latitude"],
        "longitude": fact["longitude"],
        "neighbourhood": neighbourhoods.get(fact.get("neighbourhood")),
        "step_free_access": fact["step_free_access"],
        "accessible_toilet": fact["accessible_toilet"],
        "hearing_loop": fact["hearing_loop"],
    }


def _organisation_fields(key, text):
    fact = facts.ORGANISATIONS[key]
    fields = {
        "title": text["title"],
        "listing_summary": text.get("listing_summary", ""),
        "description": text.get("description", ""),
        "kind": fact["kind"],
    }
    fields.update((name, fact[name]) for name in CONTACT_AND_FLAGS)
    return fields


CONTACT_AND_FLAGS = [
    "contact_person",
    "email",
    "phone",
    "website",
    "looking_for_volunteers",
    "open_for_collaboration",
]


def _link_organisation(page, key, themes, places):
    fact = facts.ORGANISATIONS[key]
    page.themes.set([themes[slug] for slug in fact["themes"]])
    page.target_groups.set(TargetGroup.objects.filter(code__in=fact["target_groups"]))
    page.languages.set(SpokenLanguage.objects.filter(code__in=fact["languages"]))
    page.places.set([places[place] for place in fact["places"]])


def load_directory(home, images, stdout):
    texts = _texts()
    danish = texts[Locale.get_default().language_code]
    themes = _ensure_snippets(Theme, facts.THEMES, {c: t["themes"] for c, t in texts.items()})
    neighbourhoods = _ensure_snippets(
        Neighbourhood, facts.NEIGHBOURHOODS, {c: t["neighbourhoods"] for c, t in texts.items()}
    )
    index, _ = _child(
        home,
        DirectoryIndexPage,
        danish["index"]["slug"],
        show_in_menus=True,
        **_plain(danish["index"]),
    )
    _child(index, MapPage, danish["map"]["slug"], **_plain(danish["map"]))
    places = {}
    for key in facts.PLACES:
        text = danish["places"][key]
        places[key], _ = _child(
            index, PlacePage, text["slug"], **_place_fields(key, text, neighbourhoods, images)
        )
    organisations, created = {}, []
    for key in facts.ORGANISATIONS:
        text = danish["organisations"][key]
        page, is_new = _child(
            index, OrganisationPage, text["slug"], **_organisation_fields(key, text)
        )
        organisations[key] = page
        if is_new:
            created.append(key)
    for key in created:
        page, fact = organisations[key], facts.ORGANISATIONS[key]
        _link_organisation(page, key, themes, places)
        page.parent_organisation = organisations.get(fact["parent"]) if fact["parent"] else None
        page.partners.set([organisations[partner] for partner in fact["partners"]])
        _publish(page)
    stdout.write(f"Directory: {len(places)} places, {len(organisations)} organisations (da)")
    _translate_directory(texts, index, places, organisations, images, neighbourhoods, stdout)


def _plain(text):
    return {"title": text["title"], "intro": text.get("intro", "")}


def _translate(page, locale, fields):
    if page.has_translation(locale):
        return False
    translation = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    _publish(translation)
    return True


def _translate_directory(texts, index, places, organisations, images, neighbourhoods, stdout):
    map_page = index.get_children().type(MapPage).first().specific
    for locale in Locale.objects.exclude(pk=Locale.get_default().pk):
        text = texts.get(locale.language_code)
        if not text:
            continue
        _translate(index, locale, _plain(text["index"]))
        _translate(map_page, locale, _plain(text["map"]))
        for key, page in places.items():
            _translate(
                page, locale, _place_fields(key, text["places"][key], neighbourhoods, images)
            )
        for key, page in organisations.items():
            _translate(page, locale, _organisation_fields(key, text["organisations"][key]))
        stdout.write(f"Directory translated ({locale.language_code})")
