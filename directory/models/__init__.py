from .organisations import OrganisationKind, OrganisationPage
from .pages import DirectoryIndexPage, MapPage
from .places import PlacePage

__all__ = ["DirectoryIndexPage", "MapPage", "OrganisationKind", "OrganisationPage", "PlacePage"]
