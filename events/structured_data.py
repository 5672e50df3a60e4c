"""schema.org Event data for search engines."""


def event_page_data(event, request, occurrence=None):
    return None
