<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="25"/>
        <source>&amp;New encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="32"/>
        <source>&amp;Save encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="39"/>
        <source>Show all &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="45"/>
        <source>&amp;Find in journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="49"/>
        <source>&amp;Delete selected encounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="56"/>
        <source>&amp;Open another journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="61"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="62"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="64"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="68"/>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="75"/>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="82"/>
        <source>What my company does &amp;well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="88"/>
        <source>&amp;About Wellbeing Journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="46"/>
        <source>Cannot open the journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="59"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="60"/>
        <source>reframed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="61"/>
        <source>dethroned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="94"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="95"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="96"/>
        <source>Revenue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="97"/>
        <source>Encounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="98"/>
        <source>Difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="99"/>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="100"/>
        <source>Mean impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="101"/>
        <source>Last encounter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="169"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="173"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="176"/>
        <source>Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="177"/>
        <source>Move this client&apos;s encounters onto another client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="180"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="182"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="183"/>
        <source>Share of my revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="184"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="210"/>
        <source>No clients yet: they appear here as you log encounters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/clients_page.py" line="280"/>
        <source>History with {client}: %n encounter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="308"/>
        <source>Cannot change the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="312"/>
        <source>change {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="316"/>
        <source>{client} updated. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="325"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="325"/>
        <source>There is no other client to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="331"/>
        <source>Merge {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="332"/>
        <source>Move every encounter of {client} onto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="345"/>
        <source>merge {source} into {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="351"/>
        <source>{source} merged into {target}. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmotionGrid</name>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="14"/>
        <source>Unpleasant, high energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="15"/>
        <source>Pleasant, high energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="16"/>
        <source>Unpleasant, low energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="17"/>
        <source>Pleasant, low energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="56"/>
        <source>← less pleasant · more pleasant →  ·  energy: high above, low below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncounterForm</name>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="79"/>
        <source>Client (pick or type a new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="88"/>
        <source>Difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="89"/>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="102"/>
        <source>More details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="110"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="113"/>
        <source>Save the encounter (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="115"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="116"/>
        <source>Start a new encounter (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="132"/>
        <source>Emotional impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="134"/>
        <source>How I felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="136"/>
        <location filename="../../wellbeing/ui/encounter_form.py" line="234"/>
        <source>What the client did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="181"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="185"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="189"/>
        <source>What happened (private: only you can read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="198"/>
        <source>I escalated it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="202"/>
        <source>What I would do next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="211"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="212"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="213"/>
        <location filename="../../wellbeing/ui/encounter_form.py" line="313"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="214"/>
        <source>On our side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="215"/>
        <source>It lingered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="216"/>
        <source>My assertiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="217"/>
        <source>Confidence in my company
afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="218"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="221"/>
        <source>My company backed me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="223"/>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="224"/>
        <location filename="../../wellbeing/ui/encounter_form.py" line="314"/>
        <source>Next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="236"/>
        <source>What the client did (if anything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="265"/>
        <source>New encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="272"/>
        <source>Editing the encounter with {client} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="309"/>
        <source>Pick or type the client first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="311"/>
        <source>Set the emotional impact, from 0 (no effect) to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="318"/>
        <source>“{field}” is {length} characters long; the limit is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="409"/>
        <source>Restored draft</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="13"/>
        <source>A client needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="14"/>
        <source>A client name is limited to {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="17"/>
        <source>Another client is already called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="20"/>
        <source>A client cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="23"/>
        <source>The encounter&apos;s date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="26"/>
        <source>Revenue share must be between 0 and 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="29"/>
        <source>The text is {length} characters long; the limit is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="34"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="35"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="36"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="37"/>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="38"/>
        <source>What the client did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="39"/>
        <source>How I felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="40"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="47"/>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="48"/>
        <source>Difficult</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="73"/>
        <source>Search clients, what happened, tags… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="78"/>
        <source>Difficult and positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="79"/>
        <source>Difficult only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="80"/>
        <source>Positive only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="81"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="82"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="95"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="97"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="163"/>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="174"/>
        <source>Restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="176"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="208"/>
        <source>Loading the journal… {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="234"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="272"/>
        <source>Your journal is empty. Log your first encounter on the right: pick the client, set the impact, then press Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="276"/>
        <source>No encounter matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="287"/>
        <source>%n encounter(s) shown of {total}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="288"/>
        <source>%n encounter(s) in the journal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="322"/>
        <source>Cannot save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="339"/>
        <source>save the encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="339"/>
        <source>edit the encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="345"/>
        <source>Encounter saved. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="359"/>
        <source>delete %n encounter(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="364"/>
        <source>%n encounter(s) deleted. Ctrl+Z brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="388"/>
        <source>an unnamed client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="390"/>
        <source>An encounter you had not saved ({client}, {time}) was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="52"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="53"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="54"/>
        <source>What my company does well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="61"/>
        <source>in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="62"/>
        <source>Wellbeing Journal — {journal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="81"/>
        <source>&amp;Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="81"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="84"/>
        <source>&amp;Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="84"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="111"/>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="132"/>
        <source>Open or create a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="134"/>
        <source>Wellbeing journals (*.wbj);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="142"/>
        <source>Cannot open this journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="152"/>
        <source>About Wellbeing Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="154"/>
        <source>&lt;p&gt;&lt;b&gt;Wellbeing Journal {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A private journal of difficult client encounters and their emotional impact. It stays on this computer: no network, no telemetry.&lt;/p&gt;&lt;p&gt;It is not a medical device and never diagnoses. If you feel worn out, talk to your manager, occupational health or a doctor.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="93"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="94"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="95"/>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="96"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="97"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthsPage</name>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="84"/>
        <source>What my company does well. Complaints are loud and successes are quiet: this list is shown back to you when your confidence in your company drops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="100"/>
        <source>Nothing here yet. Add a first strength, such as “our deliveries arrive on time”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="105"/>
        <source>Add a strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="106"/>
        <source>Add a strength (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="108"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="109"/>
        <source>Remove the selected strength (Delete); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="137"/>
        <source>New strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="141"/>
        <source>add a strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="153"/>
        <source>Cannot change the strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="157"/>
        <source>edit a strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="170"/>
        <source>remove a strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="174"/>
        <source>Strength removed. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
