"""
Forms residents send without an account, and the page behaviour they share.

House rules: CSRF (Django's middleware; pages never exempt themselves), length limits (the
forms), a rate limit per client (core.ratelimit), a spam trap (core.spam) and escaped
output (templates). Bad input sends the form back bound to what was written, with a message;
only a chosen file cannot come back, and the form says so.
"""

from http import HTTPMethod

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from .ratelimit import public_form_rate_limit
from .spam import HONEYPOT_FIELD, SpamProtectedForm

__all__ = ["PublicForm", "PublicFormPageMixin"]

SENT_PARAMETER = "sent"


class PublicForm(SpamProtectedForm):
    """
    Mix in before forms.Form or forms.ModelForm. `fieldsets` groups the fields for the template:
    [(legend or None, [field names])]; fields named nowhere follow in one group without legend.
    """

    fieldsets = []
    # What the form's personal data is used for, shown after the field named in
    # privacy_notice_after with a link to the privacy policy.
    privacy_notice = ""
    privacy_notice_after = None
    rate_limited_message = _(
        "You have sent this form many times in a short while. Please wait an hour and send again; "
        "what you wrote is kept below."
    )
    choose_file_again_message = _(
        "Please choose the file again: a browser cannot keep a chosen file when the form comes back."
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def fieldset_groups(self):
        named = [name for _legend, names in self.fieldsets for name in names]
        rest = [name for name in self.fields if name not in named and name != HONEYPOT_FIELD]
        groups = [(legend, names) for legend, names in self.fieldsets]
        if rest:
            groups.insert(0, (None, rest))
        return [(legend, [self[name] for name in names]) for legend, names in groups]

    def send_back(self, message):
        """Send a form back with a message of its own, as well as any from validation."""
        self.is_valid()
        self.add_error(None, message)
        self.ask_to_choose_files_again()

    def ask_to_choose_files_again(self):
        for name, field in self.fields.items():
            chosen = self.files.get(self.add_prefix(name))
            if field.widget.needs_multipart_form and chosen and name not in self.errors:
                self.add_error(name, self.choose_file_again_message)


class PublicFormPageMixin:
    """
    serve() for a page whose content is a public form. GET shows the form; POST checks it, saves
    it and redirects to ?sent=1 (Post/Redirect/Get), where the page's thank-you text is shown.

    A tripped honeypot looks like success to the bot; a client over the rate limit gets the form
    back with HTTP 429. Only accepted sendings count towards the limit, so a resident correcting
    mistakes is never locked out.
    """

    # The form, or its dotted path: a ModelForm imports its model, so a page of the same app names
    # its form by path and the models never import the forms.
    form_class = None
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS, HTTPMethod.POST]

    def get_form_class(self):
        if isinstance(self.form_class, str):
            return import_string(self.form_class)
        return self.form_class

    def save_submission(self, request, form):
        raise NotImplementedError

    def submission_received(self, request, submission):
        """After saving: e.g. tell the secretariat."""

    @property
    def rate_limit_scope(self):
        return self._meta.label_lower

    def serve(self, request, *args, **kwargs):
        if request.method == HTTPMethod.POST:
            return self.serve_submission(request)
        sent = request.GET.get(SENT_PARAMETER) == "1"
        return self.render_form(request, None if sent else self.get_form_class()(), sent=sent)

    def serve_submission(self, request):
        form = self.get_form_class()(request.POST, request.FILES)
        limit = public_form_rate_limit(self.rate_limit_scope)
        if form.honeypot_filled:
            limit.hit(request)
            return self.sent_redirect(request)
        if limit.exceeded(request):
            form.send_back(form.rate_limited_message)
            return self.render_form(request, form, status=429)
        if not form.is_valid():
            form.ask_to_choose_files_again()
            return self.render_form(request, form)
        submission = self.save_submission(request, form)
        limit.hit(request)
        self.submission_received(request, submission)
        return self.sent_redirect(request)

    def sent_redirect(self, request):
        return HttpResponseRedirect(f"{self.get_url(request)}?{SENT_PARAMETER}=1")

    def render_form(self, request, form, sent=False, status=200):
        context = self.get_context(request)
        context.update(form=form, sent=sent)
        return TemplateResponse(request, self.get_template(request), context, status=status)
