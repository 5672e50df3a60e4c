from django.db.models.signals import post_save
from django.dispatch import receiver

from stories.moderation import moderate_contributions_below

from .models import EventIndexPage


@receiver(post_save, sender=EventIndexPage)
def moderate_new_event_index(sender, instance, created, raw=False, **kwargs):
    """An events calendar, in any language, is moderated and open to organisers' drafts."""
    if created and not raw:
        moderate_contributions_below(instance)
