from django.db.models.signals import post_delete
from django.dispatch import receiver

from .models import StoryTip


@receiver(post_delete, sender=StoryTip)
def delete_tip_photo(sender, instance, **kwargs):
    """A deleted tip takes its photo with it: the file is personal data too."""
    if instance.photo:
        instance.photo.delete(save=False)
