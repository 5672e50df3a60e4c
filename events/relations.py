"""Stories and events that link each other, read in the reader's language."""


def related_stories(event):
    return []
