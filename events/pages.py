"""What the event page shows besides its own fields."""


def event_page_context(event, request):
    return {}
