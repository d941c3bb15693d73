"""Public navigator pages (inside i18n_patterns: `/` is Japanese, `/<lang>/` the others)."""

from django.urls import path

from tsunagari.navigator import memo_views, share_views, views

urlpatterns = [
    path("", views.home, name="home"),
    path("kids/", views.kids, name="kids"),
    path("crisis/", views.crisis, name="crisis"),
    path("ask/", views.step, name="navigator_step"),
    path("memo/", memo_views.memo, name="navigator_memo"),
    path("share/", share_views.share, name="navigator_share"),
    path("r/<str:token>/", share_views.reopen, name="navigator_share_open"),
]
