import django.db.models.deletion
from django.db import migrations, models

from core.migration_operations import RenamePageField


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("images", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        RenamePageField(model_name="eventpage", old_name="image", new_name="hero_image"),
        RenamePageField(model_name="eventpage", old_name="image_alt", new_name="hero_image_alt"),
        migrations.AlterField(
            model_name="eventpage",
            name="hero_image",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="images.customimage",
                verbose_name="hero image",
            ),
        ),
        migrations.AlterField(
            model_name="eventpage",
            name="hero_image_alt",
            field=models.CharField(
                blank=True,
                help_text="Describe what the image shows, for readers who cannot see it.",
                max_length=250,
                verbose_name="hero image alt text",
            ),
        ),
        migrations.AddField(
            model_name="eventpage",
            name="hero_image_decorative",
            field=models.BooleanField(
                default=False,
                help_text="Tick this when the image adds nothing a reader would miss: no alt text.",
                verbose_name="the image is only decoration",
            ),
        ),
    ]
