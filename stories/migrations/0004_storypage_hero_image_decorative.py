from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0003_storypage_related_events"),
    ]

    operations = [
        migrations.AddField(
            model_name="storypage",
            name="hero_image_decorative",
            field=models.BooleanField(
                default=False,
                help_text="Tick this when the image adds nothing a reader would miss: no alt text.",
                verbose_name="the image is only decoration",
            ),
        ),
    ]
