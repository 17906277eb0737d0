"""Issue 18 item 8: `antt check` compares every readable row with its document's winner, so a row edited, added or
removed outside the app is found although every version still matches its hash."""

import pytest

from app.domain import check, demo


@pytest.fixture
def filled(store):
    demo.generate(store, units=3, months=2, seed=3)
    assert check.check_store(store) == []  # the precondition: a store the app wrote is sound
    return store


@pytest.mark.parametrize("sql, table, also", [
    ("UPDATE surrenders SET person_name = 'Người khác' WHERE id = (SELECT min(id) FROM surrenders)", "surrenders",
     []),
    # a month's figures changed behind the app's back: each of its indicators' year total differs
    ("UPDATE monthly_figures SET value = value + 1 WHERE doc_id = (SELECT min(doc_id) FROM monthly_figures)",
     "monthly_figures", ["{figures} rows of figure_totals_year differ from the monthly figures"]),
    # an activity removed behind the app's back leaves its half-month and its year total one count too high
    ("DELETE FROM activities WHERE id = (SELECT min(id) FROM activities)", "activities",
     ["1 rows of activity_totals differ from the activities",
      "1 rows of activity_totals_year differ from the activities",
      "1 rows of activity_totals_ever differ from the activities"]),
])
def test_an_edited_or_removed_row_is_named(filled, sql, table, also):
    figures = filled.conn.execute("SELECT count(*) FROM monthly_figures WHERE doc_id ="
                                  " (SELECT min(doc_id) FROM monthly_figures)").fetchone()[0]
    assert figures > 1
    filled.conn.execute(sql)
    problems = check.check_store(filled)
    assert problems == [f"1 documents differ from their rows in {table} (edited outside the app)",
                        *(a.format(figures=figures) for a in also)]


def test_a_row_no_document_gives_is_named(filled):
    cols = "id, model_id, unit_code, date, kind, participants, note"
    filled.conn.execute(f"INSERT INTO activities({cols}) SELECT 'extra', model_id, unit_code, date, kind, participants,"
                        f" note FROM activities LIMIT 1")
    n = filled.conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    assert check.check_store(filled) == [f"activities holds {n} rows where the documents give {n - 1}",
                                         "1 rows of activity_totals differ from the activities",
                                         "1 rows of activity_totals_year differ from the activities",
                                         "1 rows of activity_totals_ever differ from the activities"]
