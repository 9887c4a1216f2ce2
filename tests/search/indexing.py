"""What the index tests of each database backend share: a sample of every indexed
model's objects, one activity's text made awkward for an index to write."""

from modelsearch.index import get_indexed_models

from directory.models import ActivityPage


def make_one_activitys_text_awkward():
    """Quotes, a percent sign, blank and empty texts, words in another script, and
    English words a stemmer shortens."""
    ActivityPage.objects.filter(pk=ActivityPage.objects.live().first().pk).update(
        title="Walking: 50% off the 'Tuesday' café — قهوة",
        summary="   ",
        description="",
        what_to_expect="<p>100%% fun: meeting friends, singing songs</p>",
    )


def indexed_samples():
    """(model, up to 40 of its objects) for every model with search fields."""
    for model in get_indexed_models():
        objects = list(model.get_indexed_objects()[:40])
        if objects and model.get_search_fields():
            yield model, objects
