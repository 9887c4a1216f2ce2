from django.urls import path

from shortlist import views

app_name = "shortlist"
urlpatterns = [
    path("", views.show, name="show"),
    path("handout.pdf", views.handout, name="handout"),
    path("send/", views.send, name="send"),
    path("sent/", views.sent, name="sent"),
]
