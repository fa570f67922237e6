"""Front-page customer search (SPEC W1.1) on SQLite and PostgreSQL: every key finds its customer."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from desktop_app import cli
from desktop_app.bootstrap import Database
from desktop_app.models import CustomerSearchToken
from desktop_app.models.enums import CustomerKind, OrderStatus
from desktop_app.services import customers
from desktop_app.services.customers.search import CustomerHit, search_customers
from desktop_app.services.documents import references
from desktop_app.services.foundation.uow import Actor
from tests.integration.customer_support import invoice, new_customer, order, product

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def people(db: Database, clerk: Actor) -> dict[str, int]:
    """A handful of customers that differ in exactly the keys the search looks at."""
    with db.session_factory() as session:
        ids = {
            "anna": new_customer(session, clerk, first_name="Anna", last_name="Åkerlund", email="Anna.Akerlund@example.fi",
                                 phone="040 123 4567", postal_code="00100", city="Helsinki"),
            "maija": new_customer(session, clerk, first_name="Maija", last_name="Virtanen", email="maija.v@posti.fi",
                                  phone="+358 50 765 4321", postal_code="33100", city="Tampere"),
            "annala": new_customer(session, clerk, first_name="Anneli", last_name="Annala", email="anneli@example.fi",
                                   phone="09 555 1234", postal_code="00100", city="Helsinki"),
            "company": new_customer(session, clerk, kind="company", company_name="Öljy-Öhman Oy",
                                    contact_person="Kari Mäkinen", postal_code="20100", city="Turku",
                                    business_id="0112038-9"),
        }
        session.commit()
    return ids


def _search(db: Database, text: str, limit: int = 50) -> list[CustomerHit]:
    with db.session_factory() as session:
        return search_customers(session, text, limit, today=TODAY)


def _numbers(hits: list[CustomerHit]) -> list[int]:
    return [h.customer_number for h in hits]


def _number_of(db: Database, customer_id: int) -> int:
    with db.session_factory() as session:
        return customers.get_customer(session, customer_id).customer_number


@pytest.mark.parametrize("text", ["akerlund", "Åkerlund", "ÅKERL", "aker", "anna aker", "aker anna", "Anna  Åkerlund"])
def test_name_words_in_any_order_with_accents_folded_find_the_customer(db: Database, people: dict[str, int], text: str):
    hits = _search(db, text)
    assert [h.customer_id for h in hits] == [people["anna"]]
    assert hits[0].name == "Åkerlund Anna"
    assert hits[0].matched_by == "name"


def test_every_word_must_match(db: Database, people: dict[str, int]):
    assert _search(db, "anna virtanen") == []
    assert [h.customer_id for h in _search(db, "maija tampere")] == [people["maija"]]


def test_company_found_by_any_word_of_its_name_and_its_contact_person(db: Database, people: dict[str, int]):
    for text in ("ohman", "öljy", "oljy ohman oy", "makinen"):
        assert [h.customer_id for h in _search(db, text)] == [people["company"]], text
    hit = _search(db, "ohman")[0]
    assert hit.company_name == "Öljy-Öhman Oy" and hit.name == "Öljy-Öhman Oy"


def test_a_customer_with_two_matching_words_is_listed_once(db: Database, people: dict[str, int]):
    # "ann" prefixes both "anneli" and "annala" of one customer, and "anna" of another.
    hits = _search(db, "ann")
    assert sorted(h.customer_id for h in hits) == sorted([people["anna"], people["annala"]])


def test_customer_number_finds_exactly_that_customer_first(db: Database, people: dict[str, int]):
    number = _number_of(db, people["maija"])
    hits = _search(db, str(number))
    assert hits[0].customer_id == people["maija"]
    assert hits[0].matched_by == "customer_number"


def test_email_prefix_in_any_case(db: Database, people: dict[str, int]):
    for text in ("anna.akerlund@", "ANNA.AKERLUND@EXAMPLE.FI", "anna.akerlund@ex", "anna.ake"):
        hits = _search(db, text)
        assert hits and hits[0].customer_id == people["anna"], text
        assert hits[0].matched_by == "email"
    assert _search(db, "nobody@example.fi") == []


@pytest.mark.parametrize("text", ["040 123 4567", "0401234567", "+358 40 123 4567", "+358401234567",
                                  "00358 40 1234567", "040-123 4567"])
def test_phone_in_any_format_finds_the_customer(db: Database, people: dict[str, int], text: str):
    hits = _search(db, text)
    assert hits[0].customer_id == people["anna"]
    assert hits[0].matched_by == "phone"


def test_phone_written_differently_when_saved(db: Database, people: dict[str, int]):
    for text in ("050 765 4321", "0507654321", "+358507654321"):
        assert _search(db, text)[0].customer_id == people["maija"], text


def test_postal_code_finds_every_customer_there(db: Database, people: dict[str, int]):
    hits = _search(db, "00100")
    assert sorted(h.customer_id for h in hits) == sorted([people["anna"], people["annala"]])
    assert {h.matched_by for h in hits} == {"postal_code"}
    assert _search(db, "99999") == []


def test_order_invoice_and_reference_numbers_open_the_owner(db: Database, clerk: Actor, people: dict[str, int]):
    with db.session_factory() as session:
        prod = product(session)
        o = order(session, people["maija"], prod, start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31), number=512345)
        domestic = references.create_domestic(1234567)
        invoice(session, people["maija"], number=123456, reference=domestic, line_order=o)
        rf_inv = invoice(session, people["anna"], number=123457, reference=references.create_rf("99123"))
        session.commit()
    assert domestic == "12345672"  # tests/data/references.json (worked example)
    # order number
    hits = _search(db, "512345")
    assert hits[0].customer_id == people["maija"] and hits[0].matched_by == "order_number"
    # invoice number
    hits = _search(db, "123456")
    assert hits[0].customer_id == people["maija"] and hits[0].matched_by == "invoice_number"
    # domestic reference as printed, zero-padded as banks send it, and in its RF form
    for text in (domestic, references.format_domestic(domestic), domestic.zfill(20),
                 references.rf_from_domestic(domestic), references.format_rf(references.rf_from_domestic(domestic)).lower()):
        hits = _search(db, text)
        assert hits and hits[0].customer_id == people["maija"], text
        assert hits[0].matched_by == "reference", text
    # an RF reference stored as RF, typed in groups and lower case
    hits = _search(db, references.format_rf(rf_inv.reference).lower())
    assert [h.customer_id for h in hits] == [people["anna"]]


def test_result_lists_current_and_future_orders_with_cut_off_date(db: Database, people: dict[str, int]):
    with db.session_factory() as session:
        prod = product(session, "Kotiliesi 12 kk")
        other = product(session, "Seura 6 kk")
        current = order(session, people["anna"], prod, start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31))
        future = order(session, people["anna"], other, start=dt.date(2027, 1, 1), end=None)
        cut = order(session, people["anna"], other, start=dt.date(2026, 6, 1), end=dt.date(2027, 5, 31),
                    status=OrderStatus.CUT_OFF, cutoff_date=dt.date(2026, 11, 30))
        order(session, people["anna"], prod, start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31))  # past
        order(session, people["anna"], prod, start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31),
              status=OrderStatus.ENDED)
        session.commit()
        expected = [current.order_number, cut.order_number, future.order_number]
    hit = _search(db, "akerlund")[0]
    assert [o.order_number for o in hit.orders] == expected
    assert hit.orders[0].product_name == "Kotiliesi 12 kk"
    assert hit.orders[1].status == OrderStatus.CUT_OFF and hit.orders[1].cutoff_date == dt.date(2026, 11, 30)
    assert hit.orders[2].period_end is None


def test_limit_is_kept_and_results_are_distinct(db: Database, clerk: Actor):
    with db.session_factory() as session:
        for i in range(7):
            new_customer(session, clerk, first_name=f"Kalle{i}", last_name="Korhonen", city="Kotka")
        session.commit()
    hits = _search(db, "ko", limit=5)  # each customer has two tokens under "ko"
    assert len(hits) == 5 and len({h.customer_id for h in hits}) == 5
    assert len(_search(db, "korhonen kotka")) == 7


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_empty_search_finds_nothing(db: Database, people: dict[str, int], text: str):
    assert _search(db, text) == []


def test_renamed_customer_is_found_by_the_new_name_only(db: Database, clerk: Actor, people: dict[str, int]):
    with db.session_factory() as session:
        card = customers.get_customer_card(session, people["anna"])
        customers.update_customer(session, clerk, people["anna"], {"last_name": "Lindqvist", "city": "Espoo"},
                                  card.customer.version)
        session.commit()
        tokens = set(session.scalars(select(CustomerSearchToken.token)
                                     .where(CustomerSearchToken.customer_id == people["anna"])))
    assert tokens == {"anna", "lindqvist", "espoo"}
    assert _search(db, "akerlund") == []
    assert [h.customer_id for h in _search(db, "anna lindq")] == [people["anna"]]


def test_search_tokens_cover_every_customer(db: Database, people: dict[str, int]):
    with db.session_factory() as session:
        assert session.scalar(select(func.count(func.distinct(CustomerSearchToken.customer_id)))) == len(people)
        kinds = {customers.get_customer(session, cid).kind for cid in people.values()}
    assert kinds == {CustomerKind.PERSON, CustomerKind.COMPANY}


def test_search_command_prints_a_table_and_json(db: Database, database_url: str, people: dict[str, int],
                                                capsys: pytest.CaptureFixture[str]):
    assert cli.main(["search", "anna", "aker", "--database-url", database_url, "--today", "2026-11-24"]) == 0
    out = capsys.readouterr().out
    assert "Åkerlund Anna" in out and "Kauppakatu 1, 00100 Helsinki" in out and "1 customer(s)" in out

    assert cli.main(["search", "00100", "--json", "--database-url", database_url]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["name"] for r in rows} == {"Åkerlund Anna", "Annala Anneli"}
    assert {"customer_number", "name", "company_name", "street", "postal_code", "city", "email", "phone",
            "orders"} <= set(rows[0])

    assert cli.main(["search", "zzzz", "--database-url", database_url]) == 0
    assert "No customers found" in capsys.readouterr().out


# --- bounds (issue 10 item 9): thousands of words, slow statements -----------------------------------

def test_thousands_of_words_use_the_first_eight_and_answer_at_once(db: Database, people: dict[str, int]):
    import time

    from desktop_app.services.customers.search import MAX_WORDS, words_left_out

    junk = " ".join(f"sana{i}" for i in range(3000))
    started = time.monotonic()
    assert _search(db, junk) == []
    assert _search(db, "anna aker " + " ".join(["anna aker"] * 3000))[0].name == "Åkerlund Anna"
    assert _search(db, "anna aker " + junk) == []  # six of the eight words used match nobody
    assert time.monotonic() - started < 5
    assert MAX_WORDS == 8
    assert words_left_out(junk) == 2992
    assert words_left_out("anna aker anna aker") == 0


def test_the_search_command_says_which_words_it_left_out(db: Database, database_url: str, people: dict[str, int],
                                                         capsys: pytest.CaptureFixture[str]):
    words = ["anna", "aker", *[f"sana{i}" for i in range(20)]]
    assert cli.main(["search", *words, "--database-url", database_url]) == 0
    captured = capsys.readouterr()
    assert "Only the first 8 words were used; 14 more were left out." in captured.err
    assert "No customers found" in captured.out


_SLOW = {
    "sqlite": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM "
              "(SELECT x FROM c LIMIT 200000000)",
    "postgresql": "SELECT pg_sleep(30)",
}


def test_a_search_that_runs_out_of_time_is_stopped_with_a_clear_message(db: Database, people: dict[str, int],
                                                                        monkeypatch: pytest.MonkeyPatch):
    import time

    from sqlalchemy import text

    from desktop_app.services.customers import search
    from desktop_app.services.foundation import i18n

    def slow(session, text_, limit, today):  # a statement that would hold the server for long
        session.execute(text(_SLOW[session.connection().dialect.name])).all()
        return []

    monkeypatch.setattr(search, "TIME_LIMIT_SECONDS", 0.3)
    monkeypatch.setattr(search, "_search", slow)
    started = time.monotonic()
    with pytest.raises(search.SearchTooSlow) as raised:
        _search(db, "anna")
    assert time.monotonic() - started < 5
    assert i18n.error_text(raised.value, "en") == ("The search took too long and was stopped. Search with fewer, "
                                                   "longer words or with a number.")
    monkeypatch.undo()
    assert _search(db, "anna aker")[0].name == "Åkerlund Anna"  # the next search has its full time again
