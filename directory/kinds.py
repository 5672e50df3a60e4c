"""The kinds of organisation, for the organisation's field and the directory's filter."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    ASSOCIATION = "association", _("Association")
    VOLUNTEER_INITIATIVE = "volunteer-initiative", _("Volunteer initiative")
    PUBLIC_INSTITUTION = "public-institution", _("Public institution")
    SOCIAL_ECONOMY = "social-economy", _("Social-economy business")
    NETWORK = "network", _("Network")
    COUNCIL = "council", _("Council or forum")
