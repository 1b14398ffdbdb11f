<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>AcademiesPage</name>
    <message>
        <source>Académies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des académies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 académie(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code identifie l&apos;académie : il ne change plus une fois créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Créer l&apos;académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie « %1 » créée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordonnées de « %1 » enregistrées.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccommodationDialog</name>
    <message>
        <source>Aménagement accordé à %1 (candidat n° %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce candidat n&apos;a aucune candidature active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la mesure ; elle figurera sur la notification d&apos;aménagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le candidat sera placé dans une salle aménagée lors de l&apos;affectation aux centres d&apos;examen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déjà accordés pour cette candidature :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun aménagement n&apos;est encore accordé pour cette candidature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement de l&apos;aménagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aménagement enregistré pour la candidature %1 : %2. Publiez la notification d&apos;aménagements (onglet Documents) pour que le candidat la reçoive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer un aménagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez la mesure accordée par la décision (article D613-26 du Code de l&apos;éducation), jamais un diagnostic ni une information médicale : ce sont des données de santé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;andidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mesure accordée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Précision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Composer dans une &amp;salle à part (salle aménagée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminAcademies</name>
    <message>
        <source>Académies et services des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les coordonnées du service des examens sont imprimées sur les documents officiels et communiquées aux candidats à la fin de leur inscription. Les départements décident de l&apos;académie de résidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie et service des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NANTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom de l&apos;académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie de Nantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division des examens et concours (DEC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectorat
4 rue de la Houssinière
44322 Nantes Cedex 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dec@ac-nantes.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>02 40 37 37 37</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Départements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>44, 49, 53, 72, 85</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouvelle académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler les &amp;modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminAssignment</name>
    <message>
        <source>Affectation des candidats aux centres d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;affectation automatique place chaque candidat inscrit et non encore affecté dans un centre de son département, sinon de l&apos;académie, sans jamais dépasser la capacité ; les candidats dont les aménagements demandent une salle à part vont en salle aménagée. La convocation reprend le centre et la salle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centres de l&apos;académie de la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affectés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places libres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affecter &amp;automatiquement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affectation manuelle d&apos;une candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début du nom ou n° d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Non affectées seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;entre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;lle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salle 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affec&amp;ter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminCentres</name>
    <message>
        <source>Centres d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les établissements qui accueillent les épreuves, avec leur capacité par session. Le code UAI identifie le centre et ne change pas ; la capacité ne peut pas descendre sous le nombre de candidats déjà affectés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;cadémie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dépt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifier le centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supprimer le centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminExams</name>
    <message>
        <source>Catalogue des examens et concours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que chaque examen propose aux candidats (séries, spécialités, options, langues) et les pièces justificatives qu&apos;il demande. Une valeur déjà choisie par un candidat ne peut plus être retirée ; une pièce demandée peut devenir facultative mais reste dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examen ou concours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BAC-GEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baccalauréat général</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spécialités e&amp;xigées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une valeur par ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Séries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pécialités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Langues vivantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièces justificatives demandées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une &amp;pièce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-cliquez sur un code ou un intitulé pour le modifier ; décochez « Obligatoire » pour rendre une pièce facultative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouvel examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler les &amp;modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminJournal</name>
    <message>
        <source>Journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque changement, qui l&apos;a fait, quand, avec l&apos;ancienne et la nouvelle valeur ; les plus récents d&apos;abord. Les événements sont chaînés par empreinte : « Vérifier l&apos;intégrité » détecte toute modification, suppression ou insertion après coup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de ca&amp;ndidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidat ou inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filtrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vérifier l&apos;intégrité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminLists</name>
    <message>
        <source>Listes et exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les listes s&apos;affichent page par page ; l&apos;export CSV (UTF-8, séparateur « ; », en-têtes en français) contient toute la liste. Une valeur qu&apos;un tableur prendrait pour une formule y est précédée d&apos;une apostrophe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminSessions</name>
    <message>
        <source>Sessions, ouverture des services et épreuves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;espace candidat ouvre chaque service d&apos;une session (inscriptions, modifications, documents, résultats) aux dates indiquées ici, en heure locale. Un calendrier qui laisserait des candidats déjà inscrits hors délai est refusé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouvelle session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le &amp;calendrier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Épreuves de la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Épreuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une é&amp;preuve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;épre&amp;uve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supprimer l&apos;épreuve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures locales du centre, imprimées telles quelles sur les convocations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminStaff</name>
    <message>
        <source>Comptes du personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque membre du service se connecte avec son propre compte ; son rôle décide de ce qu&apos;il peut faire. Un compte n&apos;est jamais supprimé : il est désactivé, et le journal garde ses actions. Il reste toujours au moins un gestionnaire actif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau compte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changer le rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réinitialiser le &amp;mot de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminSupporting</name>
    <message>
        <source>Pièces justificatives reçues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les candidatures actives à qui il manque au moins une pièce obligatoire. Cochez une pièce dès sa réception : la candidature quitte la liste quand toutes ses pièces obligatoires sont arrivées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignmentPage</name>
    <message>
        <source>N° d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(non affectée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des candidatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affectation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des centres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 centre(s) : %2 places, %3 candidat(s) affecté(s), %4 place(s) libre(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun centre dans l&apos;académie de cette session : créez-en un (Gestion › Centres d&apos;examen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 place(s) libre(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune candidature ne correspond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 premières candidatures — faites défiler pour la suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidature(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une session qui a des centres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affecter tous les candidats inscrits non encore affectés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une candidature dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affectation en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affectation automatique des candidats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidature n° %1 (%2) affectée à %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affectation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Tous les centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune session n&apos;est paramétrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des centres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 candidat(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décompte des candidatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune candidature inscrite dans cette sélection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidature(s) inscrite(s) ; %2 ont déjà leur %3 en vigueur (elles ne seront republiées que si leurs données ont changé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 n&apos;ont pas encore de centre d&apos;examen : leur convocation ne peut pas être éditée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrompu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en échec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en cours ou arrêté brutalement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernier lot sur cette sélection : %1 le %2 par %3 (%4 / %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« Publier » reprend ce lot sans doublon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un lot est en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décompte des candidatures en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publier la version à jour du document pour chaque candidature de la sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêter après les documents en cours ; « Publier » reprendra sans doublon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun document de ce type n&apos;est encore publié dans cette sélection : publiez d&apos;abord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un seul PDF des documents en vigueur, trié par centre puis par nom, pour l&apos;imprimeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer directement les documents en vigueur de la sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un lot en cours sera d&apos;abord interrompu proprement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun lot lancé depuis l&apos;ouverture de cette fenêtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparation du lot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt demandé : les documents en cours de rendu se terminent et sont enregistrés, puis le lot s&apos;arrête.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 documents/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temps restant : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publié(s) · %2 déjà à jour · %3 en erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot interrompu (%1) : %2 document(s) publié(s) sur %3 avant l&apos;arrêt. Relancez « Publier » pour reprendre : ce qui est déjà publié ne sera pas refait, sans doublon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot terminé (%1) : %2 document(s) publié(s), %3 déjà à jour, %4 en erreur, sur %5 candidature(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les candidats sont prévenus par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous pouvez maintenant enregistrer le PDF pour l&apos;imprimeur ou imprimer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des candidatures en erreur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 document(s) en erreur ; les %2 premiers sont listés. Corrigez les données puis relancez « Publier » : seuls les documents manquants ou changés seront publiés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrigez les données puis relancez « Publier » : seuls les documents manquants ou changés seront publiés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> après %1 document(s) traités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le lot s&apos;est arrêté sur une erreur%1. Ce qui a été publié le reste ; relancez « Publier » pour reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le PDF pour l&apos;imprimeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assemblage du PDF pour l&apos;imprimeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun document de ce type n&apos;est publié dans cette sélection : rien à assembler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF enregistré : %1 — %2 document(s), %3 page(s), %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidature(s) sans document en vigueur n&apos;y figurent pas : publiez-les puis enregistrez à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression arrêtée après %1 page(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page(s) envoyée(s) à l&apos;imprimante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidature(s) sans document en vigueur n&apos;ont pas été imprimées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendez la fin de l&apos;envoi à l&apos;imprimante, ou arrêtez-le, avant de fermer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un lot est en cours de publication. L&apos;interrompre ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les documents en cours de rendu sont terminés et enregistrés ; « Publier » reprendra plus tard sans doublon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interrompre le lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication par lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Génère et publie la version à jour d&apos;un document pour chaque candidature inscrite de la sélection, puis prépare un PDF unique pour l&apos;imprimeur, trié par centre puis par nom. Un lot interrompu reprend là où il s&apos;était arrêté, sans doublon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sélection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Centre d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents en erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annuler le lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer le PDF pour l&apos;imprimeur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateFile</name>
    <message>
        <source>Chargement du dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relire le dossier depuis la base (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corriger l&apos;identité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse e-mail (identifiant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État du compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activé le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie de résidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer l&apos;adresse &amp;e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer un &amp;lien de réinitialisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xporter les données du candidat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;andidatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publié le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code de vérification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aperçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enre&amp;gistrer sous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publier un document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seule la dernière version de chaque document est visible par le candidat ; les versions remplacées restent consultables ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Événement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extrait du journal d&apos;audit : chaque changement, avec l&apos;ancienne et la nouvelle valeur, son auteur et sa date. Le journal ne peut pas être modifié.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateFileWidget</name>
    <message>
        <source>Lecture du dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (né·e %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidat n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>né·e le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identité encore modifiable par le candidat : il n&apos;a enregistré aucune inscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État civil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordonnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucune : inscrit par son établissement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas encore activé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 par %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le candidat n&apos;a pas encore cliqué sur « Activer mon compte » : sans activation dans les 48 heures, le compte sera supprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce compte remplit une condition de suppression (non activé sous 48 h, ou inutilisé depuis plus d&apos;un an) : il sera supprimé à la prochaine purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrit par son établissement : ce candidat n&apos;a pas créé de compte candidat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune candidature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;andidatures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non affecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spécialités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langues vivantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — modifiée le %2 par %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aménagements : non affichés. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aménagements accordés :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aménagements : aucun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — reçue le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — manquante%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (obligatoire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièces justificatives :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> aucune demandée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une désinscription est définitive : pour concourir, le candidat doit s&apos;inscrire à nouveau, si le service d&apos;inscription est encore ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écarter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écarter cette candidature (motif et mot de passe demandés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette candidature est déjà écartée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désinscrire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désinscrire le candidat de cette session (définitif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En vigueur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remplacée (v%1 en vigueur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remplacée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune candidature active : aucun document ne peut être publié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Générer et publier la version à jour d&apos;un document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Historique (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier est en cours de lecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corriger l&apos;état civil ou les coordonnées (motif et mot de passe demandés)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer l&apos;adresse de connexion du candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce candidat, inscrit par son établissement, n&apos;a pas de compte ni d&apos;adresse e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer au candidat un lien pour choisir un nouveau mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les données du candidat dans un fichier ZIP (droit d&apos;accès, RGPD article 15) : identité, candidatures, notes, aménagements, documents, e-mails, journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sélectionnez un document dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le PDF sur ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction enregistrée (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Récapitulatif réédité pour la candidature %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le candidat est prévenu par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse e-mail changée : %1 est désormais l&apos;identifiant du candidat ; l&apos;ancienne et la nouvelle adresse sont prévenues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les données du candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive ZIP (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données exportées dans %1 : %2 document(s), %3 entrée(s) du journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export des données du candidat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lien de réinitialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer à %1 un lien pour choisir un nouveau mot de passe ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le lien est valable 24 heures. Le mot de passe actuel reste valable tant que le candidat n&apos;en a pas choisi un autre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Envoyer le lien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lien de réinitialisation envoyé à %1 (valable 24 heures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi du lien…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publié (version %2, code %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 déjà à jour : la version %2 (code %3) reste en vigueur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture du document…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentreDialog</name>
    <message>
        <source>Nouveau centre d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code UAI identifie l&apos;établissement : il ne change pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créez d&apos;abord l&apos;académie du centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre « %1 » créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Création du centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre « %1 » enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement du centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &amp;UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0442286W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lycée Gabriel-Guist&apos;hau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 rue Marie-Anne du Boccage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dé&amp;partement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>44</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le département sert à l&apos;affectation automatique : les candidats sont d&apos;abord placés dans un centre de leur département.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentresPage</name>
    <message>
        <source>Centres d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des centres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les académies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 centre(s), %2 places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un centre dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre %1 supprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression du centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer un centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le centre %1 — %2 ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour un centre créé par erreur : seul un centre auquel aucun candidat n&apos;est affecté peut être supprimé. La suppression est inscrite au journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supprimer le centre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Corriger l&apos;identité de %1 (candidat n° %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Chaque correction est journalisée avec son motif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le candidat peut encore modifier lui-même son identité ; la correction par le service des examens est journalisée avec son motif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jj/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune donnée n&apos;a changé : modifiez au moins un champ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ces valeurs sont déjà celles du dossier : rien à corriger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez votre mot de passe pour confirmer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement de la correction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corriger l&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motif de la correction (obligatoire, conservé au journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : erreur de saisie du nom, constatée sur la pièce d&apos;identité présentée le 2 novembre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifiez les changements avant de les enregistrer :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La correction sera inscrite au journal, le candidat en sera informé par e-mail et son récapitulatif d&apos;inscription sera réédité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre &amp;mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pour confirmer la correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vérifier les changements &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer la correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePasswordDialog</name>
    <message>
        <source>Se &amp;connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion à la base partagée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur PostgreSQL demande un mot de passe pour ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se &amp;souvenir de moi sur ce poste</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication par &amp;lots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vérifier un document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer des notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aménagement pour le candidat affiché…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publier, puis imprimer, un document pour toute une session ou un centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dire à qui appartient un document d&apos;après son code de vérification, et s&apos;il est toujours en vigueur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer les notes et décisions d&apos;une session depuis un fichier CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrez d&apos;abord le dossier d&apos;un candidat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce candidat n&apos;a aucune candidature active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer un aménagement d&apos;épreuves accordé à une candidature du candidat affiché</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>Enregistrement…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailDialog</name>
    <message>
        <source>Changer l&apos;adresse e-mail de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changement d&apos;adresse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer l&apos;adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse e-mail est l&apos;identifiant de connexion du candidat : la nouvelle adresse le remplace dès l&apos;enregistrement. L&apos;ancienne et la nouvelle adresse sont prévenues par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouvelle adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prenom.nom@exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Journal : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun fichier journal n&apos;est configuré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur inattendue — Cyclades Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une erreur inattendue s&apos;est produite. L&apos;opération en cours n&apos;a peut-être pas abouti : vérifiez le dossier concerné avant de recommencer. Les détails ont été enregistrés dans le journal ; transmettez-les à l&apos;assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copier les détails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir le dossier des journaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamsPage</name>
    <message>
        <source>Examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture du catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 examen(s) ou concours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Créer l&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code d&apos;une pièce déjà demandée ne change pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cochée : la candidature reste incomplète tant que la pièce n&apos;est pas reçue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examen « %1 » créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examen « %1 » enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Tout le monde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° de candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture du journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture du personnel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de début est postérieure à la date de fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche du candidat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun événement ne correspond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 événements les plus récents affichés — faites défiler pour remonter le temps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 événement(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(filtres appliqués)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le journal en CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 événement(s) exporté(s) dans %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export du journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification de la chaîne d&apos;empreintes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification de l&apos;intégrité du journal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>Candidats (par centre et par statut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièces justificatives manquantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aménagements par centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture de la liste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listes et exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des centres…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 premières lignes affichées — faites défiler pour la suite ; l&apos;export contient toute la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ligne(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter la liste en CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ligne(s) exportée(s) dans %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockWidget</name>
    <message>
        <source>%1
Session de %2 : saisissez votre mot de passe pour reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session verrouillée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changer d&apos;utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cyclades Desktop — Service des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — base de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session verrouillée à votre demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de démonstration (données fictives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecté·e en tant que %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traitement en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les académies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session verrouillée après %1 minute(s) d&apos;inactivité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun candidat ne correspond.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez au moins 3 lettres pour chercher aussi les orthographes approchantes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 premiers candidats affichés — faites défiler pour voir la suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidat(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 candidat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(filtres appliqués)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tri par « %1 » des résultats chargés — menu Recherche › Ordre de pertinence pour revenir à l&apos;ordre de la recherche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrez d&apos;abord le dossier d&apos;un candidat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corriger l&apos;identité du candidat affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer l&apos;adresse e-mail du candidat affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce candidat, inscrit par son établissement, n&apos;a pas de compte ni d&apos;adresse e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer au candidat affiché un lien de réinitialisation du mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification du mot de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop d&apos;essais de mot de passe : la session a été fermée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe incorrect (essai %1 sur %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À propos de Cyclades Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cyclades Desktop %1&lt;/h3&gt;&lt;p&gt;Poste de travail du service des examens : recherche des candidats, corrections d&apos;identité, désinscriptions et documents officiels, sur la base partagée avec l&apos;espace candidat.&lt;/p&gt;&lt;p&gt;Base : %2&lt;br&gt;Journal : %3&lt;/p&gt;&lt;p&gt;Licence EUPL-1.2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom (même mal orthographié), prénom, n° de candidat ou d&apos;inscription, INE, e-mail, date de naissance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un candidat (Ctrl+F). Flèche bas pour aller aux résultats, Entrée pour ouvrir le dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les candidats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;cadémie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barre d&apos;outils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verrouiller la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrouiller la session (Ctrl+L) : le mot de passe sera demandé pour reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changer d&apos;utilisateur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rechercher un candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aller au champ de recherche (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ordre de pertinence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à l&apos;ordre de la recherche (meilleures correspondances d&apos;abord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le dossier du candidat sélectionné (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relire les données depuis la base (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Corriger l&apos;identité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corriger l&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer l&apos;adresse &amp;e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer l&apos;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer un &amp;lien de réinitialisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lien de réinitialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Préférences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le dossier des &amp;journaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À &amp;propos de Cyclades Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarksImportDialog</name>
    <message>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le fichier CSV des notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier toutes les lignes puis importer les notes (tout ou rien)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier des notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv *.txt);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, modifié le %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture et vérification de chaque ligne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import des notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import réussi : %1 note(s) importée(s) pour %2 candidature(s), %3 décision(s) enregistrée(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier lu en %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publiez ensuite les relevés de notes (menu Documents › Publication par lots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;a été importé : %1 ligne(s) en erreur. Corrigez le fichier puis importez-le à nouveau ; aucune note n&apos;est enregistrée tant qu&apos;une seule ligne est refusée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;a été importé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un fichier CSV par session (séparateur « ; » ou « , »), avec les colonnes &lt;b&gt;numero_inscription&lt;/b&gt;, &lt;b&gt;epreuve&lt;/b&gt; (code de l&apos;épreuve) et &lt;b&gt;note&lt;/b&gt; (sur 20, ou ABS), et au besoin &lt;b&gt;conservee&lt;/b&gt; (oui/non), &lt;b&gt;decision&lt;/b&gt; et &lt;b&gt;mention&lt;/b&gt;. Tout ou rien : si une seule ligne est en erreur, aucune note n&apos;est importée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun fichier choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif du refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingModel</name>
    <message>
        <source>reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manquante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facultative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperDialog</name>
    <message>
        <source>Nouvelle épreuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;épreuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.
L&apos;heure est celle du centre d&apos;examen : elle est imprimée telle quelle sur les convocations ; le centre et la salle viennent de l&apos;affectation de chaque candidat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Épreuve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Épreuve « %1 » enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement de l&apos;épreuve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Épreuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHILO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philosophie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date et heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;urée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;heure est celle du centre d&apos;examen : elle est imprimée telle quelle sur les convocations. Le centre et la salle viennent de l&apos;affectation de chaque candidat.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Nouveau mot de passe de %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changement du mot de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe de « %1 » réinitialisé ; le compte est déverrouillé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réinitialiser le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nouveau mot de passe remplace l&apos;ancien et déverrouille le compte s&apos;il l&apos;était.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 caractères au moins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Aperçu du document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enre&amp;gistrer sous…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verrouiller après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min d&apos;inactivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Résultats chargés à la fois</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>N° candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Né(e) le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourquoi ce résultat : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom d&apos;usage %1, nom de naissance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (né·e %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inscrit par l&apos;établissement)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Une session a toujours un service d&apos;inscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendrier de la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendrier : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un service déjà défini peut être déplacé, pas supprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créez d&apos;abord l&apos;examen et l&apos;académie de la session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session « %1 » créée : l&apos;espace candidat suivra son calendrier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Création de la session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendrier de « %1 » enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement du calendrier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ntitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session 2028</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ann&amp;ée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture des services (heure locale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clôture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les modifications et les documents n&apos;ouvrent pas avant les inscriptions ; les résultats, ni avant la clôture des inscriptions ni avant les documents. Un service déjà défini ne peut pas être supprimé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du %1 au %2 (heure locale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Épreuves — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Épreuves de la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des épreuves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une session dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression de l&apos;épreuve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer une épreuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer l&apos;épreuve %1 — %2 de la session ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour une épreuve ajoutée par erreur : une épreuve dont des notes sont saisies ne peut plus être supprimée. Les convocations déjà publiées la mentionnent encore : publiez-les à nouveau (menu Documents), chaque candidat en est prévenu par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supprimer l&apos;épreuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Épreuve %1 supprimée. Publiez à nouveau les convocations déjà publiées de la session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Base : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se &amp;connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez votre identifiant et votre mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion — Cyclades Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyclades Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service des examens — connexion du personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : a.martin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se &amp;souvenir de moi sur ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garde l&apos;identifiant et le mot de passe dans le trousseau du système (jamais dans un fichier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette base ne contient encore aucun compte du personnel. Créez-en un avec « cyclades-admin staff add », ou essayez l&apos;application sur la base de démonstration : « cyclades-desktop --demo ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptes de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base fictive : double-cliquez sur un compte pour remplir les champs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>&amp;Créer le compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Création du compte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte « %1 » créé (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau compte du personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cmoreau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom complet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claire Moreau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 caractères au moins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe (&amp;confirmation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communiquez ce mot de passe à la personne de vive voix, jamais par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des comptes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désactivé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrouillé (essais infructueux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jamais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un compte dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer le compte d&apos;un membre du service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un autre rôle dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donner au compte sélectionné le rôle choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte ne pourra plus se connecter ; ses actions restent au journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte pourra de nouveau se connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Réactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir un nouveau mot de passe pour le compte sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement du compte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est maintenant %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte « %1 » désactivé : il ne peut plus se connecter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte « %1 » réactivé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <source>%1 — candidat n° %2
%3 — %4
Candidature n° %5, %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désinscrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désinscrire la candidature n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette désinscription est définitive : la candidature ne pourra jamais être réactivée. Pour concourir, le candidat devra s&apos;inscrire à nouveau, si le service d&apos;inscription est encore ouvert. Il est prévenu par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je comprends que la désinscription est &amp;irréversible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Désinscrire définitivement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : demande écrite du candidat reçue le 2 novembre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écarter la candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écarter la candidature n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une candidature écartée ne redevient jamais « inscrite » : elle pourra seulement être désinscrite ensuite. Le candidat est prévenu par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je comprends que cette décision est &amp;irréversible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>É&amp;carter la candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : pièces justificatives non fournies malgré deux relances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un motif (5 caractères au moins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la case de confirmation cochée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votre mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il manque : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidature n° %1 désinscrite. Le candidat est prévenu par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidature n° %1 écartée. Le candidat est prévenu par e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motif (obligatoire, conservé au journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre mot de &amp;passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pour confirmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportingPage</name>
    <message>
        <source>Lecture des pièces manquantes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture des pièces demandées…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (facultative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièces obligatoires manquantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet examen ne demande aucune pièce obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune candidature n&apos;attend de pièce : le dossier de chaque candidat est complet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 premières candidatures incomplètes — faites défiler pour la suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidature(s) incomplète(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement de la pièce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » reçue pour %2 ; il manque encore : %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » décochée pour %2 ; il manque : %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » reçue : le dossier de %2 (n° %3) est complet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Vérifiez d&apos;abord un code de document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le dossier du candidat dans la fenêtre principale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez le code de vérification imprimé sur le document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification du code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Document authentique et en vigueur (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Document authentique mais remplacé : la version %1 a été remplacée par la version %2, seule valable aujourd&apos;hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2 (code %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — candidat n° %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n° %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Code inconnu : aucun document publié ne porte ce code. Vérifiez la saisie (les lettres I, L, O et U n&apos;y figurent jamais) ; s&apos;il est exact, ce document n&apos;a pas été délivré par le service des examens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier un document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez ou collez le code de vérification imprimé au bas du document (par exemple 7K3M-Q9TB-2XWD). L&apos;adresse lue par un lecteur de QR code convient aussi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publié le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empreinte SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ouvrir le dossier du candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>&amp;Académies et services des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de l&apos;académie, adresse, e-mail et téléphone du service des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Examens et concours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue : séries, spécialités, options, langues, pièces justificatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions, calendriers et épreuves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture des services de chaque session et ses épreuves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Centres d&apos;examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Établissements d&apos;accueil et leur capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affectation des centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Répartir les candidats d&apos;une session entre les centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pièces justificatives reçues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cocher les pièces reçues ; candidatures incomplètes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listes et exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidats, pièces manquantes, aménagements par centre ; export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comptes du &amp;personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer, désactiver, changer le rôle, réinitialiser le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui a changé quoi, quand ; export CSV et vérification de l&apos;intégrité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichiers CSV (*.csv);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverts : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session terminée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dès le %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun service ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Département</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Départements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail du service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone du service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spécialités exigées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièces justificatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pièce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affectés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En salle aménagée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Académie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Épreuve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux mots de passe ne sont pas identiques : saisissez-les à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <source>Imprimer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier %1 ne peut pas être lu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;imprimante %1 n&apos;est pas une file d&apos;impression du système.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le service d&apos;impression a refusé le fichier : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;imprimante n&apos;a pas pu être ouverte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être lu : rien n&apos;a été imprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi à l&apos;imprimante…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi du fichier au service d&apos;impression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi à l&apos;imprimante : page %1 sur %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : secrétaire, ordinateur sans correcteur, sujet en gros caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : un tiers temps sur toutes les épreuves écrites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : notes conservées pendant cinq ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : épreuves réparties sur les sessions 2027 et 2028</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : dispense de l&apos;épreuve orale de langue vivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aménagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette candidature n&apos;est plus active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer un aménagement d&apos;épreuves accordé à cette candidature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>Donnée à corriger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action non autorisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentification refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version de l&apos;application trop ancienne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification concurrente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de données n&apos;a pas répondu : rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifiez le réseau puis réessayez ; si le problème persiste, prévenez l&apos;assistance. Détail technique : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quelqu&apos;un d&apos;autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce dossier a été modifié par %1 le %2, après que vous l&apos;avez ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(date inconnue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;a été enregistré. Rechargez le dossier pour voir ses données actuelles, puis refaites votre modification si elle est toujours nécessaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recharger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>%1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désinscrite le %1 par %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écartée le %1 par %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écartée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désinscrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opérateur d&apos;impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuelle (grand public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction d&apos;identité par le service des examens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification d&apos;identité par le candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Création du compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Création par l&apos;établissement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation du compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changement d&apos;adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changement de mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau mot de passe choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi d&apos;un lien de réinitialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande de réinitialisation du mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression du compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscription enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidature modifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désinscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidature écartée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document publié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aménagement accordé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation des aménagements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espace candidat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N° d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Série</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spécialités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Précision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salle à part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(supprimé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Ko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>identity</name>
    <message>
        <source>Civilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom d&apos;usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays de naissance (code INSEE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune de naissance (code INSEE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ville</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du père</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de la mère</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pdfview</name>
    <message>
        <source>%1 — version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en vigueur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remplacée par une version plus récente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, candidature n° %2 — version %3 (%4), publiée le %5 par %6 ; code de vérification %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce document ne peut pas être lu : il n&apos;a pas été imprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Cyclades Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version de l&apos;application trop ancienne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandez à l&apos;assistance la version à jour de Cyclades Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données à mettre à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;application va se fermer. Prévenez l&apos;administrateur de la base : elle sera utilisable une fois mise à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;application va se fermer. Corrigez le problème indiqué puis relancez-la ; si la base est partagée, prévenez l&apos;assistance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture de la base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Création de la base de démonstration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Création de la base de démonstration (%1 candidats fictifs)…
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
