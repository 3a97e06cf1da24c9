"""The reframing message and the incident summary say what the journal recorded, no more."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from wellbeing.analysis.advice import advise_client
from wellbeing.analysis.facts import Facts
from wellbeing.analysis.messages import (
    DETHRONE_CHECKLIST,
    assertive_message,
    boundary_sentences,
    date_list,
    ending_script,
    incident_line,
    incident_summary,
    incidents_from,
    topics_of,
)
from wellbeing.analysis.violations import detect_violations
from wellbeing.domain.boundaries import OFFICE, Boundaries, ChannelRule, Hours
from wellbeing.domain.model import Client, Encounter, EncounterKind

FRIDAY_MORNING = Hours(time(9, 0), time(12, 0))
LIMITS = Boundaries(
    working_hours=(OFFICE,) * 4 + (FRIDAY_MORNING, None, None),
    channels=(
        ChannelRule("phone", True, Hours(time(9, 0), time(12, 0))),
        ChannelRule("social", accepted=False),
    ),
    response_hours=8,
    in_scope="Bookkeeping and payroll, not tax advice",
    respect="Politely, without raising your voice",
    limits=("no calls on Sunday",),
)
PRIVATE = "He shouted at me about the invoice in front of my colleagues"


def met(
    when: datetime,
    channel: str = "phone",
    behaviours: tuple[str, ...] = (),
    kind: EncounterKind = EncounterKind.DIFFICULT,
    impact: int = 6,
    text: str = "",
) -> Encounter:
    encounter = Encounter(
        "acme",
        when,
        impact,
        kind=kind,
        channel=channel,
        behaviours=behaviours,
        what_happened=text,
        next_time="Say I will call back" if text else "",
    )
    return replace(encounter, violations=detect_violations(encounter, LIMITS))


SATURDAY_CALLS = [met(datetime(2025, 3, 1, 8, 0)), met(datetime(2025, 3, 8, 8, 0))]
SHOUTING = met(datetime(2025, 3, 12, 10, 30), behaviours=("shouting",), impact=8, text=PRIVATE)
JOURNAL = [
    *SATURDAY_CALLS,
    SHOUTING,
    met(datetime(2025, 3, 13, 10, 0), "email", kind=EncounterKind.POSITIVE, impact=0),
    met(datetime(2025, 3, 14, 10, 0), "email", ("complaint",)),  # difficult, nothing crossed
]


def test_incidents_are_the_difficult_encounters_that_crossed_a_limit_or_lacked_respect():
    chosen = incidents_from(JOURNAL)
    assert [i.occurred_at.day for i in chosen] == [1, 8, 12]
    assert incidents_from(JOURNAL, since=date(2025, 3, 2))[0].occurred_at.day == 8


def test_only_the_five_most_recent_incidents_are_kept_oldest_first():
    many = [met(datetime(2025, 3, day, 19, 0)) for day in range(10, 15)]  # weekday evenings
    chosen = incidents_from([*many, *SATURDAY_CALLS])
    assert [i.occurred_at.day for i in chosen] == [10, 11, 12, 13, 14]


def test_the_facts_give_dates_and_what_happened_in_english():
    parts = assertive_message("ACME", incidents_from(JOURNAL), LIMITS, "en")
    assert (
        "On 1 and 8 March you called me on a Saturday at 8:00; on 12 March you raised your "
        "voice." in parts.facts
    )
    assert "complaint" not in parts.facts and "dissatisfaction" not in parts.facts
    assert PRIVATE not in parts.text()


def test_the_facts_give_dates_and_what_happened_in_french():
    parts = assertive_message("ACME", incidents_from(JOURNAL), LIMITS, "fr")
    assert (
        "Les 1er et 8 mars, vous m'avez téléphoné un samedi à 8 h ; le 12 mars, vous avez "
        "haussé le ton." in parts.facts
    )
    assert parts.text().startswith("Bonjour ACME,")
    assert parts.text().endswith("Cordialement,")


def test_the_effect_speaks_in_i_terms_about_the_limits_touched():
    parts = assertive_message("ACME", incidents_from(JOURNAL), LIMITS, "en")
    assert "cuts into the time I need to rest" in parts.effect  # the Saturday calls
    assert "When the tone rises" in parts.effect  # the shouting
    assert "what we agreed" not in parts.effect  # nothing out of scope happened
    assert " you are " not in parts.effect


def test_boundaries_become_expectations_touched_ones_first():
    sentences = boundary_sentences(LIMITS, ("respect",), "en")
    assert sentences == [
        "I ask that our exchanges stay respectful: politely, without raising your voice.",
        "My working hours are Monday to Thursday, 9:00 to 18:00; Friday, 9:00 to 12:00.",
        "I can be reached by phone from 9:00 to 12:00.",
        "I do not take work requests on social media.",
        "Our agreement covers: bookkeeping and payroll, not tax advice.",
        "I answer within 8 working hours.",
        "No calls on Sunday.",
    ]


def test_boundaries_become_expectations_in_french():
    sentences = boundary_sentences(LIMITS, ("hours",), "fr")
    assert sentences[:3] == [
        "Mes horaires de travail : du lundi au jeudi, de 9 h à 18 h ; le vendredi, de 9 h à 12 h.",
        "Je suis joignable par téléphone de 9 h à 12 h.",
        "Je ne traite pas de demandes professionnelles sur les réseaux sociaux.",
    ]
    assert "Je réponds sous 8 heures ouvrées." in sentences


def test_the_expectation_and_consequence_follow_the_incidents():
    parts = assertive_message("ACME", incidents_from(JOURNAL), LIMITS, "en")
    lines = parts.expectation.splitlines()
    assert lines[0] == "From now on:"
    assert lines[1].startswith("- My working hours are")  # the Saturday calls come first
    assert "answered on my next working day" in parts.consequence
    assert "I will end it and we will continue in writing" in parts.consequence
    assert parts.consequence.endswith("I will have to reconsider how we work together.")


def test_a_scope_incident_without_scope_text_still_asks_to_keep_to_the_agreement():
    asked = met(datetime(2025, 3, 11, 10, 0), "email", ("out_of_scope",))
    plain = Boundaries()
    parts = assertive_message("ACME", incidents_from([asked]), plain, "en")
    assert topics_of(incidents_from([asked])) == ("scope",)
    assert "On 11 March you asked for work outside what we agreed." in parts.facts
    assert "keep to what we agreed" in parts.expectation
    assert "new requests, with their own quote" in parts.consequence


def test_no_incident_still_gives_a_sensible_message():
    for lang, opener, hours in (
        ("en", "agree on how we work together", "Monday to Friday, 9:00 to 18:00"),
        ("fr", "convenir de notre façon de travailler", "du lundi au vendredi, de 9 h à 18 h"),
    ):
        parts = assertive_message("ACME", [], Boundaries(), lang)
        assert opener in parts.facts
        assert hours in parts.expectation
        assert "reconsider" not in parts.consequence and "revoir" not in parts.consequence
        assert all([parts.facts, parts.effect, parts.expectation, parts.consequence])


def test_no_working_day_and_no_promise_leave_a_general_expectation():
    none = Boundaries(working_hours=(None,) * 7, response_hours=None)
    parts = assertive_message("", [], none, "en")
    assert (
        parts.expectation == "From now on, I would like us to agree on clear working arrangements."
    )
    assert parts.consequence == ""
    assert parts.text().startswith("Hello,\n\n")


def test_edited_parts_make_the_text_and_empty_parts_drop_out():
    parts = replace(assertive_message("ACME", [], Boundaries(), "en"), effect="  ", facts="Hi.")
    assert parts.text().split("\n\n")[:3] == ["Hello ACME,", "Hi.", parts.expectation]


def test_an_incident_line_uses_the_vocabulary_words_in_its_order():
    shuffled = replace(SHOUTING, behaviours=("shouting", "rude"), violations=("respect", "scope"))
    [incident] = incidents_from([shuffled])
    assert incident_line(incident, "en") == (
        "Wednesday 12 March 2025, 10:30, phone: rude, raised their voice; "
        "outside what is in scope, spoken to without respect"
    )
    assert incident_line(incident, "fr") == (
        "mercredi 12 mars 2025, 10 h 30, téléphone : impoli, a haussé le ton ; "
        "hors du périmètre convenu, manque de respect"
    )


def test_dates_spanning_months_and_years():
    assert date_list([date(2025, 2, 28), date(2025, 3, 3)], "en") == "28 February and 3 March"
    assert date_list([date(2025, 3, 3), date(2025, 3, 10), date(2025, 3, 17)], "fr") == (
        "les 3, 10 et 17 mars"
    )
    assert date_list([date(2024, 12, 30), date(2025, 1, 2)], "fr") == (
        "le 30 décembre 2024 et le 2 janvier 2025"
    )


def test_the_summary_is_factual_and_leaves_private_text_out_by_default():
    summary = incident_summary("ACME", JOURNAL, lang="en", prepared_on=date(2025, 3, 20))
    assert PRIVATE not in summary and "Say I will call back" not in summary
    assert "Prepared on 20 March 2025." in summary
    assert "Period: 1 March 2025 to 14 March 2025." in summary
    assert "Encounters recorded: 5 (4 difficult, 80 %; 1 positive)." in summary
    assert "Encounters with disrespect: 1; with threats: 0; with limits crossed: 2." in summary
    assert "1. Saturday 1 March 2025, 08:00, phone" in summary
    assert "3. Wednesday 12 March 2025, 10:30, phone" in summary
    assert "   Behaviours: raised their voice" in summary
    assert "   Impact on me: 8/10" in summary
    assert "4. Friday 14 March 2025" in summary  # every difficult encounter, not just incidents
    assert "13 March" not in summary.split("Difficult encounters")[1]  # positive: counted only


def test_the_summary_includes_private_text_when_asked():
    summary = incident_summary("ACME", JOURNAL, lang="fr", include_text=True)
    assert f"   Ce qui s'est passé : {PRIVATE}" in summary
    assert "   La prochaine fois : Say I will call back" in summary
    assert "Échanges consignés : 5 (4 difficiles, soit 80 % ; 1 positifs)." in summary
    assert "3. mercredi 12 mars 2025, 10 h 30, téléphone" in summary


def test_the_summary_takes_its_counts_from_the_advice_figures():
    client = Client("ACME", id="acme")
    journal = [*JOURNAL, met(datetime(2025, 3, 18, 11, 0), behaviours=("rude",))]
    advice = advise_client(client, Facts.from_encounters(journal), [], date(2025, 3, 20))
    summary = incident_summary("ACME", journal, advice.figures, "en")
    assert f"Encounters recorded: {advice.figures.encounters} " in summary
    assert f"with disrespect: {advice.figures.disrespect};" in summary
    assert advice.figures.disrespect == 2


def test_an_empty_summary_says_so():
    summary = incident_summary("ACME", [], lang="en")
    assert "Encounters recorded: 0 (0 difficult, 0 %; 0 positive)." in summary
    assert "No difficult encounter recorded." in summary


def test_the_checklist_and_script_exist_in_both_languages():
    assert [item.key for item in DETHRONE_CHECKLIST] == ["notice", "handover", "script", "file"]
    for item in DETHRONE_CHECKLIST:
        assert item.title("en") != item.title("fr") and item.detail("en") != item.detail("fr")
    assert "notice" in DETHRONE_CHECKLIST[0].detail("en")
    assert ending_script("ACME", "fr").startswith("Bonjour ACME,")
    assert "end our collaboration" in ending_script("ACME", "en")
