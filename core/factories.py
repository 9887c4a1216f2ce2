import wagtail_factories

from core.models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = "About this service"
    introduction = "What this service does and who runs it."

    class Meta:
        model = StandardPage
