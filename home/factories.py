import wagtail_factories

from home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    heading = "Find people and things to do near you"
    introduction = "Whatever you enjoy, there is a group nearby."

    class Meta:
        model = HomePage
