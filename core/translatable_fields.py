"""
Facts are synchronised, words are translated.

In wagtail-localize a field of a page or snippet is either translated (its text goes to the
translators, segment by segment) or synchronised (each sync copies the Danish value into every
translation). The rule here:

- Words are translated: names of things, titles, descriptions, leads, bodies, alt text, roles,
  opening hours, accessibility notes.
- Facts are synchronised: phone numbers, e-mail and web addresses, street addresses (street,
  postcode, town), coordinates, dates and times, prices, the names of people (a contact person,
  a byline, a photographer), choices and yes/no boxes, images and every relation to other pages
  and snippets. Editors link the Danish themes, places and organisations; pages show each in
  the reader's language through its translation key.

So a new phone number on the Danish page reaches every language at the next sync, and a
translation never waits for a translator to "translate" a number. A translator may still
override a synchronised value in the translation editor (a name written in Arabic script).

wagtail-localize's defaults already synchronise e-mail and web addresses, choices, dates,
numbers, yes/no boxes, images, links to pages and inline child objects. They get two things
wrong, which `SynchronisedFacts` puts right: a fact typed as text (a phone number, a street
address, a price) would be translated, and a many-to-many relation would not be copied at all
(wagtail-localize leaves those fields out: wagtail/wagtail-localize#820). A relation to a
translatable snippet would be translated to the snippet's translation and then not follow the
Danish page (wagtail/wagtail-localize#648); pages look such snippets up in the reader's language
by translation key anyway, so it is synchronised too.

One gap is wagtail-localize's own: a many-to-many relation emptied on the Danish page keeps its
old values in the translations (copy_synchronised_fields copies only a non-empty list).
"""

from django.db import models

from wagtail.models import Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

__all__ = ["SynchronisedFacts", "relation_names"]


class SynchronisedFacts:
    """
    `override_translatable_fields` for a model: its `synchronised_facts` (the names of text
    fields that hold facts) and every relation, found from the model's fields so a relation
    added later is synchronised without anyone remembering to.
    """

    def __get__(self, instance, owner):
        names = [*getattr(owner, "synchronised_facts", []), *relation_names(owner)]
        return [SynchronizedField(name) for name in dict.fromkeys(names)]


def relation_names(model):
    """The model's many-to-many fields and its foreign keys to translatable snippets."""
    return [
        field.name
        for field in model._meta.get_fields()
        if field.concrete
        and field.editable
        and (
            isinstance(field, models.ManyToManyField)
            or (
                isinstance(field, models.ForeignKey)
                and issubclass(field.related_model, TranslatableMixin)
                and not issubclass(field.related_model, Page)
            )
        )
    ]
