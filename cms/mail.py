"""Mail backend of the dev settings when EMAIL_FILE_PATH is set."""

import os
import uuid

from django.core.mail.backends.filebased import EmailBackend


class OneFilePerConnectionBackend(EmailBackend):
    """Django's file backend names its file after the time and `id(self)`, which gunicorn's forked
    workers share: two workers sending in the same second appended to one file and their messages
    interleaved (the registration benchmark then missed a confirmation link). A random name per
    connection keeps every connection's messages whole."""

    def _get_filename(self):
        if self._fname is None:
            self._fname = os.path.join(self.file_path, f"{os.getpid()}-{uuid.uuid4().hex}.log")
        return self._fname
