from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import StoryIndexPage
from .moderation import moderate_contributions_below


@receiver(post_save, sender=StoryIndexPage)
def moderate_new_story_index(sender, instance, created, raw=False, **kwargs):
    """A story index, in any language, is moderated and open to volunteers from the start."""
    if created and not raw:
        moderate_contributions_below(instance)
