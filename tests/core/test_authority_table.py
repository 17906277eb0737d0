"""The rule table itself (app/domain/authority.py, docs/permissions.md): every document type x every relation of
writer to unit x every way a version arrives. The expectations are written out by hand below, from the
issue's rules, not computed by the code under test."""

from __future__ import annotations

import pytest

from app.domain import authority
from app.domain.authority import DOWN, LOCAL, UP, Context, Refusal, Tree
from app.domain.versions import Version

# NAT > P1 > {C1, C2};  NAT > P2 > C3
TREE = {"NAT": None, "P1": "NAT", "P2": "NAT", "C1": "P1", "C2": "P1", "C3": "P2"}
KINDS = {"NAT": "national", "P1": "provincial_police", "P2": "provincial_police", "C1": "commune_police",
         "C2": "commune_police", "C3": "commune_police"}

# relation -> (signing device's unit, unit the document concerns, version written by a device the signer forwards)
RELATIONS = {
    "own": ("C1", "C1", False),
    "parent": ("P1", "C1", False),  # the level above writes about a unit below it
    "child": ("C1", "P1", False),  # a commune writes about its province
    "sibling": ("C2", "C1", False),
    "unrelated": ("C3", "C1", False),
    "forwarded": ("P1", "C1", True),  # C1's own version, carried up by P1, C1's laptop enrolled by P1
}

Y, N = True, False
# rule kind -> direction -> relation -> allowed
EXPECTED = {
    "record": {
        UP: dict(own=Y, parent=Y, child=N, sibling=N, unrelated=N, forwarded=Y),
        LOCAL: dict(own=Y, parent=Y, child=N, sibling=N, unrelated=N),
        DOWN: dict(own=N, parent=N, child=N, sibling=N, unrelated=N),
    },
    "unit": {  # a new name for an existing unit, under the same parent
        UP: dict(own=N, parent=Y, child=N, sibling=N, unrelated=N, forwarded=N),
        LOCAL: dict(own=N, parent=Y, child=N, sibling=N, unrelated=N),
        DOWN: dict(own=N, parent=Y, child=N, sibling=N, unrelated=N),
    },
    "catalogue": {
        UP: dict(own=N, parent=N, child=N, sibling=N, unrelated=N, forwarded=N),
        LOCAL: dict(own=N, parent=N, child=N, sibling=N, unrelated=N),  # a store enrolled under a level above
        DOWN: dict(own=Y, parent=Y, child=Y, sibling=Y, unrelated=Y),
    },
    "issued": {
        UP: dict(own=N, parent=N, child=N, sibling=N, unrelated=N, forwarded=N),
        LOCAL: dict(own=Y, parent=Y, child=N, sibling=N, unrelated=N),
        DOWN: dict(own=Y, parent=Y, child=N, sibling=N, unrelated=N),
    },
    "reorganisation": {  # merging, splitting, renaming, moving or ending a unit: strictly from above, never up
        UP: dict(own=N, parent=N, child=N, sibling=N, unrelated=N, forwarded=N),
        LOCAL: dict(own=N, parent=Y, child=N, sibling=N, unrelated=N),
        DOWN: dict(own=N, parent=Y, child=N, sibling=N, unrelated=N),
    },
    "period_submitted": {
        UP: dict(own=Y, parent=Y, child=N, sibling=N, unrelated=N, forwarded=Y),
        LOCAL: dict(own=Y, parent=Y, child=N, sibling=N, unrelated=N),
        DOWN: dict(own=Y, parent=Y, child=N, sibling=N, unrelated=N),
    },
    "period_approved": {
        UP: dict(own=N, parent=N, child=N, sibling=N, unrelated=N, forwarded=N),
        LOCAL: dict(own=N, parent=Y, child=N, sibling=N, unrelated=N),
        DOWN: dict(own=N, parent=Y, child=N, sibling=N, unrelated=N),
    },
}

# every document type, with its data concerning unit `u`, and the row of EXPECTED it follows
DOCS = {
    "community_model": ("record", lambda u: {"unit_code": u, "name": "Tổ tự quản"}),
    "activity": ("record", lambda u: {"unit_code": u, "model_id": "m", "date": "2026-03-01", "kind": "meeting"}),
    "surrender": ("record", lambda u: {"unit_code": u, "date": "2026-03-01", "number": 1, "lines": []}),
    "surrender_person": ("record", lambda u: {"surrender_id": "receipt-of-" + u, "birth_year": 1980}),
    "monthly_figures": ("record", lambda u: {"unit_code": u, "month": "2026-03", "values": {}}),
    "model_rating": ("record", lambda u: {"unit_code": u, "model_id": "m", "year": 2026, "rating": "good"}),
    "place_rating": ("record", lambda u: {"unit_code": u, "year": 2026, "place_kind": "school", "place_name": "T"}),
    "task_progress": ("record", lambda u: {"unit_code": u, "task_id": "t", "status": "done", "date": "2026-03-01"}),
    "form_settings": ("record", lambda u: {"unit_code": u, "form": "all", "signer_name": "Thiếu tá Hoàng Văn Đức"}),
    "attachment": ("record", lambda u: {"unit_code": u, "owner_id": "receipt-of-" + u, "owner_type": "surrender",
                                        "kind": "signed", "sha256": "0" * 64, "size": 1}),
    "unit": ("unit", lambda u: {"code": u, "name": "Tên mới", "kind": KINDS[u], "parent_code": TREE[u]}),
    "catalogue_item": ("catalogue", lambda u: {"code": "gun.homemade", "category": "gun", "unit_vi": "tấn",
                                                 "retired": True}),
    "plan": ("issued", lambda u: {"unit_code": u, "number": "1/KH", "date": "2026-03-01", "title": "K"}),
    "plan_task": ("issued", lambda u: {"plan_id": "p", "title": "T", "deadline": "2026-06-30", "unit_codes": [u]}),
    "plan_review": ("issued", lambda u: {"plan_id": "p", "kind": "interim", "date": "2026-03-01", "unit_code": u,
                                         "findings": "F"}),
    "rating_thresholds": ("issued", lambda u: {"unit_code": u, "year": 2026, "excellent": 90, "good": 75,
                                               "average": 60}),
    "unit_event": ("reorganisation", lambda u: {"kind": "rename", "date": "2025-07-01", "from": [u],
                                                "names": {u: "Tên mới"}}),
    "period": ("period_submitted", lambda u: {"unit_code": u, "month": "2026-03", "status": "submitted"}),
    "period ": ("period_approved", lambda u: {"unit_code": u, "month": "2026-03", "status": "approved"}),
}


def test_the_table_covers_every_document_type():
    assert {name.strip() for name in DOCS} == set(authority.RULES)


def _context(direction: str, signer_unit: str, forwarded_unit: str | None) -> Context:
    units_of = {"signer": signer_unit}
    if forwarded_unit:
        units_of["laptop-below"] = forwarded_unit  # as bundle_context puts a verified link of the chain
    return Context(direction, Tree(dict(TREE), dict(KINDS)), units_of, own_device="receiver", signer="signer",
                   signer_unit=signer_unit, lamport_limit=1 << 40, has_above=True)


def _version(doc_type: str, data: dict, device: str) -> Version:
    return Version(vid=f"{device}:7", doc_id="doc-1", doc_type=doc_type, parents=(), lamport=7, device_id=device,
                   seq=7, author="", claimed_at="2026-03-01T08:00:00+0700", deleted=False, data=data)


CASES = [(name, direction, relation)
         for name in DOCS for direction in (UP, LOCAL, DOWN) for relation in RELATIONS
         if relation in EXPECTED[DOCS[name][0]][direction]]


@pytest.mark.parametrize("name,direction,relation", CASES)
def test_rule_table(name, direction, relation):
    kind, make = DOCS[name]
    signer_unit, unit, forwarded = RELATIONS[relation]
    ctx = _context(direction, signer_unit, unit if forwarded else None)
    ctx.surrender_units["receipt-of-" + unit] = unit  # the receipt these personal details belong to
    v = _version(name.strip(), make(unit), "laptop-below" if forwarded else "signer")
    allowed = EXPECTED[kind][direction][relation]
    if allowed:
        authority.check(ctx, v)
        authority.finish(ctx)
    else:
        with pytest.raises(Refusal) as refused:
            authority.check(ctx, v)
            authority.finish(ctx)
        assert refused.value.version is v  # the sentence names the offending document
        assert refused.value.message("vi") != refused.value.message("en")


def test_every_relation_and_direction_is_walked():
    assert len(CASES) == len(DOCS) * (6 + 5 + 5)


@pytest.mark.parametrize("doc_type", sorted(authority.RULES))
def test_no_bundle_writes_under_the_receivers_own_device_id(doc_type):
    ctx = _context(UP, "C1", None)
    with pytest.raises(Refusal) as refused:
        authority.check(ctx, _version(doc_type, {"unit_code": "C1"}, "receiver"))
    assert refused.value.rule == "own_device"


@pytest.mark.parametrize("direction", [UP, DOWN])
def test_a_device_the_signer_did_not_enrol_is_refused_up_and_its_own_id_down(direction):
    ctx = _context(direction, "C1", None)
    v = _version("activity", {"unit_code": "C1"}, "someone-else")
    if direction == UP:
        with pytest.raises(Refusal) as refused:
            authority.check(ctx, v)
        assert refused.value.rule == "foreign_device"
    else:  # down: versions written higher up, forwarded by the level above; records never come down
        with pytest.raises(Refusal) as refused:
            authority.check(ctx, v)
        assert refused.value.rule == "up_only"


def test_the_lamport_bound():
    ctx = _context(UP, "C1", None)
    ok = _version("activity", {"unit_code": "C1"}, "signer")
    authority.check(ctx, Version(**{**ok.fields(), "lamport": 1 << 40}))
    with pytest.raises(Refusal) as refused:
        authority.check(ctx, Version(**{**ok.fields(), "lamport": (1 << 40) + 1}))
    assert refused.value.rule == "lamport"
