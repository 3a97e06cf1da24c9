<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/clients_page.py" line="667"/>
        <source>History with {client}: %n encounter(s)</source>
        <translation>
            <numerusform>History with {client}: %n encounter</numerusform>
            <numerusform>History with {client}: %n encounters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="327"/>
        <source>%n encounter(s) shown of {total}</source>
        <translation>
            <numerusform>%n encounter shown of {total}</numerusform>
            <numerusform>%n encounters shown of {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="328"/>
        <source>%n encounter(s) in the journal</source>
        <translation>
            <numerusform>%n encounter in the journal</numerusform>
            <numerusform>%n encounters in the journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="408"/>
        <source>delete %n encounter(s)</source>
        <translation>
            <numerusform>delete %n encounter</numerusform>
            <numerusform>delete %n encounters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="414"/>
        <source>%n encounter(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n encounter deleted. Ctrl+Z brings them back.</numerusform>
            <numerusform>%n encounters deleted. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
</context>
</TS>
