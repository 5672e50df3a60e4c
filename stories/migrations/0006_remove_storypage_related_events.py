from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("stories", "0005_related_events_owned_by_events")]

    operations = [migrations.RemoveField(model_name="storypage", name="related_events")]
