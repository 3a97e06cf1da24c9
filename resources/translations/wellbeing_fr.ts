<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="25"/>
        <source>&amp;New encounter</source>
        <translation>&amp;Nouvel échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="32"/>
        <source>&amp;Save encounter</source>
        <translation>&amp;Enregistrer l&apos;échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="39"/>
        <source>Show all &amp;details</source>
        <translation>Afficher tous les &amp;détails</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="45"/>
        <source>&amp;Find in journal</source>
        <translation>&amp;Rechercher dans le journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="49"/>
        <source>&amp;Delete selected encounters</source>
        <translation>&amp;Supprimer les échanges sélectionnés</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="56"/>
        <source>&amp;Open another journal…</source>
        <translation>&amp;Ouvrir un autre journal…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="62"/>
        <source>&amp;Lock the journal</source>
        <translation>&amp;Verrouiller le journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="66"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="73"/>
        <source>Lock &amp;automatically after…</source>
        <translation>Verrouiller &amp;automatiquement après…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="80"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="86"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="88"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="92"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="99"/>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="106"/>
        <source>What my company does &amp;well</source>
        <translation>Ce que mon entreprise fait &amp;bien</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="112"/>
        <source>&amp;About Wellbeing Journal</source>
        <translation>À &amp;propos de Wellbeing Journal</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="94"/>
        <location filename="../../wellbeing/ui/app.py" line="99"/>
        <location filename="../../wellbeing/ui/app.py" line="144"/>
        <location filename="../../wellbeing/ui/app.py" line="159"/>
        <source>Cannot open the journal</source>
        <translation>Impossible d&apos;ouvrir le journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="100"/>
        <source>{problem}

Restore the latest backup, taken on {when}? The unreadable file is kept beside the backups.</source>
        <translation>{problem}

Restaurer la dernière sauvegarde, faite le {when} ? Le fichier illisible est conservé avec les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="181"/>
        <location filename="../../wellbeing/ui/app.py" line="187"/>
        <source>Wellbeing Journal</source>
        <translation>Wellbeing Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="188"/>
        <source>Something went wrong ({error}). What you saved before is safe.</source>
        <translation>Un problème est survenu ({error}). Ce que vous aviez enregistré est en sécurité.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="123"/>
        <source>Already open</source>
        <translation>Déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="124"/>
        <source>{journal} is already open in another window; it is now in front.</source>
        <translation>{journal} est déjà ouvert dans une autre fenêtre ; elle est maintenant au premier plan.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="25"/>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="26"/>
        <source>before an update</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="27"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="29"/>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="37"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="42"/>
        <source>{when} — {reason} — {size}</source>
        <translation>{when} — {reason} — {size}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="52"/>
        <source>The backup replaces the journal as it is now. The current journal is kept as a backup first, so this can be undone by restoring it.</source>
        <translation>La sauvegarde remplace le journal dans son état actuel. Le journal actuel est d&apos;abord conservé comme sauvegarde : vous pourrez revenir en arrière en le restaurant.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="56"/>
        <source>There is no backup of this journal yet.</source>
        <translation>Il n&apos;existe encore aucune sauvegarde de ce journal.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="62"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="66"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="67"/>
        <source>reframed</source>
        <translation>recadré</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="68"/>
        <source>dethroned</source>
        <translation>détrôné</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="101"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="102"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="103"/>
        <source>Share of my revenue</source>
        <translation>Part de mon CA</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="104"/>
        <source>Encounters</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="105"/>
        <source>Difficult</source>
        <translation>Difficiles</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="106"/>
        <source>Positive</source>
        <translation>Positifs</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="107"/>
        <source>Mean impact</source>
        <translation>Impact moyen</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="108"/>
        <source>Last encounter</source>
        <translation>Dernier échange</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="174"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="178"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="181"/>
        <source>Merge with…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="182"/>
        <source>Move this client&apos;s encounters to another client</source>
        <translation>Déplacer les échanges de ce client vers un autre client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="185"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="187"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="188"/>
        <source>Share of my revenue</source>
        <translation>Part de mon chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="189"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="211"/>
        <source>No clients yet: they appear here as you log encounters.</source>
        <translation>Aucun client pour l&apos;instant : ils apparaîtront ici au fil des échanges que vous enregistrerez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/clients_page.py" line="291"/>
        <source>History with {client}: %n encounter(s)</source>
        <translation>
            <numerusform>Historique avec {client} : %n échange</numerusform>
            <numerusform>Historique avec {client} : %n échanges</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="319"/>
        <source>Cannot change the client</source>
        <translation>Impossible de modifier le client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="323"/>
        <source>change {client}</source>
        <translation>la modification de {client}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="327"/>
        <source>{client} updated. Ctrl+Z undoes it.</source>
        <translation>{client} : modifications enregistrées. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="336"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="336"/>
        <source>There is no other client to merge into.</source>
        <translation>Il n&apos;y a aucun autre client avec lequel fusionner.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="342"/>
        <source>Merge {client}</source>
        <translation>Fusionner {client}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="343"/>
        <source>Move every encounter of {client} to:</source>
        <translation>Déplacer tous les échanges de {client} vers :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="356"/>
        <source>merge {source} into {target}</source>
        <translation>la fusion de {source} avec {target}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="362"/>
        <source>{source} merged into {target}. Ctrl+Z undoes it.</source>
        <translation>Fusion de {source} avec {target} effectuée. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>EmotionGrid</name>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="14"/>
        <source>Unpleasant, high energy</source>
        <translation>Désagréable, énergie élevée</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="15"/>
        <source>Pleasant, high energy</source>
        <translation>Agréable, énergie élevée</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="16"/>
        <source>Unpleasant, low energy</source>
        <translation>Désagréable, énergie basse</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="17"/>
        <source>Pleasant, low energy</source>
        <translation>Agréable, énergie basse</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="56"/>
        <source>← less pleasant · more pleasant →  ·  energy: high above, low below</source>
        <translation>← moins agréable · plus agréable →  ·  énergie : élevée en haut, basse en bas</translation>
    </message>
</context>
<context>
    <name>EncounterForm</name>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="81"/>
        <source>Client (pick or type a new one)</source>
        <translation>Client (choisissez-le ou saisissez un nouveau nom)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="90"/>
        <source>Difficult</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="91"/>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="104"/>
        <source>More details</source>
        <translation>Plus de détails</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="112"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="115"/>
        <source>Save the encounter (Ctrl+Enter)</source>
        <translation>Enregistrer l&apos;échange (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="117"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="118"/>
        <source>Start a new encounter (Ctrl+N)</source>
        <translation>Commencer un nouvel échange (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="134"/>
        <source>Emotional impact</source>
        <translation>Impact émotionnel</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="136"/>
        <source>How I felt</source>
        <translation>Ce que j&apos;ai ressenti</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="138"/>
        <location filename="../../wellbeing/ui/encounter_form.py" line="237"/>
        <source>What the client did</source>
        <translation>Ce que le client a fait</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="184"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="188"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="192"/>
        <source>What happened (private: only you can read it)</source>
        <translation>Ce qui s&apos;est passé (privé : vous seul·e pouvez le lire)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="201"/>
        <source>I escalated the matter</source>
        <translation>J&apos;ai fait remonter le problème</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="205"/>
        <source>What I would do next time</source>
        <translation>Ce que je ferais la prochaine fois</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="214"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="215"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="216"/>
        <location filename="../../wellbeing/ui/encounter_form.py" line="333"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="217"/>
        <source>On our side</source>
        <translation>De notre côté</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="218"/>
        <source>It lingered</source>
        <translation>Ça m&apos;est resté</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="219"/>
        <source>My assertiveness</source>
        <translation>Mon affirmation de soi</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="220"/>
        <source>Confidence in my company
afterwards</source>
        <translation>Confiance dans mon entreprise
après coup</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="221"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="224"/>
        <source>My company backed me:</source>
        <translation>Mon entreprise m&apos;a soutenu·e :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="226"/>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="227"/>
        <location filename="../../wellbeing/ui/encounter_form.py" line="334"/>
        <source>Next time</source>
        <translation>La prochaine fois</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="239"/>
        <source>What the client did (if anything)</source>
        <translation>Ce que le client a fait (le cas échéant)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="272"/>
        <source>New encounter</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="279"/>
        <source>Editing the encounter with {client} on {date}</source>
        <translation>Modification de l&apos;échange avec {client} du {date}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="329"/>
        <source>Pick or type the client first.</source>
        <translation>Choisissez ou saisissez d&apos;abord le client.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="331"/>
        <source>Set the emotional impact, from 0 (no effect) to 10.</source>
        <translation>Indiquez l&apos;impact émotionnel, de 0 (aucun effet) à 10.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="338"/>
        <source>“{field}” is {length} characters long; the limit is {limit}.</source>
        <translation>«&#xa0;{field}&#xa0;» compte {length} caractères ; la limite est de {limit}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="433"/>
        <source>Restored draft</source>
        <translation>Brouillon restauré</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="20"/>
        <source>{path} was written by a newer version of Wellbeing Journal; update the app to open it.</source>
        <translation>{path} a été écrit par une version plus récente de Wellbeing Journal ; mettez l&apos;application à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="26"/>
        <source>{path} cannot be read: it is damaged or not a Wellbeing journal.</source>
        <translation>{path} est illisible : il est endommagé ou ce n&apos;est pas un journal Wellbeing.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="30"/>
        <source>{path} is not a Wellbeing journal.</source>
        <translation>{path} n&apos;est pas un journal Wellbeing.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="39"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="40"/>
        <source>the journal file is read-only</source>
        <translation>le fichier du journal est en lecture seule</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="41"/>
        <source>another program is holding the journal</source>
        <translation>un autre programme bloque le journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="43"/>
        <source>The journal could not be written ({reason}); nothing saved before was lost.</source>
        <translation>Le journal n&apos;a pas pu être écrit ({reason}) ; rien de ce qui était déjà enregistré n&apos;a été perdu.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="51"/>
        <source>A client needs a name.</source>
        <translation>Un client doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="52"/>
        <source>A client name is limited to {limit} characters.</source>
        <translation>Le nom d&apos;un client est limité à {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="55"/>
        <source>Another client is already called {name}.</source>
        <translation>Un autre client s&apos;appelle déjà {name}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="58"/>
        <source>A strength needs some text.</source>
        <translation>Un point fort doit contenir du texte.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="59"/>
        <source>A passphrase needs at least {limit} characters.</source>
        <translation>Une phrase secrète doit compter au moins {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="62"/>
        <source>A client cannot be merged into itself.</source>
        <translation>Un client ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="65"/>
        <source>The encounter&apos;s date is in the future.</source>
        <translation>La date de l&apos;échange est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="68"/>
        <source>Revenue share must be between 0 and 100 %.</source>
        <translation>La part du chiffre d&apos;affaires doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="71"/>
        <source>The text is {length} characters long; the limit is {limit}.</source>
        <translation>Le texte compte {length} caractères ; la limite est de {limit}.</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="34"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="35"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="36"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="37"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="38"/>
        <source>What the client did</source>
        <translation>Ce que le client a fait</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="39"/>
        <source>How I felt</source>
        <translation>Ce que j&apos;ai ressenti</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="40"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="47"/>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="48"/>
        <source>Difficult</source>
        <translation>Difficile</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="81"/>
        <source>Search clients, what happened, tags… (Ctrl+F)</source>
        <translation>Chercher un client, un texte, une étiquette… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="86"/>
        <source>Difficult and positive</source>
        <translation>Difficiles et positifs</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="87"/>
        <source>Difficult only</source>
        <translation>Difficiles uniquement</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="88"/>
        <source>Positive only</source>
        <translation>Positifs uniquement</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="89"/>
        <source>From</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="90"/>
        <source>To</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="106"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="108"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="156"/>
        <source>{name}: leave at — for no limit</source>
        <translation>{name} : laisser sur — pour ne pas limiter</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="167"/>
        <source>Restore the draft</source>
        <translation>Restaurer le brouillon</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="169"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="207"/>
        <source>Loading the journal… {percent} %</source>
        <translation>Chargement du journal… {percent} %</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="234"/>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="281"/>
        <source>Your journal is empty. Log your first encounter on the right: pick the client, set the impact, then press Ctrl+Enter.</source>
        <translation>Votre journal est vide. Notez votre premier échange à droite : choisissez le client, indiquez l&apos;impact, puis appuyez sur Ctrl+Entrée.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="285"/>
        <source>No encounter matches these filters.</source>
        <translation>Aucun échange ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="296"/>
        <source>%n encounter(s) shown of {total}</source>
        <translation>
            <numerusform>%n échange affiché sur {total}</numerusform>
            <numerusform>%n échanges affichés sur {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="297"/>
        <source>%n encounter(s) in the journal</source>
        <translation>
            <numerusform>%n échange dans le journal</numerusform>
            <numerusform>%n échanges dans le journal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="331"/>
        <source>Cannot save yet</source>
        <translation>Impossible d&apos;enregistrer pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="348"/>
        <source>save the encounter</source>
        <translation>l&apos;enregistrement de l&apos;échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="348"/>
        <source>edit the encounter</source>
        <translation>la modification de l&apos;échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="354"/>
        <source>Encounter saved. Ctrl+Z undoes it.</source>
        <translation>Échange enregistré. Ctrl+Z pour annuler.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="368"/>
        <source>delete %n encounter(s)</source>
        <translation>
            <numerusform>la suppression de %n échange</numerusform>
            <numerusform>la suppression de %n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="373"/>
        <source>%n encounter(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n échange supprimé. Ctrl+Z pour le restaurer.</numerusform>
            <numerusform>%n échanges supprimés. Ctrl+Z pour les restaurer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="402"/>
        <source>an unnamed client</source>
        <translation>un client sans nom</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="404"/>
        <source>An encounter you had not saved ({client}, {time}) was kept.</source>
        <translation>Un échange que vous n&apos;aviez pas enregistré ({client}, {time}) a été conservé.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../wellbeing/ui/lock_screen.py" line="17"/>
        <source>Your journal is locked</source>
        <translation>Votre journal est verrouillé</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/lock_screen.py" line="20"/>
        <source>Type your passphrase (or recovery key) to show it again.</source>
        <translation>Tapez votre phrase secrète (ou votre clé de secours) pour l&apos;afficher à nouveau.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/lock_screen.py" line="26"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/lock_screen.py" line="48"/>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="101"/>
        <source>Opening your journal…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="140"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="141"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="142"/>
        <source>What my company does well</source>
        <translation>Ce que mon entreprise fait bien</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="148"/>
        <source>in memory</source>
        <translation>en mémoire</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="149"/>
        <source>Wellbeing Journal — {journal}</source>
        <translation>Wellbeing Journal — {journal}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="173"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler {action}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="173"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="176"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir {action}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="176"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="207"/>
        <source>Undone: {action}.</source>
        <translation>Annulé : {action}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="231"/>
        <source>Open or create a journal</source>
        <translation>Ouvrir ou créer un journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="233"/>
        <source>Wellbeing journals (*.wbj);;All files (*)</source>
        <translation>Journaux Wellbeing (*.wbj);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="245"/>
        <source>Cannot open this journal</source>
        <translation>Impossible d&apos;ouvrir ce journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="273"/>
        <source>The daily backup failed ({error}).</source>
        <translation>La sauvegarde quotidienne a échoué ({error}).</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="296"/>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="359"/>
        <location filename="../../wellbeing/ui/main_window.py" line="364"/>
        <source>Passphrase not changed</source>
        <translation>Phrase secrète inchangée</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="360"/>
        <source>The current passphrase is wrong; nothing was changed.</source>
        <translation>La phrase secrète actuelle est incorrecte ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="366"/>
        <source>Passphrase changed.</source>
        <translation>Phrase secrète modifiée.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="375"/>
        <source>Lock automatically</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="376"/>
        <source>Lock the journal after this many minutes without use:</source>
        <translation>Verrouiller le journal après ce nombre de minutes sans utilisation :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="390"/>
        <source>About Wellbeing Journal</source>
        <translation>À propos de Wellbeing Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="392"/>
        <source>&lt;p&gt;&lt;b&gt;Wellbeing Journal {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A private journal of difficult client encounters and their emotional impact. It stays on this computer: no network, no telemetry.&lt;/p&gt;&lt;p&gt;It is not a medical device and never diagnoses. If you feel worn out, talk to your manager, occupational health or a doctor.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wellbeing Journal {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un journal privé de vos échanges difficiles avec des clients et de leur impact émotionnel. Il reste sur cet ordinateur : aucun réseau, aucune télémétrie.&lt;/p&gt;&lt;p&gt;Ce n&apos;est pas un dispositif médical et il ne pose jamais de diagnostic. Si vous vous sentez épuisé·e, parlez-en à votre responsable, à la médecine du travail ou à un médecin.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="117"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="118"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="119"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="120"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="121"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="50"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="50"/>
        <source>Create your journal</source>
        <translation>Créer votre journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="53"/>
        <source>at least {n} characters</source>
        <translation>au moins {n} caractères</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="56"/>
        <source>Choose a new passphrase for {journal}.</source>
        <translation>Choisissez une nouvelle phrase secrète pour {journal}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="59"/>
        <source>Your journal {journal} will be encrypted on this computer. Choose a passphrase: you will type it each time you open the journal.</source>
        <translation>Votre journal {journal} sera chiffré sur cet ordinateur. Choisissez une phrase secrète : vous la taperez à chaque ouverture du journal.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="65"/>
        <source>&lt;b&gt;A forgotten passphrase cannot be recovered.&lt;/b&gt; Nobody, not even the makers of this app, can open the journal without it. You will get a recovery key to keep somewhere safe, just in case.</source>
        <translation>&lt;b&gt;Une phrase secrète oubliée ne peut pas être retrouvée.&lt;/b&gt; Personne, pas même les auteurs de cette application, ne peut ouvrir le journal sans elle. Vous recevrez une clé de secours à garder en lieu sûr, au cas où.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="74"/>
        <source>Current passphrase or recovery key</source>
        <translation>Phrase secrète actuelle ou clé de secours</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="75"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="75"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="76"/>
        <source>The same again</source>
        <translation>La même, à nouveau</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="98"/>
        <source>A passphrase needs at least {n} characters.</source>
        <translation>Une phrase secrète doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="102"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="119"/>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="128"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="130"/>
        <source>Save to a file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="132"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="134"/>
        <source>I have put my recovery key somewhere safe</source>
        <translation>J&apos;ai mis ma clé de secours en lieu sûr</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="148"/>
        <source>If you ever forget your passphrase, this recovery key opens the journal instead. Print it or save it away from this computer: anyone who has it can read your journal.</source>
        <translation>Si vous oubliez un jour votre phrase secrète, cette clé de secours ouvre le journal à sa place. Imprimez-la ou conservez-la ailleurs que sur cet ordinateur : quiconque la possède peut lire votre journal.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="160"/>
        <source>Wellbeing Journal recovery key: {key}</source>
        <translation>Clé de secours de Wellbeing Journal : {key}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="164"/>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de secours</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="170"/>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
</context>
<context>
    <name>StrengthsPage</name>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="87"/>
        <source>What my company does well. Complaints are loud and successes are quiet: this list is shown back to you when your confidence in your company drops.</source>
        <translation>Ce que mon entreprise fait bien. Les réclamations font du bruit, les réussites passent inaperçues : cette liste vous est rappelée quand votre confiance dans votre entreprise baisse.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="105"/>
        <source>Nothing here yet. Add a first strength, such as “our deliveries arrive on time”.</source>
        <translation>Rien pour l&apos;instant. Ajoutez un premier point fort, par exemple «&#xa0;nos livraisons arrivent à l&apos;heure&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="110"/>
        <source>Add a strength</source>
        <translation>Ajouter un point fort</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="111"/>
        <source>Add a strength (Insert)</source>
        <translation>Ajouter un point fort (Inser)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="113"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="114"/>
        <source>Remove the selected strength (Delete); Ctrl+Z brings it back</source>
        <translation>Retirer le point fort sélectionné (Suppr) ; Ctrl+Z pour le restaurer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="142"/>
        <source>New strength</source>
        <translation>Nouveau point fort</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="146"/>
        <source>add a strength</source>
        <translation>l&apos;ajout d&apos;un point fort</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="158"/>
        <source>Cannot change the strength</source>
        <translation>Impossible de modifier le point fort</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="162"/>
        <source>edit a strength</source>
        <translation>la modification d&apos;un point fort</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="175"/>
        <source>remove a strength</source>
        <translation>le retrait d&apos;un point fort</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="179"/>
        <source>Strength removed. Ctrl+Z brings it back.</source>
        <translation>Point fort retiré. Ctrl+Z pour le restaurer.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="192"/>
        <source>Open your journal</source>
        <translation>Ouvrir votre journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="193"/>
        <source>Passphrase or recovery key</source>
        <translation>Phrase secrète ou clé de secours</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="203"/>
        <source>Type the passphrase of {journal}.</source>
        <translation>Tapez la phrase secrète de {journal}.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="72"/>
        <source>Wrong passphrase. Try again, or type your recovery key.</source>
        <translation>Phrase secrète incorrecte. Réessayez, ou tapez votre clé de secours.</translation>
    </message>
</context>
</TS>
