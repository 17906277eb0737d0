"""The tree of units the import's rules use: going down from a unit finds exactly the units it covers going up,
on any parent map, cycles (a forged chain) included."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.domain.authority import Tree

CODES = [f"U{i}" for i in range(8)]


@given(st.dictionaries(st.sampled_from(CODES), st.one_of(st.none(), st.sampled_from(CODES + ["ELSEWHERE"]))),
       st.sampled_from(CODES))
def test_below_is_every_unit_the_unit_covers(parents, code):
    tree = Tree(dict(parents))
    walked_up = {unit for unit in parents if unit != code and tree.covers(code, unit)}
    assert tree.below(code) == walked_up


def test_below_by_hand():
    tree = Tree({"BCA": None, "CAT-LS": "BCA", "CAX-A": "CAT-LS", "CAX-B": "CAT-LS", "BDBP": "BCA", "DON-1": "BDBP"})
    assert tree.below("CAT-LS") == {"CAX-A", "CAX-B"}
    assert tree.below("BCA") == {"CAT-LS", "CAX-A", "CAX-B", "BDBP", "DON-1"}
    assert tree.below("CAX-A") == set()
