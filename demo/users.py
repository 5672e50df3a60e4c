"""
One demo user for each role, so a demonstration can log in as the secretariat, a development
agent, a volunteer or a moderator and see what that role may do.

All share one password (DEMO_USERS_PASSWORD). A password is set when the user is created, and
later only when DEMO_USERS_PASSWORD is set and differs, so running the loader again changes
nothing.
"""

import os
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from roles.definitions import DEVELOPMENT_AGENTS, EDITORS, MODERATORS, VOLUNTEERS

PASSWORD_VARIABLE = "DEMO_USERS_PASSWORD"
DEFAULT_PASSWORD = "vores-ishoj-demo"


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    last_name: str
    role: str

    @property
    def email(self):
        return f"{self.first_name}.{self.last_name}@example.dk".lower()


DEMO_USERS = [
    DemoUser("redaktor", "Camilla", "Holm", EDITORS),
    DemoUser("agent", "Yusuf", "Demir", DEVELOPMENT_AGENTS),
    DemoUser("frivillig", "Amina", "Rashid", VOLUNTEERS),
    DemoUser("moderator", "Louise", "Mortensen", MODERATORS),
]


def demo_password():
    return os.environ.get(PASSWORD_VARIABLE, DEFAULT_PASSWORD)


def ensure_demo_users():
    """The demo users by username, each created once and in its role's group."""
    password = demo_password()
    users = {}
    for demo in DEMO_USERS:
        user, created = get_user_model().objects.get_or_create(
            username=demo.username,
            defaults={
                "first_name": demo.first_name,
                "last_name": demo.last_name,
                "email": demo.email,
            },
        )
        reset = PASSWORD_VARIABLE in os.environ and not user.check_password(password)
        if created or reset:
            user.set_password(password)
            user.save()
        if created:
            user.groups.add(Group.objects.get_or_create(name=demo.role)[0])
        users[demo.username] = user
    return users
