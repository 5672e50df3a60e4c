"""
Where Denmark and Ishøj are, for checking coordinates editors type or pick.

Boxes, not borders: generous enough to hold every real address inside them, and tight enough to
catch swapped latitude and longitude or a point picked in the wrong town.
"""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Box:
    south: Decimal
    west: Decimal
    north: Decimal
    east: Decimal

    def contains(self, latitude, longitude):
        return self.south <= latitude <= self.north and self.west <= longitude <= self.east

    @property
    def centre(self):
        return ((self.south + self.north) / 2, (self.west + self.east) / 2)


DENMARK = Box(Decimal("54.50"), Decimal("8.00"), Decimal("57.80"), Decimal("15.25"))
ISHOJ_MUNICIPALITY = Box(Decimal("55.585"), Decimal("12.265"), Decimal("55.650"), Decimal("12.405"))
