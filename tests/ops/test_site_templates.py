"""A copy of the run's prepared demo sites (loadtest.harness.SiteTemplates) is what prepare_site()
makes for the caller: its own database with the caller's port, its own media and static files."""

import json

import pytest

from loadtest import harness

pytestmark = pytest.mark.slow

READ = (
    "import json; from wagtail.models import Site; from wagtail.images import get_image_model; "
    "images = get_image_model().objects.all(); "
    "print(json.dumps([sorted({s.port for s in Site.objects.all()}), images.count(), "
    "all(i.file.storage.exists(i.file.name) for i in images)]))"
)


def sites_ports_and_images(env):
    return json.loads(harness.manage(env, "shell", "-c", READ).strip().splitlines()[-1])


def test_a_copy_of_the_prepared_sites_answers_on_the_callers_port_with_its_own_files(
    tmp_path, site_templates
):
    envs = {}
    for name in ("first", "second"):
        workdir = tmp_path / name
        workdir.mkdir()
        port = harness.free_port()
        envs[port] = harness.django_env(f"sqlite:///{workdir / 'db.sqlite3'}", workdir, port)
        site_templates.prepare_site(envs[port], port)
        assert (workdir / "static" / "staticfiles.json").exists()

    # read after both copies were made: the second did not change the first
    for port, env in envs.items():
        site_ports, images, files_exist = sites_ports_and_images(env)
        assert site_ports == [port]
        assert images >= 6 and files_exist
