"""A shortlist sent by email: the one thing about a shortlist the site keeps, and
only until the email has gone (see docs/shortlist.md)."""

from django.db import models

from core.crypto import EncryptedTextField
from core.outbox import Message, Outbox


class ShortlistEmail(Outbox):
    """ "Send it to me": the list and, until it is sent, where to send it."""

    # Encrypted as referrals' personal data are, and emptied once the email has gone.
    email = EncryptedTextField(blank=True)
    activity_ids = models.CharField(max_length=400)
    # The form this came from (a digest of its signed start time): sending it twice stores it once.
    form_key = models.CharField(max_length=64, unique=True)

    class Meta:
        verbose_name = "shortlist email"

    def __str__(self):
        return f"Shortlist email {self.pk}"

    def message(self):
        from shortlist.handout import email_text

        subject, body = email_text(self.activity_ids)
        return Message(subject=subject, body=body, to=[self.email] if self.email else [])

    def after_sent(self):
        type(self).objects.filter(pk=self.pk).update(email="")
