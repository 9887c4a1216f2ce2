"""The resident's journey: one question per page, answers in the session only.

Every view here shows or takes personal data, so the URLconf sends all of them
with never_cache (no-store): the next person at a shared computer cannot page
back through them."""

import uuid

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from core import notify
from core.forms import error_list
from core.ratelimit import over_limit
from referrals import flow as steps
from referrals import outcomes, questions
from referrals.forms import FeelingConnectedForm, FollowUpForm, SubmitForm
from referrals.models import ForWhom, Kind, Referral
from referrals.submission import create_referral


def too_many_requests(request):
    return render(request, "referrals/too_many_requests.html", status=429)


def entry_link(activity, kind):
    return f"{reverse('referrals:start')}?activity={activity.pk}&kind={kind}&from=activity"


def back_from_start(activity):
    # The "Get a hand to get connected" page these pages sit beneath.
    return activity.url if activity else reverse("referrals:start").removesuffix("start/")


def expired(request):
    """A page sent after the session forgot the answers: say so, and offer a fresh start."""
    return render(
        request,
        "referrals/expired.html",
        {"minutes": settings.SESSION_COOKIE_AGE // 60},
        status=400,
    )


@require_http_methods(["GET"])
def start(request):
    """Where every link in lands: remembers where the person came from, then asks.
    Nothing is stored yet; the first question page carries the signed start."""
    start = steps.signed_start(steps.new_flow(steps.parse_source(request.GET)))
    return redirect(steps.step_url(steps.STEP_SLUGS[0]) + "?start=" + start)


@require_http_methods(["GET", "POST"])
def step(request, slug):
    if slug not in questions.BY_SLUG:
        raise Http404
    first = slug == steps.STEP_SLUGS[0]
    # A link in (the signed start) begins a new journey, as it always has; its
    # first answer replaces any journey the session held.
    start = (request.POST.get("start") or request.GET.get("start")) if first else None
    flow = steps.unsigned_start(start) or steps.load(request)
    if flow is None:
        if not first:
            return expired(request) if request.method == "POST" else redirect("referrals:start")
        # Nothing is lost before the first answer: without a start, begin a direct one.
        flow = steps.new_flow(steps.parse_source({}))
    answers = flow["answers"]
    slugs = steps.step_slugs(answers)
    first_gap = steps.first_unanswered(answers)
    if slug not in slugs:  # a page these answers do not lead to
        return (
            redirect("referrals:step", slug=first_gap) if first_gap else redirect("referrals:check")
        )
    if first_gap and slugs.index(slug) > slugs.index(first_gap):
        return redirect("referrals:step", slug=first_gap)

    current = questions.BY_SLUG[slug]
    form_class = current.form_class_for(answers)
    change = request.GET.get("change") == "1"
    status = 200
    if request.method == "POST":
        if over_limit(request, "step", settings.REFERRALS_STEP_LIMIT):
            return too_many_requests(request)
        form = form_class(request.POST, prefix=None)
        if form.is_valid():
            answers[slug] = form.cleaned_data
            steps.save(request, flow)
            return redirect(steps.next_url(slug, change, answers))
    else:
        form = form_class(initial=answers.get(slug) or current.initial_for(request))

    activity = steps.activity_for(flow)
    back = steps.previous_url(slug, answers)
    if change:
        back = reverse("referrals:check")
    return render(
        request,
        f"referrals/steps/{slug}.html",
        {
            "form": form,
            "errors": error_list(form) if form.is_bound else [],
            "activity": activity,
            "kind": flow["source"]["kind"],
            "back_url": back or back_from_start(activity),
            "action": steps.step_url(slug, change),
            "step_number": slugs.index(slug) + 1,
            "step_count": len(slugs),
            # Until the first answer, the journey lives only in this page.
            "start": steps.signed_start(flow) if "journey" not in flow else "",
        },
        status=status,
    )


def sent_for(journey):
    """The referral a journey already became, if it did."""
    try:
        journey = uuid.UUID(journey)
    except (TypeError, ValueError):
        return None
    return Referral.objects.filter(journey=journey).first()


def show_done(request, referral):
    request.session[steps.DONE_KEY] = {
        "reference": referral.reference,
        "kind": referral.kind if referral.organisation_id else Kind.CONNECTOR,
        "email": referral.contact_method == "email",
        "text": referral.contact_method == "text" and notify.enabled(),
        "referrer": bool(referral.referrer_email),
        # The measure is the person's own answer: not asked of someone on their behalf.
        "measure": referral.for_whom == ForWhom.SELF,
    }
    return redirect("referrals:done")


@require_http_methods(["GET", "POST"])
def check(request):
    if request.method == "POST":
        # Send pressed again (the answer to the first press lost, or the page
        # replayed): the same reference and done page, and nothing new stored.
        referral = sent_for(request.POST.get("journey"))
        if referral is not None:
            return show_done(request, referral)
    flow = steps.load(request)
    if flow is None:
        return expired(request) if request.method == "POST" else redirect("referrals:start")
    first_gap = steps.first_unanswered(flow["answers"])
    if first_gap:
        return redirect("referrals:step", slug=first_gap)
    activity = steps.activity_for(flow)
    problem = None
    if request.method == "POST":
        if over_limit(request, "submit", settings.REFERRALS_SUBMIT_LIMIT):
            return too_many_requests(request)
        form = SubmitForm(request.POST)
        if not form.is_valid() or form.cleaned_data["website"]:
            # The trap field is hidden from people, keyboards and screen readers.
            return render(request, "referrals/not_sent.html", status=400)
        elapsed = steps.seconds_since_start(flow)
        # Too quick to be a person, or a check page from another journey (its
        # answers are not the ones in the session): show these answers to check.
        if (
            elapsed is None
            or elapsed < settings.REFERRALS_MIN_FILL_SECONDS
            or str(form.cleaned_data["journey"]) != flow["journey"]
        ):
            problem = "check_again"
        else:
            referral = create_referral(flow, activity)
            steps.forget(request)
            return show_done(request, referral)
    return render(
        request,
        "referrals/check.html",
        {
            "rows": steps.summary_rows(flow["answers"]),
            "activity": activity,
            "kind": flow["source"]["kind"],
            "back_url": steps.step_url(steps.step_slugs(flow["answers"])[-1]),
            "problem": problem,
            "journey": flow["journey"],
        },
    )


def done(request):
    confirmation = request.session.get(steps.DONE_KEY)
    if not isinstance(confirmation, dict):
        return redirect("referrals:start")
    return render(request, "referrals/done.html", {"confirmation": confirmation})


def privacy(request):
    return render(
        request,
        "referrals/privacy.html",
        {"retention_months": settings.REFERRALS_RETENTION_MONTHS},
    )


def link_problem(request, kind):
    """A broken link (404), or one expired or already answered (410), said plainly."""
    status = 404 if kind == "broken" else 410
    return render(request, "referrals/link_problem.html", {"problem": kind}, status=status)


def measure_context(form):
    return {
        "form": form,
        "errors": error_list(form) if form.is_bound else [],
        "items": [form[name] for name, _label in outcomes.ITEMS],
    }


@require_http_methods(["GET", "POST"])
def feeling_connected(request):
    """The optional measure, offered on the done page to a resident asking for themselves."""
    confirmation = request.session.get(steps.DONE_KEY)
    if not isinstance(confirmation, dict) or not confirmation.get("measure"):
        return redirect("referrals:start")
    referral = Referral.objects.filter(reference=confirmation.get("reference")).first()
    if referral is None or referral.measure_at_referral:
        return link_problem(request, "answered")
    form = FeelingConnectedForm(request.POST if request.method == "POST" else None)
    if form.is_valid():
        if not outcomes.record_measure_at_referral(referral, form.cleaned_data):
            return link_problem(request, "answered")
        return render(request, "referrals/thanks.html")
    return render(request, "referrals/feeling_connected.html", measure_context(form))


@require_http_methods(["GET", "POST"])
def follow_up(request, token):
    """ "Did you go? How was it?", from the follow-up message's link: no sign-in,
    answered once. A broken, expired or used link gets a page that says so."""
    try:
        referral = outcomes.referral_for_token(token)
        form = FollowUpForm(request.POST if request.method == "POST" else None)
        if form.is_valid():
            outcomes.record_follow_up(referral, form.cleaned_data)
            return render(request, "referrals/thanks.html")
    except outcomes.LinkProblem as problem:
        return link_problem(request, problem.kind)
    return render(request, "referrals/follow_up.html", measure_context(form))
