"""Content blocks shared by every page type."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class LinkBlock(blocks.StructBlock):
    """A link to a page on this site or to another address, with its own words."""

    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("Or another web address"), required=False)
    text = blocks.CharBlock(label=_("Link text"), max_length=80)

    class Meta:
        icon = "link"
        label = _("Link")
        description = _("A link to a page on this site or to another web address.")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter a web address, not both.")
            raise blocks.StructBlockValidationError(block_errors={"page": ValidationError(message)})
        return value


class ActionCardBlock(blocks.StructBlock):
    """One thing a resident can do, with a short promise and a link to start."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), max_length=240)
    link = LinkBlock()

    class Meta:
        icon = "pick"
        label = _("Action card")
        template = "components/action_card.html"
        description = _("A heading, a sentence and a link that starts something.")
        preview_value = {
            "heading": "Find something to do near you",
            "text": "Walking groups, lunch clubs, language cafes and more.",
            "link": {"url": "https://example.org/", "text": "Find something to do"},
        }


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/heading.html"
        description = _("A section heading (level 2).")
        preview_value = "What happens next"


class InsetTextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=["bold", "link"], **kwargs)

    class Meta:
        icon = "pick"
        label = _("Inset text")
        template = "components/inset_text.html"
        description = _("A short piece of text set apart from the rest, such as a tip.")
        preview_value = "You can bring a friend or family member with you."


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "h3"],
        label=_("Paragraph"),
        icon="pilcrow",
        template="components/rich_text.html",
        description=_("Text with links and lists."),
    )
    inset_text = InsetTextBlock()
    action_card = ActionCardBlock()

    class Meta:
        template = "components/body.html"
