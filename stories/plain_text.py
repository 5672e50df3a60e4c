"""
A story as plain text for the press (press.txt): paragraphs separated by blank lines, links
written out, quotes with who said them, in the quotation marks of the story's language.

Called with the story's language active (stories.press.press_text).
"""

from html.parser import HTMLParser

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.rich_text import expand_db_html

__all__ = ["html_to_text", "story_as_text"]

# The quotation marks newspapers use in each language; English marks where none is given.
QUOTATION_MARKS = {"da": ("„", "“"), "ar": ("«", "»"), "tr": ("“", "”"), "ur": ("“", "”")}
DEFAULT_QUOTATION_MARKS = ("“", "”")

BLOCK_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "blockquote", "li"}


class _RichTextParser(HTMLParser):
    """Rich text HTML to paragraphs: lists as "–" or numbered lines, links as "text (address)"."""

    def __init__(self, absolute):
        super().__init__(convert_charrefs=True)
        self.absolute = absolute
        self.paragraphs, self.text, self.lists, self.links = [], [], [], []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.flush()
        if tag in ("ul", "ol"):
            self.flush()
            self.lists.append({"ordered": tag == "ol", "count": 0, "lines": []})
        elif tag == "br":
            self.text.append("\n")
        elif tag == "a":
            self.links.append((dict(attrs).get("href") or "", len(self.text)))

    def handle_endtag(self, tag):
        if tag in BLOCK_TAGS:
            self.flush()
        elif tag in ("ul", "ol") and self.lists:
            self.flush()
            lines = self.lists.pop()["lines"]
            self.add("\n".join(lines))
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            label = "".join(self.text[start:]).strip()
            if href and not href.startswith(("mailto:", "tel:", "#")) and label != href:
                self.text.append(f" ({self.absolute(href)})")

    def handle_data(self, data):
        self.text.append(data)

    def flush(self):
        lines = (" ".join(line.split()) for line in "".join(self.text).split("\n"))
        text = "\n".join(line for line in lines if line)
        self.text = []
        if not text:
            return
        if self.lists:
            current = self.lists[-1]
            current["count"] += 1
            marker = f"{current['count']}." if current["ordered"] else "–"
            indent = "  " * (len(self.lists) - 1)
            current["lines"].append(f"{indent}{marker} {text}")
        else:
            self.add(text)

    def add(self, text):
        if self.lists:
            self.lists[-1]["lines"].append(text)
        elif text:
            self.paragraphs.append(text)

    def close(self):
        super().close()
        self.flush()
        while self.lists:  # unclosed lists in hand-written HTML
            self.handle_endtag("ul")


def html_to_text(html, absolute):
    """`html` as plain text; `absolute` makes a link's address absolute."""
    parser = _RichTextParser(absolute)
    parser.feed(html)
    parser.close()
    return "\n\n".join(parser.paragraphs)


def quotation(quote, name="", role=""):
    opening, closing = QUOTATION_MARKS.get(get_language(), DEFAULT_QUOTATION_MARKS)
    said = f"{opening}{quote.strip()}{closing}"
    who = ", ".join(part for part in (name, role) if part)
    return f"{said} – {who}" if who else said


def _link_line(label, url, absolute):
    return f"{label}: {absolute(url)}" if url else label


def block_text(block, absolute):
    """One StreamField block as plain text; blocks with nothing to read give ""."""
    value = block.value
    match block.block_type:
        case "heading":
            return value["text"]
        case "paragraph":
            return html_to_text(expand_db_html(value.source), absolute)
        case "quote":
            return quotation(value["quote"], value["name"], value["role"])
        case "image":
            image = value["image"]
            credit = image.credit if image else ""
            parts = [
                value["caption"],
                _("Photo: %(credit)s") % {"credit": credit} if credit else "",
            ]
            parts = [part for part in parts if part]
            return f"[{'. '.join(parts)}]" if parts else ""
        case "embed":
            return _link_line(
                value["title"], value["embed"].url if value["embed"] else "", absolute
            )
        case "call_to_action":
            link = _link_line(value["link"]["label"], value["link"].url, absolute)
            return "\n".join(part for part in (value["heading"], value["text"], link) if part)
        case "document":
            return _link_line(value.link_text, value["document"].url, absolute)
        case "accordion":
            items = [
                f"{item['question']}\n{html_to_text(expand_db_html(item['answer'].source), absolute)}"
                for item in value["items"]
            ]
            return "\n\n".join(part for part in (value["heading"], *items) if part)
    return ""


def contact_text(contact):
    lines = [_("Press contact:"), ", ".join(p for p in (contact["name"], contact["role"]) if p)]
    if contact["phone"]:
        lines.append(_("Phone: %(phone)s") % {"phone": contact["phone"]})
    if contact["email"]:
        lines.append(_("E-mail: %(email)s") % {"email": contact["email"]})
    return "\n".join(line for line in lines if line)


def story_as_text(story, request, *, dateline, contact):
    absolute = request.build_absolute_uri
    sections = [story.title, story.lead, _("Ishøj, %(date)s") % {"date": dateline}]
    sections += [block_text(block, absolute) for block in story.body]
    if story.byline:
        sections.append(_("Text: %(name)s") % {"name": story.byline})
    if story.hero_image:
        credit = story.image_credit
        lines = [
            _("Photo: %(credit)s") % {"credit": credit} if credit else "",
            _("Photo in full resolution: %(url)s") % {"url": absolute(story.hero_image.file.url)},
        ]
        sections.append("\n".join(line for line in lines if line))
    if contact:
        sections.append(contact_text(contact))
    sections.append(_("Read the story online: %(url)s") % {"url": story.get_full_url(request)})
    return "\n\n".join(section for section in sections if section) + "\n"
