<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../wellbeing/ui/about_dialog.py" line="23"/>
        <source>About Wellbeing Journal</source>
        <translation>À propos de Wellbeing Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/about_dialog.py" line="25"/>
        <source>&lt;p&gt;No journal file is open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucun fichier de journal n&apos;est ouvert.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/about_dialog.py" line="30"/>
        <source>&lt;p&gt;&lt;b&gt;Your journal&lt;/b&gt;&lt;br&gt;{journal}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Its backups&lt;/b&gt;&lt;br&gt;{backups}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Votre journal&lt;/b&gt;&lt;br&gt;{journal}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ses sauvegardes&lt;/b&gt;&lt;br&gt;{backups}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/about_dialog.py" line="36"/>
        <source>&lt;h3&gt;Wellbeing Journal {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Wellbeing Journal {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/about_dialog.py" line="38"/>
        <source>&lt;p&gt;A private journal of difficult client encounters and their emotional impact.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un journal privé de vos échanges difficiles avec des clients et de leur impact émotionnel.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/about_dialog.py" line="43"/>
        <source>&lt;p&gt;&lt;b&gt;Your privacy&lt;/b&gt;&lt;br&gt;The journal is encrypted on disk with your passphrase. The app makes no network connection and sends no telemetry. Nothing leaves this computer unless you export it, and you see what leaves before it does.&lt;/p&gt;&lt;p&gt;It is not a medical device and never diagnoses. If you feel worn out, talk to your manager, occupational health or a doctor.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Confidentialité&lt;/b&gt;&lt;br&gt;Le journal est chiffré sur le disque avec votre phrase secrète. L&apos;application ne fait aucune connexion réseau et n&apos;envoie aucune télémétrie. Rien ne quitte cet ordinateur sans que vous l&apos;exportiez, et vous voyez ce qui part avant que cela ne parte.&lt;/p&gt;&lt;p&gt;Ce n&apos;est pas un dispositif médical et elle ne pose jamais de diagnostic. Si vous vous sentez à bout, parlez-en à votre responsable, à la médecine du travail ou à un médecin.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="28"/>
        <source>&amp;New encounter</source>
        <translation>&amp;Nouvel échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="35"/>
        <source>&amp;Save encounter</source>
        <translation>&amp;Enregistrer l&apos;échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="42"/>
        <source>Show all &amp;details</source>
        <translation>Afficher tous les &amp;détails</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="48"/>
        <source>&amp;Find in journal</source>
        <translation>&amp;Rechercher dans le journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="52"/>
        <source>&amp;Delete selected encounters</source>
        <translation>&amp;Supprimer les échanges sélectionnés</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="59"/>
        <source>Weekly &amp;check-in…</source>
        <translation>&amp;Bilan de la semaine…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="66"/>
        <source>My &amp;boundaries…</source>
        <translation>Mes &amp;limites…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="73"/>
        <source>Client advice &amp;thresholds…</source>
        <translation>Seuils des &amp;conseils par client…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="80"/>
        <source>S&amp;hare my week with my team…</source>
        <translation>Partager ma semaine avec mon é&amp;quipe…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="87"/>
        <source>&amp;Prepare a coaching session…</source>
        <translation>&amp;Préparer une séance de coaching…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="92"/>
        <source>&amp;Goals…</source>
        <translation>&amp;Objectifs…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="94"/>
        <source>&amp;Reminders…</source>
        <translation>R&amp;appels…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="98"/>
        <source>Reminder se&amp;ttings…</source>
        <translation>Ré&amp;glages des rappels…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="105"/>
        <source>&amp;Open another journal…</source>
        <translation>&amp;Ouvrir un autre journal…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="112"/>
        <source>Open a &amp;team folder…</source>
        <translation>Ouvrir un dossier d&apos;é&amp;quipe…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="119"/>
        <source>&amp;Import coaching goals…</source>
        <translation>&amp;Importer des objectifs de coaching…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="126"/>
        <source>Coach &amp;mode…</source>
        <translation>Mode &amp;coach…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="132"/>
        <source>&amp;Lock the journal</source>
        <translation>&amp;Verrouiller le journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="136"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="143"/>
        <source>Re&amp;member my key on this computer…</source>
        <translation>&amp;Mémoriser ma clé sur cet ordinateur…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="150"/>
        <source>Lock &amp;automatically after…</source>
        <translation>Verrouiller &amp;automatiquement après…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="157"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="162"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="163"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="165"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="169"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="176"/>
        <source>&amp;Insights</source>
        <translation>&amp;Analyses</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="183"/>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="190"/>
        <source>What my company does &amp;well</source>
        <translation>Ce que mon entreprise fait &amp;bien</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="197"/>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="205"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="213"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="221"/>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="228"/>
        <source>Wellbeing Journal &amp;guide</source>
        <translation>&amp;Guide de Wellbeing Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="231"/>
        <source>&amp;About Wellbeing Journal</source>
        <translation>À &amp;propos de Wellbeing Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="238"/>
        <source>&amp;Open another team folder…</source>
        <translation>&amp;Ouvrir un autre dossier d&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="243"/>
        <source>&amp;Reload</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="246"/>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="251"/>
        <location filename="../../wellbeing/ui/actions.py" line="294"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="253"/>
        <source>&amp;Months</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="256"/>
        <source>&amp;Weeks</source>
        <translation>&amp;Semaines</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="282"/>
        <source>&amp;Import a pack…</source>
        <translation>&amp;Importer un dossier de séance…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="289"/>
        <source>&amp;Export actions…</source>
        <translation>&amp;Exporter les actions…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="297"/>
        <source>&amp;Rename coachee</source>
        <translation>&amp;Renommer le·la coaché·e</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="303"/>
        <source>&amp;Pack</source>
        <translation>&amp;Dossier de séance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="307"/>
        <source>&amp;Compare two periods</source>
        <translation>&amp;Comparer deux périodes</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="314"/>
        <source>Session &amp;notes</source>
        <translation>&amp;Notes de séance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="321"/>
        <source>Agreed &amp;actions</source>
        <translation>&amp;Actions convenues</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="328"/>
        <source>Pre&amp;sentation mode</source>
        <translation>&amp;Mode présentation</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="129"/>
        <source>What will be done</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="130"/>
        <source>a date:</source>
        <translation>une date :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="134"/>
        <source>Date to do it by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="143"/>
        <source>What could get in the way</source>
        <translation>Ce qui pourrait faire obstacle</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="147"/>
        <source>Who or what will help</source>
        <translation>Qui ou quoi aidera</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="152"/>
        <source> out of 10</source>
        <translation> sur 10</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="153"/>
        <source>A&amp;gree this action</source>
        <translation>&amp;Valider cette action</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="162"/>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="163"/>
        <source>By &amp;when:</source>
        <translation>Pour qua&amp;nd :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="166"/>
        <source>&amp;Obstacles:</source>
        <translation>&amp;Obstacles :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="167"/>
        <source>&amp;Support:</source>
        <translation>&amp;Soutien :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="168"/>
        <source>How &amp;likely:</source>
        <translation>&amp;Probabilité :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="171"/>
        <source>GROW&apos;s last step, Will: what the coachee commits to, in their words.</source>
        <translation>Dernière étape du modèle GROW, Will (la volonté) : ce à quoi votre coaché·e s&apos;engage, avec ses propres mots.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="182"/>
        <source>Agreed actions</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="189"/>
        <source>&amp;Delete action</source>
        <translation>Supprimer l&apos;ac&amp;tion</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="192"/>
        <source>&amp;Export actions…</source>
        <translation>&amp;Exporter les actions…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="195"/>
        <source>Write the actions file the employee imports as goals (Ctrl+E)</source>
        <translation>Écrire le fichier d&apos;actions que votre coaché·e importera comme objectifs (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="234"/>
        <source>Not agreed</source>
        <translation>Action non validée</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="120"/>
        <location filename="../../wellbeing/ui/app.py" line="136"/>
        <location filename="../../wellbeing/ui/app.py" line="211"/>
        <location filename="../../wellbeing/ui/journal_access.py" line="191"/>
        <source>Cannot open the journal</source>
        <translation>Impossible d&apos;ouvrir le journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="158"/>
        <location filename="../../wellbeing/ui/app.py" line="164"/>
        <location filename="../../wellbeing/ui/app.py" line="261"/>
        <source>Wellbeing Journal</source>
        <translation>Wellbeing Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="165"/>
        <source>Something went wrong ({error}). What you saved before is safe.</source>
        <translation>Un problème est survenu ({error}). Ce que vous aviez enregistré est en sécurité.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="265"/>
        <source>Open a team folder</source>
        <translation>Ouvrir un dossier d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="296"/>
        <source>Cannot open the coaching workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de coaching</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="81"/>
        <source>Already open</source>
        <translation>Déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_access.py" line="152"/>
        <source>Cannot restore the backup</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_access.py" line="177"/>
        <source>The backup could not be copied ({reason}); the journal is unchanged.</source>
        <translation>La sauvegarde n&apos;a pas pu être copiée ({reason}) ; le journal n&apos;a pas changé.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_access.py" line="193"/>
        <source>A restore of {journal} was interrupted. Finish it now?</source>
        <translation>La restauration de {journal} a été interrompue. La terminer maintenant ?</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_access.py" line="208"/>
        <source>{problem}

Restore the latest backup, taken on {when}? The file it replaces is kept beside the backups.</source>
        <translation>{problem}

Restaurer la dernière sauvegarde, faite le {when} ? Le fichier qu&apos;elle remplace est conservé avec les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/app.py" line="82"/>
        <source>{journal} is already open in another window; it is now in front.</source>
        <translation>{journal} est déjà ouvert dans une autre fenêtre ; elle est maintenant au premier plan.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="28"/>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="29"/>
        <source>before an update</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="30"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="32"/>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="40"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="43"/>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="46"/>
        <source>{when} — {reason} — {size}</source>
        <translation>{when} — {reason} — {size}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="56"/>
        <source>The backup replaces the journal as it is now. The current journal is kept as a backup first, so this can be undone by restoring it.</source>
        <translation>La sauvegarde remplace le journal dans son état actuel. Le journal actuel est d&apos;abord conservé comme sauvegarde : vous pourrez revenir en arrière en le restaurant.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="60"/>
        <source>There is no backup of this journal yet.</source>
        <translation>Il n&apos;existe encore aucune sauvegarde de ce journal.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/backups_dialog.py" line="66"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>BoundariesDialog</name>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="147"/>
        <source>My boundaries</source>
        <translation>Mes limites</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="160"/>
        <source>Your limits, as you would state them to a client. Encounters that cross them are flagged in the journal.</source>
        <translation>Vos limites, telles que vous les énonceriez à un client. Les échanges qui les franchissent sont signalés dans le journal.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="168"/>
        <source>You have not set your boundaries yet, so no encounter is flagged for its time, day or channel. Save these (the usual office hours, or your own) and encounters from then on are checked against them.</source>
        <translation>Vous n&apos;avez pas encore défini vos limites : aucun échange n&apos;est donc signalé pour son heure, son jour ou son canal. Enregistrez celles-ci (les heures de bureau habituelles, ou les vôtres) et les échanges suivants seront vérifiés par rapport à elles.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="179"/>
        <source>Working hours</source>
        <translation>Heures de travail</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="181"/>
        <source>Channels I accept</source>
        <translation>Canaux que j&apos;accepte</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="213"/>
        <source>Ticked: I work on that day ({day})</source>
        <translation>Coché : je travaille ce jour-là ({day})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="215"/>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="270"/>
        <source>{day}, start</source>
        <translation>{day}, début</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="216"/>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="273"/>
        <source>{day}, end</source>
        <translation>{day}, fin</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="219"/>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="244"/>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="275"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="234"/>
        <source>Ticked: I accept this channel ({channel})</source>
        <translation>Coché : j&apos;accepte ce canal ({channel})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="236"/>
        <source>only from</source>
        <translation>seulement de</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="237"/>
        <source>{channel}, from</source>
        <translation>{channel}, de</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="238"/>
        <source>{channel}, to</source>
        <translation>{channel}, à</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="257"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="258"/>
        <source>no promise</source>
        <translation>pas d&apos;engagement</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="259"/>
        <source>In working hours; 0 means no promise</source>
        <translation>En heures travaillées ; 0 signifie aucun engagement</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="260"/>
        <source>What my work includes, and what it does not</source>
        <translation>Ce que mon travail comprend, et ce qu&apos;il ne comprend pas</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="261"/>
        <source>For example: politely, without raising their voice</source>
        <translation>Par exemple : poliment, sans hausser le ton</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="262"/>
        <source>One limit per line</source>
        <translation>Une limite par ligne</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="266"/>
        <source>I promise to answer within</source>
        <translation>Je m&apos;engage à répondre sous</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="274"/>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="333"/>
        <source>What is in scope</source>
        <translation>Ce qui fait partie de ma mission</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="275"/>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="334"/>
        <source>How I expect to be spoken to</source>
        <translation>Comment j&apos;attends qu&apos;on me parle</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="276"/>
        <source>My other limits (one per line)</source>
        <translation>Mes autres limites (une par ligne)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="289"/>
        <source>Save my boundaries (Ctrl+Enter)</source>
        <translation>Enregistrer mes limites (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="290"/>
        <source>Fill in the defaults (office hours on weekdays); nothing is saved yet</source>
        <translation>Remplir avec les valeurs par défaut (heures de bureau en semaine) ; rien n&apos;est encore enregistré</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="325"/>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="298"/>
        <source>On {day}, the working hours must end after they start.</source>
        <translation>{day} : l&apos;heure de fin de travail doit suivre l&apos;heure de début.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="330"/>
        <source>For “{channel}”, the hours must end after they start.</source>
        <translation>Pour « {channel} », l&apos;heure de fin doit suivre l&apos;heure de début.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="335"/>
        <source>My other limits</source>
        <translation>Mes autres limites</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="339"/>
        <source>“{field}” is {length} characters long; the limit is {limit}.</source>
        <translation>«&#xa0;{field}&#xa0;» compte {length} caractères ; la limite est de {limit}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/boundaries_dialog.py" line="376"/>
        <source>Change boundaries</source>
        <translation>Modifier les limites</translation>
    </message>
</context>
<context>
    <name>BoundariesPage</name>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="250"/>
        <source>Boundaries</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="256"/>
        <source>Your boundaries</source>
        <translation>Vos limites</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="259"/>
        <source>When you work, how clients may reach you, and what you will not accept. Encounters that cross these limits are flagged in the journal; change them any time in Journal → My boundaries.</source>
        <translation>Quand vous travaillez, comment les clients peuvent vous joindre, et ce que vous n&apos;acceptez pas. Les échanges qui franchissent ces limites sont signalés dans le journal ; modifiez-les à tout moment dans Journal → Mes limites.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="264"/>
        <source>The days and hours I work</source>
        <translation>Mes jours et heures de travail</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="265"/>
        <source>How clients may reach me</source>
        <translation>Comment les clients peuvent me joindre</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="266"/>
        <source>Two or three limits, in my own words</source>
        <translation>Deux ou trois limites, avec mes propres mots</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="279"/>
        <source>For example: no calls after 7 p.m.</source>
        <translation>Par exemple : pas d&apos;appels après 19 h</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="280"/>
        <source>For example: extra requests get a quote first</source>
        <translation>Par exemple : toute demande supplémentaire fait d&apos;abord l&apos;objet d&apos;un devis</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="281"/>
        <source>For example: I am spoken to politely</source>
        <translation>Par exemple : on me parle poliment</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="285"/>
        <source>A limit in my own words</source>
        <translation>Une limite, avec mes propres mots</translation>
    </message>
</context>
<context>
    <name>CaptureWindow</name>
    <message>
        <location filename="../../wellbeing/ui/capture_window.py" line="88"/>
        <source>Capture an encounter</source>
        <translation>Noter un échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/capture_window.py" line="97"/>
        <source>Client (pick or type a new one)</source>
        <translation>Client (choisissez-le ou saisissez un nouveau nom)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/capture_window.py" line="98"/>
        <location filename="../../wellbeing/ui/capture_window.py" line="99"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/capture_window.py" line="105"/>
        <location filename="../../wellbeing/ui/capture_window.py" line="148"/>
        <source>Emotional impact</source>
        <translation>Impact émotionnel</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/capture_window.py" line="111"/>
        <source>When it happened</source>
        <translation>Moment de l&apos;échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/capture_window.py" line="122"/>
        <source>What happened can wait: add it later in the journal.</source>
        <translation>Ce qui s&apos;est passé peut attendre : ajoutez-le plus tard dans le journal.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/capture_window.py" line="126"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/capture_window.py" line="129"/>
        <source>Save the encounter (Enter)</source>
        <translation>Enregistrer l&apos;échange (Entrée)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/capture_window.py" line="131"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/capture_window.py" line="133"/>
        <source>Close without saving (Escape)</source>
        <translation>Fermer sans enregistrer (Échap)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/capture_window.py" line="150"/>
        <source>How I felt</source>
        <translation>Ce que j&apos;ai ressenti</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/capture_window.py" line="152"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/capture_window.py" line="221"/>
        <source>Pick or type the client first.</source>
        <translation>Choisissez ou saisissez d&apos;abord le client.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/capture_window.py" line="224"/>
        <source>Set the emotional impact, from 0 (no effect) to 10.</source>
        <translation>Indiquez l&apos;impact émotionnel, de 0 (aucun effet) à 10.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../wellbeing/ui/dashboard/card.py" line="64"/>
        <source>Export chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/card.py" line="65"/>
        <source>Export {chart}</source>
        <translation>Exporter : {chart}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/card.py" line="66"/>
        <source>Save this chart as a PNG or SVG image</source>
        <translation>Enregistrer ce graphique en image PNG ou SVG</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/card.py" line="68"/>
        <source>Export chart as PNG or SVG…</source>
        <translation>Exporter le graphique en PNG ou SVG…</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../wellbeing/ui/check_in_dialog.py" line="132"/>
        <source>Weekly check-in</source>
        <translation>Bilan de la semaine</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/check_in_dialog.py" line="145"/>
        <source>Eleven short questions, for you alone. Tab moves to the next question; the arrow keys or a digit (1 for the first answer) choose the answer.</source>
        <translation>Onze questions courtes, pour vous seul·e. Tab passe à la question suivante ; les flèches ou un chiffre (1 pour la première réponse) choisissent la réponse.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/check_in_dialog.py" line="154"/>
        <source>Working with clients (this week)</source>
        <translation>Le travail avec les clients (cette semaine)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/check_in_dialog.py" line="156"/>
        <source>How you have been (last two weeks)</source>
        <translation>Comment vous allez (ces deux dernières semaines)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/check_in_dialog.py" line="174"/>
        <source>Client strain: higher is heavier. Well-being: higher is better.</source>
        <translation>Charge liée aux clients : plus le chiffre est haut, plus elle pèse. Bien-être : plus il est haut, mieux c&apos;est.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/check_in_dialog.py" line="183"/>
        <source>Your well-being has been very low lately. This is not a diagnosis, and you do not have to carry it alone: it may help to talk with someone you trust, your manager, occupational health or a doctor.</source>
        <translation>Votre bien-être est très bas ces derniers temps. Ce n&apos;est pas un diagnostic, et vous n&apos;avez pas à porter cela seul·e : il peut être utile d&apos;en parler à une personne de confiance, à votre responsable, à la médecine du travail ou à un médecin.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/check_in_dialog.py" line="200"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/check_in_dialog.py" line="202"/>
        <source>Save the check-in (Ctrl+Enter)</source>
        <translation>Enregistrer le bilan (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/check_in_dialog.py" line="204"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/check_in_dialog.py" line="264"/>
        <source>Save check-in</source>
        <translation>Enregistrer le bilan</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/check_in_dialog.py" line="276"/>
        <source>Client strain {strain} / 100 · Well-being {wellbeing} / 100</source>
        <translation>Charge liée aux clients {strain} / 100 · Bien-être {wellbeing} / 100</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/check_in_dialog.py" line="287"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/check_in_dialog.py" line="293"/>
        <source>Close without saving your answers?</source>
        <translation>Fermer sans enregistrer vos réponses ?</translation>
    </message>
</context>
<context>
    <name>CliHandoff</name>
    <message>
        <location filename="../../wellbeing/ui/cli_handoff.py" line="86"/>
        <source>Encounter logged from the command line: {client}, impact {impact}. Ctrl+Z undoes it.</source>
        <translation>Échange noté depuis la ligne de commande : {client}, impact {impact}. Ctrl+Z l&apos;annule.</translation>
    </message>
</context>
<context>
    <name>ClientAdvicePanel</name>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="127"/>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="130"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="153"/>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="186"/>
        <source>Why this advice</source>
        <translation>Pourquoi ce conseil</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="159"/>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="197"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="159"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="159"/>
        <source>What the client did</source>
        <translation>Ce que le client a fait</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="159"/>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="168"/>
        <source>The encounters behind this reason</source>
        <translation>Les échanges derrière cette raison</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="171"/>
        <source>Reframing follow-up</source>
        <translation>Suivi du recadrage</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="197"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="203"/>
        <source>Advice history</source>
        <translation>Historique des conseils</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="204"/>
        <source>No advice recorded yet.</source>
        <translation>Aucun conseil enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="208"/>
        <source>Advice history and steps taken</source>
        <translation>Historique des conseils et démarches</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="214"/>
        <source>Prepare…</source>
        <translation>Préparer…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="216"/>
        <source>Prepare what to say to this client: a message or a conversation</source>
        <translation>Préparer ce que vous direz à ce client : un message ou une conversation</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="219"/>
        <source>Reframe…</source>
        <translation>Recadrer…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="221"/>
        <source>State your limits to this client, in writing, and start the follow-up</source>
        <translation>Énoncer vos limites à ce client, par écrit, et démarrer le suivi</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="224"/>
        <source>Dethrone…</source>
        <translation>Détrôner…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="225"/>
        <source>End the relationship with this client</source>
        <translation>Mettre fin à la relation avec ce client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="227"/>
        <source>Make active again</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="228"/>
        <source>Work with this client again; Ctrl+Z undoes it</source>
        <translation>Retravailler avec ce client ; Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="230"/>
        <source>Thresholds…</source>
        <translation>Seuils…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="231"/>
        <source>Where each level of advice starts</source>
        <translation>À partir d&apos;où chaque niveau de conseil s&apos;applique</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="280"/>
        <source>Working out the advice…</source>
        <translation>Calcul du conseil…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="282"/>
        <source>Choose a client to see the advice.</source>
        <translation>Choisissez un client pour voir le conseil.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="325"/>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="345"/>
        <source>No encounter behind this reason.</source>
        <translation>Aucun échange derrière cette raison.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="327"/>
        <source>{when}: impact {impact}</source>
        <translation>{when} : impact {impact}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="333"/>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="334"/>
        <source>Encounters behind this reason: {count}</source>
        <translation>Échanges derrière cette raison : {count}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="335"/>
        <source>Select it to list them all.</source>
        <translation>Sélectionnez-la pour les voir tous.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="349"/>
        <source>Encounters behind this reason: {count} (double-click or Enter opens one)</source>
        <translation>Échanges derrière cette raison : {count} (double-clic ou Entrée pour en ouvrir un)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="384"/>
        <source>it worked</source>
        <translation>il a fonctionné</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="385"/>
        <source>it did not work</source>
        <translation>il n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="386"/>
        <source>too early to tell</source>
        <translation>trop tôt pour le dire</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="389"/>
        <source>Reframed on {reframed_on}; follow-up due on {due_on}. Verdict: {verdict}.</source>
        <translation>Recadré le {reframed_on} ; bilan prévu le {due_on}. Verdict : {verdict}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="397"/>
        <source>Encounters</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="398"/>
        <source>Difficult (%)</source>
        <translation>Difficiles (%)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="399"/>
        <source>Mean impact</source>
        <translation>Impact moyen</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="400"/>
        <source>Limits crossed per encounter</source>
        <translation>Limites franchies par échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="401"/>
        <source>Disrespect per encounter</source>
        <translation>Manques de respect par échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="402"/>
        <source>Difficult per week</source>
        <translation>Difficiles par semaine</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="407"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="408"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="438"/>
        <source>Advice: {level}</source>
        <translation>Conseil : {level}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="440"/>
        <source>Reframed</source>
        <translation>Recadré</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="441"/>
        <source>Dethroned</source>
        <translation>Détrôné</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="442"/>
        <source>Made active again</source>
        <translation>Réactivé</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="443"/>
        <source>Contact planned</source>
        <translation>Contact prévu</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="444"/>
        <source>Message prepared</source>
        <translation>Message préparé</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="539"/>
        <source>Cannot change the client</source>
        <translation>Impossible de modifier le client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="543"/>
        <source>make {client} active again</source>
        <translation>la réactivation de {client}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_advice_panel.py" line="549"/>
        <source>{client} is active again. Ctrl+Z undoes it.</source>
        <translation>{client} est de nouveau actif. Ctrl+Z pour annuler.</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="158"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="159"/>
        <source>reframed</source>
        <translation>recadré</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="160"/>
        <source>dethroned</source>
        <translation>détrôné</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="221"/>
        <source>Keep, watch, reframe or dethrone; click to sort by severity</source>
        <translation>Garder, surveiller, recadrer ou détrôner ; cliquez pour trier par gravité</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="225"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="226"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="227"/>
        <source>Share of my revenue</source>
        <translation>Part de mon CA</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="228"/>
        <source>Encounters</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="229"/>
        <source>Difficult</source>
        <translation>Difficiles</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="230"/>
        <source>Positive</source>
        <translation>Positifs</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="231"/>
        <source>Mean impact</source>
        <translation>Impact moyen</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="232"/>
        <source>Last encounter</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="233"/>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="409"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="413"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="416"/>
        <source>Merge with…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="417"/>
        <source>Move this client&apos;s encounters to another client</source>
        <translation>Déplacer les échanges de ce client vers un autre client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="420"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="424"/>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="363"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="425"/>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="364"/>
        <source>Share of my revenue</source>
        <translation>Part de mon chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="426"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="442"/>
        <source>All encounters with this client</source>
        <translation>Tous les échanges avec ce client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="452"/>
        <source>All encounters</source>
        <translation>Tous les échanges</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="461"/>
        <source>No clients yet: they appear here as you log encounters.</source>
        <translation>Aucun client pour l&apos;instant : ils apparaîtront ici au fil des échanges que vous enregistrerez.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="464"/>
        <source>Working out each client&apos;s advice…</source>
        <translation>Calcul du conseil pour chaque client…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/clients_page.py" line="667"/>
        <source>History with {client}: %n encounter(s)</source>
        <translation>
            <numerusform>Historique avec {client} : %n échange</numerusform>
            <numerusform>Historique avec {client} : %n échanges</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="739"/>
        <source>Cannot change the client</source>
        <translation>Impossible de modifier le client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="741"/>
        <source>change {client}</source>
        <translation>la modification de {client}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="743"/>
        <source>{client} updated. Ctrl+Z undoes it.</source>
        <translation>{client} : modifications enregistrées. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="752"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="752"/>
        <source>There is no other client to merge into.</source>
        <translation>Il n&apos;y a aucun autre client avec lequel fusionner.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="758"/>
        <source>Merge {client}</source>
        <translation>Fusionner {client}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="759"/>
        <source>Move every encounter of {client} to:</source>
        <translation>Déplacer tous les échanges de {client} vers :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="773"/>
        <source>merge {source} into {target}</source>
        <translation>la fusion de {source} avec {target}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="780"/>
        <source>{source} merged into {target}. Ctrl+Z undoes it.</source>
        <translation>Fusion de {source} avec {target} effectuée. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/clients_page.py" line="393"/>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="352"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="355"/>
        <source>Your first clients (optional)</source>
        <translation>Vos premiers clients (facultatif)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="358"/>
        <source>The clients you deal with most, so that you can pick them when you log an encounter. Their share of your revenue, if you know it, shows how much you depend on each; leave it at “not known” otherwise.</source>
        <translation>Les clients avec qui vous traitez le plus, pour pouvoir les choisir quand vous notez un échange. Leur part de votre chiffre d&apos;affaires, si vous la connaissez, montre à quel point vous dépendez de chacun ; sinon, laissez « inconnue ».</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="366"/>
        <source>Client {n}, name</source>
        <translation>Client {n}, nom</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="367"/>
        <source>Client {n}, share of my revenue</source>
        <translation>Client {n}, part de mon chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="368"/>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="369"/>
        <source>For example: Acme Lettings</source>
        <translation>Par exemple : Acme Immobilier</translation>
    </message>
</context>
<context>
    <name>CoachCharts</name>
    <message>
        <location filename="../../wellbeing/ui/coach_charts.py" line="47"/>
        <source>Exhaustion</source>
        <translation>Épuisement</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_charts.py" line="48"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_charts.py" line="49"/>
        <source>Irritants</source>
        <translation>Irritants</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_charts.py" line="50"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_charts.py" line="51"/>
        <source>Check-ins</source>
        <translation>Points hebdo</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_charts.py" line="110"/>
        <source>Choose a pack to see its charts.</source>
        <translation>Choisissez un dossier de séance pour voir ses graphiques.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_charts.py" line="112"/>
        <source>The employee did not include this section in the pack.</source>
        <translation>Votre coaché·e n&apos;a pas inclus cette section dans le dossier de séance.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_charts.py" line="156"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_charts.py" line="176"/>
        <source>What the employee chose to explain</source>
        <translation>Ce que votre coaché·e a choisi d&apos;expliquer</translation>
    </message>
</context>
<context>
    <name>CoachModels</name>
    <message>
        <location filename="../../wellbeing/ui/coach_models.py" line="122"/>
        <source>Coachee</source>
        <translation>Coaché·e</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_models.py" line="123"/>
        <source>Packs</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_models.py" line="124"/>
        <source>Last period</source>
        <translation>Dernière période</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_models.py" line="138"/>
        <source>Your own name for this coachee; F2 renames. Packs carry no name.</source>
        <translation>Le nom que vous donnez à ce·tte coaché·e ; F2 pour renommer. Les dossiers de séance ne portent aucun nom.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_models.py" line="171"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_models.py" line="172"/>
        <source>Prepared on</source>
        <translation>Préparé le</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_models.py" line="188"/>
        <source>Written</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_models.py" line="189"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_models.py" line="208"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_models.py" line="209"/>
        <source>By when</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_models.py" line="210"/>
        <source>How likely</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_models.py" line="224"/>
        <source>Obstacles: {text}</source>
        <translation>Obstacles : {text}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_models.py" line="230"/>
        <source>Support: {text}</source>
        <translation>Soutien : {text}</translation>
    </message>
</context>
<context>
    <name>CoachPresentation</name>
    <message>
        <location filename="../../wellbeing/ui/coach_presentation.py" line="39"/>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_presentation.py" line="82"/>
        <source>This pack holds no chart. Escape to leave.</source>
        <translation>Ce dossier de séance ne contient aucun graphique. Échap pour quitter.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_presentation.py" line="92"/>
        <source>{n} of {total} · ← → to move · Esc to leave</source>
        <translation>{n} sur {total} · ← → pour naviguer · Échap pour quitter</translation>
    </message>
</context>
<context>
    <name>CoachWindow</name>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="80"/>
        <source>Coach mode — {name}</source>
        <translation>Mode coach — {name}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="82"/>
        <source>Coach mode</source>
        <translation>Mode coach</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="121"/>
        <location filename="../../wellbeing/ui/coach_window.py" line="144"/>
        <source>Coachees</source>
        <translation>Coaché·es</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="131"/>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="147"/>
        <source>Their packs</source>
        <translation>Ses dossiers de séance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="170"/>
        <source>Pack</source>
        <translation>Dossier de séance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="171"/>
        <source>Compare two periods</source>
        <translation>Comparer deux périodes</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="172"/>
        <source>Session notes</source>
        <translation>Notes de séance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="173"/>
        <source>Agreed actions</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="246"/>
        <source>No coachee yet</source>
        <translation>Aucun·e coaché·e pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="266"/>
        <source>Import a session pack</source>
        <translation>Importer un dossier de séance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="268"/>
        <source>Session packs (*.wbpack *.json);;All files (*)</source>
        <translation>Dossiers de séance (*.wbpack *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="275"/>
        <source>Pack not imported</source>
        <translation>Dossier de séance non importé</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="283"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="299"/>
        <source>This code does not open the pack: check it with the employee (or the pack was changed since it was made).</source>
        <translation>Ce code n&apos;ouvre pas le dossier de séance : vérifiez-le avec votre coaché·e (ou le dossier a été modifié depuis sa création).</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="318"/>
        <source>New coachee {name}, with the pack of {period}. F2 gives them a name.</source>
        <translation>Coaché·e ajouté·e : {name}, avec le dossier de séance du {period}. F2 pour lui donner un nom.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="320"/>
        <source>The pack of {period} was added to {name}.</source>
        <translation>Le dossier de séance du {period} a été ajouté à {name}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="329"/>
        <source>Sealed pack</source>
        <translation>Dossier de séance scellé</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="330"/>
        <source>{name} is sealed. Type the code the employee told you:</source>
        <translation>{name} est scellé. Tapez le code que votre coaché·e vous a donné :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="350"/>
        <source>Not renamed</source>
        <translation>Nom inchangé</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="381"/>
        <source>Actions not exported</source>
        <translation>Actions non exportées</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="386"/>
        <source>No action has been agreed with this coachee yet; nothing to export.</source>
        <translation>Aucune action n&apos;a encore été convenue avec ce·tte coaché·e ; rien à exporter.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="393"/>
        <source>Export the agreed actions</source>
        <translation>Exporter les actions convenues</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="395"/>
        <source>Coaching actions (*.json)</source>
        <translation>Actions de coaching (*.json)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="408"/>
        <source>{path} could not be written ({reason}).</source>
        <translation>Impossible d&apos;écrire {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="414"/>
        <source>{count} actions written to {path}; give this file to the employee.</source>
        <translation>{count} actions écrites dans {path} ; remettez ce fichier à votre coaché·e.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="441"/>
        <source>Choose a pack to present.</source>
        <translation>Choisissez un dossier de séance à présenter.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_window.py" line="479"/>
        <source>Cannot open the coaching workspace</source>
        <translation>Impossible d&apos;ouvrir l&apos;espace de coaching</translation>
    </message>
</context>
<context>
    <name>CoachWorkspace</name>
    <message>
        <location filename="../../wellbeing/ui/coach_workspace.py" line="51"/>
        <source>Wrong passphrase for the coach&apos;s workspace; try again.</source>
        <translation>Phrase secrète de l&apos;espace de coaching incorrecte ; réessayez.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_workspace.py" line="57"/>
        <source>Open your coaching workspace</source>
        <translation>Ouvrir votre espace de coaching</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_workspace.py" line="58"/>
        <source>Type the passphrase of your coaching workspace ({name}).</source>
        <translation>Tapez la phrase secrète de votre espace de coaching ({name}).</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_workspace.py" line="61"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_workspace.py" line="71"/>
        <source>Create your coaching workspace</source>
        <translation>Créer votre espace de coaching</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../wellbeing/ui/coach_pack_view.py" line="129"/>
        <source>C&amp;hart:</source>
        <translation>&amp;Graphique :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_pack_view.py" line="136"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_pack_view.py" line="137"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_pack_view.py" line="143"/>
        <source>&amp;Before:</source>
        <translation>A&amp;vant :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_pack_view.py" line="144"/>
        <source>&amp;After:</source>
        <translation>A&amp;près :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_pack_view.py" line="202"/>
        <source>Import a second pack from this coachee to compare two periods.</source>
        <translation>Importez un second dossier de séance de ce·tte coaché·e pour comparer deux périodes.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_pack_view.py" line="204"/>
        <source>Choose two different periods to compare.</source>
        <translation>Choisissez deux périodes différentes à comparer.</translation>
    </message>
</context>
<context>
    <name>ContributeDialog</name>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="83"/>
        <source>Share my week with my team</source>
        <translation>Partager ma semaine avec mon équipe</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="100"/>
        <source>Write one small file about one week for your team lead: coarse answers only, randomised on this computer, never any text, client name or date finer than the week. You see exactly what it says before anything is written.</source>
        <translation>Écrire un petit fichier sur une semaine pour votre responsable d&apos;équipe : des réponses grossières seulement, tirées au hasard sur cet ordinateur, jamais de texte, de nom de client ni de date plus fine que la semaine. Vous voyez exactement ce qu&apos;il dit avant que quoi que ce soit ne soit écrit.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="111"/>
        <source>as your team lead gave it</source>
        <translation>tel que votre responsable l&apos;a donné</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="116"/>
        <source>the team&apos;s shared or synced folder</source>
        <translation>le dossier partagé ou synchronisé de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="117"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="127"/>
        <source>&amp;Week:</source>
        <translation>&amp;Semaine :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="128"/>
        <source>&amp;Team code:</source>
        <translation>Code d&apos;é&amp;quipe :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="130"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="170"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="173"/>
        <source>&amp;Preview…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="176"/>
        <source>&amp;Write the file</source>
        <translation>É&amp;crire le fichier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="219"/>
        <source>The folder your team shares</source>
        <translation>Le dossier que partage votre équipe</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="235"/>
        <source>A team code is 3 to 32 letters, digits, “-” or “_”, as your team lead gave it.</source>
        <translation>Un code d&apos;équipe compte de 3 à 32 lettres, chiffres, « - » ou « _ », tel que votre responsable l&apos;a donné.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="241"/>
        <source>Choose the folder the file goes into.</source>
        <translation>Choisissez le dossier où écrire le fichier.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="245"/>
        <source>There is no folder at {path}.</source>
        <translation>Il n&apos;y a pas de dossier à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="278"/>
        <source>What the file will say: team {team}, week {week} ({days})</source>
        <translation>Ce que dira le fichier : équipe {team}, semaine {week} ({days})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="299"/>
        <source>These answers are randomised from yours on purpose (local differential privacy, ε = {epsilon}): each may differ from your week, so that no answer can be held against you. Your lead only sees figures for 5 people or more.</source>
        <translation>Ces réponses sont tirées au hasard à partir des vôtres, exprès (confidentialité différentielle locale, ε = {epsilon}) : chacune peut différer de votre semaine, pour qu&apos;aucune réponse ne puisse vous être opposée. Votre responsable ne voit des chiffres que pour 5 personnes ou plus.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="305"/>
        <source>File: {name}
Into: {folder}</source>
        <translation>Fichier : {name}
Dans : {folder}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/contribute_dialog.py" line="331"/>
        <source>The file could not be written ({error}); nothing was written.</source>
        <translation>Le fichier n&apos;a pas pu être écrit ({error}) ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../wellbeing/ui/dashboard/notes.py" line="25"/>
        <source>What your company does well:</source>
        <translation>Ce que votre entreprise fait bien :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/notes.py" line="30"/>
        <source>Your list of what your company does well is empty: add a few in the “What my company does well” tab.</source>
        <translation>Votre liste de ce que fait bien votre entreprise est vide : ajoutez-en quelques-uns dans l&apos;onglet « Ce que mon entreprise fait bien ».</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/export.py" line="36"/>
        <source>The file {path} could not be written: {reason}.</source>
        <translation>Le fichier {path} n&apos;a pas pu être écrit : {reason}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/export.py" line="43"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/export.py" line="52"/>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/export.py" line="56"/>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/export.py" line="57"/>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/export.py" line="83"/>
        <source>Export dashboard as PDF</source>
        <translation>Exporter le tableau de bord en PDF</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/export.py" line="85"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../wellbeing/ui/dashboard/page.py" line="134"/>
        <source>Export dashboard as PDF…</source>
        <translation>Exporter le tableau de bord en PDF…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/page.py" line="135"/>
        <source>One PDF: the indicators in words, then every chart</source>
        <translation>Un seul PDF : les indicateurs en toutes lettres, puis chaque graphique</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/page.py" line="141"/>
        <source>Reading your journal…</source>
        <translation>Lecture de votre journal…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/page.py" line="275"/>
        <source>The journal could not be read: {reason}</source>
        <translation>Le journal n&apos;a pas pu être lu : {reason}</translation>
    </message>
</context>
<context>
    <name>DemoBanner</name>
    <message>
        <location filename="../../wellbeing/ui/welcome/demo_mode.py" line="54"/>
        <source>&lt;b&gt;Demo journal — not yours.&lt;/b&gt; Made-up encounters to look around; nothing here is about you.</source>
        <translation>&lt;b&gt;Journal de démonstration — pas le vôtre.&lt;/b&gt; Des échanges inventés pour découvrir l&apos;application ; rien ici ne vous concerne.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/demo_mode.py" line="58"/>
        <source>Remove the demo</source>
        <translation>Supprimer la démonstration</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/demo_mode.py" line="60"/>
        <source>Deletes the demo journal and opens your own, in one click</source>
        <translation>Supprime le journal de démonstration et ouvre le vôtre, en un clic</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/demo_mode.py" line="64"/>
        <source>Demo journal — not yours — Wellbeing Journal</source>
        <translation>Journal de démonstration — pas le vôtre — Wellbeing Journal</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="408"/>
        <source>Demo</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="411"/>
        <source>Explore a demo journal first?</source>
        <translation>Découvrir d&apos;abord un journal de démonstration ?</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="414"/>
        <source>A demo journal holds a made-up year of encounters, so that you can see every chart and piece of advice at once. It is a separate file, marked “demo” everywhere it shows; one click removes it and opens your own journal.</source>
        <translation>Un journal de démonstration contient une année d&apos;échanges inventés, pour voir d&apos;un coup chaque graphique et chaque conseil. C&apos;est un fichier à part, signalé « démonstration » partout où il apparaît ; un clic suffit pour le supprimer et ouvrir votre propre journal.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="419"/>
        <source>Start with my own journal</source>
        <translation>Commencer avec mon propre journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="420"/>
        <source>Explore the demo journal first</source>
        <translation>Découvrir d&apos;abord le journal de démonstration</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="421"/>
        <source>Enter or Start opens the journal you chose.</source>
        <translation>Entrée ou Commencer ouvre le journal choisi.</translation>
    </message>
</context>
<context>
    <name>DethroneDialog</name>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="57"/>
        <source>End the relationship with {client}</source>
        <translation>Mettre fin à la relation avec {client}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="71"/>
        <source>When limits keep being crossed, even after you stated them, ending the relationship is legitimate. Take it one step at a time; nothing here is sent to anyone.</source>
        <translation>Quand les limites continuent d&apos;être franchies, même après que vous les avez posées, mettre fin à la relation est légitime. Avancez étape par étape ; rien n&apos;est envoyé à qui que ce soit d&apos;ici.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="89"/>
        <source>Before you end it</source>
        <translation>Avant d&apos;y mettre fin</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="106"/>
        <source>A short script to start from</source>
        <translation>Un court texte pour commencer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="110"/>
        <source>Copy the script</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="111"/>
        <source>Copy the script above, to adapt it in your email</source>
        <translation>Copier le texte ci-dessus, pour l&apos;adapter dans votre e-mail</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="127"/>
        <source>Incident summary</source>
        <translation>Relevé des incidents</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="128"/>
        <source>Include my private notes</source>
        <translation>Inclure mes notes privées</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="130"/>
        <source>Adds what you wrote under “what happened” and “next time”</source>
        <translation>Ajoute ce que vous avez écrit sous « ce qui s&apos;est passé » et « la prochaine fois »</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="135"/>
        <source>The summary now contains your private notes. Share it only with someone you trust.</source>
        <translation>Le relevé contient maintenant vos notes privées. Ne le partagez qu&apos;avec une personne de confiance.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="141"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="142"/>
        <source>Copy the summary</source>
        <translation>Copier le relevé</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="144"/>
        <source>Save as text file…</source>
        <translation>Enregistrer en fichier texte…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="145"/>
        <source>Save the summary as a text file, for your manager</source>
        <translation>Enregistrer le relevé en fichier texte, pour votre responsable</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="154"/>
        <source>Incident summary, for your manager</source>
        <translation>Relevé des incidents, pour votre responsable</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="156"/>
        <source>Dates and facts only; your private notes stay out unless you add them.</source>
        <translation>Des dates et des faits seulement ; vos notes privées n&apos;y figurent que si vous les ajoutez.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="165"/>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="249"/>
        <source>Set as dethroned</source>
        <translation>Détrôner ce client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="170"/>
        <source>The client stays in your history and leaves the active advice; Ctrl+Z undoes it</source>
        <translation>Le client reste dans votre historique et sort des conseils actifs ; Ctrl+Z l&apos;annule</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="174"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="176"/>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="203"/>
        <source>Summary copied.</source>
        <translation>Relevé copié.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="207"/>
        <source>Script copied.</source>
        <translation>Texte copié.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="211"/>
        <source>{client} - incident summary.txt</source>
        <translation>{client} - relevé des incidents.txt</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="216"/>
        <source>Save the incident summary</source>
        <translation>Enregistrer le relevé des incidents</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="218"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="236"/>
        <source>{path} could not be written ({reason}); try another folder.</source>
        <translation>Impossible d&apos;écrire {path} ({reason}) ; essayez un autre dossier.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="239"/>
        <source>Summary saved to {path}.</source>
        <translation>Relevé enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="249"/>
        <source>Already dethroned</source>
        <translation>Déjà détrôné</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="259"/>
        <source>Set as dethroned?</source>
        <translation>Détrôner ce client ?</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="261"/>
        <source>{client} stays in your history, with every encounter, and leaves the active advice. You can set it back to active at any time, and Ctrl+Z undoes it now.</source>
        <translation>{client} reste dans votre historique, avec tous ses échanges, et sort des conseils actifs. Vous pourrez le remettre en actif à tout moment, et Ctrl+Z l&apos;annule tout de suite.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="286"/>
        <source>Dethrone {client}</source>
        <translation>Détrôner {client}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dethrone_dialog.py" line="294"/>
        <source>{client} is set as dethroned. It stays in your history; Ctrl+Z undoes it.</source>
        <translation>{client} est détrôné. Il reste dans votre historique ; Ctrl+Z l&apos;annule.</translation>
    </message>
</context>
<context>
    <name>EmotionGrid</name>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="19"/>
        <source>Unpleasant, high energy</source>
        <translation>Désagréable, énergie élevée</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="20"/>
        <source>Pleasant, high energy</source>
        <translation>Agréable, énergie élevée</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="21"/>
        <source>Unpleasant, low energy</source>
        <translation>Désagréable, énergie basse</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="22"/>
        <source>Pleasant, low energy</source>
        <translation>Agréable, énergie basse</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/emotion_grid.py" line="62"/>
        <source>← less pleasant · more pleasant →  ·  energy: high above, low below</source>
        <translation>← moins agréable · plus agréable →  ·  énergie : élevée en haut, basse en bas</translation>
    </message>
</context>
<context>
    <name>EncounterForm</name>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="123"/>
        <source>Client (pick or type a new one)</source>
        <translation>Client (choisissez-le ou saisissez un nouveau nom)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="131"/>
        <source>When it happened</source>
        <translation>Moment de l&apos;échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="137"/>
        <source>Difficult</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="138"/>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="170"/>
        <source>More details</source>
        <translation>Plus de détails</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="178"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="181"/>
        <source>Save the encounter (Ctrl+Enter)</source>
        <translation>Enregistrer l&apos;échange (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="183"/>
        <location filename="../../wellbeing/ui/encounter_form.py" line="547"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="548"/>
        <source>Start a new encounter (Ctrl+N)</source>
        <translation>Commencer un nouvel échange (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="215"/>
        <source>Emotional impact</source>
        <translation>Impact émotionnel</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="219"/>
        <source>How I felt</source>
        <translation>Ce que j&apos;ai ressenti</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="160"/>
        <source>What the client did</source>
        <translation>Ce que le client a fait</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="161"/>
        <source>What the client did well</source>
        <translation>Ce que le client a bien fait</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="302"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="306"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="311"/>
        <source>What happened (private: only you can read it)</source>
        <translation>Ce qui s&apos;est passé (privé : vous seul·e pouvez le lire)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="319"/>
        <source>Ticked from your boundaries when you set the time, channel and behaviours; correct them if they do not apply.</source>
        <translation>Cochées d&apos;après vos limites selon l&apos;heure, le canal et les comportements ; corrigez-les si elles ne s&apos;appliquent pas.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="333"/>
        <source>I escalated the matter</source>
        <translation>J&apos;ai fait remonter le problème</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="338"/>
        <location filename="../../wellbeing/ui/encounter_form.py" line="339"/>
        <source>What I would do next time</source>
        <translation>Ce que je ferais la prochaine fois</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="350"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="351"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="309"/>
        <location filename="../../wellbeing/ui/encounter_form.py" line="353"/>
        <location filename="../../wellbeing/ui/encounter_form.py" line="630"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="355"/>
        <source>On our side</source>
        <translation>De notre côté</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="356"/>
        <source>Boundaries crossed</source>
        <translation>Limites franchies</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="357"/>
        <source>It lingered</source>
        <translation>Ça m&apos;est resté</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="358"/>
        <source>My assertiveness</source>
        <translation>Mon affirmation de soi</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="359"/>
        <source>Confidence in my company
afterwards</source>
        <translation>Confiance dans mon entreprise
après coup</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="360"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="362"/>
        <source>My company backed me:</source>
        <translation>Mon entreprise m&apos;a soutenu·e :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="361"/>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="121"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="148"/>
        <source>Emotional impact (0–10)</source>
        <translation>Impact émotionnel (0 à 10)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="149"/>
        <source>How much good it did (0–10)</source>
        <translation>Le bien que cela m&apos;a fait (0 à 10)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="363"/>
        <location filename="../../wellbeing/ui/encounter_form.py" line="631"/>
        <source>Next time</source>
        <translation>La prochaine fois</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="473"/>
        <source>⚑ Crosses your boundaries: {list}</source>
        <translation>⚑ Franchit vos limites : {list}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="477"/>
        <source>(the time shown is now: if it happened earlier, say when)</source>
        <translation>(l&apos;heure indiquée est l&apos;heure actuelle : si c&apos;était plus tôt, précisez quand)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="525"/>
        <source>New encounter</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="539"/>
        <source>Editing the encounter with {client} on {date}</source>
        <translation>Modification de l&apos;échange avec {client} du {date}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="550"/>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="552"/>
        <source>Leave the saved encounter as it was and start a new one (Ctrl+N)</source>
        <translation>Laisser l&apos;échange enregistré tel quel et en commencer un nouveau (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="619"/>
        <source>Pick or type the client first.</source>
        <translation>Choisissez ou saisissez d&apos;abord le client.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="624"/>
        <source>Set the emotional impact, from 0 (no effect) to 10.</source>
        <translation>Indiquez l&apos;impact émotionnel, de 0 (aucun effet) à 10.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="635"/>
        <source>“{field}” is {length} characters long; the limit is {limit}.</source>
        <translation>«&#xa0;{field}&#xa0;» compte {length} caractères ; la limite est de {limit}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/encounter_form.py" line="785"/>
        <source>Restored draft</source>
        <translation>Brouillon restauré</translation>
    </message>
</context>
<context>
    <name>EncounterRows</name>
    <message>
        <location filename="../../wellbeing/ui/dashboard/why.py" line="65"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/why.py" line="65"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/why.py" line="65"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/why.py" line="65"/>
        <source>Impact</source>
        <translation>Impact</translation>
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
        <location filename="../../wellbeing/ui/errors.py" line="42"/>
        <source>the disk refused to write; it may be full or failing</source>
        <translation>le disque a refusé l&apos;écriture ; il est peut-être plein ou défaillant</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="46"/>
        <source>The journal could not be written ({reason}); nothing saved before was lost.</source>
        <translation>Le journal n&apos;a pas pu être écrit ({reason}) ; rien de ce qui était déjà enregistré n&apos;a été perdu.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="54"/>
        <source>A client needs a name.</source>
        <translation>Un client doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="55"/>
        <source>A client name is limited to {limit} characters.</source>
        <translation>Le nom d&apos;un client est limité à {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="58"/>
        <source>Another client is already called {name}.</source>
        <translation>Un autre client s&apos;appelle déjà {name}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="61"/>
        <source>A strength needs some text.</source>
        <translation>Un point fort doit contenir du texte.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="62"/>
        <source>A passphrase needs at least {limit} characters.</source>
        <translation>Une phrase secrète doit compter au moins {limit} caractères.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="65"/>
        <source>A client cannot be merged into itself.</source>
        <translation>Un client ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="68"/>
        <source>The encounter&apos;s date is in the future.</source>
        <translation>La date de l&apos;échange est dans le futur.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="71"/>
        <source>Revenue share must be between 0 and 100 %.</source>
        <translation>La part du chiffre d&apos;affaires doit être comprise entre 0 et 100 %.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/errors.py" line="74"/>
        <source>The text is {length} characters long; the limit is {limit}.</source>
        <translation>Le texte compte {length} caractères ; la limite est de {limit}.</translation>
    </message>
</context>
<context>
    <name>Goals</name>
    <message>
        <location filename="../../wellbeing/ui/goals_model.py" line="54"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_model.py" line="55"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_model.py" line="56"/>
        <source>By when</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_model.py" line="98"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_model.py" line="100"/>
        <source>not done yet</source>
        <translation>pas encore fait</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_model.py" line="108"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_model.py" line="111"/>
        <source>{date} (due)</source>
        <translation>{date} (échéance atteinte)</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="48"/>
        <source>These goals were already in your journal; nothing new was added.</source>
        <translation>Ces objectifs figuraient déjà dans votre journal ; rien de nouveau n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="52"/>
        <source>1 goal added.</source>
        <translation>1 objectif ajouté.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="54"/>
        <source>{count} goals added.</source>
        <translation>{count} objectifs ajoutés.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="56"/>
        <source>The others were already there and are up to date.</source>
        <translation>Les autres y figuraient déjà et sont à jour.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="67"/>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="75"/>
        <source>Import coaching goals</source>
        <translation>Importer des objectifs de coaching</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="69"/>
        <source>Coaching actions files (*.json *.wbactions);;All files (*)</source>
        <translation>Fichiers d&apos;actions de coaching (*.json *.wbactions);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="83"/>
        <source>{path} could not be read ({reason}); nothing was imported.</source>
        <translation>Impossible de lire {path} ({reason}) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="115"/>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="269"/>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="288"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="120"/>
        <source>The actions you agreed with your coach. Tick one when it is done; how they went shows in your next session report.</source>
        <translation>Les actions convenues avec votre coach. Cochez-en une quand elle est faite ; leur avancement figurera dans votre prochain rapport de séance.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="125"/>
        <source>No goals yet. After a session, import the actions file your coach gives you.</source>
        <translation>Aucun objectif pour l&apos;instant. Après une séance, importez le fichier d&apos;actions que vous remet votre coach.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="140"/>
        <source>&amp;Import coaching goals…</source>
        <translation>&amp;Importer des objectifs de coaching…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="143"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="166"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="174"/>
        <source>Obstacles:</source>
        <translation>Obstacles :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="175"/>
        <source>Support:</source>
        <translation>Soutien :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="176"/>
        <source>How likely:</source>
        <translation>Probabilité :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="177"/>
        <source>Added:</source>
        <translation>Ajouté :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="243"/>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="244"/>
        <source>none said</source>
        <translation>aucun indiqué</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="246"/>
        <source>{value} out of 10</source>
        <translation>{value} sur 10</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="248"/>
        <source>not said</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="252"/>
        <source>{added}; done on {done}</source>
        <translation>{added} ; fait le {done}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="272"/>
        <source>check off a goal</source>
        <translation>le cochage d&apos;un objectif</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="272"/>
        <source>un-check a goal</source>
        <translation>le décochage d&apos;un objectif</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/goals_dialog.py" line="292"/>
        <source>delete a goal</source>
        <translation>la suppression d&apos;un objectif</translation>
    </message>
</context>
<context>
    <name>HeaderPanel</name>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="78"/>
        <source>Exhaustion index now</source>
        <translation>Indice d&apos;épuisement actuel</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="79"/>
        <source>Confidence cycle</source>
        <translation>Cercle de la confiance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="80"/>
        <source>Our side in difficult encounters</source>
        <translation>Notre part dans les échanges difficiles</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="118"/>
        <source>{value}/100</source>
        <translation>{value}/100</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="123"/>
        <source>Your weekly check-in is due: two minutes, eleven questions (Ctrl+K). It makes the index more reliable.</source>
        <translation>Votre bilan de la semaine est à faire : deux minutes, onze questions (Ctrl+K). Il rend l&apos;indice plus fiable.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="140"/>
        <source>Take care of yourself</source>
        <translation>Prenez soin de vous</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="143"/>
        <source>What could help:</source>
        <translation>Ce qui pourrait aider :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="155"/>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="156"/>
        <source>Why this signal?</source>
        <translation>Pourquoi ce signal ?</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="157"/>
        <source>A signal worth your attention</source>
        <translation>Un signal qui mérite votre attention</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="177"/>
        <source>Break the loop first at: {stage}</source>
        <translation>Casser la boucle d&apos;abord ici : {stage}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="188"/>
        <source>of {count} difficult encounters also had an irritant on our side. Trend: {trend}.</source>
        <translation>des {count} échanges difficiles comportaient aussi un irritant de notre côté. Tendance : {trend}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="196"/>
        <source>rising</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="197"/>
        <source>falling</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="198"/>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="199"/>
        <source>too few to see a trend</source>
        <translation>trop peu pour voir une tendance</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../wellbeing/ui/help_window.py" line="30"/>
        <source>Wellbeing Journal guide</source>
        <translation>Guide de Wellbeing Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/help_window.py" line="38"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/help_window.py" line="46"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="45"/>
        <source>colour of the index</source>
        <translation>couleur de l&apos;indice</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="48"/>
        <source>Why?</source>
        <translation>Pourquoi ?</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="49"/>
        <source>Why? {caption}</source>
        <translation>Pourquoi ? {caption}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/header.py" line="50"/>
        <source>The reasons behind this number, and the encounters</source>
        <translation>Les raisons de ce chiffre, et les échanges concernés</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="58"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="59"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="60"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="61"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="62"/>
        <source>What the client did</source>
        <translation>Ce que le client a fait</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="63"/>
        <source>How I felt</source>
        <translation>Ce que j&apos;ai ressenti</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="64"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="78"/>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="79"/>
        <source>Difficult</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="410"/>
        <source>Crossed your boundaries: {list}</source>
        <translation>A franchi vos limites : {list}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="426"/>
        <source>details to add</source>
        <translation>détails à compléter</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_model.py" line="428"/>
        <source>Logged quickly. Open it to add what happened, if and when you want to.</source>
        <translation>Noté rapidement. Ouvrez-le pour ajouter ce qui s&apos;est passé, si et quand vous le souhaitez.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="84"/>
        <source>Search the journal</source>
        <translation>Chercher dans le journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="85"/>
        <source>Search clients, what happened, tags… (Ctrl+F)</source>
        <translation>Chercher un client, un texte, une étiquette… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="90"/>
        <source>Difficult and positive</source>
        <translation>Difficiles et positifs</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="91"/>
        <source>Difficult only</source>
        <translation>Difficiles uniquement</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="92"/>
        <source>Positive only</source>
        <translation>Positifs uniquement</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="93"/>
        <source>From</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="94"/>
        <source>To</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="111"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="112"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="121"/>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="123"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="133"/>
        <source>Journal entries</source>
        <translation>Échanges du journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="179"/>
        <source>{name}: leave at — for no limit</source>
        <translation>{name} : laisser sur — pour ne pas limiter</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="190"/>
        <source>Restore the draft</source>
        <translation>Restaurer le brouillon</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="192"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="230"/>
        <source>Loading the journal… {percent} %</source>
        <translation>Chargement du journal… {percent} %</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="265"/>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="312"/>
        <source>Your journal is empty. Log your first encounter on the right: pick the client, set the impact, then press Ctrl+Enter.</source>
        <translation>Votre journal est vide. Notez votre premier échange à droite : choisissez le client, indiquez l&apos;impact, puis appuyez sur Ctrl+Entrée.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="316"/>
        <source>No encounter matches these filters.</source>
        <translation>Aucun échange ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="327"/>
        <source>%n encounter(s) shown of {total}</source>
        <translation>
            <numerusform>%n échange affiché sur {total}</numerusform>
            <numerusform>%n échanges affichés sur {total}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="328"/>
        <source>%n encounter(s) in the journal</source>
        <translation>
            <numerusform>%n échange dans le journal</numerusform>
            <numerusform>%n échanges dans le journal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/cli_handoff.py" line="123"/>
        <location filename="../../wellbeing/ui/journal_page.py" line="387"/>
        <source>save the encounter</source>
        <translation>l&apos;enregistrement de l&apos;échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="387"/>
        <source>edit the encounter</source>
        <translation>la modification de l&apos;échange</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="393"/>
        <source>Encounter saved. Ctrl+Z undoes it.</source>
        <translation>Échange enregistré. Ctrl+Z pour annuler.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="408"/>
        <source>delete %n encounter(s)</source>
        <translation>
            <numerusform>la suppression de %n échange</numerusform>
            <numerusform>la suppression de %n échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../wellbeing/ui/journal_page.py" line="414"/>
        <source>%n encounter(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n échange supprimé. Ctrl+Z pour le restaurer.</numerusform>
            <numerusform>%n échanges supprimés. Ctrl+Z pour les restaurer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="443"/>
        <source>an unnamed client</source>
        <translation>un client sans nom</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/journal_page.py" line="445"/>
        <source>An encounter you had not saved ({client}, {time}) was kept.</source>
        <translation>Un échange que vous n&apos;aviez pas enregistré ({client}, {time}) a été conservé.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="97"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="100"/>
        <source>Welcome to your Wellbeing Journal</source>
        <translation>Bienvenue dans votre Wellbeing Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="103"/>
        <source>A private journal of difficult client encounters and of what they cost you. A few steps set it up; you can change each of them later. First, your language:</source>
        <translation>Un journal privé de vos échanges difficiles avec des clients et de ce qu&apos;ils vous coûtent. Quelques étapes suffisent pour le préparer ; vous pourrez revenir sur chacune plus tard. D&apos;abord, votre langue :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="110"/>
        <source>Keyboard: Enter goes to the next step, Alt+B goes back, Escape skips the rest.</source>
        <translation>Clavier : Entrée passe à l&apos;étape suivante, Alt+B revient en arrière, Échap passe la suite.</translation>
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
        <location filename="../../wellbeing/ui/lock_screen.py" line="24"/>
        <source>Passphrase or recovery key</source>
        <translation>Phrase secrète ou clé de secours</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/lock_screen.py" line="27"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/lock_screen.py" line="49"/>
        <source>Wrong passphrase.</source>
        <translation>Phrase secrète incorrecte.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="121"/>
        <source>Opening your journal…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="173"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="174"/>
        <source>Insights</source>
        <translation>Analyses</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="175"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="176"/>
        <source>What my company does well</source>
        <translation>Ce que mon entreprise fait bien</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="181"/>
        <source>in memory</source>
        <translation>en mémoire</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="182"/>
        <source>Wellbeing Journal — {journal}</source>
        <translation>Wellbeing Journal — {journal}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="279"/>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler {action}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="279"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="282"/>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir {action}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="282"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="313"/>
        <source>Undone: {action}.</source>
        <translation>Annulé : {action}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="352"/>
        <source>Your week was written to {path}.</source>
        <translation>Votre semaine a été écrite dans {path}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="383"/>
        <source>Open a team folder</source>
        <translation>Ouvrir un dossier d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="434"/>
        <source>Open or create a journal</source>
        <translation>Ouvrir ou créer un journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="436"/>
        <source>Wellbeing journals (*.wbj);;All files (*)</source>
        <translation>Journaux Wellbeing (*.wbj);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="451"/>
        <source>Cannot open this journal</source>
        <translation>Impossible d&apos;ouvrir ce journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="481"/>
        <source>The daily backup failed ({error}).</source>
        <translation>La sauvegarde quotidienne a échoué ({error}).</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="508"/>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="584"/>
        <source>The current passphrase is wrong; nothing was changed.</source>
        <translation>La phrase secrète actuelle est incorrecte ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="591"/>
        <source>Passphrase changed.</source>
        <translation>Phrase secrète modifiée.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="602"/>
        <source>Remember my key on this computer</source>
        <translation>Mémoriser ma clé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="608"/>
        <source>This computer keeps the journal&apos;s key: it opens without the passphrase while your session is open. Forget the key, so that the passphrase is asked again?</source>
        <translation>Cet ordinateur garde la clé du journal : il s&apos;ouvre sans phrase secrète tant que votre session est ouverte. Oublier la clé, pour que la phrase secrète soit de nouveau demandée ?</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="616"/>
        <source>The key is no longer kept on this computer.</source>
        <translation>La clé n&apos;est plus gardée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="621"/>
        <source>The key is kept on this computer.</source>
        <translation>La clé est gardée sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="633"/>
        <source>Wrong passphrase. Try again, or type your recovery key.</source>
        <translation>Phrase secrète incorrecte. Réessayez, ou tapez votre clé de secours.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="639"/>
        <source>The journal&apos;s key can be kept in this computer&apos;s keyring, so that the app and the command line open the journal without asking for the passphrase (and without its half-second wait) while your session is open. Anyone who can use your session could then open the journal too. Off by default; you can forget the key here at any time. Type your passphrase to turn it on.</source>
        <translation>La clé du journal peut être gardée dans le trousseau de cet ordinateur : l&apos;application et la ligne de commande ouvrent alors le journal sans demander la phrase secrète (et sans sa demi-seconde d&apos;attente) tant que votre session est ouverte. Toute personne qui peut utiliser votre session pourrait alors ouvrir le journal aussi. Désactivé par défaut ; vous pouvez oublier la clé ici à tout moment. Tapez votre phrase secrète pour l&apos;activer.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="645"/>
        <source>Remember</source>
        <translation>Mémoriser</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="656"/>
        <source>Lock automatically</source>
        <translation>Verrouillage automatique</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/main_window.py" line="657"/>
        <source>Lock the journal after this many minutes without use:</source>
        <translation>Verrouiller le journal après ce nombre de minutes sans utilisation :</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="262"/>
        <location filename="../../wellbeing/ui/actions.py" line="267"/>
        <location filename="../../wellbeing/ui/actions.py" line="337"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="268"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="269"/>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="274"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="338"/>
        <source>&amp;Coachee</source>
        <translation>&amp;Coaché·e</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="263"/>
        <location filename="../../wellbeing/ui/actions.py" line="270"/>
        <location filename="../../wellbeing/ui/actions.py" line="339"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/actions.py" line="271"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="198"/>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="198"/>
        <source>Create your journal</source>
        <translation>Créer votre journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="95"/>
        <source>at least {n} characters</source>
        <translation>au moins {n} caractères</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="100"/>
        <source>Choose a new passphrase for {journal}.</source>
        <translation>Choisissez une nouvelle phrase secrète pour {journal}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="104"/>
        <source>Your journal {journal} will be encrypted on this computer. Choose a passphrase: you will type it each time you open the journal.</source>
        <translation>Votre journal {journal} sera chiffré sur cet ordinateur. Choisissez une phrase secrète : vous la taperez à chaque ouverture du journal.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="112"/>
        <source>&lt;b&gt;A forgotten passphrase cannot be recovered.&lt;/b&gt; Nobody, not even the makers of this app, can open the journal without it. You will get a recovery key to keep somewhere safe, just in case.</source>
        <translation>&lt;b&gt;Une phrase secrète oubliée ne peut pas être retrouvée.&lt;/b&gt; Personne, pas même les auteurs de cette application, ne peut ouvrir le journal sans elle. Vous recevrez une clé de secours à garder en lieu sûr, au cas où.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="120"/>
        <source>Current passphrase or recovery key</source>
        <translation>Phrase secrète actuelle ou clé de secours</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="123"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="125"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="128"/>
        <source>The same again</source>
        <translation>La même, à nouveau</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="139"/>
        <source>A passphrase needs at least {n} characters.</source>
        <translation>Une phrase secrète doit compter au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="143"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="162"/>
        <source>Strong passphrase ({score} of 4).</source>
        <translation>Phrase secrète solide ({score} sur 4).</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="166"/>
        <source>Weak: this is a common password, among the first an attacker tries. Several unrelated words, twelve characters or more, make a strong one.</source>
        <translation>Faible : c&apos;est un mot de passe courant, parmi les premiers qu&apos;un attaquant essaie. Plusieurs mots sans rapport, douze caractères ou plus, font une phrase solide.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="171"/>
        <source>Weak ({score} of 4): someone with a copy of your journal could guess it. Several unrelated words, twelve characters or more, make a strong one.</source>
        <translation>Faible ({score} sur 4) : quelqu&apos;un qui aurait une copie de votre journal pourrait la deviner. Plusieurs mots sans rapport, douze caractères ou plus, font une phrase solide.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="67"/>
        <source>Session notes</source>
        <translation>Notes de séance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="74"/>
        <source>Next note</source>
        <translation>Note suivante</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="75"/>
        <source>What was said, what to come back to next time…</source>
        <translation>Ce qui a été dit, ce qu&apos;il faudra reprendre la prochaine fois…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="78"/>
        <source>&amp;Add note</source>
        <translation>A&amp;jouter la note</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="80"/>
        <source>Add the note (Ctrl+Return)</source>
        <translation>Ajouter la note (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="87"/>
        <source>&amp;Delete note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/coach_session.py" line="91"/>
        <source>Private to you: notes never leave this workspace.</source>
        <translation>Pour vous seul·e : les notes ne quittent jamais cet espace de coaching.</translation>
    </message>
</context>
<context>
    <name>PackView</name>
    <message>
        <location filename="../../wellbeing/ui/coach_pack_view.py" line="104"/>
        <source>Import a pack, then choose a coachee and one of their periods.</source>
        <translation>Importez un dossier de séance, puis choisissez un·e coaché·e et l&apos;une de ses périodes.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="164"/>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="164"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="170"/>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="171"/>
        <source>Your journal is created, encrypted on this computer.</source>
        <translation>Votre journal est créé, chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="173"/>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="174"/>
        <source>Only you can open your journal: nobody else, ever.</source>
        <translation>Vous seul·e pouvez ouvrir votre journal : personne d&apos;autre, jamais.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/pages.py" line="177"/>
        <source>This step is the one that cannot be skipped: the journal needs a passphrase, and its recovery key must be kept safe. The rest can be set later.</source>
        <translation>C&apos;est la seule étape que l&apos;on ne peut pas passer : le journal a besoin d&apos;une phrase secrète, et sa clé de secours doit être gardée en lieu sûr. Le reste peut se régler plus tard.</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <location filename="../../wellbeing/ui/pdf_pages.py" line="74"/>
        <source>Page {number} of {count}</source>
        <translation>Page {number} sur {count}</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../wellbeing/ui/dashboard/period.py" line="79"/>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/period.py" line="80"/>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/period.py" line="81"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/period.py" line="82"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/period.py" line="83"/>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/period.py" line="87"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/period.py" line="88"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/period.py" line="90"/>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/period.py" line="91"/>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
</context>
<context>
    <name>PrepareDialog</name>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="94"/>
        <source>Prepare the next contact with {client}</source>
        <translation>Préparer le prochain contact avec {client}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="106"/>
        <source>Before your next contact with {client}</source>
        <translation>Avant votre prochain contact avec {client}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="113"/>
        <source>Take a moment. You do not have to answer everything on the spot: “Let me check and come back to you” is a complete answer.</source>
        <translation>Prenez un moment. Vous n&apos;avez pas à tout régler sur-le-champ : « Je vérifie et je reviens vers vous » est une réponse complète.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="128"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="129"/>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="147"/>
        <source>Cancel the plan</source>
        <translation>Annuler ce contact</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="148"/>
        <source>Remove the planned contact; Ctrl+Z brings it back</source>
        <translation>Retirer le contact prévu ; Ctrl+Z le rétablit</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="154"/>
        <source>Date and time of the next contact</source>
        <translation>Date et heure du prochain contact</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="155"/>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="279"/>
        <source>Save the plan</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="157"/>
        <source>Plan the next contact at this date and time; Ctrl+Z undoes it</source>
        <translation>Prévoir le prochain contact à cette date et cette heure ; Ctrl+Z l&apos;annule</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="161"/>
        <source>Next contact:</source>
        <translation>Prochain contact :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="174"/>
        <source>Plan the next contact</source>
        <translation>Prévoir le prochain contact</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="188"/>
        <source>Where things stand</source>
        <translation>Où en est la relation</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="193"/>
        <source>What happened recently</source>
        <translation>Ce qui s&apos;est passé récemment</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="199"/>
        <source>No crossed limit or disrespect recorded with this client lately.</source>
        <translation>Aucune limite franchie ni aucun manque de respect consigné récemment avec ce client.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="201"/>
        <source>Your limits, to hold calmly</source>
        <translation>Vos limites, à tenir calmement</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="203"/>
        <source>No limits set yet.</source>
        <translation>Aucune limite définie pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="204"/>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="246"/>
        <source>The message you saved</source>
        <translation>Le message que vous avez enregistré</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="211"/>
        <source>The advice is to keep this relationship as it is.</source>
        <translation>Le conseil : garder cette relation telle qu&apos;elle est.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="212"/>
        <source>The advice is to keep an eye on this relationship.</source>
        <translation>Le conseil : garder un œil sur cette relation.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="214"/>
        <source>The advice is to reframe this relationship: state your limits, in writing.</source>
        <translation>Le conseil : recadrer cette relation, en posant vos limites par écrit.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="216"/>
        <source>The advice is to consider ending this relationship.</source>
        <translation>Le conseil : envisager de mettre fin à cette relation.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="218"/>
        <source>No advice yet for this client.</source>
        <translation>Pas encore de conseil pour ce client.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="234"/>
        <source>No message saved yet. The message builder (Reframe) helps you write one.</source>
        <translation>Pas encore de message enregistré. L&apos;aide à la rédaction (Recadrer) vous aide à en écrire un.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="241"/>
        <source>Saved on {date}</source>
        <translation>Enregistré le {date}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="275"/>
        <source>No contact planned.</source>
        <translation>Aucun contact prévu.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="281"/>
        <source>Planned: {when}.</source>
        <translation>Prévu : {when}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="284"/>
        <source>Move the plan</source>
        <translation>Déplacer le contact</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="322"/>
        <source>Plan a contact with {client}</source>
        <translation>Prévoir un contact avec {client}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="329"/>
        <source>Contact planned for {when}. Ctrl+Z undoes it.</source>
        <translation>Contact prévu le {when}. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="345"/>
        <source>Cancel the contact planned with {client}</source>
        <translation>Annuler le contact prévu avec {client}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_dialog.py" line="350"/>
        <source>Plan cancelled. Ctrl+Z brings it back.</source>
        <translation>Contact prévu annulé. Ctrl+Z le rétablit.</translation>
    </message>
</context>
<context>
    <name>PrepareSessionDialog</name>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="127"/>
        <source>Prepare a coaching session</source>
        <translation>Préparer une séance de coaching</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="157"/>
        <source>Choose exactly what your coach will see. Nothing else leaves: clients are Client A, B… unless you choose their names, and no text of yours is included unless you tick it.</source>
        <translation>Choisissez exactement ce que votre coach verra. Rien d&apos;autre n&apos;est transmis : les clients deviennent Client A, B… sauf si vous choisissez leurs vrais noms, et aucun de vos textes n&apos;est inclus si vous ne le cochez pas.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="181"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="183"/>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="191"/>
        <source>Last &amp;4 weeks</source>
        <translation>&amp;4 dernières semaines</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="192"/>
        <source>Last 3 &amp;months</source>
        <translation>3 derniers &amp;mois</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="193"/>
        <source>Since the last pac&amp;k</source>
        <translation>Depuis le dernier d&amp;ossier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="218"/>
        <source>C&amp;lients shown</source>
        <translation>C&amp;lients inclus</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="220"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="221"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="228"/>
        <source>Use &amp;real client names</source>
        <translation>Utiliser les &amp;vrais noms des clients</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="230"/>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="466"/>
        <source>Off: your coach reads Client A, Client B…</source>
        <translation>Désactivé : votre coach lit Client A, Client B…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="235"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="239"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="252"/>
        <source>&amp;Encounters whose text to include</source>
        <translation>Échanges dont inclure le &amp;texte</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="254"/>
        <source>No encounter of this period has a text.</source>
        <translation>Aucun échange de cette période ne comporte de texte.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="257"/>
        <source>e.g. Martin, Sophie</source>
        <translation>p. ex. Martin, Sophie</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="259"/>
        <source>Re&amp;dact names:</source>
        <translation>Masquer des &amp;noms :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="265"/>
        <source>Words separated by commas, replaced by […] in the texts you chose.</source>
        <translation>Mots séparés par des virgules, remplacés par […] dans les textes choisis.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="279"/>
        <source>The chosen texts as your coach will read them:</source>
        <translation>Les textes choisis, tels que votre coach les lira :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="300"/>
        <source>Everything the pack holds</source>
        <translation>Tout ce que contient le dossier de séance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="326"/>
        <source>&amp;Seal the pack with a one-time code</source>
        <translation>&amp;Sceller le dossier avec un code à usage unique</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="336"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="346"/>
        <source>Tell this code to your coach in person, never with the file: without it, the pack cannot be opened.</source>
        <translation>Donnez ce code à votre coach de vive voix, jamais avec le fichier : sans lui, le dossier ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="365"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="368"/>
        <source>&amp;Preview…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="372"/>
        <source>Save &amp;report PDF…</source>
        <translation>Enregistrer le rapport &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="375"/>
        <source>Save &amp;pack…</source>
        <translation>Enregistrer le &amp;dossier de séance…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="464"/>
        <source>On: your coach reads the clients&apos; names as you wrote them.</source>
        <translation>Activé : votre coach lit les noms des clients tels que vous les avez écrits.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="495"/>
        <source>No text of yours will leave.</source>
        <translation>Aucun de vos textes ne sera transmis.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="569"/>
        <source>The report: {count} pages, {first} to {last}</source>
        <translation>Le rapport : {count} pages, du {first} au {last}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="593"/>
        <source>Nothing else: no other text, no encounter ids, no client you left out.</source>
        <translation>Rien d&apos;autre : aucun autre texte, aucun identifiant d&apos;échange, aucun client que vous avez exclu.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="610"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="614"/>
        <source>coaching-session-{date}</source>
        <translation>séance-de-coaching-{date}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="622"/>
        <source>Save the session report</source>
        <translation>Enregistrer le rapport de séance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="624"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="636"/>
        <source>The report was saved to {path}.</source>
        <translation>Le rapport a été enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="643"/>
        <source>Save the session pack</source>
        <translation>Enregistrer le dossier de séance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="645"/>
        <source>Session packs (*.{suffix});;All files (*)</source>
        <translation>Dossiers de séance (*.{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="659"/>
        <source>The pack was saved to {path}.</source>
        <translation>Le dossier de séance a été enregistré dans {path}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="661"/>
        <source>It opens only with the code above.</source>
        <translation>Il ne s&apos;ouvre qu&apos;avec le code ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/prepare_session_dialog.py" line="674"/>
        <source>{path} could not be written ({reason}); nothing was written.</source>
        <translation>Impossible d&apos;écrire {path} ({reason}) ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../wellbeing/ui/qt_dialogs.py" line="15"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/qt_dialogs.py" line="16"/>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/qt_dialogs.py" line="17"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/qt_dialogs.py" line="18"/>
        <source>%1 File</source>
        <translation>Fichier %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../wellbeing/ui/qt_dialogs.py" line="33"/>
        <source>Look in:</source>
        <translation>Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/qt_dialogs.py" line="35"/>
        <source>Files of type:</source>
        <translation>Fichiers de type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="363"/>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="290"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="291"/>
        <source>Save to a file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="292"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="294"/>
        <source>I have put my recovery key somewhere safe</source>
        <translation>J&apos;ai mis ma clé de secours en lieu sûr</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="283"/>
        <source>If you ever forget your passphrase, this recovery key opens the journal instead. Print it or save it away from this computer: anyone who has it can read your journal.</source>
        <translation>Si vous oubliez un jour votre phrase secrète, cette clé de secours ouvre le journal à sa place. Imprimez-la ou conservez-la ailleurs que sur cet ordinateur : quiconque la possède peut lire votre journal.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="300"/>
        <source>Wellbeing Journal recovery key: {key}</source>
        <translation>Clé de secours de Wellbeing Journal : {key}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="312"/>
        <source>✓ Copied. Paste it somewhere safe away from this computer, then copy something else so that it does not stay in the clipboard.</source>
        <translation>✓ Copiée. Collez-la en lieu sûr, hors de cet ordinateur, puis copiez autre chose pour qu&apos;elle ne reste pas dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="322"/>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de secours</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="330"/>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="336"/>
        <source>✓ Saved to {path}.</source>
        <translation>✓ Enregistrée dans {path}.</translation>
    </message>
</context>
<context>
    <name>ReframeDialog</name>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="81"/>
        <source>Reframe the relationship with {client}</source>
        <translation>Recadrer la relation avec {client}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="93"/>
        <source>A first draft from your journal and your boundaries: facts, how they affect your work, what you expect from now on, what happens if it continues. Change anything; the message is yours, and nothing is sent from here.</source>
        <translation>Un premier jet tiré de votre journal et de vos limites : les faits, leur effet sur votre travail, ce que vous attendez désormais, ce qui se passera si cela continue. Modifiez ce que vous voulez : le message est le vôtre, et rien n&apos;est envoyé d&apos;ici.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="114"/>
        <source>No crossed limit or disrespect recorded with this client since {date}: the draft states your limits only.</source>
        <translation>Aucune limite franchie ni aucun manque de respect consigné avec ce client depuis le {date} : le brouillon rappelle seulement vos limites.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="118"/>
        <source>Incidents this draft is built from (crossed limits or disrespect since {date}, the most recent five at most): {count}.</source>
        <translation>Incidents à partir desquels ce brouillon est rédigé (limites franchies ou manques de respect depuis le {date}, les cinq plus récents au plus) : {count}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="124"/>
        <source>1. What happened (facts only)</source>
        <translation>1. Ce qui s&apos;est passé (les faits seulement)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="125"/>
        <source>2. How it affects my work</source>
        <translation>2. L&apos;effet sur mon travail</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="126"/>
        <source>3. What I expect from now on</source>
        <translation>3. Ce que j&apos;attends désormais</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="127"/>
        <source>4. What happens if it continues</source>
        <translation>4. Ce qui se passera si cela continue</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="130"/>
        <source>Dates and what was said or done, without judging</source>
        <translation>Les dates et ce qui a été dit ou fait, sans jugement</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="131"/>
        <source>In “I” terms: what it does to your work</source>
        <translation>En « je » : ce que cela fait à votre travail</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="132"/>
        <source>Your limits: hours, channels, response time, scope</source>
        <translation>Vos limites : horaires, canaux, délai de réponse, périmètre</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="133"/>
        <source>A calm, realistic next step</source>
        <translation>Une suite calme et réaliste</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="153"/>
        <source>Preview of the whole message</source>
        <translation>Aperçu du message complet</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="155"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="160"/>
        <source>Copy to clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="162"/>
        <source>Copy the whole message, to paste it into your email (Ctrl+Enter)</source>
        <translation>Copier le message complet, pour le coller dans votre e-mail (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="165"/>
        <source>Save message</source>
        <translation>Enregistrer le message</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="167"/>
        <source>Keep this message in the client&apos;s history (Ctrl+S); Ctrl+Z undoes it</source>
        <translation>Garder ce message dans l&apos;historique du client (Ctrl+S) ; Ctrl+Z l&apos;annule</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="170"/>
        <source>Mark as reframed today</source>
        <translation>Noter le recadrage aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="174"/>
        <source>Record that you stated your limits today: the message is saved and the advice checks in a few weeks whether it worked. Ctrl+Z undoes it.</source>
        <translation>Noter que vous avez posé vos limites aujourd&apos;hui : le message est enregistré et le conseil vérifiera dans quelques semaines si cela a fonctionné. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="179"/>
        <source>Start again</source>
        <translation>Repartir du brouillon</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="180"/>
        <source>Put back the draft built from your journal</source>
        <translation>Remettre le brouillon tiré de votre journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="182"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="183"/>
        <source>Close (Escape); asks first if the message was changed</source>
        <translation>Fermer (Échap) ; demande d’abord si le message a été modifié</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="224"/>
        <source>Close without keeping your changes to the message? Copy or save it first to keep it.</source>
        <translation>Fermer sans garder vos modifications du message ? Copiez-le ou enregistrez-le d’abord pour le garder.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="230"/>
        <source>Copied. Paste it into your email or message to send it.</source>
        <translation>Copié. Collez-le dans votre e-mail ou votre message pour l&apos;envoyer.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="244"/>
        <source>Save a message for {client}</source>
        <translation>Enregistrer un message pour {client}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="250"/>
        <source>Message saved in the client&apos;s history. Ctrl+Z undoes it.</source>
        <translation>Message enregistré dans l&apos;historique du client. Ctrl+Z l&apos;annule.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="272"/>
        <source>Reframe {client}</source>
        <translation>Recadrer {client}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="279"/>
        <source>Reframed today</source>
        <translation>Recadré aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reframe_dialog.py" line="283"/>
        <source>{client} is marked as reframed today and the message is saved. The advice will check in a few weeks whether it worked. Ctrl+Z undoes it.</source>
        <translation>Le recadrage de {client} est noté aujourd&apos;hui et le message est enregistré. Le conseil vérifiera dans quelques semaines si cela a fonctionné. Ctrl+Z l&apos;annule.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsDialog</name>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="154"/>
        <source>Reminder settings</source>
        <translation>Réglages des rappels</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="158"/>
        <source>An end-of-day nudge, to log or just to breathe</source>
        <translation>Un petit signe en fin de journée, pour noter ou simplement souffler</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="159"/>
        <source>The weekly check-in</source>
        <translation>Le bilan de la semaine</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="161"/>
        <source>Looking back on a reframed client relationship</source>
        <translation>Le point sur une relation client recadrée</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="163"/>
        <source>Goals agreed with a coach, when due</source>
        <translation>Les objectifs convenus avec un coach, à leur échéance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="164"/>
        <source>Planned client contacts, the day before</source>
        <translation>Les contacts prévus avec des clients, la veille</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="177"/>
        <source>Time of the end-of-day nudge</source>
        <translation>Heure du petit signe de fin de journée</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="180"/>
        <source>At:</source>
        <translation>À :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="183"/>
        <source>Reminders show in the status bar and in Journal → Reminders…; when the app is in the background, as a notification that says nothing while the journal is locked. None of them counts missed days.</source>
        <translation>Les rappels s&apos;affichent dans la barre d&apos;état et dans Journal → Rappels… ; quand l&apos;application est en arrière-plan, sous forme de notification, qui ne dit rien tant que le journal est verrouillé. Aucun ne compte les jours manqués.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="190"/>
        <source>Turn all &amp;off</source>
        <translation>Tout &amp;désactiver</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../wellbeing/ui/reminders_center.py" line="75"/>
        <source>yesterday at {time}</source>
        <translation>hier à {time}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_center.py" line="77"/>
        <source>today at {time}</source>
        <translation>aujourd&apos;hui à {time}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_center.py" line="79"/>
        <source>tomorrow at {time}</source>
        <translation>demain à {time}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_center.py" line="80"/>
        <source>Contact with {client} {when}: prepare</source>
        <translation>Contact avec {client} {when} : le préparer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_center.py" line="84"/>
        <source>A goal you agreed is due: {what}</source>
        <translation>Un objectif convenu arrive à échéance : {what}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_center.py" line="88"/>
        <source>You reframed things with {client} {weeks} weeks ago: see whether it helped</source>
        <translation>Vous avez recadré {client} il y a {weeks} semaines : voyez si cela a aidé</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_center.py" line="93"/>
        <source>Weekly check-in due</source>
        <translation>Bilan de la semaine à faire</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_center.py" line="94"/>
        <source>End of the day: anything to set down? Or just take a breath.</source>
        <translation>Fin de journée : quelque chose à noter ? Ou simplement souffler un peu.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_center.py" line="102"/>
        <source>Wellbeing Journal has a reminder.</source>
        <translation>Wellbeing Journal a un rappel pour vous.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_center.py" line="213"/>
        <source>Wellbeing Journal</source>
        <translation>Wellbeing Journal</translation>
    </message>
</context>
<context>
    <name>RemindersBar</name>
    <message>
        <location filename="../../wellbeing/ui/reminders_bar.py" line="48"/>
        <source>Weekly check-in due</source>
        <translation>Bilan de la semaine à faire</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_bar.py" line="50"/>
        <source>Two minutes, eleven questions (Ctrl+K)</source>
        <translation>Deux minutes, onze questions (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_bar.py" line="64"/>
        <source>Not now (until tomorrow)</source>
        <translation>Pas maintenant (jusqu&apos;à demain)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_bar.py" line="65"/>
        <source>Set this reminder aside until tomorrow</source>
        <translation>Mettre ce rappel de côté jusqu&apos;à demain</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_bar.py" line="70"/>
        <source>Reminders…</source>
        <translation>Rappels…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_bar.py" line="72"/>
        <source>Every reminder: snooze, dismiss or turn them off</source>
        <translation>Tous les rappels : les reporter, les écarter ou les désactiver</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="71"/>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="78"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="81"/>
        <source>Nothing to be reminded of right now.</source>
        <translation>Aucun rappel pour le moment.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="86"/>
        <source>Reminders are there to help, not to keep score: snooze or dismiss any of them, or turn them off in Settings.</source>
        <translation>Les rappels sont là pour aider, pas pour compter les points : reportez ou écartez celui que vous voulez, ou désactivez-les dans Réglages.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="92"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="94"/>
        <source>Until &amp;tomorrow</source>
        <translation>Jusqu&apos;à &amp;demain</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="96"/>
        <source>Until &amp;next week</source>
        <translation>Jusqu&apos;à la semaine &amp;prochaine</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="98"/>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/reminders_dialog.py" line="106"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <location filename="../../wellbeing/ui/session_fields.py" line="25"/>
        <source>A random id for this journal (never your name): {id}…</source>
        <translation>Un identifiant aléatoire de ce journal (jamais votre nom) : {id}…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/session_fields.py" line="31"/>
        <source>The period: {first} to {last}; prepared on {made}</source>
        <translation>La période : du {first} au {last} ; préparé le {made}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/session_fields.py" line="41"/>
        <source>Sections: {sections}</source>
        <translation>Sections : {sections}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/session_fields.py" line="43"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/session_fields.py" line="51"/>
        <source>The exhaustion index at the start and the end of the period, its band</source>
        <translation>L&apos;indice d&apos;épuisement au début et à la fin de la période, sa couleur</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/session_fields.py" line="61"/>
        <source>The exhaustion index day by day: {count} points (the index, its averages, its parts, the days flagged)</source>
        <translation>L&apos;indice d&apos;épuisement jour par jour : {count} points (l&apos;indice, ses moyennes, ses composantes, les jours signalés)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/session_fields.py" line="73"/>
        <source>The confidence cycle: {count} weekly points for each of its four stages, and what it means in words</source>
        <translation>Le cycle de confiance : {count} points hebdomadaires pour chacune de ses quatre étapes, et ce qu&apos;il signifie en mots</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/session_fields.py" line="85"/>
        <source>Irritants on our side: how often each came up, {count} points of their share over time, and what it means in words</source>
        <translation>Irritants de notre côté : combien de fois chacun est apparu, {count} points de leur part dans le temps, et ce que cela signifie en mots</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/session_fields.py" line="96"/>
        <source>Client advice: each client as the coach reads it, with its reasons</source>
        <translation>Conseils par client : chaque client tel que le coach le lira, avec ses raisons</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/session_fields.py" line="106"/>
        <source>The load of each client over the period</source>
        <translation>La charge de chaque client sur la période</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/session_fields.py" line="115"/>
        <source>Check-ins: {count} (their dates, strain and wellbeing scores)</source>
        <translation>Points hebdomadaires : {count} (leurs dates, leurs scores de tension et de bien-être)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/session_fields.py" line="124"/>
        <source>Goals: {count} (what, by when, done on)</source>
        <translation>Objectifs : {count} (quoi, pour quand, atteint le)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/session_fields.py" line="133"/>
        <source>Texts you chose: {count}</source>
        <translation>Textes choisis : {count}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/session_fields.py" line="137"/>
        <source>No text of yours</source>
        <translation>Aucun de vos textes</translation>
    </message>
</context>
<context>
    <name>SettingsButtons</name>
    <message>
        <location filename="../../wellbeing/ui/widgets/settings_buttons.py" line="23"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/settings_buttons.py" line="26"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/settings_buttons.py" line="28"/>
        <source>Restore defaults</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>StrengthsPage</name>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="133"/>
        <source>What does your company do well?</source>
        <translation>Qu&apos;est-ce que votre entreprise fait bien ?</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="150"/>
        <source>What my company does well. Complaints are loud and successes are quiet: this list is shown back to you when your confidence in your company drops.</source>
        <translation>Ce que mon entreprise fait bien. Les réclamations font du bruit, les réussites passent inaperçues : cette liste vous est rappelée quand votre confiance dans votre entreprise baisse.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="156"/>
        <source>What my company does well</source>
        <translation>Ce que mon entreprise fait bien</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="171"/>
        <source>Nothing here yet. Add a first strength, such as “our deliveries arrive on time”.</source>
        <translation>Rien pour l&apos;instant. Ajoutez un premier point fort, par exemple «&#xa0;nos livraisons arrivent à l&apos;heure&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="181"/>
        <source>Add a strength</source>
        <translation>Ajouter un point fort</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="182"/>
        <source>Add a strength (Insert)</source>
        <translation>Ajouter un point fort (Inser)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="184"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="185"/>
        <source>Remove the selected strength (Delete); Ctrl+Z brings it back</source>
        <translation>Retirer le point fort sélectionné (Suppr) ; Ctrl+Z pour le restaurer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="236"/>
        <source>add a strength</source>
        <translation>l&apos;ajout d&apos;un point fort</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="257"/>
        <source>edit a strength</source>
        <translation>la modification d&apos;un point fort</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="271"/>
        <source>remove a strength</source>
        <translation>le retrait d&apos;un point fort</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/strengths_page.py" line="276"/>
        <source>Strength removed. Ctrl+Z brings it back.</source>
        <translation>Point fort retiré. Ctrl+Z pour le restaurer.</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="48"/>
        <source>withheld</source>
        <translation>masqué</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="57"/>
        <source>no week could be shown</source>
        <translation>aucune semaine montrable</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="59"/>
        <source>{shown} of {total} weeks</source>
        <translation>{shown} semaines sur {total}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="62"/>
        <source>{shown} weeks</source>
        <translation>{shown} semaines</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="67"/>
        <source>too close to a view shown</source>
        <translation>trop proche d&apos;une vue montrée</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="69"/>
        <source>fewer than {minimum}</source>
        <translation>moins de {minimum}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="73"/>
        <source>shown; {count} held back</source>
        <translation>montrée ; {count} en attente</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="76"/>
        <source>shown</source>
        <translation>montrée</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="96"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="97"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="98"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="130"/>
        <source>People who contributed on an average week of the month.</source>
        <translation>Personnes ayant contribué, en moyenne par semaine du mois.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="134"/>
        <source>Nothing is shown for this period, not even how many contributed.</source>
        <translation>Rien n&apos;est montré pour cette période, pas même le nombre de contributions.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="137"/>
        <source>People whose contributions the figures cover.</source>
        <translation>Personnes dont les contributions sont comptées dans les chiffres.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="185"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_model.py" line="186"/>
        <source>Why it was not counted</source>
        <translation>Pourquoi il n&apos;est pas compté</translation>
    </message>
</context>
<context>
    <name>TeamWindow</name>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="130"/>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="133"/>
        <source>Nothing is shown for a period with fewer contributors than this. It can be raised, never set below {minimum}.</source>
        <translation>Rien n&apos;est montré pour une période comptant moins de contributeurs que cela. Ce minimum peut être relevé, jamais descendre sous {minimum}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="138"/>
        <source>Minimum &amp;group:</source>
        <translation>&amp;Groupe minimum :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="170"/>
        <location filename="../../wellbeing/ui/team_window.py" line="190"/>
        <source>Periods</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="178"/>
        <location filename="../../wellbeing/ui/team_window.py" line="191"/>
        <source>Rejected files</source>
        <translation>Fichiers refusés</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="206"/>
        <source>Estimates from randomised answers, with their 90 % intervals. They describe the team, never one person: never use them to judge anyone.</source>
        <translation>Estimations tirées de réponses randomisées, avec leurs intervalles à 90 %. Elles décrivent l&apos;équipe, jamais une personne : ne vous en servez jamais pour juger quelqu&apos;un.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="224"/>
        <source>Exhaustion</source>
        <translation>Épuisement</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="225"/>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="226"/>
        <source>Irritants</source>
        <translation>Irritants</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="230"/>
        <source>Exhaustion over time</source>
        <translation>Épuisement dans le temps</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="231"/>
        <source>Signals over time</source>
        <translation>Signaux dans le temps</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="232"/>
        <source>Irritants of the period</source>
        <translation>Irritants de la période</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="249"/>
        <source>Team {team}</source>
        <translation>Équipe {team}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="249"/>
        <source>Team folder</source>
        <translation>Dossier d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="254"/>
        <source>Team view — {name}</source>
        <translation>Vue d&apos;équipe — {name}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="280"/>
        <location filename="../../wellbeing/ui/team_window.py" line="285"/>
        <source>Cannot read this team folder</source>
        <translation>Impossible de lire ce dossier d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="286"/>
        <source>{folder} cannot be read ({reason}).</source>
        <translation>{folder} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="295"/>
        <source>None of these files is counted. Select one to read why in full.</source>
        <translation>Aucun de ces fichiers n&apos;est compté. Sélectionnez-en un pour lire pourquoi en entier.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="297"/>
        <source>Every contribution file in the folder was read.</source>
        <translation>Tous les fichiers de contribution du dossier ont été lus.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="301"/>
        <source>Rejected files ({count})</source>
        <translation>Fichiers refusés ({count})</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="306"/>
        <source>Files not counted: {count}; see Rejected files.</source>
        <translation>Fichiers non comptés : {count} ; voir Fichiers refusés.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="341"/>
        <source>Open a team folder</source>
        <translation>Ouvrir un dossier d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="377"/>
        <source>Nothing is shown: no week of this month had at least {minimum} contributors that could be shown.</source>
        <translation>Rien n&apos;est montré : aucune semaine de ce mois n&apos;a pu être montrée avec au moins {minimum} contributeurs.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="388"/>
        <source>Weeks of this month left out, as nothing could be shown for them: {count}.</source>
        <translation>Semaines de ce mois laissées de côté, car rien ne pouvait en être montré : {count}.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="396"/>
        <source>No period</source>
        <translation>Aucune période</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="398"/>
        <source>This folder holds no contribution that can be counted yet.</source>
        <translation>Ce dossier ne contient encore aucune contribution qui puisse être comptée.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="453"/>
        <source>Nothing is shown for this period.</source>
        <translation>Rien n&apos;est montré pour cette période.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="477"/>
        <source>Export the team report</source>
        <translation>Exporter le rapport d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="479"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="495"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/team_window.py" line="501"/>
        <source>The team report was written to {path}.</source>
        <translation>Le rapport d&apos;équipe a été écrit dans {path}.</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="131"/>
        <source>Advice thresholds</source>
        <translation>Seuils des conseils</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="143"/>
        <source>Weeks the advice looks back</source>
        <translation>Semaines prises en compte par le conseil</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="144"/>
        <source>The advice reads the encounters of these last weeks, up to today.</source>
        <translation>Le conseil lit les échanges de ces dernières semaines, jusqu&apos;à aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="147"/>
        <source>Encounters needed for advice</source>
        <translation>Échanges nécessaires pour un conseil</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="148"/>
        <source>With fewer encounters than this in those weeks, no advice is given.</source>
        <translation>Avec moins d&apos;échanges que cela sur ces semaines, aucun conseil n&apos;est donné.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="151"/>
        <source>Different weeks needed for advice</source>
        <translation>Semaines différentes nécessaires pour un conseil</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="152"/>
        <source>With encounters in fewer different weeks than this, no advice.</source>
        <translation>Si les échanges tombent sur moins de semaines différentes que cela, pas de conseil.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="155"/>
        <source>Watch from this share of difficult encounters</source>
        <translation>Surveiller à partir de cette part d&apos;échanges difficiles</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="156"/>
        <source>Share of the client&apos;s encounters that were difficult.</source>
        <translation>Part des échanges avec ce client qui ont été difficiles.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="159"/>
        <source>Watch from this mean impact</source>
        <translation>Surveiller à partir de cet impact moyen</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="160"/>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="179"/>
        <source>Mean impact of the difficult encounters, on the 0–10 scale.</source>
        <translation>Impact moyen des échanges difficiles, sur l&apos;échelle de 0 à 10.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="163"/>
        <source>Watch after one encounter this hard</source>
        <translation>Surveiller après un seul échange aussi dur</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="164"/>
        <source>One difficult encounter at this impact or more is enough to watch.</source>
        <translation>Un seul échange difficile à cet impact ou plus suffit pour surveiller.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="167"/>
        <source>Watch from this many disrespectful encounters</source>
        <translation>Surveiller à partir de ce nombre d&apos;échanges irrespectueux</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="168"/>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="183"/>
        <source>Encounters with rudeness, contempt, insults, shouting or threats.</source>
        <translation>Échanges avec impolitesse, mépris, insultes, cris ou menaces.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="171"/>
        <source>Watch from this many encounters crossing a limit</source>
        <translation>Surveiller à partir de ce nombre d&apos;échanges franchissant une limite</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="173"/>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="192"/>
        <source>Encounters crossing a limit you set: working hours, days off, channels, scope or agreed terms.</source>
        <translation>Échanges qui franchissent une limite que vous avez fixée : horaires, jours de repos, canaux, périmètre ou conditions convenues.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="178"/>
        <source>Reframe from this mean impact</source>
        <translation>Recadrer à partir de cet impact moyen</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="182"/>
        <source>Reframe from this many disrespectful encounters</source>
        <translation>Recadrer à partir de ce nombre d&apos;échanges irrespectueux</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="186"/>
        <source>Reframe from this many threatening encounters</source>
        <translation>Recadrer à partir de ce nombre d&apos;échanges menaçants</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="187"/>
        <source>Encounters in which the client threatened you.</source>
        <translation>Échanges au cours desquels le client vous a menacé·e.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="190"/>
        <source>Reframe from this many encounters crossing a limit</source>
        <translation>Recadrer à partir de ce nombre d&apos;échanges franchissant une limite</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="197"/>
        <source>…and in at least this share of encounters</source>
        <translation>…et dans au moins cette part des échanges</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="199"/>
        <source>Crossings only call for reframing when they are a pattern: this share of the client&apos;s encounters or more.</source>
        <translation>Les franchissements n&apos;appellent un recadrage que s&apos;ils se répètent : au moins cette part des échanges avec ce client.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="204"/>
        <source>Dethrone at once from this many threats or insults</source>
        <translation>Détrôner d&apos;emblée à partir de ce nombre de menaces ou d&apos;insultes</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="206"/>
        <source>Encounters with threats or insults that justify ending the relationship without reframing it first.</source>
        <translation>Échanges avec menaces ou insultes qui justifient de mettre fin à la relation sans recadrage préalable.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="211"/>
        <source>Encounters needed to judge a trend</source>
        <translation>Échanges nécessaires pour juger d&apos;une tendance</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="213"/>
        <source>Each half of the weeks read needs this many encounters before the advice says whether things are getting worse.</source>
        <translation>Chaque moitié des semaines lues doit compter ce nombre d&apos;échanges avant que le conseil ne dise si la situation s&apos;aggrave.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="218"/>
        <source>Change of the difficult share that counts</source>
        <translation>Variation de la part d&apos;échanges difficiles qui compte</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="220"/>
        <source>Change of the share of difficult encounters, in points, that counts as worse or better.</source>
        <translation>Variation de la part d&apos;échanges difficiles, en points, qui compte comme une aggravation ou une amélioration.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="225"/>
        <source>Change of the mean impact that counts</source>
        <translation>Variation de l&apos;impact moyen qui compte</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="226"/>
        <source>Change of the mean impact that counts as worse or better.</source>
        <translation>Variation de l&apos;impact moyen qui compte comme une aggravation ou une amélioration.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="229"/>
        <source>Change of limits crossed per encounter that counts</source>
        <translation>Variation des limites franchies par échange qui compte</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="231"/>
        <source>Change of boundary violations per encounter that counts as worse or better.</source>
        <translation>Variation des limites franchies par échange qui compte comme une aggravation ou une amélioration.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="235"/>
        <source>Change of disrespect per encounter that counts</source>
        <translation>Variation des manques de respect par échange qui compte</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="237"/>
        <source>After a reframing: change of the share of disrespectful encounters (0 to 1) that counts.</source>
        <translation>Après un recadrage : variation de la part d&apos;échanges irrespectueux (de 0 à 1) qui compte.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="242"/>
        <source>Change of difficult encounters per week that counts</source>
        <translation>Variation des échanges difficiles par semaine qui compte</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="244"/>
        <source>After a reframing: five difficult encounters a week, then one, is a reframing that worked even if each weighs the same.</source>
        <translation>Après un recadrage : cinq échanges difficiles par semaine, puis un seul, c&apos;est un recadrage qui a fonctionné, même si chacun pèse autant.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="249"/>
        <source>Weeks before judging a reframing</source>
        <translation>Semaines avant de juger un recadrage</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="251"/>
        <source>After a reframing, these weeks are compared with the same number of weeks before it, to say whether it worked.</source>
        <translation>Après un recadrage, ces semaines sont comparées au même nombre de semaines avant lui, pour dire s&apos;il a fonctionné.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="256"/>
        <source>Emotional cost above the revenue that counts</source>
        <translation>Coût émotionnel au-delà du chiffre d&apos;affaires qui compte</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="258"/>
        <source>Points by which a client&apos;s share of your emotional load may exceed their share of your revenue.</source>
        <translation>Points dont la part d&apos;un client dans votre charge émotionnelle peut dépasser sa part de votre chiffre d&apos;affaires.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="263"/>
        <source>Revenue share from which saying no feels risky</source>
        <translation>Part du chiffre d&apos;affaires à partir de laquelle dire non semble risqué</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="264"/>
        <source>From this share of your revenue, the advice adds a dependency warning.</source>
        <translation>À partir de cette part de votre chiffre d&apos;affaires, le conseil ajoute une alerte de dépendance.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="270"/>
        <source>How much the advice reads</source>
        <translation>Ce que le conseil prend en compte</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="271"/>
        <source>When to watch</source>
        <translation>Quand surveiller</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="272"/>
        <source>When to reframe</source>
        <translation>Quand recadrer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="273"/>
        <source>When to dethrone</source>
        <translation>Quand détrôner</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="274"/>
        <source>Trends and the reframing follow-up</source>
        <translation>Tendances et suivi du recadrage</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="275"/>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="280"/>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="281"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="282"/>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="283"/>
        <source> /10</source>
        <translation> /10</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="289"/>
        <source>The advice climbs from keep to watch, reframe and dethrone as these figures are reached. Hover over a setting to read what it counts.</source>
        <translation>Le conseil passe de garder à surveiller, recadrer puis détrôner à mesure que ces valeurs sont atteintes. Survolez un réglage pour lire ce qu&apos;il compte.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="362"/>
        <source>Save these thresholds (Ctrl+Enter)</source>
        <translation>Enregistrer ces seuils (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="363"/>
        <source>Fill in the defaults; nothing is saved yet</source>
        <translation>Remplir avec les valeurs par défaut ; rien n&apos;est encore enregistré</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="408"/>
        <source>“{high}” cannot be below “{low}”.</source>
        <translation>« {high} » ne peut pas être inférieur à « {low} ».</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/thresholds_dialog.py" line="438"/>
        <source>Change advice thresholds</source>
        <translation>la modification des seuils des conseils</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../wellbeing/ui/client_timeline_model.py" line="43"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_timeline_model.py" line="44"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_timeline_model.py" line="45"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_timeline_model.py" line="46"/>
        <source>Limits crossed</source>
        <translation>Limites franchies</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_timeline_model.py" line="47"/>
        <source>What the client did</source>
        <translation>Ce que le client a fait</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../wellbeing/ui/client_timeline.py" line="41"/>
        <location filename="../../wellbeing/ui/client_timeline.py" line="87"/>
        <source>Impact per month</source>
        <translation>Impact par mois</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_timeline.py" line="49"/>
        <source>Encounters and crossed limits</source>
        <translation>Échanges et limites franchies</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_timeline.py" line="54"/>
        <source>No encounters with this client yet.</source>
        <translation>Aucun échange avec ce client pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/client_timeline.py" line="59"/>
        <source>Encounters and crossed limits, newest first</source>
        <translation>Échanges et limites franchies, du plus récent au plus ancien</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="46"/>
        <source>Mild (3)</source>
        <translation>Léger (3)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="47"/>
        <source>Rough (6)</source>
        <translation>Pénible (6)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="48"/>
        <source>Very rough (9)</source>
        <translation>Très pénible (9)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="94"/>
        <source>Wellbeing Journal</source>
        <translation>Wellbeing Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="114"/>
        <source>No system tray on this desktop: closing the window quits the app. For quick capture, bind “wellbeing capture” to a shortcut (see the README).</source>
        <translation>Pas de zone de notification sur ce bureau : fermer la fenêtre quitte l&apos;application. Pour noter un échange en un instant, associez « wellbeing capture » à un raccourci clavier (voir le README).</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="141"/>
        <source>Log a rough encounter with…</source>
        <translation>Noter un échange difficile avec…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="152"/>
        <source>No client yet: use the capture window</source>
        <translation>Aucun client pour l&apos;instant : utilisez « Noter un échange »</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="155"/>
        <source>The journal is locked</source>
        <translation>Le journal est verrouillé</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="158"/>
        <source>Open the capture window…</source>
        <translation>Noter un échange…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="161"/>
        <source>Show the journal</source>
        <translation>Afficher le journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="165"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="179"/>
        <source>Unlock the journal first, then capture the encounter.</source>
        <translation>Déverrouillez d&apos;abord le journal, puis notez l&apos;échange.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="199"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="222"/>
        <source>{client}, impact {impact}. Add what happened in the journal when you want to.</source>
        <translation>{client}, impact {impact}. Ajoutez ce qui s&apos;est passé dans le journal quand vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="224"/>
        <source>Encounter saved: {text}</source>
        <translation>Échange enregistré : {text}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="225"/>
        <source>Encounter saved</source>
        <translation>Échange enregistré</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="251"/>
        <source>Wellbeing Journal is still running</source>
        <translation>Wellbeing Journal reste ouvert</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/tray.py" line="253"/>
        <source>It stays in the tray so that you can log an encounter from there. Choose Quit in its menu to stop it.</source>
        <translation>L&apos;application reste dans la zone de notification pour que vous puissiez y noter un échange. Choisissez Quitter dans son menu pour la fermer.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="432"/>
        <source>Open your journal</source>
        <translation>Ouvrir votre journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="432"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="440"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="402"/>
        <source>Passphrase or recovery key</source>
        <translation>Phrase secrète ou clé de secours</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="440"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="435"/>
        <source>Type your passphrase to restore the backup of {when}. The journal as it is now is kept among the backups.</source>
        <translation>Tapez votre phrase secrète pour restaurer la sauvegarde du {when}. Le journal tel qu&apos;il est maintenant est conservé parmi les sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="439"/>
        <source>Type your passphrase to finish the interrupted restore.</source>
        <translation>Tapez votre phrase secrète pour terminer la restauration interrompue.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/passphrase_dialogs.py" line="431"/>
        <source>Type the passphrase of {journal}.</source>
        <translation>Tapez la phrase secrète de {journal}.</translation>
    </message>
</context>
<context>
    <name>WelcomeFlow</name>
    <message>
        <location filename="../../wellbeing/ui/welcome/flow.py" line="158"/>
        <source>Step {n} of {total}: {title}</source>
        <translation>Étape {n} sur {total} : {title}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/flow.py" line="173"/>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/flow.py" line="173"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/flow.py" line="227"/>
        <source>Skip the rest?</source>
        <translation>Passer la suite ?</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/flow.py" line="229"/>
        <source>Skip the rest of the welcome? What you typed on these pages will not be saved; you can set it all later from the menus.</source>
        <translation>Passer la suite de l&apos;accueil ? Ce que vous avez saisi sur ces pages ne sera pas enregistré ; vous pourrez tout régler plus tard depuis les menus.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/flow.py" line="240"/>
        <source>Leave without a journal?</source>
        <translation>Quitter sans journal ?</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/flow.py" line="242"/>
        <source>Your journal is not created yet: it needs a passphrase. Close the app without creating it?</source>
        <translation>Votre journal n&apos;est pas encore créé : il lui faut une phrase secrète. Fermer l&apos;application sans le créer ?</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/flow.py" line="328"/>
        <source>Back (Alt+B)</source>
        <translation>Retour (Alt+B)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/flow.py" line="329"/>
        <source>Skip (Esc)</source>
        <translation>Passer (Échap)</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/flow.py" line="330"/>
        <source>Go straight to the journal; set the rest later</source>
        <translation>Aller directement au journal ; régler le reste plus tard</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/__init__.py" line="41"/>
        <location filename="../../wellbeing/ui/welcome/__init__.py" line="47"/>
        <source>Welcome — Wellbeing Journal</source>
        <translation>Bienvenue — Wellbeing Journal</translation>
    </message>
</context>
<context>
    <name>WhenChoices</name>
    <message>
        <location filename="../../wellbeing/ui/widgets/when_choices.py" line="39"/>
        <source>Just now</source>
        <translation>À l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/when_choices.py" line="39"/>
        <source>Now, to the minute</source>
        <translation>Maintenant, à la minute près</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/when_choices.py" line="41"/>
        <source>This morning</source>
        <translation>Ce matin</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/when_choices.py" line="42"/>
        <source>Today at 10:00; correct the time if you remember it</source>
        <translation>Aujourd&apos;hui à 10 h ; corrigez l&apos;heure si vous vous en souvenez</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/when_choices.py" line="45"/>
        <source>This afternoon</source>
        <translation>Cet après-midi</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/when_choices.py" line="46"/>
        <source>Today at 15:00 (from noon on); correct the time if you remember it</source>
        <translation>Aujourd&apos;hui à 15 h (à partir de midi) ; corrigez l&apos;heure si vous vous en souvenez</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/when_choices.py" line="49"/>
        <source>Earlier today</source>
        <translation>Plus tôt aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/when_choices.py" line="50"/>
        <source>Two hours ago, but not before 08:00</source>
        <translation>Il y a deux heures, mais pas avant 8 h</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/when_choices.py" line="53"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/when_choices.py" line="54"/>
        <source>Yesterday at 12:00; correct the time if you remember it</source>
        <translation>Hier à midi ; corrigez l&apos;heure si vous vous en souvenez</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/when_choices.py" line="71"/>
        <source>Pick a time…</source>
        <translation>Choisir l&apos;heure…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/widgets/when_choices.py" line="75"/>
        <source>Type or pick the date and time in the field</source>
        <translation>Saisissez ou choisissez la date et l&apos;heure dans le champ</translation>
    </message>
</context>
<context>
    <name>WhyDialog</name>
    <message>
        <location filename="../../wellbeing/ui/dashboard/why.py" line="117"/>
        <source>Why? — {heading}</source>
        <translation>Pourquoi ? — {heading}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/why.py" line="120"/>
        <source>The reasons, in words:</source>
        <translation>Les raisons, en toutes lettres :</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/why.py" line="126"/>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/why.py" line="138"/>
        <source>Encounters behind the reasons</source>
        <translation>Échanges à l&apos;origine de ces raisons</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/why.py" line="141"/>
        <source>Double-click an encounter, or select it and press Enter, to open it.</source>
        <translation>Double-cliquez sur un échange, ou sélectionnez-le et appuyez sur Entrée, pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/why.py" line="144"/>
        <source>No single encounter lies behind these reasons.</source>
        <translation>Aucun échange en particulier n&apos;est à l&apos;origine de ces raisons.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/why.py" line="149"/>
        <source>&amp;About this idea…</source>
        <translation>En &amp;savoir plus…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/why.py" line="151"/>
        <source>The guide&apos;s page on what lies behind this number</source>
        <translation>La page du guide qui explique ce qu&apos;il y a derrière ce chiffre</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/why.py" line="191"/>
        <source>Encounters behind these reasons: {count}</source>
        <translation>Échanges à l&apos;origine de ces raisons : {count}</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/dashboard/why.py" line="193"/>
        <source>Encounters behind the selected reason: {count}</source>
        <translation>Échanges à l&apos;origine de la raison choisie : {count}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../wellbeing/ui/journal_access.py" line="99"/>
        <location filename="../../wellbeing/ui/journal_access.py" line="162"/>
        <source>Wrong passphrase. Try again, or type your recovery key.</source>
        <translation>Phrase secrète incorrecte. Réessayez, ou tapez votre clé de secours.</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/__init__.py" line="88"/>
        <source>Opening your journal…</source>
        <translation>Ouverture de votre journal…</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/__init__.py" line="114"/>
        <source>Wellbeing Journal</source>
        <translation>Wellbeing Journal</translation>
    </message>
    <message>
        <location filename="../../wellbeing/ui/welcome/__init__.py" line="125"/>
        <source>The demo could not be made</source>
        <translation>La démonstration n&apos;a pas pu être créée</translation>
    </message>
</context>
</TS>
