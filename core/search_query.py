"""
What a reader types into a search box, as a query every database's full-text search accepts.

Wagtail hands a typed query to the database with little escaping: a stray double quote is an
FTS5 syntax error on SQLite, and operators (`NEAR`, `*`, `:`, `&`) mean something to SQLite or
PostgreSQL. So a query is read as plain words: letters, combining marks (Arabic and Urdu vowel
signs) and digits, everything else a space, and searched as plain text, never parsed for
phrases or operators.
"""

import unicodedata

from wagtail.search.query import PlainText

__all__ = ["MAX_QUERY_LENGTH", "MAX_WORDS", "plain_search_query", "search_words"]

MAX_QUERY_LENGTH = 200
MAX_WORDS = 20
WORD_CATEGORIES = ("L", "M", "N")


def search_words(text):
    """The words of `text`, at most MAX_WORDS of them from its first MAX_QUERY_LENGTH characters."""
    text = unicodedata.normalize("NFC", text[:MAX_QUERY_LENGTH])
    spaced = "".join(
        character if unicodedata.category(character).startswith(WORD_CATEGORIES) else " "
        for character in text
    )
    return spaced.split()[:MAX_WORDS]


def plain_search_query(text, operator="or"):
    """A PlainText query of the words in `text`, or None when it has none."""
    words = search_words(text)
    return PlainText(" ".join(words), operator=operator) if words else None
