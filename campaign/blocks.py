"""Blocks for the campaign's pages."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

# Easy Read: short sentences, one idea each.
EASY_READ_MAX_WORDS = 15
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def long_sentences(text, limit=EASY_READ_MAX_WORDS):
    """The sentences in text longer than limit words."""
    sentences = [sentence for sentence in SENTENCE_END.split(text.strip()) if sentence]
    return [sentence for sentence in sentences if len(sentence.split()) > limit]


class EasyReadRowBlock(blocks.StructBlock):
    """One row of an Easy Read page: a picture beside a few short sentences."""

    image = ImageChooserBlock(label=_("Picture"))
    image_alt = blocks.CharBlock(
        label=_("What the picture shows"),
        max_length=200,
        help_text=_("Alternative text, read out by screen readers."),
    )
    text = blocks.TextBlock(
        label=_("Text"),
        max_length=300,
        help_text=_("Short sentences, one idea each, no more than 15 words a sentence."),
    )

    class Meta:
        icon = "image"
        label = _("Picture and text")
        template = "campaign/blocks/easy_read_row.html"
        description = _("A picture beside a few short sentences.")
        preview_value = {
            "image_alt": "Two people laughing over a cup of tea",
            "text": "You can meet people near you. It is free.",
        }

    def clean(self, value):
        value = super().clean(value)
        if long_sentences(value.get("text", "")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "text": ValidationError(
                        _("Keep each sentence to 15 words or fewer."), code="long_sentence"
                    )
                }
            )
        return value


class EasyReadStreamBlock(blocks.StreamBlock):
    row = EasyReadRowBlock()

    class Meta:
        min_num = 1


class MessageBlock(blocks.CharBlock):
    class Meta:
        icon = "openquote"
        label = _("Key message")
        description = _("One sentence the phase wants people to remember.")
        preview_value = "Everyone feels lonely at some point. Getting connected can start small."


class PhaseMessagesBlock(blocks.StreamBlock):
    message = MessageBlock(max_length=200)


class FeaturedStoriesBlock(blocks.StreamBlock):
    story = blocks.PageChooserBlock(page_type="campaign.StoryPage", label=_("Story"))


class FeaturedActivitiesBlock(blocks.StreamBlock):
    activity = blocks.PageChooserBlock(page_type="directory.ActivityPage", label=_("Activity"))


class PhaseAudiencesBlock(blocks.StreamBlock):
    audience = blocks.PageChooserBlock(page_type="campaign.AudiencePage", label=_("Audience"))
