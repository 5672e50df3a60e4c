import factory
import wagtail_factories

from .models import StoryTip, StoryTipPage, VolunteerSignup, VolunteerSignupPage


class StoryTipPageFactory(wagtail_factories.PageFactory):
    title = "Tip os om en god historie"
    slug = "tip-os"
    intro = "Har du set noget godt ske i Ishøj? Fortæl os om det."
    thank_you = "Tak for dit tip! Vi kigger på det i løbet af en uge."

    class Meta:
        model = StoryTipPage


class VolunteerSignupPageFactory(wagtail_factories.PageFactory):
    title = "Bliv frivillig skribent"
    slug = "bliv-frivillig"
    intro = "Skriv de gode historier fra din forening eller dit kvarter."
    thank_you = "Tak! Sekretariatet vender tilbage til dig."

    class Meta:
        model = VolunteerSignupPage


class StoryTipFactory(factory.django.DjangoModelFactory):
    what_happened = "Naboerne i Vejleåparken holdt loppemarked.\nOverskuddet gik til legepladsen."
    who = "Beboerforeningen i Vejleåparken"
    where = "Vejleåparken"
    when = "Sidste lørdag"
    contact_name = "Amina Hassan"
    contact_email = factory.Sequence(lambda n: f"tipper{n}@example.dk")
    language = "da"

    class Meta:
        model = StoryTip


class VolunteerSignupFactory(factory.django.DjangoModelFactory):
    name = "Jonas Nielsen"
    email = factory.Sequence(lambda n: f"skribent{n}@example.dk")
    association = "Ishøj Lokalhistoriske Forening"
    motivation = "Jeg vil gerne fortælle om foreningens arbejde."
    consent = True
    language = "da"

    class Meta:
        model = VolunteerSignup
