from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render

from wagtail.models import Locale, Page

from core.forms import error_list
from search.forms import MAX_QUERY_LENGTH, SearchForm

RESULTS_PER_PAGE = 10


def search(request):
    """Search every live page in the reader's language."""
    form = SearchForm(request.GET)
    query = ""
    results = None
    status = 200
    if form.is_valid():
        query = form.cleaned_data["q"]
        if query:
            pages = (
                Page.objects.live()
                .public()
                .filter(locale=Locale.get_active())
                .specific()
                .search(query)
            )
            results = Paginator(pages, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    else:
        query = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
        status = 400

    return render(
        request,
        "search/search.html",
        {
            "form": form,
            "errors": error_list(form),
            "query": query,
            "results": results,
            "max_query_length": MAX_QUERY_LENGTH,
            "query_string": urlencode({"q": query}),
        },
        status=status,
    )
