"""Read the demo content (YAML under sites/demo/content/, see its README.md) for bootstrap_verbund.

The files are written for editors and translators; this module turns them back into the shapes
the bootstrap command works with: body blocks and social links as tuples, includes expanded.
"""

import re
from pathlib import Path
from typing import NamedTuple

import yaml

CONTENT_DIR = Path(__file__).resolve().parent / "content"
KINDS = ("associations", "news", "events")


class _Loader(yaml.SafeLoader):
    """YAML 1.1 would read 04103 as an octal number, 17:30 as 1050 and 2019-06-18 as a date;
    here only booleans (true/false), null and plain decimal integers are typed, all else is text."""


_Loader.yaml_implicit_resolvers = {}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:null|Null|NULL|~|)$"), ["n", "N", "~", ""]
)
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^-?(?:0|[1-9][0-9]*)$"), list("-0123456789")
)


class DemoContent(NamedTuple):
    associations: list
    topics: list
    news: list
    events: list
    members: list


def _read(path):
    with path.open(encoding="utf-8") as file:
        return yaml.load(file, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader


def _expand(node, root):
    """Replace every {include: name, params: {...}} by includes/<name>.yaml, a fresh copy each
    time, with "{param}" in its texts replaced by the parameter's value."""
    if isinstance(node, list):
        return [_expand(item, root) for item in node]
    if not isinstance(node, dict):
        return node
    if "include" not in node:
        return {key: _expand(value, root) for key, value in node.items()}
    if set(node) - {"include", "params"}:
        raise ValueError(f"An include takes only 'include' and 'params': {node}")
    included = _expand(_read(root / "includes" / f"{node['include']}.yaml"), root)
    return _fill(included, node.get("params", {}))


def _fill(node, params):
    if isinstance(node, str):
        for name, value in params.items():
            node = node.replace(f"{{{name}}}", value)
        return node
    if isinstance(node, list):
        return [_fill(item, params) for item in node]
    if isinstance(node, dict):
        return {key: _fill(value, params) for key, value in node.items()}
    return node


def _body(blocks, where):
    """Each block is written as {block_type: value}; the bootstrap expects (block_type, value)."""
    body = []
    for block in blocks:
        if not isinstance(block, dict) or len(block) != 1:
            raise ValueError(f"{where}: a body block is one 'type: value' pair, not {block!r}")
        body.append(next(iter(block.items())))
    return body


def _item(root, kind, key):
    path = root / kind / f"{key}.yaml"
    item = _expand(_read(path), root)
    if item.get("key") != key:
        raise ValueError(f"{path}: key {item.get('key')!r} differs from the file name")
    return item


def load_demo_content(root=CONTENT_DIR):
    """Everything bootstrap_verbund creates, in the order index.yaml gives."""
    index = _read(root / "index.yaml")
    for kind in KINDS:
        unlisted = {path.stem for path in (root / kind).glob("*.yaml")} - set(index[kind])
        if unlisted:
            raise ValueError(f"{root / kind}: not in index.yaml: {', '.join(sorted(unlisted))}")

    associations = []
    for key in index["associations"]:
        association = _item(root, "associations", key)
        if "social_links" in association:
            association["social_links"] = [
                (link["label"], link["url"]) for link in association["social_links"]
            ]
        for page in association["pages"]:
            page["body"] = _body(page["body"], f"{key}/{page['key']}")
        associations.append(association)

    items = {}
    for kind in ("news", "events"):
        items[kind] = []
        for key in index[kind]:
            item = _item(root, kind, key)
            item["body"] = _body(item["body"], f"{kind}/{key}")
            items[kind].append(item)

    return DemoContent(
        associations=associations,
        topics=_read(root / "topics.yaml"),
        news=items["news"],
        events=items["events"],
        members=_read(root / "members.yaml") if (root / "members.yaml").exists() else [],
    )
