from django import forms
from django.utils.translation import gettext_lazy as _

CODE_WIDGET_ATTRS = {
    "autocomplete": "one-time-code",
    "autocapitalize": "off",
    "spellcheck": "false",
    "autofocus": True,
}


class CodeForm(forms.Form):
    """One code: the authenticator app's current one or (where offered) a backup code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=64,
        widget=forms.TextInput(attrs=CODE_WIDGET_ATTRS),
    )


class SwitchOffForm(forms.Form):
    """Proof that it is the account's owner: a code, a backup code or the password."""

    confirmation = forms.CharField(
        label=_("Code or password"),
        help_text=_(
            "A code from your authenticator app, one of your backup codes, or your password."
        ),
        max_length=4096,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
