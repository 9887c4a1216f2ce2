from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from feeds.csv_format import template_csv
from feeds.models import Source
from feeds.permissions import SourcePermissionPolicy
from feeds.tasks import request_sync


@require_POST
def sync_now(request, pk):
    own_sources = SourcePermissionPolicy(Source).instances_user_has_permission_for(
        request.user, "change"
    )
    source = get_object_or_404(own_sources, pk=pk)
    request_sync(source)
    source.refresh_from_db()
    messages.info(request, source.state_in_words())
    return redirect("wagtailsnippets_feeds_source:edit", source.pk)


def csv_template(request):
    response = HttpResponse(template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="activities-template.csv"'
    return response
