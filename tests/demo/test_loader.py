"""The demo content files: what editors may get wrong is caught when they are read, not halfway
through a bootstrap."""

import pytest

from sites.demo.loader import load_demo_content


def write_content(root, news_files, listed):
    for folder in ("associations", "events", "includes"):
        (root / folder).mkdir()
    (root / "news").mkdir()
    for name, text in news_files.items():
        (root / "news" / name).write_text(text, encoding="utf-8")
    (root / "includes" / "notice.yaml").write_text(
        "paragraph: {de: '<p>Von {who}.</p>', en: '<p>By {who}.</p>'}\n", encoding="utf-8"
    )
    (root / "topics.yaml").write_text("[]\n", encoding="utf-8")
    listed_news = ", ".join(listed)
    (root / "index.yaml").write_text(
        f"associations: []\nnews: [{listed_news}]\nevents: []\n", encoding="utf-8"
    )


NEWS_ITEM = """\
key: {key}
date: 2019-06-18
postal_code: 04103
time: 17:30
demo: False
body:
  - include: notice
    params: {{who: ACOD}}
  - include: notice
    params: {{who: Cluster IT}}
"""


def test_shipped_content_refers_only_to_known_sites_and_topics():
    content = load_demo_content()
    sites = {association["key"] for association in content.associations}
    topics = {topic["key"] for topic in content.topics}
    assert sites == {"acod", "clusterit", "logistik"}
    for item in content.news + content.events:
        assert item["owner"] in sites, item["key"]
        assert set(item["shared_with"]) | set(item.get("co_organisers", [])) <= sites, item["key"]
        assert set(item["topics"]) <= topics, item["key"]


def test_demo_members_are_marked_and_refer_to_known_sites_and_topics():
    content = load_demo_content()
    sites = {association["key"] for association in content.associations}
    topics = {topic["key"] for topic in content.topics}
    members = content.members
    assert 10 <= len(members) <= 14
    assert len({member["slug"] for member in members}) == len(members)
    for member in members:
        assert member["name"].endswith("(Demo)"), member["key"]
        assert member["description"]["de"].startswith("Fiktives Demo-Unternehmen."), member["key"]
        assert member["description"]["en"].startswith("Fictitious demo company."), member["key"]
        assert member["website"].endswith(".example"), member["key"]
        assert {row["association"] for row in member["memberships"]} <= sites, member["key"]
        assert set(member["topics"]) <= topics, member["key"]
    in_two = [member for member in members if len(member["memberships"]) > 1]
    assert len(in_two) >= 3
    for association in sites:
        assert any(association in {r["association"] for r in m["memberships"]} for m in members)
    keys = {member["key"] for member in members}
    for item in content.news + content.events:
        assert item.get("member") in keys | {None}, item["key"]


def test_each_include_gets_its_own_params_and_unquoted_values_stay_text(tmp_path):
    write_content(tmp_path, {"one.yaml": NEWS_ITEM.format(key="one")}, ["one"])

    (item,) = load_demo_content(tmp_path).news

    assert item["body"] == [
        ("paragraph", {"de": "<p>Von ACOD.</p>", "en": "<p>By ACOD.</p>"}),
        ("paragraph", {"de": "<p>Von Cluster IT.</p>", "en": "<p>By Cluster IT.</p>"}),
    ]
    assert (item["date"], item["postal_code"], item["time"]) == ("2019-06-18", "04103", "17:30")
    assert item["demo"] is False


def test_a_file_missing_from_the_index_is_refused(tmp_path):
    files = {name: NEWS_ITEM.format(key=name[:-5]) for name in ("one.yaml", "two.yaml")}
    write_content(tmp_path, files, ["one"])

    with pytest.raises(ValueError, match="not in index.yaml: two"):
        load_demo_content(tmp_path)


def test_a_key_other_than_the_file_name_is_refused(tmp_path):
    write_content(tmp_path, {"one.yaml": NEWS_ITEM.format(key="other")}, ["one"])

    with pytest.raises(ValueError, match="differs from the file name"):
        load_demo_content(tmp_path)
