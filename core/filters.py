"""
What every listing's filter shares: a plain GET form that works without JavaScript, gives a
filtered view its own address, and filters nothing with a choice that is no longer offered.
"""

from django import forms


class ListingFilterForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, label_suffix="", **kwargs)

    @property
    def has_unavailable_choice(self):
        """A choice in the address that the form no longer offers (a theme renamed, say)."""
        return any(
            isinstance(self.fields[name], forms.ChoiceField)
            for name in self.errors
            if name in self.fields
        )

    @property
    def is_filtered(self):
        return self.is_valid() and any(self.cleaned_data.values())

    def filter(self, queryset):
        """`queryset` narrowed to what the reader chose; invalid choices filter nothing."""
        if not self.is_valid():
            return queryset
        return self.narrow(queryset, self.cleaned_data)

    def narrow(self, queryset, choices):
        raise NotImplementedError
