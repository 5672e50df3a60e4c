import factory
import wagtail_factories

from home.models import HomePage, StandardPage


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Billede {n}")
    credit = "Ishøj Kommune"
    file = factory.django.ImageField(width=1600, height=900, color="teal")


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Vores Ishøj"
    intro = "Byens virtuelle mødested."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Side {n}")
    intro = "En side om livet i Ishøj."
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Velkommen.</p>"}])

    class Meta:
        model = StandardPage
