"""Themes and neighbourhoods are translated with wagtail-localize, keeping their slug."""

from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, TranslationSource

import pytest

from taxonomy.models import Neighbourhood, Theme


@pytest.mark.django_db
@pytest.mark.parametrize("model", [Theme, Neighbourhood])
def test_translating_keeps_the_slug_used_in_filter_links(model):
    danish = model.objects.create(name="Klima og natur", slug="klima-og-natur")
    turkish = Locale.objects.get(language_code="tr")
    source, _created = TranslationSource.get_or_create_from_instance(danish)
    string = source.stringsegment_set.get(string__data="Klima og natur").string
    StringTranslation.objects.create(
        translation_of=string,
        locale=turkish,
        context=string.segments.first().context,
        data="İklim ve doğa",
    )

    translation, _created = source.create_or_update_translation(turkish)

    assert translation.name == "İklim ve doğa"
    assert translation.slug == "klima-og-natur"
    assert translation.translation_key == danish.translation_key
