"""The fixed lists: target groups, and the languages most spoken in Ishøj after Danish."""

from django.db import migrations

TARGET_GROUPS = ["children-families", "young-people", "adults", "seniors", "newcomers", "everyone"]
SPOKEN_LANGUAGES = [
    "da", "en", "ar", "tr", "ur", "so", "ku", "fa", "ps", "pa", "ta", "bs", "sr", "sq", "pl",
    "ro", "uk", "de", "es", "fr", "vi", "ti",
]


def create_fixed_lists(apps, schema_editor):
    TargetGroup = apps.get_model("taxonomy", "TargetGroup")
    SpokenLanguage = apps.get_model("taxonomy", "SpokenLanguage")
    for position, code in enumerate(TARGET_GROUPS):
        TargetGroup.objects.update_or_create(code=code, defaults={"position": position})
    for position, code in enumerate(SPOKEN_LANGUAGES):
        SpokenLanguage.objects.update_or_create(code=code, defaults={"position": position})


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(create_fixed_lists, migrations.RunPython.noop)]
