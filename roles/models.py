"""Roles are groups and permissions: see definitions.py. (This module lets Django send post_migrate.)"""
