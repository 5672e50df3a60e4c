"""iCalendar (RFC 5545): the calendar feed and one file per event."""
