from django.db import migrations, models

from core.migration_operations import hero_image_without_alt_is_decorative


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_privacy_policy"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="homepage",
            name="hero_image_decorative",
            field=models.BooleanField(
                default=False,
                help_text="Tick this when the image adds nothing a reader would miss: no alt text.",
                verbose_name="the image is only decoration",
            ),
        ),
        migrations.AlterField(
            model_name="homepage",
            name="hero_image_alt",
            field=models.CharField(
                blank=True,
                help_text="Describe what the image shows, for readers who cannot see it.",
                max_length=250,
                verbose_name="hero image alt text",
            ),
        ),
        hero_image_without_alt_is_decorative("home.HomePage"),
    ]
