"""
The public API's query parameters, checked before they reach the database (core.api).

Wagtail converts most parameters itself, but not all of them to what the database can hold: an
id beyond 64 bits overflows SQLite, a date before year 1 in UTC overflows Python, a NUL cannot
be sent to PostgreSQL, and `?id=abc` on the find view fails inside the query. Each check raises
Wagtail's BadRequestError (400, with a message naming the parameter) instead.
"""

import datetime
import re

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.utils import timezone

from taggit.managers import TaggableManager
from wagtail.api.v2.utils import BadRequestError
from wagtail.fields import StreamField

__all__ = ["LARGEST_INTEGER", "check_field_filters", "check_operations"]

# Page ids and every other integer column: PostgreSQL's bigint, SQLite's INTEGER.
LARGEST_INTEGER = 2**63 - 1
LARGEST_OFFSET = 1_000_000_000
PAGE_PARAMETERS = ("child_of", "descendant_of", "translation_of", "ancestor_of")
SEARCH_OPERATORS = ("and", "or")
WHOLE_NUMBER = re.compile(r"-?[0-9]{1,20}")


def whole_number(name, value, smallest=0, largest=LARGEST_INTEGER):
    """`value` as an int from `smallest` to `largest`, else a 400 naming `name`."""
    if not WHOLE_NUMBER.fullmatch(value.strip()):
        raise BadRequestError(f"{name} must be a whole number")
    number = int(value)
    if not smallest <= number <= largest:
        raise BadRequestError(f"{name} must be a whole number from {smallest} to {largest}")
    return number


def check_operations(query):
    """The parameters every endpoint shares: no NUL anywhere, numbers the database can hold."""
    for name, values in query.lists():
        if any("\x00" in text for text in (name, *values)):
            raise BadRequestError(f"null characters are not allowed in {name}")
    for name in ("offset", "limit"):
        if name in query:
            whole_number(name, query[name], largest=LARGEST_OFFSET)
    if "id" in query:
        whole_number("id", query["id"])
    for name in PAGE_PARAMETERS:
        if name in query and not (query[name] == "root" and name != "ancestor_of"):
            whole_number(name, query[name])
    operator = query.get("search_operator")
    if operator is not None and operator.lower() not in SEARCH_OPERATORS:
        raise BadRequestError("search_operator must be 'and' or 'or'")


def check_field_filters(query, model, field_names):
    """Each ?<field>=<value> filter of `model` holds a value its column can hold."""
    for name in set(query) & set(field_names) - {"locale"}:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        for value in query.getlist(name):
            check_field_value(name, field, value)


def check_field_value(name, field, value):
    if isinstance(field, StreamField):
        raise BadRequestError(f"cannot filter by {name}")
    if isinstance(field, TaggableManager):
        return
    if field.many_to_many or field.many_to_one:
        field = field.target_field
    if isinstance(field, (models.IntegerField, models.AutoField)):
        whole_number(name, value, smallest=-LARGEST_INTEGER - 1)
    elif isinstance(field, (models.DateField, models.DateTimeField)):
        check_date(name, field, value)


def check_date(name, field, value):
    try:
        moment = field.to_python(value.strip())
    except ValidationError as error:
        raise BadRequestError(f"{name} must be a date (YYYY-MM-DD) or a date and time") from error
    if not isinstance(moment, datetime.datetime):
        return
    try:
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        moment.astimezone(datetime.UTC)
    except (OverflowError, ValueError) as error:
        raise BadRequestError(f"{name} is out of range") from error
