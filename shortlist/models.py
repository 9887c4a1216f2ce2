"""A shortlist sent by email or text message: the one thing about a shortlist the
site keeps, and only until the message has gone (see docs/shortlist.md)."""

from django.db import models

from core.crypto import EncryptedTextField
from core.outbox import Message, Outbox


class ShortlistMessage(Outbox):
    """ "Send it to me": the list and, until it is sent, where to send it."""

    class Channel(models.TextChoices):
        EMAIL = "email", "email"
        SMS = "sms", "text message"

    channel = models.CharField(max_length=5, choices=Channel.choices, default=Channel.EMAIL)
    # Encrypted as referrals' personal data are, and emptied once the message has gone.
    email = EncryptedTextField(blank=True)
    phone = EncryptedTextField(blank=True)
    activity_ids = models.CharField(max_length=400)
    # The form this came from (a digest of its signed start time): sending it twice stores it once.
    form_key = models.CharField(max_length=64, unique=True)

    class Meta:
        verbose_name = "shortlist message"

    def __str__(self):
        return f"Shortlist message {self.pk}"

    def message(self):
        from shortlist.handout import email_text, text_message

        if self.channel == self.Channel.SMS:
            body, link = text_message(self.activity_ids)
            return Message(
                subject="",
                body=body,
                to=[self.phone] if self.phone else [],
                channel="sms",
                kind="shortlist-sms",
                personalisation={"shortlist_url": link},
            )
        subject, body = email_text(self.activity_ids)
        return Message(subject=subject, body=body, to=[self.email] if self.email else [])

    def after_sent(self):
        type(self).objects.filter(pk=self.pk).update(email="", phone="")
