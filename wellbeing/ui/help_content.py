"""The built-in guide's text, in English and French: the ideas behind the numbers.

Plain data (HTML fragments) so that the Help window, its tests and a translator read the
same sections; links between sections are ``#key`` anchors.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    body: str


START = "start"
EXHAUSTION = "exhaustion"
CYCLE = "cycle"
CLIENTS = "clients"
TEAM = "team"
COACH = "coach"
HELP = "not_a_diagnosis"
REMINDERS = "reminders"
PRIVACY = "privacy"

EN = (
    Section(
        START,
        "What this journal is for",
        """<p>Difficult client encounters wear people out quietly: a rude call, a demand
outside the contract, a message at 8 a.m. on a Saturday. One at a time they seem small;
together they add up. This journal helps you see the load while there is still time to act.
</p>
<p>Log an encounter in a few seconds (who, how hard it hit, what you felt), good ones too:
they are the recovery side. The app then shows</p>
<ul>
<li>an <a href="#exhaustion">exhaustion index</a>, with its limits;</li>
<li>whether the <a href="#cycle">confidence cycle</a> is turning;</li>
<li>advice for each client, up to <a href="#clients">reframing or ending the
relationship</a>.</li>
</ul>
<p>Everything stays on your computer (<a href="#privacy">privacy</a>). You decide what,
if anything, your <a href="#team">team lead</a> or a <a href="#coach">coach</a> sees.</p>
<p>It is <a href="#not_a_diagnosis">not a diagnosis</a>.</p>""",
    ),
    Section(
        EXHAUSTION,
        "The exhaustion index and its limits",
        """<p>The exhaustion index (0 to 100) sums up the strain of recent weeks: how often
encounters were hard, how hard they hit and how long they lingered, the limits that were
crossed, against the good encounters that helped you recover. Your weekly check-in
(energy, sleep, strain) makes it more reliable.</p>
<p>Every number has a <b>Why?</b>: the reasons in plain words, and the encounters behind
them.</p>
<p><b>Its limits.</b> The index only knows what you logged. A quiet week in the journal
may be a quiet week, or a week too busy to write. It does not see your life outside work,
and it is not a measure of your worth or of your resilience. Trust how you feel over the
number; if the two disagree, that is worth noticing too.</p>
<p>If the signals stay high, see <a href="#not_a_diagnosis">who can help</a>.</p>""",
    ),
    Section(
        CYCLE,
        "The confidence cycle",
        """<p>A loop can set in without anyone noticing:</p>
<ol>
<li>you hold back with a demanding client (assertiveness drops);</li>
<li>the client pushes further, or trusts the service less;</li>
<li>the service loses credibility, and the client complains;</li>
<li>you lose confidence in your own company, and hold back even more next time.</li>
</ol>
<p>The journal follows each of the four stages (your assertiveness, the client's
behaviour, the complaints and our own service failures, your confidence in the company)
and says when the loop seems to be turning, and which link is easiest to break.</p>
<p>Only complaints get noticed; what works does not. That is why the page <i>What my
company does well</i> exists: when confidence drops, it shows you the strengths you
wrote down. The journal also records our own service irritants (no call back, a broken
promise), because a client's anger is sometimes about us, not about you.</p>""",
    ),
    Section(
        CLIENTS,
        "Reframing and dethroning a client",
        """<p>Each client gets advice, always with its reasons: <b>keep</b>, <b>watch</b>,
<b>reframe</b> or <b>dethrone</b>.</p>
<p><b>Reframing</b> comes first: state your limits to the client, calmly and in writing
(working hours, channels, what is in the contract, the respect you expect). The app helps
you write that message. After a few weeks (six by default, see the thresholds) it looks
back: did things get better after the reframing, or not?</p>
<p><b>Dethroning</b> means ending the relationship, or stepping back from it. When a
client keeps crossing limits after a reframing, the money may not be worth the harm. The
app weighs the client's share of your revenue, but says it plainly: ending a relationship
that hurts you is legitimate.</p>
<p>Healthy habits underneath: define your limits, say them, hold them consistently, say
no when needed, and look after yourself.</p>""",
    ),
    Section(
        TEAM,
        "What your team lead can and cannot see",
        """<p>Your team lead <b>never sees you as an individual</b>, and never sees your
journal.</p>
<p>If you choose to (Journal → Share my week with my team…), you write a weekly
contribution: numbers only, no text, no client names. Random noise is added to those
numbers on your computer before the file is written, so that no single figure can be
read back as yours. You see the file's content before it leaves.</p>
<p>The lead's view adds up the contributions of a group, and shows nothing for a group of
fewer than <b>5</b> people. Nothing reminds you to share: it is opt-in, every week.</p>""",
    ),
    Section(
        COACH,
        "What a coach can and cannot see",
        """<p>A coach sees <b>only what you put in a session pack</b> (Journal → Prepare a
coaching session…): a PDF report and a data file, with the periods, charts and, if you
wish, encounters you chose. Nothing else of your journal leaves.</p>
<p>The coach keeps session notes and agreed actions on their side. Agreed actions can
come back to you as goals (File → Import coaching goals…), and the app reminds you
gently when one is due.</p>""",
    ),
    Section(
        HELP,
        "Not a diagnosis: who can help",
        """<p>This app is <b>not a medical device</b> and never diagnoses anything: not
burnout, not depression. Its numbers are signals to think about, not verdicts.</p>
<p>When the signals stay high for weeks, or when you feel worn out whatever the numbers
say, talk to someone:</p>
<ul>
<li>your manager, or someone you trust at work;</li>
<li>occupational health, or your company's employee support service;</li>
<li>your doctor.</li>
</ul>
<p>If you are in danger or think of harming yourself, call your local emergency number
now.</p>""",
    ),
    Section(
        REMINDERS,
        "Reminders",
        """<p>The app can remind you of a planned client contact, a goal that is due, a
reframing to look back on, your weekly check-in and, if you turn it on, a nudge at the
end of the day to log or just to breathe. They appear in the status bar and in
Journal → Reminders…, where each can be snoozed or dismissed.</p>
<p>When the app is in the background, a reminder comes as a notification; while the
journal is locked, the notification says only that there is a reminder. Nothing ever
counts missed days. Turn any of them off in Journal → Reminder settings…</p>""",
    ),
    Section(
        PRIVACY,
        "Privacy",
        """<p>Your journal is <b>encrypted</b> on disk with your passphrase. The app makes
<b>no network connection</b> and sends <b>no telemetry</b>. Nothing leaves your computer
unless you export it yourself (a contribution, a session pack, a report, an export), and
you see what leaves before it does.</p>
<p>Help → About shows where your journal and its backups are kept. See also what your
<a href="#team">team lead</a> and a <a href="#coach">coach</a> can see.</p>""",
    ),
)

FR = (
    Section(
        START,
        "À quoi sert ce journal",
        """<p>Les rencontres difficiles avec des clients usent sans bruit : un appel
agressif, une demande hors contrat, un message un samedi à 8 h. Une à une, elles semblent
petites ; ensemble, elles pèsent. Ce journal vous aide à voir cette charge pendant qu'il
est encore temps d'agir.</p>
<p>Notez une rencontre en quelques secondes (qui, à quel point elle vous a touché, ce que
vous avez ressenti), les bonnes aussi : elles aident à récupérer. L'application montre
ensuite</p>
<ul>
<li>un <a href="#exhaustion">indice d'épuisement</a>, avec ses limites ;</li>
<li>si le <a href="#cycle">cercle de la confiance</a> s'enclenche ;</li>
<li>un conseil pour chaque client, jusqu'à <a href="#clients">recadrer ou mettre fin à
la relation</a>.</li>
</ul>
<p>Tout reste sur votre ordinateur (<a href="#privacy">confidentialité</a>). C'est vous
qui décidez ce que voient, le cas échéant, votre <a href="#team">responsable
d'équipe</a> ou un <a href="#coach">coach</a>.</p>
<p>Ce n'est <a href="#not_a_diagnosis">pas un diagnostic</a>.</p>""",
    ),
    Section(
        EXHAUSTION,
        "L'indice d'épuisement et ses limites",
        """<p>L'indice d'épuisement (de 0 à 100) résume la charge des dernières semaines :
la fréquence des rencontres difficiles, leur impact et le temps qu'elles vous ont suivi,
les limites franchies, face aux bonnes rencontres qui vous ont permis de récupérer. Votre
bilan hebdomadaire (énergie, sommeil, tension) le rend plus fiable.</p>
<p>Chaque chiffre a son <b>Pourquoi ?</b> : les raisons en mots simples, et les
rencontres qui sont derrière.</p>
<p><b>Ses limites.</b> L'indice ne connaît que ce que vous avez noté. Une semaine calme
dans le journal peut être une semaine calme, ou une semaine trop chargée pour écrire. Il
ignore votre vie hors du travail, et ne mesure ni votre valeur ni votre résistance. Fiez-vous
à ce que vous ressentez plutôt qu'au chiffre ; si les deux divergent, c'est aussi une
information.</p>
<p>Si les signaux restent élevés, voyez <a href="#not_a_diagnosis">qui peut
aider</a>.</p>""",
    ),
    Section(
        CYCLE,
        "Le cercle de la confiance",
        """<p>Une boucle peut s'installer sans que personne ne la voie :</p>
<ol>
<li>vous vous retenez face à un client exigeant (l'affirmation de soi baisse) ;</li>
<li>le client en profite, ou fait moins confiance au service ;</li>
<li>le service perd en crédibilité, et le client se plaint ;</li>
<li>vous perdez confiance en votre propre entreprise, et vous vous retenez encore plus
la fois suivante.</li>
</ol>
<p>Le journal suit chacune des quatre étapes (votre affirmation de soi, le comportement
du client, les plaintes et nos propres ratés de service, votre confiance en l'entreprise)
et signale quand la boucle semble tourner, et quel maillon est le plus facile à
rompre.</p>
<p>On ne remarque que les plaintes, jamais ce qui marche. C'est pourquoi la page <i>Ce
que mon entreprise fait bien</i> existe : quand la confiance baisse, elle vous rappelle
les points forts que vous avez notés. Le journal relève aussi nos propres irritants
(pas de rappel, une promesse non tenue), car la colère d'un client vise parfois
l'entreprise, pas vous.</p>""",
    ),
    Section(
        CLIENTS,
        "Recadrer et détrôner un client",
        """<p>Chaque client reçoit un conseil, toujours avec ses raisons : <b>garder</b>,
<b>surveiller</b>, <b>recadrer</b> ou <b>détrôner</b>.</p>
<p><b>Recadrer</b> vient d'abord : exprimer vos limites au client, calmement et par écrit
(horaires, canaux, ce que prévoit le contrat, le respect attendu). L'application vous aide
à rédiger ce message. Après quelques semaines (six par défaut, voir les seuils), elle fait
le point : les choses se sont-elles améliorées depuis le recadrage, ou non ?</p>
<p><b>Détrôner</b>, c'est mettre fin à la relation, ou prendre du recul. Quand un client
continue de franchir les limites après un recadrage, l'argent ne vaut peut-être pas le mal
qu'il fait. L'application tient compte de la part de votre chiffre d'affaires qu'il
représente, mais le dit clairement : arrêter une relation qui vous fait du mal est
légitime.</p>
<p>Les bonnes habitudes en dessous : définir vos limites, les dire, les tenir avec
constance, savoir dire non, et prendre soin de vous.</p>""",
    ),
    Section(
        TEAM,
        "Ce que votre responsable peut voir, et ce qu'il ne voit pas",
        """<p>Votre responsable d'équipe <b>ne vous voit jamais individuellement</b>, et ne
voit jamais votre journal.</p>
<p>Si vous le choisissez (Journal → Partager ma semaine avec mon équipe…), vous écrivez une
contribution hebdomadaire : des chiffres seulement, sans texte ni nom de client. Un bruit
aléatoire est ajouté à ces chiffres sur votre ordinateur avant l'écriture du fichier, pour
qu'aucun chiffre ne puisse vous être attribué. Vous voyez le contenu du fichier avant
qu'il ne parte.</p>
<p>La vue du responsable additionne les contributions d'un groupe, et n'affiche rien pour
un groupe de moins de <b>5</b> personnes. Rien ne vous rappelle de partager : c'est
volontaire, chaque semaine.</p>""",
    ),
    Section(
        COACH,
        "Ce qu'un coach peut voir, et ce qu'il ne voit pas",
        """<p>Un coach ne voit <b>que ce que vous mettez dans un dossier de séance</b>
(Journal → Préparer une séance de coaching…) : un rapport PDF et un fichier de données,
avec les périodes, graphiques et, si vous le souhaitez, les rencontres que vous avez
choisies. Rien d'autre de votre journal ne sort.</p>
<p>Le coach garde de son côté ses notes de séance et les actions convenues. Celles-ci
peuvent vous revenir comme objectifs (Fichier → Importer des objectifs de coaching…), et
l'application vous les rappelle avec douceur à leur échéance.</p>""",
    ),
    Section(
        HELP,
        "Pas un diagnostic : qui peut aider",
        """<p>Cette application <b>n'est pas un dispositif médical</b> et ne pose aucun
diagnostic : ni épuisement professionnel, ni dépression. Ses chiffres sont des signaux à
considérer, pas des verdicts.</p>
<p>Quand les signaux restent élevés pendant des semaines, ou quand vous vous sentez à bout
quels que soient les chiffres, parlez-en :</p>
<ul>
<li>à votre responsable, ou à une personne de confiance au travail ;</li>
<li>à la médecine du travail, ou au service d'accompagnement de votre entreprise ;</li>
<li>à votre médecin.</li>
</ul>
<p>Si vous êtes en danger ou pensez à vous faire du mal, appelez tout de suite le numéro
d'urgence de votre pays.</p>""",
    ),
    Section(
        REMINDERS,
        "Rappels",
        """<p>L'application peut vous rappeler un contact prévu avec un client, un objectif
arrivé à échéance, un recadrage dont il est temps de faire le point, votre bilan
hebdomadaire et, si vous l'activez, un petit signe en fin de journée pour noter ou
simplement souffler. Ils s'affichent dans la barre d'état et dans Journal → Rappels…, où
chacun peut être reporté ou écarté.</p>
<p>Quand l'application est en arrière-plan, un rappel arrive en notification ; tant que
le journal est verrouillé, la notification dit seulement qu'il y a un rappel. Rien ne
compte jamais les jours manqués. Désactivez-les dans Journal → Réglages des rappels…</p>""",
    ),
    Section(
        PRIVACY,
        "Confidentialité",
        """<p>Votre journal est <b>chiffré</b> sur le disque avec votre phrase secrète.
L'application ne fait <b>aucune connexion réseau</b> et n'envoie <b>aucune
télémétrie</b>. Rien ne quitte votre ordinateur sans que vous l'exportiez vous-même (une
contribution, un dossier de séance, un rapport, un export), et vous voyez ce qui part
avant que cela ne parte.</p>
<p>Aide → À propos indique où se trouvent votre journal et ses sauvegardes. Voyez aussi ce
que peuvent voir votre <a href="#team">responsable</a> et un <a href="#coach">coach</a>.</p>""",
    ),
)

GUIDE: dict[str, tuple[Section, ...]] = {"en": EN, "fr": FR}

TOPIC_OF_REASON = {
    "exhaustion": EXHAUSTION,
    "cycle": CYCLE,
    "mirror": CYCLE,
    "advice": CLIENTS,
    "red_flag": HELP,
    "step": HELP,
}
"""The guide's section for a "Why?", by the first part of its reasons' codes."""


def sections(lang: str) -> tuple[Section, ...]:
    return GUIDE.get(lang, EN)


def topic_for(codes: list[str] | tuple[str, ...]) -> str:
    """The section that explains the idea behind reasons with these codes."""
    for code in codes:
        topic = TOPIC_OF_REASON.get(code.split(".", 1)[0])
        if topic is not None:
            return topic
    return START
