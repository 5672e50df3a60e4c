"""
Content-Security-Policy for every response (django-csp).

Public pages get CONTENT_SECURITY_POLICY: scripts and styles only from our own files (no inline
code, no eval), images from us, data: URLs and the hosts of MAP_TILES_URL and MEDIA_URL, frames
only from the video hosts a reader asks for (blocks/embed.html), and no framing of our pages.

Wagtail's admin, under ADMIN_URL_PREFIX, gets ADMIN_CONTENT_SECURITY_POLICY instead: Wagtail and
its packages write inline scripts and style attributes, so the admin allows those, but it still
loads nothing from other hosts except map tiles and video previews, and is framed only by itself
(the page editor's live preview).
"""

from urllib.parse import urlsplit

from django.conf import settings

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config

__all__ = ["ContentSecurityPolicyMiddleware", "source_of"]

ADMIN_URL_PREFIX = "/admin/"


def source_of(url):
    """
    The CSP source for the host of `url`: 'self' for a path on our own host, a wildcard for a tile
    URL's {s} subdomain placeholder.
    """
    parts = urlsplit(url)
    if not parts.netloc:
        return SELF
    host = parts.netloc.replace("{s}", "*")
    return f"{parts.scheme}://{host}" if parts.scheme else host


def directives_for(request):
    policy = (
        settings.ADMIN_CONTENT_SECURITY_POLICY
        if request.path_info.startswith(ADMIN_URL_PREFIX)
        else settings.CONTENT_SECURITY_POLICY
    )
    directives = default_config(policy["DIRECTIVES"])
    image_hosts = [source_of(settings.MAP_TILES_URL), source_of(settings.MEDIA_URL)]
    directives["img-src"] = list(dict.fromkeys([*directives["img-src"], *image_hosts]))
    return directives


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        return PolicyParts(directives_for(request), parts.update, parts.replace, parts.nonce)
