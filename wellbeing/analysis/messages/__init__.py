"""Words for acting on a client relationship, one module per document drafted.

- `assertive` — the reframing message (seed 003's first step: state limits in writing);
- `summary` — the incident summary for a manager;
- `ending` — the checklist before ending a relationship and the script to announce it;
- `boundaries` and `incidents` — the user's limits and the incidents in words, shared by
  the message and the prepare view; `words` — dates, times and lists in words.

Seed 004's frame is to state limits calmly and hold them. Every text is a draft the user
edits; nothing here is sent anywhere. French past participles that would agree with the
user ("vous m'avez appelé·e") are avoided by choice of verb, so that the drafts read
naturally whoever writes them.

The names the window and the tests use are re-exported here.
"""

from wellbeing.analysis.messages.assertive import (
    MessageParts,
    assertive_message,
    consequence_text,
    describe_incident,
    effect_text,
    expectation_text,
    facts_text,
)
from wellbeing.analysis.messages.boundaries import boundary_sentences, week_text
from wellbeing.analysis.messages.ending import DETHRONE_CHECKLIST, ChecklistItem, ending_script
from wellbeing.analysis.messages.incidents import (
    RECENT_INCIDENTS,
    TOPICS,
    Incident,
    incident_line,
    incidents_from,
    is_incident,
    topics_of,
)
from wellbeing.analysis.messages.summary import incident_summary
from wellbeing.analysis.messages.words import clock, date_list, day_month, long_date

__all__ = [
    "DETHRONE_CHECKLIST",
    "RECENT_INCIDENTS",
    "TOPICS",
    "ChecklistItem",
    "Incident",
    "MessageParts",
    "assertive_message",
    "boundary_sentences",
    "clock",
    "consequence_text",
    "date_list",
    "day_month",
    "describe_incident",
    "effect_text",
    "ending_script",
    "expectation_text",
    "facts_text",
    "incident_line",
    "incident_summary",
    "incidents_from",
    "is_incident",
    "long_date",
    "topics_of",
    "week_text",
]
