"""The clash and collaboration finder."""


def also_this_weekend(event, occurrence):
    return []
