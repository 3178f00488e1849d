from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "registrations"

urlpatterns = [
    path("<int:event_id>/", views.register, name="register"),
    path(_("confirm/<str:token>/"), views.confirm, name="confirm"),
    path(_("cancel/<str:token>/"), views.cancel, name="cancel"),
]
