from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The fictional borough `make run` loads: it sits above every feature app, so
    core and the feature apps never depend on it."""

    name = "demo"
    verbose_name = "Demo content"
